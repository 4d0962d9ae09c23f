"""Classes of wording found unread in round s36's development batches (GR: told by what
people cannot do and what others notice; GT: questions instead of reports):

- urine told by the toilet bowl or the water in it, with a likeness ("the toilet bowl
  looked like strong tea"); a cleaner's colour is none;
- the mouth said stuck, or an opening told without its object ("can not open for eat"), a
  jaw that shuts of itself; a mouth stuck open is no lockjaw;
- someone laid up in bed and "burning hot": a fever, not a hot-water bottle;
- muddle told by what went wrong: words all wrong, a dead relative's name given to someone,
  not able to say whether one is at home; one's own name is no wrong name;
- unable to answer for a spell, told by the one not answered; not when the cramp took the
  breath away;
- a count of tablets taken at once (quinine above all), then the signs of too much; not a
  day's tablets;
- what a cramp leaves (a knot, an ache) timed with "for" is not the cramp's length;
- "during the runs" is running, not diarrhoea;
- a fit guessed as the cramps' own name, asked or wondered: unsure, so asked, not fired;
- a walk "to the shop and back every day" is the walk's count, not the cramps';
- pale after a few glasses of water is the urine's colour, not a limb's;
- "every single shift" is a working week's cramps; self-care that does not make the cramps
  better "even though" it is done every night;
- a walk cut short "halfway", the shop named with its kind ("the paper shop");
- a condition owned by its possessive is had, whatever the question asks of it ("whether
  his underactive thyroid could be behind the cramps"); the toes as "the fingers of my
  foot"; a stretch that "wouldn't" work is no easing, whatever came after;
- (GV, written after the first wave) a length as a plural possessive ("five minutes'
  walking"); the day itself not known; hot to the touch and the skin then dry; the legs'
  restlessness told by the shins, by not lying still and by a likeness ("like insects");
- (our own, on the sealed brief's angle) the glass test named as what failed; clothes that
  will not close over one named calf; someone "saying things that don't make sense"; a
  cramp held "for the whole 30 minute bus ride" lasted that long; feeling lost, told by a
  scald not noticed or pedals not felt; one cramp that "stopped me sleeping" once is one
  night's, not sleep disturbed; the period told before its count ("every week I get 3 or
  4 cramps", and in Singlish "every week confirm got 3-4 times cramp");
- (GX, what others saw, read after its unread measurement) the belly held and said to be
  cramping; the calf rubbed at each stop; a shop's window told by its owner ("the
  florist's window"); packets found empty, then someone drowsy; the side of the chest
  told with its muscle; a class given up, the reason after a dash; three quarters of an
  hour; and their look-alikes: well again "in a quarter of an hour", a thud heard from a
  room, a child who "has had all her jabs", one who "won't talk about" something.

The sentences are our own, each beside a look-alike that must stay lower.
"""

from __future__ import annotations

import pytest

from tests.intake.reading import RANK, read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Been out on a long run, thighs in agony, and the toilet bowl looked like cola",
            "emergency",
        ),
        (
            "The water in the loo was the colour of strong tea after the marathon, thighs weak",
            "emergency",
        ),
        (
            "Stepped on a rusty nail last week, now my mouth is stuck and I can not open for eat",
            "emergency",
        ),
        ("Cut my hand on the barbed wire, today my jaw keeps closing on its own", "emergency"),
        (
            "My son is in bed all day burning hot, neck too stiff to look down, and leg cramps",
            "emergency",
        ),
        ("Mum rang and her words were all wrong, she called me by my late dad's name", "emergency"),
        (
            "Grandad couldn't tell me whether he was at home, cramps in his legs all day",
            "emergency",
        ),
        ("My wife couldn't answer me for a minute and her arms were jerking", "emergency"),
        (
            "Took like 6 quinine in one go because the cramp was so bad, now my ears are ringing",
            "emergency",
        ),
        ("My feet cramp every single shift now and it wakes me on my days off too", "doctor"),
        (
            "My cramps don't get better even though I stretch every night, and they are severe",
            "doctor",
        ),
        (
            "I have to stop halfway to the paper shop with calf pain, it goes when I stand still",
            "doctor",
        ),
        (
            "I wonder whether my mum's underactive thyroid means I will get cramps like her",
            "self_care",
        ),
        ("He asks whether his underactive thyroid could be behind his cramps", "doctor"),
        (
            "Felt a snap in my calf at football, now I can not walk on the fingers of my foot",
            "urgent",
        ),
        (
            "Calf cramped 25 minutes last night and wouldn't stretch out no matter what, ok now",
            "urgent",
        ),
        (
            "The calf starts to hurt after ten minutes' walking and goes after a short rest",
            "doctor",
        ),
        (
            "Gran in the heatwave, not knowing the day, hot to the touch and her skin is dry",
            "emergency",
        ),
        (
            "He can't lie still at night, it's like there are insects in his shins, kicking helps",
            "doctor",
        ),
        ("The glass test didn't make the spots go away, and she has leg cramps", "emergency"),
        ("My jeans won't do up over my left calf since the long flight home", "urgent"),
        (
            "Out in the sun all day, now she's saying things that don't make sense, leg cramps",
            "emergency",
        ),
        ("My calf locked up for the whole 30 minute bus ride and stretching did nothing", "urgent"),
        ("I scalded my feet in the bath without noticing, and my calves cramp at night", "doctor"),
        ("Every week I get 3 or 4 cramps in my calves at night", "doctor"),
        ("every week confirm got 3-4 times cramp at night one", "doctor"),
        (
            "He keeps pressing his hand into his tummy, says it's cramping, on and off all day",
            "urgent",
        ),
        (
            "She stops at the same gate every walk, rubbing her calf, a minute's rest, it's gone",
            "doctor",
        ),
        (
            "Gran looks in the baker's window halfway up the hill till her calf stops aching",
            "doctor",
        ),
        (
            "Found his sleeping tablets and a box of painkillers both empty, he's very drowsy",
            "emergency",
        ),
        ("A cramp in the muscle on the right side of his chest since this morning", "urgent"),
        (
            "She's given up her walking group - her calves cramp nearly every time she goes",
            "doctor",
        ),
        ("Calf cramp for three quarters of an hour now and it won't let go", "urgent"),
        (
            "I can't walk round the park without stopping for calf pain, it eases standing still",
            "doctor",
        ),
    ],
)
def test_signs_told_by_consequence_are_read_at_their_level(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "The toilet bowl looked like tea because of the brown cleaner I put in, calf cramp gone",
        "My mouth was stuck open after a big yawn, then a calf cramp that went with a stretch",
        "In bed with a burning hot water bottle on my calf after a cramp",
        "He called me by my name and said the cramp had gone",
        "He couldn't answer me for a minute because the cramp took his breath, then he was fine",
        "Took 3 paracetamol today for the ache after a cramp, feel fine",
        "A one-minute cramp left a knot in my calf for a few hours, gone now",
        "Cramps only during the runs, I stop and stretch and they go",
        "Could my cramps be seizures? They are calf cramps at night that pass in a minute",
        "I walk to the shop and back every day, no trouble, the odd cramp once a month",
        "My wee was dark yellow, but it went pale after a couple of glasses of water; cramp gone",
        "I stretch every single shift and had one cramp last month",
        "I didn't know the date of the op, and a calf cramp since that went with a stretch",
        "A calf cramp last night, I couldn't keep still till it passed",
        "A few hours' drive yesterday, calf cramp at night that went in a minute",
        "The glass test made the spots go away, a cold and a calf cramp that passed",
        "My boots won't zip over my calves any more since I put on weight, cramps now and then",
        "The leaflet is saying things that don't make sense to me, calf cramps at night",
        "After a 40 minute train journey I got a calf cramp that went in a minute",
        "The cramp stopped me sleeping last night but it went after a few minutes of stretching",
        "Every week I walk 3 miles, and one calf cramp a month that stretches out",
        "Cramps playing in the sun, sat in the shade with a drink and in a quarter of an hour fine",
        "Heard a thud from my son's room, he'd jumped out of bed with a foot cramp, gone now",
        "Grazed her knee at the park, she's had all her jabs, a leg cramp that night, rubbed out",
        "A bottle of wine most nights for years; he won't talk about the drinking; calf cramps",
    ],
)
def test_look_alikes_of_those_signs_stay_below_urgent(text: str) -> None:
    assert RANK[read_level(text)] < RANK["urgent"]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # what it found read too low
        (
            "He's boiling to the touch and his skin has gone dry after the festival in the sun",
            "emergency",
        ),
        (
            "Since my hip operation my trousers are tight over my right calf only and it aches",
            "urgent",
        ),
        (
            "Since the long flight my left trouser leg is tight over the calf, the right is fine",
            "urgent",
        ),
        ("drink like 6-7 can of beer a day lah, sometimes cramp", "doctor"),
        (
            "After the marathon my thighs are in agony and the water in the loo came out like cola",
            "emergency",
        ),
        # look-alikes it found over-read
        # (no lockjaw; the cut and a cramp after it, jabs untold, are still asked about today)
        (
            "I yawned and my jaw got stuck open a second, cut my toe yesterday, calf cramp passed",
            "urgent",
        ),
        (
            "My legs are pale, always have been, a quick night cramp last week that stretched out",
            "self_care",
        ),
        (
            "My leg was pale after a couple of hours sitting on it, back to normal, cramp passed",
            "self_care",
        ),
        (
            "Toilet bowl dark brown from limescale, a quick calf cramp that went with a stretch",
            "self_care",
        ),
        (
            "I like my coffee weak, a calf cramp last night for a minute, stretched and it went",
            "self_care",
        ),
        (
            "Every single shift I drink 2 litres of water, had one cramp last week that passed",
            "self_care",
        ),
        ("Every night I take magnesium, had one cramp last month", "self_care"),
        ("The cramp left me limping for an hour, it was a one off", "self_care"),
        # and the look-alikes of the look-alikes, still read
        ("Calf cramp for 20 minutes sitting on the floor and it won't stretch out", "urgent"),
        ("Cut my foot on a nail last week and now my jaw is locked", "emergency"),
        ("Every night I get cramps in my calves", "doctor"),
    ],
)
def test_the_gp_reviews_sentences_of_round_s36(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # what it found read too low
        ("cramp in my thigh for the whole 30 minute bus ride, still won't ease", "urgent"),
        ("cramp in my calf for the whole hour long meeting and stretching hasn't helped", "urgent"),
        (
            "every night I take magnesium, but I've had a cramp for the whole 40 minute train "
            "journey and stretching won't shift it",
            "urgent",
        ),
        ("a cramp in my left pec, the chest muscle, comes and goes", "urgent"),
        ("each week my mum gets two or three cramps in her feet", "doctor"),
        ("every night I take magnesium and every night I still get cramps", "doctor"),
        ("I look in the florist's window till my leg stops aching, then I walk on", "doctor"),
        (
            "after walking for five minutes my calf hurts so I stop, it goes, then I carry on",
            "doctor",
        ),
        ("gave up yoga – my toes cramp in every pose", "doctor"),
        # look-alikes it found over-read
        (
            "my feet went numb from the cold on my walk, they warmed up fine, quick toe cramp",
            "doctor",
        ),
        ("period cramps in my belly, usual for me, paracetamol helps", "self_care"),
        (
            "one single cramp last night stopped me sleeping, it went fast, first one in ages",
            "self_care",
        ),
        (
            "every morning I stretch for 10 minutes, a calf cramp on Tuesday went in a minute",
            "self_care",
        ),
        (
            "I stop at the bench on my walk to feed the ducks, a calf cramp yesterday went",
            "self_care",
        ),
        # and what must still be read
        ("my foot went numb and cold and I can't move it", "emergency"),
        ("every morning I wake with a cramp in my calf", "doctor"),
    ],
)
def test_the_second_gp_reviews_sentences_of_round_s36(text: str, level: str) -> None:
    assert read_level(text) == level
