"""The semantic screen with the real model: run when the extra is installed (always in CI)."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

import crampcare.intake.semantic_screen as semantic_screen
from crampcare.cli.app import app
from crampcare.intake.exemplars import exemplar_bytes, load_exemplars
from crampcare.intake.model import Concern
from crampcare.intake.parse import parse_text
from crampcare.semantic_bank import bank_bytes, load_bank
from crampcare.semantic_cache import cache_key
from crampcare.semantic_scoring import SemanticScreen
from crampcare.triage_rules import triage
from crampcare.vocabulary import LEVEL_ORDER

if not semantic_screen.available():
    if os.environ.get("CI"):
        pytest.fail("CI must install the semantic extra", pytrace=False)
    pytest.skip("the semantic extra is not installed (CI installs it)", allow_module_level=True)

# One paraphrase per red flag, written for this test (not taken from any vignette set).
PARAPHRASES = {
    "rf_seizure": "My wife dropped to the floor and shook all over and now she won't wake up.",
    "rf_eclampsia": "I'm 36 weeks along, my head is splitting and my eyesight has gone fuzzy.",
    "rf_pulmonary_embolism": (
        "All of a sudden I can't get enough air and there's a stabbing pain in my chest."
    ),
    "rf_limb_ischaemia": "My foot has turned pale and freezing cold and it hurts like mad.",
    "rf_meningitis": "He is running a high temperature and his neck is too stiff to move.",
    "rf_heat_stroke": (
        "After mowing in the blazing sun I'm not sweating any more and my skin is hot and dry."
    ),
    "rf_poisoning": "My little boy got into my sleeping tablets and some are gone.",
    "rf_tetanus_lockjaw": "My jaw has clamped shut and swallowing is really hard.",
    "rf_rhabdomyolysis": "After the marathon my legs are agony and my wee looks like coca cola.",
    "rf_dvt": "My right calf has swelled up, it's warm and sore to press.",
    "rf_pre_eclampsia": "I'm 32 weeks along and my head has been throbbing and my face puffed up.",
    "rf_long_cramp": "The cramp has lasted forty minutes and stretching doesn't help at all.",
    "rf_tetanus_wound": "I trod on a rusty nail and now my muscles keep going into spasms.",
    "rf_toxin": "I strip lead paint at work every day and keep getting cramps.",
    "rf_trunk_cramps": "I get cramping in my tummy muscles and across my chest.",
    "rf_fluid_loss": "I've had diarrhoea and been sick all weekend and now my legs cramp.",
    "rf_tetany": "The skin round my lips tingles and my fingers keep curling into spasms.",
    "rf_calf_tear": "Something popped in my calf during tennis and now I can't stand on tiptoe.",
    "rf_dark_urine": "My urine has turned a dark brown colour.",
    "rf_faint_head_injury": "I passed out in the hallway and knocked my head on the radiator.",
    "rf_long_lie": "Dad went down in the hallway hours ago and cannot get himself up.",
    "rf_fainting": "I fainted in the kitchen this morning.",
    "rf_infant_fever": "Our six week old has a temperature of thirty eight point two.",
    "rf_frequent": "I get these cramps nearly every single night now.",
    "rf_sleep_disturbed": "The cramps wake me every night and I'm worn out.",
    "rf_not_improving": "I've tried stretching, magnesium and tonic water and nothing has helped.",
    "rf_nerve_muscle_signs": "My legs have become weak and my muscles twitch under the skin.",
    "rf_claudication": (
        "When I walk a few hundred yards my calf aches and I have to stop until it passes."
    ),
    "rf_medicine": "The cramps began soon after I was put on a statin for cholesterol.",
    "rf_alcohol": "I drink a lot of beer every day.",
    "rf_chronic_disease": "I have kidney disease and go for dialysis.",
    "rf_restless_legs": (
        "In the evenings I get a crawling feeling in my legs and have to keep moving them."
    ),
    "rf_swelling_both_legs": "Both of my ankles are puffy.",
}
ORDINARY = [
    "I got a cramp in my calf in bed last night, it went after I stretched it.",
    "No swelling, no redness, the calf isn't hot. Just a cramp after football that passed.",
    "My foot cramps when I swim sometimes but it eases in a minute.",
]


@pytest.fixture(scope="module")
def screen(tmp_path_factory: pytest.TempPathFactory) -> SemanticScreen:
    return SemanticScreen.open(cache_dir=tmp_path_factory.mktemp("semantic-screen"))


def _small_bank(cases: int) -> bytes:
    """The packaged bank cut to its first cases (a cache test need not embed a thousand),
    without the word channel's share (``words``), which names more cases than are left."""
    import re

    bank = re.sub(rb"\nwords: \d+", b"", bank_bytes())
    cut = 0
    for _ in range(cases + 1):
        cut = bank.index(b"\n- text:", cut + 1)
    return bank[:cut] + b"\n"


def test_every_emergency_or_urgent_paraphrase_raises_or_asks_its_flag(
    screen: SemanticScreen,
) -> None:
    flags = {f.topic: f for f in load_exemplars().flags}
    assert set(PARAPHRASES) == set(flags)
    in_bank = {c.flag for c in load_bank().cases}
    for topic, text in PARAPHRASES.items():
        if flags[topic].level == "doctor":
            continue  # doctor-level flags are the lexical reader's; the screen asks no longer
        concerns = screen.screen(text)
        assert len({c.topic for c in concerns}) == len(concerns)  # one concern per flag
        mine = [c for c in concerns if c.topic == topic]
        if not mine:
            # Only for a flag no blind vignette names: the nearest flag is asked instead.
            assert topic not in in_bank and concerns, f"{topic}: no concern for {text!r}"
            continue
        concern = mine[0]
        assert concern.channel == "semantic"
        assert concern.question == flags[topic].question
        assert concern.level is None or flags[topic].raise_
        assert topic not in concern.reason  # people read words, not ids


def test_the_bank_asks_the_settling_question_of_the_flag_its_neighbours_name(
    screen: SemanticScreen,
) -> None:
    # The exemplars may not raise a long cramp ("stretching helps" embeds like "does not"),
    # and with `asks: false` they ask nothing: the question comes from the bank's vote.
    assert not screen.exemplars.thresholds.asks
    text = PARAPHRASES["rf_long_cramp"]
    assert [c for c in screen.concerns(screen.scores(text)) if c.topic == "rf_long_cramp"] == []
    concern = screen.bank_concern(text)
    assert concern is not None
    assert (concern.topic, concern.question, concern.level) == ("rf_long_cramp", "duration", None)
    assert "rf_" not in concern.reason and concern.channel == "semantic"
    long = screen.bank_concern(" ".join([text] * 4))
    assert long is not None and long.words.endswith("…") and len(long.words) <= 120


def test_a_raise_by_the_exemplars_is_never_turned_into_a_question_by_the_bank(
    screen: SemanticScreen,
) -> None:
    text = PARAPHRASES["rf_seizure"]
    bank = screen.bank_concern(text)
    assert bank is not None and bank.topic == "rf_seizure"
    concerns = [c for c in screen.screen(text) if c.topic == "rf_seizure"]
    assert len(concerns) == 1 and concerns[0].level == "emergency"


def test_clear_emergencies_raise_to_emergency(screen: SemanticScreen) -> None:
    for topic in ("rf_seizure", "rf_pulmonary_embolism", "rf_limb_ischaemia", "rf_meningitis"):
        levels = {c.level for c in screen.screen(PARAPHRASES[topic])}
        assert "emergency" in levels, topic


def test_ordinary_cramps_raise_and_ask_nothing(screen: SemanticScreen) -> None:
    for text in ORDINARY:
        assert screen.screen(text) == [], text


def test_applying_concerns_never_lowers_the_lexical_level(screen: SemanticScreen) -> None:
    texts = [*PARAPHRASES.values(), *ORDINARY, "He is fitting and I called 999, calf cramp too."]
    for text in texts:
        lexical = triage(parse_text(text)).level
        after = LEVEL_ORDER[lexical]
        for c in screen.screen(text):
            if c.level is not None:
                after = max(after, LEVEL_ORDER[c.level])
        assert after >= LEVEL_ORDER[lexical]
        assert all(c.level in (None, "emergency", "urgent", "doctor") for c in screen.screen(text))


#: Written for this test: emergencies told played down, and ordinary cramps beside them.
PLAYED_DOWN = [
    "Dad's calves cramped all afternoon, now he's a bit muddled and keeps nodding off.",
    "Cramped up badly at work in the bakery and now I feel odd, hot and I've stopped sweating.",
    "My toddler has cramps and there's an open bottle of my pills on the floor.",
    "Cramp in my leg and now the foot looks whiteish and feels cold, probably nothing.",
    "Leg cramps, bit short of breath since this morning, chest a little tight.",
    "My son has cramps and a temperature and says his neck hurts when he looks down.",
    *ORDINARY,
    "I get a calf cramp after long runs, it passes with stretching and water.",
]


def test_the_shipped_emergency_bar_raises_only_past_its_own_bar_and_never_lowers(
    screen: SemanticScreen,
) -> None:
    from crampcare.semantic_bank import nearest, vote
    from crampcare.semantic_vectors import bank_text, encode

    assert screen.bank is not None
    rule = screen.bank.vote
    assert rule.emergency_share is not None and rule.emergency is not None
    off = rule.model_copy(update={"emergency_share": None, "emergency": None})
    may_raise = {f.topic for f in screen.exemplars.flags if f.raise_}
    rank = {None: 0, "doctor": 1, "urgent": 2, "emergency": 3}
    cases = screen.bank.cases
    raised_by_the_bar = 0
    for text in [*PARAPHRASES.values(), *PLAYED_DOWN]:
        near = nearest(screen.bank_matrix @ encode(screen.model, [bank_text(text)])[0], rule.k)
        with_bar, without = vote(near, cases, rule, may_raise), vote(near, cases, off, may_raise)
        # The bar, worked out here from the real nearest vignettes.
        total = sum(max(s, 1e-6) for _, s in near)
        alarm = [s for i, s in near if cases[i].level == "emergency" and cases[i].flag in may_raise]
        passed = bool(alarm) and sum(alarm) / total >= rule.emergency_share
        passed = passed and max(alarm) >= rule.emergency
        if passed:
            assert with_bar is not None and with_bar.level == "emergency", text
            raised_by_the_bar += without is None or without.level != "emergency"
        else:
            assert with_bar == without, text
        if without is not None:  # never lower than the vote without the bar
            assert with_bar is not None and rank[with_bar.level] >= rank[without.level], text
        concern = screen.bank_concern(text)
        assert (concern.level if concern else None) == (with_bar.level if with_bar else None)
    # It really acts: some text reaches emergency by the bar alone.
    assert raised_by_the_bar
    for text in ORDINARY:
        assert screen.bank_concern(text) is None, text


def _reworded(source: bytes) -> bytes:
    """The exemplar file with one seizure exemplar reworded: not what was shipped."""
    changed = source.replace(
        b'      - "My child had a fit."', b'      - "My little girl had a fit."'
    )
    assert changed != source
    return changed


def test_the_evaluation_as_served_reads_what_the_rules_alone_leave_and_lowers_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from benchmarks import triage_eval

    monkeypatch.setenv("CRAMPCARE_SEMANTIC_TRIAGE", "on")
    monkeypatch.setenv("CRAMPCARE_NEIGHBOUR_TRIAGE", "off")
    higher = 0
    for text in [*PARAPHRASES.values(), *ORDINARY]:
        alone, _, _ = triage_eval.predict(text)
        served, _, _ = triage_eval.predict(text, semantic=True)
        assert LEVEL_ORDER[served] >= LEVEL_ORDER[alone], text
        higher += LEVEL_ORDER[served] > LEVEL_ORDER[alone]
    # The screen is really applied: some paraphrase ends higher than the rules alone put it.
    assert higher


def test_cache_is_written_once_and_rebuilt_when_exemplars_or_bank_change(tmp_path: Path) -> None:
    # Edited locally, so the shipped embeddings do not apply and the cache does.
    source, bank = _reworded(exemplar_bytes()), _small_bank(6)
    first = SemanticScreen.open(cache_dir=tmp_path, source=source, bank_source=bank)
    cached = tmp_path / f"exemplars-{cache_key(source)}.npy"
    assert cached.is_file()
    stamp = cached.stat().st_mtime_ns
    SemanticScreen.open(cache_dir=tmp_path, source=source, bank_source=bank)
    assert cached.stat().st_mtime_ns == stamp  # a hit, not a rebuild

    changed = source.replace(
        b'      - "My little girl had a fit."',
        b'      - "My little girl had a fit."\n      - "He is fitting."',
    )
    assert changed != source
    second = SemanticScreen.open(cache_dir=tmp_path, source=changed, bank_source=bank)
    assert (tmp_path / f"exemplars-{cache_key(changed)}.npy").is_file()
    assert second.matrix.shape[0] == first.matrix.shape[0] + 1
    assert not list(tmp_path.glob("*.tmp*"))

    assert first.bank_matrix.shape[0] == len(load_bank(bank).cases) == 6
    assert (tmp_path / f"bank-{cache_key(bank)}.npy").is_file()
    fewer = _small_bank(5)
    third = SemanticScreen.open(cache_dir=tmp_path, source=source, bank_source=fewer)
    assert third.bank_matrix.shape[0] == 5
    assert (tmp_path / f"bank-{cache_key(fewer)}.npy").is_file()


def test_a_damaged_cache_is_rebuilt(tmp_path: Path) -> None:
    source = _reworded(exemplar_bytes())
    cached = tmp_path / f"exemplars-{cache_key(source)}.npy"
    cached.write_bytes(b"not an array")
    screen = SemanticScreen.open(cache_dir=tmp_path, source=source, with_bank=False)
    assert screen.matrix.shape[0] == len(screen.owners)
    assert cached.stat().st_size > 1000


def test_module_screen_reads_the_shipped_embeddings_and_writes_no_cache(
    monkeypatch: pytest.MonkeyPatch, _isolated_data: Path
) -> None:
    monkeypatch.setenv("CRAMPCARE_SEMANTIC_TRIAGE", "on")
    monkeypatch.setattr(semantic_screen, "_default", None)
    assert semantic_screen.warm()
    concerns = semantic_screen.screen(PARAPHRASES["rf_dvt"])
    assert any(c.topic == "rf_dvt" for c in concerns)
    assert not list((_isolated_data / "cache").glob("semantic-screen/*.npy"))
    assert semantic_screen.screen("   ") == []
    monkeypatch.setenv("CRAMPCARE_SEMANTIC_TRIAGE", "off")
    assert semantic_screen.screen(PARAPHRASES["rf_dvt"]) == []
    assert not semantic_screen.warm()


def test_check_semantic_adds_the_screen_concerns(
    monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    monkeypatch.setenv("CRAMPCARE_SEMANTIC_TRIAGE", "on")
    # The word channel reads the same flag first, and one flag makes one concern.
    monkeypatch.setenv("CRAMPCARE_NEIGHBOUR_TRIAGE", "off")
    text = PARAPHRASES["rf_tetany"]
    plain = runner.invoke(app, ["check", "--text", text, "--json"])
    assert plain.exit_code == 0, plain.output
    assert not [
        c for c in json.loads(plain.output)["intake"]["concerns"] if c["channel"] == "semantic"
    ]
    done = runner.invoke(app, ["check", "--text", text, "--semantic", "--json"])
    assert done.exit_code == 0, done.output
    concerns = json.loads(done.output)["intake"]["concerns"]
    assert any(c["topic"] == "rf_tetany" and c["channel"] == "semantic" for c in concerns)


def test_screened_keeps_lexical_concerns_and_adds_no_duplicate_topic(
    screen: SemanticScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CRAMPCARE_SEMANTIC_TRIAGE", "on")
    monkeypatch.setattr(semantic_screen, "_default", screen)
    text = PARAPHRASES["rf_dvt"]
    lexical = Concern(topic="rf_dvt", words="calf", reason="A swollen calf.", question="dvt")
    intake = replace(parse_text(text), concerns=[lexical])
    out = semantic_screen.screened(intake, text)
    assert [c.topic for c in out.concerns].count("rf_dvt") == 1
    assert out.concerns[0] is lexical or out.concerns[0] == lexical


def test_serve_warms_the_screen_at_start_up(monkeypatch: pytest.MonkeyPatch) -> None:
    from crampcare.web.app import _warm
    from crampcare.web.diary_db import DiaryHolder

    monkeypatch.setenv("CRAMPCARE_SEMANTIC_TRIAGE", "on")
    monkeypatch.setattr(semantic_screen, "_default", None)
    _warm(DiaryHolder(), None)
    assert semantic_screen._default is not None


def test_exemplars_that_ask_ask_only_the_strongest_few(tmp_path: Path) -> None:
    source = exemplar_bytes().replace(b"\n  asks: false", b"\n  asks: true")
    assert source != exemplar_bytes()
    screen = SemanticScreen.open(cache_dir=tmp_path, source=source, with_bank=False)
    text = " ".join(PARAPHRASES[t] for t in ("rf_frequent", "rf_alcohol", "rf_medicine"))
    text += " " + " ".join(PARAPHRASES[t] for t in ("rf_restless_legs", "rf_chronic_disease"))
    concerns = screen.screen(text)
    asks = [c for c in concerns if c.level is None]
    assert 0 < len(asks) <= screen.exemplars.thresholds.ask_at_most


def test_a_red_flag_spread_over_two_sentences_is_caught_by_reading_them_together(
    tmp_path: Path,
) -> None:
    # Neither sentence alone says tetanus: the wound is in one, the spasms in the next.
    text = "Trod on a rusty nail on Sunday. Now my leg muscles keep twitching."
    source = exemplar_bytes()
    assert load_exemplars(source).thresholds.window == 2
    alone = source.replace(b"  window: 2 ", b"  window: 1 ")
    assert alone != source
    one = SemanticScreen.open(cache_dir=tmp_path, source=alone, with_bank=False)
    assert "rf_tetanus_wound" not in {c.topic for c in one.screen(text)}
    two = SemanticScreen.open(cache_dir=tmp_path, source=source, with_bank=False)
    caught = [c for c in two.screen(text) if c.topic == "rf_tetanus_wound"]
    assert caught and caught[0].level == "urgent"
    assert "rusty nail" in caught[0].words and "twitching" in caught[0].words
