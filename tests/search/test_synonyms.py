"""The synonym table is well-formed, sourced where it states facts, and used as written."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from crampcare.knowledge.schema import SourceRef
from crampcare.search import Searcher
from crampcare.search.query import lexicon, normalise, parse_lexicon, plan, stems

RAW: dict[str, Any] = yaml.safe_load(
    (resources.files("crampcare.knowledge") / "data" / "lexicon" / "synonyms.yaml").read_bytes()
)


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def test_every_row_has_terms_and_means_and_only_known_keys() -> None:
    for row in RAW["synonyms"]:
        assert set(row) <= {"terms", "means", "sources", "idiom"}, row
        assert row["terms"] and row["means"], row


def test_sources_are_valid_and_seed_quotes_occur_in_the_seed(seeds_dir: Path) -> None:
    for row in RAW["synonyms"]:
        for raw in row.get("sources", ()):
            src = SourceRef.model_validate(raw)
            if src.seed is not None:
                seed_text = _plain((seeds_dir / src.seed).read_text(encoding="utf-8"))
                assert _plain(src.passage or "") in seed_text, src


def test_every_term_is_reachable_after_normalising() -> None:
    for row in lexicon().rows:
        assert all(t == normalise(t) and t for t in row.terms)


def test_scope_words_and_pointer_are_present() -> None:
    lex = lexicon()
    assert set(stems("cramp")) <= lex.anchors
    assert lex.pointer and all(s.pointer for s in lex.other_senses)


@pytest.mark.parametrize(
    ("phrase", "meant"),
    [
        ("charley horse", "cramp"),
        ("water pills", "diuretic"),
        ("shin", "tibia"),
        ("blood thinners", "anticoagulant"),
        ("tonic water", "quinine"),
    ],
)
def test_lay_phrases_add_the_knowledge_base_word(phrase: str, meant: str) -> None:
    assert set(stems(meant)) <= set(plan(f"question about {phrase} here").weights)


def test_a_new_row_takes_effect_without_code_changes() -> None:
    lex = parse_lexicon(
        b"synonyms:\n  - terms: [zzfoo]\n    means: [magnesium]\n"
        b"scope:\n  anchors: [cramp]\n  pointer: elsewhere\n"
    )
    assert "magnesium" in plan("does zzfoo help", lex).weights


def test_an_idiom_is_replaced_by_its_meaning_not_searched_word_by_word(
    searcher: Searcher,
) -> None:
    query = plan("pins and needles in my hand")
    assert not set(stems("pins needles")) & set(query.weights)
    assert set(stems("tingling")) <= set(query.weights)
    top = [a.id for a in searcher.ask("pins and needles in my hand").answers]
    assert "fa_pin_prick" not in top


def test_longer_phrases_win_over_the_words_inside_them() -> None:
    query = plan("I get pins and needles")
    assert "needl" not in query.weights
