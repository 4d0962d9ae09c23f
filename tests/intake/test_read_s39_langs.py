"""Classes of wording found unread in round s39 (other-language messages written by people
who never saw the code, in a letter's polite register): dark urine told with any particle
and by its colour, cola, tea or soy sauce ('尿もコーラのような色をしております', 'おしっこ
も紅茶のような色', 'お小水が黒っぽく'), muscles that hurt all over or badly in the
polite written forms of the verb ('体中の筋肉が痛んでおり', '全身にひどい筋肉痛'), no
strength in its other forms ('力が抜けて', '力が入らず'), statins by the class and by
their names in katakana, generic and brand ('スタチン系のお薬', 'アトルバスタチン',
'リピトール', 'クレストール', 'コレステロールの薬'), started or taken in the polite forms
('飲み始めた', '服用しております'), and the humble words for one's own family ('祖母',
'家内'), while a statin with ordinary cramps and urine of a normal colour, cola drunk,
or a sore body after the gym stay lower (Japanese); the pain that goes on standing
still told verb first ('die verdwijnt zodra ik even stilsta', 'de pijn trekt weg
wanneer hij even rust') or by the noun ('bij even stilstaan verdwijnt het'), the walking
told by 'wandelen' and 'lopen', as a noun, a walk or a while ('tijdens het wandelen',
'bij een wandeling', 'als ik een stukje gewandeld heb', 'na een eindje lopen'), the pain
named by its kind ('krampende pijn', 'krampachtige pijn', 'kuitpijn') and no trouble at
rest, while a cramp at night that goes with a stretch or on standing up, or one after
sport eased by stretching, stays self-care (Dutch).

The sentences are our own, each beside a look-alike that must stay lower (an ordinary
cramp, a sign denied, the word in an innocent sense).
"""

from __future__ import annotations

import pytest

from tests.intake.reading import read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Japanese: a statin, muscles hurting all over or badly, weakness, dark urine
        (
            "お世話になっております。父がアトルバスタチンを服用しておりますが、体中の筋肉が"
            "痛んでおり、力が抜けてしまいます。おしっこも紅茶のような色です。",
            "emergency",
        ),
        (
            "リピトールを飲み始めてから、足の筋肉がひどく痛みます。尿の色が茶色っぽいです。",
            "emergency",
        ),
        (
            "主人がクレストールを飲んでいます。全身にひどい筋肉痛があり、尿が濃い茶色に"
            "なりました。",
            "emergency",
        ),
        (
            "コレステロールの薬を飲み始めたら、全身の筋肉が痛くて力が入らない。"
            "おしっこがコーラみたいな色。",
            "emergency",
        ),
        (
            "恐れ入りますが、祖母がスタチン系のお薬を服用中で、一昨日から体中の筋肉が"
            "激しく痛み、お小水が黒っぽくなっております。",
            "emergency",
        ),
        (
            "家内がロスバスタチンを服用しております。全身の筋肉が痛み、力が入らず、"
            "尿がしょうゆのような色です。",
            "emergency",
        ),
        # Japanese look-alikes: a statin with ordinary cramps and normal urine is a doctor's
        ("スタチンを飲み始めてから、夜にふくらはぎがつります。尿の色は普通です。", "doctor"),
        (
            "母がシンバスタチンを服用しております。時々足がつりますが、尿は黒くありません。",
            "doctor",
        ),
        (
            "先週からメバロチンを飲んでおります。ときどき足がつりますが、筋肉の痛みはなく、"
            "尿もいつも通りの色です。",
            "doctor",
        ),
        ("祖父がリバロを飲んでおります。夜に足がつりますが、尿の色は普通でございます。", "doctor"),
        # Japanese look-alikes: cola drunk, a sore body after the gym, no statin
        ("コーラを毎日飲んでいます。夜にふくらはぎがつります。", "self_care"),
        ("昨日ジムで運動して全身が筋肉痛です。尿の色は普通です。", "self_care"),
    ],
)
def test_japanese_statin_muscle_pain_and_dark_urine_is_an_emergency_not_ordinary_cramps(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Dutch: calf pain on walking that standing still or a rest relieves
        (
            "Beste dokter, tijdens het wandelen krijg ik na een kwartier een krampachtige pijn "
            "in mijn rechterkuit. Als ik even blijf staan gaat het weer over.",
            "doctor",
        ),
        (
            "Mijn vader heeft kuitpijn bij een wandeling met de hond; de pijn trekt weg "
            "wanneer hij even rust.",
            "doctor",
        ),
        (
            "Na een eindje lopen doet mijn kuit pijn, bij even stilstaan verdwijnt het weer.",
            "doctor",
        ),
        (
            "Geachte dokter, als ik een stukje gewandeld heb krijg ik kramp in mijn kuit, die "
            "gaat over zodra ik stilsta. Met vriendelijke groet",
            "doctor",
        ),
        (
            "Geachte heer, bij het lopen naar de winkel krijg ik telkens pijn in mijn kuit. Het "
            "verdwijnt als ik een minuutje pauzeer. In rust heb ik geen pijn.",
            "doctor",
        ),
        ("Kuitpijn bij het wandelen, verdwijnt bij stilstaan.", "doctor"),
        # Dutch look-alikes: a cramp at night or after sport that a stretch or standing eases
        (
            "Geachte huisarts, 's nachts krijg ik soms een krampende pijn in mijn kuit, die "
            "verdwijnt zodra ik mijn been strek. Overdag heb ik nergens last van.",
            "self_care",
        ),
        (
            "Geachte huisarts, 's nachts in bed krijg ik kramp in mijn kuit. Als ik ga staan "
            "verdwijnt het weer. Met vriendelijke groet.",
            "self_care",
        ),
        ("Na het sporten kramp in mijn kuit, het gaat weer over als ik rek.", "self_care"),
        (
            "Tijdens het wandelen gisteren kreeg ik één keer kramp in mijn kuit; na rekken was "
            "het weg.",
            "self_care",
        ),
    ],
)
def test_dutch_calf_pain_on_walking_eased_by_standing_still_is_a_doctor_not_a_night_cramp(
    text: str, level: str
) -> None:
    assert read_level(text) == level
