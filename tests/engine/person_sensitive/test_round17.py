"""A named person with a sensitive fact in the phrasings of round 17 (own cases, other names and
wordings than the set that showed each class).

- A named person's age stated with the copula or "to have", with no "old" after it: Swedish "är 58 år
  och ...", Dutch "is 61 jaar en ...", Polish "ma 57 lat i ...", Danish and Norwegian "er 63 år og
  ..." (and their birthdays: "fylder 50"); French, Spanish, Italian, Portuguese and German already
  read theirs. Not a duration ("det är 30 år sedan", "is 10 jaar in dienst", "ma 10 lat
  doświadczenia") nor the years of a career ("a 30 ans d'expérience", "tiene 15 años de
  experiencia", "ha 20 anni di esperienza", "tem 12 anos de casa"), nor a firm's, a building's or a
  club's age beside a person who speaks of it. A retirement with no age is no fact of the taxonomy.
- German addiction in its compounds ("Alkoholproblem", "Spielsucht", "tablettenabhängig") with a
  dismissal or on its own, and a German sentence in a draft whose longer note is English ("... wurde
  wegen seiner Spielsucht entlassen, don't tell anyone"): two words only German writes make the
  German rule read it. A talk or a guide on an addiction with no one's fact stays clean.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.engine.person_sensitive.person_cases import NAME, assert_flagged_on, common

CATEGORY = "pii.person_sensitive"

AGE = [
    ("Grattis till Karin Dahl som är 64 år och slutar på fredag!", "Karin Dahl"),
    ("Visste ni att Per Sandberg är 71 år och fortfarande kör maraton?", "Per Sandberg"),
    ("Vår kollega Nils Åberg är redan 67 år, men han vill inte sluta.", "Nils Åberg"),
    ("Wist je dat Henk Smits is 61 jaar en nog elke dag fietst?", "Henk Smits"),
    ("Marloes de Boer is inmiddels 58 jaar, dus ze mag eerder stoppen.", "Marloes de Boer"),
    ("Krzysztof Wilk ma 59 lat i od maja jest na emeryturze.", "Krzysztof Wilk"),
    ("Nasza Beata Malinowska ma już 66 lat, a wciąż prowadzi zespół.", "Beata Malinowska"),
    ("Hanne Lauridsen er 63 år og går på efterløn til sommer.", "Hanne Lauridsen"),
    ("Tillykke til Søren Kjær, som fylder 60 på lørdag og holder fest.", "Søren Kjær"),
    ("Kjetil Berg er 68 år og slutter etter nyttår.", "Kjetil Berg"),
    # the languages that read theirs already, in new words
    ("Hélène Carpentier a 59 ans et quitte l'agence en juillet.", "Hélène Carpentier"),
    ("Ramón Iglesias tiene 66 años y se retira tras el verano.", "Ramón Iglesias"),
    ("Franca Bellucci ha 63 anni e lascia l'ufficio a dicembre.", "Franca Bellucci"),
    ("A Helena Queirós tem 65 anos e vai deixar a loja.", "Helena Queirós"),
    ("Dieter Lang ist 64 Jahre alt und hört im Frühjahr auf.", "Dieter Lang"),
]

ADDICTION = [
    ("Sven Richter wurde wegen seines Drogenproblems entlassen, ganz im Ernst.", "Sven Richter"),
    ("Angeblich ist Nadine Kraus spielsüchtig und hat deshalb die Kündigung bekommen.", "Nadine Kraus"),
    ("Lars Baumann ist tablettenabhängig, sagt man in der Buchhaltung.", "Lars Baumann"),
    ("Wir haben Ralf Keller wegen seiner Kaufsucht gekündigt.", "Ralf Keller"),
    # a German sentence, a longer note in English
    (
        "Heads up: Ralf Keller wurde wegen seiner Spielsucht gefeuert, so don't bring it up at the party.",
        "Ralf Keller",
    ),
    ("Bettina Horn wurde gestern fristlos entlassen — please keep this between us for now.", "Bettina Horn"),
    (
        "Mona Seidel hat ein Alkoholproblem und ist deshalb nicht beim Offsite, just so you know.",
        "Mona Seidel",
    ),
]

NEGATIVES = [
    # a firm's, a building's or a club's age beside a person who speaks of it
    "Firman är 62 år, säger vd:n Karin Dahl stolt.",
    "Kyrkan är 120 år och Per Sandberg guidar i helgen.",
    "Onze vereniging is 75 jaar en Henk Smits organiseert het feest.",
    "Budynek ma 85 lat, mówi kierownik Krzysztof Wilk.",
    "Virksomheden er 40 år, siger direktør Hanne Lauridsen.",
    "Our firm is 62 years old this spring, says founder Dana Price.",
    # durations, experience and years of service
    "Det är 30 år sedan Karin Dahl började här.",
    "Henk Smits is 10 jaar in dienst bij ons.",
    "Het is 25 jaar geleden dat Marloes de Boer begon.",
    "Krzysztof Wilk ma 15 lat doświadczenia w logistyce.",
    "Det er 20 år siden Søren Kjær åbnede butikken.",
    "Hélène Carpentier a 25 ans d'expérience dans le conseil.",
    "Ramón Iglesias tiene 18 años de experiencia en ventas.",
    "Franca Bellucci ha 30 anni di esperienza nel settore.",
    "A Helena Queirós tem 12 anos de casa e conhece todos os clientes.",
    "Dieter Lang ist seit 25 Jahren bei uns.",
    # a retirement with no age: no fact of the taxonomy
    "Karin Dahl går i pension efter 30 år hos oss, tack för allt!",
    "Na 40 jaar gaat Henk Smits met pensioen, bedankt!",
    # an addiction as a topic, a talk or a guide with no one's fact
    "Alkoholprobleme im Team: so sprechen Sie Betroffene richtig an.",
    "Unser Vortrag über Spielsucht mit Dr. Sven Richter ist am Donnerstag.",
    "Spielsucht betrifft viele junge Menschen, sagt die Studie.",
    "Heads up: the alcohol problem talk is moved to Friday, don't miss it.",
]


@pytest.mark.parametrize(("text", "person"), AGE + ADDICTION)
def test_round17_named_person_with_fact_is_flagged(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


@pytest.mark.parametrize("text", NEGATIVES)
def test_round17_no_ones_fact_is_not_flagged(categories, text) -> None:
    assert CATEGORY not in categories(text)


# {a} {b}: a made-up name; {n}: an age.
_AGE_TEMPLATES = [
    "{a} {b} är {n} år och går i pension snart.",
    "{a} {b} is {n} jaar en stopt volgend jaar.",
    "{a} {b} ma {n} lat i przechodzi na emeryturę.",
    "{a} {b} er {n} år og går på pension.",
    "{a} {b} a {n} ans et part à la retraite.",
    "{a} {b} tiene {n} años y se jubila.",
]

_MIXED_TEMPLATES = [
    "{a} {b} wurde wegen seiner Spielsucht entlassen, so please don't mention it at the party.",
    "{a} {b} hat ein Alkoholproblem und wurde gekündigt, keep it to yourselves for now.",
]


@common
@given(template=st.sampled_from(_AGE_TEMPLATES), a=NAME, b=NAME, n=st.integers(min_value=18, max_value=99))
def test_round17_a_stated_age_flags_any_named_person(findings, template, a, b, n) -> None:
    assert_flagged_on(findings, template.format(a=a, b=b, n=n), f"{a} {b}")


@common
@given(template=st.sampled_from(_MIXED_TEMPLATES), a=NAME, b=NAME)
def test_round17_a_german_fact_in_an_english_draft_flags_any_named_person(findings, template, a, b) -> None:
    assert_flagged_on(findings, template.format(a=a, b=b), f"{a} {b}")


@common
@given(
    thing=st.sampled_from(
        ["Firman är {n} år", "Onze club is {n} jaar", "Nasza firma ma {n} lat", "Firmaet er {n} år"]
    ),
    n=st.integers(min_value=10, max_value=119),
    a=NAME,
    b=NAME,
)
def test_round17_a_firms_age_is_no_ones(categories, thing, n, a, b) -> None:
    assert CATEGORY not in categories(f"{thing.format(n=n)}, {a} {b}.")


# A service or a tool "lives at" an IP address, a host name or a port: no one's home (a product's
# name is no person's, whatever the model labels it).
SERVICE_HOSTS = [
    "Kibana lives at 10.20.3.14 since the migration.",
    "Our Grafana now lives at 172.16.8.2, ping Ana Ruiz if the dashboards break.",
    "The staging wiki lives on wiki.corp:8080, ask Tom Reyes for access.",
    "Jenkins lives at localhost for now, says Priya Nair.",
    "Prometheus lives on port 9090 on the same box.",
]

HOMES = [
    ("Priya Nair lives at 14 Alder Road, so the parcel goes there.", "Priya Nair"),
    ("Tom Reyes lives on Elm Street with his two dogs.", "Tom Reyes"),
]


@pytest.mark.parametrize("text", SERVICE_HOSTS)
def test_round17_a_service_living_at_a_host_is_no_ones_home(categories, text) -> None:
    assert CATEGORY not in categories(text)


@pytest.mark.parametrize(("text", "person"), HOMES)
def test_round17_a_person_living_at_a_street_is_still_flagged(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


@common
@given(
    tool=st.sampled_from(["Grafana", "Kibana", "Jenkins", "Sentry", "Metabase", "Airflow"]),
    ip=st.tuples(*[st.integers(min_value=0, max_value=255)] * 3),
    a=NAME,
    b=NAME,
)
def test_round17_any_tool_at_an_ip_address_is_no_ones_home(categories, tool, ip, a, b) -> None:
    text = f"{tool} lives at 10.{ip[0]}.{ip[1]}.{ip[2]} now, {a} {b} set it up."
    assert CATEGORY not in categories(text)


# Polish: an illness fought, in the instrumental ("walczy z depresją", "zmaga się z białaczką"), of a
# named person in any case ("dla Anny Kowalskiej, która ..."), even in a fundraiser for them; not a
# campaign's, a ministry's or a world day's.
POLISH_ILLNESS = [
    ("Zbiórka dla Teresy Górskiej, która walczy z białaczką — każda złotówka się liczy.", "Teresy Górskiej"),
    ("Wesprzyjmy Pawła Lisieckiego, który zmaga się z depresją od roku.", "Pawła Lisieckiego"),
    ("Iwona Kalinowska walczy z nowotworem i jest na zwolnieniu.", "Iwona Kalinowska"),
    ("Słyszałam, że Dariusz Maj zmagał się z alkoholizmem.", "Dariusz Maj"),
]

POLISH_NEGATIVES = [
    "Polska walczy z rakiem: kampania ministerstwa, mówi minister Teresa Górska.",
    "Walczymy z depresją w pracy: webinar dla zespołów z Pawłem Lisieckim.",
    "Światowy Dzień Walki z Depresją: Iwona Kalinowska o tym, jak rozmawiać.",
    "Zbiórka na badania nad białaczką, zaprasza Dariusz Maj.",
]


@pytest.mark.parametrize(("text", "person"), POLISH_ILLNESS)
def test_round17_a_polish_illness_fought_by_a_named_person_is_flagged(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


@pytest.mark.parametrize("text", POLISH_NEGATIVES)
def test_round17_a_polish_campaign_on_an_illness_is_no_ones(categories, text) -> None:
    assert CATEGORY not in categories(text)


@common
@given(
    illness=st.sampled_from(["depresją", "rakiem", "białaczką", "nowotworem", "anoreksją", "cukrzycą"]),
    verb=st.sampled_from(["walczy z", "zmaga się z"]),
    a=NAME,
    b=NAME,
)
def test_round17_any_named_person_fighting_an_illness_in_polish_is_flagged(
    findings, illness, verb, a, b
) -> None:
    assert_flagged_on(findings, f"Zbiórka dla {a} {b}, która {verb} {illness}.", f"{a} {b}")


# A short sentence in French, Spanish, Italian or Portuguese with a longer note in English: two of
# the language's own function words make its rule read the draft; a fact's word alone is no sign of
# the language (a play's or a show's title in an English post).
MIXED_ROMANCE = [
    (
        "Giorgio Ferri è stato ricoverato ieri, so please skip the wine pairing at the dinner.",
        "Giorgio Ferri",
    ),
    (
        "Sandrine Leroy est enceinte depuis mars, très fatiguée, but she hasn't told the wider team yet.",
        "Sandrine Leroy",
    ),
    (
        "Tomás Vidal está deprimido desde hoy, so go easy on him in the sprint review tomorrow.",
        "Tomás Vidal",
    ),
    (
        "A Joana Lopes foi demitida ontem, just so you know before you invite her to the planning.",
        "Joana Lopes",
    ),
]

MIXED_NEGATIVES = [
    # one function word and a fact's word in an English draft: a title, no sentence in the language
    "Lucía Romero recommends the telenovela Embarazada, muy buena, on our streaming night this week.",
    "Tomás Vidal hosts the quiz night, muy divertido, the prize is a cáncer research donation in his name.",
    "Giorgio Ferri plays a doctor in the new series Ricoverato, oggi on air, go watch it.",
    "Sandrine Leroy reviews the novel Enceinte tonight, très drôle, for the book club newsletter.",
]


@pytest.mark.parametrize(("text", "person"), MIXED_ROMANCE)
def test_round17_a_romance_fact_in_an_english_draft_is_flagged(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


@pytest.mark.parametrize("text", MIXED_NEGATIVES)
def test_round17_a_single_foreign_word_in_an_english_draft_reads_as_english(categories, text) -> None:
    assert CATEGORY not in categories(text)


_ROMANCE_TEMPLATES = [
    "{a} {b} è stato licenziato ieri, so please don't bring it up at the offsite next week.",
    "{a} {b} a été licencié hier, so please don't bring it up at the offsite next week.",
    "{a} {b} fue despedido ayer, so please don't bring it up at the offsite next week.",
    "{a} {b} foi despedido ontem, so please don't bring it up at the offsite next week.",
]


@common
@given(template=st.sampled_from(_ROMANCE_TEMPLATES), a=NAME, b=NAME)
def test_round17_a_romance_dismissal_in_an_english_draft_flags_any_named_person(
    findings, template, a, b
) -> None:
    assert_flagged_on(findings, template.format(a=a, b=b), f"{a} {b}")
