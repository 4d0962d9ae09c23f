"""Classes of wording found unread in round s30's development batches (FC: told through
images and comparisons; FF: second-hand and reported; FG: teenagers and young adults): what
another person passes on of a third person or of the writer, a quotation in single quotes,
a cramp named as what a fit was first taken for, a fall off any bike, a headache told by
the likeness of a blow, a bare temperature beside a stiff neck, something taken that was
not one's own dose and then a body poisoned by it, more than the box allows, a learner's
"she don't answer", sick all night, arms named before their cramp, the legs that give up
after a block, every remedy tried and the cramps still bad, a limb numb for weeks, limp
legs over months, a session on the water, the cholesterol tablet and glossary rows in
German, Italian, Portuguese and Turkish.

The sentences are our own, each beside a look-alike that must stay lower (or higher).
"""

from __future__ import annotations

import pytest

from tests.intake.reading import read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "her brother says he took a whole packet of paracetamol and his legs are cramping",
            "emergency",
        ),
        ("his dad told me he swallowed some of the dishwasher pods, now crying", "emergency"),
        ("the nursery rang to say she has drunk some of the bleach", "emergency"),
        # the writer's own cramp beside another's passed-on past stays the writer's
        (
            "my friend says her dad had a stroke last year, anyway I get calf cramps at night",
            "self_care",
        ),
    ],
)
def test_what_another_passes_on_of_a_third_person_is_the_patients(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my sister told me to say I'm on dialysis, I get cramps in my feet at night", "doctor"),
        ("my wife noticed twitching under the skin of my calf, and I get cramps", "doctor"),
        ("my husband says I was jerking all over and didn't answer him", "emergency"),
        # a belief is no report: the writer says what it was
        (
            "my partner thought I was having a fit, but it was a calf cramp, gone in a minute",
            "self_care",
        ),
    ],
)
def test_what_another_passes_on_of_the_writer_is_the_writers(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "text from the coach: 'Sam ran the ultra, thighs are agony "
            "and his wee is like cola'. He lives with us",
            "emergency",
        ),
        # a word or two in quotes is still read as it was
        ("I said '30 minutes' but I meant 3, it went with a stretch", "self_care"),
    ],
)
def test_a_quotation_in_single_quotes_is_read_to_its_last_word(text: str, level: str) -> None:
    assert read_level(text) == level


def test_a_cramp_named_as_what_a_fit_was_taken_for_is_not_theirs() -> None:
    text = (
        "My cousin had a fit once and everyone thought it was cramp at first. I got a cramp "
        "in my hamstring at the gym, gone after a minute."
    )
    assert read_level(text) == "self_care"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "came off my mountain bike yesterday, deep cut on my shin, now my calf keeps spasming",
            "urgent",
        ),
        ("came off my bmx, cut on my knee, leg keeps twitching into spasms", "urgent"),
        # coming off a medicine is still in the past
        ("came off my statin last year and the cramps went", "self_care"),
    ],
)
def test_a_fall_off_any_bike_is_no_medicine_stopped(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("fever, leg cramps and a headache like someone is hitting me with a hammer", "emergency"),
        (
            "34 weeks pregnant, headache like an axe in my skull and seeing sparkly lights",
            "emergency",
        ),
        # an ordinary headache's likeness is not a blow
        (
            "headache like a tight band round my forehead, calf cramp last night that passed",
            "self_care",
        ),
    ],
)
def test_a_headache_told_by_a_blow_is_severe(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("temp, stiff neck, cramps all over", "emergency"),
        ("after the gig: temp, achy legs, headache like a sledgehammer", "emergency"),
        # a hot room is no temperature
        ("the room was hot and I have a stiff neck from sleeping funny", "self_care"),
    ],
)
def test_a_bare_temperature_beside_meningitis_other_half_is_an_emergency(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "took a few of my nan's codeine for my cramp. maybe 5. now "
            "really drowsy and breathing feels shallow",
            "emergency",
        ),
        (
            "she took 2 pills off a guy at the rave, now she's burning up and acting really weird",
            "emergency",
        ),
        (
            "my brother huffed lighter gas in his room and now "
            "he's floppy and his arms are twitching",
            "emergency",
        ),
        (
            "took way more than the box says of the water tablets, like 15, cramping everywhere",
            "emergency",
        ),
        # one's own dose, and feeling a bit sleepy, asks at most
        (
            "I take my own codeine for my back and feel a bit sleepy, calf cramp last night",
            "self_care",
        ),
        # more than the packet of a supplement is a question, not a poisoning
        ("I took more than it says on the packet of magnesium, calf cramps anyway", "self_care"),
    ],
)
def test_something_taken_not_as_ones_own_dose_with_the_body_affected_is_poisoning(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("please, my father he have cramp and now he don't answer me", "emergency"),
        # the writer's own "don't answer" is no sign
        ("she don't answer the phone at night, she has leg cramps", "self_care"),
    ],
)
def test_a_learners_does_not_answer_is_read(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my daughter (4) threw up all night and now her legs are cramping", "urgent"),
        ("been puking all day, now my calves cramp", "urgent"),
        # a night awake with cramp is lost sleep only
        ("I was up all night with cramp in my calf", "doctor"),
    ],
)
def test_sick_all_night_is_fluid_loss_not_lost_sleep(text: str, level: str) -> None:
    assert read_level(text) == level


def test_arms_named_before_their_cramp_are_the_arms() -> None:
    assert read_level("My dad called to say his arms keep cramping when he's gardening") == "urgent"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("after one block my calves give out, I lean on a wall and it passes", "doctor"),
        (
            "after 300 metres my legs burn, stop for a minute and it "
            "melts away, start again and it's back",
            "doctor",
        ),
        (
            "cramps when I walk uphill to work, they go if I stand "
            "still, then come back on the next hill",
            "doctor",
        ),
    ],
)
def test_walking_pain_told_by_its_rest_and_return_is_claudication(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "I've tried everything: stretching, magnesium, pickle juice. "
            "My calf cramps are still brutal twice a week",
            "doctor",
        ),
        # tried everything and it worked
        ("I've tried everything and magnesium did the trick, one cramp last month", "self_care"),
    ],
)
def test_every_remedy_tried_and_still_bad_is_not_improving(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my toes have been numb for months and my feet cramp at night", "doctor"),
        # numb and cold, or numb and cannot move, stays the emergency
        ("my foot has gone numb and cold, been like that for weeks", "emergency"),
        ("my foot has gone numb and I can't move it", "emergency"),
    ],
)
def test_a_limb_numb_for_weeks_is_numbness_not_a_limb_without_blood(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "arms like wet spaghetti lifting the shopping for the past few months, and cramps",
            "doctor",
        ),
        # after one run, jelly legs are tiredness
        ("legs like jelly after the 10k, then a calf cramp that passed", "self_care"),
    ],
)
def test_limp_legs_over_months_are_weakness(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("kayaking for four hours and my feet cramped, got out, stretched, gone", "self_care"),
        (
            "rowing for 2 hours and now my calf has cramped for 20 minutes and won't let go",
            "urgent",
        ),
    ],
)
def test_a_session_on_the_water_is_no_cramps_length(text: str, level: str) -> None:
    assert read_level(text) == level


def test_the_tablet_for_the_cholesterol_is_a_statin() -> None:
    assert (
        read_level("since I take the pills for my cholesterol my legs cramp at night") == "doctor"
    )


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Meine Tochter (3) hat aus Versehen ein paar Tabletten von mir geschluckt", "emergency"),
        ("Mia moglie dice che non rispondevo e mi sono irrigidito tutto", "emergency"),
        ("Tenho cãibra na perna e de repente fiquei sem ar e com dor no peito", "emergency"),
        (
            "As minhas pernas não param quietas à noite, sinto um "
            "formigueiro por dentro e só passa quando me levanto e ando",
            "doctor",
        ),
    ],
)
def test_glossary_rows_of_round_s30(text: str, level: str) -> None:
    assert read_level(text) == level


# Wave 2 (FD: beyond the calf; FE: older people and their carers), and the GP review's
# sentences: each narrowing kept at its own level.


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Dad has dementia and asks the same thing over and over, that's just him. "
            "Calf cramp at supper, gone after a stretch.",
            "self_care",
        ),
        (
            "Nan has Alzheimer's, muddled as usual, no different from any other day. "
            "Foot cramp went in a minute.",
            "self_care",
        ),
        # not her usual, or worse than usual, is a new confusion
        (
            "Mum has dementia but today she doesn't know me at all, this is not her usual, "
            "and her legs keep cramping",
            "emergency",
        ),
        (
            "Dad has dementia and is far more confused than usual today, hot to touch, "
            "cramps in his hands",
            "emergency",
        ),
    ],
)
def test_known_dementia_told_as_usual_is_no_new_confusion(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Dad didn't answer when I rang about his cramp, turned out his hearing aids were out. "
            "He was his normal self and the cramp had gone.",
            "self_care",
        ),
        # not answering that goes on is still the emergency
        ("Mum didn't answer me after the cramp and she's floppy", "emergency"),
    ],
)
def test_a_call_not_answered_then_explained_is_no_collapse(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "he's taken Monday's, Tuesday's and Wednesday's tablets all at once from his dosette",
            "emergency",
        ),
        ("my 2 year old got into grandma's pill box and a few are missing", "emergency"),
    ],
)
def test_doses_taken_at_once_or_a_childs_missing_pills_are_poisoning(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("the muscles across my ribs keep going into spasm, I'm 81", "urgent"),
    ],
)
def test_the_chest_named_before_its_cramp_is_the_chest(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I drink lager every day, about 6 or 7 cans, and get foot cramps", "doctor"),
        ("jaw aches when I chew and my tongue twitches when I look at it, for weeks", "doctor"),
        ("his thighs feel crawly at night and it makes him pace about the room", "doctor"),
        (
            "stabbing pain under my ribs since the flight, now puffed just walking to the taxi",
            "emergency",
        ),
        (
            "got dizzy in the hot kitchen, I fall down, my boss say I was sleep 1 minute",
            "emergency",
        ),
    ],
)
def test_wave_two_classes(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the GP review of round s30: a leg gone numb now stays an emergency whatever else has
        # lasted weeks
        ("my leg went numb an hour ago, cramps for a few weeks", "emergency"),
        ("my leg has gone numb and it won't move, I've had cramps for weeks", "emergency"),
        ("my right leg has gone numb and I can't stand on it, cramps for a few weeks", "emergency"),
        (
            "my leg went numb this afternoon and I can't feel it, been on the pill for years",
            "emergency",
        ),
        ("my toes have gone numb for a few weeks now and my calves cramp at night", "doctor"),
        # a cramp timed, not an activity
        (
            "calf cramp three nights in a row for 20 minutes each time, stretching doesn't help",
            "urgent",
        ),
        (
            "my calf has been cramping in the garden for 15 "
            "minutes and won't let go when I stretch",
            "urgent",
        ),
        (
            "my calf has been rock hard like a golf ball for 20 "
            "minutes and stretching isn't helping",
            "urgent",
        ),
        # poisoning after something taken, and what is not
        (
            "took more tramadol than I should have for the cramps and now I'm very sleepy and my "
            "breathing feels slow",
            "emergency",
        ),
        (
            "I was huffing and puffing on the hill in the boiling heat and my calves cramped, "
            "fine after a rest",
            "self_care",
        ),
        ("I used more than the label says of the deep heat on my calf", "self_care"),
        # a likeness of a hangover or a cold, and a room's temp
        (
            "my head feels like I've been hit by a truck after the wedding, bit of a temp, calves "
            "cramped from dancing",
            "self_care",
        ),
        ("the temp in the office is 32 and I've got a heat rash and calf cramps", "self_care"),
        # no answer to a treatment or a phone call
        ("she don't respond to the magnesium, still cramping every night", "doctor"),
        ("I take fish oil pills for my cholesterol and get the odd calf cramp", "self_care"),
        (
            "Ho avuto una crisi di crampi stanotte al polpaccio, è passata in due minuti",
            "self_care",
        ),
    ],
)
def test_the_gp_reviews_sentences_of_round_s30(text: str, level: str) -> None:
    assert read_level(text) == level


# Wave 3 (FH and FI, written mid-round and measured unread) and the second GP review.


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "cut my hand on a rusty gate last week, now my jaw feels like it's been wired shut",
            "emergency",
        ),
        (
            "stood on a nail in the garden on Sunday, now my face "
            "feels locked and it hurts to chew",
            "emergency",
        ),
        ("deep splinter last week and now he's talking through clenched teeth", "emergency"),
        (
            "I think someone spiked my drink at the club, now I'm twitching and cramping all over",
            "emergency",
        ),
        ("our baby has had runny nappies for two days and his legs seem to cramp", "urgent"),
        (
            "calf cramp that won't settle since the coach trip, now winded walking to the fridge",
            "emergency",
        ),
        (
            "I had my baby last week, worst headache ever and my partner says I shook all over",
            "emergency",
        ),
        (
            "he painted the cellar with some solvent, no ventilation, now dizzy with a "
            "headache and hand cramps",
            "emergency",
        ),
        # shaking with cold is not a fit
        (
            "I shook all over with the cold after the swim, calf cramp went with a stretch",
            "self_care",
        ),
    ],
)
def test_wave_three_classes(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the GP review: the usual words tied to the muddle, dementia named, nothing new
        (
            "Mum has dementia and is very confused this evening, she didn't want her usual cup of "
            "tea and feels clammy",
            "emergency",
        ),
        (
            "Grandad has dementia and he's more confused today, as normal he's getting cramps",
            "emergency",
        ),
        ("My husband is confused as usual, he's had a cramp in his calf tonight", "emergency"),
        (
            "Nan has dementia, she's confused as usual but she's not eaten or drunk anything since "
            "yesterday",
            "emergency",
        ),
        # a collapse is never settled by a phone or a hearing aid
        ("Mum collapsed in the kitchen and wasn't responding, my phone was dead", "emergency"),
        (
            "Mum fainted in the bathroom and didn't answer me for a couple of minutes, she was her "
            "normal self an hour before",
            "emergency",
        ),
        # a course of tablets is a medicine started
        (
            "The doctor started me on a course of tablets two weeks ago and I've had cramps ever "
            "since",
            "doctor",
        ),
        # a small child and a medicine, not crayons
        ("My 14 month old had my bottle of Calpol and it's half empty", "emergency"),
        ("My 3 year old found the box of crayons and some are missing", "self_care"),
        # asleep in a chair is no faint
        (
            "I fell asleep in the chair and my wife said I was asleep for a few minutes, woke with "
            "a calf cramp",
            "self_care",
        ),
        ("Grandad had a fall and the carer said he was out for 2 minutes", "emergency"),
        ("He had tonight's and tomorrow night's tablets in one go", "emergency"),
        ("Puffed out just walking to the top of the hill behind our house", "self_care"),
        (
            "I asked my wife which leg cramped last night and now she doesn't know either",
            "self_care",
        ),
        (
            "He's reaching for things that aren't there and "
            "talking to people who aren't in the room",
            "emergency",
        ),
        # the back stays with the chest and belly (triage.md has no line for labour or the
        # bladder told with it)
        ("Cramp in my back and I can't pee and my bum feels numb", "urgent"),
    ],
)
def test_the_second_gp_reviews_sentences_of_round_s30(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the last emergencies of the development batches, as classes
        (
            "did a 200 burpee challenge yesterday, legs like concrete and my pee is exactly like "
            "coke",
            "emergency",
        ),
        (
            "after my first leg day in years I can't straighten my legs and the toilet bowl was "
            "tea colour",
            "emergency",
        ),
        (
            "had my thyroid out last week, hands cramped into claws, lips tingling, and now "
            "my throat feels tight and I'm making a wheezy noise",
            "emergency",
        ),
        ("bit flu-ish today and my neck is so stiff I can't get my chin to my chest", "emergency"),
        (
            "my daughter rang from the club, says someone slipped something in her drink and now "
            "she's cramping and twitching",
            "emergency",
        ),
        # a leg that cannot straighten while the cramp holds it is the cramp
        (
            "hamstring cramp in bed, couldn't straighten my leg for a minute, then it let go",
            "self_care",
        ),
        # a leg that cannot move stays the limb without blood's
        ("woke with a cramp and now I can't move my leg at all and it's numb", "emergency"),
        # a stiff neck from sleeping badly after a cold last week asks, no more
        ("stiff neck from sleeping funny, no fever, bit fluey last week", "self_care"),
    ],
)
def test_the_last_emergencies_of_the_development_batches(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # left from round s29's notes: a teenager who has been drinking and is now too drowsy
        (
            "my 15 year old has been on the vodka since lunch, being sick and very drowsy",
            "emergency",
        ),
        (
            "our daughter is 14, she had some of the gin at the party and now she can't stand up",
            "emergency",
        ),
        # a drink and a cramp, or a drowsy teenager after the flu, is not this
        (
            "I'm 16 and had a cider at the barbecue, calf cramp when I played football after",
            "self_care",
        ),
    ],
)
def test_a_child_who_has_been_drinking_and_is_too_drowsy_is_poisoned(text: str, level: str) -> None:
    assert read_level(text) == level
