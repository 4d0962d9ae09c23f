"""Classes of wording found unread in round s17 (the lead's reading of dev BP and BR),
one test per behaviour.

The sentences are our own, several per class, each beside a look-alike a level below.
"""

from __future__ import annotations

import pytest

from tests.intake.reading import read_at, stays_below

# -- "nearly" before a size, a colour or a degree is no near miss ----------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my dad's right calf is nearly twice the size of the left, red and hot", "urgent"),
        ("her calf is almost double the other one and sore since the op", "urgent"),
        ("ran a marathon, legs in agony and my wee is almost black", "emergency"),
        ("my mouth is nearly impossible to open since I stood on a rusty nail", "emergency"),
    ],
)
def test_nearly_before_a_size_a_colour_or_a_degree_leaves_the_sign_told(
    text: str, level: str
) -> None:
    read_at(text, level)


@pytest.mark.parametrize(
    "text",
    [
        "I nearly fainted in the queue but I was fine after sitting down, calf cramp earlier",
        "I almost passed out from the pain of the cramp but it went with stretching",
    ],
)
def test_a_near_miss_is_still_no_sign(text: str) -> None:
    stays_below(text, "emergency")


# -- the jaw told hard to open as a state -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "cut my hand on barbed wire last week and now my jaw is really hard to open",
        "since the garden cut his mouth is difficult to open and his neck is stiff",
    ],
)
def test_a_jaw_hard_to_open_after_a_wound_is_lockjaw(text: str) -> None:
    read_at(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "my jaw is not hard to open, cut my hand on a nail, tetanus jab last year",
        "the jar was hard to open and my hand cramped",
    ],
)
def test_a_jaw_that_opens_or_a_jar_is_no_lockjaw(text: str) -> None:
    stays_below(text, "emergency")


# -- a rate written with a slash ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "calf cramps 5 nights/week for a month, nothing else",
        "pt reports cramps 4 times/week, no new meds",
        "night cramps most nights/week lately",
    ],
)
def test_a_rate_written_with_a_slash_is_a_frequency(text: str) -> None:
    read_at(text, "doctor")


@pytest.mark.parametrize(
    "text",
    [
        "calf cramp twice/month, goes with a stretch",
        "cramps 1 night/week at most, stretching sorts it",
    ],
)
def test_a_rare_rate_written_with_a_slash_stays_self_care(text: str) -> None:
    stays_below(text, "doctor")


# -- an animal that has the sign ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my dog had a fit this afternoon, the vet saw him. I get calf cramps at night",
        "our old cat collapsed and was twitching, she's at the vet now. My calf cramped later",
    ],
)
def test_a_pets_sign_is_the_pets(text: str) -> None:
    stays_below(text, "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "I was walking the dog when I had a fit and came round on the pavement",
        "my dog is fine but I've got crushing chest pain and cramp in my arm",
    ],
)
def test_a_sign_told_beside_a_pet_is_still_the_writers(text: str) -> None:
    read_at(text, "emergency")


# -- a weekend's binge ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I binge every weekend, easily 15 pints, and my calves cramp on Sundays",
        "most weekends it's 20 drinks or so and then the cramps start",
    ],
)
def test_heavy_drinking_told_as_a_weekends_binge_is_for_the_doctor(text: str) -> None:
    read_at(text, "doctor")


@pytest.mark.parametrize(
    "text",
    [
        "I have 2 drinks every weekend and get a calf cramp now and then",
        "I used to binge every weekend at uni, now just the odd night cramp",
        "my brother binges every weekend; I get the odd calf cramp",
    ],
)
def test_light_past_or_someone_elses_drinking_is_no_heavy_use(text: str) -> None:
    stays_below(text, "doctor")


# -- walking pain that forces a stop and eases with rest ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "72F, walks 200 yards then calf pain forces her to stop, settles after a few minutes rest",
        "the ache in my calf makes me stop walking and it goes once I rest",
    ],
)
def test_walking_pain_that_forces_a_stop_and_eases_with_rest_is_claudication(text: str) -> None:
    read_at(text, "doctor")


@pytest.mark.parametrize(
    "text",
    [
        "out walking, a cramp in my calf made me stop, it went once I stretched it",
        "a stitch made me stop running, gone in a minute",
    ],
)
def test_one_cramp_that_stopped_a_walk_and_went_with_a_stretch_is_ordinary(text: str) -> None:
    stays_below(text, "doctor")


# -- numbness that came on over weeks --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "over the last few months my toes have gone numb and I keep tripping",
        "my feet keep going numb on and off lately, and cramps at night",
    ],
)
def test_numbness_over_weeks_is_a_nerve_sign_for_the_doctor(text: str) -> None:
    read_at(text, "doctor")


@pytest.mark.parametrize(
    "text",
    [
        "lately I get cramps, but tonight my leg has gone numb and white",
        "for weeks my foot has been going numb, and now it's icy cold and pale",
        "my foot has suddenly gone numb and I can't move my toes",
    ],
)
def test_numbness_now_with_a_cold_or_pale_limb_is_still_an_emergency(text: str) -> None:
    read_at(text, "emergency")


# -- a clock time with the colon dropped (dev BS) ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "cramp in my calf started at 3 am its now 3 35 still locked",
        "thigh seized at 1 50 and now its 2 15, stretching does nothing",
    ],
)
def test_a_clock_time_with_the_colon_dropped_tells_how_long_the_cramp_has_lasted(
    text: str,
) -> None:
    read_at(text, "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "cramp started at 3 am its now 3 05 and it's easing",
        "took 2 30 mg tablets at 10, cramp went after a stretch",
    ],
)
def test_a_short_wait_or_a_dose_is_no_long_cramp(text: str) -> None:
    stays_below(text, "urgent")


# -- asking what a cramp can turn into ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "can a bad cramp ever turn into a seizure? had one in my foot this morning, gone now",
        "could night cramps lead to a blood clot? I get them twice a month",
    ],
)
def test_asking_what_a_cramp_can_turn_into_is_no_sign(text: str) -> None:
    stays_below(text, "urgent")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("could cramps lead to a clot? my calf is swollen, red and hot now", "urgent"),
        ("my cramp turned into a fit and now he won't wake up", "emergency"),
    ],
)
def test_a_sign_told_beside_the_question_or_as_what_happened_is_read(text: str, level: str) -> None:
    read_at(text, level)


# -- a year ago ---------------------------------------------------------------------------------


def test_cramps_every_night_a_year_ago_are_over_when_rare_now() -> None:
    stays_below("a year ago I got cramps nearly every night, now hardly ever", "doctor")


def test_a_clot_a_year_ago_leaves_a_swollen_calf_now_urgent() -> None:
    read_at("a year ago I had a clot; now my calf is swollen, red and tender", "urgent")


# -- a lasting disease named with its old cause -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "cirrhosis from drinking years ago, and my hands cramp",
        "I've got fatty liver from years back, cramps in my calves at night",
    ],
)
def test_a_lasting_disease_with_an_old_cause_is_had_now(text: str) -> None:
    read_at(text, "doctor")


def test_an_infection_years_ago_that_cleared_is_over() -> None:
    stays_below("had hepatitis A years ago, all cleared, now the odd calf cramp", "doctor")


# -- German and Portuguese words from dev BS ------------------------------------------------------


def test_german_a_mouth_hardly_opened_after_a_wound_is_lockjaw() -> None:
    read_at(
        "Habe mich am Stacheldraht geschnitten, jetzt kann ich den Mund kaum aufmachen", "emergency"
    )


def test_portuguese_a_child_who_took_grandmas_medicine_is_poisoning() -> None:
    read_at("minha filha tomou remedio da vovo, a caixa ficou vazia, esta sonolenta", "emergency")


def test_portuguese_a_child_who_took_medicine_for_a_fever_is_not() -> None:
    stays_below("meu filho tomou remedio pra febre ontem, hoje so caibra na perna", "emergency")


# -- dev BT and BU (the second wave) ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "she took about 30 quinine tabs over the day, now her ears are ringing",
        "he swallowed 25 of his sleeping tabs after the row",
    ],
)
def test_a_count_of_tabs_is_an_overdose(text: str) -> None:
    read_at(text, "emergency")


def test_a_usual_dose_of_tabs_is_no_overdose() -> None:
    stays_below("I take 2 paracetamol tabs for the ache after a cramp", "emergency")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("i think my husband overdosed on his tablets, he's shaking and cramping", "emergency"),
        ("I'm worried my mum took too many of her pills, she's cramping and drowsy", "emergency"),
    ],
)
def test_a_hedge_before_another_persons_signs_leaves_them_theirs(text: str, level: str) -> None:
    read_at(text, level)


def test_a_hedge_before_the_writers_own_cramp_leaves_it_the_writers() -> None:
    stays_below("i think i overdid the squats, my calf is cramping", "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "picking tomatoes in the greenhouse all afternoon and I passed out twice, legs cramping",
        "on shift in the foundry, he collapsed and is confused, arms cramping",
    ],
)
def test_fainting_or_confusion_in_a_hot_workplace_is_heat_illness(text: str) -> None:
    read_at(text, "emergency")


def test_a_cramp_in_the_greenhouse_that_passed_stays_self_care() -> None:
    stays_below("potting up in the greenhouse and my calf cramped, went with a stretch", "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "sudden awful pain right leg. gone a bluish colour and ice cold",
        "dad's foot, very painful since lunch. turned a greyish shade & cold",
    ],
)
def test_a_colour_and_cold_told_together_is_a_limb_without_blood(text: str) -> None:
    read_at(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "feet got cold and white in the snow, warmed up by the radiator, colour back now",
        "my fingers go white and numb in winter, and I get the odd calf cramp",
    ],
)
def test_a_limb_that_warmed_back_or_goes_white_in_the_cold_is_no_emergency(text: str) -> None:
    stays_below(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "my foot is cold and white, I warmed it up but it's still white",
        "toes went pale and cold, warmed them up, still icy and numb",
    ],
)
def test_a_limb_still_white_or_cold_after_warming_is_an_emergency(text: str) -> None:
    read_at(text, "emergency")


def test_a_childs_poisoning_last_yr_is_over() -> None:
    stays_below("neighbours kid swallowed pills last yr, fine now. I get calf cramps", "urgent")


def test_german_walking_pain_that_forces_a_stop_is_claudication() -> None:
    read_at(
        "Wadenschmerzen beim Gehen, nach 200 Metern muss ich stehen bleiben, dann geht es wieder",
        "doctor",
    )


@pytest.mark.parametrize(
    "text",
    [
        "stopped my statin myself last week because of the cramps, still getting them",
        "I came off my water tablets on my own cause of the leg cramps",
    ],
)
def test_a_medicine_stopped_on_ones_own_for_the_cramps_is_for_the_doctor(text: str) -> None:
    read_at(text, "doctor")


def test_a_medicine_the_doctor_stopped_long_ago_is_over() -> None:
    stays_below("the GP stopped my statin years ago and the cramps settled", "doctor")


def test_urine_almost_black_after_hard_exertion_is_muscle_breakdown() -> None:
    read_at("boot camp yesterday, thighs in agony, wee almost black", "emergency")
