"""Whose cramps a text is about: the writer's, or someone the writer describes.

"My husband had a bad cramp" is about the husband; "My dad had a heart attack;
I get cramps" is about the writer. And the "I understood" lines, which say
whose findings were set aside and why.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crampcare.intake import context
from crampcare.intake.model import Fact, Intake
from crampcare.intake.negation import sentences

#: What the writer says of their own thinking, not of their body: "i think", "i reckon".
#: A hedge is no clause of the writer's ("i think my partner overdosed, twitching and
#: cramping" is the partner's; round s17), for either reading below.
_HEDGE = r"(?:think|guess|believe|suppose|suspect|reckon|fear)"

_FIRST_PERSON_CRAMP = re.compile(
    rf"(?<![\w'])(?:i(?! {_HEDGE}\b)|"
    # ("Partner wakes me most nights yelping with foot cramps": "me" woken is no cramp's owner)
    r"(?:i'm|im)(?! (?:worried|scared|afraid|not sure|sure)\b)|i've|i'd|ive|"
    r"(?<!wakes )(?<!woke )(?<!wake )(?<!waking )(?<!keeps )(?<!kept )me|"
    r"my (?:own )?(?:calf|calves|legs?|foot|feet|toes?|"
    r"thighs?|hamstrings?|muscles?|hands?|arms?))(?![\w'])[^.!?]{0,60}?(?:cramp|spasm|charley|charlie|"
    # (round s25, lead: the cramp told by its grip: "my calves grip up and I have to sit")
    r"(?:grip|seiz|lock|knot)\w* up)"
    # "I just get the odd one": the cramp named before, taken up by a pronoun.
    r"|(?<![\w'])(?:i|i'm|im)(?: \w+){0,2} (?:get|have|had|got) (?:the odd one|one|ones|them|it)"
    r"(?![\w'])"
    # "Got a cramp in my foot this morning": a cramp placed in the writer's own body is
    # theirs, however the sentence begins.
    # round s15 (edges): told with the subject left out at the start: "had leg cramps all
    # evening n now my boyfriend says ...".
    r"|^\W*(?:had|got|getting|having|been having|been getting)(?: \w+){0,2} (?:cramp|cramps)\b"
    r"|(?<![\w'])(?:cramp|cramps|cramping|spasm|spasms)(?: \w+){0,2} (?:in|of|on) my "
    r"(?:calf|calves|legs?|foot|feet|toes?|thighs?|hamstrings?|muscles?|hands?|arms?|shins?|"
    r"neck|back|side|tummy|stomach)(?![\w'])"
    # "my husband is diabetic; my own cramp came on after hiking": claimed outright (not
    # when set aside: "my own cramps are nothing, but my dad is gasping").
    r"|(?<![\w'])my own (?:\w+ )?(?:cramp|cramps|cramping|spasm|spasms)(?![\w'])"
    r"(?! (?:are|is|were|was|'re|'s) (?:nothing|fine|ok|okay|not (?:the )?(?:problem|issue|"
    r"worry|point)|irrelevant|not important|no (?:big deal|problem|bother)))"
    # "Mine tonight was 30 seconds": the cramp just told of, now the writer's own.
    # ("Mine's just a small cramp after a 10k": said with "is")
    r"|(?<![\w'])mine(?:'s|s)?(?= (?:tonight|today|last night|this morning|yesterday|was|is|"
    r"are|were|lasted|only|just|went|usually|never|always)(?![\w']))",
    re.IGNORECASE,
)
#: Another person named, as the family and people around the writer are called.
_PEOPLE = (
    r"(?:my|our) (?:\w+ ){0,2}(?:husband|wife|partner|son|daughter|dad|father|mum|mom|"
    r"mother|child|kid|toddler|baby|boy|girl|friend|mate|pal|buddy|brother|sister|flatmate|colleague|client|"
    r"patient|gran\w*|grand\w+|nan|uncle|aunt\w*|niece|nephew)"
)
# Another person named: "my mum", "our son".
_OTHER_PERSON = re.compile(rf"(?<![\w']){_PEOPLE}(?![\w'])", re.IGNORECASE)
# Another person's cramp: "my husband had a bad cramp", "she keeps cramping".
_OTHER_CRAMP = re.compile(
    rf"(?<![\w'])(?:{_PEOPLE}|(?:he|she|they|him|her|his)(?![\w']))"
    # (not across the writer's own clause: "my dad takes statins, I had a cramp" is mine;
    # "my husband wakes me up with cramp" is his; a hedge is no clause of the writer's:
    # "my dad took all his pills I think, now cramp and vomiting" is his)
    rf"(?:(?!\b(?:i(?! {_HEDGE}\b)|i'm|i've|im)\b)[^.!?]){{0,60}}?"
    # (round s30, lead: a cramp named as what their sign was first taken for is none of
    # theirs: "my brother had a seizure once and they thought it was cramp at first")
    r"(?<!thought it was )(?<!thought it was a )(?<!mistook it for )(?<!mistaken for )"
    r"(?<!mistaken for a )(?<!taken for )(?<!taken for a )"
    r"(?:cramp|spasm|charley|charlie)",
    re.IGNORECASE,
)


# Whose cramp a sentence tells ("my own daughter, 6, just had a cramp"), by who they are.
_OWNER = re.compile(
    r"(?<![\w'])(?:my|our) (?:own |little |young |eldest |youngest |\w+ )?"
    r"(?P<person>husband|wife|partner|son|daughter|child|kid|toddler|baby|boy|girl|dad|father|"
    r"mum|mom|mother)(?![\w'])[^.!?]{0,60}?(?:cramp|spasm|charley|charlie)",
    re.IGNORECASE,
)
_OWNER_IS = {
    **dict.fromkeys(("husband", "wife", "partner"), "partner"),
    **dict.fromkeys(("son", "daughter", "child", "kid", "toddler", "baby", "boy", "girl"), "child"),
    **dict.fromkeys(("dad", "father", "mum", "mom", "mother"), "parent"),
}


# The patient named outright: "but this is about our 6 year old", "it's my daughter I'm
# asking about". What was told before it of another person stays theirs.
_NAMED = (
    r"(?:(?:this|it|my question|the question)(?:'s| is) (?:about|for|regarding)|(?:i'?m|i am|"
    r"we'?re) (?:asking|writing|worried) (?:about|for)) (?:my|our) (?:\w+ ){0,2}?(?P<a>{p})"
    r"|it'?s (?:my|our) (?:\w+ ){0,2}?(?P<b>{p}) (?:i'?m|we'?re|i am|that i'?m) (?:asking|writing|"
    r"worried) (?:about|for)"
)
_NAMED_PATIENT = re.compile(
    _NAMED.replace(
        "{p}",
        r"son|daughter|child|kid|toddler|baby|boy|girl|husband|wife|partner|"
        r"dad|father|mum|mom|mother|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
        r"[- ]?(?:year|yr|month)s?[- ]?old",
    ),
    re.IGNORECASE,
)


# round s33 (lead): the patient named by a pronoun after them: "my sister (41): calf swollen
# and she just coughed up blood. im writing for her obviously" is about the sister.
_NAMED_BY_PRONOUN = re.compile(
    r"(?<![\w'])(?:i'?m|im|i am|we'?re) (?:writing|asking|messaging|texting|typing) (?:this )?"
    r"(?:for|about|on behalf of) (?:him|her|them)(?![\w'])",
    re.IGNORECASE,
)
_LAST_PERSON = re.compile(
    r"(?<![\w'])(?:my|our) (?:\w+ ){0,2}?(?P<p>husband|wife|partner|son|daughter|dad|father|"
    r"mum|mom|mother|child|kid|toddler|baby|boy|girl|brother|sister|friend)(?![\w'])",
    re.IGNORECASE,
)


def named_patient(text: str) -> tuple[str, int] | None:
    """Who the writer says outright the text is about, and up to where what was told is
    another's (nowhere when that person was named before: "my son has a fever ... this is
    about my son")."""
    m = _NAMED_PATIENT.search(text)
    if m is None:
        pronoun = _NAMED_BY_PRONOUN.search(text)
        named = list(_LAST_PERSON.finditer(text, 0, pronoun.start())) if pronoun else []
        # (the person is told before the pronoun: what was told of them is theirs)
        return (_OWNER_IS.get(named[-1].group("p").lower(), "other"), 0) if named else None
    person = (m.group("a") or m.group("b")).lower()
    before = re.search(rf"(?<![\w']){re.escape(person)}(?![\w'])", text[: m.start()], re.I)
    return _OWNER_IS.get(person, "child"), 0 if before else m.start()


# Cramps said to be the writer's and another's alike: "both of us get leg cramps", "my son
# and I both cramp up at football". The text is about both, so what it tells of either
# counts (the higher level wins). round s26 (lead)
_SHARED = re.compile(
    r"(?<![\w'])(?:both of us|we both|we'?ve both|we'?re both|the two of us|"
    rf"(?:me|i) and {_PEOPLE}(?: \w+)? both|{_PEOPLE} and (?:i|me)(?: \w+)? both|"
    rf"{_PEOPLE} and (?:i|me) (?:each|all)|(?:i|we) and {_PEOPLE} (?:each|all))(?![\w'])"
    r"[^.!?]{0,60}?(?:cramp|spasm|charley|charlie)",
    re.IGNORECASE,
)


def shared_cramps(text: str) -> bool:
    """Whether the writer tells cramps of their own and another's together."""
    return _SHARED.search(text) is not None


def cramp_owner(text: str) -> str | None:
    """Who the cramp is told of when a family member is named with it, else None.

    "My neighbour's boy had a fit. My own daughter just had a cramp" is about the
    daughter, though the neighbour is named first.
    """
    m = _OWNER.search(text)
    return _OWNER_IS[m.group("person").lower()] if m else None


# A third person who becomes the subject between "I" and a cramp takes the cramp: "before
# I noticed, now he's complaining of cramps" is his.
_THIRD_SUBJECT = re.compile(
    r"(?<![\w'])(?:he|she|they|he's|she's|they're|hes|shes|he'd|she'd)(?![\w'])", re.IGNORECASE
)


# A cramp given to someone by a possessive just before it: "staring through me after her
# leg cramp" is hers, though "me" comes first.
_THEIR_CRAMP = re.compile(
    r"(?<![\w'])(?:his|her|their)(?: [\w'-]+){0,2} (?:cramp|spasm|charley|charlie)$",
    re.IGNORECASE,
)


#: Texts whose readings below are kept: one text asks them up to five times (the
#: attribution, the numbers, the concerns), and the rules they read never change.
TEXTS_KEPT = 8


@lru_cache(maxsize=TEXTS_KEPT)
def _own_cramp(text: str) -> re.Match[str] | None:
    """The first cramp the writer tells as their own, skipping one a third person took over."""
    for m in _FIRST_PERSON_CRAMP.finditer(text):
        if (
            not _THIRD_SUBJECT.search(m.group(), 1)
            and not _THEIR_CRAMP.search(text, m.start(), m.end())
            and not _done_to_another(m.group(), text)
        ):
            return m
    return None


def _done_to_another(said: str, text: str) -> bool:
    """Whether the writer's words before the cramp are their hands on another's body."""
    return bool(_DONE_TO_ANOTHER.match(said)) and not _MY.search(said) and not _BIRTH.search(text)


# The writer's hands on another person's body before the cramp is named: "he cries when I
# move his neck, also cramps in legs", "I rubbed her calf till the cramp went" (theirs;
# round s27, lead). Narrowed on a GP's review: hands-on verbs and a part of the body only
# ("I had him by section", "I've been his carer" are the writer's own), and never in a text
# of a birth or a pregnancy.
_MY = re.compile(r"(?<![\w'])my(?![\w'])", re.IGNORECASE)
_DONE_TO_ANOTHER = re.compile(
    r"(?:i|i've|i'd|ive)\s+(?:[\w']+\s+)?(?:rub|rubs|rubbed|rubbing|massag\w*|move|moved|"
    r"moving|stretch\w*|hold|held|holding|lift\w*|turn|turned|turning|bend|bent|bending|"
    r"touch\w*|pull\w*|push\w*|straighten\w*)\s+(?:his|her|their)\s+(?:left |right )?"
    r"(?:neck|head|legs?|calf|calves|foot|feet|arms?|hands?|back|toes?|knees?|thighs?|"
    r"hamstrings?|muscles?|shoulders?)(?![\w'])",
    re.IGNORECASE,
)
_BIRTH = re.compile(
    r"(?<![\w'])(?:pregnan\w*|birth|born|section|labou?r|postpartum|post-partum|weeks? gone)",
    re.IGNORECASE,
)


def tells_own_cramp(text: str) -> bool:
    """Whether the writer tells a cramp of their own ("I got a cramp in my foot") and is
    the one the text asks about: only then is another person, the subject of a sentence,
    someone else (a weaker sign of the writer, "rang me, ...", is not enough)."""
    return _own_cramp(text) is not None and writer_is_patient(text)


#: The writer named as the one with the cramp: "mine are just cramps", "it's me with the cramp".
#: ("wakes me up with his cramp" is the husband's: "me" counts only as the subject.)
_MINE = re.compile(
    r"(?<![\w'])(?:mine(?:'s)?|my own(?= (?:\w+ )?(?:cramp|spasm))|(?:it'?s|it is|it was|but) me)"
    r"(?![\w'])",
    re.IGNORECASE,
)


# A question put of the other person ("what should she do?", "should he see someone?"):
# the writer tells their own cramps only beside the one they ask about.
_ASKED_OF_THEM = re.compile(
    r"(?<![\w'])(?:(?:what|how|when) (?:should|can|could|do|does|must|would) (?:she|he|they) "
    r"(?:do|take|try)|should (?:she|he|they) (?:see|go|call|ring|get|be|take|try|worry)|"
    r"(?:does|do) (?:she|he|they) need|is (?:she|he) (?:ok|okay|alright|all right|safe)|"
    r"can (?:she|he) (?:take|try|have))(?![\w'])",
    re.IGNORECASE,
)


@lru_cache(maxsize=TEXTS_KEPT)
def writer_is_patient(text: str) -> bool:
    """Whether the writer describes cramps of their own before (or instead of) another's."""
    asked = _ASKED_OF_THEM.search(text)
    if asked and _OTHER_PERSON.search(text, 0, asked.start()):
        return False
    mine = _own_cramp(text)
    said = _MINE.search(text, max(0, mine.start() - 8), mine.end()) if mine else None
    mine_at = said.start() if said else None
    # "My mum has restless legs but mine are just cramps", "my husband's the one on statins
    # but it's me with the cramp": the cramp after "mine" or "me" is the writer's, so
    # another's match that runs on into it is no cramp of theirs.
    theirs = next(
        (
            m
            for m in _OTHER_CRAMP.finditer(text)
            if not (mine_at is not None and m.start() <= mine_at < m.end())
        ),
        None,
    )
    if mine is None:
        # "My mum's diabetic. I'm not. Calf cramp last night": the writer says it is them;
        # after another's cramp, only by saying so after it ("My husband gets cramps. I
        # don't take anything and had one last night").
        if theirs is None:
            return context.speaks_for_self(text)
        return context.sets_self_apart(text, theirs.end())
    return (
        theirs is None
        or mine.start() < theirs.start()
        # "My friend ... had dark wee. Mine's just a small cramp": "mine" sets the writer's
        # cramp against theirs.
        or (said is not None and said.start() > theirs.start())
        or context.speaks_for_self(text)
        or context.sets_self_apart(text, theirs.end())
    )


def said_now_of_patient(text: str, words: str, about_other: bool, whose_only: bool = False) -> bool:
    """Whether a number's words are said of the patient, now ("my gran used to get cramps
    all the time" is the gran's, and over); ``about_other``: the text is about that person."""
    for _, sentence in sentences(text):
        at = sentence.find(words)
        if at < 0:
            continue
        ctx = context.read(sentence, at, at + len(words))
        if ctx.other and not about_other:
            return False
        return whose_only or not (ctx.historical or ctx.hypothetical or _denies(ctx, sentence, at))
    return True


def _denies(ctx: context.Context, sentence: str, at: int) -> bool:
    """A denial reaches a number only within its own list item: "not painful, cramps about
    3 times a week" denies the pain, not the count ("not every night" denies the count)."""
    if not ctx.negated:
        return False
    cue = sentence.lower().rfind(ctx.negated.lower(), 0, at)
    return cue < 0 or "," not in sentence[cue:at]


def now_of_patient(
    text: str, found: list[tuple[float, str]], about_other: bool, whose_only: bool = False
) -> list[tuple[float, str]]:
    """The numbers (how long, how often) said of the patient now: "my friend said her cramp
    lasted 20 minutes" is no length of the writer's cramp. ``whose_only``: drop only another
    person's (a cramp's length is a red flag's measure: an "if" near it must not hide it)."""
    return [f for f in found if said_now_of_patient(text, f[1], about_other, whose_only)]


def understood(intake: Intake) -> list[str]:
    """The "I understood: ..." lines for an intake parsed from text.

    A finding set aside by its context says why, so the person sees what was
    read and not counted ("chest pain: yes ("chest pain"), only as an if").
    """
    return [f.describe() + _aside(f) for f in intake.evidence]


def _aside(fact: Fact) -> str:
    notes = []
    if fact.hypothetical:
        notes.append("only as an if, not now")
    if fact.historical:
        notes.append("in the past")
    if fact.experiencer == "other":
        notes.append("about someone else")
    if fact.certainty == "uncertain":
        notes.append("not sure")
    return f", set aside: {', '.join(notes)}" if notes else ""
