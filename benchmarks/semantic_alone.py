"""The semantic triage channel on its own: its recall and its false alarms.

``triage_semantic`` measures what the second channel adds to the lexical
reader. This measures the channel alone, as if the reader had read nothing
(``semantic_screen.screened`` on an empty Intake is ``screen``): the lexical
reader is tuned batch by batch on the blind vignettes and misses wordings on
unseen text, so what the screen catches by itself is what generalises.

Per file of vignettes (``id``, ``text``, ``levels`` = accepted levels, most
correct first):

- emergency/urgent vignettes the screen raises to an accepted level, or asks a
  question about whose own level reaches one (recall), and the lexical
  reader's misses among them that the screen catches;
- self-care vignettes it raises above every accepted level (wrong) or asks a
  question about; doctor vignettes it raises above every accepted level;
- latency per text, warm (wall and CPU).

``--before REV`` runs the exemplar file of git revision REV through the same
code in the same run (the file carries the screen's knobs, so the "before"
column is that revision's data with today's code paths switched by it).
Both columns include today's bank of labelled vignettes (``red_flag_bank.yaml``),
which holds every set in tests/data/triage_blind: on those sets its votes are
in-sample; ``benchmarks/semantic_bank_cv.py`` measures it held out.
Files given with ``--held-out`` are scored but their misses are never printed.

Held-out discipline (2026-12-03 session): the files sealed_2026-12-03.jsonl and
dev_e.jsonl were chosen as held out before any change; only dev_a..dev_d and
sealed_2026-12-02 were looked at while tuning.

Usage: python -m benchmarks.semantic_alone [--before REV] [--misses]
       TUNE.jsonl ... [--held-out HELD.jsonl ...]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ORDER = {"self_care": 0, "doctor": 1, "urgent": 2, "emergency": 3}
EXEMPLARS = "src/crampcare/knowledge/data/lexicon/red_flag_exemplars.yaml"


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def _ranks(concerns: list[Any], question_levels: dict[str, str]) -> tuple[int, int]:
    """(Highest level raised, highest level a question asks about) as ranks; -1 for none."""
    raised = max((ORDER[c.level] for c in concerns if c.level is not None), default=-1)
    asked = max(
        (ORDER[question_levels[c.question]] for c in concerns if c.question is not None),
        default=-1,
    )
    return raised, asked


def evaluate(path: Path, screen: Any, show_misses: bool) -> dict[str, Any]:
    from crampcare.intake import parse_text
    from crampcare.intake.questions import QUESTIONS
    from crampcare.triage_rules import triage

    question_levels = {q.id: q.level for q in QUESTIONS}
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    tally: Counter[str] = Counter()
    wall: list[float] = []
    cpu: list[float] = []
    for row in rows:
        accepted = [ORDER[x] for x in row["levels"]]
        low, high, top = min(accepted), max(accepted), row["levels"][0]
        start, start_cpu = time.perf_counter(), time.process_time()
        concerns = screen.screen(row["text"])
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        raised, asked = _ranks(concerns, question_levels)
        tally[f"cases_{top}"] += 1
        if top in ("emergency", "urgent"):
            intake = parse_text(row["text"])
            lexical = max(ORDER[triage(intake).level], *_ranks(intake.concerns, question_levels))
            lexical_missed = lexical < low
            tally["lexical_missed"] += lexical_missed
            if raised >= low:
                tally["raised"] += 1
            elif asked >= low:
                tally["asked"] += 1
            else:
                tally["missed"] += 1
                if show_misses:
                    print(f"  MISS {row['id']} {row['levels']}: {row['text']}")
            if lexical_missed and max(raised, asked) >= low:
                tally["lexical_missed_caught"] += 1
        elif raised > high:
            tally[f"wrong_raise_{top}"] += 1
            if show_misses:
                print(f"  OVER {row['id']} {row['levels']}: {[c.words for c in concerns]}")
        elif top == "self_care" and concerns:
            tally["asked_self_care"] += 1
    return {"tally": tally, "wall": wall, "cpu": cpu}


def _pct(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d:.1f} %)" if d else f"{n}/0"


def summary(result: dict[str, Any]) -> list[tuple[str, str]]:
    t: Counter[str] = result["tally"]
    eu = t["cases_emergency"] + t["cases_urgent"]
    sc = t["cases_self_care"]
    wall, cpu = result["wall"], result["cpu"]
    return [
        ("emergency/urgent caught (raised or asked)", _pct(t["raised"] + t["asked"], eu)),
        ("  raised to an accepted level", str(t["raised"])),
        ("  asked a settling question", str(t["asked"])),
        ("  lexical misses it catches", _pct(t["lexical_missed_caught"], t["lexical_missed"])),
        ("self-care wrongly raised", _pct(t["wrong_raise_self_care"], sc)),
        ("self-care asked a question", _pct(t["asked_self_care"], sc)),
        ("doctor cases raised above every accepted level", str(t["wrong_raise_doctor"])),
        ("latency per text ms, mean / p95 (CPU mean)",
         f"{statistics.mean(wall):.1f} / {percentile(wall, 95):.1f} ({statistics.mean(cpu):.1f})"),
    ]  # fmt: skip


def _merge(results: list[dict[str, Any]]) -> dict[str, Any]:
    tally: Counter[str] = Counter()
    for r in results:
        tally.update(r["tally"])
    return {
        "tally": tally,
        "wall": [x for r in results for x in r["wall"]],
        "cpu": [x for r in results for x in r["cpu"]],
    }


def _print(name: str, columns: dict[str, dict[str, Any]], cases: int) -> None:
    print(f"\n{name}: {cases} vignettes", flush=True)
    tables = {label: summary(r) for label, r in columns.items()}
    heads = list(tables)
    print(f"  {'':<52}" + "".join(f"{h:>24}" for h in heads))
    for i, (label, _) in enumerate(next(iter(tables.values()))):
        print(f"  {label:<52}" + "".join(f"{tables[h][i][1]:>24}" for h in heads))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="tuning files (misses may be shown)")
    parser.add_argument("--held-out", nargs="*", type=Path, default=[])
    parser.add_argument("--before", help="git revision whose exemplar file is the baseline")
    parser.add_argument("--misses", action="store_true", help="print tuning files' misses")
    args = parser.parse_args(argv)
    import crampcare.intake.semantic_screen as semantic_screen
    from crampcare.semantic_scoring import SemanticScreen

    if not semantic_screen.available():
        print("the semantic extra is not installed: nothing to measure", file=sys.stderr)
        return 2
    import tempfile

    cache = Path(tempfile.mkdtemp(prefix="semantic-alone-"))
    screens = {"after": SemanticScreen.open(cache_dir=cache)}
    if args.before:
        old = subprocess.run(
            ["git", "show", f"{args.before}:{EXEMPLARS}"], capture_output=True, check=True
        ).stdout
        screens = {
            "before": SemanticScreen.open(cache_dir=cache, source=old),
            **screens,
        }
    shutil.rmtree(cache, ignore_errors=True)  # the embeddings are in memory now
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs", flush=True)
    for s in screens.values():
        s.screen("calf cramp at night")  # the first call pays one-off set-up
    groups = {"tuning": args.files, "held out": args.held_out}
    for group, paths in groups.items():
        per_label: dict[str, list[dict[str, Any]]] = {label: [] for label in screens}
        for path in paths:
            cols: dict[str, dict[str, Any]] = {}
            for label, s in screens.items():
                show = args.misses and group == "tuning" and label == "after"
                cols[label] = evaluate(path, s, show)
                per_label[label].append(cols[label])
            cases = sum(v for k, v in cols["after"]["tally"].items() if k.startswith("cases_"))
            _print(f"{path.name} ({group})", cols, cases)
        if len(paths) > 1:
            merged = {label: _merge(rs) for label, rs in per_label.items()}
            cases = sum(v for k, v in merged["after"]["tally"].items() if k.startswith("cases_"))
            _print(f"ALL {group}", merged, cases)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
