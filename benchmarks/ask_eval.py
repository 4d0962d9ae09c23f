"""Quality of ``ask``: recall@1, recall@3 and MRR on a question set, with a baseline.

A question counts as answered at rank r when any of its ``terms`` appears
(case-insensitive) in the title or text of the r-th answer; an out-of-scope
question counts (at rank 1) when it is flagged, and an in-scope question that is
wrongly flagged gets nothing. The baseline, measured in the same run, is plain
BM25 (tantivy's default analyzer, no stemming, no synonyms) over the raw
paragraphs of the seed articles; it never flags a question as out of scope.

Usage: python -m benchmarks.ask_eval [QUESTIONS.jsonl ...] [--modes lexical,hybrid]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import tantivy

ROOT = Path(__file__).resolve().parents[1]
#: The worked ask examples, kept in the repository so a fresh clone stands alone.
DEV_SET = ROOT / "tests" / "data" / "ask_dev.jsonl"
HELD_OUT = ROOT / "benchmarks" / "ask_heldout.jsonl"
#: Written after the first tuning round and never tuned on.
HELD_OUT_2 = ROOT / "benchmarks" / "ask_heldout2.jsonl"
#: Written at the end; its first, untuned run is recorded in docs/performance.md.
HELD_OUT_3 = ROOT / "benchmarks" / "ask_heldout3.jsonl"
HELD_OUT_4 = ROOT / "benchmarks" / "ask_heldout4.jsonl"
#: The five source articles: CRAMPCARE_SEEDS, else ../shared/seeds beside the clone.
SEEDS = Path(os.environ.get("CRAMPCARE_SEEDS") or ROOT.parent / "shared" / "seeds")
DEPTH = 10


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    terms: tuple[str, ...]
    out_of_scope: bool


@dataclass(frozen=True)
class Outcome:
    """What a system said: flagged out of scope, or its ranked (title, text) answers."""

    out_of_scope: bool
    answers: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Metrics:
    n: int
    recall_at_1: float
    recall_at_3: float
    mrr: float
    misses: tuple[str, ...]

    def line(self, name: str) -> str:
        return (
            f"{name:<10} n={self.n:<3} recall@1={self.recall_at_1:.3f} "
            f"recall@3={self.recall_at_3:.3f} MRR={self.mrr:.3f}"
        )


System = Callable[[str], Outcome]


def load_questions(path: Path) -> list[Question]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            terms = tuple(t.lower() for t in d.get("terms") or ())
            out.append(Question(d["id"], d["question"], terms, bool(d.get("out_of_scope"))))
    return out


def first_hit(question: Question, outcome: Outcome) -> int | None:
    """The 1-based rank of the first answer that holds a term (1 for a flagged off-topic one)."""
    if question.out_of_scope:
        return 1 if outcome.out_of_scope else None
    if outcome.out_of_scope:
        return None
    for rank, (title, text) in enumerate(outcome.answers[:DEPTH], start=1):
        hay = f"{title}\n{text}".lower()
        if any(term in hay for term in question.terms):
            return rank
    return None


def evaluate(system: System, questions: Iterable[Question]) -> Metrics:
    ranks: list[int | None] = []
    misses: list[str] = []
    for q in questions:
        rank = first_hit(q, system(q.question))
        ranks.append(rank)
        if rank is None or rank > 3:
            misses.append(q.id)
    n = len(ranks)
    return Metrics(
        n=n,
        recall_at_1=sum(1 for r in ranks if r == 1) / n,
        recall_at_3=sum(1 for r in ranks if r is not None and r <= 3) / n,
        mrr=sum(1.0 / r for r in ranks if r is not None) / n,
        misses=tuple(misses),
    )


def crampcare_system(mode: str) -> System:
    from crampcare.search import Searcher

    searcher = Searcher(Path(tempfile.mkdtemp(prefix="ask-eval-")))

    def run(question: str) -> Outcome:
        result = searcher.ask(question, k=DEPTH, mode=mode)  # type: ignore[arg-type]
        return Outcome(result.out_of_scope, tuple((a.title, a.text) for a in result.answers))

    return run


def seed_paragraphs(folder: Path = SEEDS) -> list[str]:
    """The seed articles cut at blank lines: the raw material, unedited."""
    paragraphs: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs += [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return paragraphs


def baseline_system(paragraphs: list[str]) -> System:
    """Plain BM25 over seed paragraphs: tantivy's default analyzer, the question as typed."""
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("body", stored=True)
    schema = builder.build()
    index = tantivy.Index(schema)
    writer = index.writer(heap_size=15_000_000, num_threads=1)
    for p in paragraphs:
        writer.add_document(tantivy.Document(body=p))
    writer.commit()
    index.reload()
    searcher = index.searcher()

    def run(question: str) -> Outcome:
        query, _errors = index.parse_query_lenient(re.sub(r"[^\w\s]", " ", question), ["body"])
        hits = searcher.search(query, DEPTH).hits
        return Outcome(False, tuple(("", searcher.doc(a)["body"][0]) for _, a in hits))

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "sets",
        nargs="*",
        type=Path,
        default=[DEV_SET, HELD_OUT, HELD_OUT_2, HELD_OUT_3, HELD_OUT_4],
    )
    parser.add_argument("--modes", default="lexical,hybrid")
    parser.add_argument("--misses", action="store_true", help="List the ids missed at 3.")
    args = parser.parse_args(argv)
    from crampcare.search.semantic import available

    modes = [m for m in args.modes.split(",") if m]
    if "hybrid" in modes and not available():
        print("hybrid: skipped (the semantic extra is not installed)")
        modes.remove("hybrid")
    systems: dict[str, System] = {m: crampcare_system(m) for m in modes}
    systems["baseline"] = baseline_system(seed_paragraphs())
    for path in args.sets:
        questions = load_questions(path)
        print(f"== {path.name} ({len(questions)} questions)")
        for name, system in systems.items():
            metrics = evaluate(system, questions)
            print(metrics.line(name))
            if args.misses and metrics.misses:
                print(f"{'':<10} missed: {', '.join(metrics.misses)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
