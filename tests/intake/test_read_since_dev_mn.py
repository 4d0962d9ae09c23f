"""Classes of wording read in the dev_m and dev_n batches' misses, one test per behaviour.

dev_m (the voices asked of sealed r9's writer) and dev_n (people who describe rather
than name, understate, write in chat threads, dialects or through a relative) were
measured once before any change for them (issue 10); these are their miss classes in our
own words, each with a look-alike where one exists.
"""

from __future__ import annotations

import pytest

from crampcare.intake.parse import parse_text
from crampcare.wording.spelling import normalise
from tests.intake.reading import parsed_level


def test_me_and_ma_before_a_relative_or_a_body_part_mean_my() -> None:
    assert normalise("me da's leg and ma calf, wi' the pain, doon the stairs") == (
        "my dad's leg and my calf, with the pain, down the stairs"
    )


def test_me_as_an_object_stays_me() -> None:
    assert normalise("give me water, tell me what to do") == "give me water, tell me what to do"


@pytest.mark.parametrize(
    "text",
    [
        "Me mam's foot's gone grey and freezin' to touch, she's screamin' wi' the pain",
        "Grandad says his foot is 'a bit chilly'. I've looked and it's white like paper and "
        "he's crying with the pain.",
    ],
)
def test_a_cold_pale_limb_told_by_a_pronoun_or_in_dialect_is_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "trod on a nail last week, now I can't open my gob properly and my calves spasm",
        "cut my hand on a rusty gate ten days ago, can only open my mouth a crack, legs cramping",
        "thorn in my finger a week back, my jaw feels like it's been wired shut",
    ],
)
def test_a_mouth_that_will_not_open_after_a_wound_is_tetanus(text: str) -> None:
    assert parse_text(text).symptoms.lockjaw is True
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "legs cramping, my head is the worst it's ever been, I can't look at the light, and "
        "I'm shivery and roasting at the same time",
        "boiling hot as a radiator, neck like a broom handle, cramps in both calves",
        "feverish and my neck, I can't bend it forward at all, leg cramps too",
        "burning up with the most horrendous headache and cramps",
    ],
)
def test_meningitis_signs_told_by_likeness_are_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_a_temperature_alone_with_aches_all_over_is_not_cramps_all_over() -> None:
    text = "flu, temperature 38, achy all over, one calf cramp last night that went quickly"
    assert "whole_body" not in parse_text(text).locations
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "calf sore since the flight, and just now I couldn't pull any air in at all",
        "calf's been puffy, and I can't finish a sentence without stopping for breath",
    ],
)
def test_air_that_will_not_come_is_breathlessness(text: str) -> None:
    assert parse_text(text).symptoms.breathless is True


def test_pinky_stuff_coughed_up_is_blood() -> None:
    assert parse_text("coughed up some pinky stuff this morning").symptoms.coughing_blood is True


def test_feet_that_point_down_on_their_own_with_a_tingling_mouth_is_low_calcium() -> None:
    text = "tingling all round my lips and my feet keep twisting and pointing down on their own"
    assert parsed_level(text) == "urgent"


def test_a_rash_still_there_after_the_glass_test_is_an_emergency() -> None:
    text = "my 3 year old is hot and has a purple rash on his legs, I did the glass test and "
    text += "it's still there"
    assert parsed_level(text) == "emergency"


def test_a_whole_strip_of_old_quinine_is_an_overdose() -> None:
    assert parsed_level("Dad took the whole strip of his old quinine at once for the cramps") == (
        "emergency"
    )


@pytest.mark.parametrize(
    "text",
    [
        "calf cramp been going on for twenty-odd minutes, stretching does nothing",
        "cramp startd 20+ mins ago and still hear, stretchd it loads",
    ],
)
def test_a_rough_length_and_a_typed_past_tense_time_a_long_cramp(text: str) -> None:
    assert parsed_level(text) == "urgent"


def test_a_word_ending_in_d_is_left_alone_unless_its_ed_form_is_known() -> None:
    assert normalise("cold, old, bold, hard, word") == "cold, old, bold, hard, word"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Mon mari s'est raidi de partout, il ne répond plus", "emergency"),
        ("Mój syn jest bardzo gorący, nie może zgiąć szyi i strasznie boli go głowa", "emergency"),
        ("Ho un crampo al polpaccio da venti minuti e non passa", "urgent"),
        ("Nach der Schilddrüsen-OP: Kribbeln um den Mund und Krämpfe in den Händen", "urgent"),
        ("Ik heb krampen in mijn buikspieren en in mijn kuiten", "urgent"),
        ("Mijn vader drinkt elke dag zes tot acht biertjes en heeft kramp", "doctor"),
        ("Am crampe de 4 ori pe săptămână și nu mai pot dormi", "doctor"),
        ("Chalne par pindli mein dard hota hai, rukta hoon to theek ho jata hai", "doctor"),
        ("Por la noche siento como hormigas en las piernas y tengo que moverlas", "doctor"),
    ],
)
def test_warning_signs_in_another_language_are_read_through_its_glossary(
    text: str, level: str
) -> None:
    assert parsed_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "I can't walk the length of the garden without my calf grabbing. Stand still a "
        "minute and it's gone.",
        "every time I walk up the hill my calf cramps, I stop for a wee minute and it's fine again",
        "walking the dog my calves kill after about ten minutes, I stop, it goes off",
    ],
)
def test_claudication_told_by_distance_a_short_stop_or_a_killing_calf(text: str) -> None:
    assert parse_text(text).symptoms.pain_walking_relieved_by_rest is True


def test_a_tummy_added_to_a_list_of_cramping_places_is_a_belly_cramp() -> None:
    text = "I have cramp in the legs, also in my tummy and arms, many times a day"
    assert "chest_belly" in parse_text(text).locations


def test_a_tummy_bug_named_beside_a_leg_cramp_is_not_a_belly_cramp() -> None:
    text = "cramp in my calf last night and also a tummy bug in my stomach"
    assert "chest_belly" not in parse_text(text).locations


def test_a_calf_that_became_fat_after_bed_rest_is_a_swollen_calf() -> None:
    text = "after two weeks in hospital bed rest her left calf become fat fat and red"
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "ran a marathon in the heat, sweated through everything, now cramps keep coming",
        "weighed 2 kg less after the match and my legs keep cramping",
        "been bad from both ends since Friday and now my legs cramp",
    ],
)
def test_fluid_loss_told_by_what_it_did_is_fluid_loss(text: str) -> None:
    assert "fluid_loss" in parse_text(text).events


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("my dad have problem with the kidney, stage 3, cramps in legs", "kidney_disease"),
        ("on thyroxine for years, calf cramps", "thyroid_disease"),
    ],
)
def test_a_condition_told_by_its_problem_or_its_medicine(text: str, field: str) -> None:
    assert field in parse_text(text).conditions


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("for weeks my feet feel far away, buzzy and muffled, odd cramp", "numbness_tingling"),
        ("my calf muscles ripple by themselves when I sit, and cramps", "twitching"),
    ],
)
def test_nerve_signs_told_by_likeness(text: str, field: str) -> None:
    assert getattr(parse_text(text).symptoms, field) is True
    assert parsed_level(text) == "doctor"


def test_the_blue_puffer_is_a_reliever_inhaler() -> None:
    intake = parse_text("using my blue puffer a lot more and my legs cramp at night")
    assert any(m.cls == "beta_agonist" for m in intake.medicines)


@pytest.mark.parametrize(
    "text",
    [
        "the cramps are stopping me working, I had to leave the line twice this week",
        "I can't get through a shift without one any more",
        "tried stretching, magnesium and tonic for two months and nothing makes them better",
    ],
)
def test_cramps_that_spoil_daily_life_or_defy_self_care_see_a_doctor(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "I go through a two-four most weekends and a mickey midweek, calf cramps",
        "mi cyaan sleep, di cramp come three, four time a week",
    ],
)
def test_regional_english_for_drink_and_for_how_often(text: str) -> None:
    assert parsed_level(text) == "doctor"


def test_well_again_after_a_rest_in_the_shade_is_a_cramp_that_eased() -> None:
    text = "legs cramped at the festival, sat in the shade with water, totally fine after "
    text += "half an hour"
    assert parsed_level(text) == "self_care"


def test_because_of_stays_in_the_relatives_clause() -> None:
    text = "My dad lost a leg because of blocked arteries. I get the odd cramp that passes."
    assert not parse_text(text).conditions
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "My husband takes statins and gets cramps. I don't take anything and had one last "
        "night, gone in a minute.",
        "My sister's on dialysis and gets cramps. I'm the healthy one, had one last night "
        "that passed.",
    ],
)
def test_a_writer_who_sets_themselves_apart_from_a_relative_is_the_patient(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_a_writer_asking_about_a_relative_stays_about_the_relative() -> None:
    assert parsed_level("my mum has cramps every night, I'm 45 and worried for her") == "doctor"
