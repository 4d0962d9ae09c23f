"""Fail-safe concerns: worrying cues the reader saw but could not settle.

The cue list is data (``knowledge/data/lexicon/concerns.yaml``), each with a
stable topic, a plain reason, the question that settles it and, where its own
rule says so, the level it raises to. A cue makes no concern when the parse
already resolved it into a present finding, when its words sit inside a
matched lay phrase, or when it is denied, hypothetical, historical or someone
else's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any, NamedTuple, cast

from crampcare.intake import context
from crampcare.intake.lazy import Lazy
from crampcare.intake.lexicon import LexiconError
from crampcare.intake.model import Concern, ConcernLevel, Intake
from crampcare.intake.shape import one_of, record, strings

_TOPIC = re.compile(r"^[a-z_]+$")
_LEVELS: tuple[ConcernLevel, ...] = ("emergency", "urgent", "doctor")


class Cue(NamedTuple):
    topic: str
    patterns: tuple[str, ...]
    with_: tuple[str, ...]
    unless: str | None
    reason: str
    question: str | None
    level: ConcernLevel | None
    resolved_by: tuple[str, ...]
    #: Intake fields that must be present for the cue to matter ("a headache" in pregnancy).
    only_if: tuple[str, ...] = ()


def _cue(data: Any) -> Cue:
    where = "lexicon/concerns.yaml"
    c = record(
        data,
        where,
        {"topic": str, "patterns": list, "reason": str},
        {
            "with": list,
            "unless": str,
            "question": str,
            "level": str,
            "resolved_by": list,
            "only_if": list,
        },
    )
    if not _TOPIC.match(c["topic"]):
        raise LexiconError(f"{where}: topic {c['topic']!r} must be lower_case_words")
    where = f"{where}: {c['topic']}"
    level = c.get("level")
    return Cue(
        topic=c["topic"],
        patterns=strings(c["patterns"], where),
        with_=strings(c.get("with", []), where, empty=True),
        unless=c.get("unless"),
        reason=c["reason"],
        question=c.get("question"),
        level=cast(ConcernLevel, one_of(level, where, _LEVELS)) if level is not None else None,
        resolved_by=strings(c.get("resolved_by", []), where, empty=True),
        only_if=strings(c.get("only_if", []), where, empty=True),
    )


class _CompiledCue(NamedTuple):
    cue: Cue
    patterns: tuple[Lazy, ...]
    with_: tuple[Lazy, ...]
    unless: Lazy | None


class Cues(NamedTuple):
    cues: tuple[_CompiledCue, ...]
    #: Field path (or its prefix) -> question that settles an uncertain finding.
    uncertain: dict[str, str]


@cache
def cues() -> Cues:
    """The packaged concern cues, validated and compiled once."""
    from crampcare.intake.lexicon import load_yaml

    top = record(
        load_yaml("concerns.yaml"), "lexicon/concerns.yaml", {"concerns": list, "uncertain": dict}
    )
    items = tuple(_cue(c) for c in top["concerns"])
    uncertain = {str(k): str(v) for k, v in top["uncertain"].items()}
    # Question ids are checked against intake.questions by the tests, not on every run.
    compiled = tuple(
        _CompiledCue(
            c,
            tuple(Lazy(p) for p in c.patterns),
            tuple(Lazy(w) for w in c.with_),
            Lazy(c.unless) if c.unless else None,
        )
        for c in items
    )
    return Cues(compiled, uncertain)


def question_for(path: str) -> str | None:
    """The question that settles an uncertain finding at ``path``."""
    table = cues().uncertain
    while path:
        if path in table:
            return table[path]
        path = path.rpartition(".")[0]
    return None


def _present(intake: Intake, key: str) -> bool:
    from crampcare.triage_rules import resolve

    path, _, wanted = key.partition("=")
    value: Any = resolve(intake, path)
    if wanted:
        if isinstance(value, list | set | tuple):
            return wanted in value
        return bool(value == wanted)
    if isinstance(value, list | set | tuple | dict):
        return bool(value)
    return value is not None


def _truthy(intake: Intake, key: str) -> bool:
    """A present and true value: ``pregnant`` is False (not unknown) by default."""
    from crampcare.triage_rules import resolve

    return bool(resolve(intake, key))


class Sentence(NamedTuple):
    """One sentence as the parse saw it: its text and the spans of matched phrases."""

    text: str
    spans: tuple[tuple[int, int], ...]


def find(intake: Intake, sentences: Sequence[Sentence], others_count: bool) -> list[Concern]:
    """The concerns left open in a parsed text.

    ``others_count``: the text is about someone other than the writer, so a
    cue in a clause about another person is still the patient's.
    """
    out: dict[str, Concern] = {}
    for c in cues().cues:
        cue = c.cue
        lowered = [s.text.lower() for s in sentences]
        if not any(p.possible(low) for low in lowered for p in c.patterns):
            continue
        if any(_present(intake, key) for key in cue.resolved_by):
            continue
        if not all(_truthy(intake, key) for key in cue.only_if):
            continue
        for s, low in zip(sentences, lowered, strict=True):
            if not any(p.possible(low) for p in c.patterns):
                continue
            if not all(w.search(s.text, low) for w in c.with_):
                continue
            if c.unless and c.unless.search(s.text, low):
                continue
            hits = (m for p in c.patterns for m in p.finditer(s.text, low))
            for m in hits:
                if any(a <= m.start() < b for a, b in s.spans):
                    continue  # read as part of a lay phrase: settled there
                ctx = context.read(s.text, m.start(), m.end(), s.spans)
                if ctx.negated or ctx.hypothetical or ctx.historical:
                    continue
                if ctx.other and not others_count:
                    continue
                left, right = context.bounds(s.text, m.start(), m.end(), s.spans)
                out[cue.topic] = Concern(
                    topic=cue.topic,
                    words=s.text[left:right].strip(" ,;-") or m.group(),
                    reason=cue.reason,
                    question=cue.question,
                    level=cue.level,
                )
                break
            if cue.topic in out:
                break
    return list(out.values())
