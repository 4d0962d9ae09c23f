"""Classes of wording found unread in round s38's development batches (other-language
messages, written blind from the triage reference): the mouth or jaw that won't open told
of itself, the verb in its tenses, numbers and aspects ('рот не открывается', 'челюсти не
разжимаются', 'рот с трудом открывается', Ukrainian 'рот не відкривається'), the jaw as if
clamped ('челюсти будто сжаты', 'зажало челюсть'), a wound by a nail, wire or glass with
the thing in its cases ('поранил ногу гвоздём', 'порезалась о проволоку'), while a mouth
that opens and a door that won't stay innocent (Russian and Ukrainian); a nail, wire or
sheet metal that pricked, rust told with the linker ('kinakalawang na alambre', 'yerong
may kalawang'), a jab not had in years or never ('ilang taon na akong hindi nagpabakuna'),
the cramp verb in its aspects ('pumupulikat', 'pumulikat'), a jab complete or for flu
kept apart (Tagalog); a neck told stiff in Gulf and Levantine words ('رقبتها ناشفة',
'رقبتي متخشبة'), a head or chin that can't be bent down ('ما تقدر تحني راسها', 'ما يقدر
يوصل دقنه لصدره'), legs told cramping by the verb 'to pull' ('رجوله تشد عليه'), a cramp
told 'تشنجات' in the writer's own leg and hand together ('في إيدي ورجليّ'), while a fit
with lost consciousness or in a child's limbs stays a fit (Arabic); the mouth or jaw
that won't open, with or without the tilde ('a boca dela nao abria bem', 'mal consigo
abrir a boca'), the jaw locked in its genders ('o maxilar travado', 'a mandíbula está
presa'), a wound on rusty wire named by its own words ('arame enferrujado', 'cortei')
(Portuguese); a relative's body with 'ke', 'ki', 'ka' ('meri maa ki ungli',
'hamare bete ke pair'), a thorn's prick that is asked about, not the writer's, and
'ainthan' (cramp) in its spellings and its verb ('aithan', 'ainth rahi hai') (Hindi in
Latin letters).

The sentences are our own, each beside a look-alike that must stay lower (an ordinary
cramp, a sign denied, the word in an innocent sense).
"""

from __future__ import annotations

import pytest

from tests.intake.reading import read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Russian and Ukrainian: the mouth or jaw that won't open, the jaw as if clamped
        ("Три дня назад порезался о стекло, теперь рот у меня почти не открывается", "emergency"),
        ("Муж поранил руку проволокой, сегодня челюсти будто сжаты, спину сводит", "emergency"),
        (
            "Сын порезал ногу, теперь челюсть как будто свело и рот с трудом открывается",
            "emergency",
        ),
        (
            "Вчера жена наступила на гвоздь, сегодня зажало ей челюсть, зубы не разжимаются",
            "emergency",
        ),
        ("Порізав ногу склом, тепер рот не відкривається, зводить спину", "emergency"),
        ("Рот открывается нормально, челюсть не сжата, просто ночью свело икру", "self_care"),
        ("Дверь на балкон не открывается, ночью свело икру, потянул и прошло", "self_care"),
        ("Ночью свело икру, челюсть не болит, рот открывается, прошло после растяжки", "self_care"),
        # Russian and Ukrainian: a wound by a nail, wire or glass, the thing in its cases
        ("Поранил ногу гвоздём, сводит ногу, прививку от столбняка не делал", "urgent"),
        (
            "Неделю назад порезалась о проволоку, теперь спину сводит и рот не открывается",
            "emergency",
        ),
        ("Порізав руку склом, зводить ногу, щеплення від правця не робив", "urgent"),
        # Tagalog: rust told with the linker, a jab not had in years, the cramp verb's aspects
        (
            "Natusukan ako ng kinakalawang na alambre sa bukid, ngayon pumupulikat ang hita "
            "ko. Ilang taon na akong hindi nagpabakuna laban sa tetano.",
            "urgent",
        ),
        (
            "Nasugatan ako sa yerong may kalawang kahapon at pumulikat ang binti ko. "
            "Hindi pa ako nabakunahan kontra tetano.",
            "urgent",
        ),
        (
            "Natusok ng lumang pako ang paa ng anak ko, naninigas at pinupulikat ang binti "
            "niya, matagal na siyang hindi nabakunahan",
            "urgent",
        ),
        (
            "Natusok ng pako ang paa ko, pinupulikat ang binti ko. Kumpleto ang bakuna ko "
            "laban sa tetano.",
            "self_care",
        ),
        ("Pumupulikat ang binti ko kagabi, nawala pagkatapos kong i-stretch.", "self_care"),
        (
            "Matagal na akong hindi nabakunahan laban sa flu, pumulikat ang binti ko kagabi "
            "pero nawala pagkatapos i-stretch.",
            "self_care",
        ),
        # Arabic: a stiff neck in Gulf and Levantine words, a head that can't be bent down
        ("بنتي عمرها ٥ سنين، عندها حرارة ورقبتها ناشفة وما تقدر تحني راسها", "emergency"),
        ("ابني حرارته عالية وما يقدر يوصل دقنه لصدره، ورجوله تشد عليه", "emergency"),
        ("عندي سخونة ورقبتي متخشبة ومش قادر أوطي راسي", "emergency"),
        ("رقبتي يابسة من النومة الغلط، ورجولي تشد علي بالليل وتروح لحالها", "self_care"),
        ("رجلي تشد علي بالليل وتروح لحالها لما أمددها", "self_care"),
        # Arabic: a cramp told 'تشنجات' in the writer's own leg and hand, after fluid loss
        ("عندي استفراغ وإسهال من يومين وتشنجات في إيدي ورجليّ", "urgent"),
        ("أمس كان عندي إسهال شديد، واليوم تشنجات مؤلمة في يدي ورجلي", "urgent"),
        ("عندي تشنج في رجلي ويدي بعد الرياضة وراح لما مددتها", "self_care"),
        ("عندي تشنجات في يدي ورجلي وفقدت الوعي", "emergency"),
        ("ابني عنده تشنجات في رجليه ويديه", "emergency"),
        # Portuguese: the mouth or jaw that won't open, the jaw locked in its genders
        (
            "Minha mãe se cortou numa lata há uma semana e agora a boca dela nao abria bem, "
            "tem espasmos nas pernas",
            "emergency",
        ),
        (
            "Pisei num prego e agora mal consigo abrir a boca, tenho espasmos nas costas",
            "emergency",
        ),
        (
            "O meu filho cortou o pé num vidro, agora ficou com o maxilar travado e tem espasmos",
            "emergency",
        ),
        ("Cortei a mão no arame, a mandíbula está presa e sinto espasmos nas costas", "emergency"),
        ("A boca do meu filho mal abre desde ontem, ele pisou num prego enferrujado", "emergency"),
        (
            "Me cortei com arame enferrujado, a boca abre direito, mas tenho espasmos nas costas",
            "urgent",
        ),
        ("Tive cãibra na panturrilha à noite, a boca abre normal, passou alongando", "self_care"),
        ("O pote não abre, fiz força e deu cãibra na mão, passou logo", "self_care"),
        # Hindi in Latin letters: a relative's body, a thorn's prick, 'ainthan' and its verb
        (
            "Meri maa ki ungli mein kaanta chubha tha, ab unke haath mein ainthan ho rahi "
            "hai, tetanus ka teeka kabhi nahi lagwaya",
            "urgent",
        ),
        (
            "Hamare bete ke pair mein keel chubh gayi thi, ab uski pindli baar baar ainth "
            "rahi hai, tetanus ka injection nahi laga hai",
            "urgent",
        ),
        ("Do din se dast aur ulti, aaj subah se pindliyon mein ainthan ho rahi hai", "urgent"),
        (
            "Mere papa ke pair mein kaanta chubh gaya tha, ab pair mein aithan ho rahi hai, "
            "tetanus ka injection laga hua hai",
            "self_care",
        ),
        ("Raat ko pindli mein ainthan hui, stretch karne se theek ho gayi", "self_care"),
        ("Meri beti ki pindli mein raat ko ainthan hui, stretch se theek ho gayi", "self_care"),
    ],
)
def test_glossary_rows_of_round_s38_langs(text: str, level: str) -> None:
    assert read_level(text) == level
