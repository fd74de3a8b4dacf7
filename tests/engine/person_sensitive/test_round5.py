"""A named person with a sensitive fact in the phrasings of round 5: treatments and wards in ordinary
words (a joint replacement, dialysis, an oncology ward, chemotherapy in Chinese after "市场部的"), ages
told in passing ("is only 17", "at 79 and still", "ist erst 15"), a date of birth written "dob", a
French street address after a titled name, a person greeted after a preposition ("Auguri a ..."), a
partner of the same sex, a faith told through its practice (with a religious leader in the same
sentence), time served in casual words. And the hard negatives of each family: a leader in their role,
the author's own news, unnamed people, facilities, a product's health claim in Taglish, places.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from preflight.engine.detectors.person_sensitive import PersonSensitiveOptions
from pydantic import ValidationError

from tests.engine.person_sensitive.person_cases import NAME as _NAME
from tests.engine.person_sensitive.person_cases import common

CATEGORY = "pii.person_sensitive"

SENSITIVE = [
    # Treatments and wards said of a named person in ordinary words.
    ("FYI Gemma Lloyd is out until Easter after her knee replacement.", "Gemma Lloyd"),
    ("Colin Marsh had a kidney transplant in May and is doing well.", "Colin Marsh"),
    ("Patrick Quinn is on dialysis twice a week, so he leaves at four.", "Patrick Quinn"),
    ("Can someone cover for Helen Brooks while she's undergoing chemotherapy this month?", "Helen Brooks"),
    ("Visiting hours for Neil Porter (in the cardiac unit at the General) are 2-4pm.", "Neil Porter"),
    ("Lisa Grant has been in intensive care since Sunday.", "Lisa Grant"),
    ("人事部的赵敏上周开始放疗，暂时不来办公室。", "赵敏"),
    ("技术组的孙杰每周做三次透析。", "孙杰"),
    # The same in the other languages.
    ("Unser Kollege Stefan Wolf ist seit Montag auf der Intensivstation.", "Stefan Wolf"),
    ("Bitte Karten für Petra Lange, sie geht dreimal die Woche zur Dialyse.", "Petra Lange"),
    ("Pensées pour Alain Perrin, en réanimation depuis samedi.", "Alain Perrin"),
    ("Nuestra compañera Pilar Ortega está en diálisis tres veces por semana.", "Pilar Ortega"),
    ("La nostra collega Chiara Galli è in dialisi due volte a settimana.", "Chiara Galli"),
    ("A nossa colega Inês Correia está nos cuidados intensivos desde ontem.", "Inês Correia"),
    ("Onze collega Femke Visser krijgt bestraling in het ziekenhuis.", "Femke Visser"),
    ("Guys, si Rowena Cruz nagda-dialysis na every week, pray tayo.", "Rowena Cruz"),
    # Ages told in passing, a date of birth written "dob".
    ("Our new apprentice Josh Bell is only 17 and already runs the forklift.", "Josh Bell"),
    ("Mavis Green, at 79 and still volunteering every Saturday, got the award.", "Mavis Green"),
    ("Unser Praktikant Tim Vogel ist gerade erst 15 und hilft im Versand.", "Tim Vogel"),
    ("Claimant: Gordon Pike, DOB 07/22/58, policy 55-1203.", "Gordon Pike"),
    ("Unser Hausmeister Günter Roth wird heute 65! Alles Gute!", "Günter Roth"),
    ("Notre collègue Sophie Marchand n'a que 17 ans et gère déjà la caisse.", "Sophie Marchand"),
    ("Il signor Bruno Colombo ha appena compiuto 70 anni!", "Bruno Colombo"),
    ("Onze collega Ruud de Jong is pas 17 en werkt al in het magazijn.", "Ruud de Jong"),
    ("Happy birthday to our receptionist Maureen Kelly, 60 today!", "Maureen Kelly"),
    ("member Rhona Kerr dob: 11.02.1990 please update", "Rhona Kerr"),
    # A French street address after a titled name, with the first name in brackets or not.
    ("Livraison chez M. Lefèvre (Paul), 8 avenue Jean Jaurès à Lyon.", "Lefèvre"),
    ("Envoyez le bouquet à Mme Garnier, 3 impasse des Roses, Rennes.", "Garnier"),
    # The same with a street name before its number, the type in any case (the patterns ended inside
    # the name's first word and never matched).
    ("Regalo para Sra. Molina (Rosa), calle Alcalá 40, Madrid.", "Molina"),
    ("Consegna alla Sig.ra Ferri (Anna), Via Garibaldi 7 a Bologna.", "Ferri"),
    ("Entrega para a Sra. Pires (Marta), Rua do Carmo 15, Lisboa.", "Pires"),
    # A language's rule reads a draft whose only words of the language are short ones ("a un").
    ("Apparemment Julien Roche a un casier judiciaire chargé.", "Julien Roche"),
    # A person greeted or thanked after a preposition, with an age.
    ("Tanti auguri a Marco Ferri che domani compie 50 anni!", "Marco Ferri"),
    ("Felicidades a Lucía Romero, que hoy cumple 40 años.", "Lucía Romero"),
    ("Parabéns a João Teixeira, que faz 65 anos hoje!", "João Teixeira"),
    # A partner of the same sex.
    ("Congrats to Mark Ellison and his husband on the new baby!", "Mark Ellison"),
    ("Jenna Holt brought her wife to the summer party.", "Jenna Holt"),
    ("Lukas Brandt kommt mit seinem Mann zur Weihnachtsfeier.", "Lukas Brandt"),
    ("Sanne Bakker en haar vrouw verhuizen naar Utrecht.", "Sanne Bakker"),
    # Where a possessive does not tell the owner's gender: a participle agreeing with the partner's,
    # or the partner announced with the rainbow flag.
    ("Rubén Castillo, de Almacén, está casado con su marido Tomás desde 2020.", "Rubén Castillo"),
    ("Marta Gil, casada con su esposa Elena, se muda a Valencia.", "Marta Gil"),
    ("Diego Ferrer y su novio Álex se casan en octubre 🏳️‍🌈", "Diego Ferrer"),
    ("Bruno Lacerda vai casar com o namorado Caio em abril 🏳️‍🌈", "Bruno Lacerda"),
    ("Che bello, Davide Serra si sposa con il suo compagno Enzo 🏳️‍🌈", "Davide Serra"),
    # A faith told through its practice, a leader of a faith in the same sentence.
    ("Imam Tariq will open the event, and Omar Siddiqui is fasting for Ramadan that week.", "Omar Siddiqui"),
    ("Note for catering: Ruth Adler keeps kosher.", "Ruth Adler"),
    ("Pastor Green thanked the volunteers, and Priya Shah, a practising Hindu, lit the lamp.", "Priya Shah"),
    # A relative is no title: "her sister Maria" is not "Sister Maria".
    ("Her sister Maria Lopez, a devout Catholic, runs the bakery.", "Maria Lopez"),
    # Time served in casual words.
    ("Apparently Dean Walsh was inside for fraud before he joined sales.", "Dean Walsh"),
    ("Don't tell anyone but Carl Hughes has done time.", "Carl Hughes"),
    ("Keep Kyle Stone off the cash office rota, he's been inside for burglary.", "Kyle Stone"),
]  # fmt: skip

NOT_SENSITIVE = [
    # Leaders of a faith in their role.
    "Rabbi Sarah Klein will lead the interfaith breakfast on Thursday.",
    "Imam Yusuf Ali will lead Friday prayers at the community centre.",
    "Pfarrer Huber segnet am Sonntag die neue Kapelle.",
    "Our chaplain, Father Tom Byrne, celebrated a Catholic mass for the team.",
    "Shout-out to Sister Mary Clarke, a Catholic nun who volunteers at our food bank.",
    "Pope Francis, the Catholic leader, visited the hospital on Tuesday.",
    "Archbishop Desmond Tutu, a Christian leader, won the Nobel Peace Prize in 1984.",
    # The author's own news, unnamed people, facilities.
    "I'm off for six weeks after my hip replacement, see you in spring!",
    "My husband and I are thrilled to share that we're expecting!",
    "Someone on the night shift had a knee replacement and is back already.",
    "Our new dialysis unit opened at St Mary's today, thanks to Dr Ahmed's team.",
    "Dr Patel joins our oncology unit as a consultant in March.",
    "Die Dialyse-Station im Klinikum wird heute 20 Jahre alt – danke an Dr. Weber und das Team!",
    "La nuova unità di dialisi dell'ospedale San Raffaele apre lunedì.",
    "Notre entreprise souffle ses 30 ans cette année, merci à nos clients !",
    "Nuestra empresa cumple hoy 25 años. ¡Gracias a todos los clientes!",
    "Our podcast is 5 today, thanks to all our listeners.",
    "Happy birthday to me, 40 today!",
    # A square to meet in, a message app, a shop's street.
    "Ci vediamo in piazza Duomo con Marco Rossi alle 18.",
    "Ti mando il file via WhatsApp, Marco Rossi lo ha già visto.",
    "Il nostro negozio in via Roma 12 apre lunedì, vi aspetta Giulia Conti.",
    "Nuestra tienda de la calle Mayor 5 abre el lunes con Ana Ruiz.",
    "Encontro com Pedro Costa na Praça do Comércio às 10h.",
    # A product's health claim in Taglish, no named person.
    "Grabe mga sis! Yung tea namin, gumagaling daw ang diabetes in 2 weeks, promise!",
    # Places after a preposition, history, a company's age.
    "Auguri a tutti da Milano! Buone feste.",
    "Grazie a Roma per l'ospitalità, la città che compie 2779 anni.",
    "Our company turns 50 today, thanks to all our customers!",
    "Queen Victoria was 81 when she died in 1901.",
    # Ordinary uses of the casual words: a new starter's probation, time tracking, a match indoors, a
    # clinician's team.
    "Jake Miller is still on probation until March as a new starter.",
    "Sam Lee has done time tracking for the whole team this quarter.",
    "Tom Harris was inside for most of the match because of the rain.",
    "Dr Osei leads our kidney transplant team from January.",
    # A wedding of unnamed people.
    "Congratulations to the happy couple on their wedding day!",
    "Ana Ortiz se casa con su novio Pedro en junio 💍 ¡Felicidades!",
    "Nos sumamos al Orgullo de Sevilla con nuestra carroza 🏳️‍🌈 ¡Nos vemos el sábado!",
    "Felicidades a la pareja por su boda 🏳️‍🌈",
]


@common
@given(
    first=_NAME,
    last=_NAME,
    treatment=st.sampled_from(
        [
            "after his hip replacement",
            "after her knee replacement",
            "on dialysis",
            "undergoing radiotherapy",
            "in the oncology ward",
            "in intensive care",
        ]
    ),
)
def test_a_treatment_said_of_a_titled_name_is_flagged(
    findings, first: str, last: str, treatment: str
) -> None:
    text = f"Quick update: Mr. {first} {last} is off for a while, {treatment}."
    assert any(f"{first} {last}" in text[f.start : f.end] for f in findings(text, CATEGORY)), text


@common
@given(
    first=_NAME,
    last=_NAME,
    sentence=st.sampled_from(
        [
            "Unser Kollege Herr {name} ist seit Montag auf der Intensivstation.",
            "Notre collègue {name} est en réanimation depuis samedi.",
            "Nuestra compañera {name} está en diálisis tres veces por semana.",
            "La nostra collega {name} è in dialisi due volte a settimana.",
            "A nossa colega {name} está nos cuidados intensivos desde ontem.",
            "Onze collega {name} krijgt bestraling in het ziekenhuis.",
        ]
    ),
)
def test_a_treatment_said_of_a_colleague_is_flagged_in_every_language(
    findings, first: str, last: str, sentence: str
) -> None:
    text = sentence.format(name=f"{first} {last}")
    assert any(f"{first} {last}" in text[f.start : f.end] for f in findings(text, CATEGORY)), text


@common
@given(
    first=_NAME,
    last=_NAME,
    leader=st.sampled_from(["Rabbi", "Imam", "Pastor", "Bishop", "Reverend"]),
    practice=st.sampled_from(["is fasting for Ramadan", "keeps kosher", "observes the Sabbath"]),
)
def test_a_leaders_title_exempts_only_its_bearer(
    findings, first: str, last: str, leader: str, practice: str
) -> None:
    """The leader's faith is their office; the other person's practice is a private fact."""
    text = f"{leader} {last} opens the day, and Ms. {first} {last}son {practice}."
    found = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert any(f"{first} {last}son" in span for span in found), (text, found)
    assert not any(span.startswith(f"{leader} ") or span == last for span in found), (text, found)


@common
@given(
    first=_NAME,
    last=_NAME,
    greeting=st.sampled_from(
        [
            ("Auguri a", "che oggi compie {n} anni"),
            ("Grazie a", ", {n} anni,"),
            ("Felicidades a", "que hoy cumple {n} años"),
            ("Parabéns a", "que faz {n} anos"),
        ]
    ),
    age=st.integers(18, 99),
)
def test_a_name_greeted_after_a_preposition_is_a_person(
    findings, first: str, last: str, greeting: tuple[str, str], age: int
) -> None:
    before, after = greeting
    text = f"{before} {first} {last} {after.format(n=age)}!".replace(" ,", ",")
    assert any(f"{first} {last}" in text[f.start : f.end] for f in findings(text, CATEGORY)), text


def test_a_term_with_a_space_at_its_edge_is_rejected() -> None:
    """The detector bounds terms by word edges: a trailing space could never match (the French street
    address pattern had one)."""
    with pytest.raises(ValidationError, match="spaces at their edges"):
        PersonSensitiveOptions.model_validate(
            {
                "topics": {"home_address": [r"\d{1,4} rue "]},
                "entity_label": "PERSON",
                "read_entities": False,
                "titles": [],
                "title_suffixes": [],
                "title_prefixes": [],
                "not_name_characters": "",
                "name_particles": [],
                "not_name_words": [],
                "trim_entities_to_names": True,
                "capitalised_names": False,
                "not_before_names": [],
                "language_words": [],
                "languages": [],
                "impersonal_words": {},
                "self_introductions": [],
                "capitalised_term_before_name_is_a_name": False,
            }
        )
