"""Classes of wording found unread in round s27's development batches (ED, EG: the line,
each red flag told just over and just under it; EE, EH: the Englishes of the world; EF:
a broad mix written at night): a length joined to its unit ("the 10-minute mark") and
said to be past it, "within half an hour" and "felt like an hour", a purpose that is no
length ("for a show"), the dialect denial "ain't", a dropped g on a word the reader knows
by its stem ("seizin up"), Scots, Irish, Singapore and Nigerian words, self-care listed and
"nothing changes", the claudication habit told by a learner, a fit in one muscle, a fall
clutching a calf, breathless after a sprint and back to normal, a stomach bug long over,
one loose stool, the rest of a pack taken, a child into a cabinet, and a few rows of
German and Chinese.

The sentences are our own, each beside a look-alike that must stay lower (or higher).
"""

from __future__ import annotations

import pytest

from crampcare.intake import people
from crampcare.quantities.event_lengths import programmes
from crampcare.quantities.numbers import durations
from crampcare.wording.spelling import normalise
from tests.intake.reading import read_level


@pytest.mark.parametrize(
    ("text", "minutes", "over"),
    [
        ("thigh cramp, we're just past the 10-minute mark and it's still tight", 10.0, True),
        ("it's past the 15 minute mark now", 15.0, True),
        ("a 10-minute cramp, then it went", 10.0, False),
    ],
)
def test_a_length_joined_by_a_hyphen_or_said_past_its_mark_is_read(
    text: str, minutes: float, over: bool
) -> None:
    found = max(durations(text))
    assert (found.minutes, found.over) == (minutes, over)


@pytest.mark.parametrize(
    "text",
    [
        "after a 2-hour meeting my calf cramped",
        "the cramp was gone within half an hour of sitting in the shade",
        "felt like an hour but the clock said 5 minutes",
    ],
)
def test_a_meeting_a_limit_or_a_feeling_is_no_cramps_length(text: str) -> None:
    assert [d.minutes for d in durations(text) if d.minutes >= 60] == []


def test_half_an_hour_is_thirty_minutes_not_an_hour() -> None:
    assert max(d.minutes for d in durations("the cramp has lasted half an hour")) == 30.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she is rehearsing a lot for a show", []),
        ("we stayed up for a film and my calf cramped", []),
        ("the cramp lasted for a whole episode", [20.0]),
    ],
)
def test_for_a_show_is_what_for_and_a_whole_episode_is_how_long(
    text: str, expected: list[float]
) -> None:
    assert [m for m, _ in programmes(text)] == expected


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Calf's swollen on the one side and red since the op. Ain't short of breath.", "urgent"),
        ("Calf's swollen on the one side and red since the op. I'm short of breath.", "emergency"),
        ("Ain't had a tetanus shot since I was a kid, stood on a rusty nail", "urgent"),
        ("Had a tetanus shot last year, stood on a rusty nail", "self_care"),
    ],
)
def test_aint_denies_as_isnt_and_havent_do(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("my legs keep seizin up", "my legs keep seizing up"),
        ("it's no lettin go", "it's not letting go"),
        ("crampin across the front o ma chest", "cramping across the front of my chest"),
        ("since the back o eleven", "since just after eleven"),
        ("I gotta kick 'em out", "I gotta kick them out"),
        # left as written: real words ending in -in, and "no" before a noun
        ("a raisin in the cabin", "a raisin in the cabin"),
        ("it's no bin day", "it's no bin day"),
    ],
)
def test_dialect_words_are_put_into_the_readers_english(written: str, meant: str) -> None:
    assert normalise(written) == meant


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Breathing grand, no chest pain, but my right calf is swollen and hot after the op",
            "urgent",
        ),
        (
            "my cousin fall off the bed and shake shake, bite his tongue, now very blur",
            "emergency",
        ),
        ("my eyes are a bit blur after the screen, calf cramp last night", "self_care"),
        ("legs weak, can't climb the stairs, urine like kopi-o", "emergency"),
        (
            "It's no really a cramp, mair like creepy crawlies in ma legs, I have tae walk aboot",
            "doctor",
        ),
        ("muscle dey jump for my leg like something inside, one month now", "doctor"),
    ],
)
def test_irish_scots_singapore_and_nigerian_words_are_read(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Cramps three times a week. Tried stretching, water, magnesium - nothing changes.",
            "doctor",
        ),
        (
            "cramps most nights; weeks of stretching and magnesium haven't made any difference",
            "doctor",
        ),
        ("they keep coming back even though I'm doing the stretches every night", "doctor"),
        # one night, nothing changed in the medicines
        (
            "one calf cramp last night, nothing changed in my medicines, stretched it out",
            "self_care",
        ),
    ],
)
def test_self_care_kept_up_without_change_is_for_the_doctor(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("When I walk to the bus, 5 minute, my calf pain come. I stand, pain go.", "doctor"),
        ("whenever I go for evening walk my calf is paining, I stop and it relieves", "doctor"),
        ("went for a walk, got a calf cramp, stretched it and it went", "self_care"),
    ],
)
def test_walking_pain_that_rest_relieves_is_read_in_a_learners_words(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("felt like a seizure in my calf, totally awake, lasted a minute and went", "self_care"),
        ("she had a seizure, shaking all over, not waking properly", "emergency"),
        (
            "he collapsed on the pitch clutching his hamstring, shouting, stretched and back on",
            "self_care",
        ),
        ("he collapsed on the pitch and isn't responding", "emergency"),
        (
            "breathless after the sprint, got calf cramps, breathing back to normal in a minute",
            "self_care",
        ),
        ("suddenly breathless sitting on the sofa and my calf is swollen", "emergency"),
    ],
)
def test_a_fit_in_one_muscle_a_fall_clutching_it_and_a_sprints_breath_are_no_emergency(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Tummy bug last month, fully better for weeks now. One cramp after a long walk.",
            "self_care",
        ),
        ("tummy bug since yesterday and now my legs keep cramping", "urgent"),
        (
            "one runny poo this morning, nothing since, calf cramp that went with a stretch",
            "self_care",
        ),
        ("Delhi belly all week, I'm on the loo every hour, legs cramping", "urgent"),
        ("had 3 pints at a wedding, woke with a calf cramp that went", "self_care"),
        ("a crate of beer every weekend and cramps at night", "doctor"),
        (
            "a fierce amount of drink taken most days since the wife passed, cramps at night",
            "doctor",
        ),
    ],
)
def test_a_loss_or_a_drink_that_was_small_or_over_is_told_apart_from_a_heavy_one(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I took the rest of the pack of quinine, about 12, ears ringing", "emergency"),
        ("my 3 year old got into the medicine cabinet, legs feel funny", "emergency"),
        ("we don't know how many of nan's tablets she had, she's 2", "emergency"),
        ("he scoffed half the tub of vitamin gummies, he's 3", "emergency"),
        ("Grandma ate all her lunch and had a foot cramp that went in minutes", "self_care"),
        ("had half my thyroid removed, lips tingly and hands going into spasm", "urgent"),
    ],
)
def test_the_rest_of_a_pack_or_a_child_in_a_cabinet_is_a_poisoning(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my foot felt cold during the cramp but it's warm now, same as the other", "self_care"),
        ("sat on my foot, it went dead, back to normal within a couple of minutes", "self_care"),
        ("Granda's been melting lead for his fishing weights and he gets cramps", "urgent"),
        ("Drivin me up the wall, these night cramps, twice a month maybe", "self_care"),
    ],
)
def test_a_sign_that_went_with_the_cramp_and_a_granda_are_read(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Nachts kribbelt es in den Beinen, als würden Ameisen laufen, ich muss aufstehen",
            "doctor",
        ),
        ("Der Fuß ist kalt, weiß und er kann die Zehen nicht bewegen", "emergency"),
        ("昨天跑了马拉松，腿很疼，没力气，尿的颜色像可乐", "emergency"),
        ("My mama only takes agbo for her pressure, leg cramps some nights", "self_care"),
    ],
)
def test_rows_of_german_chinese_and_a_yoruba_word_read_as_meant(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # what a GP's review of the classes above asked to stay grave
        ("felt like a seizure in my leg and then I was shaking all over", "emergency"),
        ("he collapsed on the pitch clutching his calf and wasn't responding", "emergency"),
        (
            "my foot was cold and white in the cramp; it's warm now but still numb, can't move it",
            "emergency",
        ),
        ("one runny poo after another all day and my legs keep cramping", "urgent"),
        ("5 pints at the pub most nights, cramps in bed", "doctor"),
        ("ate the rest of the tub of ice cream and got a calf cramp", "self_care"),
        ("necked half the bottle of water after the run, calf cramp, stretched it", "self_care"),
        ("it ain't half swollen, my right calf, since the op", "urgent"),
        ("ain't got no feeling in my foot and it's gone white", "emergency"),
        ("my cramps might be from the lead I've been melting for fishing weights", "urgent"),
        (
            "breathless after the run, back to normal in a minute, but my right calf is swollen",
            "emergency",
        ),
        ("breathless going up the stairs today, never had that before", "emergency"),
        ("my foot's gone a wee bit pale and cold and it hurts", "emergency"),
    ],
)
def test_the_narrowings_a_gp_asked_for_keep_the_grave_readings(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # round s27's third wave (dev EI: borderline cases; EK: emergencies easy to miss)
        (
            "feels like my jaw's been glued shut, trod on a tack in the garden last week",
            "emergency",
        ),
        ("I can only fit a straw between my teeth and my belly keeps going rigid", "emergency"),
        (
            "my girl 7 has a high fever and bad headache, she screams when I bend her neck",
            "emergency",
        ),
        ("my girl 7 has a high fever and a runny nose, she's cuddly and drinking", "self_care"),
        ("feels like an elephant is sitting on my chest and my calf is sore", "emergency"),
        ("ate some wild mushrooms we picked on the walk, now vomiting and cramps", "emergency"),
        ("made a risotto with shop mushrooms, calf cramp later, stretched it", "self_care"),
        (
            "after the cramp I couldn't remember the last five minutes and my tongue is bleeding",
            "emergency",
        ),
        (
            "my foot feels like it belongs to someone else, cold and grey, can't move it",
            "emergency",
        ),
        ("been 12 minutes; stretching helps for a second then it clamps straight back", "urgent"),
        ("hands cramp several times in week for two months now", "doctor"),
        ("rubbed my calf hard and it went red, the redness was gone in ten minutes", "self_care"),
        ("foot went dead from kneeling, two minutes later totally normal", "self_care"),
    ],
)
def test_third_wave_classes_are_read(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Natusok ako ng pako, hindi ko maibuka nang maayos ang bibig ko", "emergency"),
        ("كنت في الشمس، أغمي علي وجلدي حار وناشف", "emergency"),
        ("dhoop mein kaam, chakkar aa raha hai, pasina bilkul band ho gaya", "emergency"),
        ("Kızım deterjanı içmiş olabilir, kusuyor", "emergency"),
        ("la pierna se ha quedado pálida y no puedo mover el pie", "emergency"),
        ("Seit ich mit den Teriparatid-Spritzen angefangen habe, habe ich Wadenkrämpfe", "doctor"),
    ],
)
def test_third_wave_rows_of_other_languages_read_as_meant(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "whose"),
    [
        ("my son has a fever, he cries when I move his neck, also cramps in legs", False),
        ("I rubbed her calf till the cramp went", False),
        ("My mum is on dialysis. I'm her son, I get the odd leg cramp", True),
        ("I told him my cramp was bad", True),
    ],
)
def test_a_writer_doing_something_to_another_does_not_own_the_cramp(text: str, whose: bool) -> None:
    assert people.writer_is_patient(text) is whose


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # round s27's last wave (dev EJ: Englishes of the world, a third writer)
        ("Sair cramp in ma fit last night, stood on the cauld floor an it went", "self_care"),
        ("he had a fit in his sleep, shaking all over, now he's groggy", "emergency"),
        ("mi granddaddy foot turn cold cold an him cyaan move it", "emergency"),
        ("mi two arm dem a cramp up since mawnin", "urgent"),
        ("abeg my legs dey scratch me from inside for night, I must dey move them", "doctor"),
        ("I thought I would pass out but the cramp went after a stretch", "self_care"),
        ("I thought I would pass out and now I can't wake him", "emergency"),
        (
            "Grandad walks to the allotment and after some distance his calf pains him and he "
            "must rest, then it clears and he continues",
            "doctor",
        ),
        ("he is not able to open his mouth properly since the wound from a rusty rod", "emergency"),
        ("I take akpeteshie every day, about half bottle, and cramps at night", "doctor"),
        ("a bottle of wine at my sister's wedding and a calf cramp after", "self_care"),
        ("Since starting Atorva 10 mg last month I get leg cramps", "doctor"),
    ],
)
def test_last_wave_classes_are_read(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # what a GP's second review asked to stay grave, or to stay calm
        ("I think she might be having a fit, she is jerking all over", "emergency"),
        ("came back on the plane, calf red, the redness faded within minutes", "urgent"),
        (
            "calf red, redness went in 5 minutes but it feels warm and tender, drove 9 hours",
            "urgent",
        ),
        (
            "Cramp in calf, two minutes later fine. Now foot cold, white, numb, can't move my toes",
            "emergency",
        ),
        ("did the worm at the wedding, calf cramp after", "self_care"),
        ("bit my tongue eating, calf cramp at night that went", "self_care"),
        (
            "I had him by section 10 days ago, I rubbed his back, calf cramp and it's swollen",
            "urgent",
        ),
        ("she went stiff in her fit and now won't wake", "emergency"),
        ("no wine, just two litres of water with meals, the odd night cramp", "self_care"),
    ],
)
def test_the_second_reviews_narrowings_hold(text: str, level: str) -> None:
    assert read_level(text) == level
