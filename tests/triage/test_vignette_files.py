"""Sealed vignette sets are read like development sets but never listed or banked."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from benchmarks import semantic_bank_build, triage_eval, vignettes

CASE = {"id": "X1", "text": "calf cramp at night, gone after stretching", "levels": ["self_care"]}


def _sealed(tmp_path: Path) -> Path:
    folder = tmp_path / "sealed"
    folder.mkdir()
    path = folder / "set.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps(CASE) + "\n\n").encode()))
    return path


def test_a_compressed_sealed_set_reads_like_a_plain_one(tmp_path: Path) -> None:
    plain = tmp_path / "dev.jsonl"
    plain.write_text(json.dumps(CASE) + "\n", encoding="utf-8")
    assert vignettes.read(_sealed(tmp_path)) == vignettes.read(plain) == [CASE]


def test_sealed_is_told_by_its_folder_or_its_compression(tmp_path: Path) -> None:
    assert vignettes.is_sealed(_sealed(tmp_path))
    assert vignettes.is_sealed(tmp_path / "x.jsonl.gz")
    assert not vignettes.is_sealed(tmp_path / "dev_a.jsonl")


def test_the_evaluation_scores_a_sealed_set_but_refuses_to_list_its_misses(
    tmp_path: Path,
) -> None:
    path = _sealed(tmp_path)
    assert triage_eval.score(path).n == 1
    assert triage_eval.main([str(path), "--misses"]) == 2


def test_a_sealed_set_never_goes_into_the_semantic_bank(tmp_path: Path) -> None:
    out = tmp_path / "bank.yaml"
    assert semantic_bank_build.main([str(_sealed(tmp_path)), "--out", str(out)]) == 2
    assert not out.exists()


def test_every_set_kept_in_the_repository_reads() -> None:
    for path in sorted(vignettes.SEALED_DIR.glob("*.jsonl.gz")):
        cases = vignettes.read(path)
        assert cases and all(c["levels"] and c["text"] for c in cases), path.name


def test_the_evaluation_with_the_semantic_screen_off_says_so_and_scores_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CRAMPCARE_SEMANTIC_TRIAGE", "off")
    plain = tmp_path / "dev.jsonl"
    plain.write_text(json.dumps(CASE) + "\n", encoding="utf-8")
    assert triage_eval.main([str(plain), "--semantic"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
