"""A red flag that happened to someone else, or that the text takes back, is not the writer's.

One class of over-triage read in the dev sets' misses (round s11), in our own words: a
story about another person, a claim read online, a fear that proved groundless or a cause
only wondered about raised the writer's own ordinary cramp. Each mechanism is tested
with a look-alike that must still raise: a carer telling of the patient, another
person's emergency happening now, a retraction that is itself doubted, an exposure told
as a question.
"""

from __future__ import annotations

import pytest

from crampcare.intake import context
from crampcare.intake.parse import parse_text
from tests.intake.reading import read_level


@pytest.mark.parametrize(
    "text",
    [
        # Another person's story, the writer's own brief cramp.
        "My colleague swallowed a whole strip of painkillers once and I've been jumpy about "
        "medicines since. I take nothing. Got a cramp in my foot after the gym, went quickly.",
        "my cousin told me his wife ended up with lockjaw after treading on a rusty nail. I "
        "had a cramp in my calf cycling that went in a minute, not a scratch on me.",
        # Another person's medicine or kidney disease, named without "my" or aside.
        "Grandad is on water tablets for his heart. This one's for me: a cramp in my calf "
        "after five-a-side, gone in a minute.",
        "My uncle (not me) has kidney failure and goes for dialysis. I'm 45 and fit and get a "
        "cramp in my foot once a month that passes in a minute.",
        # A claim read or watched, the writer's own signs normal.
        "Watched a clip saying cramps plus brown wee mean your kidneys are packing up. My wee "
        "is pale and normal, I just had one cramp in my calf after squash.",
        # A cause only wondered about.
        "Could arsenic be giving me cramps? No idea where I'd meet it, I just had one calf "
        "cramp last week.",
    ],
)
def test_someone_elses_or_only_feared_red_flag_leaves_an_ordinary_cramp(text: str) -> None:
    assert read_level(text) == "self_care"


def test_a_fear_taken_back_is_ruled_out_but_the_child_is_still_whom_it_is_about() -> None:
    text = (
        "We thought our little one had got into my blood pressure tablets, false alarm, "
        "found them behind the bread bin. He had a calf cramp after the park that rubbed off."
    )
    intake = parse_text(text)
    assert "poisoning" not in (intake.events or [])
    assert read_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        # A carer telling of the patient.
        "My son swallowed a handful of my sleeping tablets an hour ago and now he has cramps",
        "Mum has had the runs since yesterday, she's dizzy and cramping and hardly drinking",
        # Another person's emergency, now, whatever the writer says of their own cramps.
        "Dad took a whole packet of his pills and now he won't wake up. I get cramps myself.",
        "My flatmate is fitting right now and I had a cramp in my calf earlier",
        "my workmate just swallowed a bottle of weedkiller. I only get leg cramps",
        # A retraction that is doubted, or itself denied.
        "We hoped it was a false alarm but he swallowed a handful of my tablets and now "
        "he's drowsy with cramps",
        "It was not a false alarm, she swallowed a load of my pills and is cramping",
    ],
)
def test_the_patients_red_flag_still_raises(text: str) -> None:
    assert read_level(text) in ("emergency", "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "Could sanding the old paint off our windows be giving me cramps? I do it every day.",
        "I spray pesticides on the farm daily. Could the pesticides I use be causing my cramps?",
    ],
)
def test_an_exposure_told_as_a_question_still_counts(text: str) -> None:
    assert read_level(text) in ("emergency", "urgent")


def test_bare_mum_as_subject_is_whom_the_text_is_about() -> None:
    intake = parse_text("Mum is on water pills and gets cramps in her calves every night")
    assert intake.who == "parent"
    assert read_level("Mum is on water pills and gets cramps in her calves every night") == "doctor"


def test_an_outsiders_medicine_stays_theirs_in_a_text_about_family() -> None:
    text = (
        "My dad's neighbour was told his cramps came from a statin. Dad takes no tablets; "
        "he had one cramp in the night that eased quickly. Should he worry?"
    )
    intake = parse_text(text)
    assert not intake.medicines
    assert read_level(text) == "self_care"


@pytest.mark.parametrize(
    ("sentence", "words", "other"),
    [
        ("my aunt told me her son was in hospital after a cut", "a cut", True),
        # The writer comes in: the reach ends.
        ("my aunt told me I had a cut on my leg", "a cut", False),
        # "Says the ...": the report's words may be the writer's own.
        ("my husband says the calf is hot and swollen", "swollen", False),
        # Now: another person's emergency is not set aside.
        ("my aunt is having a fit right now", "a fit", False),
    ],
)
def test_the_reach_of_another_person_as_subject(sentence: str, words: str, other: bool) -> None:
    at = sentence.index(words)
    assert context.read(sentence, at, at + len(words)).other is other


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("thought he ate my tablets but false alarm, found them under the bed", True),
        ("thought he ate my tablets, turned out he hadn't", True),
        ("thought he ate my tablets, we hoped it was a false alarm", False),
        ("he ate my tablets and it was not a false alarm", False),
    ],
)
def test_a_retraction_later_in_the_sentence(sentence: str, negated: bool) -> None:
    at = sentence.index("ate my tablets")
    ctx = context.read(sentence, at, at + len("ate my tablets"))
    assert bool(ctx.negated) is negated
