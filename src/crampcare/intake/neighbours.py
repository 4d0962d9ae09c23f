"""The word channel: the nearest labelled vignettes by shared words and letters, on every text.

Rules miss wordings nobody wrote down, and the semantic channel needs torch,
too slow to load for one ``check --text``. This channel reads the same bank of
blind vignettes (``knowledge/data/lexicon/red_flag_bank.yaml``) as TF-IDF
vectors of word stems, word pairs and letter groups inside words (a misspelt or
text-speak word still shares most of its letters), and lets the text's nearest
vignettes vote on a red flag (:mod:`crampcare.bank_vote`). A vote that
speaks adds the flag's settling question, the one the semantic channel asks,
with the reason in words; it never lowers anything, and raises only if the
shipped vote says so (chosen by leave-one-set-out cross-validation,
``benchmarks/neighbour_cv.py``).

The index is built once from the bank and shipped as package data
(``knowledge/data/neighbours/``, by :mod:`crampcare.neighbour_build`); it is
read lazily, and a query is a pure-Python sparse dot over the posting lists of
the text's terms. No numpy, no pydantic: it runs in the fast path of ``check``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from crampcare.bank_vote import vote
from crampcare.intake.model import Concern, ConcernLevel, Intake
from crampcare.neighbour_file import Flat, pack, unpack
from crampcare.neighbour_terms import FILE, FOLDER, terms, weigh

if TYPE_CHECKING:
    from crampcare.flag_rules import FlagCondition
    from crampcare.neighbour_sums import NumericPostings, TermNumbers

__all__ = ["Index", "enabled", "read_text", "screen", "screened"]

_NEEDS = {"emergency": "emergency help", "urgent": "a doctor the same day"}


@dataclass(frozen=True)
class _Case:
    level: str
    flag: str | None


@dataclass(frozen=True)
class NeighbourVote:
    k: int
    ask_share: float
    ask: float
    raise_share: float = 9.0  # above any share: never raises
    raise_: float = 9.0
    near: float | None = None
    emergency_share: float | None = None  # the word channel has no emergency bar
    emergency: float | None = None


class _Cases:
    """The vignettes' labels as the vote reads them, made one at a time: the vote reads
    ten of the 2,370."""

    def __init__(self, labels: list[list[str | None]]) -> None:
        self._labels = labels
        #: The ones made (the vote reads each of its ten two or three times).
        self._made: dict[int, _Case] = {}

    def __len__(self) -> int:
        return len(self._labels)

    def __getitem__(self, i: int) -> _Case:
        found = self._made.get(i)
        if found is None:
            level, flag = self._labels[i]
            found = self._made[i] = _Case(str(level), flag)
        return found


class Index:
    """The shipped index (:mod:`crampcare.neighbour_file`): the terms' idf and posting
    lists (vignette numbers and weights) as flat arrays read in place, the vignettes'
    labels, the vote."""

    def __init__(self, flat: Flat) -> None:
        head = flat.header
        self.key: dict[str, str] = head["key"]
        self.chars: tuple[int, ...] = tuple(head["chars"])
        self.vote = NeighbourVote(**head["vote"])
        self.cases = _Cases(head["cases"])
        self.questions: dict[str, str] = head["questions"]  # flag -> its settling question
        self.may_raise = frozenset(head["may_raise"])
        self.flat = flat
        arrays = flat.arrays
        self.idf, self.starts = arrays["idf"], arrays["starts"]
        self.ids, self.weights = arrays["ids"], arrays["weights"]
        self._numeric: NumericPostings | None = None
        self._positions: dict[str, int] | None = None
        self._numbers: TermNumbers | None = None

    def vectorise(self) -> None:
        """Read texts faster from now on (a server), to the same floats and vignettes.

        The sums and the nearest vignettes with numpy (``neighbour_sums``), and each
        term's number from a dict of all the index's terms (about 20,000, 2 MB) instead
        of the file's hash table probed in Python: a third of the channel's time; each
        word's letter groups' numbers are kept once worked out (``TermNumbers``). A
        single ``check`` reads a few texts and does neither: numpy's import and the
        dict would cost it more than they save.
        """
        from crampcare.neighbour_sums import NumericPostings, TermNumbers

        if self._numeric is None:
            self._numeric = NumericPostings(self.ids, self.weights, self.starts)
        if self._positions is None:
            self._positions = {term: n for n, term in enumerate(self.flat.terms())}
        if self._numbers is None:
            self._numbers = TermNumbers(self._positions, self.chars)

    @classmethod
    def of(cls, doc: dict[str, Any]) -> Index:
        """The index of a document made by :func:`crampcare.neighbour_build.index_doc`."""
        return cls(unpack(pack(doc)))

    def position(self, term: str) -> int | None:
        """The term's number in the index (None when it is not indexed)."""
        if self._positions is not None:
            return self._positions.get(term)
        return self.flat.position(term)

    def vector(self, text: str) -> dict[int, float]:
        """The text's unit-length weights, by term number."""
        if self._numbers is not None:
            return self._numbers.weights(text, self.idf)
        numbered: dict[int, int] = {}
        for term, n in terms(text, self.chars).items():
            at = self.position(term)
            if at is not None:
                numbered[at] = n
        return weigh(numbered, lambda at: self.idf[at])

    def similarities(self, text: str) -> list[float]:
        """The text's cosine similarity to every vignette, in the bank's order."""
        if self._numeric is not None:
            return self._numeric.similarities(self.vector(text), len(self.cases))
        scores = [0.0] * len(self.cases)
        for at, q in self.vector(text).items():
            start, end = self.starts[at], self.starts[at + 1]
            for i, w in zip(self.ids[start:end], self.weights[start:end], strict=True):
                scores[i] += q * w
        return scores

    def nearest(self, text: str, k: int) -> list[tuple[int, float]]:
        """The k most similar vignettes (number, cosine similarity), nearest first."""
        if self._numeric is not None:
            return self._numeric.nearest(self.vector(text), len(self.cases), k)
        import heapq

        scores = self.similarities(text)
        top = heapq.nlargest(k, range(len(scores)), key=scores.__getitem__)
        return [(i, scores[i]) for i in top if scores[i] > 0]

    def concern(self, text: str) -> Concern | None:
        """The vote of the text's nearest vignettes, as a concern (None when it does not speak)."""
        near = self.nearest(text, self.vote.k)
        verdict = vote(near, self.cases, self.vote, self.may_raise) if near else None
        if verdict is None or verdict.flag not in self.questions:
            return None
        from crampcare.triage_rules import red_flags

        rule = next(r for r in red_flags() if r.id == verdict.flag)
        need = _NEEDS.get(rule.level, "a doctor")
        return Concern(
            topic=verdict.flag,
            words=_shorten(text),
            reason=f"What you wrote reads like messages about this that needed {need}: "
            f"{rule.title[:1].lower()}{rule.title[1:]}.",
            question=self.questions[verdict.flag],
            level=_raised(verdict.level),
            channel="neighbour",
        )


#: The levels the channel may raise a text to by itself (never an emergency: see below).
RAISES_TO: frozenset[ConcernLevel] = frozenset({"urgent", "doctor"})


def _raised(level: ConcernLevel | None) -> ConcernLevel | None:
    """The level the channel may raise to by itself: shared words are not meaning, and
    "can I take paracetamol for the pain" shares its words with overdoses. An emergency
    named by the word channel alone asks its question (first on the list) instead of
    calling for help; a same-day doctor's flag may raise."""
    return level if level in RAISES_TO else None


def _shorten(text: str, at_most: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= at_most else flat[: at_most - 1].rsplit(" ", 1)[0] + "…"


_index: Index | None = None


def index() -> Index:
    """The shipped index, read once (built from the bank now if it cannot be read)."""
    global _index
    if _index is None:
        from crampcare.knowledge.files import data_mapped

        try:
            flat = unpack(data_mapped(FOLDER, FILE))
        except (OSError, ValueError, EOFError, TypeError, KeyError):
            # No file, or a header another Python cannot read: the same index, made
            # here (a second).
            from crampcare.neighbour_build import build

            flat = unpack(pack(build()))
        _index = Index(flat)
    return _index


def enabled() -> bool:
    """Whether the channel runs (the ``neighbour_triage`` setting; on unless turned off)."""
    from crampcare.settings import get

    return get("neighbour_triage").strip().lower() not in {"off", "0", "no", "false"}


def screen(text: str) -> list[Concern]:
    """The word channel's concern for a text (``[]`` when it does not speak or is off)."""
    if not text.strip() or not enabled():
        return []
    found = index().concern(text)
    return [] if found is None else [found]


def _signs(cond: FlagCondition) -> set[tuple[str, Any]]:
    """The (field, value) pairs a flag's rule looks for, its denials left out (a value of
    None stands for any value: a number compared, say)."""
    if cond.not_ is not None:
        return set()
    out: set[tuple[str, Any]] = set()
    for sub in (*(cond.all_ or ()), *(cond.any_ or ())):
        out |= _signs(sub)
    if cond.field is not None:
        if cond.contains is not None:
            out.add((cond.field, cond.contains))
        elif cond.in_ is not None:
            out |= {(cond.field, v) for v in cond.in_}
        elif cond.is_ is not None:
            out.add((cond.field, cond.is_))
        else:
            out.add((cond.field, None))
    return out


def _placed(flag: str, intake: Intake) -> bool:
    """Whether the reader found the flag's own signs in the text and set every one of them
    aside: denied, wished or someone else's ("my brother works with lead, the cramp is
    mine"). Shared words may then ask the flag's question but not raise past the reading.

    Signs read as over are not set aside here: a flag's events (a wound, an operation, a
    journey, work with lead) are always told in the past, and the reader's "over" is the
    less sure of its readings (tried: an urgent case of a kept sealed set fell to doctor).
    Nor is a flag's "not" told to hold (a jab up to date, a cramp eased by stretching):
    tried, a kept sealed set lost a red flag (the reader's "eased" is loose).
    """
    from crampcare.triage_rules import red_flag

    rule = red_flag(flag)
    if rule is None:
        return False
    signs = _signs(rule.when)
    facts = [f for f in intake.evidence if (f.field, f.value) in signs or (f.field, None) in signs]
    return bool(facts) and all(
        f.negated or f.hypothetical or f.experiencer != "patient" for f in facts
    )


def screened(intake: Intake, text: str) -> Intake:
    """The intake with the channel's concern added, unless its flag is already raised
    or its question already asked or settled by the text."""
    from crampcare.assessment import BY_ID, is_denied, is_settled

    asked = {c.question for c in intake.concerns}
    found = [
        replace(c, level=None) if c.level is not None and _placed(c.topic, intake) else c
        for c in screen(text)
    ]
    extra = [
        c
        for c in found
        if c.topic not in {k.topic for k in intake.concerns}
        and (c.level is not None or (c.question not in asked and c.question in BY_ID))
        and (c.level is not None or not is_settled(BY_ID[c.question or ""], intake))
        # Shared words may not raise past the text's own denial of the flag's signs.
        and not (
            c.level is not None and c.question in BY_ID and is_denied(BY_ID[c.question], intake)
        )
    ]
    return replace(intake, concerns=[*intake.concerns, *extra]) if extra else intake


def read_text(text: str) -> Intake:
    """Free text read for triage: the rules (:func:`parse_text`), then the word channel.

    The one free-text entry of every face (``check --text`` and ``--batch``, the web
    check and its JSON twin, ask's red-flag screen).
    """
    from crampcare.intake.parse import parse_text

    return screened(parse_text(text), text)
