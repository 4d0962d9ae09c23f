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
        (
            "my dad fell down for a few seconds at the bus stop, he said everything went black",
            "urgent",
        ),
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


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "If Dad walks more than a couple of streets his calf cramps and he has to stop. He "
            "rests a bit and it goes away.",
            "doctor",
        ),
        (
            "I walked more than a couple of miles today and got a calf cramp, stretched it and it "
            "went",
            "self_care",
        ),
        (
            "out in the sun all afternoon, sweated gallons, cramps keep coming back in my legs",
            "urgent",
        ),
    ],
)
def test_more_than_a_distance_and_sweat_by_the_gallon(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Writing this from the bathroom floor. Went down last night, can't get up. My legs "
            "are cramping and so weak and my wee is dark.",
            "emergency",
        ),
        (
            "I'm on the floor since last night, can't get up, legs cramping, pee like cola",
            "emergency",
        ),
        ("had to wet myself on the floor and it looked brown, legs cramping and weak", "emergency"),
        (
            "Mum fell yesterday in the garden, she got straight back up, just bruised, and now "
            "calf cramps at night",
            "self_care",
        ),
    ],
)
def test_a_long_time_on_the_floor_told_across_sentences(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "My wife has dementia and she's got into my amitriptyline, about ten are gone, now "
            "she's very sleepy",
            "emergency",
        ),
        (
            "Been taking extra laxatives because I was so bunged up, had the runs all day, now "
            "cramps in my legs",
            "urgent",
        ),
        ("my toddler took extra laxatives from the cupboard", "emergency"),
        ("I took a whole box of laxatives on purpose", "emergency"),
    ],
)
def test_another_persons_tablets_got_into_and_extra_laxatives(text: str, level: str) -> None:
    assert read_level(text) == level


# Sentences a GP broke this round's first classes with (round s31's review), each kept at
# the level the GP gave it.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        # minutes into a cramp are its length; a length told after the start still counts
        ("I'm 30 min into this cramp and it won't ease however much I stretch", "urgent"),
        ("been 30 min into this cramp now and it's still rock hard", "urgent"),
        (
            "cramp came on 30 min into my run and has lasted 20 minutes, stretching not working",
            "urgent",
        ),
        ("started 5 min into my walk and has lasted 15 minutes, won't ease", "urgent"),
        # a fall the cramp or a slip explains is no faint; coming round on the floor is one
        (
            "my leg cramped and I fell down for a few seconds then got straight back up, "
            "slipped on the wet floor",
            "self_care",
        ),
        ("calf cramp was so bad I fell down for a few seconds till it passed", "self_care"),
        ("I felt dizzy and fell down for a few seconds, came round on the floor", "urgent"),
        # the jaw joint's habit is no lockjaw
        ("my jaws locking up when I chew gum too much, no injury", "self_care"),
        # long-standing muddle or a pain's distraction is no new confusion
        (
            "I keep losing track of what I'm saying in meetings because the cramp pain "
            "distracts me",
            "self_care",
        ),
        # spots that last, bites or chickenpox are no glass-test rash
        (
            "the spots are not fading but he's fine, no fever, the doctor said it's chickenpox",
            "self_care",
        ),
        ("spots not fading after a week, no fever, they're just insect bites", "self_care"),
        # hot and not wet in bed with flu is a fever, not heat stroke
        ("skin's hot and not wet, I'm in bed with flu and shivering", "self_care"),
        # signs of too much of a medicine: yellow vision, being sick
        (
            "my nan took two or three times the dose of her digoxin and is seeing yellow and "
            "being sick",
            "emergency",
        ),
        # a stranger on a screen, with or without "who"
        ("a woman on TV had a seizure, I just get calf cramps", "self_care"),
        # "not the usual type of" tells an unusual thing; it denies none
        (
            "not the usual type of headache, worst ever, with a stiff neck and leg cramps",
            "emergency",
        ),
        # claudication by holes and by what the calf stops
        ("every few holes I have to stop because of calf pain, then it eases", "doctor"),
        ("my calf stops me walking after about 100 metres, then eases after a rest", "doctor"),
    ],
)
def test_what_a_gp_broke_the_first_classes_with(text: str, level: str) -> None:
    assert read_level(text) == level


def test_a_double_dose_taken_for_a_week_is_the_prescribers_not_an_overdose() -> None:
    text = "my husband's on double dose of furosemide since last week and has leg cramps"
    assert read_level(text) != "emergency"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("j'ai du mal à ouvrir la bouche après le dentiste", "self_care"),
        ("ich hab nie zu viele Tabletten genommen, hab nur Kraempfe", "self_care"),
        ("se tomó el jarabe de la abuela y ahora está muy dormido", "emergency"),
        ("my son swallowed grandma's medicine and is now very drowsy", "emergency"),
        ("I took my husband's painkillers for my cramp and feel fine", "self_care"),
    ],
)
def test_what_a_gp_broke_the_glossary_rows_and_anothers_medicine_with(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Dad was on the floor about 10 hours after a fall. Today his thighs are agony and "
            "what he did pass was very dark.",
            "emergency",
        ),
        ("I was on the floor 2 hours ago doing my stretches and got a calf cramp", "self_care"),
        (
            "Nag-crossfit ako kanina, ang ihi ko dark like Coke, sobrang sakit ng binti ko",
            "emergency",
        ),
    ],
)
def test_hours_on_the_floor_the_little_urine_passed_and_a_tagalog_activity(
    text: str, level: str
) -> None:
    assert read_level(text) == level


# A GP's second review: someone who has fallen and cannot get up, or has lain on the floor a
# long time, is an emergency (rf_long_lie), whatever the urine or the pain.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my husband is 75, he's on the floor and can't get up", "emergency"),
        ("On the floor since 6am. Cant get up.", "emergency"),
        ("bathroom floor since last night cant get up", "emergency"),
        ("been on the floor since Saturday, very thirsty, weak", "emergency"),
        (
            "Typing this from the kitchen floor. Went down yesterday afternoon, can't get up. "
            "Legs cramping.",
            "emergency",
        ),
        # a cramp that keeps one down a moment, floor exercises, the shop floor: none
        ("on the floor with a calf cramp, can't get up till it passes", "doctor"),
        ("on the shop floor all day, calves cramping tonight, went after a stretch", "self_care"),
        (
            "Mum fell yesterday in the garden, she got straight back up, just bruised, and now "
            "calf cramps at night",
            "self_care",
        ),
    ],
)
def test_fallen_and_cannot_get_up_or_long_on_the_floor(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("took extra laxatives for constipation, about 20 of them, now diarrhoea", "emergency"),
        ("Ich habe meine Tabletten gegessen wie immer und habe trotzdem Wadenkrämpfe", "self_care"),
        (
            "what she did pass was very dark yellow, she hasnt drunk much today, cramp in her "
            "calf last night",
            "self_care",
        ),
        ("after the marathon sore and weak and what little wee i did was very dark", "emergency"),
        ("headache thats not my usual, neck really stiff, temperature 39, leg cramps", "emergency"),
    ],
)
def test_what_a_gp_broke_the_second_classes_with(text: str, level: str) -> None:
    assert read_level(text) == level
