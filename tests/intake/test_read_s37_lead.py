"""Classes of wording found unread in round s37's development batches (GY and GZ: short
messages and search-box style; HA, HB and HD: people living with a long-term condition or
taking many medicines):

- a walk's pain told tersely: on hills, "can only walk 200m", a stop every few shops, and
  its relief told bare ("rest 2 min ok", "ok after standing still"); hills ridden or run
  are no walk's pain;
- the thumb's muscle "getting small": wasting; a cramp or a swelling getting smaller is not;
- a foot numb from how one sat, and pins and needles gone within a minute: pressure undone,
  not a sign;
- coughing up phlegm with a denial between it and the colour ("some green stuff, no
  blood"): no blood coughed up;
- breathing told as "my usual" or "normal for me": answered, not a cue;
- ankle swelling told as a kind (what water tablets are given for): both legs, not one calf;
- an hour "or two" after an injection is when the cramps come, not how long they last;
- feet going numb over months, told in the next sentence: the doctor's numbness, not a
  limb that suddenly lost its blood;
- a leg gone blue and numb: a limb without blood; not a habit in the cold;
- many tablets taken as a habit ("she takes a lot of tablets"): no overdose; a dose taken
  several times over ("6 a day instead of 2") and a pill box's days found empty are;
- a workout that left the muscles hurting and the urine cola-dark: muscle breaking down;
- the forearms "seizing into cramps": cramps of the arms;
- a pill box filled "four times a day": the box's count, not the cramps'.

The sentences are our own, each beside a look-alike that must stay lower.
"""

from __future__ import annotations

import pytest

from tests.intake.reading import RANK, read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("hip and calf ache on hills, goes with a rest", "doctor"),
        ("can only walk 300 yards then both calves cramp, stop 1 min ok", "doctor"),
        ("mum stops every few houses w calf pain, fine after standing still", "doctor"),
        ("the muscle at the base of my thumb is getting small, hand cramps", "doctor"),
        ("the fleshy pad by his thumb has gone flat and his hand cramps", "doctor"),
        ("swollen hot left calf, my breathing is normal for me with the COPD", "urgent"),
        ("Had the op on Friday, left calf red and fat now. Breathing is my usual.", "urgent"),
        (
            "Sugar diabetes. Toes going numb and tingly. Been like this for several months.",
            "doctor",
        ),
        ("calf cramp, then his foot gone blue and numb", "emergency"),
        ("cramp in calf, now foot white n numb", "emergency"),
        (
            "She's been taking her water tablets wrong, 4 a day instead of 1, now weak and dizzy",
            "emergency",
        ),
        ("Dad's dosette: Monday to Thursday all empty on a Monday, he is drowsy", "emergency"),
        ("Her pill box: Wednesday and Thursday slots already empty, she feels sick", "emergency"),
        ("brown pee and muscles aching after crossfit", "emergency"),
        ("urine like coke + muscle soreness all over after bootcamp", "emergency"),
        ("both forearms keep locking into cramps today", "urgent"),
        ("I get leg cramps about an hour or two after my insulin, most nights", "doctor"),
    ],
)
def test_terse_and_long_term_condition_signs_are_read_at_their_level(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "calf cramp cycling up hills, eases with rest",
        "my calf cramp is getting smaller, gone in a minute",
        "leg went numb kneeling in the garden, pins and needles gone in a minute",
        "foot went dead sitting on it, pins and needles passed within a minute",
        "I always cough up some clear stuff in the morning, no blood, calf cramp at night",
        "coughing up yellow phlegm, no blood, a calf cramp last night that went",
        "Breathing is my usual, calf cramp at night once a month that passes",
        "He takes loads of pills for his heart and sugar, calf cramp last night that passed",
        "She takes a lot of tablets but nothing has changed, a foot cramp in bed last night",
        "my pee was dark after my long run, I drank water and it went pale, cramp gone",
        "muscles aching after the gym, wee is normal, calf cramp gone",
        "My pill box has seven days and four times a day, one calf cramp last week that went",
        "the nurse doubled my furosemide for ankle swelling, an odd cramp since",
    ],
)
def test_their_look_alikes_stay_below_urgent(text: str) -> None:
    assert RANK[read_level(text)] < RANK["urgent"]


@pytest.mark.parametrize(
    "text",
    [
        "my toes go white and numb when it's cold, cramps now and then",
        "He takes 2 a day instead of 1 since the doctor changed it, cramps at night",
        "feet going numb and tingly for years with my diabetes, cramps most nights",
    ],
)
def test_habits_and_slow_signs_are_not_emergencies(text: str) -> None:
    assert RANK[read_level(text)] < RANK["emergency"]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a denial of the usual, then the new sign against it
        ("I cough up white phlegm every day, no blood normally but today it was pink", "emergency"),
        # a baseline, then worse, whichever baseline words are used
        (
            "breathing normal for me but suddenly harder today, left calf hot and swollen",
            "emergency",
        ),
        ("my breathing is my usual but all of a sudden worse, one calf puffy", "emergency"),
        # a workout's muscle pain told by the limb
        ("pee like cola after spin and my legs ache badly", "emergency"),
        ("legs sore and swollen after leg day and my wee is dark brown", "emergency"),
        # a habit in the cold that numbs: the doctor's numbness
        ("my fingers go white and numb when it's cold then turn red, hand cramps", "doctor"),
        ("my toes go blue and numb every winter, cramps now and then", "doctor"),
        # the slow course told of the cramps is not the numbness's
        ("my leg has gone numb and it won't move, cramps on and off for weeks", "emergency"),
    ],
)
def test_the_gp_reviews_sentences_of_round_s37(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "my cramp is getting smaller and easing off, only a twinge now",
        "the knot in my calf from the cramp is getting smaller now",
        "pins and needles in my foot gone in a minute after kneeling, a calf cramp last night",
        "puffed out on the hill in the heat, calves cramped, fine after a rest and a drink",
        "Mum's calf cramp last night; her breathing is back to normal now after the cold",
    ],
)
def test_the_gp_reviews_look_alikes_of_round_s37_stay_below_urgent(text: str) -> None:
    assert RANK[read_level(text)] < RANK["urgent"]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # (HC, terse, read after its unread measurement)
        ("legs jumpy at night, need to kick them, eases walking about", "doctor"),
        ("collapsed after cricket in sun, cramps first", "emergency"),
        ("calf ache walking 300m. stop, passes. walk on, back again", "doctor"),
        ("trapped under a pallet at work, thighs swollen and sore, pee v dark", "emergency"),
    ],
)
def test_terse_signs_read_after_the_unread_batch(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "put on sun cream, calf cramp at the beach that went",
        "calf cramp at night, stop, stretch, goes",
        "arsenal v chelsea tonight, calf cramp at half time went",
    ],
)
def test_terse_look_alikes_stay_self_care(text: str) -> None:
    assert read_level(text) == "self_care"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a dose taken several times over, told by its multiple
        (
            "Grandad has been taking three times his dose of digoxin, feels sick and crampy",
            "emergency",
        ),
        ("she tripled her lithium by mistake this week, legs cramping", "emergency"),
        # a reliever inhaler used far beyond its dose
        (
            "my daughter 14 used loads of puffs, 30 puffs of her ventolin, shaky and racing heart",
            "emergency",
        ),
        ("son took too much of his blue inhaler, trembling all over", "emergency"),
        # a cramp that lasts an hour or two after a jab is long
        (
            "my leg cramps last an hour or two after my insulin and stretching doesn't help",
            "urgent",
        ),
        # medicines taken for the sugar: diabetes
        ("mum takes tablets for her heart and sugar, cramps most nights", "doctor"),
    ],
)
def test_the_pharmacists_sentences_of_round_s37(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "I have to take lots of medication for my heart, an odd calf cramp that stretches out",
        "we take loads of tablets between us, my calf cramped last night and went",
        "the GP put my water tablet up to 2 a day instead of 1, an odd cramp since",
        "his dosette is empty Wednesday to Friday because the chemist hasn't delivered yet",
        "used his inhaler twice today as his asthma plan says, calf cramp that went",
        "using my blue inhaler more this month, 8-10 puffs a day, and now cramps in my calves",
        "I've been using my inhaler too much lately with the asthma, leg cramps at night",
    ],
)
def test_the_pharmacists_look_alikes_are_no_emergency(text: str) -> None:
    assert RANK[read_level(text)] < RANK["emergency"]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "gran has been taking 3 a day instead of 1, the label was confusing, she's cramping",
            "emergency",
        ),
        (
            "the chemist's label was wrong so he took double his dose for a week, now sick",
            "emergency",
        ),
    ],
)
def test_a_dose_taken_over_with_no_medicine_named_is_an_emergency(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "the GP has me taking double the dose now, an odd calf cramp since",
        "I'm taking only 1 a day instead of 2 now, cramps at night now and then",
    ],
)
def test_a_prescribed_or_lowered_dose_is_no_emergency(text: str) -> None:
    assert RANK[read_level(text)] < RANK["emergency"]
