"""The context rules of free-text intake, read once from ``lexicon/context.yaml``.

What ConText's categories are, the shape the file must have, and the compiled
rules (triggers, terminators and the sentence-wide frames) that
``crampcare.intake.context`` reads a finding's context with.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Any, Literal, NamedTuple, cast

from crampcare.intake.lazy import Lazy
from crampcare.intake.lexicon import LexiconError
from crampcare.intake.shape import one_of, record, strings

Category = Literal["negated", "hypothetical", "historical", "other", "uncertain"]


CATEGORIES: tuple[Category, ...] = ("negated", "hypothetical", "historical", "other", "uncertain")


class Rule(NamedTuple):
    direction: Literal["forward", "backward"]
    scope_words: int
    triggers: tuple[str, ...]
    #: The cue reaches only its own item of a list: no comma between it and the finding.
    item_only: bool = False
    #: A pattern the sentence must hold before the finding for the cue to apply: "what do I
    #: do" makes the signs before it a question only after an "if" ("if her lips go blue
    #: what should I do?"; "LEG COLD AND PALE WHAT DO I DO" tells them).
    only_after: str | None = None


def _rules_of(data: Any) -> tuple[dict[str, Any], dict[Category, tuple[Rule, ...]]]:
    """The file's top level and its rules by category, shape-checked."""
    top = record(
        data,
        "lexicon/context.yaml",
        {"terminators": list, "categories": dict},
        {
            "self_signals": list,
            "self_contrasts": list,
            "uncertain_still_fires": list,
            "historical_still_fires": list,
            "uncertain_fires_with": dict,
            "asked_fires_with": dict,
            "lasting": list,
            "outsiders": list,
            "past_episodes": list,
            "short_now": list,
            "retractions": list,
            "retraction_doubts": list,
            "answered_fears": dict,
            "resolutions": dict,
            "resolutions_in_sentence": dict,
            "resolutions_voided_by": dict,
            "settled_later": list,
            "settled_later_not": list,
            "possessed": dict,
            "writer_states": dict,
            "other_subjects": list,
            "reported_subjects": list,
            "reported_selves": list,
            "self_words": list,
            "self_word_exceptions": list,
            "happening_now": list,
            "claims_read": list,
            "claim_ends": list,
            "cause_questions": list,
            "exposure_words": list,
            "conditional_questions": list,
            "conditional_asks": list,
            "conditional_anchors": list,
            "denial_hedges": list,
            "denial_corrections": list,
            "questions_claimed": list,
        },
    )
    categories: dict[Category, tuple[Rule, ...]] = {}
    for name, items in top["categories"].items():
        where = f"lexicon/context.yaml: {name}"
        category = cast(Category, one_of(name, where, CATEGORIES))
        if not isinstance(items, list):
            raise LexiconError(f"{where}: expected a list of rules")
        rules_ = []
        for item in items:
            rule = record(
                item,
                where,
                {"direction": str, "scope_words": int, "triggers": list},
                {"item_only": bool, "only_after": str},
            )
            direction = one_of(rule["direction"], where, ("forward", "backward"))
            if not 1 <= rule["scope_words"] <= 30:
                raise LexiconError(f"{where}: scope_words must be 1 to 30")
            rules_.append(
                Rule(
                    cast(Literal["forward", "backward"], direction),
                    rule["scope_words"],
                    strings(rule["triggers"], where),
                    rule.get("item_only", False),
                    rule.get("only_after"),
                )
            )
        categories[category] = tuple(rules_)
    return top, categories


class CompiledRule(NamedTuple):
    category: Category
    forward: bool
    scope: int
    pattern: Lazy
    item_only: bool = False
    only_after: re.Pattern[str] | None = None


class Rules(NamedTuple):
    terminator: re.Pattern[str]
    rules: tuple[CompiledRule, ...]
    #: Only texts about someone else ask it, so it compiles on first use (``_compiled``).
    self_signal: str
    #: Said after another person's cramps, the writer sets themselves apart from them.
    self_contrast: str
    uncertain_still_fires: frozenset[str]
    historical_still_fires: frozenset[str]
    #: An uncertain finding at this path fires when the text also holds one of these
    #: ("path" or "path=value"): a doubtful sign of a clot after an operation.
    uncertain_fires_with: dict[str, tuple[str, ...]]
    #: The same for a finding asked about in a question, beside its cause told as fact.
    asked_fires_with: dict[str, tuple[str, ...]]
    #: Words that say a finding still holds though dated ("diagnosed last year").
    lasting: Lazy | None = None
    #: Who, named by an "other" trigger, is outside the family (``Context.outsider``).
    outsiders: re.Pattern[str] | None = None
    #: An earlier episode ("last time", "the worst one I've ever had"): a length told
    #: after it in its sentence is that episode's.
    past_episode: re.Pattern[str] | None = None
    #: Words that tell the cramps now are short ("now they're shorter").
    short_now: re.Pattern[str] | None = None
    #: Words that take back what was feared earlier in the sentence ("thought he'd
    #: swallowed one, false alarm, found it under the sofa"): the finding is ruled out.
    retraction: Lazy | None = None
    #: Words just before a retraction that doubt or deny it ("hoped it was a false alarm").
    retraction_doubt: re.Pattern[str] | None = None
    #: A fear before a finding ("thinking I was having a fit") and a short answer after
    #: it ("I wasn't"): together they rule the finding out.
    fear: re.Pattern[str] | None = None
    fear_answer: re.Pattern[str] | None = None
    #: Signs of a fit in the sentence that keep the fear whatever the answer.
    fear_kept: re.Pattern[str] | None = None
    #: Words later in a sentence that say a sign of one kind has gone ("the swelling's
    #: gone", "warmed up fine"), by the sign's path: that sign is over.
    resolutions: Mapping[str, re.Pattern[str]] = MappingProxyType({})
    #: The same, told anywhere in the sentence ("ER ... for chest pain, turned out to be
    #: reflux"): a clinician's finding of another cause.
    resolutions_in_sentence: Mapping[str, re.Pattern[str]] = MappingProxyType({})
    #: Words anywhere in the text that keep a sign of that path from being settled by its
    #: resolutions ("breathing back to normal" after a sprint, with a swollen calf told).
    resolutions_voided_by: Mapping[str, re.Pattern[str]] = MappingProxyType({})
    #: Words before a sign in its sentence that tell it as feared or as said earlier
    #: ("thought my leg was swollen", "I said my foot went white"): such a sign may be
    #: settled by its resolutions in a later sentence of the message.
    settled_later: re.Pattern[str] | None = None
    #: Words of a later sentence that keep it from settling such a sign: another limb, a
    #: side or someone else ("her hand was white too, now pink and warm").
    settled_later_not: re.Pattern[str] | None = None
    #: Fields read as had whatever the sentence wonders, when a possessive stands right
    #: before them ("could my statin be causing this?"), and that possessive.
    possessed_fields: frozenset[str] = frozenset()
    possessed_before: re.Pattern[str] | None = None
    #: Fields that are a person's lasting state, the writer's own when told in a clause whose
    #: subject is the writer (``writer_subject``, with no one else named in it,
    #: ``writer_others``) or with "myself" after (``writer_after``).
    writer_fields: frozenset[str] = frozenset()
    writer_subject: re.Pattern[str] | None = None
    writer_others: re.Pattern[str] | None = None
    writer_after: re.Pattern[str] | None = None
    writer_shared: re.Pattern[str] | None = None
    writer_own_body: re.Pattern[str] | None = None
    relative_shared: re.Pattern[str] | None = None
    writer_asides: re.Pattern[str] | None = None
    writer_first_person: re.Pattern[str] | None = None
    #: Another's lasting state told in a "who" clause right after them (``writer_fields``).
    relative_state: re.Pattern[str] | None = None
    #: Another person as a sentence's subject: theirs to the end, across clause breaks.
    other_subject: re.Pattern[str] | None = None
    #: Words that end such a subject's reach (the writer speaks of themselves), and the
    #: ones that do not ("told me", "(not me)").
    self_words: re.Pattern[str] | None = None
    self_word_exceptions: re.Pattern[str] | None = None
    #: A claim read or heard, opening the sentence: what it says is no finding.
    claim_read: re.Pattern[str] | None = None
    #: A new clause telling someone's state ("..., he has a stiff neck"): a claim ends there.
    claim_end: re.Pattern[str] | None = None
    #: A cause asked about right after its name ("could mercury be giving me cramps?"),
    #: unless the finding's own words tell of an exposure (``exposure_words``).
    cause_question: re.Pattern[str] | None = None
    exposure_words: re.Pattern[str] | None = None
    #: What another person reported, with a third person as the reported clause's subject
    #: ("her sister says she took ..."): the reporter is not the one it happened to.
    reported_subject: re.Pattern[str] | None = None
    #: ... and with the writer as its subject or its body ("told me to mention I'm diabetic").
    reported_self: re.Pattern[str] | None = None
    #: Another person's emergency told as happening now: not set aside (fail safe).
    happening_now: re.Pattern[str] | None = None
    #: A question put as a condition, opening its sentence ("what if my leg ever went
    #: cold?"): what it names is hypothetical to the end when the sentence asks
    #: (``conditional_ask``) and ties nothing to now or a real past (``conditional_anchor``).
    conditional: re.Pattern[str] | None = None
    conditional_ask: re.Pattern[str] | None = None
    conditional_anchor: re.Pattern[str] | None = None
    #: A denial hedged ("not ... really", "not exactly") and then corrected in the same
    #: sentence ("..., just ...", "..., more like ..."): the sign is told in other words.
    denial_hedge: re.Pattern[str] | None = None
    denial_correction: re.Pattern[str] | None = None
    #: The writer's own case told after a general question (``questions_claimed``).
    question_claimed: re.Pattern[str] | None = None


@cache
def rules() -> Rules:
    """The packaged context rules, validated and compiled once per process."""
    from crampcare.intake.lexicon import load_yaml

    top, categories = _rules_of(load_yaml("context.yaml"))
    where = "lexicon/context.yaml"
    lasting = strings(top.get("lasting", []), where, empty=True)
    outsiders = strings(top.get("outsiders", []), where, empty=True)
    past = strings(top.get("past_episodes", []), where, empty=True)
    retractions = strings(top.get("retractions", []), where, empty=True)
    doubts = strings(top.get("retraction_doubts", []), where, empty=True)
    answered = top.get("answered_fears", {})

    def joined(items: Any, at: str = where) -> re.Pattern[str] | None:
        found = strings(items, at, empty=True)
        return re.compile("|".join(f"(?:{t})" for t in found), re.IGNORECASE) if found else None

    def either(key: str) -> re.Pattern[str] | None:
        return joined(top.get(key, []))

    def by_path(key: str) -> dict[str, re.Pattern[str]]:
        # Whole words only: a sign's words said to have gone, by the sign's path.
        return {
            str(path): re.compile(
                "(?<![\\w'])(?:"
                + "|".join(f"(?:{t})" for t in strings(found, f"{where}: {key}"))
                + ")(?![\\w'])",
                re.IGNORECASE,
            )
            for path, found in top.get(key, {}).items()
        }

    compiled = tuple(
        CompiledRule(
            category,
            rule.direction == "forward",
            rule.scope_words,
            Lazy(trigger),
            rule.item_only,
            re.compile(rule.only_after, re.IGNORECASE) if rule.only_after else None,
        )
        for category, items in categories.items()
        for rule in items
        for trigger in rule.triggers
    )
    signals = "|".join(f"(?:{s})" for s in strings(top.get("self_signals", []), where, empty=True))
    return Rules(
        terminator=re.compile(
            "|".join(f"(?:{t})" for t in strings(top["terminators"], where)), re.IGNORECASE
        ),
        rules=compiled,
        self_signal=signals,
        self_contrast="|".join(
            f"(?:{s})" for s in strings(top.get("self_contrasts", []), where, empty=True)
        ),
        uncertain_still_fires=frozenset(
            strings(top.get("uncertain_still_fires", []), where, empty=True)
        ),
        historical_still_fires=frozenset(
            strings(top.get("historical_still_fires", []), where, empty=True)
        ),
        uncertain_fires_with={
            str(path): strings(keys, f"{where}: uncertain_fires_with")
            for path, keys in top.get("uncertain_fires_with", {}).items()
        },
        asked_fires_with={
            str(path): strings(keys, f"{where}: asked_fires_with")
            for path, keys in top.get("asked_fires_with", {}).items()
        },
        lasting=Lazy("|".join(f"(?:{t})" for t in lasting)) if lasting else None,
        outsiders=re.compile("|".join(f"(?:{t})" for t in outsiders), re.IGNORECASE)
        if outsiders
        else None,
        past_episode=re.compile(
            "(?<![\\w'])(?:" + "|".join(f"(?:{t})" for t in past) + ")(?![\\w'])", re.IGNORECASE
        )
        if past
        else None,
        retraction=Lazy("|".join(f"(?:{t})" for t in retractions)) if retractions else None,
        retraction_doubt=re.compile("|".join(f"(?:{t})" for t in doubts), re.IGNORECASE)
        if doubts
        else None,
        fear=joined(answered.get("fears", []), f"{where}: answered_fears"),
        fear_answer=joined(answered.get("answers", []), f"{where}: answered_fears"),
        fear_kept=joined(answered.get("unless", []), f"{where}: answered_fears"),
        resolutions=by_path("resolutions"),
        resolutions_in_sentence=by_path("resolutions_in_sentence"),
        resolutions_voided_by=by_path("resolutions_voided_by"),
        settled_later=either("settled_later"),
        settled_later_not=either("settled_later_not"),
        possessed_fields=frozenset(
            strings(top.get("possessed", {}).get("fields", []), where, empty=True)
        ),
        possessed_before=re.compile(top["possessed"]["before"], re.IGNORECASE)
        if top.get("possessed", {}).get("before")
        else None,
        writer_fields=frozenset(
            strings(top.get("writer_states", {}).get("fields", []), where, empty=True)
        ),
        writer_subject=joined(top.get("writer_states", {}).get("subject", [])),
        writer_others=joined(top.get("writer_states", {}).get("others", [])),
        writer_after=joined(top.get("writer_states", {}).get("after", [])),
        writer_shared=joined(top.get("writer_states", {}).get("shared", [])),
        writer_own_body=joined(top.get("writer_states", {}).get("own_body", [])),
        relative_shared=joined(top.get("writer_states", {}).get("relative_shared", [])),
        writer_asides=joined(top.get("writer_states", {}).get("asides", [])),
        writer_first_person=joined(top.get("writer_states", {}).get("first_person", [])),
        relative_state=joined(top.get("writer_states", {}).get("relative", [])),
        short_now=either("short_now"),
        other_subject=either("other_subjects"),
        reported_subject=either("reported_subjects"),
        reported_self=either("reported_selves"),
        self_words=either("self_words"),
        self_word_exceptions=either("self_word_exceptions"),
        happening_now=either("happening_now"),
        claim_read=either("claims_read"),
        claim_end=either("claim_ends"),
        cause_question=either("cause_questions"),
        exposure_words=either("exposure_words"),
        conditional=either("conditional_questions"),
        conditional_ask=either("conditional_asks"),
        conditional_anchor=either("conditional_anchors"),
        denial_hedge=either("denial_hedges"),
        denial_correction=either("denial_corrections"),
        question_claimed=either("questions_claimed"),
    )
