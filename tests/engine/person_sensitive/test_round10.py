"""A named person with a sensitive fact in the phrasings of round 10 (own cases, other names and
wordings than the set that showed each class): pay with "paid" after the verb, in a code-mixed draft
too; pay with words between verb and amount, or an amount marked gross/net (de, fr); religion as an
attribute in a sentence that mentions a holiday; an HIV-positive status; a Hinglish diagnosis; the age
someone retires at (en, de, fr); redundancy taken; records and dismissals in Polish, Swedish, Chinese;
Turkish health with the evidential copula. And the hard negatives: an airport terminal, money back,
a job advert's gross pay, experience in years, a holiday greeting.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.engine.person_sensitive.person_cases import NAME, assert_flagged_on, common

CATEGORY = "pii.person_sensitive"

SENSITIVE = [
    ("ok so Tomasz Krol gets paid $88k now?? wild", "Tomasz Krol"),
    ("Oye, dicen que Marisol Vega is getting paid $74k, es verdad?", "Marisol Vega"),
    ("Kurz notiert: Jonas Keller bekommt ab April 64.000 € im Jahr.", "Jonas Keller"),
    ("btw Sabine Roth verdient seit März 91.200 € brutto.", "Sabine Roth"),
    ("Entre nous, Mathis Girard touche 47 500 € brut annuel maintenant.", "Mathis Girard"),
    ("Meet Daniel Kaplan, our Reform Jewish head of sales, off for the holidays next week.", "Daniel Kaplan"),
    ("Dear Ms. Okafor, your HIV-positive result has been added to your employee file.", "Okafor"),
    ("Bhai, Sunil Mehta ko blood cancer diagnose hua hai, prayers please.", "Sunil Mehta"),
    ("Congratulations to Gordon Pike, who retires at 64 after 30 years with us.", "Gordon Pike"),
    ("Unsere Kollegin Renate Vogt geht mit 63 in Rente, wir sagen danke!", "Renate Vogt"),
    ("Notre collègue Bernard Lemoine part à la retraite à 61 ans vendredi.", "Bernard Lemoine"),
    ("Imogen Blake accepted voluntary redundancy after 9 years, cake on Friday!", "Imogen Blake"),
    ("Karolina Mazur była karana za oszustwo, więc uważajcie.", "Karolina Mazur"),
    ("Erik Lindgren har fått sparken, säg inget till kunden.", "Erik Lindgren"),
    ("市场部的刘志强去年因为打架被判刑了。", "刘志强"),
    ("Satış ekibinden Ayşe Demir hamileymiş, bu yüzden doğum iznine çıkacak.", "Ayşe Demir"),
]

NOT_SENSITIVE = [
    "Lost my phone near Terminal 5 this morning, if found please call Priya on the hotel desk.",
    "Lena Fischer bekommt beim Kauf ab heute 20 € zurück.",
    "Wir suchen eine Buchhalterin: 52.000 € brutto, bewirb dich bis Juni.",
    "Happy holidays to all our Jewish and Christian customers from the whole team!",
    "Our new terminal server is live; ask Omar Haddad for access.",
    "Retirement planning webinar: most people retire at 67 in Germany, says Clara Weiss.",
]


@pytest.mark.parametrize(("text", "person"), SENSITIVE)
def test_round10_person_fact_is_flagged_on_the_person(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


@pytest.mark.parametrize("text", NOT_SENSITIVE)
def test_round10_hard_negative_is_no_ones_fact(categories, text) -> None:
    assert CATEGORY not in categories(text)


# {a} {b}: a made-up name; {n}: an amount or an age.
_TEMPLATES = [
    "{a} {b} is being paid ${n}k now, crazy right?",
    "Pour info, {a} {b} touche {n} 000 € brut annuel.",
    "{a} {b} has taken the redundancy package, drinks at six.",
    "{a} {b} har fått sparken igår.",
    "{a} {b}, who retires at {n} next month, is hosting drinks.",
]


@common
@given(template=st.sampled_from(_TEMPLATES), a=NAME, b=NAME, n=st.integers(min_value=45, max_value=99))
def test_round10_fact_classes_flag_any_named_person(findings, template, a, b, n) -> None:
    assert_flagged_on(findings, template.format(a=a, b=b, n=n), f"{a} {b}")
