"""The shipped embeddings of the semantic screen: made from today's files, and read back."""

from __future__ import annotations

import fnmatch
import tomllib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

import crampcare.semantic_build as semantic_build
import crampcare.semantic_vectors as semantic_vectors
from crampcare.intake.exemplars import exemplar_bytes
from crampcare.knowledge.files import data_root
from crampcare.semantic_bank import bank_bytes, load_bank
from crampcare.semantic_build import ROWS, row_digests
from crampcare.semantic_model import available
from crampcare.semantic_vectors import (
    ARRAYS,
    COMMAND,
    FOLDER,
    KEY_FILE,
    Kind,
    bank_text,
    embedded_texts,
    shipped,
    shipped_key,
    sources,
    texts_sha256,
)

ROOT = Path(__file__).resolve().parents[2]


def _shipped_version() -> str:
    return str(shipped_key()["bank"]["model_version"])


def test_the_shipped_key_matches_the_bank_exemplar_and_knowledge_files() -> None:
    # Without the extra the installed model's version is unknown: the shipped one is assumed.
    problems = semantic_build.check(semantic_vectors.model_version() or _shipped_version())
    assert not problems, (
        "the shipped semantic embeddings are out of date ("
        + "; ".join(problems)
        + f"): run PYTHONPATH=src {COMMAND} and commit what it writes"
    )


def test_the_shipped_key_matches_the_texts_embedded_today() -> None:
    # A change to how a text is read (neutral(), bank_text()) changes what is embedded
    # even when the files do not change.
    key = shipped_key()
    for kind, source in sources().items():
        texts = embedded_texts(kind, source)
        assert key[kind]["rows"] == len(texts)  # (ask's passages are checked with its files)
        assert key[kind]["texts_sha256"] == texts_sha256(texts), (
            f"{kind}: the texts embedded differ from those shipped: run {COMMAND} "
            "(it embeds only the strings that changed)"
        )


def test_each_shipped_rows_file_names_the_strings_of_its_array() -> None:
    # Written with the key, so the next build knows which row is which string.
    key = shipped_key()
    folder = ROOT / "src" / "crampcare" / "knowledge" / "data" / FOLDER
    for kind, name in ROWS.items():
        kept = (folder / name).read_bytes()
        assert kept[:32] == bytes.fromhex(key[kind]["texts_sha256"]), f"{kind}: run {COMMAND}"
        assert len(kept) == 32 + 8 * key[kind]["rows"]
    texts = embedded_texts("exemplars", exemplar_bytes())
    assert (folder / ROWS["exemplars"]).read_bytes()[32:] == b"".join(row_digests(texts))


def test_the_shipped_arrays_are_float16_one_unit_row_per_text() -> None:
    key = shipped_key()
    for kind, name in ARRAYS.items():
        matrix = np.load(Path(str(data_root())) / FOLDER / name)
        assert matrix.dtype == np.float16
        assert matrix.shape == (key[kind]["rows"], 384)
        norms = np.linalg.norm(matrix.astype(np.float32), axis=1)
        assert np.allclose(norms, 1.0, atol=2e-3)


def test_shipped_embeddings_are_read_only_for_the_file_they_were_made_from(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(semantic_vectors, "model_version", _shipped_version)
    rows = len(load_bank().cases)
    matrix = shipped("bank", bank_bytes(), rows)
    assert matrix is not None and matrix.dtype == np.float32 and matrix.shape[0] == rows
    edited = bank_bytes() + b"- {text: my calf cramped on the stairs, level: self_care}\n"
    assert shipped("bank", edited, rows + 1) is None
    assert shipped("bank", bank_bytes(), rows - 1) is None  # a row count that does not fit
    monkeypatch.setattr(semantic_vectors, "model_version", lambda: "another")
    assert shipped("bank", bank_bytes(), rows) is None


def test_a_file_whose_texts_did_not_change_still_gets_the_shipped_rows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(semantic_vectors, "model_version", _shipped_version)
    tuned = exemplar_bytes().replace(b"\n  asks: false", b"\n  asks: true")
    assert tuned != exemplar_bytes()
    texts = embedded_texts("exemplars", tuned)
    assert shipped("exemplars", tuned, len(texts)) is None  # by the file: no
    assert shipped("exemplars", tuned, len(texts), texts) is not None  # by its texts: yes
    added = tuned.replace(b'      - "My child had a fit."', b'      - "He is fitting."')
    assert shipped("exemplars", added, len(texts), embedded_texts("exemplars", added)) is None


def test_the_check_command_names_the_build_command_when_the_bank_changed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(semantic_vectors, "model_version", _shipped_version)
    assert semantic_build.main(["--check"]) == 0
    edited = bank_bytes() + b"- {text: my calf cramped on the stairs, level: self_care}\n"
    monkeypatch.setattr(
        semantic_vectors, "sources", lambda: {"exemplars": exemplar_bytes(), "bank": edited}
    )
    assert semantic_build.main(["--check"]) == 1
    out = capsys.readouterr().out
    assert "bank: source_sha256" in out and COMMAND in out and "exemplars" not in out
    assert semantic_build.main(["--bogus"]) == 2


def test_the_package_data_patterns_take_the_shipped_files_into_wheel_and_sdist() -> None:
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"
    ]["crampcare"]
    package = ROOT / "src" / "crampcare"
    for name in [KEY_FILE, *ARRAYS.values()]:
        path = (package / "knowledge" / "data" / FOLDER / name).relative_to(package).as_posix()
        assert any(fnmatch.fnmatch(path, p) for p in patterns), path
    for name in ROWS.values():  # only a build reads them: 147 KB an install does without
        path = (package / "knowledge" / "data" / FOLDER / name).relative_to(package).as_posix()
        assert not any(fnmatch.fnmatch(path, p) for p in patterns), path


@pytest.mark.skipif(not available(), reason="the semantic extra (torch) is not installed")
def test_a_sample_of_shipped_vectors_equals_a_fresh_embedding() -> None:
    from crampcare.semantic_model import load_model
    from crampcare.semantic_vectors import encode

    model = load_model()
    # The bank's texts are read only where sampled: reading all 18,000 took 16 s.
    files = sources()
    cases = load_bank(files["bank"]).cases
    made: dict[Kind, tuple[bytes, int, Callable[[int], str]]] = {
        "bank": (files["bank"], len(cases), lambda i: bank_text(cases[i].text))
    }
    exemplars = embedded_texts("exemplars", files["exemplars"])
    made["exemplars"] = (files["exemplars"], len(exemplars), exemplars.__getitem__)
    passages = semantic_build.ask_passages()
    made["ask"] = (b"", len(passages), passages.__getitem__)
    for kind, (source, count, text_at) in made.items():
        sample = [*range(0, count, max(1, count // 12))][:12]
        sample.append(count - 1)
        fresh = encode(model, [text_at(i) for i in sample])
        stored = shipped(kind, source, count, passages if kind == "ask" else None)
        assert stored is not None, f"{kind}: the shipped embeddings are not used: run {COMMAND}"
        cosines = (fresh * stored[sample]).sum(axis=1) / np.linalg.norm(stored[sample], axis=1)
        assert cosines.min() > 0.999, (kind, float(cosines.min()))
