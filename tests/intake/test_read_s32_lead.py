"""Classes of wording found unread in round s32's development batches (FQ: teenagers and
young adults texting; FT: pregnancy, the weeks after a birth and children as adults tell
it; FU: medicines and what people take): someone who cannot be roused or kept awake; the
worst headache told through someone's words, and a headache's likeness after a comma; a
closed place said to be hot; a faint with hot skin during exertion; a witness's count of
the seconds one was out, and the sight gone black before a fall; a fit told as the past,
then its return now; a person hot and dry, and floppy at the end of a list; walking pain
told with "like" and a bare "Stops"; medicines taken for sweets; a drug of unknown make, a
gas or a nicotine liquid and the body's signs of too much; the weeks after a birth (a new
event, ``recent_birth``: pre-eclampsia and clots); a list's "not" with its verb. And from
the second wave (FR: messages shaped as questions; FS: heat, effort and the outdoors): a
sign asked about, then answered by how much of it there is; sick told by a count; the
dog's walk as claudication's walk; two kinds of self-care that make no difference; a few
words of how before "does nothing"; a bike "pulled over" is no cramp over; "hasn't let go".
And from the third (FW: bystanders in public places; FX: long-term conditions): all of a
medicine taken at once with when; a child who ate some of the medicines told in the
sentence before; a chemical solution swallowed; kidneys told by their function and a
liver found on a scan; the month not known; 28 to 31 in degrees Celsius and the hottest
day; a stoma's high output.

The sentences are our own, each beside a look-alike that must stay lower.
"""

from __future__ import annotations

import pytest

from crampcare.intake import parse_text
from tests.intake.reading import RANK, read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "my husband is on water tablets and cramping, now I can't rouse him properly",
            "emergency",
        ),
        ("after the fall she keeps being sick and we can't keep her awake", "emergency"),
        (
            "took ages to rouse him this morning, he's a heavy sleeper, had a calf cramp in the "
            "night that went in a minute",
            "self_care",
        ),
        (
            "my toddler is hard to keep awake in the car after nursery, and gets cramps in her "
            "legs at night",
            "self_care",
        ),
    ],
)
def test_one_who_cannot_be_roused_or_kept_awake_is_not_responding(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my son has a temperature and a headache he says is the worst he's ever had", "emergency"),
        ("fever and a headache, like someone hitting me with a hammer", "emergency"),
        (
            "I've got a headache, not the worst I've had, and a cramp in my foot that went",
            "self_care",
        ),
        (
            "headache, like someone hitting me with a hammer, after the wedding last night, calf "
            "cramp this morning",
            "self_care",
        ),
    ],
)
def test_the_worst_headache_told_through_someone_and_a_likeness_after_a_comma(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("working in a hot kitchen all day, my colleague fainted and is confused", "emergency"),
        ("my son fainted at football practice, his skin is very hot", "emergency"),
        ("baby was in the car in the sun, she's now flushed, hot and dry", "emergency"),
        ("left in a hot car, now red, not crying, really floppy", "emergency"),
        ("hot kitchen at work, my calves cramped, sat down with water and it passed", "self_care"),
        (
            "fainted at the gym after skipping lunch, came round straight away, feels fine now",
            "urgent",
        ),
        (
            "the weather is hot and dry, cramps in my calves after gardening, gone with water",
            "self_care",
        ),
    ],
)
def test_heat_told_by_the_place_and_the_skin_during_exertion(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "at_least"),
    [
        ("my mate says I was out for about 10 seconds after I stood up from the cramp", "urgent"),
        ("stood up, everything went black and I hit the floor", "urgent"),
    ],
)
def test_a_witness_count_of_seconds_out_and_black_before_a_fall_are_a_faint(
    text: str, at_least: str
) -> None:
    assert RANK[read_level(text)] >= RANK[at_least]
    assert parse_text(text).symptoms.fainting


def test_the_sight_gone_dark_for_a_moment_and_no_more_is_no_faint() -> None:
    text = (
        "everything went dark for a second when I stood up too fast, then fine, calf cramp earlier"
    )
    assert not parse_text(text).symptoms.fainting
    assert read_level(text) == "self_care"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("He had a fit last month. Today another one, he's still shaking.", "emergency"),
        (
            "My girl had a febrile seizure in the spring. Tonight another one and it won't stop.",
            "emergency",
        ),
        ("had a seizure years ago, none since. calf cramp tonight", "self_care"),
        (
            "swim three mornings a week, got cramp in my foot this morning, gone in a minute. "
            "Happens now and again. Otherwise fit as a fiddle.",
            "self_care",
        ),
        (
            "My cousin has epilepsy. How would I tell a cramp from a seizure? I only ever get a "
            "calf cramp now and again, gone in a minute.",
            "self_care",
        ),
    ],
)
def test_a_past_fit_and_another_one_now_is_a_fit_now(text: str, level: str) -> None:
    assert read_level(text) == level


def test_a_fear_of_another_fit_is_no_fit() -> None:
    text = (
        "He had a fit last year. I'm scared he might have another one today, his calves are "
        "cramping."
    )
    assert not parse_text(text).symptoms.seizure
    assert read_level(text) != "emergency"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "my calves hurt after walking like 10 mins, I stop and it goes, then it comes back",
            "doctor",
        ),
        (
            "He can't walk more than 100 yards before his calf cramps. Stops, it eases, off he "
            "goes again.",
            "doctor",
        ),
        ("my calves hurt after running like 10 mins, I stop and stretch and it goes", "self_care"),
    ],
)
def test_walking_pain_told_with_like_and_a_bare_stop(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "The kids found sweets that turned out to be nan's heart tablets and both ate some",
            "emergency",
        ),
        ("took a dodgy pill at a party, now I'm boiling hot and my heart is racing", "emergency"),
        ("my toddler got hold of my vape and now she's being sick", "emergency"),
        ("she did loads of nos balloons and now she's really woozy", "emergency"),
        (
            "the sweets turned out to be sugar-free ones and the kids ate some, I had a cramp in "
            "my foot",
            "self_care",
        ),
        (
            "years ago I used to take random pills at festivals, now just calf cramps at night",
            "self_care",
        ),
        ("I vape, and I get cramps in my calves at night that pass with stretching", "self_care"),
    ],
)
def test_medicines_taken_for_sweets_and_drugs_with_signs_of_too_much(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I gave birth 2 weeks ago and now have a bad headache and blurry vision", "urgent"),
        ("had my baby 10 days ago, my right calf might be a bit swollen", "urgent"),
        ("I had my baby 4 years ago, bad headache today and a calf cramp", "self_care"),
    ],
)
def test_the_weeks_after_a_birth_carry_pre_eclampsia_and_clots(text: str, level: str) -> None:
    assert read_level(text) == level


def test_a_birth_years_ago_is_not_recent() -> None:
    assert "recent_birth" not in parse_text("I had my baby 4 years ago, calf cramp").events
    assert "recent_birth" in parse_text("I had my baby last week, calf cramp").events


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("baby has a temperature, not feeding, stiff neck", "emergency"),
        ("baby 6 weeks, temp 38.3, not feeding, arching her back and neck", "emergency"),
        ("baby has a temperature, not feeding well, no stiff neck, no rash", "self_care"),
    ],
)
def test_a_lists_not_with_its_verb_denies_that_item_only(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Is coughing up blood normal with a cramp? it's only a little bit", "emergency"),
        (
            "Is coughing up blood a sign of a clot? asking for a school project, I only get calf "
            "cramps",
            "self_care",
        ),
    ],
)
def test_a_sign_asked_about_then_answered_by_its_amount_is_told(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my son has been sick 4 times since lunch and his legs are cramping", "urgent"),
        ("I was sick of the cramps so I bought magnesium, they pass in a minute", "self_care"),
        (
            "my calf cramps when I'm walking the dog, I stop on a bench and it goes, then I "
            "carry on",
            "doctor",
        ),
        (
            "got a calf cramp in bed after walking the dog all day, stretched and it went",
            "self_care",
        ),
        ("cramps every week for months, magnesium and stretching make no difference", "doctor"),
        (
            "one cramp last night, stretching and water made all the difference, gone now",
            "self_care",
        ),
    ],
)
def test_sick_by_count_the_dogs_walk_and_self_care_that_makes_no_difference(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("calf cramp for 25 minutes, stretching it against the wall does nothing", "urgent"),
        ("thigh cramp on the bike, pulled over, still locked after 20 minutes", "urgent"),
        ("calf cramp 15 minutes now, it hasn't let go at all", "urgent"),
        (
            "cramp in my thigh on the bike, pulled over, stretched it and it was gone in a minute",
            "self_care",
        ),
    ],
)
def test_a_long_cramp_not_eased_told_with_words_between_and_a_bike_pulled_over(
    text: str, level: str
) -> None:
    assert read_level(text) == level


# A GP's review of the first wave (round s32): the sentences that broke a class, pinned.
@pytest.mark.parametrize(
    "text",
    [
        "I find it hard to keep awake after lunch, calf cramps at night",
        "Can't rouse any interest in exercise lately, cramps at night",
        "I couldn't rouse myself this morning, cramp in the night",
        "I can't keep him awake on long car journeys, he gets cramps",
        "Headache, nowhere near the worst I've had, temp 38",
        "Headache, the worst I've had this week, and a temp of 38",
        "Left the dog in a hot car, I feel faint with worry, cramps in my legs",
        "I'm fit and healthy, I just get calf cramps now and again",
        "Shoes don't fit properly, my feet cramp now and again",
        "My son had a fit last year. Today another cramp in his calf though",
        "Had seizures as a kid. This morning another bad night cramp",
        "I'm on nicotine gum and my heart is racing a bit",
        "Had laughing gas at the dentist, felt woozy after",
        "Did nos every weekend for a year, now my legs are numb and I'm wobbly",
        "Cramps after football. Not fainting, confused or vomiting",
        "My girlfriend says I was out for about 5 seconds in my sleep lol, cramp woke me",
    ],
)
def test_the_gps_look_alikes_are_no_emergency(text: str) -> None:
    assert read_level(text) != "emergency"


@pytest.mark.parametrize(
    "text",
    ["Had my baby 20 weeks ago, terrible headache", "New mum (baby is 10 months), bad headache"],
)
def test_a_birth_months_ago_is_no_recent_birth(text: str) -> None:
    assert "recent_birth" not in parse_text(text).events


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "I work construction in very hot weather, I have the cramps and I felt faint, fall "
            "down, now my head is not clear",
            "emergency",
        ),
        ("I felt faint with worry, the cramp in my calf went in a minute", "self_care"),
        ("the cramp was so bad I nearly felt faint, gone now after stretching", "self_care"),
    ],
)
def test_feeling_faint_then_falling_is_a_faint(text: str, level: str) -> None:
    assert read_level(text) == level


# A second GP's review: feeling faint is a faint's sign in heat, in pregnancy, after a birth,
# with tablets or a racing heart; only a harmless cause told with it (worry, the cramp's
# pain) sets it aside.
@pytest.mark.parametrize(
    ("text", "at_least"),
    [
        ("working in the heat all day, cramps in my legs and I felt faint", "emergency"),
        ("he felt faint and collapsed at work", "emergency"),
        ("I'm 8 weeks pregnant, bleeding and feeling faint", "urgent"),
        ("I feel faint and my heart is racing with cramps", "urgent"),
    ],
)
def test_feeling_faint_is_a_faints_sign_unless_told_with_a_harmless_cause(
    text: str, at_least: str
) -> None:
    assert RANK[read_level(text)] >= RANK[at_least]


@pytest.mark.parametrize(
    "text",
    [
        "She's really difficult to wake and her muscles keep spasming",
        "Toddler was hot, sweaty and then really floppy in my arms",
        "The gummies were actually my melatonin, he ate a few",
        "His leg is not moving, foot cold and pale, agony",
    ],
)
def test_the_gps_emergencies_are_emergencies(text: str) -> None:
    assert read_level(text) == "emergency"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My 3 week old has a temperature of 38.3", "urgent"),
        ("baby 7 weeks, temp 38.5, not feeding", "urgent"),
        ("our newborn feels hot, the thermometer says 38.1", "urgent"),
        ("My 8 month old has a temperature of 38.3 but is feeding well and smiling", "self_care"),
        ("my son is 10 weeks old and had a little cramp in his leg, no fever", "self_care"),
    ],
)
def test_a_fever_in_a_baby_under_three_months_is_urgent(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "he can't cope anymore. he took all his gabapentin tonight and is really drowsy",
            "emergency",
        ),
        (
            "my nan keeps her tablets in a weekly box. my 3 yr old got it open and i think he "
            "ate some, not sure how many.",
            "emergency",
        ),
        ("I take iron tablets. My 2 year old got into my bag and ate some.", "emergency"),
        (
            "the lad swallowed some of a copper sulphate solution for a dare, now cramping",
            "emergency",
        ),
        ("I took all my antibiotics as prescribed and now I get cramps", "self_care"),
        ("my son ate some crisps and got a cramp in his foot", "self_care"),
        ("I drank some rehydration solution and the cramps eased", "self_care"),
        ("I ate a big meal and got acid reflux, then a calf cramp that went", "self_care"),
    ],
)
def test_medicines_all_at_once_a_child_who_ate_some_and_a_chemical_swallowed(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my kidney function is a bit low, stage 3, cramps at night", "doctor"),
        ("They found fatty liver on a scan last year, cramps at night once a week", "doctor"),
        ("my kidney function test came back normal, cramps at night that pass", "self_care"),
        (
            "I've had an ileostomy. Today the bag's been filling with watery output all day and "
            "now I've got cramps in my legs",
            "urgent",
        ),
    ],
)
def test_conditions_told_by_function_or_a_scan_and_a_stomas_high_output(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Under-14s tournament, 30°C. Our keeper had cramps, then just fainted.", "emergency"),
        ("it was the hottest day of the year, grandad fainted after cramps", "emergency"),
        ("in the heat today he got cramps and didn't know what month it is", "emergency"),
        ("30°C today, calf cramp during the match, stretched it and it went", "self_care"),
    ],
)
def test_heat_by_degrees_celsius_and_the_hottest_day_and_the_month_not_known(
    text: str, level: str
) -> None:
    assert read_level(text) == level


# A second GP's review (round s32): the sentences that broke a class, pinned.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my newborn has a fever", "urgent"),
        ("my 1 month old has a fever", "urgent"),
        ("she's 2 months and has a fever of 38", "urgent"),
        ("my son (6 weeks) has a fever of 38.3", "urgent"),
        ("my LO is 7 weeks, temp 38.2", "urgent"),
        ("my 6 week old feels hot", "urgent"),
        ("my son is 10 weeks into physio and has a fever", "self_care"),
        ("my son is 2 weeks back at school with a temperature", "self_care"),
        ("I've got a 2 week old cold and a temperature", "self_care"),
        ("my 10 week old puppy is hot", "self_care"),
    ],
)
def test_a_young_babys_age_in_its_many_wordings_and_what_is_no_age(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("the baby is hard to wake in the pram and has a temp of 38", "emergency"),
        ("she's not moving her leg, foot cold and pale", "emergency"),
        ("is coughing up blood a sign of a clot? mine is just streaks in the phlegm", "emergency"),
        ("I was sick twice this morning and now my legs cramp", "urgent"),
        ("had my baby 6 weeks ago and have a headache and see spots", "urgent"),
        ("my son is hard to wake for school, cramps at night", "self_care"),
        ("he was off sick 3 times this term with cramps", "self_care"),
        ("not fainting, confused, just a sore calf", "self_care"),
        ("stretching and massage made no difference, it's been going for 2 minutes", "self_care"),
    ],
)
def test_the_second_gps_breaks(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "gave birth last week, now a pounding headache, flashing lights and I'm struggling "
            "to think straight",
            "emergency",
        ),
        (
            "after the race in the heat I feel weird and can't remember which stop I'm getting "
            "off at, legs cramped",
            "emergency",
        ),
        (
            "the cramp is so bad I can't think straight, calf locked for 2 minutes then went",
            "self_care",
        ),
        ("I'm so tired I can't think straight, got a headache and a calf cramp", "self_care"),
    ],
)
def test_thinking_that_will_not_come_straight_beside_its_cause_is_confusion(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Mum fell in the night and was on the kitchen floor till I found her this morning, "
            "maybe 6 hours. Now her legs are cramping and she can't stand.",
            "emergency",
        ),
        (
            "My son (13) is at a football camp, six hours a day. His thighs are agony and his "
            "pee is dark like cola.",
            "emergency",
        ),
        (
            "Suami saya mula makan statin minggu lepas, otot dia sakit teruk, air kencing warna "
            "macam Coke.",
            "emergency",
        ),
        ("I work 8 hours a day at a desk and get calf cramps at night", "self_care"),
        ("I do floor exercises most nights, calf cramp after, can't stand it", "self_care"),
    ],
)
def test_a_night_on_the_floor_a_training_camp_and_urine_like_coke_in_malay(
    text: str, level: str
) -> None:
    assert read_level(text) == level
