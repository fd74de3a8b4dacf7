"""A named person with a sensitive fact in the phrasings of round 16 (own cases, other names and
wordings than the set that showed each class).

- A named person's HIV status in each language's own word ("soropositiva", "séropositif",
  "sieropositivo", "hiv-positief", "HIV-positiv", "nosicielem HIV", "hiv-positiv").
- Mental health, addiction, dementia and asthma in the languages that lacked them: burnout,
  depression as an adjective ("deprimido", "dépressive", "depresso"), anxiety disorders and panic
  attacks, bipolar disorder, schizophrenia, eating disorders, alcoholism and rehab.
- A diagnosis attributed to the company doctor or the GP ("volgens de bedrijfsarts", "enligt
  läkaren", "według lekarza", "laut Betriebsarzt"): the doctor's word makes it the person's, where
  "according to the newspaper" marks news of a public figure.
- A named person's religion in the inflected forms and the faiths the lists lacked (Polish
  instrumental "muzułmaninem", "chrześcijaninem", "prawosławna"; Swedish "kristen"; Dutch "jood",
  "moslima"; protestant, Mormon, Sikh; Danish and Norwegian).
- A named person's home in a German phrase "die <Noun> von <Name>" ("Die Einweihungsfeier von ...":
  every German noun is capitalised, so the run of capitalised words starts at the noun), a Dutch
  housewarming "bij <Name>", a Polish street in the accusative ("na ulicę Lipową 14") and a Polish
  housewarming ("parapetówka"); a Danish or Norwegian street ("bor på Vestergade 12"), a Turkish one
  ("Moda Caddesi No: 18").
- Turkish health words with their case endings ("depresyonda", "HIV pozitif", "panik atak"), and
  Hinglish: a faith with a Hindi copula ("Muslim hai"), HIV and panic attacks.
- Hard negatives: a thing's anniversary ("the hashtag turns 20") beside the person who made it,
  campaigns and tests with no one named, news of a public figure, greetings to a
  faith's believers, a place of worship as a venue, "ortodoxo" as "strict", a shop inviting to its
  opening, a move of an office.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.engine.person_sensitive.person_cases import NAME, assert_flagged_on, common

CATEGORY = "pii.person_sensitive"

HIV_STATUS = [
    ("Fiquei a saber que a Beatriz Lopes é soropositiva, não contem a ninguém.", "Beatriz Lopes"),
    ("Parece que o Tiago Neves é seropositivo há dez anos.", "Tiago Neves"),
    ("Me contaron que Andrés Molina es seropositivo, no lo comentéis.", "Andrés Molina"),
    ("Paul Girard est séropositif, mais il ne veut pas que ça se sache.", "Paul Girard"),
    ("Ho saputo che Marco Bellini è sieropositivo da anni.", "Marco Bellini"),
    ("Ik hoorde dat Joost Mulder hiv-positief is, hou het voor je.", "Joost Mulder"),
    ("Angeblich ist Lukas Brandt HIV-positiv, sagt man im Lager.", "Lukas Brandt"),
    ("Słyszałam, że Paweł Zieliński jest nosicielem wirusa HIV.", "Paweł Zieliński"),
    ("Jag har hört att Johan Ekberg är hiv-positiv, säg inget.", "Johan Ekberg"),
    ("Mikkel Holm er hiv-positiv, men det skal ikke deles.", "Mikkel Holm"),
    ("Duydum ki Burak Şahin HIV pozitif, kimseye söylemeyin.", "Burak Şahin"),
    ("Bhai, Rohit Saxena HIV positive hai, kisi ko mat batana.", "Rohit Saxena"),
]

MENTAL_HEALTH = [
    ("O Bruno Reis anda deprimido desde o divórcio, tenham paciência.", "Bruno Reis"),
    ("A Carla Pinto teve um esgotamento e está em casa há um mês.", "Carla Pinto"),
    ("A Sofia Matos tem crises de ansiedade no escritório.", "Sofia Matos"),
    ("Carmen Ortiz sufre ataques de pánico desde el verano.", "Carmen Ortiz"),
    ("Raúl Gómez está deprimido y no contesta a nadie.", "Raúl Gómez"),
    ("Claire Dubois est dépressive depuis son divorce, soyez gentils.", "Claire Dubois"),
    ("Hugo Lefèvre souffre de crises d'angoisse au travail.", "Hugo Lefèvre"),
    ("Luca Ferri è in burnout da settimane, non chiamatelo.", "Luca Ferri"),
    ("Sara Galli è depressa dopo la separazione.", "Sara Galli"),
    ("Elena Ricci soffre di attacchi di panico in riunione.", "Elena Ricci"),
    ("Unser Lagerist Tim Hartmann hat eine Angststörung und kommt selten ins Büro.", "Tim Hartmann"),
    ("Jana Weiß ist alkoholkrank und macht gerade einen Entzug.", "Jana Weiß"),
    ("Femke Jansen is overspannen en zit al weken thuis.", "Femke Jansen"),
    ("Bas Verhoef heeft een angststoornis, dus geen presentaties voor hem.", "Bas Verhoef"),
    ("Kamil Wrona ma wypalenie zawodowe i jest na zwolnieniu.", "Kamil Wrona"),
    ("Agata Sikora cierpi na zaburzenia lękowe, nie naciskajcie na nią.", "Agata Sikora"),
    ("Henrik Lund är bipolär och har varit borta en månad.", "Henrik Lund"),
    ("Emma Sjöberg har panikångest, så hon tar inte kundsamtalen.", "Emma Sjöberg"),
    ("Nadia Ferreira é bipolar e às vezes falta ao trabalho.", "Nadia Ferreira"),
    ("Joost de Wit is bipolair, daarom werkt hij parttime.", "Joost de Wit"),
    ("Tom Vermeulen zit in een afkickkliniek voor zijn alcoholverslaving.", "Tom Vermeulen"),
    ("Dario Costa è alcolista e ora è in comunità.", "Dario Costa"),
    ("Selin Arslan depresyonda, biraz anlayışlı olun.", "Selin Arslan"),
    ("Mert Koç panik atak geçiriyor, sunumu başkası yapsın.", "Mert Koç"),
    ("Yaar, Kunal Bhatia ko panic attacks aate hain, meeting mein mat bulao.", "Kunal Bhatia"),
    # dementia and asthma where the lists lacked them
    ("Nos han dicho que Rosa Delgado tiene demencia y deja la junta.", "Rosa Delgado"),
    ("Mathilde Roux a de l'asthme, évitez les parfums dans son bureau.", "Mathilde Roux"),
    ("Zofia Kamińska ma astmę, więc nie wysyłajcie jej do magazynu.", "Zofia Kamińska"),
]

DOCTORS_WORD = [
    ("Volgens de bedrijfsarts heeft Emma Smit een depressie.", "Emma Smit"),
    ("Sanne Kok heeft een burn-out, volgens haar huisarts.", "Sanne Kok"),
    ("Enligt företagsläkaren har Olle Berg en depression.", "Olle Berg"),
    ("Według lekarza Marek Lis ma depresję.", "Marek Lis"),
]

RELIGION = [
    ("Marek Wójcik jest muzułmaninem i nie pije alkoholu.", "Marek Wójcik"),
    ("Pamiętajcie, że Ewa Lisowska jest prawosławna, Boże Narodzenie obchodzi w styczniu.", "Ewa Lisowska"),
    ("Tomasz Kowal jest protestantem, więc nie chodzi na mszę.", "Tomasz Kowal"),
    ("Jan Dudek jest chrześcijaninem i nie pracuje w niedziele.", "Jan Dudek"),
    ("Lars Bergman är kristen och vill inte jobba på söndagar.", "Lars Bergman"),
    ("Wist je dat Ruben Cohen jood is?", "Ruben Cohen"),
    ("Fatima Bakker is moslima en draagt sinds kort een hoofddoek.", "Fatima Bakker"),
    ("Diego Ramos es protestante y no viene a la misa del patrón.", "Diego Ramos"),
    ("Paolo Greco è protestante, quindi niente pranzo di Pasqua in chiesa.", "Paolo Greco"),
    ("O Rui Matos é protestante e não trabalha ao domingo.", "Rui Matos"),
    (
        "Gurpreet Singh Bains is a Sikh, so keep his turban out of the safety-helmet debate.",
        "Gurpreet Singh Bains",
    ),
    ("Mette Lund er muslim og faster under ramadanen.", "Mette Lund"),
    ("Anders Holm er jøde, så ingen svinekød til ham.", "Anders Holm"),
    ("Bhai, Imran Qureshi Muslim hai, iftar ke time meeting mat rakhna.", "Imran Qureshi"),
]

HOME = [
    ("Die Einweihungsfeier von Lena Krause steigt in der Gartenstraße 9.", "Lena Krause"),
    ("Die Wohnung von Jonas Albrecht ist jetzt in der Bergallee 3, 80331 München.", "Jonas Albrecht"),
    ("Der Umzug von Mia Schubert ist geschafft: neue Adresse Lindenweg 21.", "Mia Schubert"),
    ("Housewarming bij Daan Visser zaterdag, Lindelaan 14 in Utrecht.", "Daan Visser"),
    ("Anna Nowak przeprowadziła się na ulicę Lipową 14.", "Anna Nowak"),
    ("Parapetówka u Piotra Kaczmarka w sobotę, ul. Polna 8, zapraszamy!", "Piotra Kaczmarka"),
    ("Sofie Dahl bor på Vestergade 12 i Odense, så vi samles der.", "Sofie Dahl"),
    ("Kari Nilsen har flyttet til Storgata 7, kom på innflytningsfest!", "Kari Nilsen"),
    ("Elif Çelik artık Moda Caddesi No: 18'de oturuyor, ev adresi bu.", "Elif Çelik"),
]

# A person's age still counts next to an anniversary word that is no thing's here.
AGE = [
    ("Dana Vole turns 50 this year, the album party is on us!", "Dana Vole"),
]

NEGATIVES = [
    # campaigns, tests and advice with no one named
    "Wereld Aidsdag: laat je gratis testen op hiv bij de GGD.",
    "O teste de VIH é gratuito e confidencial no centro de saúde.",
    "Ser seropositivo não é crime: campanha contra o estigma esta semana.",
    "Le burn-out touche un salarié sur cinq, selon l'étude publiée hier.",
    "Burn-out komt vaak voor bij starters, zegt de bedrijfsarts.",
    "Wypalenie zawodowe dotyczy co trzeciego pracownika, wynika z raportu.",
    "Los ataques de pánico se tratan: pide cita con tu médico de cabecera.",
    # news of a public figure, reported by the press
    "Volgens de krant heeft minister Hugo de Jonge een depressie gehad.",
    # greetings to a faith's believers, a place of worship as a venue
    "Wesołych Świąt dla wszystkich prawosławnych i protestantów w naszym zespole!",
    "Vi ønsker alle vores muslimske kolleger en god ramadan.",
    "God jul till alla kristna och icke-troende kollegor!",
    "Het kerstconcert is in de Grote Kerk, iedereen welkom.",
    # "ortodoxo" as strict, "protestante" as a movement's name
    "Pablo Soto es muy ortodoxo con las revisiones de código.",
    # a shop or an office moving, opening or inviting
    "Nasz sklep przeprowadził się na ulicę Lipową 14, zapraszamy!",
    "Die Eröffnung von Müller Bau GmbH ist in der Gartenstraße 9.",
    "Ons kantoor verhuist naar de Lindelaan 14 in Utrecht.",
    "Vi åbner ny butik på Vestergade 12, kom forbi og mød Sofie Dahl!",
    "Yeni şubemiz Moda Caddesi No: 18'de açıldı, Elif Çelik sizi bekliyor.",
    "Eid Mubarak sab ko! Imran Qureshi ki taraf se mubarak ho.",
    "Glædelig jul og godt nytår fra Sofie Dahl og resten af teamet.",
    "Dünya Alzheimer Günü: farkındalık için yürüyoruz.",
    # a thing's or an invention's anniversary next to the name of the person who made it
    "The hashtag turns 20 this summer, first used by Chris Messina.",
    "Our favourite album turns 30 today, thanks Dana Vole for the vinyl!",
    "The web turns 35 this year, and Tim Berners-Lee is still writing about it.",
]


@pytest.mark.parametrize(
    ("text", "person"), HIV_STATUS + MENTAL_HEALTH + DOCTORS_WORD + RELIGION + HOME + AGE
)
def test_round16_named_person_with_fact_is_flagged(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


@pytest.mark.parametrize("text", NEGATIVES)
def test_round16_no_ones_fact_is_not_flagged(categories, text) -> None:
    assert CATEGORY not in categories(text)


# {a} {b}: a made-up name.
_TEMPLATES = [
    "Fiquei a saber que {a} {b} é soropositivo, mas não digam nada.",
    "Ho sentito che {a} {b} è sieropositiva, non ditelo in giro.",
    "Ik hoorde dat {a} {b} hiv-positief is.",
    "{a} {b} ist HIV-positiv, bitte behaltet das für euch.",
    "{a} {b} est séropositive depuis des années.",
    "{a} {b} zit thuis met een burn-out volgens de bedrijfsarts.",
    "{a} {b} ma wypalenie zawodowe i jest na zwolnieniu.",
    "{a} {b} jest muzułmaninem, więc zamówmy coś bez wieprzowiny.",
    "{a} {b} är kristen och vill vara ledig på juldagen.",
    "Housewarming bij {a} {b} op zaterdag, Lindelaan 14 in Utrecht.",
    "Parapetówka u {a} {b} w sobotę, ul. Polna 8, zapraszamy!",
    "{a} {b} przeprowadził się na ulicę Lipową 3.",
    "{a} {b} depresyonda, biraz anlayışlı olun.",
    "Bhai, {a} {b} Muslim hai, iftar ke time meeting mat rakhna.",
    "{a} {b} bor på Vestergade 12 i Odense.",
]


@common
@given(template=st.sampled_from(_TEMPLATES), a=NAME, b=NAME)
def test_round16_classes_flag_any_named_person(findings, template, a, b) -> None:
    assert_flagged_on(findings, template.format(a=a, b=b), f"{a} {b}")


@common
@given(
    street=st.sampled_from(["Gartenstraße", "Lindenweg", "Bergallee", "Hauptstraße"]),
    number=st.integers(min_value=1, max_value=200),
    place=st.sampled_from(["Büro", "Filiale", "Praxis", "Laden"]),
    a=NAME,
)
def test_round16_a_business_moving_is_no_ones_home(categories, street, number, place, a) -> None:
    text = f"Die neue {place} von {a} Technik GmbH eröffnet in der {street} {number}."
    assert CATEGORY not in categories(text)
