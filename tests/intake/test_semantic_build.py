"""The embeddings build reuses the rows of strings embedded unchanged (a fake model, no torch)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import crampcare.semantic_build as semantic_build
import crampcare.semantic_vectors as semantic_vectors
from crampcare.semantic_build import ROWS, row_digests, write
from crampcare.semantic_vectors import ARRAYS, KEY_FILE, Kind, texts_sha256

EXEMPLARS = ["my child had a fit", "a calm evening"]
BANK = ["calf cramp at night", "chest pain and short of breath", "toe cramp in the pool"]


def _vector(text: str) -> Any:
    seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")
    row = np.random.default_rng(seed).standard_normal(8).astype(np.float32)
    return row / np.linalg.norm(row)


class FakeModel:
    """Unit rows made from each text's hash; remembers what it was asked to embed."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, texts: list[str]) -> Any:
        self.calls.append(list(texts))
        return np.stack([_vector(t) for t in texts])


@pytest.fixture(autouse=True)
def _model_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic_vectors, "model_version", lambda: "1.0")


def _todo(bank: list[str]) -> dict[Kind, tuple[bytes, list[str]]]:
    return {"exemplars": (b"exemplars file", EXEMPLARS), "bank": (b"bank file", bank)}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _array(folder: Path, kind: Kind = "bank") -> Any:
    return np.load(folder / ARRAYS[kind])


def test_a_first_build_embeds_every_string_in_order_and_writes_its_rows_file(
    tmp_path: Path,
) -> None:
    model = FakeModel()
    key, embedded = write(str(tmp_path), _todo(BANK), model)
    assert model.calls == [EXEMPLARS, BANK]
    assert embedded == {"exemplars": 2, "bank": 3}
    assert key["bank"]["texts_sha256"] == texts_sha256(BANK) and key["bank"]["rows"] == 3
    assert json.loads((tmp_path / KEY_FILE).read_text()) == key
    rows = (tmp_path / ROWS["bank"]).read_bytes()
    assert rows == bytes.fromhex(texts_sha256(BANK)) + b"".join(row_digests(BANK))
    assert len(rows) == 32 + 8 * 3
    assert np.array_equal(_array(tmp_path), np.stack([_vector(t) for t in BANK]).astype(np.float16))


def test_a_build_with_nothing_changed_embeds_nothing_and_writes_the_same_bytes(
    tmp_path: Path,
) -> None:
    write(str(tmp_path), _todo(BANK), FakeModel())
    before = _files(tmp_path)
    model = FakeModel()
    _, embedded = write(str(tmp_path), _todo(BANK), model)
    assert model.calls == [] and embedded == {"exemplars": 0, "bank": 0}
    assert _files(tmp_path) == before


def test_only_changed_or_added_strings_are_embedded_the_others_keep_their_rows(
    tmp_path: Path,
) -> None:
    write(str(tmp_path), _todo(BANK), FakeModel())
    shipped = _array(tmp_path)
    # A context rule changed how the second vignette reads; one was added; order moved.
    edited = [BANK[2], "chest pain and breathless", BANK[0], "cramp in the car"]
    model = FakeModel()
    key, embedded = write(str(tmp_path), _todo(edited), model)
    assert model.calls == [["chest pain and breathless", "cramp in the car"]]
    assert embedded == {"exemplars": 0, "bank": 2}
    made = _array(tmp_path)
    assert made.shape == (4, 8) and made.dtype == np.float16
    assert np.array_equal(made[0], shipped[2]) and np.array_equal(made[2], shipped[0])
    assert np.array_equal(made[1], _vector(edited[1]).astype(np.float16))
    assert np.array_equal(made[3], _vector(edited[3]).astype(np.float16))
    assert key["bank"]["texts_sha256"] == texts_sha256(edited) and key["bank"]["rows"] == 4


def test_a_string_there_twice_keeps_each_of_its_rows(tmp_path: Path) -> None:
    twice = ["calf cramp at night", "calf cramp at night"]
    write(str(tmp_path), _todo(twice), FakeModel())
    # A full build may round the same string's two rows apart: each stays where it was.
    rows = np.stack([_vector("a"), _vector("b")]).astype(np.float16)
    np.save(tmp_path / ARRAYS["bank"], rows, allow_pickle=False)
    model = FakeModel()
    write(str(tmp_path), _todo(twice), model)
    assert model.calls == [] and np.array_equal(_array(tmp_path), rows)


@pytest.mark.parametrize("change", ["model_version", "RECIPE"])
def test_another_model_version_or_recipe_embeds_every_string(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    write(str(tmp_path), _todo(BANK), FakeModel())
    if change == "RECIPE":
        monkeypatch.setattr(semantic_vectors, "RECIPE", semantic_vectors.RECIPE + "-next")
    else:
        monkeypatch.setattr(semantic_vectors, "model_version", lambda: "2.0")
    model = FakeModel()
    write(str(tmp_path), _todo(BANK), model)
    assert model.calls == [EXEMPLARS, BANK]


def test_a_full_build_embeds_every_string_even_when_nothing_changed(tmp_path: Path) -> None:
    write(str(tmp_path), _todo(BANK), FakeModel())
    model = FakeModel()
    write(str(tmp_path), _todo(BANK), model, reuse=False)
    assert model.calls == [EXEMPLARS, BANK]


def test_without_a_rows_file_only_the_very_strings_shipped_are_reused(tmp_path: Path) -> None:
    write(str(tmp_path), _todo(BANK), FakeModel())
    before = _files(tmp_path)
    for name in ROWS.values():
        (tmp_path / name).unlink(missing_ok=True)
    model = FakeModel()
    write(str(tmp_path), _todo(BANK), model)  # the key's strings hash to today's
    assert model.calls == [] and _files(tmp_path) == before
    (tmp_path / ROWS["bank"]).unlink()
    model = FakeModel()
    write(str(tmp_path), _todo([*BANK, "cramp in the car"]), model)
    assert model.calls == [[*BANK, "cramp in the car"]]  # which row is which is unknown


def test_a_rows_file_written_with_another_key_is_not_trusted(tmp_path: Path) -> None:
    write(str(tmp_path), _todo(BANK), FakeModel())
    stale = (tmp_path / ROWS["bank"]).read_bytes()
    write(str(tmp_path), _todo(BANK[::-1]), FakeModel())
    (tmp_path / ROWS["bank"]).write_bytes(stale)  # as if the array and key were patched alone
    model = FakeModel()
    write(str(tmp_path), _todo(BANK), model)
    assert model.calls == [BANK]


def test_the_command_reuses_by_default_and_embeds_all_with_full(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    asked: list[bool] = []

    def build(full: bool = False) -> tuple[dict[str, Any], dict[str, int]]:
        asked.append(full)
        return {"bank": {"rows": 17920}}, {"bank": 17920 if full else 3}

    monkeypatch.setattr(semantic_build, "build", build)
    assert semantic_build.main([]) == 0
    assert "bank: 17920 texts (3 embedded now)" in capsys.readouterr().out
    assert semantic_build.main(["--full"]) == 0
    assert "bank: 17920 texts (17920 embedded now)" in capsys.readouterr().out
    assert asked == [False, True]
    assert semantic_build.main(["--full", "--check"]) == 2
