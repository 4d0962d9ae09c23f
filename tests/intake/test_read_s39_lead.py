"""Classes of wording found unread in round s39's development batches (HJ: bystanders and
people on the spot; HK: letters in a formal register; the formal words themselves are in
``test_register.py``):

- a person who "is seizing" has a fit; a calf that seizes, or seizes up, is a cramp;
- "nobody dizzy or confused" denies the state for everyone in the message;
- "faint" before what is felt or seen says how slight it is ("a faint prickling"): no
  fainting, and the prickling is read as tingling;
- well again "within the quarter hour" is how soon, not how long the cramp held;
- "in daily life" is everyday life, no count of cramps;
- "it may signify nothing, a hollowing ..." denies nothing after it;
- a limb that "locked up like a seizure" is a cramp told by likeness;
- a foot put on a cold floor is the cramp's first aid, no fit's aftermath;
- household cleaners swallowed are poisons;
- "can scarcely open", "difficult to open my mouth" after a wound: lockjaw;
- a leg "becoming numb" that cannot be lifted: a limb without blood;
- flickering "movements" under the skin: twitching;
- a blow to the calf "as though kicked", a foot that cannot be pressed down to walk: a tear;
- confusion told as "vague", "repeats himself", "does not recall crossing the line",
  "quite uncertain what year it is";
- "difficulty in swallowing"; the chin that will not go "anywhere near" the chest, and
  bending the head forward that hurts the neck: a stiff neck;
- the lips as the subject of the feeling's verb ("my lips fizz"), the thumb folded into the
  palm, fingers drawn into a beak: low calcium's signs;
- "restlessness in her legs": restless legs;
- an outsider's family ("neighbour's husband is on dialysis") and a bare "my ex" are
  someone else;
- print that swims before the eyes is sight, no swim; a head that swims is no swim either;
- a polite hedge before a sign ("I ought perhaps to mention that ...") is no doubt of it;
- out in the sun on a beach or sunbathing is heat, with nothing raised by it alone;
- "compulsion" is no misspelt convulsion;
- a bottle of wine named by its kind "most evenings" is a drinking habit, nothing swallowed.

The sentences are our own, each class beside a look-alike that must stay lower.
"""

from __future__ import annotations

import pytest

from crampcare.intake import read_text
from tests.intake.reading import RANK, read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("come quick my husband is seizing on the kitchen floor", "emergency"),
        ("a faint tingling in my feet that has not gone for weeks, and cramps", "doctor"),
        ("my toddler drank some oven cleaner from under the sink", "emergency"),
        ("he had a wound from a rose thorn last week and can scarcely open his mouth", "emergency"),
        (
            "stood on a rusty nail a fortnight ago, now back spasms and it is difficult to open "
            "my mouth",
            "emergency",
        ),
        ("after the cramp her whole leg is becoming numb and she cannot lift it", "emergency"),
        ("tiny flickering movements under the skin of my calves for months", "doctor"),
        (
            "felt a sharp blow to the back of my calf as if someone had kicked me, nobody there",
            "urgent",
        ),
        ("since the jump I cannot press my foot down to walk properly", "urgent"),
        (
            "my daughter finished the 10k in the heat, she seems a bit vague and cannot recall "
            "the last mile",
            "emergency",
        ),
        ("after the match in the sun he repeats himself and looks dazed", "emergency"),
        ("my gran is quite uncertain what year it is since this morning", "emergency"),
        ("cut on a rusty gate, now neck spasms and difficulty in swallowing", "emergency"),
        ("temperature of 39, and she cannot get her chin anywhere near her chest", "emergency"),
        ("he feels feverish and says bending his head forward hurts his neck", "emergency"),
        (
            "thyroid surgery last week, my lips fizz and my thumb is folded into my palm",
            "urgent",
        ),
        ("a restlessness in my legs every evening that only walking about settles", "doctor"),
        (
            "I am 36 weeks pregnant, a terrible headache and the words on my phone are "
            "swimming before my eyes",
            "emergency",
        ),
        (
            "My calf is fine now. I ought perhaps to mention I am suddenly very short of "
            "breath sitting here",
            "emergency",
        ),
        (
            "sunbathing all afternoon, had cramps, then she fainted and won't wake properly",
            "emergency",
        ),
        ("an irresistible compulsion to move my legs in bed, eased by walking", "doctor"),
    ],
)
def test_round_s39s_signs_are_read_at_their_level(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "my calf keeps seizing up at night but stretching sorts it",
        "school sports day was hot, a couple of children had calf cramps, water and shade, "
        "nobody dizzy or sick",
        "a faint ache in my calf the day after a cramp",
        "she had a cramp in the park and was playing again within the quarter hour",
        "one cramp last night that went with stretching, how do I stop them in daily life?",
        "my foot cramped like a seizure for a moment and then let go, fine now",
        "calf cramp woke me, I stood on the cold floor and it went in a minute",
        "my calf seizes for a moment when I point my toes in bed, then it goes",
        "my neighbour's husband is on dialysis and has cramps; I had one calf cramp this week",
        "my ex had restless legs. I just get a rare cramp in my foot",
        "swimming cramp in my calf in the sea, floated on my back and it passed",
        "calf cramp on a winter walk on the beach, stretched it out, fine",
        "I drink a glass of merlot with dinner and had one cramp this week that went",
        "my hip replacement was last year; my breathing is unremarkable; one cramp, gone",
    ],
)
def test_their_look_alikes_are_self_care(text: str) -> None:
    assert read_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        # A long-standing habit of repeating oneself is the doctor's, not an emergency's.
        "grandad repeats himself a lot these days and gets cramps in bed",
        # A sign that "may be nothing" is still a sign: not an emergency either.
        "it may be nothing, but I have a hollow in the muscle between thumb and finger",
    ],
)
def test_a_slow_change_is_not_an_emergency(text: str) -> None:
    assert RANK[read_level(text)] < RANK["emergency"]


def test_a_sign_that_may_mean_nothing_is_still_read() -> None:
    assert read_level("it may mean nothing, a hollowing of the muscle of my hand") == "doctor"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A GP's review: new confusion told as "vague", any relative the subject.
        ("My grandfather seems vague since this morning and has leg cramps.", "emergency"),
        # A pharmacist's review: a child who drank someone else's medicine, named or branded.
        ("my toddler drank some of her granny's morphine and is very sleepy", "emergency"),
        ("my little boy took a mouthful of Domestos and is crying with tummy cramps", "emergency"),
    ],
)
def test_the_reviews_signs_of_round_s39(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        # A GP's review.
        "My wife seems vague about when her cramps started, but is otherwise her usual self.",
        "Nobody at home is dizzy or confused; my daughter had a cramp at netball that went.",
        "I find it difficult to swallow big tablets; one calf cramp after my run, gone now.",
        "my hands are always pale and cold in winter, both the same, and the odd calf cramp",
        "my fingers go white when it's cold and pink again when warm; one cramp, passed",
        "I was fine again within the quarter hour after a swimming cramp",
        "my cramps have dwindled to one a month since I began stretching",
        # A pharmacist's review.
        "my lips fizz from the numbing injection after a filling; a calf cramp last night, gone",
    ],
)
def test_the_reviews_look_alikes_of_round_s39_are_self_care(text: str) -> None:
    assert read_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "I take 800 units of vitamin D each day; cramps once in a while.",
        "I self-administer insulin, forty units weekly of the long-acting kind, occasional cramps.",
    ],
)
def test_a_dose_in_units_is_no_drinking(text: str) -> None:
    assert read_text(text).heavy_alcohol is not True


def test_a_chemical_near_a_child_with_nothing_swallowed_is_no_emergency() -> None:
    # A pharmacist's review: the denial beside the chemical is read; the question is asked.
    text = "my son was by the oven cleaner but the lid was on and nothing was swallowed"
    assert RANK[read_level(text)] < RANK["emergency"]
    assert read_level("my son swallowed some oven cleaner") == "emergency"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Dev HN (official and genteel registers), in our own words.
        (
            "I am rather short of puff sitting here, and there was a fleck of red on my tissue "
            "when I coughed; my calf has ached since the operation.",
            "emergency",
        ),
        (
            "My husband is a touch feverish and speaks of the worst pain in the head of his life.",
            "emergency",
        ),
        (
            "She is burning hot, has a frightful ache in the head and holds her neck stiffly.",
            "emergency",
        ),
        ("My son drank some of the spray for the weeds from a squash bottle.", "emergency"),
        (
            "After a thousand squats my thighs are sore beyond belief and the toilet looks as if "
            "I had been drinking strong tea.",
            "emergency",
        ),
        ("little twitches under the skin of my calves, many times a day for weeks", "doctor"),
        ("a fizzy feeling in my shins every evening that only goes when I get up", "doctor"),
        ("cramping after fifteen minutes' walking that melts away when I halt", "doctor"),
        ("nocturnal cramps that have awakened me on three nights of every week", "doctor"),
        # An old dev text read through the word channel's "ingested" until the table put it
        # into "swallowed": a count told as "up to 10 x" a named medicine.
        ("my toddler may have ingested up to 12 x sertraline 50mg an hour ago", "emergency"),
    ],
)
def test_round_s39s_official_wording_is_read_at_its_level(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "Incident report: the employee experienced a seizure of the right calf muscle on the "
        "stairs, which resolved with stretching within two minutes. No fall.",
        "I collapsed onto the sofa in agony with a thigh cramp, gone in a minute, fully awake.",
        "for a second I couldn't move my foot, the cramp had it locked, then it let go",
        "out of breath from my swim as usual; the calf cramp in the last length settled",
    ],
)
def test_round_s39s_official_look_alikes_are_self_care(text: str) -> None:
    assert read_level(text) == "self_care"
