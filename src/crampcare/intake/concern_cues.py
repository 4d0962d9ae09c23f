"""The concern cues of free-text intake, read once from ``lexicon/concerns.yaml``.

What a cue is (its patterns, companions, settling question and the signs that
raise it), the shape the file must have, and the compiled cues that
``crampcare.intake.concerns`` finds a text's open concerns with. Kept apart from
the finding because the file's shape and its validation are one idea, and which
cues a parsed text leaves open is another.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple, cast

from crampcare.intake.lazy import Lazy
from crampcare.intake.lexicon import LexiconError
from crampcare.intake.model import ConcernLevel
from crampcare.intake.shape import one_of, record, strings
from crampcare.word_finder import Offers

_TOPIC = re.compile(r"^[a-z_]+$")
#: The levels a cue may carry or be raised to, most urgent first.
LEVELS: tuple[ConcernLevel, ...] = ("emergency", "urgent", "doctor")


class Raise(NamedTuple):
    """A seen-but-unsettled cue plus a sign that corroborates it is its red flag.

    "grey leg" alone asks; "grey leg" with "worst pain" or "can barely wiggle my
    toes" is the cold limb's emergency. ``with_`` patterns (all) are searched in
    the cue's sentence, or in the whole text when ``anywhere``; ``if_`` (any)
    are Intake keys as in ``resolved_by`` ("pregnant", "who=child").
    """

    level: ConcernLevel
    with_: tuple[str, ...]
    if_: tuple[str, ...]
    anywhere: bool
    #: What the raised concern says when the sign makes it another red flag than the
    #: cue's own (a collapse in the heat is heat stroke, not a fit); else the cue's reason.
    reason: str | None = None
    #: Words in the cue's sentence that make this sign no corroboration: one leg
    #: "jerking into spasms" in a child is a spasm, not the child's fit.
    unless: str | None = None


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
    #: Corroborating signs that raise the concern to its rule's level (``Raise``).
    raises: tuple[Raise, ...] = ()
    #: ``with_`` may be told in another sentence ("It's still going. Stretching: nothing").
    with_anywhere: bool = False
    #: The cue counts inside a lay phrase too: the phrase settled another field than the
    #: one the cue asks about ("still locked" says stretching failed, not for how long).
    in_phrases: bool = False
    #: The ``with_`` words count only when they are not denied themselves: "counted
    #: every tablet, nothing's missing" (off for cues whose companions are a failure
    #: told with a denial: "hasn't eased even though I've stretched").
    with_said: bool = False
    #: The cue makes no concern when the text denies one of these ("field=value") of the
    #: patient: "worried about lead. I don't work with it" (the exposure it asks about).
    denied_by: tuple[str, ...] = ()


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
            "raise": list,
            "with_anywhere": bool,
            "in_phrases": bool,
            "with_said": bool,
            "denied_by": list,
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
        level=cast(ConcernLevel, one_of(level, where, LEVELS)) if level is not None else None,
        resolved_by=strings(c.get("resolved_by", []), where, empty=True),
        only_if=strings(c.get("only_if", []), where, empty=True),
        raises=tuple(_raise(r, where) for r in c.get("raise", [])),
        with_anywhere=bool(c.get("with_anywhere", False)),
        in_phrases=bool(c.get("in_phrases", False)),
        with_said=bool(c.get("with_said", False)),
        denied_by=strings(c.get("denied_by", []), where, empty=True),
    )


def _raise(data: Any, where: str) -> Raise:
    r = record(
        data,
        where,
        {"level": str},
        {"with": list, "if": list, "anywhere": bool, "reason": str, "unless": str},
    )
    if not (r.get("with") or r.get("if")):
        raise LexiconError(f"{where}: a raise needs `with` or `if`")
    return Raise(
        level=cast(ConcernLevel, one_of(r["level"], where, LEVELS)),
        with_=strings(r.get("with", []), where, empty=True),
        if_=strings(r.get("if", []), where, empty=True),
        anywhere=bool(r.get("anywhere", False)),
        reason=r.get("reason"),
        unless=r.get("unless"),
    )


class CompiledCue(NamedTuple):
    cue: Cue
    patterns: tuple[Lazy, ...]
    with_: tuple[Lazy, ...]
    unless: Lazy | None
    raises: tuple[tuple[Raise, tuple[Lazy, ...], Lazy | None], ...] = ()


class Cues(NamedTuple):
    cues: tuple[CompiledCue, ...]
    #: Field path (or its prefix) -> question that settles an uncertain finding.
    uncertain: dict[str, str]
    #: The cues by their patterns' triggers: a text is offered only the cues whose
    #: words it holds, and those with a pattern without triggers (``_offered``).
    offers: Offers


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
        CompiledCue(
            c,
            tuple(Lazy(p) for p in c.patterns),
            tuple(Lazy(w) for w in c.with_),
            Lazy(c.unless) if c.unless else None,
            tuple(
                (r, tuple(Lazy(w) for w in r.with_), Lazy(r.unless) if r.unless else None)
                for r in c.raises
            ),
        )
        for c in items
    )
    # A cue with a pattern that has no triggers may match any text: it names no words.
    words = (
        ()
        if any(not p.triggers for p in c.patterns)
        else [t for p in c.patterns for t in p.triggers]
        for c in compiled
    )
    return Cues(compiled, uncertain, Offers(words))


def question_for(path: str) -> str | None:
    """The question that settles an uncertain finding at ``path``."""
    table = cues().uncertain
    while path:
        if path in table:
            return table[path]
        path = path.rpartition(".")[0]
    return None
