"""The semantic triage channel on vignettes: lexical alone vs lexical + semantic.

For a JSON-lines file of vignettes (``id``, ``text``, ``levels`` = accepted
levels, most correct first) it prints, per file:

- emergency/urgent cases the lexical reader alone under-triages (its level is
  below every accepted level and none of its own concerns raises it there or
  asks a question that would), and how many of those the semantic channel
  raises to an accepted level or asks about (a settling question whose own
  level reaches an accepted level counts as asked);
- self-care cases it wrongly raises (above every accepted level; over-triage)
  or asks about, and wrong raises among the other cases;
- the screen's latency per text (warm) and the model and exemplar load time.

Concerns are applied the way triage applies them: a level raises the result
to at least it, never lowers it; a question only is "asked".

The screen's bank of labelled vignettes holds every set in
tests/data/triage_blind but sealed_2026-12-04 and -05, so on the others its votes
are in-sample; measure them held out with ``benchmarks/semantic_bank_cv.py``, and
use this on fresh batches and those two.

Usage: python -m benchmarks.triage_semantic FILE.jsonl [FILE.jsonl ...]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from benchmarks import vignettes
from crampcare.intake.model import Concern

ORDER = {"self_care": 0, "doctor": 1, "urgent": 2, "emergency": 3}
RANK = {v: k for k, v in ORDER.items()}


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def apply(level: str, concerns: list[Concern], question_levels: dict[str, str]) -> tuple[int, int]:
    """(The level after raises, the highest level a question asks about), as ranks."""
    raised = ORDER[level]
    asked = -1
    for c in concerns:
        if c.level is not None:
            raised = max(raised, ORDER[c.level])
        if c.question is not None:
            asked = max(asked, ORDER[question_levels[c.question]])
    return raised, asked


def evaluate(path: Path, screen: object) -> dict[str, object]:
    from crampcare.intake import parse_text
    from crampcare.intake.questions import QUESTIONS
    from crampcare.triage_rules import triage

    question_levels = {q.id: q.level for q in QUESTIONS}
    rows = vignettes.read(path)
    tally: Counter[str] = Counter()
    latencies: list[float] = []
    cpu: list[float] = []
    for row in rows:
        accepted = [ORDER[x] for x in row["levels"]]
        low, high = min(accepted), max(accepted)
        top = row["levels"][0]
        intake = parse_text(row["text"])
        # The lexical reader's own concerns (if it makes any) count for "lexical".
        lexical, lexical_asked = apply(triage(intake).level, intake.concerns, question_levels)
        start, start_cpu = time.perf_counter(), time.process_time()
        concerns = screen.screen(row["text"])  # type: ignore[attr-defined]
        latencies.append((time.perf_counter() - start) * 1000)
        # CPU time too: on a shared machine wall time mostly measures the neighbours.
        cpu.append((time.process_time() - start_cpu) * 1000)
        raised, asked = apply(RANK[lexical], concerns, question_levels)
        asked = max(asked, lexical_asked)
        tally[f"cases_{top}"] += 1
        if top in ("emergency", "urgent") and lexical < low and lexical_asked < low:
            tally["lexical_missed"] += 1
            if raised >= low:
                tally["semantic_raised"] += 1
            elif asked >= low:
                tally["semantic_asked"] += 1
            else:
                tally["still_missed"] += 1
        lexical_over = lexical > high
        if raised > high and not lexical_over:
            tally["wrong_raise_self_care" if top == "self_care" else "wrong_raise_other"] += 1
        elif top == "self_care" and concerns and not lexical_over and lexical_asked < 0:
            tally["asked_self_care"] += 1
        if top == "self_care" and lexical_over:
            tally["lexical_over_self_care"] += 1
    return {"tally": tally, "latencies": latencies, "cpu": cpu}


def report(path: Path, result: dict[str, object]) -> None:
    tally: Counter[str] = result["tally"]  # type: ignore[assignment]
    lat: list[float] = result["latencies"]  # type: ignore[assignment]
    cpu: list[float] = result["cpu"]  # type: ignore[assignment]
    cases = sum(v for k, v in tally.items() if k.startswith("cases_"))
    sc = tally["cases_self_care"]
    eu = tally["cases_emergency"] + tally["cases_urgent"]
    missed = tally["lexical_missed"]
    caught = tally["semantic_raised"] + tally["semantic_asked"]

    def pct(n: int, d: int) -> str:
        return f"{n}/{d} ({100 * n / d:.1f} %)" if d else f"{n}/0"

    print(f"\n{path.name}: {cases} vignettes ({eu} emergency/urgent, {sc} self-care)")
    rows = [
        ("emergency/urgent missed (not raised nor asked), lexical", pct(missed, eu)),
        ("  semantic raises to an accepted level", str(tally["semantic_raised"])),
        ("  semantic asks a question that would reach it", str(tally["semantic_asked"])),
        ("  still missed, lexical + semantic", pct(tally["still_missed"], eu)),
        ("  caught by the semantic channel", pct(caught, missed)),
        ("self-care over-triaged, lexical alone", pct(tally["lexical_over_self_care"], sc)),
        ("self-care wrongly raised by semantic", pct(tally["wrong_raise_self_care"], sc)),
        ("self-care asked a question by semantic", pct(tally["asked_self_care"], sc)),
        ("other cases raised above every accepted level", str(tally["wrong_raise_other"])),
    ]
    for label, value in rows:
        print(f"  {label + ':':<58}{value}")
    print(
        f"  screen latency per text: mean {statistics.mean(lat):.1f} ms, "
        f"p50 {percentile(lat, 50):.1f} ms, p95 {percentile(lat, 95):.1f} ms "
        f"(CPU mean {statistics.mean(cpu):.1f} ms, p95 {percentile(cpu, 95):.1f} ms)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    import crampcare.intake.semantic_screen as semantic_screen
    from crampcare.semantic_scoring import SemanticScreen

    if not semantic_screen.available():
        print("the semantic extra is not installed: nothing to measure", file=sys.stderr)
        return 2
    import os

    load_average = os.getloadavg()[0]
    start = time.perf_counter()
    from crampcare.semantic_model import load_model

    load_model()
    loaded = time.perf_counter()
    screen = SemanticScreen.open()
    opened = time.perf_counter()
    print(
        f"model load (torch import + model) {loaded - start:.2f} s; "
        f"exemplars (cache hit, or embedded and cached) {opened - loaded:.2f} s; "
        f"load average {load_average:.1f} on {os.cpu_count()} CPUs",
        flush=True,
    )
    screen.screen("calf cramp at night")  # the first call pays one-off set-up
    for path in args.files:
        report(path, evaluate(path, screen))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
