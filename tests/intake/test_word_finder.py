"""The shared word finder skips only what the full screen would pass over.

``word_finder.WordFinder`` reads a text once for every trigger; ``Offers`` hands a
text only the patterns whose words it holds. Both must agree with testing every
word against the text (property tests, hostile texts included), and the read of
every blind vignette must be the same with them as with the full screen: every
pattern tried on every sentence, every trigger scanned for (the rules' read: the
word channel after it reads the text, not the finder's words).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crampcare.intake import concern_cues, concerns, context, lazy, lexicon, parse
from crampcare.intake.prefilter import triggers
from crampcare.word_finder import LETTER_RUN, Offers, WordFinder
from crampcare.wording import spelling
from tests.blind_corpus import batches, blind_texts, share_of

ROOT = Path(__file__).resolve().parents[2]
#: The reader's own triggers, the words the finder is used for (its patterns made first).
lexicon.load_lexicon(), lexicon.compounds(), concern_cues.cues(), context.rules()
WORDS = sorted(lazy.FINDER.words | set(lexicon.known_words()))

_PIECES = st.one_of(
    st.sampled_from(WORDS),
    st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyz '-.,3"), max_size=4),
    # Other scripts, letters that change under lower(), marks that join letters.
    st.text(max_size=6),
    st.sampled_from(["ſ", "K", "İ", "ı", "é", "ß", "Σ", "\u0301", "\u200d", "ｃｒａｍｐ", "кр"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=16).map("".join))
def test_the_words_found_are_the_words_in_the_text(text: str) -> None:
    finder = WordFinder(WORDS)
    for lowered in (text, text.lower(), text.upper().lower()):
        assert finder.present(lowered) == {w for w in WORDS if w in lowered}


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "3",
        "a" * 100_000,
        "cramp" * 20_000,
        " ".join(WORDS),
        "".join(WORDS),
        "крампы в ноге",
        "足がつる",
        "ſtroke ＣＲＡＭＰ crampé caféine",
        "\x00\ufeff\u202e cramp",
    ],
)
def test_hostile_texts_find_exactly_the_words_in_them(text: str) -> None:
    finder = WordFinder(WORDS)
    lowered = text.lower()
    assert finder.present(lowered) == {w for w in WORDS if w in lowered}
    # Asked again (the kept answers), the same.
    assert finder.present(lowered) == {w for w in WORDS if w in lowered}


def test_words_added_later_are_found_in_texts_read_before() -> None:
    finder = WordFinder(["calf"])
    assert finder.present("my calf cramps") == {"calf"}
    finder.add(["cramp"])
    assert finder.present("my calf cramps") == {"calf", "cramp"}


@pytest.mark.parametrize("word", ["ab", "Calf", "calf pain", "caf\u00e9", "c4lf", ""])
def test_a_word_that_is_not_a_run_of_letters_is_refused(word: str) -> None:
    with pytest.raises(ValueError):
        WordFinder([word])


def test_letter_runs_are_the_maximal_runs_of_three_or_more() -> None:
    assert LETTER_RUN.findall("ab abc abcd-ef ghi") == ["abc", "abcd", "ghi"]


_GROUPS = st.lists(st.lists(st.sampled_from(WORDS[:200]), max_size=4), max_size=12)


@settings(max_examples=200, deadline=None)
@given(_GROUPS, st.lists(st.lists(_PIECES, max_size=8).map("".join), max_size=3))
def test_offers_are_the_patterns_with_no_words_or_a_word_in_a_text(
    groups: list[list[str]], texts: list[str]
) -> None:
    offers = Offers(groups)
    lowered = [t.lower() for t in texts]
    expected = [
        n
        for n, words in enumerate(groups)
        if not words or any(w in t for w in words for t in lowered)
    ]
    assert offers.offered(lowered) == expected
    assert offers.offered(lowered, after=3) == [n for n in expected if n > 3]


def _full_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every pattern tried on every sentence, every trigger scanned for: no finder."""
    monkeypatch.setattr(
        lazy.Lazy, "_any_trigger", lambda self, low: any(t in low for t in self.triggers)
    )
    monkeypatch.setattr(lazy.Lazy, "may_match", lambda self, present, ascii: True)
    every_cue = frozenset(range(len(concern_cues.cues().cues)))
    monkeypatch.setattr(concerns, "_may", lambda lowered: every_cue)
    monkeypatch.setattr(context, "_offered", lambda lowered: context.rules().rules)
    words = sorted(lexicon.known_words())
    monkeypatch.setattr(
        parse, "present_triggers", lambda low: frozenset(w for w in words if w in low)
    )
    every = list(range(len(lexicon.load_lexicon().lay_medicines) + 1))
    monkeypatch.setattr(lexicon.Lexicon, "medicine_patterns", lambda self, sentence: every)
    monkeypatch.setattr(spelling, "_needs", None)
    monkeypatch.setattr(spelling, "_EARN_NEEDS", 10**9)


#: One blind vignette in nine (every one with ``CRAMPCARE_EVERY_TEXT=1``): read twice,
#: the whole corpus had become the longest item of a CI run (six minutes past 34,000);
#: one in four until round s38, when 45,000 texts brought a CI run near its 20 minutes;
#: one in six until round s39 (46,000 texts, a CI run past its budget on a busy machine);
#: one in nine until round s40 (the CI run at 32 minutes, then 24); one in sixteen until
#: round s41 (23 minutes).
SHARE = 24
#: Split so that parallel workers share the comparison.
SHARDS = 4


def test_the_vignettes_compared_below_are_many_and_from_every_batch() -> None:
    chosen = set(share_of(blind_texts(), SHARE))
    assert len(chosen) > 1500
    for name, texts in batches().items():
        assert chosen & set(texts), name


@pytest.mark.parametrize("shard", range(SHARDS))
def test_every_vignette_reads_the_same_with_the_finder_as_with_the_full_screen(
    monkeypatch: pytest.MonkeyPatch, shard: int
) -> None:
    texts = share_of(blind_texts(), SHARE)[shard::SHARDS]
    spelling._needs = spelling._plain_needs()  # the prefiltered passes, as a server's
    with monkeypatch.context() as m:
        m.setattr(lazy, "_EARN_CLAUSES", 1)  # the patterns' clauses from the first text
        fast = [repr(parse.parse_text(t)) for t in texts]
    with monkeypatch.context() as m:
        _full_screen(m)
        full = [repr(parse.parse_text(t)) for t in texts]
    differ = [t for t, a, b in zip(texts, fast, full, strict=True) if a != b]
    assert differ == []


LAY = [p for entry in lexicon.load_lexicon().classes.values() for p in entry.lay]


@pytest.mark.parametrize("pattern", LAY)
def test_a_sentence_without_a_lay_medicine_trigger_cannot_match_it(pattern: str) -> None:
    """Offering a lay medicine pattern by its triggers is sound: every match holds one."""
    import re
    from re import _parser  # type: ignore[attr-defined, unused-ignore]

    from tests.intake.test_lexicon import _cover

    found = triggers(pattern)
    if found:
        assert _cover(_parser.parse(pattern, re.IGNORECASE), found) is not None, pattern


@pytest.mark.parametrize(
    "sentence",
    [
        "",
        "I take atorvastatin and my STATINS",
        "on co-codamol, water pills and a blue inhaler",
        "Lipitor 20mg",
        "my statin (simvastatin) and hrt",
        "ſimvaſtatin",
        "atorvastatín",
        "アトルバスタチン",
    ],
)
def test_the_offered_medicine_patterns_find_every_medicine(sentence: str) -> None:
    lex = lexicon.load_lexicon()
    offered = lex.medicine_patterns(sentence)
    regexes = [lex.medicine_regex, *(r for r, _ in lex.lay_medicines)]
    for n, regex in enumerate(regexes):
        if regex.search(sentence):
            assert n in offered, (sentence, regex.pattern[:60])
    if not sentence.isascii():
        assert offered == list(range(len(regexes)))


def test_every_medicine_name_is_offered_by_a_run_of_its_own_letters() -> None:
    lex = lexicon.load_lexicon()
    for name in lex.medicine_words:
        assert lex.medicine_patterns(name)[:1] == [0], name
        assert lex.medicine_patterns(name.upper())[:1] == [0], name


def test_a_name_no_ascii_text_can_spell_has_a_letter_no_ascii_character_matches() -> None:
    import re

    lex = lexicon.load_lexicon()
    ascii_chars = [chr(a) for a in range(128)]
    for name in lex.medicine_words:
        if lexicon._ASCII_CAN_SPELL.fullmatch(name):
            continue
        assert any(
            not any(re.fullmatch(re.escape(ch), a, re.IGNORECASE) for a in ascii_chars)
            for ch in name
        ), name
    for ch in "Kſ":  # letters outside ASCII that match one inside it
        assert lexicon._ASCII_CAN_SPELL.fullmatch(ch)
