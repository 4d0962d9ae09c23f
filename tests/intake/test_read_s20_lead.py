"""Classes of wording found unread in round s20's batches (dev CN, CO, CP, CQ: the broad
mix written hard, emergencies told without their names, the edges between levels, other
languages and phone typing): a remedy failing told in the present ("doing absolutely
nothing", "doesn't help") of a cramp timed from its start, a sign whose own words are a
denial listed after another ("not focusing, not answering"), a function said normal
without a comma ("... n warm breathing fine"), a near miss that reaches only its own
sign, hot skin "but" dry, walking pain told by "200m", streets or golf holes, the job or
the sport made hard, weeks of a remedy not helping, a week's units with a "+", a shade
hedged ("kind of bluish"), "peeing dark", a calf "getting redder", the clinician's
"perioral", "mine's" against another's, a seizure as a teen and none since, a list of
signs to watch for denied together, soreness timed after a cramp, a foot gone to sleep,
lead and mercury as figures of speech, sweat lost by the kilo, a medical word split in
two by dictation, an itch from the inside that makes one pace; and Dutch, French,
Polish, German, Tagalog, Indonesian and Albanian words for these.

The sentences are our own, each beside a look-alike that must stay lower.
"""

from __future__ import annotations

import pytest

from crampcare.wording.spelling import correct
from tests.intake.reading import level_in_language, read_at, read_beside, stays_below


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "thigh cramp began about 20 minutes ago and rubbing it is doing literally nothing",
            "thigh cramp began about 20 minutes ago, rubbed it and it went",
        ),
        (
            "foot cramp started half an hour ago and stretching doesn't help",
            "foot cramp started half an hour ago, stretching helped and it's gone",
        ),
        (
            "my calf seized up 15 mins ago, walking on it makes no difference",
            "my calf seized up 15 mins ago, walking on it sorted it out",
        ),
    ],
)
def test_a_remedy_failing_now_keeps_a_cramp_timed_from_its_start_going(
    text: str, lookalike: str
) -> None:
    read_beside(text, "urgent", lookalike)


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "out labouring in the sun, legs seized, then he dropped. burning hot, eyes not "
            "tracking, not answering us",
            "out labouring in the sun, legs cramped, he sat in the shade, drank water, "
            "chatting fine now",
        ),
    ],
)
def test_a_sign_said_as_a_denial_is_not_denied_by_the_one_before_it(
    text: str, lookalike: str
) -> None:
    read_beside(text, "emergency", lookalike)


def test_a_function_said_normal_without_a_comma_governs_only_itself() -> None:
    read_at("long train ride, right calf tender along the vein n hot breathing fine", "urgent")
    stays_below("long train ride, calf a bit stiff, breathing fine", "urgent")


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "garage is roasting, I keep cramping, almost passed out once, skin hot but bone dry",
            "garage is roasting, I keep cramping, almost passed out once, drinking now and "
            "sweating loads, feel better",
        ),
    ],
)
def test_a_near_miss_reaches_its_own_sign_not_the_next_in_the_list(
    text: str, lookalike: str
) -> None:
    read_beside(text, "emergency", lookalike)


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "shins ache walking about 300m, I stop n it goes, then again",
            "shins ache after a 300m sprint, stretched, gone",
        ),
        (
            "Grandad stops every few streets as his calves tighten, fine after a sit",
            "Grandad walks miles every day, odd calf cramp at night",
        ),
        (
            "keen golfer, right calf burns by the 3rd hole each round, eases in the buggy "
            "when I sit",
            "keen golfer, got a calf cramp on the 9th hole once, stretched it off",
        ),
    ],
)
def test_walking_pain_told_by_distance_streets_or_holes_is_claudication(
    text: str, lookalike: str
) -> None:
    read_beside(text, "doctor", lookalike)


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "hand cramps all through my shifts, making it very difficult to do my job",
            "hand cramp once at work last month, shook it out",
        ),
        (
            "my daughter cramps in every match and it's stopping her finishing games",
            "my daughter cramped in one match, stretched and played on",
        ),
        (
            "cramps after every swim lately, 3 months of magnesium not helping",
            "cramp after a swim today, magnesium at home, it passed",
        ),
        ("put away 30+ units a week if I'm honest, feet cramp", "2 units a week, feet cramp"),
    ],
)
def test_daily_life_spoiled_remedies_failing_over_months_and_heavy_drinking_see_a_doctor(
    text: str, lookalike: str
) -> None:
    read_beside(text, "doctor", lookalike)


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "weird, my right foot is much colder than the left and sort of greyish, hurts "
            "like mad, came on this evening",
            "my feet are sort of cold in winter, the odd cramp at night",
        ),
        (
            "my son ran a 20 mile charity walk, now can't stand, legs swollen and he's "
            "peeing dark brown",
            "my son ran a 20 mile charity walk, legs sore next day, peeing normally",
        ),
    ],
)
def test_a_shade_and_the_colour_after_the_act_are_told_for_sure(text: str, lookalike: str) -> None:
    read_beside(text, "emergency", lookalike)


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "arm was stuck under the car jack for an hour, forearm agony and weak, and my "
            "wee came out dark brown",
            "arm was stuck under the sofa for a second, bit sore, wee normal",
        ),
        (
            "dad's been lying on the floor since yesterday, the urine in his catheter bag is "
            "dark red-brown and his legs are weak",
            "dad's been lying on the sofa, his urine in the bag looks clear, odd calf cramp",
        ),
        (
            "savage leg day yesterday, thighs rock hard and swollen, pee looks like coke",
            "savage leg day yesterday, thighs sore, pee normal",
        ),
        (
            "cycled 120 miles in the sun, thighs on fire and weak, pee like cola",
            "cycled 12 miles in the sun, thighs a bit tired, pee normal",
        ),
    ],
)
def test_dark_urine_as_it_came_out_or_in_a_bag_after_a_crush_or_a_huge_effort_is_an_emergency(
    text: str, lookalike: str
) -> None:
    read_beside(text, "emergency", lookalike)


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "back of one calf aching 2 days, getting puffier and warmer, flew back from "
            "Bali on Friday",
            "both calves aching after a long hike, no swelling or warmth",
        ),
        (
            "post-parathyroidectomy day 1, circumoral tingling and carpopedal spasm",
            "thyroid op years ago, the odd calf cramp at night",
        ),
    ],
)
def test_a_calf_getting_redder_and_the_clinicians_perioral_are_urgent(
    text: str, lookalike: str
) -> None:
    read_beside(text, "urgent", lookalike)


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "My uncle had cramps after a triathlon and had cola pee and ended up on a drip. "
            "Mine's just a quick calf cramp after a jog, wee's normal.",
            "My uncle had cramps after a triathlon. Mine's a quick calf cramp after a jog "
            "and now my wee is like cola.",
        ),
    ],
)
def test_mine_sets_the_writers_cramp_apart_from_anothers_story(text: str, lookalike: str) -> None:
    stays_below(text, "urgent")
    read_at(lookalike, "emergency")


def test_a_fit_as_a_teenager_and_none_since_is_over() -> None:
    stays_below("had a fit as a teen, none in 15 years, calf cramp tonight, gone fast", "urgent")
    read_at("calf cramp tonight and then a fit, shaking all over", "emergency")


def test_signs_to_watch_for_denied_together_are_denied() -> None:
    stays_below(
        "my mum read out rash and high fever as the ones to worry about but I haven't got "
        "any of those, just a calf cramp that went",
        "urgent",
    )
    read_at("rash that won't fade and high fever, my legs ache and cramp", "emergency")


def test_soreness_timed_after_a_cramp_is_not_its_length() -> None:
    stays_below("calf cramp in the night, eased with a stretch, tender for 2 hours after", "urgent")
    read_at("calf cramp for 2 hours, stretching won't release it", "urgent")


def test_a_foot_gone_to_sleep_from_sitting_is_over_once_up() -> None:
    stays_below("leg went numb kneeling to weed, all gone as soon as I stood up", "emergency")
    read_at("leg went numb and cold and pale an hour ago and still can't move it", "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "my legs are heavy as lead after the gym, tiny cramp, gone",
        "blame mercury being in retrograde, had a foot cramp in pilates, a minute long",
    ],
)
def test_lead_and_mercury_as_figures_of_speech_are_no_exposure(text: str) -> None:
    stays_below(text, "urgent")


def test_sweat_lost_by_weight_is_heavy_fluid_loss() -> None:
    read_at("long ride in the heat, lost about 2 kg in sweat, both calves cramping now", "urgent")
    stays_below("long ride, lost 2 kg this month dieting, calf cramp last night", "urgent")


def test_a_medical_word_split_in_two_by_dictation_is_read_whole() -> None:
    assert correct("been on die alysis for years") == "been on dialysis for years"
    assert correct("he took para cetamol") == "he took paracetamol"
    assert correct("it is what it is") == "it is what it is"


def test_an_itch_from_the_inside_that_makes_one_pace_is_restless_legs() -> None:
    read_at("at night my legs itch from the inside and I have to get up and pace", "doctor")


@pytest.mark.parametrize(
    ("text", "name", "level"),
    [
        ("mijn dochter heeft een flesje lampenolie opgedronken en hoest", "Dutch", "emergency"),
        (
            "na de schildklieroperatie tintelt het rond mijn mond en krampen mijn handen",
            "Dutch",
            "urgent",
        ),
        ("mijn kuit doet pijn als ik loop, als ik stilsta gaat het weg", "Dutch", "doctor"),
        (
            "je me suis coupé sur un clou rouillé, maintenant ma mâchoire est bloquée",
            "French",
            "emergency",
        ),
        (
            "crampe au mollet depuis un quart d'heure, j'étire et ça ne passe pas",
            "French",
            "urgent",
        ),
        ("skurcz łydki od pół godziny, rozciąganie nic nie pomaga", "Polish", "urgent"),
        (
            "nach etwa 150 Metern Schmerzen in der Wade, nach einer kurzen Pause ist es weg",
            "German",
            "doctor",
        ),
        (
            "tumakbo ako ng 25km sa init, parang coke na yung ihi ko, hindi ako makalakad",
            "Tagalog",
            "emergency",
        ),
        ("kram di perut dan lengan terus-terusan sejak tadi", "Indonesian or Malay", "urgent"),
    ],
)
def test_the_rounds_classes_in_other_languages(text: str, name: str, level: str) -> None:
    assert level_in_language(text, name) == level


# Round s20's second wave (dev CR: the broad mix by a new writer; CS: the red flags told at
# the worst moment), measured before any change for it and then read as classes.


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "gran had leg cramps this afternoon, now she hardly responds when we speak and "
            "what she says makes no sense",
            "gran had leg cramps this afternoon, now she's chatting away and making sense",
        ),
        (
            "cut my hand on a rusty gate last week and now my jaw is kind of tight and won't "
            "open properly",
            "cut my hand on a rusty gate last week, jab up to date, jaw fine, calf cramp today",
        ),
        (
            "my calf's puffy and I'm coffin up blood this evening",
            "my calf's puffy after the match, coughing a bit from a cold, no blood",
        ),
        (
            "my mate's shaking and cramping at the club, we reckon someone spiked his drink",
            "my mate's cramping at the club after dancing all night, had water, fine now",
        ),
    ],
)
def test_the_second_waves_emergencies_told_in_passing(text: str, lookalike: str) -> None:
    read_beside(text, "emergency", lookalike)


def test_not_just_adds_a_place_it_denies_none() -> None:
    read_at("not only my calves now, my upper arms keep cramping too", "urgent")


def test_walking_pain_by_every_other_lamppost_or_a_clinicians_note_is_claudication() -> None:
    read_at(
        "on dog walks I stop at every other lamp post, calves cramp, fine when I stand", "doctor"
    )
    read_at("72F, calf pain on walking ~200m, relieved by 3 min rest, smoker", "doctor")


def test_a_cramp_still_there_a_time_after_it_came_is_timed() -> None:
    read_at("cramp hit in the shower and 25 minutes later it's still locked", "urgent")
    stays_below("cramp hit in the shower and 25 minutes later I was asleep", "urgent")


def test_red_urine_after_beetroot_is_their_dye_but_brown_is_not() -> None:
    stays_below("wee was pink today, we had beetroot soup last night, legs fine", "urgent")
    read_at("wee was cola brown today, we had beetroot soup last night, legs weak", "emergency")


def test_a_faint_taken_back_as_sleep_is_no_faint() -> None:
    stays_below(
        "passed out in front of the telly (asleep, I mean) and woke with a calf cramp", "urgent"
    )


@pytest.mark.parametrize(
    ("text", "name", "level"),
    [
        (
            "om natten kravler der noget inde i mine ben og jeg er nødt til at bevæge dem",
            "Danish or Norwegian",
            "doctor",
        ),
        (
            "sıcakta çalışırken kramp girdi, şimdi hiç terlemiyor, cildi kuru ve sıcak",
            "Turkish",
            "emergency",
        ),
        ("baldırımda kramp var, yarım saattir, germek hiç işe yaramıyor", "Turkish", "urgent"),
        (
            "řízl jsem se o rezavý plech a teď mám křeče, očkovaný naposledy před 30 lety",
            "Czech",
            "urgent",
        ),
        (
            "am făcut 300 de genuflexiuni, nu mă pot ridica, urina e maro închis",
            "Romanian",
            "emergency",
        ),
    ],
)
def test_the_second_waves_classes_in_other_languages(text: str, name: str, level: str) -> None:
    assert level_in_language(text, name) == level
