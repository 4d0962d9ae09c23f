"""Classes of wording found unread in round s15 (the lead's probes in the lead's own words,
then the lead's reading of the round's blind batches), one test per behaviour.

The sentences are our own, several per class, each beside a look-alike a level below.
"""

from __future__ import annotations

import pytest

from tests.intake.reading import parsed_level


@pytest.mark.parametrize(
    "text",
    [
        "cramp won't quit, going on 12 min, tried pulling my toes back",
        "it's going on 20 minutes and my foot is still clenched",
        "my calf has been like this going on for 15 mins, stretching doesn't help",
    ],
)
def test_going_on_before_a_length_is_the_time_so_far(text: str) -> None:
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "we were going on a 20 minute walk when my calf cramped, it passed",
        "I keep going for 30 minutes on the bike then a cramp comes and goes in a minute",
    ],
)
def test_an_outing_going_on_for_a_length_is_not_the_cramps(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "cramping all over, 39 fever and can't put my chin down",
        "feverish and achy with cramps, she can't bring her chin forward",
    ],
)
def test_a_chin_that_will_not_go_down_is_a_stiff_neck(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I can't get my head down tonight because of leg cramps",
        "calf cramp, I tucked my chin down and breathed through it",
    ],
)
def test_a_head_down_to_sleep_or_a_chin_tucked_is_no_stiff_neck(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my thyroid is underactive and I get cramps",
        "thyroid's been playing up and now night cramps",
        "my liver isn't working properly, the cramps are bad at night",
        "liver's been bad since the drinking, cramps at night",
    ],
)
def test_a_gland_told_with_its_state_is_the_condition(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "my mum's thyroid is underactive, I just get the odd cramp",
        "they checked my thyroid and it's working fine, odd cramp at night",
        "my thyroid is not underactive, they checked, odd cramp",
        "my liver function test was fine, odd calf cramp",
    ],
)
def test_a_gland_found_well_or_someone_elses_is_no_condition(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "after about a block and a half my calves burn and I have to stand still till it goes",
        "by the second lamppost my leg aches and I stop for a minute and it passes",
        "within a few hundred yards my calf tightens, I rest and it eases, every time",
    ],
)
def test_a_distance_told_first_then_a_stop_that_eases_is_claudication(text: str) -> None:
    assert parsed_level(text) == "doctor"


def test_a_hike_with_one_cramp_that_passed_is_no_claudication() -> None:
    text = "after a couple of fields my calf cramped once on the hike, rested and it passed"
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "calf hurts after walking about 300m, have to stop, goes after a minute or two",
        "pt reports L calf ache after approx 300 m, eased by rest within minutes",
        "my calf aches after walking 150 yards, has to stop, then it goes off",
    ],
)
def test_a_walking_distance_in_a_note_with_rest_easing_it_is_claudication(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "calf cramp at 20 km into the marathon, eased with rest and fluids",
        "calf cramped after 10 km on the bike, stopped and stretched and it went",
    ],
)
def test_a_cramp_partway_through_a_race_or_ride_is_no_claudication(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "wife's diabetic, not me, I'm 40 and healthy, just a cramp after football",
        "hubby's on statins, not me, I just get the odd calf cramp",
    ],
)
def test_a_partner_named_bare_as_the_subject_is_someone_else(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "husband's on dialysis and his cramps are waking him every night",
        "hubby's diabetic and gets cramps most nights",
    ],
)
def test_a_partner_named_bare_keeps_their_own_cramps(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "I've heard statins cause cramps, but I'm not on any meds. one cramp last night",
        "heard that water tablets give you cramps, I'm not on them, odd cramp",
    ],
)
def test_a_cause_heard_of_is_no_medicine_taken(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_a_cause_heard_of_then_the_medicine_taken_is_the_medicine() -> None:
    text = "heard statins cause cramps. I've been on simvastatin since June, cramps most nights"
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "mi abuela tuvo calambres y ahora está convulsionando, que hago",
        "mi hijo se cayó y todo el cuerpo se sacude, no responde",
        "yung anak ko nakainom ng gamot ng lolo niya, madami, antok na antok",
        "nakalunok ng tableta ang bunso ko, marami, inaantok",
    ],
)
def test_a_fit_going_on_or_a_childs_swallowed_tablets_in_other_words(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "mi abuelo tuvo una convulsión hace diez años, ahora solo calambres que se pasan",
        "nakainom ako ng gamot para sa sakit ng ulo, tapos pulikat kagabi, nawala agad",
    ],
)
def test_a_fit_years_ago_or_ones_own_headache_tablet_stays_lower(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my mum has gone all vacant and keeps staring through me after her leg cramps tonight",
        "my nan keeps staring through me since her cramp, not answering",
    ],
)
def test_a_cramp_given_to_her_after_me_is_hers(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_my_own_cramp_after_her_illness_years_ago_is_mine() -> None:
    assert parsed_level("my dad had a stroke years ago, I get a calf cramp now and then") == (
        "self_care"
    )


@pytest.mark.parametrize(
    "text",
    [
        "hot as anything and his neck's rigid, won't let me touch it, and a rash",
        "her neck is stiff and she says the light hurts her eyes, cramps all over",
    ],
)
def test_a_stiff_neck_with_a_rash_or_light_hurting_is_meningitis_without_a_thermometer(
    text: str,
) -> None:
    assert parsed_level(text) == "emergency"


def test_a_stiff_neck_alone_asks_about_a_fever() -> None:
    from crampcare.intake import parse_text

    intake = parse_text("my neck is stiff and my calves cramped last night")
    assert "meningitis" in {c.question for c in intake.concerns}


def test_a_stiff_neck_with_the_fever_denied_stays_self_care() -> None:
    assert parsed_level("stiff neck from sleeping funny, no fever, calf cramp last night") == (
        "self_care"
    )


def test_talking_rubbish_is_no_cramp_rubbed_away() -> None:
    text = "he started talking rubbish, his skin is hot and dry and he's stopped sweating"
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "Stepped on a nail last month but got a tetanus booster then and it healed. Calf "
        "cramp at the gym today that went quickly.",
        "cut my finger on a rusty tin, had a tetanus jab last year, calf cramp that passed",
    ],
)
def test_a_jab_given_for_the_wound_is_up_to_date(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "stood on a rusty nail on Monday, had a tetanus shot when I was at school, now my "
        "calf keeps spasming",
        "cut on barbed wire, I was given a tetanus booster in 2005, now spasms in my leg",
        "cut on barbed wire, had a tetanus jab donkey's years ago, now spasms in my leg",
    ],
)
def test_a_jab_dated_long_ago_is_not_up_to_date(text: str) -> None:
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "my pee was dark after the long run but I drank water and it's clear now, cramp went",
        "wee was brownish this morning after the race and it's back to normal now, no pain",
    ],
)
def test_urine_told_clear_again_is_over(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_urine_still_dark_stays() -> None:
    text = "my pee went dark after the race, it's still not clear now and my thighs ache badly"
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "my mate collapsed in the heat once at a festival. Me, I just had a cramp from "
        "dancing, drank water and it's gone",
        "my pal takes statins and gets cramps, I just had one after football that went",
    ],
)
def test_a_mate_or_a_pal_is_someone_else(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my mate's collapsed in the heat at the festival and isn't making sense",
        "my mate has just collapsed and is jerking all over",
    ],
)
def test_a_mates_emergency_now_is_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "Years ago I had a cramp that lasted half an hour, but tonight's one was short and "
        "went with stretching",
        "years ago one went on for 40 minutes; this time it was over in a minute with stretching",
    ],
)
def test_a_long_cramp_long_ago_beside_a_short_one_now_is_not_long(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_a_long_one_now_beside_one_long_ago_stays_long() -> None:
    text = (
        "years ago one went on for 40 minutes and tonight's has gone on 20 minutes and won't let go"
    )
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "dads leg is freezing compared to the other one and kind of mottled blue, hes crying "
        "with the pain",
        "my foot is much colder than the other and it's gone numb, came on in the last hour",
    ],
)
def test_one_limb_colder_than_its_pair_is_a_limb_without_blood(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "left foot felt colder than the other after the ice pack, cramp gone",
        "my feet are always cold in winter, odd calf cramp at night",
    ],
)
def test_a_limb_cold_from_ice_or_winter_is_not(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my girl is feverish and moaning about her neck and a splitting head",
        "she's feverish with a splitting head",
    ],
)
def test_a_splitting_head_with_a_fever_is_meningitis(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_a_banging_head_after_a_wedding_without_fever_is_not() -> None:
    text = "woke with a banging head after the wedding, calf cramp too, no fever"
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "Husband's had a whole bottle of vodka tonight, now his muscles keep jerking and he "
        "can't stand up.",
        "my son polished off a full bottle of rum at the party and is throwing up and drowsy",
    ],
)
def test_a_whole_bottle_had_with_signs_is_alcohol_poisoning(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_a_whole_bottle_of_water_is_no_alcohol() -> None:
    assert parsed_level("had a whole bottle of water after my run and the cramp went") == (
        "self_care"
    )


@pytest.mark.parametrize(
    "text",
    [
        "grandad says his legs hurt walking to the shops but stop when he sits on the bench",
        "my calves ache walking up the road and ease off as soon as I stand still",
    ],
)
def test_walking_pain_that_stops_on_sitting_is_claudication(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "when my son was 2 he swallowed some of my pills, he was fine. Today he's 9 and just "
        "had a cramp at swimming that went",
        "when my daughter was three she drank some bleach, all fine. Now she's 12 and gets "
        "the odd calf cramp",
    ],
)
def test_when_my_child_was_small_is_long_ago(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_a_childs_pills_swallowed_now_stay_an_emergency() -> None:
    assert parsed_level("my son is 2 and he swallowed some of my pills just now") == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my jaw's a bit stiff from chewing gum all day lol, no cuts anywhere, calf cramp gone",
        "jaw a bit tight from chewing toffee, calf cramp last night passed",
    ],
)
def test_a_jaw_tired_by_chewing_is_asked_about_not_raised(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "probably TMJ but my jaw has been locked since yesterday and I have spasms in my neck. "
        "Had a dog bite two weeks back, healed fine.",
        "jaw's stiff from chewing gum I thought, but now I can't open my mouth and I cut my "
        "hand on Friday",
    ],
)
def test_a_locked_jaw_stays_an_emergency_whatever_cause_is_guessed(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I have a stoma and it's been pouring out for two days, now I'm cramping in both legs",
        "high output from my ileostomy since Friday and my hands keep cramping",
    ],
)
def test_a_stoma_pouring_out_is_fluid_lost(text: str) -> None:
    assert parsed_level(text) == "urgent"


def test_a_settled_stoma_is_not() -> None:
    text = "I have a stoma, it's settled and working normally, odd calf cramp at night"
    assert parsed_level(text) == "self_care"


def test_is_it_normal_asks_about_the_writers_own_cramps() -> None:
    assert parsed_level("Is it normal to get cramps every night? it's been like 3 weeks") == (
        "doctor"
    )


def test_is_it_normal_after_swimming_stays_self_care() -> None:
    assert parsed_level("is it normal to get a cramp after swimming?") == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "Farm accident - cow pinned my leg for two hours. Now severe muscle pain and urine "
        "dark brown.",
        "my leg was trapped under the quad bike for ages, now it's agony and my wee is brown",
    ],
)
def test_a_limb_pinned_down_then_dark_urine_is_muscle_breakdown(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_a_leg_pinned_by_a_cat_in_bed_is_nothing() -> None:
    text = "my cat pinned my leg in bed all night lol, calf cramp this morning that went"
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "Factory, spilled a drum of solvent all over me, dizzy and cramping, supervisor says "
        "it's nothing",
        "breathed in solvent fumes cleaning the tank, now confused and being sick",
    ],
)
def test_a_chemical_taken_in_with_the_body_affected_is_poisoning(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "spilled some bleach on the floor, cleaned it up, calf cramp later that passed",
        "my colleague spilled solvent on himself last year and was dizzy, I just get the odd cramp",
    ],
)
def test_a_spill_with_no_one_affected_or_anothers_long_ago_is_not(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_a_date_closing_its_clause_does_not_date_the_next() -> None:
    text = "had thyroid surgery 10 years ago, on levothyroxine, getting cramps a few times a week"
    assert parsed_level(text) == "doctor"


def test_a_date_opening_its_clause_dates_what_follows() -> None:
    assert parsed_level("Two years ago, I had a clot in my calf, fine since") == "self_care"


def test_a_medicine_started_by_the_gp_in_a_month_is_still_taken() -> None:
    text = "GP put me on atorvastatin in March and the cramps started in April. no dark wee"
    assert parsed_level(text) == "doctor"


def test_a_medicine_that_gave_aches_years_ago_and_was_stopped_is_over() -> None:
    text = (
        "Years ago a statin gave me muscle aches and I stopped it back then. Not on anything "
        "now and just get the odd calf cramp."
    )
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "i get cramps. i drink maybe 40 units a week if im honest",
        "cramps most nights, I drink maybe a bottle of wine a day",
    ],
)
def test_maybe_before_an_amount_is_an_estimate_not_a_doubt(text: str) -> None:
    assert parsed_level(text) == "doctor"


def test_one_nights_drinking_beside_a_light_habit_is_no_heavy_drinking() -> None:
    text = (
        "hungover, woke up with my calf seized, stretched it and its gone. had maybe 6 pints "
        "last night, dont normally drink much"
    )
    assert parsed_level(text) == "self_care"


def test_eased_told_before_the_stretch_is_eased() -> None:
    text = "cramp lasted about 15 minutes but let go when I stretched; they come 4 times a week"
    assert parsed_level(text) == "doctor"


def test_not_let_go_when_stretched_is_not_eased() -> None:
    text = "it's been 20 minutes and it hasn't let go when I stretched, still rock hard"
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "kidney transplant patient, cramps in my legs at night quite often",
        "GP says my kidneys aren't working great from the blood tests, and I'm cramping",
        "the hospital keeps an eye on my liver, it's been bad for years, and I get leg cramps",
    ],
)
def test_an_organ_looked_after_or_told_loosely_is_the_condition(text: str) -> None:
    assert parsed_level(text) == "doctor"


def test_a_brothers_transplant_is_his() -> None:
    text = "my brother had a kidney transplant, I just get the odd calf cramp"
    assert parsed_level(text) == "self_care"


def test_a_massive_amount_of_vodka_with_signs_is_alcohol_poisoning() -> None:
    text = "my friend drank a massive amount of vodka, now she's cramping, being sick and drowsy"
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "calf twitched a bit after a long run, stopped by the evening",
        "had diabetes only in my last pregnancy, it went after the birth and tests normal "
        "since. odd cramp now and then",
    ],
)
def test_a_twitch_settled_the_same_day_or_a_pregnancy_diabetes_gone_is_over(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    ["calf muscle twitching for weeks now", "I'm diabetic and get cramps most nights"],
)
def test_a_twitch_for_weeks_or_diabetes_now_stays(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "cramp in my calf started when the news came on, stretching isn't doing a thing",
        "put the kettle on when it started, made a tea, drank it, still got the cramp even "
        "though I've stretched loads",
    ],
)
def test_a_cramp_timed_by_the_evening_and_not_eased_is_asked_as_long(text: str) -> None:
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "cramp started when the news came on, stretched and it went within a minute",
        "I still get the odd cramp at night, stretching sorts it",
    ],
)
def test_a_cramp_timed_by_the_evening_that_eased_is_not(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_a_poison_in_food_asked_about_is_a_question() -> None:
    assert parsed_level("is mercury in fish dangerous? I get the odd calf cramp") == "self_care"


def test_mercury_met_at_work_stays_an_exposure() -> None:
    assert parsed_level("I work with mercury at the lab and get cramps") == "urgent"


def test_a_chest_pain_denied_then_told_after_but_is_told() -> None:
    assert parsed_level("No chest pain, but I have pain in my chest") == "emergency"
