"""Classes of wording found unread in round s19's first wave (dev CG, CH, CI, CJ: the broad
mix, emergencies told without their names, the edges between levels, other languages):
a statin's name and urine dictated or typed short, a household product "got in to", a
drink that "turned out to have" a poison, a cramp's length told by the clock or as "now
forty minutes later", an hour by its sound, a cause asked about, a service that does not
answer, a dose the prescriber changed, Sunday that is no sun, "normal and warm", walking
pain told by lampposts, walks, shops and a bare "go", a limb likened to a corpse, lead in
a remedy, what was a late relative's, nights named one by one, numbness over years, a
bowel emptied on purpose, and Scots, Pidgin, Hindi and Tagalog words for these.

The sentences are our own, each beside a look-alike that must stay lower.
"""

from __future__ import annotations

import pytest

from tests.intake.reading import level_in_language, read_at, read_beside, stays_below


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "began simva statin a fortnight ago, now I can barely lift my arms and my "
            "you're in is the colour of cola",
            "started a statin last month, calves ache a bit at night, pee looks normal",
        ),
        (
            "mum's on new stat in tablets since last week, so weak she can't stand and her "
            "p is dark like coke",
            "mum's on statin tablets for years, odd cramp at night, nothing else",
        ),
    ],
)
def test_a_statin_and_dark_urine_dictated_or_typed_short_are_muscle_breakdown(
    text: str, lookalike: str
) -> None:
    read_beside(text, "emergency", lookalike)


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "my 2 year old got in to the washing machine pods under the sink, now she's "
            "drowsy and her legs are cramping",
            "my toddler got in to bed with me after a leg cramp woke her, she settled fine",
        ),
        (
            "my brother had a mouthful from a lemonade bottle in the shed that turned out to "
            "have antifreeze in it, now cramps and being sick",
            "had a mouthful of lemonade that turned out to have loads of sugar in it, my calf "
            "cramped later and went with a stretch",
        ),
    ],
)
def test_a_household_poison_got_into_or_found_in_a_drink_is_an_emergency(
    text: str, lookalike: str
) -> None:
    read_beside(text, "emergency", lookalike)


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "cramp in my thigh since just before ten, it's now gone quarter past and "
            "stretching isn't helping, still rock hard",
            "had a cramp in my thigh at ten, gone by quarter past with a stretch",
        ),
        (
            "calf locked up in the second half, it's now thirty minutes later and it still "
            "won't let go",
            "calf locked up in the second half, thirty minutes later I was fine again",
        ),
        (
            "my foot cramp been going for an our now and stretching not helping",
            "our cramps are worse in winter but they go in a minute",
        ),
    ],
)
def test_a_cramp_still_going_timed_by_the_clock_or_by_its_sound_is_urgent(
    text: str, lookalike: str
) -> None:
    read_beside(text, "urgent", lookalike)


@pytest.mark.parametrize(
    "text",
    [
        "Can dehydration cause seizures? I had one calf cramp last night, fine now.",
        "Could cramps trigger a blood clot? Mine go with stretching in a minute.",
    ],
)
def test_asking_what_a_cramp_can_cause_is_no_sign(text: str) -> None:
    stays_below(text, "doctor")


def test_a_cause_asked_after_the_signs_were_told_keeps_them() -> None:
    read_at("he had a cramp and then a seizure on the floor. can cramps cause that?", "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "38 weeks, one calf swollen and hot, labour ward not picking up",
        "my right calf is red and swollen since the flight, the GP surgery still isn't answering",
    ],
)
def test_a_service_that_does_not_answer_is_nobody_unresponsive(text: str) -> None:
    read_at(text, "urgent")


def test_a_person_not_answering_is_still_unresponsive() -> None:
    read_at("my wife had a cramp, then went stiff and now she's not answering me", "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "the GP doubled my ramipril last month and now I get calf cramps at night",
        "at dad's review the heart failure nurse upped his furosemide, since then cramps "
        "most evenings",
        "Sunday league, went down with a calf cramp in the last minute, passed with a stretch",
        "tingling in both feet for weeks with the cramps, feet look normal and warm",
        "my feet have gone numb-ish over the past couple of years and I get night cramps",
    ],
)
def test_a_prescribed_dose_sunday_warmth_checked_and_slow_numbness_are_for_the_doctor(
    text: str,
) -> None:
    stays_below(text, "urgent")


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "my calves cramp when walking, go when I rest",
            "my calves cramp in bed, go when I stretch",
        ),
        (
            "can only get to the second bus stop before my calf grips up, standing still a "
            "minute sorts it",
            "walked to the bus stop this morning, calf cramped in bed last night, a stretch "
            "sorted it",
        ),
        (
            "on walks he has to stop and look in shop windows till the calf pain goes",
            "walking's fine, no pain when I walk however far; the odd cramp in bed goes when I "
            "pull my toes back and sit up",
        ),
    ],
)
def test_walking_pain_eased_by_stopping_told_by_lampposts_walks_and_a_bare_go(
    text: str, lookalike: str
) -> None:
    read_beside(text, "doctor", lookalike)


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "my foot looks like a corpse's. greyish white and cold like marble, cramp "
            "started an hour ago",
            "my toes always go a bit white and cold in winter, then pink again indoors",
        ),
    ],
)
def test_a_limb_likened_to_a_corpse_with_its_cold_told_is_an_emergency(
    text: str, lookalike: str
) -> None:
    read_beside(text, "emergency", lookalike)


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "been using an ayurvedic powder from back home for months, heard they can hold "
            "lead, now cramps and belly ache",
            "is there lead in ayurvedic medicine? I get the odd calf cramp",
        ),
        (
            "cleared out my late mum's loft, smashed her old mercury barometer and swept it up "
            "with a brush, now cramps and shaky hands",
            "cleared out my late mum's loft at the weekend, lots of lifting, a calf cramp in "
            "bed after that went with a stretch",
        ),
    ],
)
def test_lead_in_a_remedy_and_mercury_from_a_late_relatives_things_are_urgent(
    text: str, lookalike: str
) -> None:
    read_beside(text, "urgent", lookalike)


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "calf cramps on Tuesday, Thursday and last night, never used to get them",
            "had a calf cramp on Tuesday, none since",
        ),
    ],
)
def test_nights_named_one_by_one_are_how_often(text: str, lookalike: str) -> None:
    read_beside(text, "doctor", lookalike)


def test_a_bowel_emptied_for_a_test_is_fluid_lost() -> None:
    read_at(
        "doing my colonoscopy prep, been on the loo all afternoon and now my hands and calves "
        "are cramping",
        "urgent",
    )


@pytest.mark.parametrize(
    ("text", "language", "level"),
    [
        ("ma calves cramp when a walk tae the shops, eases aff when a stoap", "Scots", "doctor"),
        (
            "my calf dey pain me when I waka go market, once I stop e go comot. wetin dey cause am",
            "Nigerian Pidgin",
            "doctor",
        ),
        (
            "naya statin shuru kiya, ab bahut kamzori hai aur peshab ka rang coffee jaisa hai",
            "Hindi or Urdu",
            "emergency",
        ),
        (
            "nakainom ang anak ko ng maraming gamot ng lolo niya, inaantok na siya",
            "Tagalog",
            "emergency",
        ),
    ],
)
def test_walking_pain_dark_urine_and_tablets_taken_in_dialect_and_other_languages(
    text: str, language: str, level: str
) -> None:
    assert level_in_language(text, language) == level


@pytest.mark.parametrize(
    "text",
    [
        "writing for my dad, he doesn't speak English well. his left calf is swollen and hot "
        "since the long bus trip, no trouble breathing",
        "my nan can't speak much English, her calf has been red and puffy on one side since "
        "yesterday",
    ],
)
def test_a_language_not_spoken_is_nobody_unresponsive(text: str) -> None:
    read_at(text, "urgent")


def test_a_person_who_cannot_speak_now_is_still_read() -> None:
    read_at("after the cramp he went stiff all over and now he can't speak or answer", "emergency")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Meu pai tem diabetes há 20 anos e tem cãibras nas pernas à noite. Nada inchado, "
            "nada vermelho.",
            "doctor",
        ),
    ],
)
def test_how_long_a_condition_is_had_and_signs_denied_with_nada_in_portuguese(
    text: str, level: str
) -> None:
    assert level_in_language(text, "Portuguese") == level


# Round s19's second wave (dev CL, CM: hard cases; carers, parents and clinicians' notes).


@pytest.mark.parametrize(
    ("text", "level", "lookalike"),
    [
        (
            "HV 0900: 91F in bed, eyes open, no response to voice or touch, breathing noisy",
            "emergency",
            "HV 0900: 91F in bed, chatty, responds to voice, night cramps as usual",
        ),
        (
            "mum took the whole Friday and Saturday bits of her pill organiser this morning, "
            "now very drowsy and her legs are cramping",
            "emergency",
            "filled mum's pill organiser for Friday and Saturday, she had a calf cramp at night",
        ),
        (
            "grandad had a swig from a lemonade bottle in the garage, turns out my uncle kept "
            "brake fluid in it, now cramps and sick",
            "emergency",
            "grandad had a swig from his lemonade bottle in the garage, calf cramped later",
        ),
        (
            "my 3 year old had a swig of the green windscreen wash, now tummy cramps",
            "emergency",
            "my 3 year old watched me put green windscreen wash in the car, she has leg cramps "
            "at night",
        ),
    ],
)
def test_second_wave_emergencies_told_in_notes_and_by_what_happened(
    text: str, level: str, lookalike: str
) -> None:
    read_beside(text, level, lookalike)


@pytest.mark.parametrize(
    "text",
    [
        "3am now. calf seized up at twenty to three, pulling my toes back since, still rock hard",
        "cramp started during the adverts before the six o'clock news and now the weather's "
        "on, nothing shifts it",
        "filled the kettle, made a cuppa, fed the cat and it's still cramping, stretching useless",
        "Pharm note 0115: 70F, cramp L calf since 0040, persisting despite stretch",
        "my calf cramp lasted like 2 min... sorry, I mean 20 and counting, stretching useless",
        "crampy tummy pains in my 9 year old since breakfast, comes and goes",
        "my son grazed his shin on the gravel, took the skin off his shin, never had his "
        "vaccines, now his leg keeps spasming",
    ],
)
def test_second_wave_urgent_cramps_timed_by_clock_programme_chores_notes_and_corrections(
    text: str,
) -> None:
    read_at(text, "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "filled the kettle, made a cuppa, fed the cat; the cramp went while I did it",
        "Pharm note 0115: 70F, had a calf cramp since 2015 on and off, none tonight",
    ],
)
def test_chores_or_four_figures_without_a_cramp_still_going_are_no_length(text: str) -> None:
    stays_below(text, "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "Renal: 58M HD MWF, cramps most sessions",
        "my kidneys are at stage 3 now, odd foot cramp",
        "my foot's started slapping down when I walk and I trip over my toes, calf cramps too",
        "I like a drink, 30-40 units a week, cramps in my calves at night",
        "dad's water tablets were upped by the heart nurse, since then cramps at night",
        "can walk to the end of our road then my calf grips like a vice, stop at the lamppost "
        "a minute and it goes, every single time",
    ],
)
def test_second_wave_doctor_signs_in_notes_and_lay_words(text: str) -> None:
    read_at(text, "doctor")


@pytest.mark.parametrize(
    "text",
    [
        "Tel: 60M, one fit in the 1980s after a head injury, none since. Brief calf cramp last "
        "night, well now.",
        "I'd muddled Monday and Tuesday in dad's pill box but checked it, nothing missed or "
        "doubled. He had a short cramp last night.",
        "is it true cramp is your muscles being poisoned by lactic acid? mine passed in a minute",
        "out of breath from the sprint, calf cramped, walked it off, breathing normal in a minute",
        "spray painter, calves cramp at night after long shifts, no other problems",
    ],
)
def test_second_wave_look_alikes_stay_self_care_or_doctor(text: str) -> None:
    stays_below(text, "urgent")


@pytest.mark.parametrize(
    ("text", "language", "level"),
    [
        (
            "Min dotter har druckit spolarvätska i garaget, nu kramper i benen",
            "Swedish",
            "emergency",
        ),
        (
            "Dnes mě strašně bolí všechny svaly po maratonu, jsem úplně slabý a moč mám tmavou "
            "jako kola",
            "Czech",
            "emergency",
        ),
        (
            "Mae gan fy merch dymheredd uchel, mae ei gwddf hi'n stiff iawn a chur pen ofnadwy",
            "Welsh",
            "emergency",
        ),
        (
            "Fiul meu are febră de azi, îl doare capul foarte tare și nu poate să-și aplece "
            "capul spre piept",
            "Romanian",
            "emergency",
        ),
        (
            "ibni 3ando 7arara 3alya w ma y2dar ynazel rasso, cramps fi rijleih",
            "Arabic",
            "emergency",
        ),
        (
            "Tatay ko nahimatay sa bukid, mainit na mainit ang balat niya at hindi na siya "
            "pinagpapawisan",
            "Tagalog",
            "emergency",
        ),
        (
            "Con toi bi chuot rut o bap chan, xoa bop 2 phut la het. Khong sung, khong do.",
            "Vietnamese",
            "self_care",
        ),
    ],
)
def test_second_wave_signs_and_denials_in_other_languages(
    text: str, language: str, level: str
) -> None:
    assert level_in_language(text, language) == level


def test_a_lead_weight_a_child_may_have_swallowed_is_an_emergency() -> None:
    read_beside(
        "my 2 year old was in the garage where I cast lead sinkers, he put one in his mouth and "
        "I can't find it, maybe swallowed",
        "emergency",
        "I cast lead sinkers in the garage for fishing, I get calf cramps at night",
    )
