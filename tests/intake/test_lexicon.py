"""The intake lexicon is valid data: known Intake fields, real patterns, cited medicines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crampcare.intake import Intake
from crampcare.intake.lexicon import (
    _ALL_TRIGGERS,
    Compiled,
    LazyPattern,
    load_lexicon,
    present_triggers,
)
from crampcare.intake.model import MedicineClass
from crampcare.intake.prefilter import requirements, triggers
from crampcare.triage_rules import red_flags
from crampcare.typed import validate

LEX = load_lexicon()
ALL = LEX.phrases + tuple(c for group in LEX.place_groups for c in group)
_LISTS = {"locations", "contexts", "conditions", "events"}


def _as_intake(means: dict[str, Any]) -> Intake:
    data: dict[str, Any] = {}
    for path, value in means.items():
        head, _, rest = path.partition(".")
        if rest:
            data.setdefault(head, {})[rest] = value
        elif head in _LISTS:
            data[head] = value if isinstance(value, list) else [value]
        else:
            data[head] = value
    return validate(Intake, data)


@pytest.mark.parametrize("item", ALL, ids=[str(c.phrase.patterns[0])[:40] for c in ALL])
def test_every_phrase_means_valid_intake_values(item: Compiled) -> None:
    _as_intake(item.phrase.means)  # raises on an unknown field or value


def test_every_red_flag_symptom_has_lay_words() -> None:
    read = {f for r in red_flags() for f in r.when.fields() if f.startswith("symptoms.")}
    worded = {p for c in LEX.phrases for p in c.phrase.means}
    # Swelling words mean one calf or both legs depending on the words around them.
    worded.add("symptoms.swelling_both_legs")
    assert read - worded == set()


def test_medicine_classes_are_known_and_cited() -> None:
    known = set(MedicineClass.__args__)  # type: ignore[attr-defined]
    for cls in LEX.classes.values():
        assert cls.id in known
        assert all(s.url for s in cls.sources), cls.id


def test_no_medicine_word_belongs_to_two_classes() -> None:
    seen: dict[str, str] = {}
    for cls in LEX.classes.values():
        for med in cls.medicines:
            for word in (med.name, *med.brands):
                assert seen.setdefault(word.lower(), cls.id) == cls.id, word


def test_cramp_classes_are_the_ones_the_medicine_rule_names() -> None:
    rule = next(r for r in red_flags() if r.id == "rf_medicine")
    named = {c.contains for c in rule.when.any_ or () if c.field == "medicines"}
    cramping = {c.id for c in LEX.classes.values() if c.causes_cramps}
    assert cramping <= named


def _cover(seq: Any, trig: frozenset[str]) -> set[str] | None:
    """Literals one of which every match of ``seq`` contains, each holding a trigger."""
    from re import _constants as c  # type: ignore[attr-defined, unused-ignore]

    items = list(seq)
    for i, (op, av) in enumerate(items):
        if op is c.BRANCH:
            # The parser factors out shared prefixes ("le(ad|d) to"): put them back.
            parts = [_cover([*items[:i], *alt, *items[i + 1 :]], trig) for alt in av[1]]
            if any(p is None for p in parts):
                return None
            return set().union(*(p for p in parts if p is not None))
    candidates: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append({"".join(run)})
            run.clear()

    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av).lower())
            continue
        if op is c.AT:
            continue  # zero-width (\b): the literals on either side stay adjacent
        flush()
        sub: set[str] | None = None
        if op is c.SUBPATTERN:
            sub = _cover(av[3], trig)
        elif op is c.ATOMIC_GROUP:
            sub = _cover(av, trig)
        elif op is c.ASSERT:
            # A positive lookaround's letters are in every text the pattern matches too
            # ("is a(?= cramp)": the trigger stops before the finding it governs).
            sub = _cover(av[1], trig)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            sub = _cover(av[2], trig)
        if sub is not None:
            candidates.append(sub)
    flush()
    for cand in candidates:
        if all(any(t in lit for t in trig) for lit in cand):
            return cand
    return None


PATTERNS = [p for item in ALL for p in item.patterns]


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.source[:50] for p in PATTERNS])
def test_a_sentence_without_a_trigger_cannot_match(pattern: LazyPattern) -> None:
    """The speed-up that skips patterns is sound: every match holds a trigger word."""
    import re
    from re import _parser  # type: ignore[attr-defined, unused-ignore]

    assert pattern.regex.pattern  # compiles
    if not pattern.triggers:
        return  # always tried
    parsed = _parser.parse(pattern.source, re.IGNORECASE)
    assert _cover(parsed, pattern.triggers) is not None, (pattern.source, pattern.triggers)


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.source[:50] for p in PATTERNS])
def test_every_requirement_holds_for_every_match(pattern: LazyPattern) -> None:
    """The sharper prefilter is sound too: each clause covers every match of the pattern."""
    import re
    from re import _parser  # type: ignore[attr-defined, unused-ignore]

    parsed = _parser.parse(pattern.source, re.IGNORECASE)
    for clause in pattern.clauses:
        assert clause <= pattern.triggers, clause
        assert _cover(parsed, clause) is not None, (pattern.source, sorted(clause))


def test_requirements_need_every_part_of_a_sequence() -> None:
    clauses = requirements(
        r"(cramp|spasm)\w* (in|of) my (chest|stomach)",
        triggers(r"(cramp|spasm)\w* (in|of) my (chest|stomach)"),
    )
    assert set(clauses) == {frozenset({"cramp", "spasm"}), frozenset({"chest", "stomach"})}
    # A shared prefix the parser moves out of the alternatives is put back.
    assert requirements(r"(lead|led) to", frozenset({"lead", "led"})) == (
        frozenset({"lead", "led"}),
    )
    # An optional part or an alternative without letters requires nothing.
    assert requirements(r"(calf )?pain", frozenset({"calf", "pain"})) == (frozenset({"pain"}),)
    assert requirements(r"\d+ ?am|at night", frozenset({"night"})) == ()


def test_triggers_leave_out_optional_letters_and_escapes() -> None:
    assert triggers(r"seizures?") == {"seizure"}
    assert triggers(r"\bckd\b|numb\w*") == {"ckd", "numb"}
    assert triggers(r"(a|an) (x|y)") == frozenset()


_PIECES = st.one_of(
    st.sampled_from(sorted(_ALL_TRIGGERS)),
    st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyz '-.,3"), max_size=4),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_present_triggers_are_exactly_the_triggers_in_the_sentence(text: str) -> None:
    """Looking up letter runs' substrings finds what testing every trigger would find."""
    lowered = text.lower()
    expected = {t for t in _ALL_TRIGGERS if t in lowered}
    assert present_triggers(lowered) == expected


_SENTENCES = [
    "I woke at 3am with a cramp in my left calf and it is still cramping",
    "My chest muscles spasm and I can't breathe properly",
    "my 7 year old son gets cramps in his legs at night after football",
    "the spasm eased when I stretched and walked around",
    "period cramps are worse than usual this month",
    "my forearm keeps cramping when I write, and my right hand is numb",
]


def _case_texts() -> list[str]:
    import yaml

    folder = Path(__file__).parents[1] / "triage" / "cases"
    return [
        case["text"]
        for path in sorted(folder.glob("*.yaml"))
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
        if "text" in case
    ]


@pytest.mark.parametrize("sentence", _SENTENCES + _case_texts())
def test_the_trigger_index_offers_every_pattern_that_matches(sentence: str) -> None:
    present = present_triggers(sentence.lower())
    for index in (LEX.phrase_index, *LEX.place_indexes):
        for _, pattern in index.pairs:
            assert pattern.clauses is not None  # worked out now, so they filter below
        offered = {id(pattern) for _, pattern in index.candidates(present)}
        for _, pattern in index.pairs:
            if pattern.regex.search(sentence):
                assert id(pattern) in offered, pattern.source


def test_the_clause_cache_is_current() -> None:
    """lexicon/clauses.json holds the clauses of every pattern as they are now.

    Refresh it with ``python -m crampcare.intake.clause_caches`` after editing a pattern.
    """
    import json
    from importlib import resources

    from crampcare.intake.lexicon import clause_table

    path = resources.files("crampcare.knowledge") / "data" / "lexicon" / "clauses.json"
    assert json.loads(path.read_bytes()) == clause_table()
