"""The word channel: the nearest labelled vignettes by shared words, on every free-text check."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crampcare import neighbour_build
from crampcare.assessment import assess
from crampcare.intake import neighbours, parse_text, read_text
from crampcare.vocabulary import LEVEL_ORDER

#: Red flags in words the rules do not know (misspelt, text-speak, paraphrased): the
#: rules alone read each as self-care and ask nothing about it.
UNREAD = [
    ("calf like a rock for ages n stretchin dont help", "duration"),
]
#: ... and those whose nearest vignettes agree so closely that the vote raises the level.
RAISED = [
    # (round s16: "... hands cramping up" is read by the rules now; feet are left to the vote)
    ("lips tingly n feet cramping up", "urgent"),
]
ORDINARY = [
    "cramp in my calf at night, stretched it and it went",
    "got a cramp in my foot while swimming, fine now",
    "my leg cramps after running sometimes",
    "cramp woke me at 3am, calf, lasted a minute",
    "charley horse last night, walked it off",
    "toes curled up with cramp in the bath, gone after a minute",
    "I get calf cramps a couple of times a month in bed",
    "hamstring cramped near the end of the match, stretched and ok",
    "calf cramp while driving, pulled my toes up and it eased",
    "Cramp in my foot this morning, what stretches help?",
]


def _asked(text: str) -> set[str]:
    return {c.question for c in read_text(text).concerns if c.question}


def test_the_shipped_index_matches_the_bank_and_the_vote() -> None:
    assert neighbour_build.check() == [], f"run {neighbour_build.COMMAND}"


@pytest.mark.parametrize(("text", "question"), UNREAD)
def test_a_red_flag_in_unknown_words_gets_its_question(text: str, question: str) -> None:
    rules = parse_text(text)
    assert assess(rules, from_text=True).level == "self_care"
    assert question not in {c.question for c in rules.concerns}
    found = [c for c in read_text(text).concerns if c.channel == "neighbour"]
    assert [c.question for c in found] == [question]
    reason = found[0].reason
    assert "reads like messages" in reason and "rf_" not in reason  # words, not ids
    result = assess(read_text(text), from_text=True)
    assert question in [t.question for t in result.to_confirm]
    assert reason in [t.why for t in result.to_confirm]


@pytest.mark.parametrize(("text", "level"), RAISED)
def test_a_close_agreeing_vote_raises_the_level_with_its_reason(text: str, level: str) -> None:
    assert assess(parse_text(text), from_text=True).level == "self_care"
    result = assess(read_text(text), from_text=True)
    assert result.level == level
    reason = next(r for r in result.reasons if r.rule.startswith("concern-rf_"))
    assert "reads like messages about this" in reason.message and "rf_" not in reason.message


def test_ordinary_cramps_are_mostly_left_alone() -> None:
    # Its cost, chosen by cross-validation: about one ordinary cramp in ten is asked a
    # question (at most one in five); these are short, so fewer words settle anything.
    asked = [t for t in ORDINARY if any(c.channel == "neighbour" for c in read_text(t).concerns)]
    assert len(asked) <= 2, asked


def test_off_the_channel_adds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRAMPCARE_NEIGHBOUR_TRIAGE", "off")
    text = RAISED[0][0]
    assert neighbours.screen(text) == []
    assert read_text(text) == parse_text(text)


def test_a_question_already_asked_or_settled_is_not_asked_twice() -> None:
    text = "my calf is swollen and red, no swelling though, can't catch my breath"
    concerns = read_text(text).concerns
    assert len([c.question for c in concerns]) == len({c.question for c in concerns})


def test_the_index_is_read_without_numpy_or_pydantic() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from crampcare.intake import neighbours\n"
        "neighbours.index().nearest('calf cramp at night', 10)\n"
        "print(sorted(m for m in ('numpy', 'pydantic', 'yaml') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


WORDS = st.sampled_from(
    [
        "calf",
        "cramp",
        "leg",
        "swollen",
        "red",
        "hot",
        "breath",
        "chest",
        "jaw",
        "wound",
        "nail",
        "pills",
        "tablets",
        "wee",
        "dark",
        "cola",
        "fever",
        "neck",
        "rash",
        "fit",
        "shaking",
        "pregnant",
        "weeks",
        "headache",
        "cold",
        "white",
        "numb",
        "pop",
        "snap",
        "vomiting",
        "no",
        "not",
        "never",
        "if",
        "my",
        "dad",
        "last",
        "year",
        "now",
        "tonight",
        "stretched",
        "fine",
        "better",
        "hours",
        "minutes",
        "20",
        "cant",
        "brethe",
        "swolen",
        "n",
        "u",
        "r",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, min_size=1, max_size=25).map(" ".join))
def test_the_channel_never_lowers_a_level(text: str) -> None:
    rules = assess(parse_text(text), from_text=True)
    both = assess(read_text(text), from_text=True)
    assert LEVEL_ORDER[both.level] >= LEVEL_ORDER[rules.level]
    # And asks at least what the rules alone ask (an emergency asks nothing).
    if both.level == rules.level:
        assert {t.question for t in rules.to_confirm} <= {t.question for t in both.to_confirm}


def test_an_emergency_the_word_channel_alone_names_is_asked_not_raised() -> None:
    # ("breth" is now put right by the spelling reader; "brth" is two letters out)
    text = "cant catch my brth after the op, leg sore"
    assert assess(parse_text(text), from_text=True).level == "self_care"
    result = assess(read_text(text), from_text=True)
    assert result.level != "emergency" and result.provisional
    asked = [t for t in result.to_confirm if "reads like messages about this" in t.why]
    assert [t.level for t in asked] == ["emergency"]


@pytest.mark.parametrize(
    "text",
    [
        "cramp pain keeps me awake, can I take paracetamol",
        "is ibuprofen ok to take for cramps at night",
    ],
)
def test_the_word_channel_alone_never_calls_for_an_ambulance(text: str) -> None:
    # Shared words are not meaning: a question about a painkiller shares its words with
    # overdoses. The channel may ask the emergency question, never raise to it by itself.
    intake = read_text(text)
    assert all(c.level != "emergency" for c in intake.concerns if c.channel == "neighbour")
    assert assess(intake, from_text=True).level != "emergency"


def test_the_flat_file_reads_back_what_the_build_made() -> None:
    from crampcare.neighbour_file import pack, unpack

    doc = neighbour_build.build()
    flat = unpack(pack(doc))
    terms = doc["terms"].split("\n")
    assert flat.terms() == terms
    for name in ("idf", "starts", "ids", "weights"):
        assert flat.arrays[name].tobytes() == doc[name], name
    assert all(flat.position(term) == number for number, term in enumerate(terms))
    for absent in ("", "zzzz", "~<qqq", "calf calf calf", terms[0] + "x", "é"):
        assert flat.position(absent) is None
    head = flat.header
    assert head["key"] == doc["key"] and head["vote"] == doc["vote"]
    assert [tuple(c) for c in head["cases"]] == [tuple(c) for c in doc["cases"]]
    assert head["questions"] == doc["questions"] and head["may_raise"] == doc["may_raise"]


def test_the_shipped_file_holds_what_a_build_makes_now() -> None:
    from crampcare.knowledge.files import data_bytes
    from crampcare.neighbour_file import pack, unpack
    from crampcare.neighbour_terms import FILE, FOLDER

    shipped, made = unpack(data_bytes(FOLDER, FILE)), unpack(pack(neighbour_build.build()))
    assert shipped.header == made.header
    assert all(shipped.arrays[n].tobytes() == made.arrays[n].tobytes() for n in made.arrays)


def test_the_index_file_mapped_into_memory_reads_as_its_bytes(tmp_path: Path) -> None:
    # Mapped, a process touches only the pages a text's terms lead to, not the whole
    # 3.8 MB; what it reads is the same.
    import mmap

    from crampcare.knowledge import files
    from crampcare.neighbour_file import unpack
    from crampcare.neighbour_terms import FILE, FOLDER

    mapped = files.data_mapped(FOLDER, FILE)
    assert isinstance(mapped, mmap.mmap)
    read, shipped = unpack(mapped), unpack(files.data_bytes(FOLDER, FILE))
    assert read.header == shipped.header
    assert all(read.arrays[n].tobytes() == shipped.arrays[n].tobytes() for n in shipped.arrays)
    terms = shipped.terms()
    assert read.terms() == terms
    assert all(read.position(t) == shipped.position(t) for t in [*terms[::97], "zzzq", "é"])
    # ("breth" is now put right by the spelling reader; "brth" is two letters out)
    text = "cant catch my brth after the op, leg sore"
    assert neighbours.Index(read).nearest(text, 10) == neighbours.Index(shipped).nearest(text, 10)


def test_an_empty_data_file_maps_to_no_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crampcare.knowledge import files

    (tmp_path / "empty.bin").write_bytes(b"")
    (tmp_path / "some.bin").write_bytes(b"CCNB")
    monkeypatch.setattr(files, "_ON_DISK", str(tmp_path))
    assert files.data_mapped("empty.bin") == b""  # mmap refuses an empty file
    assert files.data_mapped("some.bin")[:] == b"CCNB"


def test_the_word_channel_indexes_only_its_share_of_the_bank() -> None:
    # Round s17: the semantic bank grew to dev L-BF; the word channel, read on `check` and
    # in ask's red-flag screen, keeps the first fourteen sets (docs/neighbour-triage.md).
    from crampcare.semantic_bank import load_bank

    bank = load_bank()
    made = neighbour_build.build()
    assert bank.words is not None and bank.words < len(bank.cases)
    assert made["cases"] == [(c.level, c.flag) for c in bank.cases[: bank.words]]


def test_a_file_that_is_not_an_index_is_refused() -> None:
    from crampcare.neighbour_file import pack, unpack

    blob = pack(neighbour_build.build())
    for bad in (b"", b"not an index at all", blob[:-100], b"CCNBIX01" + bytes(40)):
        with pytest.raises((ValueError, EOFError, TypeError, KeyError)):
            unpack(bad)


def test_without_its_file_the_channel_builds_the_same_index(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crampcare.knowledge import files

    # ("breth" is now put right by the spelling reader; "brth" is two letters out)
    text = "cant catch my brth after the op, leg sore"
    shipped = neighbours.index().nearest(text, 10)

    def missing(*parts: str) -> bytes:
        raise OSError("no such file")

    monkeypatch.setattr(files, "data_mapped", missing)
    monkeypatch.setattr(neighbours, "_index", None)
    assert neighbours.index().nearest(text, 10) == shipped


def test_the_package_data_patterns_ship_the_index_file() -> None:
    import fnmatch
    import tomllib
    from pathlib import Path

    from crampcare.neighbour_terms import FILE, FOLDER

    root = Path(__file__).resolve().parents[2]
    patterns = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"
    ]["crampcare"]
    path = f"knowledge/data/{FOLDER}/{FILE}"
    assert any(fnmatch.fnmatch(path, p) for p in patterns), path


def _texts() -> list[str]:
    import json
    from pathlib import Path

    folder = Path(__file__).parents[1] / "data" / "triage_blind"
    texts = ["", "   ", "zzzz qqqq", "calf cramp at night", "cramp " * 200]
    for name in ("dev_a.jsonl", "dev_j.jsonl"):
        lines = (folder / name).read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines if line.strip()]
    return texts


def _pure_and_fast() -> tuple[neighbours.Index, neighbours.Index]:
    """The shipped index read as a single ``check`` reads it, and as a served worker does."""
    pure = neighbours.Index.__new__(neighbours.Index)
    pure.__dict__.update(neighbours.index().__dict__)
    pure._numeric = None
    pure._positions = None
    pure._numbers = None
    fast = neighbours.Index.__new__(neighbours.Index)
    fast.__dict__.update(pure.__dict__)
    fast.vectorise()
    return pure, fast


def test_numpy_scores_are_the_loops_scores_exactly() -> None:
    # A served worker switches to numpy (web/app.py); every float must be the same,
    # so every vote, question and level is.
    pure, fast = _pure_and_fast()
    texts = _texts()
    assert len(texts) > 300
    for text in texts:
        assert fast.similarities(text) == pure.similarities(text), text
        assert fast.concern(text) == pure.concern(text), text


def test_a_served_worker_finds_the_same_nearest_vignettes_in_the_same_order() -> None:
    pure, fast = _pure_and_fast()
    for text in _texts():
        for k in (1, pure.vote.k, 2000):
            assert fast.nearest(text, k) == pure.nearest(text, k), (text, k)


def test_a_served_worker_weighs_each_texts_terms_in_the_same_order_to_the_same_floats() -> None:
    # The order matters too: the sums add the terms' products in the vector's order.
    pure, fast = _pure_and_fast()
    for text in [*_texts(), "", "...", "calf calf calf cramp cramp", "Ärger über Krämpfe 123"]:
        assert list(fast.vector(text).items()) == list(pure.vector(text).items()), text
        assert list(fast.vector(text).items()) == list(fast.vector(text).items()), text


def test_a_served_worker_numbers_every_term_as_the_file_does() -> None:
    pure, fast = _pure_and_fast()
    known = pure.flat.terms()
    assert len(known) > 10_000
    for term in [*known, "zzzzq", "~<qx", "", "calf qqq", "ä"]:
        assert fast.position(term) == pure.position(term), term
    assert [fast.position(t) for t in known] == list(range(len(known)))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([-0.5, 0.0, 0.1, 0.25, 0.5, 0.5000000000000001, 1.0]), max_size=40),
    st.integers(min_value=1, max_value=45),
)
def test_numpys_top_is_nlargest_over_the_scores_above_zero(scores: list[float], k: int) -> None:
    # Ties (the same score for several vignettes) come out in the bank's order, as
    # heapq.nlargest's do; a vignette sharing nothing with the text is never near.
    import heapq

    import numpy as np

    from crampcare.neighbour_sums import top

    loop = heapq.nlargest(k, range(len(scores)), key=scores.__getitem__)
    expected = [(i, scores[i]) for i in loop if scores[i] > 0]
    assert top(np.array(scores, dtype=np.float64), k) == expected
