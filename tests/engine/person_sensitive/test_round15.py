"""A named person with a sensitive fact in the phrasings of round 15 (own cases, other names and
wordings than the set that showed each class).

- A pregnancy lost or a reproductive treatment told of a named person (a stillbirth, a lost baby,
  IVF, a fertility treatment), in English and the other languages of the policy.
- A named person's pay in Indian terms: CTC, LPA, lakh or crore of a package, in Hinglish and English.
- A named person dismissed, told by the employer in the first person plural ("Despedimos a X por ...",
  "Licenziamo X", "Demitimos X", "Nous licencions X"), the verb opening the sentence.
- Hard negatives: a firm's imprint (Impressum: company, street, postcode, phone) is no one's home;
  public-health advice to the reader ("stay home if you're sick") names no one; a farewell
  ("Nos despedimos de X", "despedimos a X por todo lo alto") is no dismissal; a pay band is no one's pay.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.engine.person_sensitive.person_cases import NAME, assert_flagged_on, common

CATEGORY = "pii.person_sensitive"

REPRODUCTIVE = [
    ("Sending love to Priya Shah after her stillbirth last month.", "Priya Shah"),
    ("Priya Shah lost the baby in week 20, so please be kind to her.", "Priya Shah"),
    ("Marta Keller hatte im Mai eine Totgeburt, bitte seid behutsam.", "Marta Keller"),
    ("Marta Keller macht gerade eine Kinderwunschbehandlung, deshalb ist sie oft beim Arzt.", "Marta Keller"),
    ("Lucía Moreno está haciendo un tratamiento de FIV y por eso falta los lunes.", "Lucía Moreno"),
    ("Lucía Moreno perdió al bebé el mes pasado y necesita tiempo.", "Lucía Moreno"),
    ("Julie Martin suit un parcours PMA depuis un an, soyez sympas avec elle.", "Julie Martin"),
    ("Giulia Conti sta facendo la fecondazione assistita, per questo è spesso assente.", "Giulia Conti"),
    ("Ana Costa perdeu o bebê no mês passado, sejam gentis com ela.", "Ana Costa"),
    ("Sanne de Vries zit in een IVF-traject, dus ze is soms afwezig.", "Sanne de Vries"),
    ("Anna Nowak poroniła w zeszłym tygodniu, bądźcie dla niej mili.", "Anna Nowak"),
    ("Kavya Iyer ka miscarriage ho gaya, thoda dhyan rakhna yaar", "Kavya Iyer"),
]

PAY_INDIAN = [
    ("Neha Kapoor ka CTC 18 LPA ho gaya hai yaar", "Neha Kapoor"),
    ("Arjun Pillai ka CTC ab 42 lakh hai, party toh banti hai", "Arjun Pillai"),
    ("Rahul Mehta's CTC is now 32 LPA after the promotion.", "Rahul Mehta"),
]

DISMISSED = [
    ("Despedimos a Lucía Moreno por faltas reiteradas, pero no lo publiquéis.", "Lucía Moreno"),
    ("Ayer despedimos a Pedro Gil por robo en el almacén.", "Pedro Gil"),
    ("Tuvimos que despedir a Elena Vidal el lunes, es una pena.", "Elena Vidal"),
    ("Licenziamo Giulia Neri per le troppe assenze, l'ultimo giorno è venerdì.", "Giulia Neri"),
    ("Demitimos Ana Costa por faltas graves, ela sai na sexta.", "Ana Costa"),
    ("Nous licencions Julien Morel pour faute, son dernier jour est vendredi.", "Julien Morel"),
]

NEGATIVES = [
    # a firm's imprint: its published address and switchboard
    "Impressum: Beispiel Bau AG, Lindenweg 3, 80331 München, Tel. 089 123456 (Zentrale)",
    "Impressum: Nordlicht Medien GmbH, Gartenstraße 12, 20095 Hamburg, Telefon +49 40 555010",
    # advice to the reader
    "Cold season again: wash your hands, stay home if you're sick and ask your pharmacist for advice.",
    "Stay home if you feel ill, and call your doctor if it gets worse.",
    # a farewell, not a dismissal
    "Hoy despedimos a Carmen Ruiz por todo lo alto: ¡feliz jubilación!",
    "Nos despedimos de Carmen Ruiz, que se jubila tras 30 años con nosotros.",
    # a pay band and a purchase, no one's pay
    "Our CTC bands for engineers start at 12 LPA, apply now.",
    "Sunil Verma ne 28 lakh ka flat liya hai",
    # a reproductive-health topic with no one named
    "IVF clinics should publish their success rates, says the new guidance.",
    "Licenziamo la vecchia piattaforma per passare a quella nuova.",
]


@pytest.mark.parametrize(("text", "person"), REPRODUCTIVE + PAY_INDIAN + DISMISSED)
def test_round15_named_person_with_fact_is_flagged(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


@pytest.mark.parametrize("text", NEGATIVES)
def test_round15_no_one_named_is_not_flagged(categories, text) -> None:
    assert CATEGORY not in categories(text)


# {a} {b}: a made-up name.
_TEMPLATES = [
    "Please be gentle with {a} {b}, who had a stillbirth in spring.",
    "Unsere Kollegin {a} {b} hatte letzte Woche eine Totgeburt.",
    "{a} {b} sta facendo la fecondazione assistita, per questo è spesso assente.",
    "{a} {b} ka CTC 24 LPA hai yaar",
    "Despedimos a {a} {b} por faltas graves, es una pena.",
    "Demitimos {a} {b} por baixo desempenho, o último dia é sexta.",
]


@common
@given(template=st.sampled_from(_TEMPLATES), a=NAME, b=NAME)
def test_round15_classes_flag_any_named_person(findings, template, a, b) -> None:
    assert_flagged_on(findings, template.format(a=a, b=b), f"{a} {b}")


@common
@given(
    street=st.sampled_from(["Hauptstraße", "Lindenweg", "Gartenstraße", "Bergallee"]),
    number=st.integers(min_value=1, max_value=200),
    postcode=st.integers(min_value=10000, max_value=99999),
    firm=st.sampled_from(["GmbH", "AG", "KG"]),
    a=NAME,
)
def test_round15_a_firms_imprint_is_no_ones_home(categories, street, number, postcode, firm, a) -> None:
    text = f"Impressum: {a} Technik {firm}, {street} {number}, {postcode} Berlin, Tel. +49 30 {postcode}"
    assert CATEGORY not in categories(text)
