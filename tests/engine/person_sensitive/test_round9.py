"""A named person with a sensitive fact in the phrasings of round 9 (own cases, other names and
languages than the set that showed each class): pay told as what someone gets, earns or moves to, in
chat pastes too (en, fr, pt, de, es, it, nl, and zh after hearsay with no title); an age in a birthday
wish in every language; health in other languages and in German and Dutch compounds, a fight against a
disease, criminal records, religion in Swedish, Polish and Turkish, a home address told with the given
name alone after the full name. And the hard negatives of each class: job adverts and pay bands with no
named person, prices, money off; a shop's or a branch's birthday; a product fighting cholesterol, a
cooperation ("Kooperation"), an achievement ("a record for most sales"), an office's address.
The case tables are read by test_person_sensitive_tables.py.
"""

from __future__ import annotations

import yaml
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import DEFAULT_RULES
from tests.engine.person_sensitive.person_cases import NAME, assert_flagged_on, common, person_fact_spans

# Words the person rules read as no name ("Cara", Italian "dear"; "Alles Gute"): a made-up name is none.
_WORDS_NO_NAME = {
    word.lower()
    for path in DEFAULT_RULES.glob("person_sensitive*.yaml")
    for rule in yaml.safe_load(path.read_text("utf-8"))["rules"]
    for word in rule["options"]["not_name_words"] + rule["options"]["organisation_words"]
}
_NAME = NAME.filter(lambda name: name.lower() not in _WORDS_NO_NAME)

CATEGORY = "pii.person_sensitive"

PAY_SENSITIVE = [
    ('from #people: "so Priya Raman is getting $96k after her review" - nice', "Priya Raman"),
    ("Heads up, Owen Castillo will earn €71,000 once the new contract starts.", "Owen Castillo"),
    ("Marcus Feld moves to £64k in April, per HR.", "Marcus Feld"),
    ("Quick one: Leah Brandon goes up to $88k after the reorg.", "Leah Brandon"),
    ("Nadine Roux passera à 5 400 € net en janvier, c'est validé.", "Nadine Roux"),
    ("Dans le chat : « Camille Perrin va toucher 61 000 € » !", "Camille Perrin"),
    ("O Rafael Lima passa a ganhar 9.800 reais depois da promoção, né?", "Rafael Lima"),
    ("Confirmado: a Beatriz Nunes vai receber R$ 12.300 a partir de março.", "Beatriz Nunes"),
    ("Sofía Paredes va a cobrar 3.900 € al mes desde enero.", "Sofía Paredes"),
    ("Lukas Brandt bekommt ab März 6.200 € Grundgehalt, sagt die Personalabteilung.", "Lukas Brandt"),
    ("Unsere Kollegin Jana Wolff steigt auf 82.000 € Bruttogehalt.", "Jana Wolff"),
    ("Francesca Serra passa a 52.000 € lordi dopo la promozione.", "Francesca Serra"),
    ("Daan Mulder krijgt € 5.400 bruto per maand vanaf juni.", "Daan Mulder"),
    ("据说王芳跳槽后月薪三万五。", "王芳"),
    ("郭明升职后年薪涨到了60万。", "郭明"),
]

PAY_CLEAN = [
    "We're hiring a Senior Analyst: the role gets £78k plus bonus, apply by Friday.",
    "Band C moves to £45k in April for everyone in the team.",
    "Pay bands for 2027: Level 3 goes up to €64k, Level 4 to €78k.",
    "Nous recrutons : le poste passe à 42 000 € brut, postulez avant le 12.",
    "Estamos contratando: el puesto pasa a 2.800 € al mes, envía tu currículum.",
    "Wir suchen Verstärkung: Das Fixgehalt beträgt 55.000 €, bewirb dich bis Mai.",
    "Tickets for the Ed Sheeran gig go up to £150 on Friday.",
    "Mia Torres got $20 off her order with the spring code.",
    "听说公司今年年薪普遍上涨。",
]

AGE_SENSITIVE = [
    ("Happy birthday Corinne Walsh, who celebrates her 60th today!", "Corinne Walsh"),
    ("Reuben Hale, 50 years young and still first in the office.", "Reuben Hale"),
    ("Proficiat Anouk de Wit, vandaag 38 jaar! Taart bij de koffieautomaat.", "Anouk de Wit"),
    ("Sem Verbeek viert vandaag zijn 50ste verjaardag, hiep hiep hoera!", "Sem Verbeek"),
    ("¡Feliz 45 cumpleaños, Lucía Prieto! Te queremos.", "Lucía Prieto"),
    ("Hoy Andrés Molina sopla 70 velas, ¡felicidades!", "Andrés Molina"),
    ("Tanti auguri a Marta Ferri per il suo 40° compleanno!", "Marta Ferri"),
    ("Oggi Paolo Greco spegne 65 candeline, auguri!", "Paolo Greco"),
    ("Joyeux 50e anniversaire à Hélène Marchand, de toute l'équipe !", "Hélène Marchand"),
    ("Aujourd'hui Julien Lefort souffle ses 30 bougies !", "Julien Lefort"),
    ("Parabéns à Carla Mendes pelos 55 anos, muitas felicidades!", "Carla Mendes"),
    ("Feliz 40º aniversário, Tiago Farias!", "Tiago Farias"),
    ("Alles Gute zum 60. Geburtstag, liebe Monika Hartmann!", "Monika Hartmann"),
]

AGE_CLEAN = [
    "We've been serving Leeds since 1950, and this month our flagship store turns 75!",
    "Our Canal Street bakery turns 40 this week: free cake for everyone!",
    "Onze winkel in Utrecht bestaat vandaag 75 jaar, dank aan al onze klanten!",
    "Harm Kuipers is vandaag 25 jaar in dienst, gefeliciteerd!",
    "¡Nuestra tienda de Valencia cumple 25 años! Gracias por confiar en nosotros.",
    "La nostra filiale di Bari compie 50 anni: festa in piazza sabato!",
    "Notre boutique de Lille fête ses 40 ans ce week-end, venez nombreux !",
    "A nossa loja do Porto completa 30 anos, obrigado a todos os clientes!",
    "Unsere Filiale in Graz wird heute 75 – danke an alle Kundinnen und Kunden!",
    "Parabéns à Joana Reis pelos 20 anos de casa!",
]

FACTS_SENSITIVE = [
    ("Unsere Kollegin Heike Brandl ist nach ihrem Reha-Klinikaufenthalt zurück, willkommen!", "Heike Brandl"),
    ("Gute Besserung, lieber Jörg Lindner, nach deiner Herz-OP!", "Jörg Lindner"),
    (
        "Onze collega Ilse Vermeulen is herstellende van haar knieoperatie, stuur een kaartje!",
        "Ilse Vermeulen",
    ),
    ("Sterkte aan Bram Hoekstra, die vecht tegen kanker.", "Bram Hoekstra"),
    ("Forza Davide Longo, che lotta contro il linfoma: siamo con te!", "Davide Longo"),
    ("Ánimo a Rocío Vidal, que lucha contra la leucemia desde enero.", "Rocío Vidal"),
    ("Tout notre soutien à Mathilde Caron, qui se bat contre un cancer.", "Mathilde Caron"),
    ("Sending love to Gareth Price, who is battling leukaemia.", "Gareth Price"),
    ("Cuidado con el nuevo mozo, Iván Roldán: tiene antecedentes por estafa.", "Iván Roldán"),
    ("Occhio: il nuovo fattorino Enzo Marino ha precedenti per furto.", "Enzo Marino"),
    ("FYI the new driver Carl Dobson has a record for theft, keep the van keys.", "Carl Dobson"),
    ("Unser neuer Lagerist, Herr Uwe Brenner, ist mehrfach vorbestraft.", "Uwe Brenner"),
    ("Nya kollegan Elin Nyberg är jehovas vittne, så ingen julfest för henne.", "Elin Nyberg"),
    ("Vår kollega Johan Ek har konverterat till islam.", "Johan Ek"),
    ("Grattis Anton Berg! Han bor på Lövgatan 7 i Luleå, så vi skickar priset dit.", "Anton Berg"),
    ("Nasz kierowca Tomasz Wrona jest świadkiem Jehowy.", "Tomasz Wrona"),
    (
        "Well done to Nora Quinlan on the regional award! Nora lives at 27 Elm Crescent, so we'll post it.",
        "Nora Quinlan",
    ),
]

FACTS_CLEAN = [
    "Il nostro integratore combatte il colesterolo in modo naturale.",
    "Unser Büro zieht in die Lindenstraße 12 – die Kooperation mit Herz AG geht weiter.",
    "Vår butik på Storgatan 12 öppnar igen på måndag!",
    "God jul och gott nytt år önskar vi alla kunder och kollegor!",
    "Das Team von Anna Berger setzt die Kooperation mit der Klinik fort.",
    "La lotta contro il cancro è una priorità della fondazione.",
    "She has a record for most sales in a quarter: well done, Dana Price!",
    "Congrats to Hal Brennan and Tom Reed! The Leeds office is at 14 Orchard Row, Bristol BS3 4QX.",
    "Pensées à Lyon, qui se bat contre la pollution.",
]

# Fiction and product claims: no one's fact. And what stays flagged beside them.
FICTION_AND_CLAIMS_CLEAN = [
    'Flash fiction Friday: "Nurse Odile Grant knew the diagnosis before the doctor did." More next week!',
    "Chapter one of my novel is up: Dr Ilse Marr was diagnosed with cancer at forty.",
    "Kurzgeschichte am Sonntag: „Frau Edith Rohr lag seit Wochen im Krankenhaus …“",
    "Microrrelato del lunes: «Don Emilio Paz llevaba un año en quimioterapia».",
    "Racconto breve della settimana: la signora Ada Neri, ricoverata da mesi, guardava il mare.",
    "Vårt nya kosttillskott lindrar ledvärk och förebygger diabetes. Beställ idag!",
    "Nasz nowy suplement zapobiega cukrzycy i leczy depresję!",
]
FICTION_NEIGHBOURS_SENSITIVE = [
    (
        "Sad news: our columnist Wendy Cole was diagnosed with cancer; her novel comes out in May.",
        "Wendy Cole",
    ),
    ("The novel coronavirus put Gary Holt in intensive care last spring.", "Gary Holt"),
]

SENSITIVE = PAY_SENSITIVE + AGE_SENSITIVE + FACTS_SENSITIVE + FICTION_NEIGHBOURS_SENSITIVE
NOT_SENSITIVE = PAY_CLEAN + AGE_CLEAN + FACTS_CLEAN + FICTION_AND_CLAIMS_CLEAN

# {a} {b}: a made-up name; {n}: thousands of the currency. In English a made-up name is found without
# the model only when a link word stands before the verb ("is getting", "will earn"): "moves to" is said
# of prices too ("Premium Plan moves to $20"), so there the model must know the name (the case table).
_PAY = [
    "ok so {a} {b} is getting £{n}k after the promo",
    "{a} {b} will earn ${n},000 from June.",
    "Heads up: {a} {b} is now on €{n}k base.",
    "Copié du canal #rh : « {a} {b} passe à {n} 000 € brut » !",
    "Saiu a tabela: o {a} {b} vai ganhar R$ {n}.500 por mês.",
    "Der neue Teamleiter, Herr {a} {b}, bekommt {n}.000 € Fixgehalt.",
    "Al final {a} {b} va a cobrar {n}.000 € brutos al año.",
    "Ufficiale: {a} {b} passa a {n}.000 € lordi.",
    "Vanaf juli krijgt {a} {b} {n}.000 euro per jaar.",
]
_PAY_NO_ONE = [
    "We're hiring: the role gets £{n}k, apply via {a} {b}.",
    "Pay band {n} moves to £{n}k in April for the whole grade.",
    "Nous recrutons ! Le poste passe à {n} 000 € brut, candidature à {a} {b}.",
    "Estamos contratando: el puesto pasa a {n}.000 € al año, envía tu currículum a {a} {b}.",
    "Tickets for the {a} {b} tour go up to £{n} on Friday.",
]


@common
@given(template=st.sampled_from(_PAY), a=_NAME, b=_NAME, n=st.integers(min_value=20, max_value=99))
def test_pay_told_as_what_a_named_person_gets_is_flagged(findings, template, a, b, n) -> None:
    text = template.format(a=a, b=b, n=n)
    assert_flagged_on(findings, text, f"{a} {b}")


@common
@given(template=st.sampled_from(_PAY_NO_ONE), a=_NAME, b=_NAME, n=st.integers(min_value=20, max_value=99))
def test_pay_of_a_post_a_band_or_a_ticket_is_no_ones(categories, template, a, b, n) -> None:
    assert CATEGORY not in categories(template.format(a=a, b=b, n=n))


_ZH_SURNAME = st.sampled_from(["王", "李", "张", "刘", "陈", "杨", "赵", "吴"])
_ZH_GIVEN = st.sampled_from(["芳", "伟", "敏", "静", "磊", "洋", "艳", "勇"])
_ZH_PAY = ["听说{name}年薪{n}万。", "据说{name}升职后年薪涨到了{n}万。", "听说{name}跳槽后月薪{n}千。"]


@common
@given(surname=_ZH_SURNAME, given_name=_ZH_GIVEN, template=st.sampled_from(_ZH_PAY), n=st.integers(10, 99))
def test_chinese_pay_after_hearsay_and_a_bare_name(findings, surname, given_name, template, n) -> None:
    name = surname + given_name
    text = template.format(name=name, n=n)
    assert any(name in text[f.start : f.end] for f in findings(text, CATEGORY)), text


# {a} {b}: a made-up name; {n}: the age.
_BIRTHDAY = [
    "Happy birthday to {a} {b}, who turns {n} today!",
    "Gefeliciteerd {a} {b}, vandaag {n} jaar!",
    "¡Feliz {n} cumpleaños a nuestra compañera, {a} {b}!",
    "Tanti auguri a {a} {b}, che oggi compie {n} anni!",
    "Toute l'équipe souhaite à {a} {b} un joyeux {n}e anniversaire !",
    "Hoje {a} {b} faz {n} anos, parabéns!",
    "Alles Gute zum {n}. Geburtstag, liebe {a} {b}!",
]
_NO_ONES_BIRTHDAY = [
    "Today our oldest branch turns {n}! Thanks, {a} {b}, for the photos.",
    "Onze winkel bestaat vandaag {n} jaar! Dank aan {a} {b} en het team.",
    "¡Nuestra tienda cumple {n} años! Gracias, {a} {b}.",
    "Il nostro negozio compie {n} anni, grazie a tutti i clienti!",
    "Notre boutique fête ses {n} ans ce samedi !",
    "A nossa loja completa {n} anos este mês!",
    "Unsere Filiale wird heute {n}, danke an alle!",
]


@common
@given(template=st.sampled_from(_BIRTHDAY), a=_NAME, b=_NAME, n=st.integers(min_value=18, max_value=99))
def test_an_age_in_a_birthday_wish_is_flagged_in_every_language(findings, template, a, b, n) -> None:
    text = template.format(a=a, b=b, n=n)
    assert_flagged_on(findings, text, f"{a} {b}")


@common
@given(
    template=st.sampled_from(_NO_ONES_BIRTHDAY), a=_NAME, b=_NAME, n=st.integers(min_value=2, max_value=150)
)
def test_a_shops_or_a_branchs_birthday_is_no_ones_age(categories, template, a, b, n) -> None:
    assert CATEGORY not in categories(template.format(a=a, b=b, n=n))


# {a} {b}: a made-up name. Each language's shape of a health fact, a record or a faith.
_FACTS = [
    "Unsere Kollegin {a} {b} ist nach ihrem Burnout-Klinikaufenthalt wieder da.",
    "Onze collega {a} {b} is herstellende van zijn hartoperatie.",
    "Un abbraccio a {a} {b}, che combatte contro la leucemia.",
    "Ánimo a {a} {b}, que lucha contra un linfoma.",
    "Ojo, el nuevo repartidor, {a} {b}, tiene antecedentes por robo.",
    "Attenzione: il nuovo magazziniere {a} {b} ha precedenti per furto.",
    "Vår nya kollega {a} {b} är jehovas vittne.",
]
_NO_ONES_FACTS = [
    "Il nostro integratore combatte il colesterolo: chiedi a {a} {b} in farmacia.",
    "Die Kooperation mit {a} {b} GmbH geht weiter.",
    "She has a record for most sales this quarter, well done {a} {b}!",
    "Vår butik på Storgatan {n} öppnar igen, välkomna! Hälsningar {a} {b}",
    "Congrats to {a} {b} and the team! The office is at {n} Orchard Row, Bristol BS3 4QX.",
]


@common
@given(template=st.sampled_from(_FACTS), a=_NAME, b=_NAME)
def test_health_records_and_faith_in_other_languages(findings, template, a, b) -> None:
    text = template.format(a=a, b=b)
    assert_flagged_on(findings, text, f"{a} {b}")


@common
@given(template=st.sampled_from(_NO_ONES_FACTS), a=_NAME, b=_NAME, n=st.integers(min_value=1, max_value=99))
def test_products_cooperations_achievements_and_offices_are_no_ones_fact(
    categories, template, a, b, n
) -> None:
    assert CATEGORY not in categories(template.format(a=a, b=b, n=n))


@common
@given(a=_NAME, b=_NAME, n=st.integers(min_value=1, max_value=99))
def test_a_home_address_told_with_the_given_name_of_someone_named_before(findings, a, b, n) -> None:
    text = f"Congrats to {a} {b} on the award! {a}, the prize is on its way: {a} lives at {n} Orchard Row."
    found = person_fact_spans(findings, text)
    # the full name in the sentence before, or the part of it the model took for the person (made-up
    # names: "Dkel Dtaskam" is read as "Dtaskam")
    assert any(span in (f"{a} {b}", a, b) for span in found), (text, found)


_FICTION = [
    'Short-story Friday: "{a} {b} had never told the crew about the illness." Part 2 next week!',
    "Chapter one of my novel: {a} {b}, 52, was diagnosed with cancer the day the war began.",
    "Leseprobe aus meinem Roman: „Herr {a} {b} lag seit Wochen im Krankenhaus.“",
    "Relato corto: «{a} {b} tenía 80 años y un cáncer que nadie conocía».",
    "Il mio racconto: {a} {b}, ricoverata da mesi, guardava il mare.",
]


@common
@given(template=st.sampled_from(_FICTION), a=_NAME, b=_NAME)
def test_a_characters_illness_or_age_in_fiction_is_no_ones_fact(categories, template, a, b) -> None:
    assert CATEGORY not in categories(template.format(a=a, b=b))
