"""Classes of wording found unread in round s31's development batches (FJ: every emergency
told by what is seen and felt; FK: the pharmacy counter and the medicine cabinet): breath
and a chest told in German, spots told by their size and colour in Romanian, a neck "very"
stiff in Turkish; "type" as a kind of pain, never a task of the hand; heat cramps told over
by "they've gone"; a mouth that will not be got open; hot skin told as not wet; a person
down for a few seconds; the weather told by the oven; a limb's colour and cold told as a
bare list; a remedy that contains lead; more than the dose told as times the dose, and the
ears and eyes of too much quinine; losing track of what one is saying.

The sentences are our own, each beside a look-alike that must stay lower (or higher).
"""

from __future__ import annotations

import pytest

from tests.intake.reading import read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Meine Wade ist seit drei Tagen geschwollen und jetzt habe ich kaum noch Luft.",
            "emergency",
        ),
        ("Meine Wade ist seit drei Tagen geschwollen und tut weh.", "urgent"),
        (
            "Fiica mea are febră și are pete mici mov pe burtă care nu dispar când apăs.",
            "emergency",
        ),
        ("Kızımın ateşi var ve boynu çok sert.", "emergency"),
        ("Kızımın bacağına kramp girdi, iki dakika sürdü.", "self_care"),
    ],
)
def test_glossary_rows_of_round_s31(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my stomach muscles keep cramping up, not period-type pain, proper knots", "urgent"),
        ("this type of cramp happens in my calf at night, goes in a minute", "self_care"),
        ("my hands cramp when I type for hours at work", "self_care"),
    ],
)
def test_type_is_a_kind_of_pain_and_only_typing_is_a_task_of_the_hand(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "gardening in the heat, cramps in my forearms, sat in the shade with a drink "
            "and they've gone",
            "self_care",
        ),
        (
            "gardening in the heat, cramps in my forearms, had a drink and they've gone hard "
            "and won't let go",
            "urgent",
        ),
    ],
)
def test_heat_cramps_told_over_by_theyve_gone(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "my husband stood on a rusty nail last week, now he can't get his mouth open",
            "emergency",
        ),
        (
            "stepped on a nail last week, I can't get the lid of the jar open, cramps in my "
            "calf at night",
            "urgent",
        ),
    ],
)
def test_a_mouth_that_will_not_be_got_open_after_a_wound(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("working in the sun all day, skin very hot but not wet, feel dizzy", "emergency"),
        ("it's baking out and my son fainted at football after cramping", "emergency"),
        (
            "I was baking cakes all afternoon and got a calf cramp that went when I stretched",
            "self_care",
        ),
        ("my dad fell down for a few seconds at the bus stop and then got up", "urgent"),
        ("the pain dropped for a few seconds then came back", "self_care"),
    ],
)
def test_heat_and_a_faint_told_in_plain_or_learners_words(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my leg cramped and now my foot is white, cold and I can't feel it", "emergency"),
        ("lol my toes are doing a ghost impression. pale, cold, agony", "emergency"),
        ("my feet go white and cold in winter and I get cramps at night", "self_care"),
    ],
)
def test_a_limbs_colour_and_cold_told_as_a_bare_list(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "my mum has been taking an Indian herbal remedy for her knees. I read that some "
            "contain mercury.",
            "urgent",
        ),
        (
            "my mum takes an Indian herbal remedy for her knees. The pharmacist had it tested "
            "and it's lead-free. She gets calf cramps at night.",
            "self_care",
        ),
    ],
)
def test_a_remedy_said_to_contain_a_heavy_metal_is_an_exposure(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "my wife took about three times the dose of her quinine last night and now her "
            "ears are ringing",
            "emergency",
        ),
        ("took six instead of the one quinine, this morning everything looks blurry", "emergency"),
        (
            "since the tablets I keep losing track of what I'm saying and my hands shake",
            "emergency",
        ),
        ("I keep losing track of time when I stretch my calves at night", "self_care"),
    ],
)
def test_more_than_the_dose_and_the_signs_of_too_much(text: str, level: str) -> None:
    assert read_level(text) == level


def test_one_more_tablet_and_feeling_fine_is_not_an_emergency() -> None:
    assert read_level("I took two ibuprofen instead of one for my cramp and feel fine now") != (
        "emergency"
    )


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "I read about a footballer who collapsed on the pitch. I get calf cramps after "
            "games, is that related?",
            "self_care",
        ),
        (
            "there was a woman on TV who had a seizure from low salt, I get cramps at night, "
            "should I worry?",
            "self_care",
        ),
        # someone here and now is no stranger in a story
        ("there's a man here who collapsed and isn't breathing", "emergency"),
        (
            "I read about a footballer who collapsed. Now my son collapsed at football and is "
            "not responding",
            "emergency",
        ),
    ],
)
def test_a_stranger_in_a_story_is_carried_past_who(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "my leg cramps on the golf course every few holes, I sit in the buggy and it eases",
            "doctor",
        ),
        (
            "Mum walks to the park. About 10 minutes in she gets a cramp in her calf, stops, and "
            "it goes. Then it comes back on the way home.",
            "doctor",
        ),
        (
            "Walking the dog my calves seize after the same distance every time and ease off "
            "once I stand still for a bit.",
            "doctor",
        ),
        (
            "Dad still golfs, but he has to stop every few holes because his calves cramp when "
            "he walks, then after a rest he's good to go again.",
            "doctor",
        ),
        # one cramp on a ride, stretched out: not a walk's pain
        ("Cycling uphill and my quads cramped, stopped, stretched, carried on fine", "self_care"),
        (
            "cramp in my calf on my walk, rested, stretched, settled within 3 minutes",
            "self_care",
        ),
    ],
)
def test_claudication_told_by_holes_a_bare_stop_and_seizing_calves(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Got a calf cramp 30 min into my run, stretched it against a tree, gone in a "
            "couple of minutes",
            "self_care",
        ),
        ("calf cramp for 30 min and stretching isn't touching it", "urgent"),
    ],
)
def test_minutes_into_a_run_are_not_the_cramps_length(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my brother is having a sees her on the kitchen floor what do i do", "emergency"),
        ("baby hot, purple spots not fading, legs cramping?", "emergency"),
        ("kid at football camp cramping then went dizzy and fainted, hot as anything", "emergency"),
        ("my jaws locking up, had a deep splinter in my foot a week ago", "emergency"),
        # a worry put as "if", the colour and the cold with no comma
        (
            "what would happen if my leg went cold and blue? right now it's just an ordinary "
            "cramp that went",
            "self_care",
        ),
        (
            "my mate's foot went cold and blue once and he needed an operation. mine's just a "
            "normal cramp that went in a minute",
            "self_care",
        ),
    ],
)
def test_signs_told_by_dictation_states_and_likenesses(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Je me suis coupé sur un clou il y a une semaine. J'ai du mal à ouvrir la bouche.",
            "emergency",
        ),
        ("Mi hija tiene fiebre y no puede bajar la barbilla al pecho.", "emergency"),
        ("mi hijo se tomó el jarabe del abuelo, media botella", "emergency"),
        ("Lolo ko biglang hindi na makasagot, nanginginig buong katawan", "emergency"),
        (
            "Quando minha mãe anda uns 10 minutos dá cãibra na panturrilha, ela para e passa. "
            "Depois anda de novo e volta.",
            "doctor",
        ),
        (
            "Mein Sohn hat Tabletten aus der Schublade gegessen, ich weiß nicht wie viele",
            "emergency",
        ),
        ("Nach dem Lauf dunkelbrauner Urin und starke Muskelschmerzen", "emergency"),
        (
            "Mein Urin ist dunkelbraun wie Cola nach dem Marathon, extreme Muskelschmerzen",
            "emergency",
        ),
        ("Syn wypił odkamieniacz, boli go brzuch", "emergency"),
        ("ابني شرب منظف", "emergency"),
    ],
)
def test_glossary_rows_of_round_s31_second_wave(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Found a box of quinine tablets in my late father's medicine cabinet. Is it OK for "
            "me to take one when I get my odd leg cramp? Happens maybe once a month.",
            "self_care",
        ),
        ("my toddler found a box of pills in my bedside drawer", "emergency"),
        ("found a box of my nan's tablets in her drawer, she took the whole box", "emergency"),
        ("I found an empty box of paracetamol in his drawer, he's very sleepy", "emergency"),
    ],
)
def test_a_box_found_in_a_cabinet_is_no_overdose_until_something_is_taken(
    text: str, level: str
) -> None:
    assert read_level(text) == level
