"""Health told of a named person in ordinary words (own cases, other names and wordings than the sets
that showed the class): an injury ("a broken ankle", "een gescheurde kruisband", "s'est cassé la
jambe"), an organ failing or a long illness ("battling liver disease", "Nierenversagen"), a disease
named in CJK ("당뇨", "骨折"), and an operation told in the sentence after a greeting of the person
("Get well soon Tariq Lund! Glad the knee surgery went well"). Hard negatives: a health campaign, a
doctor hosting a talk on a disease, a character of a novel or a book club, a GP's surgery hours.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.engine.person_sensitive.person_cases import NAME, assert_flagged_on, common

CATEGORY = "pii.person_sensitive"

HEALTH = [
    ("Our goalkeeper Bram Jansen has a broken wrist and misses the derby.", "Bram Jansen"),
    ("Keeper Bram Jansen heeft een gescheurde kruisband en valt maanden uit.", "Bram Jansen"),
    ("Onze aanvoerder Sem de Wit heeft een gebroken sleutelbeen opgelopen.", "Sem de Wit"),
    ("Get well soon Tariq Lund! Glad the knee surgery went well.", "Tariq Lund"),
    ("Welcome back Oona Birch. The hip surgery sounds like it was rough.", "Oona Birch"),
    ("Our receptionist Olga Petrenko has been battling liver disease for two years.", "Olga Petrenko"),
    ("Marta Kowal is fighting heart failure but keeps smiling.", "Marta Kowal"),
    ("Driver Kwame Mensah, who has kidney failure, now works shorter shifts.", "Kwame Mensah"),
    ("김민수 대리는 당뇨 때문에 야근을 못 합니다.", "김민수 대리"),
    ("이지은 팀장은 골절로 한 달 쉽니다.", "이지은 팀장"),
    ("同事李娜骨折了，下周请假。", "李娜"),
    ("Unser Kollege Jonas Becker hat sich das Bein gebrochen und fällt aus.", "Jonas Becker"),
    ("Notre collègue Julie Martin s'est cassé la jambe au ski.", "Julie Martin"),
    ("Il collega Marco Testa si è rotto il braccio e starà a casa.", "Marco Testa"),
    ("O nosso colega Rui Costa partiu a perna no futebol e vai ficar em casa.", "Rui Costa"),
    ("Nuestro compañero Pablo Ortega se fracturó la muñeca en la obra.", "Pablo Ortega"),
]

HEALTH_NEGATIVES = [
    "Join Dr. Omar Said, our chief cardiologist, for a webinar on heart failure prevention.",
    "Join Dr. Lena Ho, head of oncology, for a free seminar on early cancer screening.",
    "Kidney disease awareness week: talk to Dr. Lena Ho about a check.",
    "Book club pick: a novel where the narrator, Maren Holt, slowly loses her sight to diabetes.",
    "In the novel, the hero Tom Reyes breaks his leg in the first chapter and has a broken arm by the end.",
    "En la novela, la protagonista Elena Mora se rompió la pierna en el capítulo dos.",
    "In de roman heeft de verteller Joost Pauw een gebroken enkel.",
    "Surgery hours change from Monday; Dr. Paul Lee sees walk-ins until noon.",
    "Welcome back Tariq Lund! The new warehouse opens on Monday.",
    "Daan Visser breekt het clubrecord op de 400 meter.",
    "Marta Kowal fixed the broken link on the careers page.",
]


@pytest.mark.parametrize(("text", "person"), HEALTH)
def test_health_in_ordinary_words_of_a_named_person_is_flagged(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


@pytest.mark.parametrize("text", HEALTH_NEGATIVES)
def test_health_talks_campaigns_and_fiction_are_not_flagged(categories, text) -> None:
    assert CATEGORY not in categories(text)


# {a} {b}: a made-up name.
_HEALTH_TEMPLATES = [
    # English reads a name the model does not know through a relative pronoun or a greeting
    "Our striker {a} {b}, who has a broken ankle, misses the rest of the season.",
    "Get well soon {a} {b}! So glad the spinal surgery went well.",
    "Night porter {a} {b}, who has been battling kidney failure, still came in.",
    "Onze spits {a} {b} heeft een gebroken enkel en mist de rest van het seizoen.",
    "Unser Kollege {a} {b} hat sich den Arm gebrochen.",
    "Notre collègue {a} {b} s'est cassé le poignet au ski.",
]


@common
@given(template=st.sampled_from(_HEALTH_TEMPLATES), a=NAME, b=NAME)
def test_health_in_ordinary_words_flags_any_named_person(findings, template, a, b) -> None:
    assert_flagged_on(findings, template.format(a=a, b=b), f"{a} {b}")


_HEALTH_NEGATIVE_TEMPLATES = [
    "Join Dr. {a} {b}, our head of oncology, for a webinar on cancer screening.",
    "Book club pick: a novel where the narrator, {a}, slowly loses her memory to dementia.",
]


@common
@given(template=st.sampled_from(_HEALTH_NEGATIVE_TEMPLATES), a=NAME, b=NAME)
def test_health_talks_and_novels_stay_clean_for_any_name(categories, template, a, b) -> None:
    assert CATEGORY not in categories(template.format(a=a, b=b))
