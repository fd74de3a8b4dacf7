"""A named person with a sensitive fact said in ordinary words: time served for a crime, a salary asked
about or compared, a letter sent to someone's home address in a note "for the office", Hinglish, a
Chinese name without a title, a French name after "à" with the fact in apposition. And the hard
negatives of each family: a company's address, a public role, history, unnamed people, IT posts.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.engine.person_sensitive.person_cases import NAME as _NAME
from tests.engine.person_sensitive.person_cases import common

CATEGORY = "pii.person_sensitive"

SENSITIVE = [
    # Criminal records in ordinary words.
    ("Heads up: Kieran Doyle did 3 years for burglary before he joined us.", "Kieran Doyle"),
    ("Don't trust Megan Price with the till, she has a record for theft.", "Megan Price"),
    ("Everyone knows Owen Barker served time in the nineties.", "Owen Barker"),
    ("Liam Foster spent 6 months behind bars for assault.", "Liam Foster"),
    ("Onze nieuwe chauffeur Bram Kuipers zat 2 jaar vast voor heling.", "Bram Kuipers"),
    ("Unser neuer Fahrer Jens Albrecht saß 3 Jahre wegen Betrugs im Knast.", "Jens Albrecht"),
    ("Le nouveau livreur Hugo Lambert a purgé une peine pour vol.", "Hugo Lambert"),
    ("El nuevo repartidor Pablo Herrera cumplió condena por estafa.", "Pablo Herrera"),
    ("Il nuovo autista Luca Fabbri ha scontato due anni per furto.", "Luca Fabbri"),
    ("O nosso novo motorista Rui Carvalho já cumpriu pena por roubo.", "Rui Carvalho"),
    # Salaries asked about or compared.
    ("Wait, Tyler Reed earns $140,000 a year? As an intern?", "Tyler Reed"),
    ("Serieus: Lotte Mulder verdient €95.000 en ik niet?", "Lotte Mulder"),
    ("Wusstest du, dass Jonas Krüger verdient € 80.000 als Werkstudent?", "Jonas Krüger"),
    ("Sérieux, notre stagiaire Camille Girard gagne plus que son chef ?", "Camille Girard"),
    ("¿En serio Marta Vidal gana más que el director?", "Marta Vidal"),
    ("Davvero Giulia Conti guadagna il doppio di me?", "Giulia Conti"),
    # A document sent to someone's home address, in a note for the office.
    ("Note for the office team: Craig Hollis's P60 was posted to his home address, 42 Elm Lane, Leeds.",
     "Craig Hollis"),
    # Hinglish.
    ("Yaar, Ananya Iyer ka ghar ka address hai 9 Park Road, Chennai 600017, wahan bhejo.", "Ananya Iyer"),
    ("Bhai, Vikram Singh ko kal company ne nikal diya.", "Vikram Singh"),
    ("Suna hai Neha Kapoor kal se hospital mein admit hai, sab pray karo.", "Neha Kapoor"),
    # Chinese names without a title before a dismissal, a health fact.
    ("王磊因为泄露客户资料已被公司开除。", "王磊"),
    ("张伟上周确诊了癌症，这个月不来上班。", "张伟"),
    ("据说，刘芳被辞退了。", "刘芳"),
    # French: a name after "à" with the fact in apposition.
    ("Toute l'équipe pense à Léa Fontaine, hospitalisée depuis mardi.", "Léa Fontaine"),
    ("Nos pensées vont à Marc Dubois, condamné pour fraude la semaine dernière.", "Marc Dubois"),
]  # fmt: skip

NOT_SENSITIVE = [
    # IT and network posts: versions and addresses are no ages.
    "Our VPN subnet is 10.8.0.0/16 and Docker Desktop defaults clash with it.",
    "The API gateway is 172.31.0.1 — ask Kim Novak in networking if routes break.",
    "Kubernetes 1.29 is 129 days old today, said Priya Das from platform.",
    # A company's address, even near an employee's name.
    "Hamara naya office hai 5 Brigade Road, Bengaluru 560025 — Rahul Verma se milo.",
    "Note for the office: our new showroom at 12 Kings Road, London SW3 4RP, is run by Tom Haynes.",
    # Public roles and history.
    "毛泽东是中华人民共和国的创始人。",
    "Nos pensées vont à Paris, ville hôte des Jeux.",
    "Vaga aberta em Belo Horizonte, R$ 6.000 a R$ 7.000 mensais.",
    # News about unnamed people; a salary with no one.
    "Three employees were convicted of fraud, the court said.",
    "Junior consultants verdienen gemiddeld €45.000 per jaar.",
    "周末公司被罚款了。",
    "许多员工被辞退了。",
    # A place whose name starts with a surname runs on past a name's length.
    "张家界景区的员工被辞退。",
    "Bhai, salary day kab hai? Sab wait kar rahe hain.",
]


@pytest.mark.parametrize(("text", "person"), SENSITIVE)
def test_a_named_person_with_a_fact_in_ordinary_words_is_flagged(findings, text: str, person: str) -> None:
    found = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert any(person in span for span in found), (text, found)


@pytest.mark.parametrize("text", NOT_SENSITIVE)
def test_the_hard_negatives_of_those_families_are_not_flagged(categories, text: str) -> None:
    assert CATEGORY not in categories(text)


@common
@given(
    first=_NAME,
    last=_NAME,
    months=st.integers(2, 30),
    unit=st.sampled_from(["months", "years"]),
    crime=st.sampled_from(["fraud", "theft", "assault", "burglary"]),
    verb=st.sampled_from(["did", "spent", "served"]),
)
def test_time_served_for_a_crime_by_a_titled_name_is_flagged(
    findings, first: str, last: str, months: int, unit: str, crime: str, verb: str
) -> None:
    text = f"FYI: Mr. {first} {last} {verb} {months} {unit} for {crime}."
    assert any(f"{first} {last}" in text[f.start : f.end] for f in findings(text, CATEGORY)), text


@common
@given(
    octets=st.tuples(*[st.integers(0, 255)] * 4),
    prefix=st.integers(8, 30),
    name=st.sampled_from(["Docker Desktop", "Kim Novak", "Raj Patel"]),
)
def test_a_network_address_after_is_is_no_age(
    categories, octets: tuple[int, ...], prefix: int, name: str
) -> None:
    """ "is 172.20.0.0/16" states an address, not that someone is 172."""
    address = ".".join(map(str, octets))
    text = f"Our cluster CIDR is {address}/{prefix} — {name} set it up."
    assert CATEGORY not in categories(text), text


_HAN = st.text(alphabet="伟磊芳娜静敏丽强军杰涛明超勇艳", min_size=1, max_size=2)


@common
@given(
    surname=st.sampled_from(["王", "李", "张", "刘", "陈", "杨", "赵", "吴"]),
    given_name=_HAN,
    fact=st.sampled_from(["因为多次迟到已被公司辞退。", "上个月被解雇了。", "确诊了癌症。"]),
    before=st.sampled_from(["", "听说，", "注意：", "Update: "]),
)
def test_a_chinese_name_at_a_clauses_start_with_a_sensitive_fact_is_flagged(
    findings, surname: str, given_name: str, fact: str, before: str
) -> None:
    text = f"{before}{surname}{given_name}{fact}"
    name = surname + given_name
    assert any(name in text[f.start : f.end] for f in findings(text, CATEGORY)), text
