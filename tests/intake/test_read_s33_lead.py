"""Classes of wording found unread in round s33's development batches (FY: whose sign is
whose, carers and relatives who tell their own conditions beside the person asked about;
GA: older people with several conditions; GD: pregnancy, babies and young children), and
one left over from round s32 (a faint read lower than passing out):

- a faint that came round stays same-day care (tried as passing out, withdrawn); passing
  out's message and first aid name it;
- a relative's lasting state told in a "who" clause after them is theirs;
- the writer's own condition, medicine or pregnancy in a text about someone else;
- another person's sign now, in a text about the writer's own cramp, is asked about;
- a fit or a fever dated weeks back still counts; a worry answered by having none;
- "mine's a one-off" sets the writer apart; being "on all the pills" is no overdose;
- a child told as "my 3yo"; tablets counted and some gone; the wrong medicine given;
- ice lollies are no icy limb; a stoma bag filling with water; muddle that is usual;
- an activity's length told six words before the number; walking pain eased "once she's
  rested"; a child's weakness told by what the child does.

The sentences are our own, each beside a look-alike that must stay lower (or higher).
"""

from __future__ import annotations

import pytest

from crampcare.assessment import assess
from crampcare.intake import parse_text, read_text
from crampcare.triage_rules import red_flags
from tests.intake.reading import read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Tried in round s33 and withdrawn: a faint read as passing out (emergency). A GP's
        # review and two earlier ones hold a faint that came round at same-day care (nhs.uk
        # fainting: a GP, 999 only if not waking, chest pain, palpitations, a fit or during
        # exercise); "passed out" stays with the fit rule, whose message now names it.
        ("my wife fainted in the hallway after a cramp in her calf, she's awake now", "urgent"),
        ("She faints every time she stands up too fast, and had a calf cramp", "urgent"),
        ("I nearly fainted, the cramp hurt so much, but it passed in a minute", "self_care"),
    ],
)
def test_a_faint_that_came_round_is_same_day_care(text: str, level: str) -> None:
    assert read_level(text) == level


def test_passing_out_is_named_in_the_message_and_its_first_aid() -> None:
    result = assess(parse_text("my dad passed out after a bad cramp, he came round quickly"))
    assert any("passing out" in r.message for r in result.reasons)
    steps = next(f for f in red_flags() if f.id == "rf_seizure").next_steps
    assert any("legs raised" in step for step in steps)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "I look after my mother who has kidney failure, but this is about me: a cramp in my "
            "calf last night, gone in a minute",
            "self_care",
        ),
        (
            "my mother who has kidney failure has had a cramp in her calf for half an hour that "
            "won't stretch out",
            "urgent",
        ),
        (
            "Grandad is 90. Cramps tonight and now he doesn't know where he is, asking for his "
            "wife who died years ago",
            "emergency",
        ),
        # (a GP's review: only lasting states; a bug or an exposure shared still counts)
        (
            "I live with my son who has been vomiting for two days, I've got it too and cramps "
            "in my legs",
            "urgent",
        ),
    ],
)
def test_a_relatives_lasting_state_in_a_who_clause_is_theirs(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "I'm on dialysis. My question is about my son (6): a cramp at the park, gone in a "
            "minute",
            "self_care",
        ),
        (
            "My daughter (10) had a foot cramp in the swimming pool, fine after a minute. I have "
            "diabetes myself so I fret",
            "self_care",
        ),
        (
            "I take atorvastatin and I'm fine. Asking for my husband: odd toe cramp, gone quickly",
            "self_care",
        ),
        # the person asked about, with the same condition told of them, still counts
        ("My son (6) has diabetes and had a cramp at the park, gone in a minute", "doctor"),
        # (a GP's review: a state the patient shares, or the writer's own cramps told)
        ("I'm on furosemide. My husband is too and we both get cramps", "doctor"),
        ("I'm on simvastatin. My wife thinks the cramps in my legs are from them", "doctor"),
    ],
)
def test_the_writers_own_condition_is_not_the_patients(text: str, level: str) -> None:
    assert read_level(text) == level


def test_the_writers_own_condition_stays_in_the_evidence_as_anothers() -> None:
    intake = parse_text("I'm on dialysis. Asking about my grandson (8): a calf cramp, gone now")
    kidney = [f for f in intake.evidence if f.field == "conditions"]
    assert kidney and all(f.experiencer == "other" for f in kidney)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "me: the usual calf cramp, nothing new. my brother: his calf is swollen and red since "
            "his flight yesterday",
            True,
        ),
        (
            "My friend gets cramps in her belly and arms all day long. I only get the odd foot "
            "cramp in bed",
            True,
        ),
        (
            "My brother had a clot in his calf years ago. I just get the odd calf cramp in bed",
            False,
        ),
    ],
)
def test_anothers_sign_now_is_asked_about_in_a_text_about_the_writer(
    text: str, asked: bool
) -> None:
    # Tried and taken back in round s33: firing another's present sign as the writer's broke
    # 40 development vignettes whose writers label by the person asking. A question stays.
    assert read_level(text) == "self_care"
    assert any(c.question for c in read_text(text).concerns) is asked


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Tried in round s33 and withdrawn on a GP's review: a fit "dated" weeks back let
        # fits since then and unassessed first fits read self-care (NICE QS211: a first fit
        # is seen by a specialist within two weeks). These stay emergencies.
        ("He's had two fits in the last week and his legs keep cramping", "emergency"),
        ("She had her first ever seizure last week and hasn't seen a doctor yet", "emergency"),
        (
            "He had a temperature last week and now has a terrible headache and a stiff neck",
            "emergency",
        ),
    ],
)
def test_a_fit_or_fever_dated_weeks_back_still_counts(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "My uncle has MND so I'm paranoid about twitches, but I haven't got any. Toe cramp in "
            "bed, a minute",
            "self_care",
        ),
        ("I'm paranoid about twitches because my thigh has been twitching for weeks", "doctor"),
        ("I'm on edge about his fever and stiff neck, he has cramps", "emergency"),
        (
            "My brother's on water tablets and cramps a lot, he's seeing the GP. Mine's a one-off: "
            "a calf cramp on the stairs, gone in a minute",
            "self_care",
        ),
    ],
)
def test_a_worry_answered_and_the_writer_set_apart(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Tried in round s33 and withdrawn on a GP's review ("on all the pills" as no overdose
        # cancelled "... and she says she wants it all to end"): over-triage stays.
        (
            "Dad's not on anything. Mum's the one on all the tablets. Dad's cramp went quickly",
            "emergency",
        ),
        ("Mum swallowed all of her tablets at once this evening", "emergency"),
        (
            "Grandad's on all the tablets, I think he's taken too many, he's very sleepy",
            "emergency",
        ),
        ("my 4yo got into the bathroom cabinet and chewed some of my sertraline", "emergency"),
        (
            "My 2 year old had the pill pot. I counted them and 6 are missing. She's sleepy",
            "emergency",
        ),
        (
            "My son is 5. I counted the biscuits and 3 are gone, and he had a calf cramp, gone",
            "self_care",
        ),
        ("I gave my 8 month old the wrong Nurofen, the adult one, twice today", "emergency"),
        (
            "the chemist gave me the wrong leaflet with my tablets, calf cramp at night, gone",
            "self_care",
        ),
    ],
)
def test_medicines_in_a_childs_reach_and_the_wrong_one_given(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Hot afternoon at the zoo, my 7yo got crampy calves. Shade, water and ice lollies and "
            "half an hour later she was running again",
            "self_care",
        ),
        ("my foot is cold as ice and white and I can't move my toes", "emergency"),
        (
            "My ileostomy bag keeps filling with water all the time, now cramps in my hands",
            "urgent",
        ),
        (
            "Mum (85) has dementia and is always a bit muddled, that's normal for her. Cramp in "
            "her calf last night, stretched it out. She's her usual self today",
            "self_care",
        ),
        (
            "Mum has dementia but today she is much more muddled than usual, and cramping",
            "emergency",
        ),
    ],
)
def test_look_alikes_of_a_cold_limb_fluid_loss_and_confusion(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Pushing the buggy up and down the seafront for an hour, got a cramp in my calf, went",
            "self_care",
        ),
        ("walked round the garden for 20 minutes and the calf is still in spasm", "urgent"),
        (
            "Gran's calves give out walking round the market, she leans on a stall, fine once "
            "she's rested",
            "doctor",
        ),
        (
            "my 5 year old pushes himself up on his knees to stand and can't keep up with his "
            "friends",
            "doctor",
        ),
        (
            "my 2 year old pulls himself up the stairs on the banister, calf cramp last night, "
            "gone in a minute",
            "self_care",
        ),
        (
            "My toddler falls over a lot when tired. Calf cramp last night, gone in a minute",
            "self_care",
        ),
    ],
)
def test_lengths_walking_pain_and_a_childs_weakness(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "I'm 36 weeks pregnant with a bad headache and flashing lights. My husband had a "
            "cramp last night",
            "emergency",
        ),
        (
            "My dad who has been helping since I started dialysis told me to ask about my cramps",
            "doctor",
        ),
        ("I look after my mum who has diabetes. I'm type 1 myself. Occasional cramps", "doctor"),
        (
            "I'm on insulin. My toddler got hold of my pen and now he's sweaty and shaky with "
            "cramps",
            "emergency",  # (round s34: a child's hypo signs beside insulin)
        ),
        (
            "My son (4) got into the cabinet, a couple of them are gone and he's got a cramp",
            "emergency",
        ),
        (
            "I gave my 6 month old the wrong Calpol, the wrong flavour I mean, same strength",
            "self_care",
        ),
        (
            "I emptied my bag 10 times yesterday clearing out the shed, cramps in my legs",
            "self_care",
        ),
        (
            "Gran (90) has dementia and is always muddled, that's normal for her. She's not quite "
            "her usual self today and cramping",
            "emergency",
        ),
        ("Calf cramp at 3am, half an hour later it still won't release", "urgent"),
        ("Calf cramp at 3am, half an hour later it's locked solid", "urgent"),
        ("Pushing the mower for an hour, calf seized and won't release", "urgent"),
        ("Calf cramp at 2am, went after stretching, 20 minutes later I'm still awake", "self_care"),
        ("I'm anxious about twitches, I don't get any in my legs, I get them in my arms", "doctor"),
    ],
)
def test_the_second_gp_reviews_sentences_of_round_s33(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "me: the odd foot cramp. my brother (50): calf swollen and he just coughed up "
            "blood. I'm writing for him",
            "emergency",
        ),
        ("Dad's got a cramp in his chest, he's grey and clammy", "emergency"),
        ("my chest muscles cramp when I do press-ups, fine after", "urgent"),
        ("my 3 year old ate a scoop of my pre-workout, his heart is racing", "emergency"),
        (
            "took 4 paracetamol and some codeine for my calf, then loads of beers, now really "
            "drowsy",
            "emergency",
        ),
        ("I took 2 ibuprofen for my calf and had a beer, sleepy now it's bedtime", "self_care"),
    ],
)
def test_the_patient_named_by_a_pronoun_a_grey_chest_cramp_and_drink_with_tablets(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Sea swim, cold. Calf cramp, pulled my toes up and it went. Out now and warm.",
            "self_care",
        ),
        ("Since the flight my calf is swollen and warm", "urgent"),
    ],
)
def test_warm_again_after_cold_water_is_no_warm_calf(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Mia figlia ha bevuto un sorso di antigelo in garage e adesso vomita", "emergency"),
        (
            "ho messo l'antigelo nella macchina, poi un crampo al polpaccio, passato in un minuto",
            "self_care",
        ),
    ],
)
def test_antifreeze_drunk_in_italian(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Calf cramp at 3am, half an hour later it's sore and won't release", "urgent"),
        (
            "Calf cramp on my run, stretched it out, 2 hours later it's just slightly achy",
            "self_care",
        ),
        ("Mijn kuitkramp begon om tien uur en nu is het half elf, rekken helpt niet", "urgent"),
    ],
)
def test_soreness_after_n_later_is_not_the_cramp_going_on(text: str, level: str) -> None:
    assert read_level(text) == level
