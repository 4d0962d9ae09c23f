"""Checks on the knowledge base beyond what the schema can say.

The schema validates each entry alone; the lint looks across entries and at the
seed articles: references resolve, seed passages are real, our text is our own.
"""

from __future__ import annotations

import re
from pathlib import Path

from crampcare.knowledge.clinical_lint import clinical_lint
from crampcare.knowledge.loader import KnowledgeBase
from crampcare.knowledge.prose import Problem, prose
from crampcare.knowledge.schema import (
    SEED_FILES,
    Acupoint,
    Cause,
    CoverageItem,
    Food,
    Prevention,
    Technique,
)

#: Our text may share at most this many consecutive words with a seed.
MAX_SHARED_WORDS = 11
#: A seed passage locator is a short quote: at most this many words.
MAX_LOCATOR_WORDS = 12

_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    """Lower-case words, punctuation dropped: the unit of the copy check."""
    return _WORD.findall(text.lower().replace("’", "'"))


def normalise(text: str) -> str:
    return " ".join(words(text))


def seed_texts(seeds_dir: Path) -> dict[str, str]:
    """The seed articles by file name (only those that exist)."""
    return {
        name: (seeds_dir / name).read_text(encoding="utf-8")
        for name in SEED_FILES
        if (seeds_dir / name).is_file()
    }


def _ngrams(ws: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(ws[i : i + n]) for i in range(len(ws) - n + 1)}


def check_copying(kb: KnowledgeBase, seeds: dict[str, str]) -> list[Problem]:
    """Text that repeats more than MAX_SHARED_WORDS consecutive words of a seed."""
    n = MAX_SHARED_WORDS + 1
    grams: dict[tuple[str, ...], str] = {}
    for name, text in seeds.items():
        for g in _ngrams(words(text), n):
            grams.setdefault(g, name)
    problems = []
    for entry in kb:
        for fieldname, text in prose(entry):
            ws = words(text)
            for i in range(len(ws) - n + 1):
                g = tuple(ws[i : i + n])
                if g in grams:
                    problems.append(
                        Problem(
                            entry.id,
                            f"{fieldname} copies {n}+ words from {grams[g]}: "
                            f"'{' '.join(g)}'; write it in our own words",
                        )
                    )
                    break
    return problems


def check_references(kb: KnowledgeBase) -> list[Problem]:
    """Ids named by entries and by the coverage map must exist."""
    problems: list[Problem] = []

    def need(where: str, ref: str, what: str) -> None:
        if ref not in kb:
            problems.append(Problem(where, f"{what} names unknown id {ref!r}"))

    for e in kb:
        for ref in e.related:
            need(e.id, ref, "related")
        if isinstance(e, Cause):
            for ref in e.prevention:
                need(e.id, ref, "prevention")
        if isinstance(e, Prevention):
            for ref in e.techniques:
                need(e.id, ref, "techniques")
        if isinstance(e, Technique):
            for i, step in enumerate(e.steps):
                for ref in (*((step.point,) if step.point else ()), *step.also_points):
                    need(e.id, ref, f"steps[{i}] point")
                    if ref in kb and not isinstance(kb.entries[ref], Acupoint):
                        problems.append(
                            Problem(e.id, f"steps[{i}] point {ref!r} is not an acupoint")
                        )
        if isinstance(e, Acupoint) and e.id != e.code.lower():
            problems.append(
                Problem(e.id, f"an acupoint's id is its code in lower case: {e.code.lower()}")
            )
        if isinstance(e, Food) and e.grade is None:
            problems.append(Problem(e.id, "a food needs a grade"))
    for item in kb.coverage:
        for ref in item.ids:
            need(f"coverage {item.seed} '{item.passage[:30]}'", ref, "ids")
    return problems


def check_passages(kb: KnowledgeBase, seeds: dict[str, str]) -> list[Problem]:
    """Every seed citation's passage is a short quote really found in that seed."""
    norm = {name: normalise(text) for name, text in seeds.items()}
    problems = []
    for e in kb:
        for src in e.sources:
            if src.seed is None or src.passage is None or src.seed not in norm:
                continue
            quote = normalise(src.passage)
            if len(quote.split()) > MAX_LOCATOR_WORDS:
                problems.append(
                    Problem(
                        e.id,
                        f"passage quote longer than {MAX_LOCATOR_WORDS} words: {src.passage!r}",
                    )
                )
            if quote not in norm[src.seed]:
                problems.append(Problem(e.id, f"passage not found in {src.seed}: {src.passage!r}"))
    for item in kb.coverage:
        if item.seed in norm and normalise(item.passage) not in norm[item.seed]:
            problems.append(
                Problem(f"coverage {item.seed}", f"passage not found: {item.passage!r}")
            )
    return problems


def seed_paragraphs(text: str) -> list[str]:
    """A seed split into paragraphs: its non-empty lines."""
    return [line.strip() for line in text.splitlines() if normalise(line)]


#: A skip quote shorter than this must be the whole paragraph, so that a short,
#: common phrase marked "no advice" can never hide an advice paragraph.
MIN_SKIP_QUOTE_WORDS = 5


def accounts_for(item: CoverageItem, paragraph: str) -> bool:
    """Whether a coverage item's quote locates this (normalised) paragraph."""
    quote = normalise(item.passage)
    if not quote or f" {quote} " not in f" {paragraph} ":
        return False
    return bool(item.ids) or quote == paragraph or len(quote.split()) >= MIN_SKIP_QUOTE_WORDS


def _paragraph_status(items: list[CoverageItem], paragraph: str) -> str:
    hits = [i for i in items if accounts_for(i, paragraph)]
    if any(i.ids for i in hits):
        return "mapped"
    return "skipped" if hits else "unmapped"


def uncovered(kb: KnowledgeBase, seeds: dict[str, str]) -> list[Problem]:
    """Seed paragraphs that no coverage item accounts for (neither ids nor skip)."""
    problems = []
    for name, text in seeds.items():
        items = [i for i in kb.coverage if i.seed == name]
        for para in seed_paragraphs(text):
            if _paragraph_status(items, normalise(para)) == "unmapped":
                problems.append(Problem(f"coverage {name}", f"paragraph not mapped: {para[:80]!r}"))
    return problems


def coverage_figures(kb: KnowledgeBase, seeds: dict[str, str]) -> dict[str, int]:
    """Paragraph counts: total, mapped to entries, skipped as no advice, unmapped."""
    counts = {"paragraphs": 0, "mapped": 0, "skipped": 0, "unmapped": 0}
    for name, text in seeds.items():
        items = [i for i in kb.coverage if i.seed == name]
        for para in seed_paragraphs(text):
            counts["paragraphs"] += 1
            counts[_paragraph_status(items, normalise(para))] += 1
    return counts


def lint(kb: KnowledgeBase, seeds_dir: Path | None = None) -> list[Problem]:
    """All problems; the seed checks run when the seed articles are at hand."""
    problems = check_references(kb) + clinical_lint(kb)
    if seeds_dir is not None:
        seeds = seed_texts(seeds_dir)
        problems += check_copying(kb, seeds)
        problems += check_passages(kb, seeds)
        problems += uncovered(kb, seeds)
    return problems
