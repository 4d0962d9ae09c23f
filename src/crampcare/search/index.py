"""The lexical index: tantivy over every knowledge-base entry, built once and cached.

The index lives under the data folder in a directory named for the knowledge
base's fingerprint, the synonym table and this module's layout version, so a
changed knowledge base gets a new index and an unchanged one is reused. A
build happens in a temporary directory that is renamed into place, so
processes that build at the same time never see a half-written index.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tantivy

from crampcare.search.answer import entry_payload
from crampcare.search.fields import BOOSTS, anchor_names, entry_fields, entry_names, searchable
from crampcare.search.query import ANALYZER, SynonymTable, analyzer, lexicon, stems

#: Bump when the schema or the stored metadata change shape.
LAYOUT_VERSION = "18"

NAMES_BOOST = 4.0
#: Query clauses an index keeps (some 10,000 words and names; forgotten when full).
CLAUSES_KEPT = 20_000
_TEXT_FIELDS = tuple(BOOSTS)
_STALE_SECONDS = 3600.0


def kb_fingerprint() -> str:
    """The packaged knowledge base's fingerprint (``load().fingerprint``) without loading it.

    Hashing the data files is enough to find a cached index, so ``ask`` never
    validates the knowledge base when its index is already built.
    """
    from crampcare.knowledge.files import data_root, fingerprint_of, fingerprint_on_disk

    return fingerprint_on_disk() or fingerprint_of(data_root())


def cache_key(fingerprint: str, lex: SynonymTable) -> str:
    """The index directory name for this knowledge base and synonym table."""
    engine = getattr(tantivy, "__version__", "")
    raw = f"{fingerprint}:{lex.digest}:{LAYOUT_VERSION}:{engine}".encode()
    return hashlib.sha256(raw).hexdigest()[:20]


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    for name in _TEXT_FIELDS:
        builder.add_text_field(name, stored=False, tokenizer_name=ANALYZER)
    builder.add_text_field("names", stored=False, tokenizer_name="raw")
    return builder.build()


def build(entries: Iterable[Any], path: Path) -> None:
    """Write a fresh index and its metadata into the empty directory ``path``."""
    schema = _schema()
    index = tantivy.Index(schema, path=str(path))
    index.register_tokenizer(ANALYZER, analyzer())
    writer = index.writer(heap_size=15_000_000, num_threads=1)
    payloads: list[dict[str, Any]] = []
    terms: dict[str, list[str]] = {}
    questions: dict[str, list[str]] = {}
    names: set[str] = set()
    entity: set[str] = set()
    anchors: set[str] = set()
    df: Counter[str] = Counter()
    in_field: dict[str, set[str]] = {name: set() for name in _TEXT_FIELDS}
    for entry in searchable(entries):
        fields = entry_fields(entry)
        for name, text in fields.items():
            # Exactly the terms the index holds for the field (same analyzer, raw text).
            in_field[name].update(analyzer().analyze(text))
        doc = tantivy.Document(id=entry.id, names=entry_names(entry), **fields)
        writer.add_document(doc)
        payloads.append(entry_payload(entry))
        vocab = sorted(
            {s for text in fields.values() for s in stems(text)} | set(entry_names(entry))
        )
        terms[entry.id] = vocab
        names.update(entry_names(entry))
        if getattr(entry, "category", None) == "look_alike":
            anchors.update(anchor_names(entry))
        entity.update(stems(fields["title"] + "\n" + fields["aliases"]))
        questions[entry.id] = list(entry.questions)
        df.update(vocab)
    writer.commit()
    writer.wait_merging_threads()
    meta = {
        "docs": payloads,
        "terms": terms,
        "questions": questions,
        "names": sorted(names),
        "titles": {p["id"]: sorted(set(stems(p["title"]))) for p in payloads},
        "entity_terms": sorted(entity),
        "anchor_names": sorted(anchors),
        "df": dict(df),
        "n": len(payloads),
        "field_terms": {name: sorted(found) for name, found in in_field.items()},
    }
    (path / "ask-meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


@dataclass
class LexicalIndex:
    """An index's answer payloads and per-entry vocabulary, and tantivy for the search.

    Tantivy is opened on the first search, not with the rest: opening it starts a
    thread of tantivy's (it watches the index's files), and a server reads the rest
    in its supervisor, which must fork its workers with no thread running
    (web/server.py). Each worker then opens tantivy itself.
    """

    path: Path
    docs: dict[str, dict[str, Any]]
    terms: dict[str, frozenset[str]]
    questions: dict[str, list[str]]
    names: frozenset[str]
    titles: dict[str, frozenset[str]]
    entity_terms: frozenset[str]
    anchor_names: frozenset[str]
    df: dict[str, int]
    n: int
    #: Each text field's terms: a query asks a field only for words it holds.
    field_terms: dict[str, frozenset[str]]
    #: The index never changes once built: one searcher, and each document's id by address.
    _opened: tuple[tantivy.Index, tantivy.Searcher, dict[tuple[int, int], str]] | None = field(
        default=None, init=False, repr=False
    )
    #: Each word's query clause by (stem, weight), and each name's, made once: words come
    #: back in question after question, and a clause is immutable once made.
    _clauses: dict[tuple[str, float], tantivy.Query | None] = field(
        default_factory=dict, init=False, repr=False
    )

    @property
    def index(self) -> tantivy.Index:
        """The tantivy index (opened now if it is not yet)."""
        return self._open()[0]

    def _open(self) -> tuple[tantivy.Index, tantivy.Searcher, dict[tuple[int, int], str]]:
        opened = self._opened
        if opened is None:
            index = tantivy.Index.open(str(self.path))
            index.register_tokenizer(ANALYZER, analyzer())
            searcher = index.searcher()
            everything = searcher.search(tantivy.Query.all_query(), max(searcher.num_docs, 1))
            # Reading the stored id of every hit cost a tenth of a question's time.
            ids = {
                (addr.segment_ord, addr.doc): searcher.doc(addr)["id"][0]
                for _, addr in everything.hits
            }
            opened = self._opened = (index, searcher, ids)
        return opened

    def opened(self) -> bool:
        """Whether tantivy is open in this process (its thread running)."""
        return self._opened is not None

    @classmethod
    def open(cls, path: Path) -> LexicalIndex:
        return cls(path, *_meta_fields(path))

    def idf(self, stem: str) -> float:
        """BM25's inverse document frequency; a word no entry uses counts as rarest."""
        df = self.df.get(stem, 0)
        return math.log(1.0 + (self.n - df + 0.5) / (df + 0.5))

    def search(
        self,
        weights: dict[str, float],
        keys: list[str],
        limit: int,
    ) -> list[tuple[str, float]]:
        """Entry ids and BM25 scores, best first."""
        index, searcher, ids = self._open()
        schema = index.schema
        parts: list[tuple[tantivy.Occur, tantivy.Query]] = []
        # A word a field does not hold, or a name no entry has, matches nothing and adds
        # nothing to a score, but each clause still costs the search its time: most
        # words are in two or three of the six fields, and a question's name keys are
        # mostly word pairs that name nothing.
        clauses = self._clauses
        if len(clauses) > CLAUSES_KEPT:
            clauses.clear()
        for stem, weight in weights.items():
            if (stem, weight) not in clauses:
                per_field = [
                    tantivy.Query.boost_query(
                        tantivy.Query.term_query(schema, name, stem), weight * boost
                    )
                    for name, boost in BOOSTS.items()
                    if stem in self.field_terms[name]
                ]
                clauses[stem, weight] = (
                    tantivy.Query.disjunction_max_query(per_field, 0.2) if per_field else None
                )
            clause = clauses[stem, weight]
            if clause is not None:
                parts.append((tantivy.Occur.Should, clause))
        for key in keys:
            if key not in self.names:
                continue
            # A name's clause is kept under a weight no word has.
            named = clauses.get((key, -1.0))
            if named is None:
                exact = tantivy.Query.term_query(schema, "names", key)
                named = clauses[key, -1.0] = tantivy.Query.boost_query(exact, NAMES_BOOST)
            parts.append((tantivy.Occur.Should, named))
        if not parts:
            return []
        query = tantivy.Query.boolean_query(parts)
        hits = searcher.search(query, limit).hits
        return [(ids[addr.segment_ord, addr.doc], score) for score, addr in hits]


#: The metadata as :meth:`LexicalIndex.open` reads it, marshalled beside ``ask-meta.json``.
META_QUICK = "ask-meta.marshal"


def _meta_read(path: Path) -> tuple[Any, ...]:
    """The index's fields after ``path``, from its ``ask-meta.json``."""
    meta = json.loads((path / "ask-meta.json").read_text(encoding="utf-8"))
    return (
        {d["id"]: d for d in meta["docs"]},
        {k: frozenset(v) for k, v in meta["terms"].items()},
        meta["questions"],
        frozenset(meta["names"]),
        {k: frozenset(v) for k, v in meta["titles"].items()},
        frozenset(meta["entity_terms"]),
        frozenset(meta["anchor_names"]),
        meta["df"],
        meta["n"],
        {name: frozenset(found) for name, found in meta["field_terms"].items()},
    )


#: In the marshalled copy's stamp: a copy written before its strings were shared is
#: written again (it reads the same, only slower).
_META_SHARED = "shared-strings"


def shared_strings(value: Any) -> Any:
    """``value`` (a tree of tuples, lists, dicts, sets and strings) equal, with each
    string one object wherever it occurs: marshal stores it once and refers to it after,
    so reading the copy makes and hashes each of the index's 4,700 words once, not the
    17,000 times they occur in its sets (a quarter of reading it)."""
    words: dict[str, str] = {}

    def share(item: Any) -> Any:
        kind = type(item)
        if kind is str:
            return words.setdefault(item, item)
        if kind is frozenset or kind is set or kind is list or kind is tuple:
            return kind(share(x) for x in item)
        if kind is dict:
            return {share(k): share(v) for k, v in item.items()}
        return item

    return share(value)


def _meta_fields(path: Path) -> tuple[Any, ...]:
    """:func:`_meta_read`, from a marshalled copy when there is a current one.

    Parsing the JSON and making its sets was a tenth of a one-question ``ask``;
    ``marshal`` reads the same values (sets included) several times faster. The copy
    names the JSON's size and time and the Python that wrote it (marshal's format is
    Python's own): any of them changed, and the JSON is read and the copy made again.
    """
    import marshal
    import sys

    source = path / "ask-meta.json"
    info = source.stat()
    stamp = (info.st_size, info.st_mtime_ns, sys.version, _META_SHARED)
    quick = path / META_QUICK
    try:
        found = marshal.loads(quick.read_bytes())
        if isinstance(found, tuple) and len(found) == 2 and found[0] == stamp:
            fields: tuple[Any, ...] = found[1]
            return fields
    except (OSError, EOFError, ValueError, TypeError):
        pass
    fields = _meta_read(path)
    tmp = path / f".{META_QUICK}.{os.getpid()}.tmp"
    try:
        tmp.write_bytes(marshal.dumps((stamp, shared_strings(fields))))
        os.replace(tmp, quick)
    except (OSError, ValueError):
        # A read-only cache: the JSON again next time.
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return fields


def _prune(root: Path, keep: str) -> None:
    """Remove other keys' indexes (and abandoned temp dirs) that are over an hour old."""
    import shutil

    now = time.time()
    for child in root.iterdir():
        if child.name == keep:
            continue
        try:
            if now - child.stat().st_mtime > _STALE_SECONDS:
                shutil.rmtree(child, ignore_errors=True)
        except OSError:
            continue


def is_built(root: Path) -> bool:
    """Whether the packaged knowledge base's index is in the cache folder ``root``."""
    return (root / cache_key(kb_fingerprint(), lexicon()) / "ask-meta.json").is_file()


def cached_index(root: Path, kb: Any = None, open_search: bool = True) -> LexicalIndex:
    """The index for the knowledge base (default: the packaged one), built if missing.

    ``root`` is the cache folder; the index is ``root/<key>``. Without ``open_search``
    tantivy is opened on the first search (see ``LexicalIndex``), and a damaged
    tantivy index is then found there rather than rebuilt here.
    """
    fingerprint = kb.fingerprint if kb is not None else kb_fingerprint()
    key = cache_key(fingerprint, lexicon())
    final = root / key
    if (final / "ask-meta.json").is_file():
        try:
            found = LexicalIndex.open(final)
            if open_search:
                found.index  # noqa: B018 (opened now, where a damaged index is rebuilt)
            return found
        except (OSError, ValueError, KeyError):
            # Unreadable (a damaged disk, a hand edit): it is derived data, so rebuild.
            import shutil

            shutil.rmtree(final, ignore_errors=True)
    # Only to build: tempfile and shutil (with random) are not imported to open one.
    import shutil
    import tempfile

    root.mkdir(parents=True, exist_ok=True)
    if kb is None:
        from crampcare.knowledge import load

        kb = load()
    tmp = Path(tempfile.mkdtemp(prefix=f".build-{key}-", dir=root))
    try:
        build(kb, tmp)
        try:
            os.rename(tmp, final)
        except OSError:
            # Another process renamed its build into place first: use that one. A
            # directory without our metadata is a leftover of a crash: replace it.
            if not (final / "ask-meta.json").is_file():
                shutil.rmtree(final, ignore_errors=True)
                os.rename(tmp, final)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    _prune(root, key)
    built = LexicalIndex.open(final)
    if open_search:
        built.index  # noqa: B018 (opened now, as for a cached one)
    return built
