"""A named person's diagnosis or hospital stay in Dutch, Swedish, Danish, Norwegian, German and Polish (own
cases, other names and wordings than the sets that showed the class): a condition by its short name
("heeft MS", "har ALS", "hat MS"; in capitals, "als" being a word), "har fått diagnosen", "er indlagt",
"ma cukrzycę", "liegt im Krankenhaus", a pronoun ("Ze heeft ...") after the sentence that names the person.
Hard negatives: awareness days, fundraising for research, a novel's character, a public figure's illness
reported in the news, the software brand "MS Teams", Dutch "Als" (if).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.engine.person_sensitive.person_cases import NAME, assert_flagged_on, common

CATEGORY = "pii.person_sensitive"

DIAGNOSIS_OR_HOSPITAL = [
    ("Stuur een kaartje naar Joris Peeters? Ze heeft MS en ligt in het ziekenhuis.", "Joris Peeters"),
    ("Willemijn Dekker heeft MS, ze kan niet komen.", "Willemijn Dekker"),
    ("Bij Noor van Dam is ALS vastgesteld.", "Noor van Dam"),
    ("Ruud Hendriks heeft reuma en werkt halve dagen.", "Ruud Hendriks"),
    ("Oskar Nyberg har ALS och ligger på sjukhus.", "Oskar Nyberg"),
    ("Linnea Åberg har fått diagnosen bröstcancer, så hon är borta ett tag.", "Linnea Åberg"),
    ("Mette Sørensen er indlagt på Rigshospitalet med kræft.", "Mette Sørensen"),
    ("Lars Poulsen har fået konstateret sklerose.", "Lars Poulsen"),
    ("Kari Nordmann er innlagt på sykehus etter hjerteinfarkt.", "Kari Nordmann"),
    ("Ola Hansen har fått kreft og er sykemeldt.", "Ola Hansen"),
    ("Sabine Wolf hat MS, bitte sagt nichts.", "Sabine Wolf"),
    ("Marta Vogel liegt im Krankenhaus.", "Marta Vogel"),
    ("Bei Lukas Hahn wurde ALS festgestellt.", "Lukas Hahn"),
    ("Anna Kowalska ma cukrzycę i nie może jeść słodyczy.", "Anna Kowalska"),
    ("Ewa Mazur leży w szpitalu po zawale.", "Ewa Mazur"),
]

NO_ONES_DIAGNOSIS = [
    "Vandaag is het Wereld MS Dag: doe mee met de wandeling van Femke Bos.",
    "Wereld Parkinson Dag: steun het onderzoek, zegt voorzitter Jan de Boer.",
    "Idag är det Världs-ALS-dagen; Stiftelsen Erik Lund samlar in pengar till forskningen.",
    "Vi samler ind til kræftforskningen, skriver Mette Holm fra Kræftens Bekæmpelse.",
    "I kapittel 1 av min roman får heltinnen Kari Berg kreft.",
    "Ifølge avisen har statsminister Jonas Gahr Støre fått påvist kreft.",
    "Im Roman hat die Heldin Klara Sommer Krebs und kämpft bis zum Schluss.",
    "Ministerpräsident Winfried Kretschmann hat bekannt gegeben, dass er Krebs hat, berichtet die Zeitung.",
    "Im Januar startet unser Spendenlauf für die MS-Forschung mit Lena Fischer.",
    "Światowy Dzień Cukrzycy: Fundacja Jana Nowaka zbiera datki na badania.",
    "Dziś zbiórka na badania nad cukrzycą, koordynuje Anna Nowak.",
    "Pieter Jansen heeft MS Teams geopend voor de vergadering.",
    "Ich habe Jonas Keller das MS Office Paket geschickt.",
    "Als Pieter Jansen morgen komt, gaan we lunchen.",
]


@pytest.mark.parametrize(("text", "person"), DIAGNOSIS_OR_HOSPITAL)
def test_a_named_persons_diagnosis_or_hospital_stay_is_flagged(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


@pytest.mark.parametrize("text", NO_ONES_DIAGNOSIS)
def test_awareness_fundraising_fiction_news_and_brands_are_not_flagged(categories, text) -> None:
    assert CATEGORY not in categories(text)


# {a} {b}: a made-up name (with a title in German, where every noun is capitalised).
_TEMPLATES = [
    "Stuur een kaartje naar {a} {b}. Ze heeft MS en ligt deze week in het ziekenhuis.",
    "{a} {b} har fått diagnosen ALS och kommer inte tillbaka.",
    "{a} {b} er indlagt og har fået konstateret kræft.",
    "{a} {b} er innlagt på sykehuset etter hjerneblødning.",
    "Herr {a} {b} liegt seit Montag im Krankenhaus.",
    "{a} {b} ma cukrzycę i leży w szpitalu.",
]


@common
@given(template=st.sampled_from(_TEMPLATES), a=NAME, b=NAME)
def test_diagnosis_or_hospital_flags_any_named_person(findings, template, a, b) -> None:
    assert_flagged_on(findings, template.format(a=a, b=b), f"{a} {b}")
