"""Pre-eclampsia signs in pregnancy (nhs.uk, NICE NG133): same-day care, or a question."""

from __future__ import annotations

from crampcare.assessment import assess
from crampcare.intake import parse_text
from crampcare.triage_rules import triage


def test_a_headache_in_pregnancy_asks_the_pre_eclampsia_question() -> None:
    intake = parse_text("I'm 32 weeks pregnant, leg cramps at night and a headache today.")
    assert [c.question for c in intake.concerns] == ["pre_eclampsia"]
    asked = [c.question for c in assess(intake, from_text=True).to_confirm]
    assert "pre_eclampsia" in asked


def test_a_headache_without_pregnancy_asks_no_pre_eclampsia_question() -> None:
    intake = parse_text("I have a headache and my calves cramp at night.")
    assert "pre_eclampsia" not in [c.question for c in intake.concerns]
    asked = [c.question for c in assess(intake, from_text=True).to_confirm]
    assert "pre_eclampsia" not in asked


def test_a_yes_to_the_pre_eclampsia_question_means_a_doctor_today() -> None:
    intake = parse_text("I'm 30 weeks pregnant and my calves cramp at night.")
    result = assess(intake, from_text=True, answers={"pre_eclampsia": True})
    assert result.level == "urgent"
    assert "rf_pre_eclampsia" in result.rules


def test_swollen_face_and_hands_in_late_pregnancy_is_urgent_not_a_leg_sign() -> None:
    intake = parse_text("She's 36 wks and her face and fingers have puffed up since yesterday.")
    assert intake.symptoms.face_hand_swelling is True
    assert intake.symptoms.calf_swelling_one_side is None
    assert triage(intake).level == "urgent"


def test_a_yes_on_the_web_form_without_the_pregnancy_tick_is_still_urgent() -> None:
    """The web form shows every question at once: "In pregnancy: ..." answered yes says it."""
    from crampcare.intake import Intake

    result = assess(Intake(locations=["calf"]), answers={"pre_eclampsia": True})
    assert result.level == "urgent"
    assert "rf_pre_eclampsia" in result.rules
