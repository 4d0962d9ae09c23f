"""`crampcare check`: text, answers file, interactive questions, JSON, clean errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crampcare.cli.app import app
from crampcare.intake.questions import QUESTIONS
from crampcare.triage_rules import TriageResult
from crampcare.typed import field_names


def test_text_json_is_the_triage_contract(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["check", "--json", "--text", "My left calf is swollen, warm and red."]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == set(field_names(TriageResult))
    assert data["level"] == "urgent"
    assert "rf_dvt" in [r["rule"] for r in data["reasons"]]
    # Urgent from free text still waits on the emergency signs it did not rule out.
    assert data["provisional"] is True
    assert "lungs" in [c["question"] for c in data["to_confirm"]]
    assert {c["level"] for c in data["to_confirm"]} == {"emergency"}
    assert data["intake"]["symptoms"]["calf_swelling_one_side"] is True
    assert data["intake"]["side"] == "left"
    assert data["next_steps"]


def test_emergency_text_leads_with_the_call_for_help(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["check", "--text", "He had a cramp, then his whole body started jerking."]
    )
    assert result.exit_code == 0
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines[0].startswith("EMERGENCY: CALL YOUR EMERGENCY NUMBER NOW")
    assert "Call your emergency number now" in lines[2]
    assert "rf_seizure" not in result.output  # people read words, not ids
    assert "crampcare now" not in result.output  # nothing that delays the call
    assert "?" not in result.output  # no questions before the call


def test_self_care_text_shows_what_was_understood(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["check", "--text", "Occasional charley horse at night, no swelling."]
    )
    assert result.exit_code == 0
    assert result.output.startswith("SELF-CARE")
    assert "I understood:" in result.output
    assert '("no swelling")' in result.output
    assert "crampcare now" in result.output


def test_answers_file_is_an_intake(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"duration_minutes": 25, "eased_by_stretching": False}))
    result = runner.invoke(app, ["check", "--answers", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["level"] == "urgent"
    assert [r["rule"] for r in data["reasons"]] == ["rf_long_cramp"]


def test_bad_json_is_a_clean_error(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "answers.json"
    path.write_text("{not json")
    result = runner.invoke(app, ["check", "--answers", str(path)])
    assert result.exit_code == 2
    assert "not valid JSON" in result.output
    assert "Traceback" not in result.output


def test_invalid_fields_are_a_clean_error(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"symptoms": {"fevr": True}, "age": -3}))
    result = runner.invoke(app, ["check", "--answers", str(path)])
    assert result.exit_code == 2
    assert "invalid answers" in result.output
    assert "symptoms.fevr" in result.output
    assert "age" in result.output


def test_missing_answers_file_is_a_clean_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", "--answers", str(tmp_path / "nope.json")])
    assert result.exit_code == 2
    assert "cannot read" in result.output


def test_text_and_answers_together_are_refused(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", "--text", "x", "--answers", str(tmp_path / "a.json")])
    assert result.exit_code == 2


def test_interactive_all_skipped_is_self_care(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "--json"], input="\n" * len(QUESTIONS))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)  # questions went to stderr
    assert data["level"] == "self_care"
    assert "press Enter to skip" in result.stderr


def test_interactive_emergency_answer_stops_the_questions(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check"], input="y\n")
    assert result.exit_code == 0, result.output
    assert "EMERGENCY" in result.output
    assert QUESTIONS[1].prompt not in result.output


def test_interactive_red_flags_come_first(runner: CliRunner) -> None:
    levels = [q.level for q in QUESTIONS]
    first_non_emergency = levels.index("urgent")
    assert set(levels[:first_non_emergency]) == {"emergency"}
    assert "emergency" not in levels[first_non_emergency:]


def test_interactive_long_cramp_and_medicine_names(runner: CliRunner) -> None:
    replies = {"duration": "20", "stretch": "n", "medicines": "Lasix and Lipitor"}
    lines = []
    for q in QUESTIONS:
        if q.id in ("tetanus", "pre_eclampsia"):
            continue  # asked only after a wound, or once pregnancy is known
        lines.append(replies.get(q.id, "n" if q.kind == "yes_no" else ""))
    result = runner.invoke(app, ["check", "--json"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    # CliRunner echoes the typed replies to stdout; a terminal would show them itself.
    data = json.loads(result.stdout[result.stdout.index("{") :])
    assert data["level"] == "urgent"
    rules = [r["rule"] for r in data["reasons"]]
    assert rules == ["rf_long_cramp", "rf_medicine"]
    assert {m["cls"] for m in data["intake"]["medicines"]} == {"diuretic", "statin"}
    said = {(f["field"], f["words"]) for f in data["intake"]["evidence"]}
    assert ("duration_minutes", "How many minutes has the cramp lasted? 20") in said
    assert ("medicines", "Lasix") in said


def test_interactive_bad_reply_is_asked_again(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check"], input="maybe\nn\n" + "\n" * len(QUESTIONS))
    assert result.exit_code == 0, result.output
    assert "Please answer y or n" in result.output


def test_help_describes_the_command(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "-h"])
    assert result.exit_code == 0
    assert "red flags" in result.output
    assert "--answers" in result.output


def test_interactive_shows_yes_answers_and_counts_the_noes(runner: CliRunner) -> None:
    lines = ["y" if q.id == "sleep" else ("n" if q.kind == "yes_no" else "") for q in QUESTIONS]
    result = runner.invoke(app, ["check"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    assert "SEE A DOCTOR" in result.output
    assert "sleep disturbed: yes" in result.output
    assert "and no to" in result.output


def test_the_json_intake_feeds_back_as_answers(runner: CliRunner, tmp_path: Path) -> None:
    first = runner.invoke(
        app, ["check", "--json", "--text", "I take Lasix and my calves cramp every night."]
    )
    data = json.loads(first.output)
    path = tmp_path / "intake.json"
    path.write_text(json.dumps(data["intake"]))
    again = json.loads(runner.invoke(app, ["check", "--json", "--answers", str(path)]).output)
    # Answers are final; the same text result is provisional until its questions are answered.
    assert data["provisional"] is True and again["provisional"] is False
    for key in ("level", "reasons", "next_steps", "intake", "understood"):
        assert again[key] == data[key], key
    assert data["level"] == "doctor"


def test_empty_text_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "--text", "  "])
    assert result.exit_code == 2
    assert "description is empty" in result.output
    assert "Traceback" not in result.output


def test_text_without_a_terminal_lists_the_open_questions_before_the_advice(
    runner: CliRunner,
) -> None:
    result = runner.invoke(app, ["check", "--text", "Calf cramp at night, no swelling."])
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("SELF-CARE")
    assert "Not final" in out
    assert out.index("Sudden breathlessness") < out.index("What to do:")
    assert "Please answer y or n" not in out  # nothing was asked


def _terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import crampcare.cli.check as check

    monkeypatch.setattr(check, "_can_ask", lambda: True)


def test_text_at_a_terminal_asks_the_open_questions_then_gives_a_final_result(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    _terminal(monkeypatch)
    text = "Calf cramp at night, no swelling."
    first = json.loads(runner.invoke(app, ["check", "--json", "--text", text]).output)
    asked = [c["question"] for c in first["to_confirm"]]
    replies = ["skip" if q == "duration" else "n" for q in asked]  # skip the duration
    result = runner.invoke(app, ["check", "--text", text], input="\n".join(replies) + "\n")
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.index("I understood:") < out.index("a few questions") < out.index("SELF-CARE")
    assert "Not final" not in out
    assert "Skipped on purpose: How many minutes" in out


def test_a_yes_at_the_terminal_turns_self_care_into_an_emergency(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    _terminal(monkeypatch)
    # fit: no; lungs: yes -> stop asking, call for help.
    result = runner.invoke(app, ["check", "--text", "Calf cramp at night."], input="n\ny\n")
    assert result.exit_code == 0, result.output
    tail = result.output[result.output.index("EMERGENCY") :]
    assert "Call your emergency number now" in tail
    assert "A leg or foot suddenly cold" not in result.output  # not asked after the yes


def test_json_never_asks_even_at_a_terminal(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    _terminal(monkeypatch)
    result = runner.invoke(app, ["check", "--json", "--text", "Calf cramp at night."])
    data = json.loads(result.output)
    assert data["provisional"] is True and data["to_confirm"]


def test_a_red_flag_the_rules_miss_gets_the_word_channels_question(runner: CliRunner) -> None:
    text = "calf like a rock for ages n stretchin dont help"  # the rules read nothing
    data = json.loads(runner.invoke(app, ["check", "--json", "--text", text]).output)
    item = next(c for c in data["to_confirm"] if c["question"] == "duration")
    assert item["why"].startswith("What you wrote reads like messages about this")
    assert [c["channel"] for c in data["intake"]["concerns"]] == ["neighbour"]
    shown = " ".join(runner.invoke(app, ["check", "--text", text]).output.split())
    assert "reads like messages about this that needed a doctor the same day" in shown
    assert "rf_" not in shown  # people read words, not ids
