"""Classes of wording found unread in round s29's development batches (ET: where the person
is changes how they tell it; EU: names and numbers instead of descriptions; EX: things
taken, touched or breathed): a recent span ("in the past 10 days") that is no past, a
child who "stopped crying" (no medicine stopped), a cramp timed from its start by its own
name ("calf cramp in the pool 25 min ago ... still rock hard"), urine told by what comes
out, hallucinations as an acute confusion, walking pain that goes soon after stopping told
as a habit, a food "overdosed on" as a joke, drugs taken "a lot of", a cleaner breathed in
by the lungful, a week's pill box taken at once, home-made spirits and then blurred sight,
a habit of drinking that is no swallowed poison, a stomach upset from food that is fluid
loss, a thermometer read for a temperature, and cramps bad enough to change one's work.

The sentences are our own, each beside a look-alike that must stay lower (or higher).
"""

from __future__ import annotations

import pytest

from tests.intake.reading import read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("calf cramps every night in the past 10 days", "doctor"),
        ("my feet have cramped most nights over the past couple of weeks", "doctor"),
        ("in the past 3 months I have had cramps every night", "doctor"),
        ("in the past several weeks my legs cramp every night", "doctor"),
        # still the past when it is years, or said bare
        ("had cramps every night in the past, none for years now", "self_care"),
    ],
)
def test_a_recent_span_is_now_not_the_past(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my toddler stopped crying and then ate something from under the sink", "emergency"),
        ("the baby stopped screaming and swallowed one of the dishwasher tablets", "emergency"),
        # a medicine stopped is still in the past
        ("stopped my statin in the spring, one calf cramp last night that went", "self_care"),
    ],
)
def test_stopping_crying_stops_no_medicine(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("thigh cramp at the bus stop about 20 mins ago and it's still locked solid", "urgent"),
        ("my foot cramped 15 minutes ago and won't let go however I pull my toes", "urgent"),
        ("my calf cramp start 30 minutes ago, I stretch, still very hard", "urgent"),
        # over: a cramp timed from its start that has gone
        ("calf cramp about 20 mins ago, gone now after a stretch", "self_care"),
        ("foot cramped 25 min ago, still a bit sore but it let go", "self_care"),
    ],
)
def test_a_cramp_timed_from_its_start_by_its_own_name_counts_while_still_going(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "after the triathlon my legs are too weak to stand, hardly weed all day and "
            "what comes out is dark brown",
            "emergency",
        ),
        ("barely weeing since the shift and what little comes out looks like cola", "urgent"),
        # the colour of something else
        ("peed fine, what comes out of the tap here is brown though, calf cramp", "self_care"),
        # (a GP's review: concentrated, or a stool)
        ("after my half marathon I went for a wee and what came out was dark yellow", "self_care"),
        (
            "keep going to the toilet to poo but what comes out is dark and hard, cramps at night",
            "self_care",
        ),
    ],
)
def test_urine_told_by_what_comes_out_is_read(text: str, level: str) -> None:
    assert read_level(text) in ({level} if level != "urgent" else {"urgent", "emergency"})


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("grandad has been hallucinating since lunch and his legs keep cramping", "emergency"),
        ("she keeps seeing spiders on the ceiling that aren't there, and cramps", "emergency"),
        # denied, or a film
        ("I'm not hallucinating, my calf cramped twice tonight and went", "self_care"),
        # (a GP's review: a manner of speaking, or pictures at falling asleep)
        (
            "am I hallucinating or are my cramps worse in the heat? one a week, go with a stretch",
            "self_care",
        ),
        (
            "so tired I'm practically hallucinating, calf cramp after my shift that went",
            "self_care",
        ),
        ("I get hallucinations as I drift off to sleep, always have", "self_care"),
        (
            "my son says he can see spiders that are not there, he has a high temperature",
            "emergency",
        ),
    ],
)
def test_hallucinations_are_an_acute_confusion(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "my left calf starts aching after the same bit of walking every day and goes "
            "within a minute or two of stopping",
            "doctor",
        ),
        ("when I walk to the shops my calf cramps, if I stop it goes", "doctor"),
        # one cramp on a walk that a stretch settled
        ("got a cramp on my walk this morning, stretched it and it went", "self_care"),
        # (a GP's review: the chest or breathing in the same breath stays an emergency; an
        # exercise cramp eased by a stretch or a drink is self-care)
        (
            "walking uphill I get chest pain and calf pain, both go within a few minutes "
            "of stopping",
            "emergency",
        ),
        ("when I walk I get chest pain, if I stop it goes", "emergency"),
        (
            "walking to the car my chest gets tight and my calf aches, it goes when I stop",
            "emergency",
        ),
        (
            "when I go hiking I sometimes get a calf cramp, it goes within a minute of "
            "stopping and stretching",
            "self_care",
        ),
        (
            "on long hikes in the heat my calves cramp, if I stop and drink they ease off",
            "self_care",
        ),
    ],
)
def test_walking_pain_that_goes_on_stopping_is_claudication(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I overdosed on pickles and crisps to stop my cramps haha, one cramp a week", "self_care"),
        ("I think I overdosed on my quinine, my ears are ringing", "emergency"),
        # (a GP's review: sweets and chocolate are how a child's pills are told)
        ("my toddler overdosed on sweets from nan's handbag", "emergency"),
        (
            "my 4 year old overdosed on chocolate, it was my laxative chocolate, the whole bar",
            "emergency",
        ),
    ],
)
def test_a_food_overdosed_on_is_a_joke(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "did a lot of coke last night, heart is racing and my jaw won't stop clenching",
            "emergency",
        ),
        ("took lots of ket at the rave and now I'm shaking and cramping everywhere", "emergency"),
        # (a GP's review: speed as training)
        ("I did a lot of speed hill repeats today, now shaking and cramping", "self_care"),
    ],
)
def test_a_drug_taken_a_lot_of_with_the_body_affected_is_poisoning(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "a tub of drain cleaner burst in the van and I got a lungful, now I'm dizzy and "
            "my legs are cramping",
            "emergency",
        ),
        ("the oven cleaner fumes got me, throat is burning and I'm dizzy", "emergency"),
        # a cleaner who is a person
        ("the cleaner at work said my calf cramps are from standing all day", "self_care"),
        # (a GP's review: reflux, pool water, a cleaner's job)
        (
            "bad acid reflux, the acid leaks up into my throat at night, throat burning "
            "and I feel sick",
            "self_care",
        ),
        (
            "I swallowed some pool water with all the chlorine and felt sick after, calf cramp",
            "self_care",
        ),
    ],
)
def test_a_cleaning_product_breathed_in_with_the_body_affected_is_poisoning(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("mum took her whole dosette box at once this morning and is very drowsy", "emergency"),
        ("he swallowed his entire weekly pill organiser, now cramping", "emergency"),
        # the week's dose taken as prescribed
        (
            "took her weekly tablet this morning as usual, calf cramp last night that went",
            "self_care",
        ),
        # (a GP's review: a pill box carried)
        ("I took my whole dosette box on holiday with me, calf cramps at night", "self_care"),
        ("mum took her whole weekly pill box to the pharmacy to be refilled", "self_care"),
        ("she took her whole weekly pill box in one go by mistake", "emergency"),
    ],
)
def test_a_weeks_pill_box_taken_at_once_is_an_overdose(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("we drank bootleg vodka on holiday and now my sight has gone blurry", "emergency"),
        ("had some moonshine at the wedding, this morning I'm vomiting and confused", "emergency"),
        # spirits without a sign
        ("had a homemade gin at the fair, calf cramp in the night that went", "self_care"),
        # (a GP's review: signs denied, meths for a bike; arak and spirits off a stranger)
        (
            "had some homemade moonshine at the festival, no vomiting, vision fine, just "
            "a calf cramp",
            "self_care",
        ),
        ("I clean my bike with meths, breathing fine, calf cramps at night", "self_care"),
        ("drank arak in Bali two days ago, now my vision is blurry", "emergency"),
        ("bought vodka from a man in the pub car park, today my sight is blurred", "emergency"),
    ],
)
def test_home_made_spirits_then_sight_or_confusion_is_methanol_poisoning(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I drink gin every night, nearly a bottle, and get leg cramps", "doctor"),
        (
            "three days of diarrhoea after something we ate at the buffet, now my hands cramp",
            "urgent",
        ),
        # what was eaten from a cupboard is still asked and raised
        ("vomiting after something he ate from the cupboard under the sink", "emergency"),
        # (a GP's review: a child's food, or another thing taken, is still asked and raised)
        ("my toddler is being sick after something he ate, we don't know what", "emergency"),
        (
            "I've had the runs all day from something I ate, and my 2 year old got into my "
            "handbag and is now sleepy",
            "emergency",
        ),
    ],
)
def test_a_drinking_habit_or_a_food_upset_is_no_swallowed_poison(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("the thermometer said 37.5, calf cramp after the bath that went in a minute", "self_care"),
        # a thermometer broken is still a question of mercury
        ("I broke an old thermometer and picked up the silver balls, now twitching", "urgent"),
    ],
)
def test_a_thermometer_read_for_a_temperature_is_no_mercury(text: str, level: str) -> None:
    assert read_level(text) in ({level} if level == "self_care" else {"urgent", "doctor"})


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "tried stretching and magnesium for months, the cramps in my calves are still "
            "bad enough that I've had to cut my hours",
            "doctor",
        ),
        ("cramps bad enough that he has had to come off the night shifts", "doctor"),
        # what one cuts down is no wound
        ("I've had to cut my hours because the cramps wake me every night", "doctor"),
        ("the cramps are bad enough I've had to go part time", "doctor"),
        ("my cramps are bad enough that I cut my walks short most days", "doctor"),
    ],
)
def test_cramps_bad_enough_to_change_work_disturb_daily_life(text: str, level: str) -> None:
    assert read_level(text) == level


# Wave 2 (EV: children; EW: older people and their carers; EY: the body told by feel and
# look), read after being measured unread on the first wave's tree.


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "I had a calf cramp in the night, my toes went rigid, stood up and it passed",
            "self_care",
        ),
        (
            "after the party he was on the dance floor doing the worm, calf cramp, stretched, fine",
            "self_care",
        ),
        # the body gone rigid is still a fit
        ("she went rigid and then her arms were jerking, she didn't answer me", "emergency"),
    ],
)
def test_a_limb_gone_rigid_or_a_dance_is_no_fit(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "my dad can't lift his feet properly these days and keeps tripping, and leg cramps",
            "doctor",
        ),
        ("my soles feel dead-ish, like when your foot falls asleep, and I get cramps", "doctor"),
        # a foot gone suddenly dead and cold is still the emergency
        ("my foot suddenly went cold and white and I can't move it", "emergency"),
    ],
)
def test_weakness_or_numbness_told_over_time_is_no_dead_limb(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "since her thyroid operation her lips are fizzy and her fingers go stiff and curled",
            "urgent",
        ),
        (
            "coughed into a hanky this morning and it came out bright red, calf swollen "
            "since the flight",
            "emergency",
        ),
    ],
)
def test_the_mouth_the_hands_and_a_cough_told_by_feel_and_colour(text: str, level: str) -> None:
    assert read_level(text) in ({"urgent", "emergency"} if level == "urgent" else {level})


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("at night he can't stop moving his legs, walking around helps", "doctor"),
        (
            "my neighbour is on the whisky from breakfast, most of a bottle a day, leg cramps",
            "doctor",
        ),
        ("since starting elvanse my son gets calf cramps", "doctor"),
        ("cramps in his calves so bad he has to come off the pitch.", "doctor"),
        (
            "cramps in my calves every night for a month despite stretching and drinking more",
            "doctor",
        ),
        ("on my walk my calf tightens up, I have a little rest and off it goes again", "doctor"),
    ],
)
def test_a_doctor_level_sign_told_in_ordinary_words(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("calf cramp during a football match, stretched it and it went", "self_care"),
        ("forgot my water bottle at netball, calf cramped, drank, stretched, fine", "self_care"),
        ("one cramp in my arch, foot looks pink and normal and warm now", "self_care"),
        # a limb pink but swollen and sore stays asked and raised
        ("calf looks pink and warm and swollen since the flight", "urgent"),
    ],
)
def test_what_only_sounds_alarming_stays_self_care(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Nan doesn't know where she lives today and has cramp in her leg", "emergency"),
        ("grandad keeps asking the same question over and over since this morning", "emergency"),
    ],
)
def test_a_new_confusion_told_by_what_is_forgotten(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Mój tata nie może złapać tchu i ma spuchniętą łydkę", "emergency"),
        ("tive uma câimbra na barriga da perna a correr, alonguei e passou", "self_care"),
        ("à noite sinto formigas nas pernas e tenho de andar", "doctor"),
        ("mijn moeder heeft een hele strip van haar pillen ingenomen", "emergency"),
    ],
)
def test_the_wave_two_glossary_rows(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # (the second GP review of round s29: every sentence that broke a wave-two class)
        ("My 2 year old has a fever and her legs went stiff", "emergency"),
        ("my baby's legs went stiff and his eyes were staring", "emergency"),
        ("my daughter's legs went stiff in her sleep and she wet the bed", "emergency"),
        ("38 weeks pregnant, her hand went stiff and she went blank for a minute", "emergency"),
        ("since this morning he can't lift his feet properly and keeps tripping", "emergency"),
        ("suddenly his foot feels dead-ish and it's really painful", "emergency"),
        ("his foot feels dead-ish and looks white", "emergency"),
        ("my legs feel dead-ish and I can't feel between my legs and have wet myself", "emergency"),
        ("my 2 year old drank from a water bottle full of plant food", "emergency"),
        ("toddler drank from a water bottle that had dishwasher liquid in", "emergency"),
        ("my toddler drank out of a drinks bottle with lamp oil in it, coughing now", "emergency"),
        ("my 5yo drank screen wash out of a juice bottle in the shed", "emergency"),
        ("after the flight his calf looks pink and normal and warm but aches", "urgent"),
        ("he coughs into his hand and his face went red, calf cramp last night", "self_care"),
        ("he was on the beer at lunch with his mates, then calf cramp at five-a-side", "self_care"),
        ("he drinks most of a bottle a day and gets leg cramps", "doctor"),
        (
            "had a cramp so bad at football he had to come off at half time, fine after a stretch",
            "self_care",
        ),
        ("Ik heb een hele pot augurken gegeten tegen de kramp", "self_care"),
    ],
)
def test_the_second_reviews_sentences_keep_their_level(text: str, level: str) -> None:
    assert read_level(text) == level


# Wave 3 (EZ: a scene told at length; FA: a label or a number first; FB: 110 emergencies
# easy to miss), each measured unread on the base and after the second wave, then read.


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "calf cramp, probably slept funny, but my foot's a sort of marbled blue and freezing",
            "emergency",
        ),
        (
            "ok don't judge me but I took about 20 paracetamol over the day for the cramps",
            "emergency",
        ),
        (
            "my small daughter 3 years ate some of my water tablets and she is very sleepy",
            "emergency",
        ),
        (
            "after leg day I can't lift my arms and my wee is the colour of a cola float",
            "emergency",
        ),
        (
            "when I went for a slash it came out dark brown, after a 50 mile ride, legs agony",
            "emergency",
        ),
        (
            "my friend took two pills someone gave her, her jaw is clenching and she's boiling hot",
            "emergency",
        ),
    ],
)
def test_an_emergency_told_in_passing_is_read(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("for the last hour my forearms keep going into hard cramps", "urgent"),
        ("since starting naproksen for my back I get calf cramps", "doctor"),
        (
            "on my walks my calves cramp up and I have to stop; stand still and it's gone "
            "in a minute",
            "doctor",
        ),
        (
            "I work in a bakery, very busy and hot, cramps in my hands for months and weak grip",
            "doctor",
        ),
    ],
)
def test_a_sign_inside_a_scene_is_read_at_its_own_level(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "out fishing, the swell's huge today, calf cramped hauling pots, stretched, gone",
            "self_care",
        ),
        ("my calf cramped on the last hill and I went down, stretched it and it went", "self_care"),
        (
            "knees were folded under me for an hour in the temple and my foot cramped, gone now",
            "self_care",
        ),
        ("working double shifts, one calf cramp last night that went with a stretch", "self_care"),
        # a fall beside a faint or the heat stays raised
        ("my calf cramped and I went down and blacked out for a bit", "emergency"),
    ],
)
def test_what_the_scene_brings_is_no_sign(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Tengo calambres, fiebre y el cuello tan rígido que no puedo moverlo", "emergency"),
        (
            "Mein Urin ist sehr dunkel und ich habe starke Muskelschmerzen nach dem Marathon",
            "emergency",
        ),
        ("je n'arrive plus à monter les escaliers et mes urines sont couleur cola", "emergency"),
        ("po maratonie nie mogę wstać, a mocz jest ciemnobrązowy", "emergency"),
    ],
)
def test_the_wave_three_glossary_rows(text: str, level: str) -> None:
    assert read_level(text) in ({"emergency", "urgent"} if level == "emergency" else {level})


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # (the third GP review of round s29: a fall after a cramp is no class of its own, the
        # faint is still asked; and every sentence that broke a wave-three class)
        ("calf cramped, chest went tight and I went down", "emergency"),
        ("calves cramped in the heat and he went down", "emergency"),
        ("had a double espresso and then too many paracetamol, feel sick", "emergency"),
        ("worked a double shift and think I took my tablets twice", "emergency"),
        (
            "got cramp in my calf while kneeling and it wouldn't go for 20 minutes, stretching "
            "didn't help",
            "urgent",
        ),
        ("crossed the line, calf agony for 20 minutes even with stretching", "urgent"),
        ("my daughter is sweaty and hot, neck stiff and cramps in her legs", "emergency"),
        ("my left calf has a swell to it and it's tender, I had a knee op last week", "urgent"),
        (
            "walking to the shops my leg goes cold and pale and my calf cramps and I have to "
            "stop, goes in a minute",
            "emergency",
        ),
        ("my calf cramps when I walk, eases after 15 mins of rubbing", "self_care"),
        (
            "she took one of her blood pressure pills this morning like always, then a cramp",
            "self_care",
        ),
        (
            "had a wee and it was dark yellow, I think I'm just dehydrated after the run",
            "self_care",
        ),
        ("went for a slash and it's dark, like the colour of apple juice", "self_care"),
        (
            "had a pill someone gave me for my period pain and I'm shivering with a cold",
            "self_care",
        ),
        ("took something a guy gave me, now my jaw is clenching and I'm boiling hot", "emergency"),
        ("I drink water like a coke addict would, calf cramps at night", "self_care"),
        ("her leg looks marbled and she can't move it", "emergency"),
    ],
)
def test_the_third_reviews_sentences_keep_their_level(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # (found during the third review, read self-care before: a faint told by how long
        # one was out after a fall; a fourth review struck "couldn't speak" as a class, which
        # a sore throat, shyness or the pain tell as often)
        ("Her legs went stiff and she fell down, was out for a minute", "emergency"),
        (
            "Last night I was out for a few minutes getting water and the cramp came back",
            "self_care",
        ),
        (
            "my son's calf cramped at football, he was out for a bit with the physio, back on",
            "self_care",
        ),
        ("Cramp in my calf, it hurt so much I couldn't speak, gone now", "self_care"),
        ("I do 2 spin classes a week, my legs are sore after", "self_care"),
        ("My pee is like dark honey, one calf cramp last night", "self_care"),
        # not out on an errand, not speech lost to the pain or to a call
        ("she was out for a run and got a calf cramp that went", "self_care"),
        ("I couldn't speak to the doctor today, leg cramps at night now and then", "self_care"),
    ],
)
def test_a_faint_or_lost_speech_told_by_how_long(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # (round s29, lead, from FB and ET: muscle breakdown told by the size of the session,
        # and urine "dark like strong tea"; how the cramps usually end says nothing of this one)
        (
            "after a double spin class my thighs are agony, can't climb stairs, pee like cola",
            "emergency",
        ),
        ("leg day destroyed me, my legs kill and my wee is dark brownish", "emergency"),
        (
            "my foot cramped, toes curled under, about 15 minutes ago and it's still locked",
            "urgent",
        ),
        (
            "calf still rock hard after 20 minutes of stretching. Usually they're gone in a minute",
            "urgent",
        ),
    ],
)
def test_the_size_of_a_session_and_a_cramp_still_going(text: str, level: str) -> None:
    assert read_level(text) == level
