"""Capture what crampcare says for a fixed set of inputs, to prove a refactor changed nothing.

Writes one file per command, page or API call into OUT (outside the repository):
the triage and ask evaluations, CLI commands (plain and --json), web pages and
API responses through an in-process client. Run it before and after a change
and compare the folders with ``diff -r``.

    python scripts/snapshot.py /tmp/before
    python scripts/snapshot.py /tmp/after && diff -r /tmp/before /tmp/after
"""

from __future__ import annotations

import glob
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CLI: dict[str, list[str]] = {
    "now_default": ["now", "--plain"],
    "now_thigh_json": ["now", "--where", "thigh", "--json"],
    "now_thigh_plain": ["now", "--where", "thigh", "--plain"],
    "now_hamstring_water": ["now", "--where", "hamstring", "--context", "water", "--plain"],
    "now_toes_pregnant": ["now", "--where", "toes", "--pregnant", "--json"],
    "now_hand_bad": ["now", "--where", "elbow", "--plain"],
    "check_text": ["check", "--text", "calf cramp at night, 70 years old, on diuretics"],
    "check_text_json": ["check", "--text", "calf cramp at night, 70 years old", "--json"],
    "check_red_json": [
        "check",
        "--text",
        "my calf is swollen, red and hot after a flight",
        "--json",
    ],
    "check_empty": ["check", "--text", ""],
    "plan_text": ["plan", "--text", "36 weeks pregnant, calf cramps at night"],
    "plan_json": ["plan", "--text", "65 years old, runner, thigh cramps in sport", "-f", "json"],
    "plan_md": ["plan", "--text", "night cramps in my feet", "-f", "md"],
    "ask_json": ["ask", "does magnesium help night cramps", "--json", "--mode", "lexical"],
    "ask_plain": ["ask", "how do I stretch my calf", "--mode", "lexical"],
    "points": ["points"],
    "points_json": ["points", "--json"],
    "kb_list": ["kb", "list"],
    "log_thigh": [
        "log",
        "--at",
        "2026-01-05 03:10",
        "--where",
        "thigh",
        "--side",
        "left",
        "-i",
        "6",
        "-d",
        "2m",
        "--woke",
        "--json",
        "--no-prompt",
    ],
    "log_calf": [
        "log",
        "--at",
        "2026-01-06 23:40",
        "--where",
        "calf",
        "--side",
        "right",
        "-i",
        "4",
        "-d",
        "90s",
        "--no-prompt",
    ],
    "log_bad_where": ["log", "--at", "2026-01-06 23:40", "--where", "elbow", "--no-prompt"],
    "day_json": [
        "day",
        "--date",
        "2026-01-05",
        "--exercise",
        "--caffeine",
        "3",
        "--json",
        "--no-prompt",
    ],
    "day_plain": ["day", "--date", "2026-01-06", "--fluids", "1.5", "--no-prompt"],
    "diary_list": ["diary", "list"],
    "diary_show_json": ["diary", "show", "1", "--json"],
    "simulate": ["diary", "simulate", "-n", "1", "-d", "200", "-s", "3", "--json", "--db", "{sim}"],
    "report_text": ["report", "--db", "{sim}"],
    "report_json": ["report", "--db", "{sim}", "-f", "json"],
    "report_md": ["report", "--db", "{sim}", "-f", "md"],
}

WEB = [
    "/",
    "/now",
    "/now/session?where=thigh&context=night",
    "/check",
    "/plan",
    "/points",
    "/ask?q=magnesium",
    "/kb",
    "/offline",
    "/emergency",
    "/diary",
    "/diary/report",
    "/api/v1/kb",
    "/api/v1/points",
    "/api/v1/session?where=thigh",
    "/api/v1/session?where=hamstring&context=sport",
    "/api/v1/episodes",
    "/api/v1/checkins",
    "/api/v1/report",
    "/openapi.json",
]
WEB_POST = {
    "/api/v1/triage/text": {"text": "calf cramp at night, 70 years old, on diuretics"},
    "/api/v1/triage": {"age": 70, "location": "thigh"},
}


def _clean(text: str, tmp: str) -> str:
    text = text.replace(tmp, "<TMP>")
    # Content hashes of the code and data (asset links, knowledge base version) change
    # with any edit to a template or module; what they stand for is compared elsewhere.
    text = re.sub(r"\?v=[0-9a-f]{10}", "?v=<HASH>", text)
    text = re.sub(
        r"(Knowledge base version |\"knowledge_base\": \")[0-9a-f]{16}", r"\1<HASH>", text
    )
    return re.sub(r"\b\d+(\.\d+)? ?(ms|s)\b", "<T>", text) if "took" in text else text


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "CRAMPCARE_SEMANTIC_TRIAGE": "off"}
    py = sys.executable
    dev = sorted(glob.glob(str(ROOT / "tests/data/triage_blind/dev_*.jsonl")))
    runs = {
        "eval_triage": [py, "-m", "benchmarks.triage_eval", *dev, "--misses"],
        "eval_ask": [py, "-m", "benchmarks.ask_eval", "--modes", "lexical", "--misses"],
    }
    for name, cmd in runs.items():
        done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
        (out / f"{name}.txt").write_text(done.stdout + done.stderr)

    with tempfile.TemporaryDirectory() as tmp:
        os.environ.update(env)
        os.environ["CRAMPCARE_DATA_DIR"] = tmp
        os.environ["CRAMPCARE_DB"] = f"{tmp}/diary.db"
        from typer.testing import CliRunner

        from crampcare.cli.app import app

        runner = CliRunner()
        for name, args in CLI.items():
            args = [a.replace("{sim}", f"{tmp}/sim.db") for a in args]
            result = runner.invoke(app, args, env=env)
            text = f"exit {result.exit_code}\n{result.output}"
            (out / f"cli_{name}.txt").write_text(_clean(text, tmp))

        from starlette.testclient import TestClient

        from crampcare.web.app import create_app

        client = TestClient(create_app(), base_url="http://localhost")
        for path in WEB:
            response = client.get(path)
            name = re.sub(r"\W+", "_", path).strip("_") or "home"
            body = re.sub(r'name="csrf[^"]*" value="[^"]*"', "csrf", response.text)
            (out / f"web_{name}.txt").write_text(_clean(f"{response.status_code}\n{body}", tmp))
        for path, payload in WEB_POST.items():
            response = client.post(path, json=payload)
            name = "post" + re.sub(r"\W+", "_", path)
            (out / f"web_{name}.txt").write_text(f"{response.status_code}\n{response.text}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
