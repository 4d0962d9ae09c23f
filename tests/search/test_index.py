"""The cached index: keyed by the knowledge base, reused, rebuilt on change, safe to race."""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from crampcare.knowledge import load
from crampcare.knowledge.loader import load_from
from crampcare.search import Searcher
from crampcare.search.index import cache_key, cached_index, kb_fingerprint
from crampcare.search.query import lexicon


def _index_dirs(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir())


def test_quick_fingerprint_matches_the_loaders() -> None:
    assert kb_fingerprint() == load().fingerprint


def test_the_fingerprint_read_with_os_is_the_one_read_through_importlib_resources() -> None:
    from crampcare.knowledge.files import data_root, fingerprint_of, fingerprint_on_disk

    assert fingerprint_on_disk() == fingerprint_of(data_root())


def test_a_preloaded_fingerprint_holds_only_while_its_files_are_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The fast path's table hands ``ask`` the fingerprint with the stamps of the files
    # it hashed, so the index is found without hashing them again: an edited, added
    # or removed file means hashing anew.
    from crampcare.knowledge import files

    package = Path(files.__file__).resolve().parents[1]
    copy = tmp_path / "crampcare"
    shutil.copytree(package / "knowledge" / "data", copy / "knowledge" / "data")
    shutil.copy(package / "knowledge" / "schema.py", copy / "knowledge" / "schema.py")
    shutil.copy(package / "vocabulary.py", copy / "vocabulary.py")
    monkeypatch.setattr(files, "_ON_DISK", str(copy / "knowledge" / "data"))
    monkeypatch.setattr(files, "_FINGERPRINT", [])
    stamped = files.stamped_fingerprint()
    assert stamped is not None and stamped[1] == files.fingerprint_on_disk()
    assert stamped[1] == files.fingerprint_of(copy / "knowledge" / "data")
    files.preload_fingerprint((stamped[0], "preloaded"))
    assert files.fingerprint_on_disk() == "preloaded"
    assert files.fingerprint_on_disk(known=False) == stamped[1]
    entry = copy / "knowledge" / "data" / "entries" / "remedies.yaml"
    entry.write_bytes(entry.read_bytes() + b"# edited\n")
    edited = files.fingerprint_on_disk()
    assert edited not in ("preloaded", stamped[1])
    files.preload_fingerprint((files._stamps([p for p, _ in files._fingerprinted()]), "again"))
    assert files.fingerprint_on_disk() == "again"
    (copy / "knowledge" / "data" / "coverage" / "new.yaml").write_bytes(b"{}\n")
    assert files.fingerprint_on_disk() not in ("again", edited)


def test_index_is_built_once_and_reused(cache_dir: Path) -> None:
    first = cached_index(cache_dir)
    stamp = (first.path / "ask-meta.json").stat().st_mtime_ns
    second = cached_index(cache_dir)
    assert second.path == first.path
    assert (second.path / "ask-meta.json").stat().st_mtime_ns == stamp
    assert _index_dirs(cache_dir) == [first.path]
    assert first.path.name == cache_key(kb_fingerprint(), lexicon())


def test_changed_knowledge_base_gets_a_new_index(cache_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "kb"
    shutil.copytree(Path(str(resources.files("crampcare.knowledge") / "data")), data)
    before = Searcher(cache_dir, kb=load_from(data))
    assert before.ask("what is a rhubarb compress?").out_of_scope
    extra = data / "entries" / "zz_test.yaml"
    extra.write_text(
        "entries:\n"
        "  - id: rm_rhubarb_test\n"
        "    kind: remedy\n"
        "    title: Rhubarb compress for cramps\n"
        "    text: A made-up remedy that only this test knows about.\n"
        "    remedy_kind: folk\n"
        "    route: topical\n"
        "    grade: unproven\n"
        "    evidence: No evidence at all; this entry exists for a test only.\n"
        "    sources: [{url: 'https://example.org/rhubarb'}]\n",
        encoding="utf-8",
    )
    after = Searcher(cache_dir, kb=load_from(data))
    assert after.index.path != before.index.path
    result = after.ask("is a rhubarb compress good for cramps?")
    assert result.answers[0].id == "rm_rhubarb_test"


_RACE = """
import sys
from pathlib import Path
from crampcare.search.index import cached_index
index = cached_index(Path(sys.argv[1]))
print(index.path.name, index.n)
"""


def test_processes_building_at_once_all_get_the_same_complete_index(cache_dir: Path) -> None:
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _RACE, str(cache_dir)], stdout=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    outputs = [p.communicate(timeout=60)[0].strip() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert len(set(outputs)) == 1
    # One finished index and no half-built temporary directories left behind.
    assert [p.name for p in cache_dir.iterdir()] == [outputs[0].split()[0]]


def test_leftover_directory_without_metadata_is_replaced(cache_dir: Path) -> None:
    key = cache_key(kb_fingerprint(), lexicon())
    (cache_dir / key).mkdir(parents=True)
    (cache_dir / key / "junk").write_text("half a build from a crash")
    index = cached_index(cache_dir)
    assert index.n > 0
    assert not (index.path / "junk").exists()


def test_damaged_index_is_rebuilt(cache_dir: Path) -> None:
    index = cached_index(cache_dir)
    (index.path / "ask-meta.json").write_text("{not json", encoding="utf-8")
    again = cached_index(cache_dir)
    assert again.n == index.n


def test_tantivy_opens_on_the_first_search_when_asked_to_wait(cache_dir: Path) -> None:
    # A server's supervisor reads the index without tantivy (which starts a thread),
    # then forks; the answers are the same as with tantivy opened at once.
    eager = Searcher(cache_dir)
    lazy = Searcher(cache_dir, open_search=False)
    assert eager.index.opened() and not lazy.index.opened()
    lazy.warm("lexical")  # the speller too: still no tantivy
    assert not lazy.index.opened()
    for question in ("calf cramp at night", "magnesium for cramps?", "my calf is swollen and hot"):
        assert lazy.ask(question).document() == eager.ask(question).document()
    assert lazy.index.opened()


def test_the_marshalled_metadata_is_the_jsons_and_follows_it(cache_dir: Path) -> None:
    """``ask-meta.marshal`` holds what ``ask-meta.json`` reads as; a changed JSON (or
    a damaged copy) is read again and the copy made anew."""
    import json

    from crampcare.search.index import META_QUICK, LexicalIndex, _meta_read

    path = cached_index(cache_dir).path
    quick = path / META_QUICK
    quick.unlink(missing_ok=True)
    first = LexicalIndex.open(path)  # from the JSON; the copy made
    assert quick.is_file()
    second = LexicalIndex.open(path)  # from the copy
    fields = _meta_read(path)
    for one in (first, second):
        assert (one.docs, one.terms, one.questions, one.names, one.titles) == fields[:5]
        assert (one.entity_terms, one.anchor_names, one.df, one.n, one.field_terms) == fields[5:]
    # The JSON edited (a changed size and time): the edit is read, not the old copy.
    meta = json.loads((path / "ask-meta.json").read_text(encoding="utf-8"))
    meta["n"] += 1
    (path / "ask-meta.json").write_text(json.dumps(meta), encoding="utf-8")
    assert LexicalIndex.open(path).n == first.n + 1
    assert LexicalIndex.open(path).n == first.n + 1  # and from the copy made again
    # A damaged copy is read around and made again.
    quick.write_bytes(b"not marshal")
    assert LexicalIndex.open(path).n == first.n + 1
    assert quick.read_bytes() != b"not marshal"


def test_the_marshalled_metadata_stores_each_word_once_and_replaces_an_older_copy(
    cache_dir: Path,
) -> None:
    import marshal
    import os

    from crampcare.search.index import META_QUICK, LexicalIndex, _meta_read, shared_strings

    path = cached_index(cache_dir).path
    fields = _meta_read(path)
    same = shared_strings(fields)
    assert same == fields
    assert len(marshal.dumps(same)) < 0.9 * len(marshal.dumps(fields))
    # A copy written before the words were shared (its stamp without the mark) is
    # read around and written again, shared.
    info = (path / "ask-meta.json").stat()
    older = ((info.st_size, info.st_mtime_ns, sys.version), fields)
    quick = path / META_QUICK
    quick.write_bytes(marshal.dumps(older))
    opened = LexicalIndex.open(path)
    assert (opened.docs, opened.df, opened.field_terms) == (fields[0], fields[7], fields[9])
    stamp, stored = marshal.loads(quick.read_bytes())
    assert stamp[:3] == older[0] and len(stamp) == 4 and stored == fields
    assert os.path.getsize(quick) < len(marshal.dumps(older))
