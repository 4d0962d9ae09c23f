"""Question analysis: words to stems, lay words to the knowledge base's words, and scope.

The analyzer is the same English stemmer the index uses, so a question's
"cramping calves" meets an entry's "cramp in the calf". The synonym table
(``knowledge/data/lexicon/synonyms.yaml``) adds what the knowledge base calls
the lay words a question uses; its ``scope`` part says which words put a
question in the cramp domain by themselves.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import tantivy

from crampcare.knowledge.files import data_bytes, parse_yaml

ANALYZER = "crampcare_en"

#: Question words and fillers that carry no topic ("does X actually help?").
#: Grammar, not medicine, so they live here and not in the knowledge base.
_FILLER_WORDS = (
    "what whats how why when where which who whom whose can cant could would should will "
    "shall may might must do does did doing done dont doesnt i im ive me my mine myself you "
    "your youre we our us he she his her its get gets got getting good bad best better help "
    "helps helpful thing things really actually true ok okay please anything something "
    "know tell any some much many lot lots also just so very about way ways make makes go "
    "goes going use using used work works working want need needs try trying say said "
    "people someone have has had having been am being is are was were be there here them "
    "this that these those it a an the of to in on for with at by from up as or and but "
    "if then than too own same other such only into over under again further once all "
    "both each few more most no nor not off out s t while now right left usually exactly "
    "mostly still even ever always often sometimes since whole kind sort worth take takes "
    "taking took"
)
FILLERS = tuple(_FILLER_WORDS.split())

#: How much an added synonym counts against a word the person wrote.
EXPANSION_WEIGHT = 0.6
#: How much a lay word counts once the synonym table has translated it.
TRANSLATED_WEIGHT = 0.7
#: How much a cramp-domain word ("cramp", "spasm", "calf") counts beside the topic words.
DOMAIN_WORD_WEIGHT = 0.5

# The C loader is many times faster than the pure-Python one (start-up time matters).
#: The synonym table, inside the knowledge base's data folder.
SYNONYMS = "lexicon/synonyms.yaml"
_WORD = re.compile(r"[a-z0-9]+")
_CODE = re.compile(r"\b([a-z]{2,3})[\s-]?(\d{1,2})\b")


def normalise(text: str) -> str:
    """Lower case, apostrophes dropped, every other non-word run one space."""
    text = text.lower().replace("\u2019", "'").replace("'", "")
    return " ".join(_WORD.findall(text))


@cache
def analyzer() -> tantivy.TextAnalyzer:
    """Simple tokens, lower case, English and question stop words, English stems."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(40))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.custom_stopword(list(FILLERS)))
        .filter(tantivy.Filter.stemmer("english"))
        .build()
    )


def stems(text: str) -> list[str]:
    """The index's terms for a piece of text."""
    return list(analyzer().analyze(normalise(text)))


@dataclass(frozen=True)
class SynonymRow:
    terms: tuple[str, ...]
    means: tuple[str, ...]
    #: An idiom ("pins and needles") is replaced by its meaning, not searched word by word.
    idiom: bool = False


@dataclass(frozen=True)
class OtherSense:
    terms: tuple[str, ...]
    pointer: str


@dataclass(frozen=True)
class SynonymTable:
    """The synonym table and the scope words, ready to match against normalised text."""

    rows: tuple[SynonymRow, ...]
    anchors: frozenset[str]
    other_senses: tuple[OtherSense, ...]
    pointer: str
    digest: str
    #: Each term (a normalised phrase) and the rows that list it, in table order.
    by_term: dict[str, tuple[SynonymRow, ...]] = field(default_factory=dict, compare=False)
    #: The most words in any term.
    longest: int = 0


def _phrases(items: Any) -> tuple[str, ...]:
    """Each item normalised (once: ``ask`` reads the table on every start), empty ones left out."""
    return tuple(phrase for phrase in (normalise(str(t)) for t in items or ()) if phrase)


def parse_lexicon(raw: bytes) -> SynonymTable:
    """Read the synonym table from its YAML bytes."""
    doc = parse_yaml(raw, SYNONYMS) or {}
    rows = tuple(
        SynonymRow(_phrases(r.get("terms")), _phrases(r.get("means")), bool(r.get("idiom")))
        for r in doc.get("synonyms") or ()
    )
    scope = doc.get("scope") or {}
    anchors = frozenset(s for a in scope.get("anchors") or () for s in stems(str(a)))
    senses = tuple(
        OtherSense(_phrases(s.get("terms")), " ".join(str(s.get("pointer", "")).split()))
        for s in scope.get("other_senses") or ()
    )
    pointer = " ".join(str(scope.get("pointer", "")).split())
    by_term: dict[str, list[SynonymRow]] = {}
    for row in rows:
        for term in row.terms:
            by_term.setdefault(term, []).append(row)
    return SynonymTable(
        rows,
        anchors,
        senses,
        pointer,
        hashlib.sha256(raw).hexdigest()[:16],
        {term: tuple(found) for term, found in by_term.items()},
        max((term.count(" ") + 1 for term in by_term), default=0),
    )


@cache
def lexicon() -> SynonymTable:
    """The packaged synonym table."""
    return parse_lexicon(data_bytes(*SYNONYMS.split("/")))


def _contains(haystack: str, phrase: str) -> bool:
    return f" {phrase} " in haystack


#: The table last asked about (kept, so its id stays its own) and its terms' first words.
_firsts_of: tuple[SynonymTable, frozenset[str]] | None = None


def _first_words(lex: SynonymTable) -> frozenset[str]:
    """The first word of every term of the table (terms are normalised: one space apart)."""
    global _firsts_of
    known = _firsts_of
    if known is None or known[0] is not lex:
        known = _firsts_of = (lex, frozenset(term.split(" ", 1)[0] for term in lex.by_term))
    return known[1]


def _matches(words: list[str], lex: SynonymTable) -> list[tuple[SynonymRow, tuple[int, int]]]:
    """Rows whose phrases occur, with the word span each covers; longer phrases win.

    "pins and needles" is one phrase: the shorter "pins" and "needles" inside it
    do not match on their own. Every run of up to ``lex.longest`` words is looked
    up in the table, longest first, rather than every term searched for in the
    question: a question has far fewer runs than the table has terms.
    """
    taken: set[int] = set()
    out: list[tuple[SynonymRow, tuple[int, int]]] = []
    firsts = _first_words(lex)
    for size in range(min(lex.longest, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            if words[start] not in firsts:
                continue  # no term starts with this word: no run from it is one
            rows = lex.by_term.get(" ".join(words[start : start + size]))
            if rows is None:
                continue
            for row in rows:
                span = set(range(start, start + size))
                if span & taken:
                    continue
                taken |= span
                out.append((row, (start, start + size)))
    return out


@dataclass
class Concept:
    """One word of the question with the stems that stand for it (its own and added)."""

    word: str
    stems: set[str] = field(default_factory=set)


@dataclass
class QueryPlan:
    """What the search engine needs to know about a question."""

    question: str
    weights: dict[str, float]
    concepts: list[Concept]
    words: list[str]
    anchored: bool
    other_sense: OtherSense | None = None
    expansions: list[str] = field(default_factory=list)
    #: Each concept's stems and IDF weight, filled in once by the search engine.
    concept_weights: list[tuple[set[str], float]] | None = None
    #: Their weights' sum.
    concept_total: float = 0.0
    #: Each candidate entry's coverage of the question, filled in as the engine asks.
    coverages: dict[str, float] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.weights


def plan(question: str, lex: SynonymTable | None = None) -> QueryPlan:
    """Analyse a question: weighted stems, synonym expansions, exact-name keys, scope words."""
    lex = lex or lexicon()
    norm = normalise(question)
    padded = f" {norm} "
    words = norm.split()
    # Bare numbers ("10 minutes", "7 months") match stray figures, not topics; codes
    # such as "bl 57" are still found through name_keys.
    concepts = [Concept(w, set() if w.isdigit() else set(cached_stems(w))) for w in words]
    weights: dict[str, float] = {}
    expansions: list[str] = []
    translated: set[str] = set()
    dropped: set[str] = set()
    idiom_words: set[int] = set()
    for c in concepts:
        for s in c.stems:
            weights[s] = 1.0
    for row, span in _matches(words, lex):
        added = {s for m in row.means for s in cached_stems(m)}
        expansions += row.means
        for s in added:
            weights[s] = max(weights.get(s, 0.0), EXPANSION_WEIGHT)
        for c in concepts[span[0] : span[1]]:
            # A filler inside a matched phrase ("make it stop") now means something too.
            own = set(cached_stems(c.word)) - added
            c.stems |= added
            if row.idiom:
                c.stems -= own
                dropped |= own
            else:
                # A lay word the table translates ("asleep" -> night) is rare in the
                # knowledge base, so BM25 would let it outweigh the translation.
                translated |= own
        if row.idiom:
            idiom_words.update(range(*span))
    for stem in dropped:
        weights.pop(stem, None)
    for stem in translated & weights.keys():
        weights[stem] = min(weights[stem], TRANSLATED_WEIGHT)
    unique: dict[frozenset[str], Concept] = {}
    for c in concepts:
        if c.stems:
            unique.setdefault(frozenset(c.stems), c)
    concepts = list(unique.values())
    if any(s not in lex.anchors for s in weights):
        # Every question here is about cramps: "cramp" or "spasm" says so, but says
        # little about which entry answers it, so it must not outrank the topic words.
        for s in weights.keys() & lex.anchors:
            weights[s] *= DOMAIN_WORD_WEIGHT
    every = {s for c in concepts for s in c.stems}
    sense = next((o for o in lex.other_senses if any(_contains(padded, t) for t in o.terms)), None)
    return QueryPlan(
        question,
        weights,
        concepts,
        # Words of an idiom are no names: "needles" in "pins and needles" is not acupuncture.
        [w for i, w in enumerate(words) if i not in idiom_words],
        bool(every & lex.anchors),
        sense,
        expansions,
    )


def translations(text: str, lex: SynonymTable | None = None) -> list[tuple[str, bool]]:
    """What the synonym table says a text's lay words mean, each marked if from an idiom.

    Idioms are how people phrase a question ("what can I do", "make it stop");
    the index keeps their meaning for an entry only where the entry agrees.
    """
    lex = lex or lexicon()
    words = normalise(text).split()
    return [(m, row.idiom) for row, _ in _matches(words, lex) for m in row.means]


@lru_cache(maxsize=8192)
def cached_stems(text: str) -> tuple[str, ...]:
    """``stems`` of a word or a synonym's meaning, remembered: questions reuse words."""
    return tuple(stems(text))


def _word_stems(word: str) -> str:
    return "".join(cached_stems(word))


def stem_key(text: str) -> str:
    """A name's stems run together: "myoclonic jerks" and "myoclonic jerk" meet."""
    return "".join(_word_stems(w) for w in normalise(text).split())


def name_keys(words: Sequence[str], expansions: Sequence[str] = ()) -> list[str]:
    """Exact-name keys: each word, joined neighbours ("zu san li"), codes ("bl 57"), synonyms.

    Neighbours also as stems run together (``stem_key``), so "myoclonic jerk" meets
    "myoclonic jerks"; single words stay exact ("cramps" is no name).
    """
    keys = list(words) + [e.replace(" ", "") for e in expansions]
    stemmed = [_word_stems(w) for w in words]
    for n in (2, 3):
        keys += ["".join(words[i : i + n]) for i in range(len(words) - n + 1)]
    for n in (2, 3):
        keys += ["".join(stemmed[i : i + n]) for i in range(len(words) - n + 1)]
    keys += [a + b for a, b in _CODE.findall(" ".join(words))]
    return [k for k in dict.fromkeys(keys) if k]
