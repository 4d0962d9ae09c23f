"""Classes of wording found unread in round s21's batches (dev CT, CU, CV: the detail
buried in a message about something else, phone typing in a hurry, the edges of each
rule): a plea for help after signs with no "if" before them, a hedge between "can't" and
its verb, text-speak's ">" and "4" for amounts of time, what was tried told inside
"nothing ... helps", a remedy and its company before "haven't helped", an activity
stopped because of the cramps, a device's batteries, a sign from something that wears
or washes off.

The sentences are our own, each beside a look-alike that must stay lower.
"""

from __future__ import annotations

import pytest

from crampcare.wording.spelling import correct, normalise
from tests.intake.reading import level_in_language, read_at, read_beside, stays_below


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "FOOT WENT COLD AND WHITE AN HOUR AGO CANT FEEL MY TOES WHAT DO I DO",
            "if my foot ever went cold and white and numb what would i do",
        ),
        (
            "his leg is pale and cold and he can't move it what should we do",
            "if his leg went pale and cold and he couldn't move it, what should we do?",
        ),
    ],
)
def test_a_plea_after_signs_tells_them_unless_an_if_came_first(text: str, lookalike: str) -> None:
    read_beside(text, "emergency", lookalike)


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "calf is swollen since my hip op and I can't seem to get enough air",
            "calf is swollen since my hip op, breathing is fine",
        ),
        (
            "clot risk after surgery they said, leg is puffy and I can't quite catch my breath",
            "clot risk after surgery they said, leg is a bit puffy, breath is fine",
        ),
    ],
)
def test_a_hedge_between_cant_and_its_verb_still_asserts_the_sign(
    text: str, lookalike: str
) -> None:
    read_at(text, "emergency")
    stays_below(lookalike, "emergency")


def test_text_speak_symbols_say_the_amount_of_time() -> None:
    assert normalise("cramp 4 >15 mins") == "cramp for more than 15 mins"
    assert normalise("lasts <5 min") == "lasts less than 5 min"
    # A child's age is no "for": "my son is 4 10 mins ago he..." stays as written.
    assert normalise("my son is 4 10 mins ago") == "my son is 4 10 mins ago"
    read_beside(
        "thigh cramp 4 >20 mins now, stretch not helpin",
        "urgent",
        "thigh cramp <5 mins, stretch helped, gone",
    )


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "they come maybe twice a month but they're vicious and nothing we've tried so far "
            "works. is quinine still a thing?",
            "they come maybe twice a month, a stretch sorts them. is quinine still a thing?",
        ),
        (
            "awful cramps, and stretching and every other trick in the book haven't helped",
            "awful cramp last night, stretching and a walk round the room helped",
        ),
    ],
)
def test_self_care_that_has_not_helped_told_with_what_was_tried(text: str, lookalike: str) -> None:
    read_beside(text, "doctor", lookalike)


def test_an_activity_stopped_because_of_the_cramps_spoils_daily_life() -> None:
    read_beside(
        "my calves cramp so badly these days I've given up cycling to work",
        "doctor",
        "I've given up cycling to work since we moved, and had a calf cramp last night",
    )


def test_a_devices_batteries_are_no_exposure() -> None:
    stays_below(
        "dad (80) gets night cramps; separate question, which hearing aid batteries last longest?",
        "urgent",
    )
    # A lead-acid battery worked with is still asked about.
    read_at(
        "I strip old car batteries for the lead at home and now I get cramps and stomach ache",
        "urgent",
    )


def test_a_sign_from_something_that_wears_off_is_over() -> None:
    stays_below(
        "my lip still tingles from the filling's injection but it's wearing off now; had a "
        "toe cramp this morning",
        "doctor",
    )
    # Denied, it goes on.
    read_at(
        "my foot went numb and white an hour ago and it isn't wearing off",
        "emergency",
    )


def test_a_cramp_since_a_clock_time_is_going_on_by_its_since() -> None:
    read_beside(
        "calf cramp since 2.10, it's now 2.35 and I'm crying",
        "urgent",
        "calf cramp since 2.10, it's now 2.14",
    )
    # "Started at" may have stopped between: that is asked, not read as still going.
    stays_below("calf cramp started at 2.10 and it's now 2.35, can't get back to sleep", "urgent")


def test_time_spent_easing_a_cramp_still_going_is_its_length() -> None:
    read_beside(
        "been rubbing my foot for 20 minutes and the cramp is still there",
        "urgent",
        "I rub my feet for 20 minutes every night before bed and still get the odd cramp",
    )


# Round s21's second wave (dev CX, CY: the broad mix; understatement and indirection).


def test_a_denial_between_a_cramp_and_a_place_keeps_the_place_out() -> None:
    stays_below("cramp last night, though never in my stomach or chest, just the foot", "urgent")
    read_at("cramps, then worse in my stomach, the muscles are rock hard", "urgent")


def test_coming_off_a_bike_is_a_fall_not_a_medicine_stopped() -> None:
    read_beside(
        "my daughter (9) came off her scooter and cut her shin on the kerb, not sure she "
        "had all her jabs, now her leg keeps spasming",
        "urgent",
        "my daughter (9) came off her scooter last summer and cut her shin, all healed; "
        "tonight a calf cramp that went with a stretch",
    )


def test_an_earlier_episode_told_as_last_time_is_not_this_one() -> None:
    read_beside(
        "last time I had one it eased straight away. this one's been going 30 minutes and "
        "is still rock hard",
        "urgent",
        "last time I had one it lasted half an hour. this one went in a minute with a stretch",
    )


def test_a_rest_with_its_place_and_what_was_had_is_the_rests_length() -> None:
    stays_below(
        "cramps on the roof in the heat; sat in the van with a cold drink for 25 minutes "
        "and they settled. sweating normally, head clear",
        "urgent",
    )


def test_the_rounds_second_wave_signs_in_peoples_words() -> None:
    read_beside(
        "out picking fruit since dawn in the fields, leg cramps, then I collapsed, came to "
        "after a minute",
        "emergency",
        "out picking fruit since dawn, leg cramps, sat down, had water, fine now",
    )
    read_beside(
        "going round the park makes my calf ache and cramp, a short rest makes it go",
        "doctor",
        "going round the park gave me one calf cramp last week; a stretch sorted it",
    )
    read_beside(
        "magnesium, stretches, tonic water, the lot, and still these cramps that ruin my whole day",
        "doctor",
        "one cramp last night ruined my lie-in, first in months",
    )
    read_beside(
        "in the evenings it's like tiny ants under my skin and I have to get up and pace",
        "doctor",
        "got bitten by ants in the garden, itchy legs, and a calf cramp that went",
    )
    read_beside(
        "calf sore and puffy since the long flight home and now I'm puffed out just walking "
        "to the kitchen",
        "emergency",
        "calf sore since the long flight home, breathing fine, walked the dog no bother",
    )
    read_beside(
        "after the race I sweated buckets; now my legs and stomach keep cramping up",
        "urgent",
        "after the race my legs cramped, stomach fine, better after a drink and a stretch",
    )


@pytest.mark.parametrize(
    ("text", "name", "level"),
    [
        (
            "am crampă în pulpă de peste 15 minute și nu trece, oricât o întind",
            "Romanian",
            "urgent",
        ),
        (
            "la bambina ha febbre alta e puntini rossi che non spariscono premendo un bicchiere",
            "Italian",
            "emergency",
        ),
        (
            "j'ai de la fièvre, des crampes et la nuque si raide que je ne peux plus "
            "baisser la tête",
            "French",
            "emergency",
        ),
        (
            "habis lari 30km, badan lemas sekali, otot sakit, kencing saya coklat tua seperti teh",
            "Indonesian or Malay",
            "emergency",
        ),
        (
            "wenn ich länger gehe, krieg ich nach ca. 5 minuten Wadenschmerzen, bleib ich kurz "
            "stehen, ist es weg",
            "German",
            "doctor",
        ),
        (
            "na ongeveer 300 meter lopen pijn in mijn kuit, even stilstaan en de pijn gaat weg",
            "Dutch",
            "doctor",
        ),
        (
            "bacağım göçük enkazının altında sıkıştı, saatlerce, şimdi hiç gücüm yok ve çişim "
            "koyu kahverengi",
            "Turkish",
            "emergency",
        ),
    ],
)
def test_the_rounds_classes_in_other_languages(text: str, name: str, level: str) -> None:
    assert level_in_language(text, name) == level


def test_a_short_word_of_another_language_is_not_put_right_as_english() -> None:
    # German "Blech" (sheet metal) is one edit from "bleach": in a German message it stays.
    assert correct("am Blech geschnitten", foreign=True) == "am Blech geschnitten"
    assert correct("drank some bleach", foreign=True) == "drank some bleach"
    # Longer words are still put right, and an English message keeps every fix.
    assert correct("dialisis", foreign=True) == "dialysis"
    assert correct("tetnus") == "tetanus"
    stays_below(
        "vor drei Tagen an einem rostigen Blech geschnitten, Tetanusimpfung vor zwei Jahren, "
        "Kiefer geht normal auf, nur ein Wadenkrampf",
        "emergency",
    )
