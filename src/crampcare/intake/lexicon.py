"""The intake lexicon: lay phrases and medicine names, as typed, compiled data.

The tables live in the knowledge base (``knowledge/data/lexicon/*.yaml``) so
they can be read, reviewed and cited like any other knowledge; this module
validates them and compiles their patterns once per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from crampcare.intake.lazy import Lazy

from crampcare.intake.lexicon_data import MedicineClassEntry, Phrase, validated
from crampcare.intake.lexicon_data import checked_table as checked_table
from crampcare.intake.prefilter import requirements, triggers
from crampcare.intake.shape import LexiconError as LexiconError
from crampcare.intake.shape import record, strings
from crampcare.knowledge.files import data_yaml
from crampcare.word_finder import LETTER_RUN, Offers, WordFinder

_FLAGS = re.IGNORECASE


class Compound(NamedTuple):
    """A finding told across sentences: every part within ``within`` sentences."""

    means: dict[str, Any]
    within: int
    parts: tuple[str, ...]
    #: Words in the same sentences that make it no finding now ("gave up drinking").
    unless: tuple[Lazy, ...] = ()


@cache
def compounds() -> tuple[tuple[Compound, tuple[Lazy, ...]], ...]:
    """The packaged compounds with their parts (compiled when a text could match)."""
    from crampcare.intake.lazy import Lazy

    where = "lexicon/compounds.yaml"
    found = []
    for item in record(load_yaml("compounds.yaml"), where, {"compounds": list})["compounds"]:
        c = record(item, where, {"means": dict, "parts": list}, {"within": int, "unless": list})
        if not 1 <= c.get("within", 1) <= 3:
            raise LexiconError(f"{where}: within must be 1 to 3")
        parts = strings(c["parts"], where)
        if len(parts) < 2:
            raise LexiconError(f"{where}: a compound needs two parts or more")
        unless = tuple(Lazy(p) for p in strings(c["unless"], where)) if "unless" in c else ()
        compound = Compound(c["means"], c.get("within", 1), parts, unless)
        found.append((compound, tuple(Lazy(p) for p in parts)))
    return tuple(found)


# Escapes (\w, \b) and optional letters ("seizures?") are not literal text.


class LazyPattern:
    """A lexicon pattern, compiled the first time a sentence could match it.

    Compiling all ~250 patterns costs tens of milliseconds; most sentences
    need a third of them, and `crampcare check` must start fast.
    """

    __slots__ = ("_clauses", "_offered", "_regex", "source", "triggers")

    def __init__(self, source: str) -> None:
        self.source = source
        self.triggers = triggers(source)
        _FINDER.add(self.triggers)
        self._regex: re.Pattern[str] | None = None
        self._clauses: tuple[frozenset[str], ...] | None = None
        self._offered = 0

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            # A sign's word before "'s" is the sign: "the fever's 39", "the numbness's been
            # there for weeks" (round s24, lead; "can't" is still no "can").
            self._regex = word_regex(self.source, owned=True)
        return self._regex

    @property
    def clauses(self) -> tuple[frozenset[str], ...]:
        """What a sentence must contain to match (``prefilter.requirements``), worked out once."""
        if self._clauses is None:
            cached = _clause_cache().get(self.source)
            if cached is not None:
                self._clauses = tuple(frozenset(c) for c in cached)
            else:
                self._clauses = requirements(self.source, self.triggers)
        return self._clauses

    @property
    def settled(self) -> bool:
        """Whether ``possible`` answers from the clauses (not yet: it lets everything by)."""
        return self._clauses is not None

    def possible(self, present: frozenset[str]) -> bool:
        """Whether a sentence with these triggers meets every clause (so may match).

        Working out the clauses costs as much as running the pattern a few dozen
        times, so a one-off ``crampcare check`` skips it; a pattern that keeps
        being offered (a server's) earns it on its third sentence.
        """
        if self._clauses is None and self.source not in _clause_cache():
            self._offered += 1
            if self._offered < _EARN_CLAUSES:
                return True
        return all(not clause.isdisjoint(present) for clause in self.clauses)


#: How many sentences offer a pattern before its clauses are worked out.
_EARN_CLAUSES = 3
#: How many sets of triggers a phrase index keeps its candidates for.
_KNOWN = 4096


#: Clauses worked out ahead for the packaged patterns (``python -m
#: crampcare.intake.clause_caches`` writes them; a test checks they are current),
#: so a one-off ``check`` skips most patterns without compiling them.
CLAUSE_CACHE = "clauses.json"


@cache
def _clause_cache() -> dict[str, list[list[str]]]:
    from crampcare.intake.lazy import read_clauses

    return read_clauses(CLAUSE_CACHE)


#: Every trigger of every pattern made so far (``_ALL_TRIGGERS``), looked up in a text.
_FINDER = WordFinder()
_ALL_TRIGGERS = _FINDER.words


def known_words() -> frozenset[str]:
    """Every letter run of every pattern made so far: words the lexicon knows."""
    return frozenset(_ALL_TRIGGERS)


def present_triggers(lowered: str) -> frozenset[str]:
    """The triggers found in a lower-case sentence, looked up once for all patterns.

    A trigger is a run of letters, so it can only occur inside one of the
    sentence's letter runs: each run's substrings are looked up in the set of
    triggers, once per run and process (:mod:`crampcare.word_finder`). That is
    four times faster than testing the ~1,000 triggers one by one against the
    sentence, and `ask` screens every question this way.
    """
    return _FINDER.present(lowered)


@dataclass(frozen=True)
class Compiled:
    """A phrase with its patterns (whole words, case-insensitive)."""

    phrase: Phrase
    patterns: tuple[LazyPattern, ...]


@dataclass(frozen=True)
class PhraseIndex:
    """A group of phrases, with the patterns each trigger word can match.

    A sentence only needs the patterns its triggers name (and those with no
    trigger), not all of them: this is the hot path of screening a question.
    """

    pairs: tuple[tuple[Compiled, LazyPattern], ...]
    always: tuple[int, ...]
    by_trigger: dict[str, tuple[int, ...]] = field(compare=False)
    #: ``candidates`` by the triggers present, once every pattern offered has its
    #: clauses: the same trigger words come again and again ("calf", "night").
    _known: dict[frozenset[str], list[tuple[Compiled, LazyPattern]]] = field(
        default_factory=dict, compare=False, repr=False
    )
    #: Each pair's clauses by number, once its pattern has worked them out (``_Clauses``).
    _clauses: _Clauses = field(default_factory=lambda: _Clauses(), compare=False, repr=False)

    @classmethod
    def of(cls, items: tuple[Compiled, ...]) -> PhraseIndex:
        pairs = tuple((item, pattern) for item in items for pattern in item.patterns)
        by_trigger: dict[str, list[int]] = {}
        for n, (_, pattern) in enumerate(pairs):
            for trigger in pattern.triggers:
                by_trigger.setdefault(trigger, []).append(n)
        always = tuple(n for n, (_, pattern) in enumerate(pairs) if not pattern.triggers)
        return cls(pairs, always, {t: tuple(ns) for t, ns in by_trigger.items()})

    def candidates(self, present: frozenset[str]) -> list[tuple[Compiled, LazyPattern]]:
        """The (phrase, pattern) pairs a sentence with these triggers can match, in order.

        Kept by ``present`` (at most ``_KNOWN`` sets) once every pattern offered has
        worked out its clauses: before that ``possible`` lets a pattern through
        unchecked, a superset that matches the same but costs more, so it is not kept.
        """
        known = self._known.get(present)
        if known is not None:
            return known
        chosen = set(self.always)
        for trigger in present:
            chosen.update(self.by_trigger.get(trigger, ()))
        found, settled = self._clauses.possible(self.pairs, sorted(chosen), present)
        if settled:
            if len(self._known) >= _KNOWN:
                self._known.clear()  # a crowd of unusual sentences: start again
            self._known[present] = found
        return found


class _Clauses:
    """``LazyPattern.possible`` for many patterns at once, as set operations in C.

    Each distinct clause (a set of trigger words) has a number, and each word the
    numbers of the clauses it is in; a sentence's triggers then meet a set of clauses,
    and a pattern may match when its clauses' numbers are a subset of that set: one
    test a pattern, not a generator over its clauses (a fifth of a text's reading).
    """

    def __init__(self) -> None:
        self.needs: dict[int, frozenset[int]] = {}
        self.numbers: dict[frozenset[str], int] = {}
        self.by_word: dict[str, set[int]] = {}

    def _need(self, clauses: tuple[frozenset[str], ...]) -> frozenset[int]:
        found = []
        for clause in clauses:
            number = self.numbers.get(clause)
            if number is None:
                number = self.numbers[clause] = len(self.numbers)
                for word in clause:
                    self.by_word.setdefault(word, set()).add(number)
            found.append(number)
        return frozenset(found)

    def possible(
        self,
        pairs: tuple[tuple[Compiled, LazyPattern], ...],
        offered: list[int],
        present: frozenset[str],
    ) -> tuple[list[tuple[Compiled, LazyPattern]], bool]:
        """The offered pairs that may match, and whether every one was settled."""
        found = []
        settled = True
        met: set[int] | None = None
        for n in offered:
            need = self.needs.get(n)
            if need is None:
                pattern = pairs[n][1]
                if not pattern.settled:
                    settled = False
                    if pattern.possible(present):  # counts the offer, may settle it
                        found.append(pairs[n])
                    continue
                need = self.needs[n] = self._need(pattern.clauses)
                met = None  # clauses numbered now are in the words' sets from now on
            if met is None:
                by_word = self.by_word
                met = set().union(*[by_word[w] for w in present if w in by_word])
            if need <= met:
                found.append(pairs[n])
        return found, settled


@dataclass(frozen=True)
class MedicineHit:
    """What one medicine word means: its generic name and class."""

    generic: str | None
    cls: str


@dataclass(frozen=True)
class Lexicon:
    phrases: tuple[Compiled, ...]
    place_groups: tuple[tuple[Compiled, ...], ...]
    classes: dict[str, MedicineClassEntry]
    medicine_words: dict[str, MedicineHit]
    medicine_regex: re.Pattern[str]
    lay_medicines: tuple[tuple[re.Pattern[str], str], ...]
    #: ``phrases`` and each of ``place_groups``, indexed by trigger.
    phrase_index: PhraseIndex
    place_indexes: tuple[PhraseIndex, ...]
    #: The medicine patterns a sentence may match (``medicine_offers``): 0 is
    #: ``medicine_regex``, then ``lay_medicines`` in order.
    medicines_offered: Offers

    def medicine_patterns(self, sentence: str) -> list[int]:
        """The medicine patterns (numbered as in ``medicines_offered``) a sentence may match:
        every one for a text that is not ASCII (in Unicode, IGNORECASE matches letters
        that lower() leaves apart: "ſ" and "s")."""
        if not sentence.isascii():
            return list(range(len(self.lay_medicines) + 1))
        return self.medicines_offered.offered([sentence.lower()])


#: The texts whose every character some ASCII character matches, as IGNORECASE reads
#: them (the Kelvin sign is a "k", the long s an "s").
_ASCII_CAN_SPELL = re.compile(r"[\x00-\x7f]*", re.IGNORECASE)


def medicine_offers(names: Iterable[str], lay: Iterable[str]) -> Offers:
    """The medicine patterns by the words a sentence must hold for each.

    A name matches an ASCII sentence only where the sentence, lowered, spells it, so
    it holds the name's longest run of letters; a name without one may match any
    sentence, unless no ASCII text can spell it ("аторвастатин": a letter that no
    ASCII character matches, even ignoring case). The lay patterns need one of their
    triggers (``prefilter.triggers``).
    """
    spelled = [name for name in names if _ASCII_CAN_SPELL.fullmatch(name)]
    runs = [max(LETTER_RUN.findall(name.lower()), key=len, default=None) for name in spelled]
    named = () if None in runs else [r for r in runs if r is not None]
    return Offers([named, *(triggers(p) for p in lay)])


def word_regex(pattern: str, owned: bool = False) -> re.Pattern[str]:
    """Compile a lexicon pattern so that it only matches whole words (with ``owned``, also
    before "'s": a medicine or a sign said as the subject, "my blue inhaler's been used
    more", "the fever's 39")."""
    end = r"(?![\w-])(?!'(?!s(?![\w'])))" if owned else r"(?![\w'-])"
    return re.compile(rf"(?<![\w'-])(?:{pattern}){end}", _FLAGS)


def load_yaml(name: str) -> Any:
    """A lexicon YAML file of the packaged knowledge base, parsed."""
    return data_yaml("lexicon", name, error=LexiconError)


def _compile(phrases: tuple[Phrase, ...]) -> tuple[Compiled, ...]:
    return tuple(Compiled(p, tuple(LazyPattern(x) for x in p.patterns)) for p in phrases)


def _phrases(name: str) -> tuple[Compiled, ...]:
    items = validated(name)["phrases"]
    return _compile(tuple(Phrase(p["means"], tuple(p["patterns"]), p["negatable"]) for p in items))


def _group(places: tuple[Compiled, ...]) -> tuple[tuple[Compiled, ...], ...]:
    """Place phrases grouped by the field they set; each group picks its own matches.

    "right calf" is both a side and a location; grouping keeps both. Phrases
    that mean nothing guard the locations ("pull your toes up" is first aid).
    """
    groups: dict[str, list[Compiled]] = {}
    for item in places:
        key = next(iter(item.phrase.means), "locations")
        groups.setdefault(key, []).append(item)
    return tuple(tuple(g) for g in groups.values())


@cache
def load_lexicon() -> Lexicon:
    """The packaged lexicon, validated and compiled once per process."""
    classes = tuple(MedicineClassEntry.of(c) for c in validated("medicines.yaml")["classes"])
    words: dict[str, MedicineHit] = {}
    lay: list[tuple[re.Pattern[str], str]] = []
    lay_sources: list[str] = []
    for entry in classes:
        for med in entry.medicines:
            for word in (med.name, *med.brands):
                words[word.lower()] = MedicineHit(med.name, entry.id)
        lay.extend((word_regex(p, owned=True), entry.id) for p in entry.lay)
        lay_sources.extend(entry.lay)
    # Longest names first, so "conjugated oestrogens" wins over a shorter word.
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    phrases = _phrases("phrases.yaml")
    place_groups = _group(_phrases("places.yaml"))
    return Lexicon(
        phrases=phrases,
        place_groups=place_groups,
        classes={c.id: c for c in classes},
        medicine_words=words,
        medicine_regex=word_regex(alternation, owned=True),
        lay_medicines=tuple(lay),
        phrase_index=PhraseIndex.of(phrases),
        place_indexes=tuple(PhraseIndex.of(group) for group in place_groups),
        medicines_offered=medicine_offers(words, lay_sources),
    )


def clause_table() -> dict[str, list[list[str]]]:
    """The clauses of every packaged lexicon pattern, as stored in the clause cache."""
    lex = load_lexicon()
    items = lex.phrases + tuple(c for group in lex.place_groups for c in group)
    table: dict[str, list[list[str]]] = {}
    for item in items:
        for pattern in item.patterns:
            found = requirements(pattern.source, pattern.triggers)
            table[pattern.source] = [sorted(c) for c in found]
    return dict(sorted(table.items()))
