"""Misspelled medical words in free text: "siezure" is read as seizure.

The target words are data (``knowledge/data/lexicon/spelling.yaml`` plus the
medicine names); the edit distance is ask's (:func:`crampcare.editdistance.distance`).
Only words that are not words of the lexicon's own patterns are corrected,
so a correctly written word is never changed.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from crampcare.editdistance import distance
from crampcare.word_finder import Offers
from crampcare.wording import sounds
from crampcare.wording.checklist import read_boxes

_TOKEN = re.compile(r"[A-Za-z]{4,}")
LONG_WORD = 9


@cache
def _spelling_words() -> tuple[frozenset[str], frozenset[str]]:
    """``spelling.yaml`` read once: the medical words people misspell, and the real words
    kept as they are."""
    from crampcare.intake.lexicon import load_yaml
    from crampcare.intake.shape import record, strings

    where = "lexicon/spelling.yaml"
    data = record(load_yaml("spelling.yaml"), where, {"words": list}, {"keep": list})
    words = frozenset(w.lower() for w in strings(data["words"], where))
    keep = frozenset(w.lower() for w in strings(data.get("keep", []), where, empty=True))
    return words, keep


@cache
def _tables() -> tuple[dict[str, list[str]], frozenset[str]]:
    from crampcare.intake.lexicon import known_words, load_lexicon

    words, keep = _spelling_words()
    lex = load_lexicon()
    targets = set(words)
    targets |= {w for w in lex.medicine_words if w.isalpha() and len(w) >= 6}
    by_first: dict[str, list[str]] = {}
    for word in sorted(targets):
        by_first.setdefault(word[0], []).append(word)
    return by_first, frozenset(targets) | keep | known_words()


@lru_cache(maxsize=4096)
def nearest(word: str, by_sound: bool = True) -> str | None:
    """The medical word ``word`` was meant to be, or None; ``by_sound``: a word spelt by
    how it sounds in English counts too (never in a message in another language, whose
    words sound like English ones by chance: "fuerte" is no Forteo)."""
    low = word.lower()
    by_first, known = _tables()
    if low in known:
        return None
    best: tuple[int, str] | None = None
    for candidate in by_first.get(low[0], ()):
        # A long word may be two edits out, a short one one; never more than a letter
        # longer or shorter ("starting" is not "statins").
        if abs(len(candidate) - len(low)) > 1:
            continue
        limit = 2 if min(len(low), len(candidate)) >= LONG_WORD else 1
        d = distance(low, candidate, limit)
        if d <= limit and (best is None or (d, candidate) < best):
            best = (d, candidate)
    if best:
        return best[1]
    return _sounds_like(low) if by_sound else None


@cache
def _by_sound() -> dict[str, str | None]:
    """Each trusted sound key of a word of ``spelling.yaml``, and that word (None when two
    share it). Medicine brand names are left out: made-up names sound like ordinary words
    ("matron" and Motrin, "rinse" and Rienso)."""
    found: dict[str, str | None] = {}
    for word in sorted(_spelling_words()[0]):
        sound = sounds.key(word)
        if sounds.trusted(sound):
            found[sound] = None if sound in found else word
    return found


def _sounds_like(low: str) -> str | None:
    """The one medical word ``low`` sounds like, spelt by its sounds ("coffing" is
    coughing), with the same first letter and at most two letters longer or shorter."""
    meant = _by_sound().get(sounds.key(low))
    if meant is None or meant[0] != low[0] or abs(len(meant) - len(low)) > 2:
        return None
    return meant


#: In a message found to be in another language, the shortest word put right: a short word
#: of that language is one edit from an English medical word more often than it is one
#: misspelled ("Blech", German sheet metal, is not bleach; round s21, lead).
FOREIGN_SHORTEST = 6


def correct(text: str, foreign: bool = False) -> str:
    """The text with misspelled medical words put right (lengths may change); ``foreign``:
    the message was found to be in another language (only longer words are put right)."""
    shortest = FOREIGN_SHORTEST if foreign else 0

    def fix(m: re.Match[str]) -> str:
        if len(m.group()) < shortest:
            return m.group()
        return nearest(m.group(), by_sound=not foreign) or m.group()

    restored = _G_DROPPED.sub(
        lambda m: _known_form(m, m.group(1), f"{m.group(1)}g", stem=m.group(1)[:-2]), text
    )
    restored = _E_DROPPED.sub(lambda m: _known_form(m, m.group(0), f"{m.group(1)}ed"), restored)
    return _TOKEN.sub(fix, _joined(restored))


_PAIR = re.compile(r"(?<![\w'])([A-Za-z]{2,}) ([A-Za-z]{3,})(?![\w'])")


def _joined(text: str) -> str:
    """A medical word voice-to-text split in two is read whole: "on die alysis" is on
    dialysis. Only when the second half is no word the reader knows, nor a misspelling
    of one, and the two together are (or are one edit from) a medical word."""
    by_first, known = _tables()
    out: list[str] = []
    at = 0
    pos = 0
    while (m := _PAIR.search(text, pos)) is not None:
        second = m.group(2).lower()
        whole = f"{m.group(1)}{m.group(2)}"
        # The set lookup first: most pairs end there, before any edit distance is taken.
        if (
            second not in known
            and nearest(second) is None
            # (never by sound: two words run together sound like too much, "so sorry" is
            # no seizure)
            and (whole.lower() in by_first.get(whole[0].lower(), ()) or nearest(whole, False))
        ):
            out.append(text[at : m.start()])
            out.append(whole)
            at = pos = m.end()
        else:
            pos = m.start(2)
    out.append(text[at:])
    return "".join(out)


#: A dropped g, as speech is written in Ireland, Scotland or the American South: "me head
#: is splittin", "burnin' up".
_G_DROPPED = re.compile(r"(?<![\w'])([A-Za-z]{3,}in)(?:'(?!\w)|(?![\w']))")
#: A past tense typed without its e: "startd 15 mins ago", "stretchd it".
_E_DROPPED = re.compile(r"(?<![\w'])([A-Za-z]{3,}[b-df-hj-np-tv-z])d(?![\w'])")


def _known_form(m: re.Match[str], word: str, meant: str, stem: str = "") -> str:
    """``meant`` for a word written short ("burnin", "startd") when the reader knows that
    word and not the one written; any other word ("cabin", "cold") is left as it is.
    A ``stem`` the reader's patterns start a word with counts as knowing it: "seizin up"
    is "seizing up" (the patterns spell "seiz" and let the ending run; round s27, lead)."""
    known = _reader_words()
    if word.lower() in known:
        return m.group()
    if meant.lower() in known or (len(stem) >= _STEM_LEAST and stem.lower() in known):
        return meant
    return m.group()


#: The shortest stem that makes a dropped g's word known ("fix" would make "fixin" as
#: any three letters would; four letters name a word).
_STEM_LEAST = 4


@cache
def _reader_words() -> frozenset[str]:
    """Every word the reader's patterns spell out: lay phrases, concern cues and their
    corroborating signs, and compounds."""
    from crampcare.intake import concern_cues
    from crampcare.intake.lexicon import compounds, known_words, load_lexicon

    load_lexicon()
    words = set(known_words())
    for c in concern_cues.cues().cues:
        for lazy in (*c.patterns, *c.with_, *(p for _, ps, _ in c.raises for p in ps)):
            words.update(lazy.triggers)
    for _, parts in compounds():
        for lazy in parts:
            words.update(lazy.triggers)
    return frozenset(words)


#: A yes-no question about how someone is, answered no (round s16, emerg).
_ASKED_NO = (
    r"(?<![\w'])(is|are|was|were|does|do|did|could|has|have)\s+(he|she|they|it|i)\s+"
    r"((?:[a-z][\w']*\s+){0,3}[a-z][\w']*)\s*\?\s*(?:no|nope|nah|not really)(?=\s*(?:[.!,;]|$))"
)
_ASKED_CAN_NO = (
    r"(?<![\w'])can\s+(he|she|they|it|i)\s+((?:[a-z][\w']*\s+){0,3}[a-z][\w']*)\s*\?\s*"
    r"(?:no|nope|nah|not really)(?=\s*(?:[.!,;]|$))"
)
#: A colour asked and answered by a likeness or a shade: "colour? like cola", "urine?
#: dark brown" (round s16, emerg).
_COLOUR_ASKED = (
    r"(?<![\w'])((?:(?:urine|pee|wee) )?colou?r|shade|urine|pee)\s*\?\s*"
    r"(?=(?:like|kind of|sort of|dark|brown|black|cola|coke|tea|red)\b)"
)

#: Text-speak's symbols before an amount: ">10 mins" is more than ten minutes.
_MORE_THAN = r"(?<![\w<>=-])> ?(?=\d)"
_LESS_THAN = r"(?<![\w<>=-])< ?(?=\d)"
#: Text-speak's "4" for "for", before an amount of time only ("cramp 4 >10 mins"; not a
#: child's age: "my son is 4").
_FOUR_FOR = (
    r"(?<=[a-z])(?<!age)(?<!aged)(?<! is)(?<!was)(?<!turned) 4 "
    r"(?=(?:more than|over|about|around|nearly|almost|like)\b|\d+ ?(?:min|hour|hr|sec)\w*\b)"
)

#: The pieces of a form's item: where it starts (a line, or an item after a comma, a bar, a
#: sentence's end or a spaced slash that stands for a new line; the same looked for behind,
#: for an item whose comma the item before it took), a line's start only, the bullet before
#: it, its label (a few words; a slash only between two words, never a spaced one that parts
#: items), what stands between label and answer (a colon, an equals sign, a spaced dash, a
#: tab), and where its answer ends.
_ITEM = r"(^|[,;|]\s*|(?<=[.!?])\s+|\s/\s*)"
_ITEM_BEHIND = r"(^|(?<=[,;|])\s*|(?<=[.!?])\s+|\s/\s*)"
_LINE = r"(^|\s/\s*)"
_BULLET = r"([\s•*·>-]*)"
_LABEL = r"([a-z](?:[\w']|(?<=\w)/(?=\w)| (?![/ ])){0,40}?)"
_BETWEEN = r"\s*\??\s*(?:[:=\t]|\s[-–—]+\s)\s*"
_FORM_END = r"\s*[.!]?\s*(?=$|[,;|]|\s/\s)"
#: What any of those items must hold for a pass to look at a text (``_MUST_HOLD``).
_FORM_MARKS = (":", "=", " -", "\n-", "\t")

#: A form's label naming a good state, answered no, is that state denied (a GP's review,
#: round s35): "Responding: no" is not responding, "Stretching helps: no" is stretching
#: not helping, "Sweating: no" is not sweating (in the heat, a sign), its item closed.
_FORM_NOT_END = (
    _BETWEEN + r"(?:no|nope|nah|n|not really|not at all)\s*[.!]?\s*" r"(?:,|(?=$|[;|]|\s/\s))"
)
_FORM_NOT = (
    r"(?im)" + _ITEM + _BULLET + r"(responding|responsive|awake|conscious|"
    r"breathing|walking|talking|moving|sweating|swallowing)" + _FORM_NOT_END
)
_FORM_NOT_HELPING = (
    r"(?im)" + _ITEM + _BULLET + r"([a-z]+ing) (?:helps?|helped|works?|worked)" + _FORM_NOT_END
)
#: A form's label answered no, the answer alone in its item ("n/a" and a bare dash are a
#: form's "none").
# (not a pulse: "Pulse: n/a" is one not taken, and a pulse said to be none is read as written;
# nor sweating, whose absence in the heat is a sign; nor, a GP's review, a label naming a
# good state whose "no" is the sign: "Rash fades: no", "Responding: no", "Stretching helps: no")
_NOT_A_DENIED_LABEL = (
    r"(?!pulses?\b|sweat\w*\b)(?![^:=\n/]*\b(?:fades?|fading|blanch\w*|respond\w*|awake|conscious|"
    r"help(?:s|ed|ing)?|eas(?:es|ed|ing)|better|improv\w*|working|easily|normally|able|can|could|"
    r"moving|walking|talking|making sense|passing|passed|settl\w*|feeling|wak\w*)\b)"
)
_NO_ANSWER = (
    r"(?:no|none|nil|nope|nah|neg|negative|n|n/a|n\.a\.|not really|not at all|[-–—]+|✗|✘|×)"
)
_FORM_NO = (
    r"(?im)" + _ITEM + _BULLET + _NOT_A_DENIED_LABEL + _LABEL + _BETWEEN + _NO_ANSWER + _FORM_END
)
#: ... and the comma after such an answer closes its item, so that the denial reaches no
#: further (a GP's review: "Sweating: no, skin hot and dry" tells the hot, dry skin).
_FORM_NO_COMMA = (
    r"(?im)"
    + _ITEM_BEHIND
    + _BULLET
    + _NOT_A_DENIED_LABEL
    + _LABEL
    + _BETWEEN
    + _NO_ANSWER
    + r"\s*,"
)
#: A label answered yes is the label said ("cold: yes" is cold), one answered as it
#: should be is said to be fine ("Breathing: normal", "chest - no problems"), one answered
#: "no" and a word denies both ("Chest: no pain" is no chest pain).
#: (A line's label only, or an item's between spaced slashes: in running prose "..., walking =
#: ok" tells what walking does to the cramp, not a form's answer.)
_FORM_LINE = r"(?im)" + _LINE + _BULLET + _LABEL + _BETWEEN
_FORM_YES = _FORM_LINE + r"(?:yes|yeah|yep|yup|present|positive|✓|✔)" + _FORM_END
#: ... and answered yes with more said: "Headache: yes, severe" is the headache severe.
#: (a label of a word or two: "to answer your question about breathing: yeah it's a
#: struggle" is prose, read as it stands)
_FORM_YES_MORE = (
    r"(?im)"
    + _LINE
    + _BULLET
    + r"([a-z][\w']*(?: [a-z][\w']*)?)"
    + _BETWEEN
    + r"(?:yes|yeah|yep|yup)[ \t]*[,:;-]?[ \t]+(?=[a-z0-9])"
)
_FORM_FINE = (
    _FORM_LINE + r"(?:normal|fine|okay|ok|good|clear|all good|as usual|unchanged|no (?:problems?|"
    r"issues?|trouble|change|concerns?)|nothing (?:unusual|abnormal|wrong|new))" + _FORM_END
)
# (a line's label only, after a colon or an equals sign: in running prose, "now gone: no
# swelling, no pain" and "so I checked - no swelling" are denials that need no moving)
_FORM_NO_WORD = (
    r"(?im)^" + _BULLET + _LABEL + r"\s*\??\s*[:=]\s*no ([a-z][\w']+(?: [a-z][\w']+)?)" + _FORM_END
)
#: A form's item crossed out ("~~swelling~~") is one the writer rules out (round s35, lead).
_STRUCK = r"~~([^~\n]{1,40}?)~~"
#: A label that ends in a small word of time or manner runs on into its answer: "Relieved
#: by: stopping and standing" is relieved by stopping, "When: walking uphill" is when walking.
_FORM_RUNS_ON = (
    r"(?im)" + _LINE + _BULLET + r"((?:[a-z][\w']* ){0,3}(?:by|with|from|after|when|since|"
    r"during|while|whilst|before|until))\s*:\s*(?=[a-z~])"
)
#: A part of the body, its colour or its feeling given a state as a form's answer is said
#: to be in it: "foot colour: grey/blue" is the foot's colour is grey or blue.
_FORM_STATE = (
    r"(?im)(^|[,;|]\s*|\s/\s*)" + _BULLET + r"((?:[a-z][\w']* ){0,2}(?:colou?r|skin|feeling|"
    r"sensation|temperature|foot|feet|toes?|legs?|calf|calves|lips|face|urine|pee|wee|neck|jaw|"
    r"headache|head|vision|eyes|speech|cough))"
    r"\s*\??\s*[:=]\s*(?=[a-z])(?!(?:no|not|none|nil|yes|normal|fine|ok|okay|good)\b)"
)

# People write one word several ways; the lexicon's patterns know one of them.
_PLAIN: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), plain)
    for pattern, plain in (
        # "cannot wake him", "can not move": the patterns say "can't".
        (r"\b(can ?not|cant)\b", "can't"),
        (r"\b(wont)\b", "won't"),
        (r"\b(dont)\b", "don't"),
        (r"\b(doesnt)\b", "doesn't"),
        (r"\b(didnt)\b", "didn't"),
        (r"\b(isnt)\b", "isn't"),
        # Text-speak: "evry nite", "red n warm", "swollen & sore".
        (r"\bevry\b", "every"),
        # round s25 (lead): a phrase stressed word by word, "every. single. night.", is one
        # phrase, not three sentences.
        (r"(?<![\w.'])([a-z']{1,8})\. ([a-z']{1,8})\. ([a-z']{1,8})(?=[.!?]|$)", r"\1 \2 \3"),
        # round s26 (lead): a few words put in quotes to distance them ('taken "a load" of
        # her mum's tablets') are read as the words themselves.
        (r"(?<![\w])[\"\u201c]([a-z][a-z' -]{0,24})[\"\u201d](?![\w])", r"\1"),
        # Spelt by sound: a hard c as k, "can't" as it is said (round s18, lead): "my leg
        # went kold and blu", "i carnt feel it".
        (r"\bk(old|olde?r|ramp\w*|alf|alves)\b", r"c\1"),
        (r"\b(carnt|karnt|cawnt|kant)\b", "can't"),
        (r"\bblu\b", "blue"),
        # ... and text-speak's three-letter words, too short for the nearest-word fix:
        # "stiff nek", "hv a fever".
        (r"\bnek\b", "neck"),
        (r"\bhv\b", "have"),
        # round s37 (HC, read after its unread measurement): "v" for very before a state
        # ("urine v dark", "v drowsy"); never a "v" between names (a match, a court case).
        (
            r"(?<=[a-z,] )v (?=(?:dark|bad|hot|cold|swollen|painful|sore|weak|high|sleepy|drowsy|"
            r"confused|pale|red|stiff|tender|ill|poorly|sick|short|fast|puffy|tight|brown|"
            r"floppy|grey|gray|blue|white|numb|breathless|dizzy|faint)\b)",
            "very ",
        ),
        (r"\bsud+en+ly\b", "suddenly"),
        (r"\bnite(s?)\b", r"night\1"),
        # round s36 (lead): Singlish's particles after a word ("every night lah, like 6-7
        # can", "wake me up sia") carry tone, not words the reader knows.
        (r"(?<=[a-z]) (lah|leh|lor|liao|meh)(?=[ ,.!?]|$)", ""),
        # round s36 (lead): a length as a plural possessive before what fills it ("after five
        # minutes' walking", "a few hours' drive") is the plain length.
        (
            r"\b(minutes|mins|hours|hrs|seconds|secs|days|weeks|yards|metres|meters|miles)' "
            r"(?=[a-z])",
            r"\1 ",
        ),
        (r"(?<=[a-z]) (?:n|&|\+) (?=[a-z])", " and "),
        (r"\b(couldnt)\b", "couldn't"),
        # round s21 (lead): a hedge between "can't" and its verb ("can't seem to get enough
        # air", "can't really feel my toes") asserts the sign as the plain "can't" does.
        (r"\b(can't|cannot|couldn't|could not) (?:seem to|quite|really|even|actually) ", r"\1 "),
        # ... and text-speak's symbols for amounts: "cramp 4 >10 mins" is a cramp for more
        # than ten minutes ("<" is less than; "4" is "for" only before an amount of time).
        (_MORE_THAN, "more than "),
        (_LESS_THAN, "less than "),
        (_FOUR_FOR, " for "),
        # "swollen, painful and week": the sound-alike a spell checker lets through.
        (
            r"\b(and|so|very|really|too|feel|feels|feeling|felt|are|is|legs|arms) week\b"
            r"(?! ago| later| before| after| or)",
            r"\1 weak",
        ),
        # round s28 (lead): what dictation hears for a medical word ("36 weak pregnant", "a
        # high fiver and stiff next", "my sal butter mole inhaler"): the sound-alike read as
        # the word only beside what makes it medical.
        (
            r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|few|couple of|several) "
            r"weaks?(?= (?:pregnant|along|gone|postpartum|post-?partum|after (?:birth|delivery)))",
            r"\1 weeks",
        ),
        (r"\b(high|slight|mild|raging|bad|low|low-grade|burning) fiver\b", r"\1 fever"),
        (r"\b(running|spiking|runs|ran|run) a( high| slight| bad)? fiver\b", r"\1 a\2 fever"),
        (
            r"\bstiff next\b(?! (?:morning|day|night|week|time|thing|minute|second|moment|"
            r"to|door|few|couple|one|two|\d))",
            "stiff neck",
        ),
        (r"\bsal ?(?:butter|buta|bute|beuta|beauty|bu ta) ?(?:mole|mol|moll|mall)\b", "salbutamol"),
        # round s28 (lead): an arrow or an equals sign between words tells what follows:
        # "uphill walking = calf cramp, rest 2 min = fine" (not before a number: "temp = 39").
        # (narrowed on a GP's review: not before a lone value, "stretching = nothing", unless
        # a rest comes first, "rest 2 min = fine")
        (
            r"\b(rest|resting|rested|stop|stopped|stopping|sit|sat|sitting)( \d+ ?[a-z]*)? ?"
            r"(?:=>|->|\u2192|=) ?(?=[a-z])",
            r"\1\2 then ",
        ),
        (
            r"(?<=[a-z)]) ?(?:=>|->|\u2192|=) ?(?=[a-z])"
            r"(?!(?:ok|okay|fine|good|normal|yes|no|none|nil|neg|negative|nope|nah|nothing|same)"
            r"\b\s*(?:[,.;!?]|$))",
            " then ",
        ),
        # ... and a temperature given as a form's value: "temp = 39", "temp: 38.5".
        (r"\b(temp|temperature)\s*[:=]\s*(?=\d)", r"\1 "),
        # Dictated text keeps the punctuation it was told as words: "over ten minutes comma
        # what do I do question mark". Read as the mark, so a clause ends where it was said to.
        (r"[ ,]+(?:comma)\b", ","),
        (r"[ ,]+(?:question mark)\b", "?"),
        (r"[ ,]+(?:full stop|exclamation (?:mark|point)|new (?:line|paragraph))\b", "."),
        # Scots and northern denials: "cannae tell", "disnae know", "wisnae breathing".
        (r"\b(?:cannae|canna|canny)\b", "can't"),
        (r"\b(?:dinnae|dinna|dinny)\b", "don't"),
        (r"\b(?:disnae|doesnae|disna)\b", "doesn't"),
        (r"\b(?:didnae|didna)\b", "didn't"),
        (r"\b(?:wouldnae|widnae)\b", "wouldn't"),
        (r"\b(?:couldnae|couldna)\b", "couldn't"),
        (r"\b(?:isnae|isna)\b", "isn't"),
        (r"\b(?:wisnae|wasnae)\b", "wasn't"),
        (r"\b(?:willnae|winnae|wullnae)\b", "won't"),
        # Scots "fit" is a foot when it is someone's left or right one, or goes cold or blue:
        # "ma left fit's gone like a block o ice" (a fit that is had stays a fit).
        (
            r"\b(my|ma|me|his|her|the) (left|right|sair|bad) fit"
            r"(?=(?:'s| is| was| has| went| gone)\b)",
            r"\1 \2 foot",
        ),
        (
            r"\b(my|ma|me|his|her) fit(?=(?:'s| is| has)? (?:gone |went |aw |all )?"
            r"(?:cauld|cold|blue|white|numb|deid|dead|like ice|freezin\w*)\b)",
            r"\1 foot",
        ),
        # "Me" and "ma" for "my" before a relative or a body part, as in Ireland, Scotland
        # and the north of England: "me da's leg", "ma calf", "me neck is stiff".
        (
            r"\b(?:me|ma)(?= (?:left|right|da|dad|mam|mum|ma|nan|nana|nanna|gran|granny|"
            r"granda|grandad|"
            r"brother|sister|son|daughter|bairn|wean|wee one|husband|wife|missus|fella|"
            r"calf|calves|leg|legs|foot|feet|neck|head|jaw|chest|back|arm|arms|hand|hands|"
            r"toes|knee|knees|thigh|thighs|belly|tummy|stomach|ankle|ankles|pee|wee|lips|"
            r"mouth|face|skin|eyes|"
            # round s17 (emerg): the mouth in slang and the rest of the body ("can't open me
            # gob", "me whole body's jerking", "catch me breath", "me heart's pounding").
            r"gob|trap|cakehole|teeth|tongue|throat|heart|ribs|lungs|breath|whole|body|hip|"
            r"hips|shoulder|shoulders|finger|fingers|toe|wrist|wrists|elbow|shin|shins|"
            r"hamstring|muscles|bones|eye|ear|ears|nose|temperature|temp|urine)\b)",
            "my",
        ),
        (r"\b(my|our|yer|your|his|her) (?:da|pa|paw|pops)\b", r"\1 dad"),
        (r"\bblock o ice\b", "block of ice"),
        (r"\b(my|our|yer|your|his|her) (?:mam|mammy|ma|maw)\b", r"\1 mum"),
        (r"\bwi'(?= )", "with"),
        (r"\bdoon\b", "down"),
        # Jamaican English: "mi cyaan sleep", "three, four time a week".
        (r"\bmi cyaan\b", "I can't"),
        (r"\bcyaan\b", "can't"),
        (r"\b(two|three|four|five|six|seven|\d) time\b(?! (off|out|to|for|of))", r"\1 times"),
        (r"\bfur(?= (?:a|the|ages|hours|\d))", "for"),
        # ... and its small words: "inna di hot sun", "step pon a nail", "him nah mek no
        # sense", "skin hot an dry", "mi nuh know".
        (r"\binna\b", "in"),
        (r"\bdi(?= [a-z])", "the"),
        (r"\bpon(?= (?:a|di|the|my|mi|him|her)\b)", "on"),
        (r"\bden\b", "then"),
        (r"\b(?:nah|nuh|no) mek (?:no |any )?sense\b", "not making sense"),
        (r"\b(?:nah|nuh) ansa\b", "not answering"),
        (
            r"\bfoam(?:in)? (?:a )?come out(?:ta| of) (?:him|her|his|di|the) mout(?:h)?\b",
            "foaming at the mouth",
        ),
        (r"\bmek\b", "make"),
        (r"\b(?:mi|me|him|her) nuh know\b", "I don't know"),
        (
            r"\b(him|her|he|she|bredda|breda|sista|brother|sister|dad|mum|pupa|mada|granny|"
            r"grandad|son|daughter|boy|girl|friend|mate|bwoy|gyal) drop(?:ped)? down\b",
            r"\1 collapsed",
        ),
        (
            r"\b(hot|cold|red|swollen|dry|pale|blue|sore|stiff|weak|numb|tight|cramp) an "
            r"(?=(?:hot|cold|red|swollen|dry|pale|blue|sore|stiff|weak|numb|tight|jump)\b)",
            r"\1 and ",
        ),
        (r"\bgan(?:nin'|nin|ning)?(?![\w'])", "going"),
        # ... and the Scots small words around them: "gone aw funny", "tryin tae get up".
        (r"\b(?<=[a-z] )aw(?= [a-z])", "all"),
        (r"\btae\b", "to"),
        (r"\bnoo\b", "now"),
        (r"\baboot\b", "about"),
        # (round s27, lead: "no really a cramp, mair like creepy crawlies": more)
        (r"\bmair\b", "more"),
        # (Scots "it's no lettin go": not, before a verb in -ing after a pronoun; "there is no
        # swelling" keeps its noun)
        (
            r"\b(it'?s|i'?m|he'?s|she'?s|they'?re|it is|he is|she is) no "
            r"(?!(?:swell|bleed|feel|tingl|warn|th|someth|noth|morn|even|bruis|burn|throbb|itch"
            r"|sweat|vomit|numb|ach|pain)in)(?=[a-z]{2,}in(?:g|')?(?![\w']))",
            r"\1 not ",
        ),
        # (round s27, lead: "the back o eleven" is just after eleven)
        (
            r"\bthe back o(?:f|')? "
            r"(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b)",
            "just after ",
        ),
        # (round s27, lead: Singapore's coffee and tea named for a colour: "urine like kopi-o")
        (r"\b(like|colou?r of|as dark as) kopi(?:[- ]?o)?\b", r"\1 black coffee"),
        (r"\b(like|colou?r of) teh(?:[- ]?o)?\b", r"\1 strong tea"),
        # ("the front o ma chest": of)
        (r"(?<![\w'])o (?=(?:ma|my|the|his|her|their|yer|your|me)\b)", "of "),
        # ("kick 'em out": them)
        (r"(?<![\w'])'em\b", "them"),
        (r"\bower\b", "over"),
        # round s17 (emerg): "its" typed for "it's" before a state ("its like ice", "its
        # gone purple", "its really swollen"): the possessive is never followed by these.
        (
            r"\bits(?= (?:like|gone|going|got|getting|been|so|very|really|all|still|now|just|"
            r"freezing|cold|icy|numb|dead|blue|white|pale|purple|grey|gray|swollen|killing|not|"
            r"turning|turned|starting|started|a bit|kind of|sort of|way|much)\b)",
            "it's",
        ),
        # round s17 (emerg): a colour said with "-ey": "bluey round the lips".
        (r"\bbluey\b", "blueish"),
        # Sound-alike spellings a spell checker lets through: "jaw is really tite".
        (r"\btite\b", "tight"),
        # "not really responding", "isn't fully waking": a hedge inside a danger that is
        # itself a denial is still that danger (a hedge before "swollen" stays a hedge).
        (
            r"(\bnot|n't) (?:really|quite|fully|properly|exactly|totally|completely|even) "
            r"(?=(?:respond|answer|react|wak|talk|speak|breath|mov)\w*)",
            r"\1 ",
        ),
        # "really really dark", "super stiff": one plain intensifier, as the patterns allow.
        (r"\b(really|very|so)(?:,? \1\b)+", r"\1"),
        (r"\b(super|mega|insanely)(?= [a-z])", "very"),
        # A body part's "'s" is "has" or "is": "foot's gone grey", "leg's cold", "pee's dark".
        (
            r"\b(foot|feet|leg|calf|toe|arm|hand|knee|ankle|thigh|neck|head|jaw|chest|skin|pee|"
            r"wee|urine|face|lip|mouth)'s (?=(?:gone|been|got|turned|become|went)\b)",
            r"\1 has ",
        ),
        (
            r"\b(foot|feet|leg|calf|toe|arm|hand|knee|ankle|thigh|neck|head|jaw|chest|skin|pee|"
            r"wee|urine|face|lip|mouth)'s (?=[a-z])",
            r"\1 is ",
        ),
        # A temperature in symbols is said in words: "102°F out", "38 ºC".
        (r"(\d) ?(?:°|º|℃|℉) ?([FC])?(?![A-Za-z])", r"\1 degrees \2"),
        # A form filled in: "swelling/redness: no", "• fever - none" denies its label.
        # round s35 (lead): whatever stands between label and answer (a colon, a dash, a
        # bar, a tab: "Swelling - no", "fever | none"), and an item of a line as well as a
        # line ("age 67, swelling: no, fever: no").
        (_STRUCK, r"no \1"),
        (_FORM_RUNS_ON, r"\1\2\3 "),
        (_FORM_NOT, r"\1\2not \3;"),
        (_FORM_NOT_HELPING, r"\1\2\3 not helping;"),
        (_FORM_NO_COMMA, r"\1\2no \3;"),
        (_FORM_NO, r"\1\2no \3"),
        (_FORM_YES_MORE, r"\1\2\3 is "),
        (_FORM_YES, r"\1\2\3"),
        (_FORM_FINE, r"\1\2\3 is fine"),
        (_FORM_NO_WORD, r"\1no \2 \3"),
        (_FORM_STATE, r"\1\2\3 is "),
        # Two denials make a finding: "can't sit through a film without jiggling my legs"
        # tells of the jiggling.
        (
            r"\b(can't|couldn't) ((?:[\w']+ ){1,5})without (?=(?:[\w']+ ){0,2}[a-z]+ing\b)",
            r"\1 \2- always ",
        ),
        # round s16 (emerg): a question about how someone is, answered no, is the state
        # denied: "is she making sense? no, rambling" tells she isn't making sense, "can
        # he stand? no" that he can't.
        (_ASKED_NO, r"\2 \1n't \3"),
        (_ASKED_CAN_NO, r"\1 can't \2"),
        # round s16 (emerg): a colour asked and answered: "colour? like cola".
        (_COLOUR_ASKED, r"\1 is "),
        # A sign asked and answered: "Swelling? Nope.", "any rash? nah" denies it.
        (
            r"(?m)(?<![\w'])((?:any )?[a-z][\w']{2,}(?: [a-z][\w']*){0,2})\s*\?\s*"
            r"(?:nope|nah|no|none|nil|negative|not really)(?=\s*(?:[.!,;]|$|\s/\s))",
            r"no \1",
        ),
        # round s15 (edges): a sign answered with a bare no as an item of a reply list, no
        # question mark: "vision ok. swelling no", "pain yes, redness nil" (an item of a word
        # or two; "yes or no" is none; "swelling none" is read backward already).
        (
            r"(?im)(^|[.!?;,]\s*)(?!(?:or|and|say|said|says|is|was|are|were|yes|to|the|answer|"
            r"answered|definitely|probably|maybe|just|so|oh|well|but|i|it)(?![\w']))"
            r"((?:[a-z][\w']* )?[a-z][\w']{2,})\s+(?:no|nil)(?=\s*(?:[.!,;]|$))",
            r"\1no \2",
        ),
        # ... but not a rate: "5 nights/week", "twice/month" (round s17, lead).
        (
            r"(?<=[a-z]{3})/(?=[a-z]{3})(?!(?:week|night|day|month|year|fortnight|evening)s?\b)",
            " or ",
        ),
        # A kind named with a suffix is that word: "claudication-type pain", "fit-like".
        (r"(?<=[a-z]{3})-(type|like|ish|esque|style)(?![\w'-])", r" \1"),
        # Dictation splits a medical word into sound-alikes: "stat ins", "die a beetic".
        (r"(?<![\w'])stat (?:ins|inns|tins)(?![\w'])", "statins"),
        # round s19 (lead): ... and a statin's name into its syllables: "sim va statin",
        # "a tor va statin", "new stat in pills".
        (r"(?<![\w'])stat in(?= (?:pills?|tablets?|meds|medicine|medication)\b)", "statin"),
        (
            r"(?<![\w'])(?:sim ?va|a ?tor ?va|ator ?va|rosu ?va|rosa ?va|prava|fluva|pita ?va) "
            r"statin(s?)(?![\w'])",
            r"statin\1",
        ),
        # ... and urine into words that sound like it, or text-speak's letter: "my you're in
        # is dark brown", "his p is brown like cola" (only as the subject of a colour's verb).
        (
            r"(?<![\w'])(my|his|her|their|the|your) (?:you'?re in|your in|yer in|urin|p|pea)"
            r"(?= (?:is|was|has|looks?|looked|'s|gone|turned|went|came|comes)\b)",
            r"\1 urine",
        ),
        # ... and an hour by its sound: "for haf our now", "an our", "2 ours".
        (r"(?<![\w'])haf(?= (?:an? )?(?:our|hour)s?\b)", "half"),
        (r"(?<![\w'])(half|an|\d+) our(s?)(?![\w'])", r"\1 hour\2"),
        # Into said apart, and a compound said apart: "got in to the dish washer tablets".
        (r"(?<![\w'])(got|get|gets|getting|went|goes|go) in to(?![\w'])", r"\1 into"),
        (r"(?<![\w'])dish washer(?![\w'])", "dishwasher"),
        (r"(?<![\w'])(?:die|dye|di) a (?:beetic|beatic|betic|bedic|beedic)(?![\w'])", "diabetic"),
        (
            r"(?<![\w'])(?:die|dye|di) a (?:beet|beat|bee|bet)(?:ease|ees|eez|tees|tease|tis|is)"
            r"(?![\w'])",
            "diabetes",
        ),
        # A double denial affirms: "can't say I'm not breathless, because I am".
        (r"(?<![\w'])(?:can'?t|cannot|couldn'?t) say (?:that )?(i'?m|i am) not(?![\w'])", "I am"),
        # "over dosed", "over-dose" are one word.
        (r"(?<![\w'])over[ -]dos(e|ed|es|ing)(?![\w'])", r"overdos\1"),
        # A word in quotation marks ("her leg is 'dead'") is still that word.
        (r"(?<![\w'])'([a-z][a-z -]{0,20}[a-z])'(?![\w'])", r"\1"),
    )
)


#: Strings one of which a lower-case ASCII text must hold for the pattern (by its source)
#: to match it: what each match is bound to contain, written out by hand for patterns
#: whose required words ``prefilter`` cannot work out (punctuation, words of one or two
#: letters). A pattern not named here is tried as before; tests/intake/
#: test_plain_words_prefilter.py checks every string against the pattern's matches.
_MUST_HOLD: dict[str, tuple[str, ...]] = {
    r"(?<=[a-z]) (?:n|&|\+) (?=[a-z])": (" n ", " & ", " + "),
    r"\bwi'(?= )": ("wi' ",),
    r"\bdi(?= [a-z])": ("di ",),
    r"\b(?<=[a-z] )aw(?= [a-z])": (" aw ",),
    r"\b(really|very|so)(?:,? \1\b)+": (
        "really really",
        "really, really",
        "very very",
        "very, very",
        "so so",
        "so, so",
    ),
    # Not ASCII: an ASCII text holds none of them, and the pass is skipped.
    r"(\d) ?(?:°|º|℃|℉) ?([FC])?(?![A-Za-z])": ("°", "º", "℃", "℉"),
    # A form filled in: "swelling/redness: no", "Swelling - no".
    _STRUCK: ("~~",),
    _FORM_RUNS_ON: (":",),
    _FORM_NOT: _FORM_MARKS,
    _FORM_NOT_HELPING: _FORM_MARKS,
    _FORM_NO_COMMA: _FORM_MARKS,
    _FORM_NO: _FORM_MARKS,
    _FORM_YES: _FORM_MARKS,
    _FORM_YES_MORE: _FORM_MARKS,
    _FORM_FINE: _FORM_MARKS,
    _FORM_NO_WORD: (":", "="),
    _FORM_STATE: (":", "="),
    # A sign asked and answered: "Swelling? Nope.".
    r"(?m)(?<![\w'])((?:any )?[a-z][\w']{2,}(?: [a-z][\w']*){0,2})\s*\?\s*"
    r"(?:nope|nah|no|none|nil|negative|not really)(?=\s*(?:[.!,;]|$|\s/\s))": ("?",),
    r"(?<=[a-z]{3})/(?=[a-z]{3})(?!(?:week|night|day|month|year|fortnight|evening)s?\b)": ("/",),
    _ASKED_NO: ("?",),
    _ASKED_CAN_NO: ("?",),
    _COLOUR_ASKED: ("?",),
    r"(?<![\w'])'([a-z][a-z -]{0,20}[a-z])'(?![\w'])": ("'",),
    _MORE_THAN: (">",),
    _LESS_THAN: ("<",),
    _FOUR_FOR: (" 4 ",),
    # The passes no word of three letters marks (each was searched on every text):
    # a string each of their matches holds.
    r"(?<![\w.'])([a-z']{1,8})\. ([a-z']{1,8})\. ([a-z']{1,8})(?=[.!?]|$)": (". ",),
    r"(?<![\w])[\"\u201c]([a-z][a-z' -]{0,24})[\"\u201d](?![\w])": ('"', "\u201c"),
    r"\bhv\b": ("hv",),
    r"\bsud+en+ly\b": ("sud",),
    r"(?<=[a-z)]) ?(?:=>|->|\u2192|=) ?(?=[a-z])"
    r"(?!(?:ok|okay|fine|good|normal|yes|no|none|nil|neg|negative|nope|nah|nothing|same)"
    r"\b\s*(?:[,.;!?]|$))": (
        "=",
        "->",
        "\u2192",
    ),
    r"\b(my|our|yer|your|his|her) (?:da|pa|paw|pops)\b": (" da", " pa", " pops"),
    r"\b(my|our|yer|your|his|her) (?:mam|mammy|ma|maw)\b": (" ma",),
    r"\b(it'?s|i'?m|he'?s|she'?s|they'?re|it is|he is|she is) no "
    r"(?!(?:swell|bleed|feel|tingl|warn|th|someth|noth|morn|even|bruis|burn|throbb|itch|sweat"
    r"|vomit|numb|ach|pain)in)(?=[a-z]{2,}in(?:g|')?(?![\w']))": (" no ",),
    r"(?<![\w'])o (?=(?:ma|my|the|his|her|their|yer|your|me)\b)": ("o m", "o t", "o h", "o y"),
    r"(?<![\w'])'em\b": ("'em",),
    r"(?im)(^|[.!?;,]\s*)(?!(?:or|and|say|said|says|is|was|are|were|yes|to|the|answer|"
    r"answered|definitely|probably|maybe|just|so|oh|well|but|i|it)(?![\w']))"
    r"((?:[a-z][\w']* )?[a-z][\w']{2,})\s+(?:no|nil)(?=\s*(?:[.!,;]|$))": ("no", "nil"),
    r"(?<![\w'])(my|his|her|their|the|your) (?:you'?re in|your in|yer in|urin|p|pea)"
    r"(?= (?:is|was|has|looks?|looked|'s|gone|turned|went|came|comes)\b)": (
        " you",
        " yer",
        " urin",
        " p",
    ),
    r"(?<![\w'])(got|get|gets|getting|went|goes|go) in to(?![\w'])": (" in to",),
    r"(?<![\w'])(?:die|dye|di) a (?:beet|beat|bee|bet)(?:ease|ees|eez|tees|tease|tis|is)"
    r"(?![\w'])": (" a b",),
}
#: ``_MUST_HOLD`` by the patterns' places in ``_PLAIN`` (empty: no such strings).
_MUST = tuple(_MUST_HOLD.get(pattern.pattern, ()) for pattern, _ in _PLAIN)


#: Texts made plain before each pattern's required words are worked out (a single
#: ``check`` reads a text or two: the working out would cost it more than it saves).
_EARN_NEEDS = 8
_made_plain = 0
_needs: tuple[tuple[frozenset[str], ...], ...] | None = None


def _plain_needs() -> tuple[tuple[frozenset[str], ...], ...]:
    """For each of ``_PLAIN``'s patterns, the words a text must hold for it to match:
    clauses of letter runs (``prefilter.requirements``, read from ``re``'s own parse of
    the pattern), each one met by any match; none for a pattern it cannot reason about."""
    from crampcare.intake.prefilter import requirements, triggers_of

    return tuple(requirements(p.pattern, triggers_of(p.pattern)) for p, _ in _PLAIN)


#: ``_PLAIN``'s patterns by their clauses' words (made with ``_needs``): a text is offered
#: the few of the seventy whose words it holds, not tested against them all.
_offered: tuple[tuple[tuple[frozenset[str], ...], ...], Offers] | None = None


#: A single quote opening a quotation (at a word's start, after a space, a colon or a
#: bracket) and one closing it (after a word or its full stop, before a space, a mark or the
#: end). round s30 (lead): a quotation's last word read as a word with an apostrophe
#: ("... his pee is like coke'.") was no word at all to the readers, which take a word to
#: end before any apostrophe; such a pair is made double quotes, which every reader knows.
_OPEN_QUOTE = re.compile(r"(?:^|(?<=[\s:(\[]))'(?=[^\W_])")
_CLOSE_QUOTE = re.compile(r"(?<=[^\W_]|[.!?,])'(?=[\s.,!?;:)\]]|$)")


#: Spaces a quotation holds (five words or more) for its quotes to be made double.
_QUOTED_WORDS = 4


def _quoted(text: str) -> str:
    """``text`` with each pair of single quotes around a quotation made double quotes."""
    if "'" not in text:
        return text
    chars = list(text)
    at = 0
    while (opening := _OPEN_QUOTE.search(text, at)) is not None:
        closing = _CLOSE_QUOTE.search(text, opening.end())
        if closing is None:
            break
        # (a quoted word or two, "urine 'tea/cola'", "it wasn't '30 minutes'", is left to
        # the passes that read it as the words themselves or as a correction)
        if text.count(" ", opening.end(), closing.start()) >= _QUOTED_WORDS:
            chars[opening.start()] = chars[closing.start()] = '"'
        at = closing.end()
    return "".join(chars)


def marks_plain(text: str) -> str:
    """``text`` with curly quotes made straight, a quotation's single quotes double and a
    checklist's unticked boxes made words (``checklist.read_boxes``): what
    ``normalise`` does before any of its passes (and what a test of the passes starts from)."""
    return read_boxes(_quoted(text.replace("\u2019", "'").replace("\u2018", "'")))


def normalise(text: str, foreign: bool = False) -> str:
    """The text with curly quotes, run-together denials and stacked intensifiers made plain,
    then misspelled medical words put right (lengths may change; see :func:`correct`)."""
    global _made_plain, _needs, _offered
    text = marks_plain(text)
    if _needs is None:
        _made_plain += 1
        if _made_plain >= _EARN_NEEDS:
            _needs = _plain_needs()
    # A pattern whose required words are not all in the text cannot match: its pass is
    # skipped. Only for ASCII text, where IGNORECASE and lower() agree letter for letter
    # (in Unicode, "ſ" matches "s" but does not lower to it).
    if _needs is None or not text.isascii():
        for pattern, plain in _PLAIN:
            text = pattern.sub(plain, text)
        return correct(text, foreign)
    if _offered is None or _offered[0] is not _needs:
        # A pattern with clauses is offered when the text holds a word of one of them
        # (the others fail the test below): the words of all its clauses.
        _offered = (_needs, Offers(frozenset().union(*clauses) for clauses in _needs))
    offers = _offered[1]
    lowered = text.lower()
    present = offers.finder.present(lowered)
    todo = offers.offered([lowered])
    while todo:
        n = todo.pop(0)
        must = _MUST[n]
        if must and not any(part in lowered for part in must):
            continue
        if any(clause.isdisjoint(present) for clause in _needs[n]):
            continue
        pattern, plain = _PLAIN[n]
        # Most passes find nothing: a search costs them less than a substitution, which
        # first prepares its replacement ("\\1 urine") whether or not anything matches.
        if pattern.search(text) is None:
            continue
        changed = pattern.sub(plain, text)
        if changed != text:
            # The next patterns read the changed text, as one pass after another does.
            text, lowered = changed, changed.lower()
            present = offers.finder.present(lowered)
            todo = offers.offered([lowered], after=n)
    return correct(text, foreign)
