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
sport eased by stretching, stays self-care (Dutch); battery recycling told with the verb
first or words between ('回收电池的工厂', '废旧电池拆解') and lead met in the workshop, as
dust, touched or high in the blood ('车间里的铅', '铅尘', '接触铅', '血铅超标'), while cramps
after sport or a hand cramped round a pencil ('铅笔') stay self-care (Chinese); a crawling
feeling in the legs and an urge to move them at bedtime, eased by getting up and walking
('תחושת זחילה ברגליים', 'דחף להזיז אותן'), while a night cramp that a stretch ends stays
self-care (Hebrew); cramps that come often ('쥐가 자주 나요') and a calf or thigh muscle
growing thin ('근육이 점점 가늘어지는', '근육이 얇아지는'), while an odd cramp after sport or
muscle lost when the gym stopped stays self-care (Korean); a snap felt in the calf or the
Achilles tendon with a word between ('en plötslig smäll i vaden', 'det small till i
hälsenan') and no walking or standing on tiptoe ('kan inte gå på tå'), while a night cramp
eased by stretching or a bang heard elsewhere stays self-care (Swedish).

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


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Chinese: battery recycling or lead met at work, then cramps
        ("医生你好，我爸爸在废旧电池拆解厂干活好几年了，这段时间腿老抽筋，还肚子疼。", "urgent"),
        ("我老公在冶炼厂上班，天天接触铅，最近手脚经常抽筋，怎么办？", "urgent"),
        ("我在蓄电池回收公司上班，车间里铅尘很大，最近小腿总抽筋。", "urgent"),
        ("上周体检说我血铅超标，这几天腿抽筋。", "urgent"),
        # Chinese look-alikes: cramps after sport or at night, a hand cramped round a pencil
        ("昨天打篮球以后小腿抽筋了，拉伸一下就好了。", "self_care"),
        ("我在工厂上班，晚上小腿抽筋，拉伸一下就好了。", "self_care"),
        ("我儿子写作业一直握着铅笔，手抽筋了，休息一下就好了。", "self_care"),
        ("我用铅笔画了一下午的画，右手有点抽筋。", "self_care"),
    ],
)
def test_chinese_battery_recycling_or_lead_at_work_is_urgent_not_a_sport_cramp(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Hebrew: a crawling feeling in the legs and an urge to move them at bedtime
        (
            "ערב טוב, כל לילה כשאני נשכב במיטה יש לי תחושת זחילה ברגליים ואני חייב להזיז "
            "אותן כל הזמן.",
            "doctor",
        ),
        (
            "אמא שלי מרגישה כאילו נמלים זוחלות לה ברגליים בערב, ויש לה צורך עז להזיז את הרגליים.",
            "doctor",
        ),
        # Hebrew look-alikes: a cramp at night or after a run that a stretch ends
        ("בלילה קיבלתי התכווצות בשוק, מתחתי ועבר תוך כמה דקות.", "self_care"),
        ("אתמול אחרי ריצה הייתה לי התכווצות ברגל, מתחתי וזה עבר.", "self_care"),
    ],
)
def test_hebrew_crawling_legs_and_an_urge_to_move_them_is_a_doctor_not_a_night_cramp(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Korean: cramps that come often and a muscle growing thin
        ("요즘 자주 종아리에 쥐가 나요. 허벅지 근육도 조금씩 얇아지는 것 같아요.", "doctor"),
        ("아버지가 몇 개월째 다리에 쥐가 자주 나시고 종아리 근육이 빠져서 가늘어졌어요.", "doctor"),
        # Korean look-alikes: an odd cramp after sport or at night, muscle lost off the gym,
        # cramps denied to be often
        ("어제 축구하고 나서 종아리에 쥐가 났는데 스트레칭하니까 금방 풀렸어요.", "self_care"),
        ("가끔 밤에 다리에 쥐가 나요. 스트레칭하면 괜찮아져요.", "self_care"),
        ("헬스를 쉬었더니 근육이 좀 빠졌어요. 어제 밤에 종아리에 쥐가 한 번 났어요.", "self_care"),
        ("쥐가 자주 나지는 않아요. 어제 한 번 종아리에 쥐가 났어요.", "self_care"),
    ],
)
def test_korean_frequent_cramps_with_a_thinning_muscle_is_a_doctor_not_an_odd_cramp(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Swedish: a snap in the calf or the Achilles tendon, then no tiptoe
        (
            "Hej! Min man spelade tennis och det small till i hälsenan. Han kommer inte upp "
            "på tårna och haltar.",
            "urgent",
        ),
        (
            "Under fotbollen kände jag ett kraftigt knäpp i vaden, som om någon sparkade mig "
            "bakifrån. Jag kan inte stå på tå.",
            "urgent",
        ),
        # Swedish look-alikes: a night cramp eased by stretching, a bang heard elsewhere,
        # tiptoe fine
        ("Jag vaknade i natt av kramp i vaden, det släppte när jag stretchade.", "self_care"),
        (
            "Jag hörde en smäll från bilen när jag sprang. Sen fick jag lite kramp i vaden, "
            "men det gick över när jag stretchade.",
            "self_care",
        ),
        ("Efter löpningen fick jag kramp i vaden men jag kan stå på tå utan problem.", "self_care"),
    ],
)
def test_swedish_snap_in_the_calf_and_no_tiptoe_is_urgent_not_a_night_cramp(
    text: str, level: str
) -> None:
    assert read_level(text) == level
