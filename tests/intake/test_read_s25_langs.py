"""Classes of wording found unread in round s25's development messages of other languages,
each read at its level in several languages, beside a look-alike that must not rise.

The sentences are the team's own: walking pain told by the distance or the time walked,
put as a noun ("after 200 metres' walking", "after a few blocks", "10 minutes on foot"),
that standing still a moment or a short rest ends is walking pain (claudication, a doctor),
while a walk told free of pain beside a night cramp that stretching eases is nothing; a foot
gone cold and white, pale or blue after a cramp, its toes no longer felt ("she feels nothing
in her toes any more"), is a limb without blood (an emergency), while feet that are always
cold and white in winter and warm up again indoors are a habit, not this.
"""

from __future__ import annotations

import pytest

from tests.intake.reading import read_beside

E, U, D, S = "emergency", "urgent", "doctor", "self_care"

# (walking pain that rest relieves, a walk without pain beside a night cramp)
CLAUDICATION: list[tuple[str, str]] = [
    (
        "na 200 meter wandelen krijg ik kramp in mijn kuit, even stilstaan en het is weer over",
        "na 200 meter wandelen heb ik nergens last van, alleen 's nachts soms kramp in mijn "
        "kuit die na even rekken over is",
    ),
    (
        "als ik een paar straten loop krijg ik kramp in mijn kuit, ik moet stoppen en na een "
        "paar minuten is het over",
        "als ik een paar straten loop heb ik nergens last van, alleen 's nachts soms kramp",
    ),
    (
        "Depois de andar uns 200 metros dá cãibra na batata da perna, paro um pouco e passa.",
        "Depois de andar uns 200 metros não sinto nada, só às vezes uma cãibra à noite que "
        "passa quando alongo.",
    ),
    (
        "Quando caminho uns quarteirões me dá cãibra na panturrilha, preciso parar, descanso "
        "um pouco e melhora.",
        "Quando caminho uns quarteirões não sinto nada, só às vezes uma cãibra à noite.",
    ),
    (
        "Después de caminar 200 metros me da un calambre en la pantorrilla, me paro un rato y "
        "se pasa.",
        "Después de caminar 200 metros no me duele nada, solo a veces un calambre de noche "
        "que se pasa al estirar.",
    ),
    (
        "Al caminar un par de calles me da calambre en la pantorrilla, tengo que pararme y al "
        "rato se me pasa.",
        "Al caminar un par de calles no me duele nada, solo a veces un calambre de noche.",
    ),
    (
        "Dopo 10 minuti a piedi ho un crampo al polpaccio, mi fermo e dopo un po' passa.",
        "Dopo 10 minuti a piedi sto benissimo, solo ogni tanto un crampo di notte che passa "
        "stirando.",
    ),
    (
        "Au bout de 10 minutes de marche crampe au mollet, je m'arrête et ça passe.",
        "Au bout de 10 minutes de marche je n'ai aucune douleur, juste parfois une crampe la "
        "nuit qui passe en étirant.",
    ),
    (
        "Nach 200 Metern Gehen bekomme ich einen Krampf in der Wade, kurz stehen bleiben und "
        "es ist vorbei.",
        "Nach 200 Metern Gehen habe ich keine Schmerzen, nur manchmal nachts einen Krampf, "
        "der beim Dehnen vergeht.",
    ),
    (
        "Nach 10 Minuten Laufen Krampf in der Wade, kurz stehen bleiben und es vergeht.",
        "Nach 10 Minuten Laufen habe ich keine Schmerzen, nur manchmal nachts einen Krampf, "
        "der beim Dehnen vergeht.",
    ),
    (
        "Wenn ich ein paar Straßen gehe, bekomme ich einen Krampf in der Wade und muss stehen "
        "bleiben. Nach einer kurzen Pause geht es wieder.",
        "Wenn ich ein paar Straßen gehe, habe ich keine Schmerzen, nur manchmal nachts einen "
        "Krampf.",
    ),
    (
        "Po 200 metrach marszu łapie mnie skurcz w łydce, chwilę postoję i przechodzi.",
        "Po 200 metrach marszu nic mnie nie boli, tylko czasem w nocy skurcz, który mija po "
        "rozciągnięciu.",
    ),
    (
        "Jak przejdę kilka ulic, dostaję skurczu w łydce i muszę się zatrzymać. Po krótkim "
        "odpoczynku przechodzi.",
        "Jak przejdę kilka ulic, nic mnie nie boli, tylko czasem w nocy mam skurcz.",
    ),
    (
        "După 200 de metri de mers mă prinde o crampă în gambă, stau puțin pe loc și trece.",
        "După 200 de metri de mers nu mă doare nimic, doar uneori noaptea o crampă care trece "
        "când mă întind.",
    ),
    (
        "După 10 minute de mers am crampă în gambă, mă opresc și trece.",
        "După 10 minute de mers nu mă doare nimic, doar uneori noaptea o crampă.",
    ),
    (
        "200 metre yürüdükten sonra baldırıma kramp giriyor, biraz durunca geçiyor.",
        "200 metre yürüdükten sonra hiç ağrım yok, sadece bazen gece kramp giriyor, esneyince "
        "geçiyor.",
    ),
    (
        "Setelah jalan 200 meter betis saya kram, berhenti sebentar lalu hilang.",
        "Setelah jalan 200 meter tidak sakit apa-apa, cuma kadang malam kram betis, hilang "
        "kalau diregangkan.",
    ),
    (
        "Setelah jalan 10 menit betis kram, saya berhenti sebentar dan sembuh.",
        "Setelah jalan 10 menit tidak sakit apa-apa, cuma kadang malam kram betis.",
    ),
    (
        "Pagkatapos kong maglakad ng 200 metro, pinupulikat ang binti ko, huminto ako sandali "
        "at nawala.",
        "Pagkatapos kong maglakad ng 200 metro, wala akong nararamdamang sakit, minsan lang "
        "pulikat sa gabi na nawawala pag inunat.",
    ),
    (
        "Pagkalipas ng 10 minutong lakad, pulikat sa binti, tumigil ako sandali at nawala.",
        "Pagkalipas ng 10 minutong lakad, wala akong nararamdamang sakit, minsan lang pulikat "
        "sa gabi.",
    ),
    (
        "Baada ya kutembea mita 200 napata mkakamao kwenye kigimbi, nasimama kidogo na unaisha.",
        "Baada ya kutembea mita 200 sina maumivu yoyote, ila wakati mwingine usiku napata "
        "mkakamao unaoisha nikinyoosha.",
    ),
    (
        "Baada ya kutembea dakika 10 napata mkakamao kwenye kigimbi, nasimama na unapita.",
        "Baada ya kutembea dakika 10 sina maumivu yoyote, ila wakati mwingine usiku napata "
        "mkakamao.",
    ),
]

# (a limb gone cold, white or blue and unfelt after a cramp, feet cold and white as a
# winter habit that warm up again indoors)
COLD_LIMB: list[tuple[str, str]] = [
    (
        "Mijn vader had vanochtend kramp in zijn kuit. Nu is zijn voet koud en wit en hij "
        "voelt niks meer aan zijn tenen.",
        "Mijn voeten zijn in de winter altijd koud en wit, maar als ik binnen kom worden ze "
        "weer warm.",
    ),
    (
        "Haar voet is sinds de kramp spierwit en ze voelt haar tenen niet meer.",
        "Mijn voeten zijn in de winter altijd koud en wit, maar ze worden weer warm bij de kachel.",
    ),
    (
        "A minha mãe teve cãibra na perna hoje à tarde. Agora o pé dela está frio e branco e "
        "ela não sente mais os dedos.",
        "Os meus pés ficam sempre frios e brancos no inverno, mas aquecem quando entro em casa.",
    ),
    (
        "Mi madre tuvo un calambre en la pantorrilla esta tarde. Ahora tiene el pie frío y "
        "blanco y ya no siente los dedos.",
        "Mis pies siempre se ponen fríos y blancos en invierno, pero se calientan cuando "
        "entro en casa.",
    ),
    (
        "Dopo il crampo il piede di mio padre è diventato gelido e violaceo e non sente più "
        "niente al piede.",
        "I miei piedi in inverno sono sempre freddi e bianchi, ma si scaldano quando rientro "
        "in casa.",
    ),
    (
        "Après la crampe le pied de mon père est devenu glacé et bleu et il ne sent plus rien "
        "au pied.",
        "Mes pieds sont toujours froids et blancs en hiver, mais ils se réchauffent quand je "
        "rentre.",
    ),
    (
        "Meine Mutter hatte heute Nachmittag einen Krampf in der Wade. Jetzt ist ihr Fuß kalt "
        "und weiß und sie spürt ihre Zehen nicht mehr.",
        "Meine Füße sind im Winter immer kalt und weiß, aber sie werden wieder warm, wenn ich "
        "reinkomme.",
    ),
    (
        "Nach dem Krampf ist der Fuß meines Vaters eiskalt und blau geworden und er hat kein "
        "Gefühl mehr im Fuß.",
        "Ich weiß nicht, ob das wichtig ist, aber ich habe manchmal nachts einen Krampf in "
        "der Wade.",
    ),
    (
        "Mama miała dziś po południu skurcz w łydce. Teraz jej stopa jest zimna i biała i nie "
        "czuje palców.",
        "Moje stopy zimą zawsze są zimne i białe, ale rozgrzewają się, kiedy wejdę do domu.",
    ),
    (
        "Mama a avut o crampă în gambă azi după-amiază. Acum piciorul ei e rece și alb și "
        "nu-și mai simte degetele.",
        "Picioarele mele iarna sunt mereu reci și albe, dar se încălzesc când intru în casă.",
    ),
    (
        "Kramptan sonra babamın ayağı buz gibi oldu, morardı ve ayağını hissetmiyor.",
        "Kışın ayaklarım hep soğuk ve bembeyaz oluyor ama eve girince ısınıyor.",
    ),
    (
        "Ibu saya tadi siang kram di betis. Sekarang kakinya dingin dan pucat dan dia tidak "
        "bisa merasakan jari kakinya.",
        "Kaki saya selalu dingin dan pucat waktu musim hujan, tapi hangat lagi kalau masuk rumah.",
    ),
    (
        "Pagkatapos ng pulikat, naging malamig na malamig at kulay-ube ang paa ng tatay ko at "
        "wala na siyang maramdaman sa paa.",
        "Pagkatapos kong maglakad ng 200 metro, wala akong nararamdamang sakit, minsan lang "
        "pulikat sa gabi na nawawala pag inunat.",
    ),
    (
        "Mama yangu alipata mkakamao wa misuli mchana. Sasa mguu wake ni baridi na mweupe na "
        "hahisi vidole vyake.",
        "Baada ya kutembea mita 200 sina maumivu yoyote, ila wakati mwingine usiku napata "
        "mkakamao unaoisha nikinyoosha.",
    ),
]


@pytest.mark.parametrize(("text", "lookalike"), CLAUDICATION)
def test_walking_pain_told_by_distance_or_time_that_rest_relieves(
    text: str, lookalike: str
) -> None:
    read_beside(text, D, lookalike)


@pytest.mark.parametrize(("text", "lookalike"), COLD_LIMB)
def test_a_limb_gone_cold_pale_and_unfelt_is_an_emergency(text: str, lookalike: str) -> None:
    read_beside(text, E, lookalike)
