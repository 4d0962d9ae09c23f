"""The clause caches: what each packaged pattern needs before it is worth trying.

Two tables are worked out ahead and shipped beside the lexicon: ``clauses.json`` for the
lexicon's phrases and places, ``lazy_clauses.json`` for the context rules, concern cues and
compounds. ``python -m crampcare.intake.clause_caches`` writes both after a pattern is
edited; a test checks each is current (a stale entry is never wrong, only slower).

This module stands apart from the patterns' own modules because it reads them all: the
context rules and concern cues are built on :mod:`crampcare.intake.lazy`, and reading
them from there would close a circle of imports.
"""

from __future__ import annotations

from typing import Any

from crampcare.intake import lazy, lexicon
from crampcare.intake.concern_cues import cues
from crampcare.intake.context_rules import rules
from crampcare.intake.prefilter import requirements


def packaged() -> list[lazy.Lazy]:
    """Every pattern of the packaged context rules, concern cues and compounds."""
    r = rules()
    found: list[Any] = [rule.pattern for rule in r.rules]
    found += [r.lasting, r.retraction]
    for c in cues().cues:
        found += [*c.patterns, *c.with_, c.unless]
        for _, with_, unless in c.raises:
            found += [*with_, unless]
    for compound, parts in lexicon.compounds():
        found += [*parts, *compound.unless]
    return [p for p in found if isinstance(p, lazy.Lazy)]


def lazy_clause_table() -> dict[str, list[list[str]]]:
    """The clauses of every packaged lazy pattern that has some, as stored in the cache."""
    table: dict[str, list[list[str]]] = {}
    for pattern in packaged():
        found = requirements(pattern.source, pattern.trigger_set)
        if found:
            table[pattern.source] = [sorted(c) for c in found]
    return dict(sorted(table.items()))


def write() -> None:
    """Refresh both caches in the package's data folder."""
    import json
    from pathlib import Path

    target = Path(__file__).resolve().parent.parent / "knowledge" / "data" / "lexicon"
    for name, table in (
        (lexicon.CLAUSE_CACHE, lexicon.clause_table()),
        (lazy.CLAUSE_CACHE, lazy_clause_table()),
    ):
        text = json.dumps(table, indent=0, sort_keys=True, ensure_ascii=False)
        (target / name).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":  # python -m crampcare.intake.clause_caches
    write()
