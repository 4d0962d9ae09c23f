"""Classes of wording read in the dev_u and dev_v batches' misses, one test per behaviour.

dev_u (3 a.m. typos, shift workers, athletes, long medicine lists, workers in the heat)
and dev_v (another language mixed into English) were measured once before any change
for them (issue 10); these are their miss classes in our own words.
"""

from __future__ import annotations

import pytest

from crampcare.intake.parse import parse_text
from crampcare.wording.spelling import normalise
from tests.intake.reading import read_level


@pytest.mark.parametrize(
    "text",
    [
        "Mi bredda drop an start shake up whole body, foam a come outta him mout",
        "stepped on a nail last week, now my face muscles feel locked and I can barely get my "
        "mouth open",
        "Mi abuela se desmayó en el jardín, está muy caliente y la piel seca",
        "Mi hermano tiene calambres, fiebre y el peor dolor de cabeza de su vida",
        "ابنتي عندها حرارة ورقبتها متيبسة and her legs are cramping",
        "Lewa stopa nagle zimna i zdrętwiała, nie mogę nią ruszać, bardzo boli",
        "Mi tío empezó una estatina, le duelen mucho los músculos, muy débil, la orina oscura "
        "como café",
    ],
)
def test_emergencies_in_patois_or_another_language(text: str) -> None:
    assert read_level(text) == "emergency"


def test_patois_denial_of_an_answer_is_not_answering() -> None:
    assert normalise("him nah ansa") == "him not answering"


@pytest.mark.parametrize(
    "text",
    [
        "3rd night this week woken by cramp in both feet",
        "my cramps leave me in tears, done every stretch for a month, nothing's better",
        "sugar patient for years, calves cramp at night",
    ],
)
def test_doctor_signs_said_the_way_people_say_them(text: str) -> None:
    assert read_level(text) == "doctor"


def test_drinking_loads_in_the_heat_is_water_not_alcohol() -> None:
    text = "digging all day in the sun, calf cramps, drank loads in the shade and they went"
    assert parse_text(text).heavy_alcohol is not True


def test_a_statin_the_doctor_plans_is_not_taken_yet() -> None:
    text = "my doctor wants to put me on a statin next month, will it give me cramps?"
    assert read_level(text) == "self_care"


def test_hours_spent_writing_are_no_cramp_length() -> None:
    text = "hand cramp after writing my exam for 3 hours, shook it out and it's fine"
    assert parse_text(text).duration_minutes is None
