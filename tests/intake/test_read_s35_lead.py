"""Classes of wording found unread in round s35's development batches (GK: legs that swell
and breath that goes; GL: heat, effort and what people take for it; GN: structured and
pasted text; GO: dialect, slang, idiom and euphemism):

- a form answered line by line: a label answered no whatever stands between (a colon, a
  spaced dash, a tab), "n/a" or a bare dash; answered yes, fine or "no" and a word; a part
  of the body given a state ("foot colour: grey/blue"); a question answered no at a line's
  end; items told on one line between spaced slashes;
- a checklist pasted with its boxes: unticked items denied when another box is ticked;
- a log of times: the cramp's start told before or after its time, the time now told as
  "still going at" or "Time now:", a log of several nights timed from tonight's start;
- a vitamin's thousand units, or "daily" after a medicine, is a dose, not drink or cramps;
  the week's units told as a form's answer;
- breath lost told by a likeness ("like breathing through a straw");
- a length spent in the sun or the heat is the exposure's, not the cramp's;
- two medicines taken together, one of them another's or diet pills, then shaking,
  sweating, jerking: a poisoning; a pre-workout powder however it is spaced;
- the feeling gone from a cold, discoloured limb;
- a foot that drags, told bare; the belly as the cramping verb's subject;
- a grandchild named as a baby; a dog that "got" someone; a muscle "ripped" is a tear;
- the old euphemism for passing water and urine "dark as stout";
- walking pain in dialect: "when I'm walking up the bank", a calf that "goes crook" and is
  "right" again after standing still.

The sentences are our own, each beside a look-alike that must stay lower (or higher).
"""

from __future__ import annotations

import pytest

from crampcare.quantities.frequency import frequencies
from crampcare.wording.checklist import read_boxes
from crampcare.wording.spelling import normalise
from tests.intake.reading import read_level


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Swelling - no\nRedness: none", "no Swelling\nno Redness"),
        ("age 60, swelling: no, fever = nil", "age 60, no swelling; no fever"),
        ("Fever: N/A / Rash: - / cramp: calf", "no Fever / no Rash / cramp: calf"),
        ("Cold: yes\nBreathing: normal", "Cold\nBreathing is fine"),
        ("Chest: no pain", "no Chest pain"),
        ("foot colour: grey", "foot colour is grey"),
        ("Breathless? no\nChest pain? no", "no Breathless\nno Chest pain"),
        # look-alikes: an answer that is no denial stays as written
        ("Fever: not sure\nSwelling: ?", "Fever: not sure\nSwelling: ?"),
        ("Duration: 4 days", "Duration: 4 days"),
        ("cramp came on - no warning at all", "cramp came on - no warning at all"),
    ],
)
def test_a_forms_answers_are_read_as_words(text: str, plain: str) -> None:
    assert normalise(text) == plain


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("[x] cramp in calf\n[ ] swelling\n[ ] fever", "[x] cramp in calf\nno swelling\nno fever"),
        ("☑ cramp\n☐ confusion", "☑ cramp\nno confusion"),
        # nothing ticked: the list says nothing either way and stays as written
        ("[ ] swelling\n[ ] fever", "[ ] swelling\n[ ] fever"),
        ("no boxes here (just brackets)", "no boxes here (just brackets)"),
    ],
)
def test_a_checklist_denies_its_unticked_items_when_one_is_ticked(text: str, plain: str) -> None:
    assert read_boxes(text) == plain


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Symptoms:\n[x] cramp in right calf\n[ ] swelling\n[ ] redness\n[ ] fever\n"
            "[ ] dark urine\nlasted 2 minutes, gone with stretching",
            "self_care",
        ),
        (
            "Swollen calf - no\nRed - no\nBreathless - no\nCramp lasted 90 seconds",
            "self_care",
        ),
        (
            "Dad, 80, in bed with a chest infection for a week.\nCalf: hot, red, swollen (left "
            "only)\nBreathing: normal\nChest: no pain",
            "urgent",
        ),
        (
            "Since 5am:\nfoot colour: white/grey\ncold: yes\nfeeling in foot: gone",
            "emergency",
        ),
        # look-alike: the same form, every sign answered no
        (
            "Since 5am:\nfoot colour: normal\ncold: no\nnumb: no\nJust a cramp, gone now",
            "self_care",
        ),
    ],
)
def test_a_form_filled_in_is_read_as_its_answers_say(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "cramp log\nMon 01:00 cramp 1 min\nTue 03:20 cramp started - still going at "
            "03:50 even after stretching",
            "urgent",
        ),
        (
            "Match report\nCramp: calf, started second half 14:50\nTime now: 15:15 - still "
            "cramping",
            "urgent",
        ),
        # look-alike: the log's last cramp stopped within minutes
        ("cramp log\nMon 01:00 cramp 1 min\nTue 03:20 cramp started, 03:22 gone", "self_care"),
    ],
)
def test_a_log_of_times_gives_the_cramp_its_length_so_far(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("Repeat meds: colecalciferol 800 units daily. One cramp in my foot this week", None),
        ("magnesium tablets daily, and the cramps come every day too", 7.0),
        ("I get calf cramps daily", 7.0),
    ],
)
def test_daily_after_a_medicine_is_its_dose(text: str, per_week: float | None) -> None:
    assert max((n for n, _ in frequencies(text)), default=None) == per_week


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Weekly units: about 50\nCramps: calves, at night, twice a week", "doctor"),
        (
            "Vitamin D 1000 units daily. One cramp in my calf last night, gone in a minute",
            "self_care",
        ),
        ("units per week: 6. A cramp at night now and then, stretches off", "self_care"),
    ],
)
def test_units_are_drink_by_the_week_and_a_dose_by_the_thousand(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "back from a 12 hour flight, calf aching, and it feels like I'm breathing through "
            "a straw",
            "emergency",
        ),
        ("since my op my calf is sore and I can't fill my lungs", "emergency"),
        # look-alikes: a singing exercise, and work one drowns in
        ("practising breathing through a straw for choir, calf cramps at night", "self_care"),
        ("I'm drowning in paperwork and my calves cramp at night", "self_care"),
    ],
)
def test_breath_lost_told_by_a_likeness(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "gardener, 7 hours in the sun today. Calf cramp when I knelt down, stretched, gone",
            "self_care",
        ),
        # the cramp named before its length: the cramp's
        ("calf cramp for 20 minutes in the heat and it's still locked", "urgent"),
    ],
)
def test_a_length_in_the_heat_is_the_exposures(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "my brother took his sertraline with some of his girlfriend's diet pills and "
            "now he's sweating, shaking and twitching",
            "emergency",
        ),
        (
            "my 3 year old got into my pre workout powder and ate some, his heart is racing",
            "emergency",
        ),
        # look-alikes: one's own tablets together, a cramp after
        (
            "I take my ramipril with my other tablets every morning, calf cramp at night",
            "self_care",
        ),
    ],
)
def test_medicines_mixed_with_anothers_or_a_powder_a_child_ate(text: str, level: str) -> None:
    assert read_level(text) in ({level} if level != "self_care" else {"self_care", "doctor"})


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my foot has gone white and cold and the feeling in my foot has gone", "emergency"),
        ("About Dad (77): his left foot drags now and he trips on the carpet", "doctor"),
        ("my tummy's been cramping since this morning, it comes in waves", "urgent"),
        # look-alikes: feet dragged through sand, a period's cramps told by the pain
        (
            "my feet drag through the sand on long beach walks and my calves cramp after",
            "self_care",
        ),
    ],
)
def test_a_lost_feeling_a_dragging_foot_and_a_cramping_belly(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "my grandbaby got into my handbag and chewed some of my tablets, she's sleepy now",
            "emergency",
        ),
        (
            "next door's dog got me on the ankle on Sunday, now my calf keeps spasming, no idea "
            "when my last tetanus was",
            "urgent",
        ),
        (
            "she fell and lay on the floor all night, her legs ache terribly and when she went "
            "to spend a penny it was dark as stout",
            "emergency",
        ),
        # look-alikes: a muscle "ripped" that was only a cramp, urine normal
        (
            "thought I'd ripped my hamstring in half, but it was just a cramp, gone in a minute, "
            "no pop",
            "self_care",
        ),
    ],
)
def test_a_grandbaby_a_dog_that_got_someone_and_a_penny_spent(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "me thighs ache like cramp when I'm walking up the bank, stop a minute and it "
            "eases off",
            "doctor",
        ),
        (
            "walking the dog, halfway round the block me calf goes crook, stand still a bit "
            "and she's right",
            "doctor",
        ),
        # look-alike: a night cramp that standing eases
        ("calf cramp in bed, I stand still a bit and she's right", "self_care"),
    ],
)
def test_walking_pain_told_in_dialect(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a denial on a one-line form reaches no further than its item
        ("Calf cramp / Swelling: no / I'm coughing up blood", "emergency"),
        ("Calf cramp / Meds: n/a / Chest pain - yes", "emergency"),
        ("Breathless? no / coughing up blood", "emergency"),
        ("Seizure: no / Stiff neck: yes / Fever: yes / cramps", "emergency"),
        ("Calf cramp / Swelling - no / Redness - yes", "urgent"),
        ("Diabetes: no / Kidney disease: yes / cramps", "doctor"),
        ("Leg cramps / Fever: none / Headache: yes, severe / Neck: stiff", "emergency"),
        ("Working in the sun all day, cramps. Sweating: no, skin hot and dry", "emergency"),
        (
            "Calf cramp at night / Swelling: nil / Fever: nil / Meds: nil / lasted 1 minute",
            "self_care",
        ),
        ("Colour: blue / Pulse in foot: none", "emergency"),
        ("Calf cramp / Pulse: n/a / Colour: normal", "self_care"),
        # medicines mixed, diet pills and a fat burner, a powder a child ate
        (
            "Took my tramadol and my wife's sertraline, now shaking, sweating, legs jerking",
            "emergency",
        ),
        (
            "Took diet pills from online, heart racing, shaking and sweating, leg cramps",
            "emergency",
        ),
        ("My 4 year old ate some pre workout powder, seems fine", "emergency"),
        (
            "ngl took way more of my sleeping pills than i should've, like half the strip",
            "emergency",
        ),
        # a calf torn, a long cramp timed by the last hour, an elephant on the chest
        ("Ripped my calf at the gym, it's cramping now and really painful", "urgent"),
        ("Calf cramp for the last hour, stretching doesn't help", "urgent"),
        ("Calf cramp and feel like there's an elephant on my chest", "emergency"),
        ("My belle dey cramp since morning", "urgent"),
        ("Ma pish is dark broon and ma legs are killin efter the hill race", "emergency"),
        ("Monday night cramp, Tuesday night cramp, Thursday night cramp, waking me", "doctor"),
        # look-alikes the review found over-read
        ("Lantus 24 units at night, occasional calf cramp", "doctor"),
        ("Insulin 20 units daily, night cramps now and then", "doctor"),
        ("Omeprazole 20mg twice daily, occasional cramp", "self_care"),
        (
            "My asthma makes it like breathing through a straw sometimes, calf cramp last night",
            "self_care",
        ),
        ("☑ leg cramp ☐ chest pain ☐ breathless ☐ coughing blood", "self_care"),
        ("☑ leg cramp ☐ chest pain ☑ breathless ☐ coughing blood", "emergency"),
        (
            "Took a fit of the cramps in me calf after the hurling, ran it off and it went",
            "self_care",
        ),
    ],
)
def test_the_gp_reviews_sentences_of_round_s35(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a label naming a good state, answered no, is that state denied
        ("Fever: yes / Rash fades: no / cramps", "emergency"),
        ("Cramps / Responding: no / jerking", "emergency"),
        ("Calf cramp for 25 minutes / Stretching helps: no", "urgent"),
        ("Working in the sun all day, cramps. Sweating: no, skin hot and dry", "emergency"),
        # wordings around the first review's classes
        ("Feels like an elephant on my chest, calf cramp", "emergency"),
        ("Calf cramp [x] night [ ] swelling [x] red hot calf", "urgent"),
        ("Cramp / [x] fever / [ ] stiff neck / [x] headache severe", "emergency"),
        ("Took more paracetamol than I should have, calf cramps", "emergency"),
        ("Fat burners, shaking, sweating, calf cramp", "emergency"),
        ("Alcohol: 60 units/week", "doctor"),
        # look-alikes it found over-read
        ("Cramps for the last hour of the match, fine now after stretching", "self_care"),
        ("Cramps on and off for the last hour", "self_care"),
        ("She's not with us at all since Dad died, gets leg cramps at night", "self_care"),
        ("Used half the strip of tape on my calf for the cramp", "self_care"),
        ("Tore my calf sock getting it off during the cramp", "self_care"),
    ],
)
def test_the_second_gp_reviews_sentences_of_round_s35(text: str, level: str) -> None:
    assert read_level(text) == level
