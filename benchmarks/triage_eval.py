"""Triage quality on blind vignettes: free text -> read_text -> triage, scored.

Each line of a JSONL file: ``text``, ``levels`` (accepted levels, most correct
first), optionally ``id``, ``why``. Per file it prints:

- exact: the level is one of the accepted levels;
- emergency recall: cases whose best level is emergency that got emergency;
- red flag -> self-care: cases whose best level is emergency or urgent that got self-care
  (and how many of those asked no settling question);
- over-triage: cases sent higher than the highest accepted level;
- asked: cases where a concern without a level of its own asks a settling question.

A concern that carries a level raises the result to that level here, whether or
not triage itself reads concerns yet (so this measures the intake's safety net).
The text is read as the product reads it (``read_text``: the rules, then the
word channel, whose questions count in "asked"; ``CRAMPCARE_NEIGHBOUR_TRIAGE=off``
measures the rules alone); a tree older than ``read_text`` is read by ``parse_text``.
``--semantic`` adds the semantic screen's concerns (the optional extra, as
``serve`` and ``check --batch`` run it), so the figures are the whole product
as served: they only raise a level or ask, never lower one.

    python -m benchmarks.triage_eval tests/data/triage_blind/dev_*.jsonl [--misses]
    python -m benchmarks.triage_eval FILE --semantic   # rules + word channel + semantic
    python -m benchmarks.triage_eval FILE --compare /path/to/other/src   # side by side
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks import vignettes

ORDER = {"self_care": 0, "doctor": 1, "urgent": 2, "emergency": 3}
RED = ("emergency", "urgent")


@dataclass
class Score:
    n: int = 0
    exact: int = 0
    emergencies: int = 0
    emergency_hits: int = 0
    red: int = 0
    red_to_self_care: int = 0
    red_to_self_care_unasked: int = 0
    over: int = 0
    asked: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def row(self) -> dict[str, Any]:
        pct = (lambda k: round(100 * k / self.n, 1)) if self.n else (lambda k: 0.0)
        return {
            "n": self.n,
            "exact_pct": pct(self.exact),
            "emergency_recall": f"{self.emergency_hits}/{self.emergencies}",
            "red_flag_to_self_care": f"{self.red_to_self_care}/{self.red}",
            "of_them_not_asked": self.red_to_self_care_unasked,
            "over_triage_pct": pct(self.over),
            "asked": self.asked,
        }


def predict(text: str, semantic: bool = False) -> tuple[str, bool, Any]:
    """The level (raised by concerns that carry one) and whether a question is asked."""
    try:
        from crampcare.intake import read_text
    except ImportError:  # a release before the word channel (--compare)
        from crampcare.intake import parse_text as read_text

    try:
        from crampcare.triage_rules import triage
    except ImportError:  # a release before the module's rename (--compare)
        from crampcare.triage import triage  # type: ignore[import-not-found,no-redef,unused-ignore]

    intake = read_text(text)
    if semantic:
        from crampcare.intake.semantic_screen import screened

        intake = screened(intake, text)
    level = triage(intake).level
    asked = False
    for concern in getattr(intake, "concerns", []):
        if concern.level and ORDER[concern.level] > ORDER[level]:
            level = concern.level
        elif concern.question:
            asked = True
    return level, asked, intake


def _read_many() -> None:
    """Read many texts as a server does: the word channel's sums with numpy.

    The same floats and vignettes as a one-off ``check`` (tests/intake/test_neighbours
    pins it), a third less time per text; a release before ``vectorise`` reads as it did.
    """
    try:
        from crampcare.intake import neighbours

        neighbours.index().vectorise()
    except (ImportError, AttributeError):
        pass


def score(path: Path, semantic: bool = False) -> Score:
    s = Score()
    _read_many()
    for case in vignettes.read(path):
        levels: list[str] = case["levels"]
        best = levels[0]
        got, asked, intake = predict(case["text"], semantic)
        s.n += 1
        s.asked += asked
        ok = got in levels
        s.exact += ok
        if best == "emergency":
            s.emergencies += 1
            s.emergency_hits += got == "emergency"
        if best in RED:
            s.red += 1
            s.red_to_self_care += got == "self_care"
            s.red_to_self_care_unasked += got == "self_care" and not asked
        over = ORDER[got] > max(ORDER[x] for x in levels)
        s.over += over
        if not ok:
            s.misses.append(
                {
                    "id": case.get("id"),
                    "want": levels,
                    "got": got,
                    "asked": asked,
                    "text": case["text"],
                    "why": case.get("why"),
                    "concerns": [c.topic for c in getattr(intake, "concerns", [])],
                }
            )
    return s


def _other(src: str, files: list[str], semantic: bool) -> dict[str, dict[str, Any]]:
    """The same scores computed with another source tree first on the path."""
    env_path = f"{src}:{Path(__file__).resolve().parent.parent}"
    extra = ["--semantic"] if semantic else []
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.triage_eval", "--json", *extra, *files],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin", **_settings()},
    )
    result: dict[str, dict[str, Any]] = json.loads(out.stdout)
    return result


def _settings() -> dict[str, str]:
    """The crampcare settings of this run, passed on to the other tree's run."""
    import os

    return {k: v for k, v in os.environ.items() if k.startswith("CRAMPCARE_")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--misses", action="store_true", help="list the cases missed")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--compare", metavar="SRC", help="another source tree (its src/ dir)")
    parser.add_argument(
        "--semantic", action="store_true", help="add the semantic screen (the optional extra)"
    )
    args = parser.parse_args(argv)
    if args.semantic:
        import crampcare.intake.semantic_screen as semantic_screen

        if not semantic_screen.enabled():
            print("the semantic extra is not installed or is off: nothing to add", file=sys.stderr)
            return 2
    if args.misses and any(vignettes.is_sealed(Path(name)) for name in args.files):
        print("a sealed set is only ever scored: its misses are not listed", file=sys.stderr)
        return 2
    rows = {}
    for name in args.files:
        s = score(Path(name), args.semantic)
        rows[name] = s.row()
        if args.misses:
            for m in s.misses:
                print(json.dumps(m, ensure_ascii=False))
    if args.json:
        print(json.dumps(rows))
        return 0
    other = _other(args.compare, args.files, args.semantic) if args.compare else {}
    for name, row in rows.items():
        print(Path(name).name, json.dumps(row))
        if name in other:
            print("  vs", args.compare, json.dumps(other[name]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
