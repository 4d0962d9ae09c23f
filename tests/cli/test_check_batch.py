"""`crampcare check --batch FILE`: one JSON result per line, the same contract as --text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crampcare.cli.app import app
from crampcare.triage_rules import TriageResult
from crampcare.typed import field_names

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    "calf cramp in bed, gone after a minute of stretching",
    "My left calf is swollen, warm and red.",
    "my son went stiff and his whole body was jerking",
]


def _crampcare(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}
    return subprocess.run(
        [sys.executable, "-m", "crampcare", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_batch_gives_one_result_per_line_as_check_text_json_does(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        TEXTS[0],
        json.dumps({"id": "p2", "text": TEXTS[1]}),
        "",
        json.dumps({"text": TEXTS[2]}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = _crampcare("check", "--batch", str(path))
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r.get("id") for r in results] == [None, "p2", None]
    assert [r["level"] for r in results] == ["self_care", "urgent", "emergency"]
    for text, result in zip(TEXTS, results, strict=True):
        result.pop("id", None)
        assert set(result) == set(field_names(TriageResult))
        single = runner.invoke(app, ["check", "--json", "--text", text])
        assert result == json.loads(single.output)


def test_batch_reads_standard_input(tmp_path: Path) -> None:
    done = _crampcare("check", "--batch", "-", stdin="\n".join(TEXTS[:2]) + "\n")
    assert done.returncode == 0, done.stderr
    assert [json.loads(x)["level"] for x in done.stdout.splitlines()] == ["self_care", "urgent"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('calf cramp\n{"text": "fine", "id": 1}\n{not json\n', "line 3: not valid JSON"),
        ('{"id": "x"}\n', 'line 1: a JSON line needs a "text" string'),
        ('{"text": "   "}\n', "line 1: the description is empty"),
        ('{"text": "cramp", "id": [1]}\n', '"id" must be a string or a whole number'),
        ("\n\n", "holds no descriptions"),
        ("x" * 4001 + "\n", "under 4000 characters"),
    ],
)
def test_bad_batch_input_is_one_line_exit_2_and_no_results(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    done = _crampcare("check", "--batch", str(path))
    assert done.returncode == 2
    assert done.stdout == ""  # nothing half-done: the whole file is checked first
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_unreadable_batch_files_are_clean_errors(tmp_path: Path) -> None:
    missing = _crampcare("check", "--batch", str(tmp_path / "nope.jsonl"))
    assert missing.returncode == 2 and "cannot read" in missing.stderr
    binary = tmp_path / "latin1.txt"
    binary.write_bytes("cr\xe9pe cramp".encode("latin-1"))
    undecodable = _crampcare("check", "--batch", str(binary))
    assert undecodable.returncode == 2 and "not UTF-8" in undecodable.stderr


def test_batch_with_text_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", "--batch", str(tmp_path / "a"), "--text", "x"])
    assert result.exit_code == 2
    assert "only one of" in result.output


def test_batch_runs_the_semantic_screen_when_it_is_on(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import crampcare.intake.semantic_screen as semantic_screen

    if not semantic_screen.available():
        pytest.skip("the semantic extra is not installed (CI installs it)")
    from tests.intake.test_semantic_screen import PARAPHRASES

    path = tmp_path / "batch.txt"
    path.write_text(PARAPHRASES["rf_tetany"] + "\n", encoding="utf-8")
    monkeypatch.setattr(semantic_screen, "_default", None)
    # The word channel reads this flag too, and one flag is one concern: off, to see this one.
    monkeypatch.setenv("CRAMPCARE_NEIGHBOUR_TRIAGE", "off")

    def channels() -> list[str]:
        done = runner.invoke(app, ["check", "--batch", str(path)])
        assert done.exit_code == 0, done.output
        return [c["channel"] for c in json.loads(done.output)["intake"]["concerns"]]

    assert "semantic" not in channels()  # the test suite runs with the screen off
    monkeypatch.setenv("CRAMPCARE_SEMANTIC_TRIAGE", "on")
    assert "semantic" in channels()
