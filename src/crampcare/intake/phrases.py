"""Lay phrases in one sentence: the matches chosen, and what each means here.

The lexicon's phrases are matched longest first without overlaps; a match's
meaning is set by its context (``crampcare.intake.context``) through
``crampcare.intake.findings``. A few signs depend on the words around them: a
swelling is one calf's, both legs' or not a leg's at all, and "red and hot" of
a child or the whole body is a fever, not a red, warm calf. Kept apart from the
parse, which only runs the reading steps over the sentences in turn.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from crampcare.intake import context
from crampcare.intake.findings import PERSON, fires, set_aside, set_finding
from crampcare.intake.lexicon import Compiled, PhraseIndex
from crampcare.intake.negation import clause
from crampcare.intake.state import State

_SWELLING = "symptoms.calf_swelling_one_side"
_RED_WARM = "symptoms.calf_red_warm"
# Hot skin all over (heat illness, fever) is not a red, warm calf.
_BODY = re.compile(
    r"(?<![\w'])(?:skin|body|forehead|face|head|all over|he'?s|she'?s|he is|she is|"
    r"little one|baby|toddler|child|kid|son|daughter|"
    # a child told by age alone: "4yo stiff neck, hot"
    r"(?:[1-9]|1[0-5]) ?(?:yo|y/o|yr old|yrs old|year[- ]old|years old))(?![\w'])",
    re.IGNORECASE,
)
_LEG = re.compile(
    r"(?<![\w'])(?:calf|calves|legs?|shins?|ankles?|thighs?|knees?|foot|feet|veins?|lump|it)(?![\w'])",
    re.IGNORECASE,
)
_ONE_SIDE = re.compile(
    r"(?<![\w'])(?:left|right|one|single|(?:that|the same|the operated|one) side)(?![\w'])",
    re.IGNORECASE,
)
_CALF = re.compile(r"(?<![\w'])(?:calf|calves|shins?|ankles?)(?![\w'])", re.IGNORECASE)
_BOTH = re.compile(r"(?<![\w'])(?:both|ankles|feet|legs|calves|thighs)(?![\w'])", re.IGNORECASE)
#: Swelling of "the ankles" told as a kind, no ankle owned ("doubled my furosemide for ankle
#: swelling", round s37, lead): the both-legs swelling water tablets are given for.
_ANKLE_SWELLING_KIND = re.compile(
    r"(?<![\w'])(?:for|with|has|have|had|got|get|gets|some|bad|of|and|or|any|no)"
    r"\s+ankle\s+(?:swelling|oedema|edema)(?![\w'])",
    re.IGNORECASE,
)
_NOT_LEG = re.compile(
    r"(?<![\w'])(?:glands?|face|eyes?|lips?|tongue|throat|tummy|belly|stomach|hands?|fingers?|"
    r"gums?|neck|wrists?|arms?|breasts?|joints?|knees?)(?![\w'])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    item: Compiled


def select(sentence: str, index: PhraseIndex, present: frozenset[str]) -> list[Match]:
    """All phrase matches, longest first, without overlaps; ``present``: its triggers."""
    found = [
        Match(m.start(), m.end(), item)
        for item, pattern in index.candidates(present)
        for m in pattern.regex.finditer(sentence)
        if m.end() > m.start()
    ]
    found.sort(key=lambda m: (m.start - m.end, m.start))
    chosen: list[Match] = []
    for m in found:
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def _swelling_target(sentence: str, m: Match) -> str | None:
    """Which sign a swelling phrase means: one calf, both legs, or not a leg at all."""
    around = clause(sentence, m.start, m.end)
    if _ONE_SIDE.search(around):
        return _SWELLING
    if _NOT_LEG.search(around) and not _CALF.search(around):
        return None
    if _BOTH.search(around) or _ANKLE_SWELLING_KIND.search(around):
        return "symptoms.swelling_both_legs"
    return _SWELLING


def _hot_all_over(around: str) -> bool:
    return bool(_BODY.search(around)) and not _LEG.search(around)


_NUMB_LIMB = "symptoms.limb_numb_cannot_move"
#: A limb "going numb" whose slow course is told in its sentence or the next ("feet going
#: numb and tingly ... been like this a few months, getting slowly worse", round s37, lead)
#: is the numbness a doctor sees (triage.md), not a limb that suddenly lost its blood.
_GOING_NUMB = re.compile(r"(?<![\w'])(?:going|gone|getting|went|turning) (?:\w+ )?numb", re.I)
_SLOW_COURSE = re.compile(
    r"(?<![\w'])(?:for (?:the )?(?:last |past )?(?:a few |several |some |many |a couple of |"
    r"\d+ |two |three |four |six )?(?:weeks|months|years)|(?:been|was|has been|have been) "
    r"(?:like (?:this|that)|going on|happening)(?: for)? (?:the )?(?:last |past )?(?:a (?:few |"
    r"couple of )?|several |some |many |\d+ |two |three |four |six )?(?:weeks|months|years)|"
    r"(?:slowly|gradually|bit by bit|little by little|steadily)(?: getting| got| gotten| grown)?"
    r" worse|(?:getting|got|gotten|grown) (?:slowly |gradually |steadily )?worse (?:over|for) "
    r"(?:the )?(?:last |past )?(?:weeks|months|years|a year)|over (?:the )?(?:last |past )?"
    r"(?:few |couple of )?(?:weeks|months|years?))(?![\w'])",
    re.I,
)
_ACUTE = re.compile(
    r"(?<![\w'])(?:sudden\w*|all of a sudden|cold|icy|pale|white|blue|grey|gray|mottled|agony|"
    r"(?:can'?t|cannot|unable to) (?:move|feel)|today|tonight|this (?:morning|evening)|"
    r"(?:minutes?|mins?|hours?|hrs?) ago|last night|overnight|just now|"
    r"(?:won'?t|will not|doesn'?t|can'?t|cannot) (?:move|budge|stand|walk|lift|bear))(?![\w'])",
    re.I,
)


#: A slow course told of the cramps is theirs, not the numbness's ("gone numb ... I've
#: had cramps for weeks").
_CRAMPS_BEFORE = re.compile(r"cramp\w*(?: \w+)?\s*$", re.I)


def _slowly_numb(words: str, sentence: str, after: str) -> bool:
    told = f"{sentence} {after}"
    slow = [
        m
        for m in _SLOW_COURSE.finditer(told)
        if not _CRAMPS_BEFORE.search(told, max(0, m.start() - 25), m.start())
    ]
    return bool(_GOING_NUMB.search(words) and slow) and not _ACUTE.search(told)


#: A sign told in the words of a denial ("not answering", "can't breathe").
_SAID_AS_DENIAL = re.compile(
    r"(?:not|no|never|isn'?t|wasn'?t|aren'?t|weren'?t|won'?t|can'?t|cannot|couldn'?t|"
    r"doesn'?t|didn'?t|don'?t|wouldn'?t|hasn'?t|haven'?t)(?![\w'])",
    re.IGNORECASE,
)
#: Heat words; said alone, as an item of a list ("..., hot, ..."), the calf's only after a leg.
_HOT = re.compile(r"(?<![\w'])(?:hot|burning(?: up)?|boiling|roasting)(?![\w'])", re.IGNORECASE)


def _feverish(sentence: str, m: Match) -> bool:
    """A person "hot to touch" is feverish: the sentence is about a child or the body,
    and no leg was named before the words ("little one has spots, hot to touch")."""
    words = sentence[m.start : m.end]
    return (
        bool(_HOT.search(words))
        and bool(_BODY.search(sentence))
        and not _LEG.search(sentence[: m.end])
    )


#: A possessive right before a condition's name says it is had (round s36, lead: "keeps
#: asking whether his overactive thyroid could be behind the cramps").
_OWNED = re.compile(r"(?<![\w'])(?:my|his|her|their|mum'?s|mom'?s|dad'?s)\s+(?:[\w-]+\s+)?$", re.I)


def _kinds(means: Mapping[str, object]) -> list[str]:
    """A finding's paths, and "path=value" for one of several values ("events=fluid_loss")."""
    return [*means, *(f"{k}={v}" for k, v in means.items() if isinstance(v, str))]


def apply(
    state: State,
    sentence: str,
    m: Match,
    protected: list[tuple[int, int]],
    later: Sequence[str] = (),
) -> None:
    """Read one matched phrase in its sentence (``later``: the sentences after it, where a
    sign may be said to have gone)."""
    after = later[0] if later else ""
    phrase = m.item.phrase
    ctx = context.read(sentence, m.start, m.end, protected)
    if ctx.hypothetical and context.claimed_after(sentence, after):
        ctx = ctx._replace(hypothetical=False)
    # A question asked of a condition one owns ("could my diabetes be behind it?") asks
    # what it causes, not whether it is had.
    if (
        ctx.hypothetical
        and "conditions" in phrase.means
        and _OWNED.search(sentence, max(0, m.start - 40), m.start)
    ):
        ctx = ctx._replace(hypothetical=False)
    # A fear taken back ("thought my son had ..., false alarm") takes back the fear, not
    # the person it was about.
    if ctx.retracted and phrase.means.keys() & PERSON:
        ctx = ctx._replace(negated=None, retracted=False)
    # A sign said later to have gone ("... but the swelling's gone") is over, and so is
    # the sign's own word inside those words ("the swelling has gone down"); another
    # person's too, who may be the one the text is about ("Mum didn't answer ... turned out
    # her hearing aids were on the side").
    if (
        ctx._replace(other=False).fires
        and not ctx.negated
        and context.resolved(sentence, m.start, _kinds(phrase.means), state.text, later)
    ):
        ctx = ctx._replace(historical=True)
    cue = ctx.negated if phrase.negatable else None
    words = sentence[m.start : m.end]
    if cue and _SAID_AS_DENIAL.match(words) and sentence.rfind(cue, 0, m.start) >= 0:
        # A sign whose own words are a denial ("not answering", "can't breathe") is not
        # denied by the denial before it: "eyes not focusing, not answering" lists two signs.
        cue = None
    if cue:
        # Denied before ("no swelling") or taken back after ("... false alarm").
        at = sentence.rfind(cue, 0, m.start)
        words = sentence[at : m.end] if at >= 0 else f"{sentence[m.start : m.end]} ... {cue}"
    for path, value in phrase.means.items():
        if path == _SWELLING:
            target = _swelling_target(sentence, m)
            if target is None:
                continue
            path = target
        if path == _NUMB_LIMB and _slowly_numb(words, sentence, after):
            path = "symptoms.numbness_tingling"
        if path == _RED_WARM and _feverish(sentence, m):
            path = "symptoms.fever"
        elif path == _RED_WARM and _hot_all_over(clause(sentence, m.start, m.end)):
            continue
        elif path == _RED_WARM and _HOT.fullmatch(words) and not _LEG.search(sentence[: m.start]):
            continue  # "ran 10k, tired, hot, calf cramp": hot all over, not the calf
        if cue:
            if isinstance(value, bool):
                state.set_bool(path, not value, words, negated=True)
            elif isinstance(value, str) and fires(ctx, path):
                # "no vomiting": nothing to add, but the denial is evidence that settles
                # the question ("not my husband" is about who, which has no question).
                state.fact(path, value, words, negated=True)
            continue
        if not fires(ctx, path):
            set_aside(state, path, value, words, ctx)
            continue
        set_finding(state, path, value, words)
