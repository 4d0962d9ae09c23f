"""Classes of wording the reader left unread after round s11, one test per behaviour.

The sentences are our own, several per class, each with a look-alike one level below:
lips or a face gone blue, something swallowed with no amount or noun, a fear taken back
and then found true, a claim read that ends where someone's state is told, a worry about
a toxin whose exposure is denied, and a sign "as normal" told as its own list item.
"""

from __future__ import annotations

import pytest

from crampcare.assessment import assess
from crampcare.intake.parse import parse_text
from tests.intake.reading import parsed_level


def _topics(text: str) -> set[str]:
    return {c.topic for c in parse_text(text).concerns}


@pytest.mark.parametrize(
    "text",
    [
        "Gran's lips are blue and she has cramp in both legs",
        "his lips have gone a sort of grey-purple colour, he says his calf hurts",
        "my husband's face is dusky and his legs are cramping",
        "she's gone grey around the mouth after the cramp",
    ],
)
def test_lips_or_a_face_gone_blue_or_grey_is_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"
    assert "lips_face_colour" in _topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "my lad's lips went blue in the cold sea, warmed up fine, now a calf cramp",
        "her mouth is blue from a slushie and she has a cramp in her foot",
        "his lips aren't blue, he just has a calf cramp",
        "if her lips go blue what should I do? she only has a foot cramp",
        "I told him till I was blue in the face to stretch, cramp in his calf again",
    ],
)
def test_a_colour_from_outside_denied_or_asked_about_is_no_emergency(text: str) -> None:
    assert parsed_level(text) != "emergency"
    assert "lips_face_colour" not in _topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "found the cupboard open and he swallowed a few",
        "my little one has swallowed some, not sure what",
        "dad has dementia and he's had some of them, the box is half empty",
        "my toddler has taken a couple",
    ],
)
def test_something_swallowed_with_no_amount_or_noun_is_suspected_poisoning(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "had one earlier, gone now, which stretch is best?",
        "I've had a few this week, calf cramps at night",
        "had a few last night and woke with a calf cramp",
        "swallowed a few mouthfuls of pool water and then got a cramp",
    ],
)
def test_a_cramp_or_a_drink_had_is_not_something_swallowed(text: str) -> None:
    assert parsed_level(text) == "self_care"
    assert "swallowed_unnamed" not in _topics(text)


def test_an_adult_who_has_had_some_of_them_is_asked_not_raised() -> None:
    text = "she's had some of them"
    assert parsed_level(text) == "self_care"
    assert "swallowed_unnamed" in _topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "we thought he hadn't taken any, turned out he swallowed three",
        "thought she hadn't touched the bleach, turns out she drank some",
        "sure my son hadn't got any of my tablets, then realised he'd swallowed two of them",
    ],
)
def test_what_was_found_out_after_a_denial_is_read_in_its_own_right(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_a_fear_found_groundless_is_still_taken_back() -> None:
    text = "thought he'd swallowed some of my pills, turned out he hadn't, they were under the sofa"
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "saw online a stiff neck and fever means meningitis, he has a stiff neck and a fever",
            "emergency",
        ),
        (
            "read that a fit with a fever is serious and she's had a fit, she's burning up",
            "emergency",
        ),
        ("saw online that a stiff neck and fever means meningitis, he has neither", "self_care"),
        ("read that a swollen calf means a clot, what are the other signs?", "self_care"),
    ],
)
def test_a_claim_read_ends_where_someones_state_is_told(text: str, level: str) -> None:
    assert parsed_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "worried about lead in my cramps but no renovating, no work with it",
        "I'm worried it's mercury, but I don't work with it",
        "concerned about lead, we haven't done any sanding or stripping",
    ],
)
def test_a_worry_about_a_toxin_whose_exposure_is_denied_does_not_raise(text: str) -> None:
    assert parsed_level(text) == "self_care"
    assert "toxin" not in _topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "worried about lead, we've been sanding the old windows for weeks",
        "worried about lead, no renovating but I've been stripping old paint",
    ],
)
def test_a_worry_with_the_exposure_told_is_still_urgent(text: str) -> None:
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("walking leg pain gone w rest, no numbness, colour normal", "doctor"),
        ("calf hurts on walking, better when I stop, foot warm, colour normal", "doctor"),
        ("sudden chest pain, breathing fine", "emergency"),
        ("calf swollen and red, colour normal otherwise", "urgent"),
        ("calf cramp after a run, colour normal, warm, gone in a minute", "self_care"),
        ("cramp earlier, breathing fine, no chest pain, calf not swollen, gone", "self_care"),
    ],
)
def test_a_sign_as_normal_told_as_its_own_item_denies_only_itself(text: str, level: str) -> None:
    assert parsed_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "friend has diabetes, I don't, calf cramp tonight that passed",
        "colleague is on dialysis, I get the odd cramp at night",
        "neighbour has type 2 diabetes, me, just a foot cramp after a walk",
    ],
)
def test_a_bare_outsiders_lasting_condition_is_theirs(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("friend has gone stiff and is jerking on the floor", "emergency"),
        ("neighbour has swallowed a load of pills", "emergency"),
        ("friend is diabetic and has a swollen red calf after a flight", "urgent"),
    ],
)
def test_an_acute_sign_of_a_bare_outsider_is_still_read(text: str, level: str) -> None:
    assert parsed_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "my sister has just had a baby and had a fit after, I'm 30 weeks, night cramps",
            "self_care",
        ),
        ("my friend has just moved house and had a fit last year, I get calf cramps", "self_care"),
        ("my sister has just had a fit and isn't responding", "emergency"),
        ("my friend has just swallowed a load of pills", "emergency"),
    ],
)
def test_has_just_is_happening_now_only_for_an_event_not_news(text: str, level: str) -> None:
    assert parsed_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "Could it be lead? I don't work with it and we haven't renovated. Calf cramp at night",
        "Worried about lead because our flat is old, but we've done no sanding. Odd calf cramp",
    ],
)
def test_an_exposure_denied_in_another_sentence_is_on_record_for_every_channel(text: str) -> None:
    from crampcare.intake.neighbours import read_text

    intake = read_text(text)
    assert assess(intake).level == "self_care"
    assert not {c.topic for c in intake.concerns} & {"toxin", "rf_toxin"}


def test_renovating_said_without_a_denial_tells_no_exposure() -> None:
    assert (
        parsed_level("we've been renovating the kitchen, calf cramps from kneeling") == "self_care"
    )
