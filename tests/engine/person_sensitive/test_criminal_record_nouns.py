"""A criminal record or a conviction told as a noun of a named person (own cases, other names and
wordings than the sets that showed the class): "ha una condanna per frode", "tiene una condena por
estafa", "eine Verurteilung wegen Betrugs", "une condamnation pour escroquerie", "een veroordeling voor
fraude", "uma condenação por fraude", "有犯罪记录", "범죄 기록", "逮捕歴". Hard negatives: the verb of
condemning ("l'azienda condanna ogni violenza"), a firm fined or convicted and quoted through its
spokesperson, a court as a place.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.engine.person_sensitive.person_cases import NAME, assert_flagged_on, common

CATEGORY = "pii.person_sensitive"

RECORDS = [
    ("Il magazziniere Luca Ferri ha due condanne per furto.", "Luca Ferri"),
    ("Attenzione: il consulente Piero Galli ha una condanna definitiva per truffa.", "Piero Galli"),
    ("Nuestro proveedor Andrés Peña tiene una condena por estafa de 2018.", "Andrés Peña"),
    ("Der neue Lieferant Stefan Roth hat eine Verurteilung wegen Betrugs.", "Stefan Roth"),
    ("Le nouveau prestataire Hugo Lemaire a une condamnation pour escroquerie.", "Hugo Lemaire"),
    ("De nieuwe leverancier Kees Bakker heeft een veroordeling voor fraude.", "Kees Bakker"),
    ("O fornecedor Tiago Nunes tem uma condenação por fraude fiscal.", "Tiago Nunes"),
    ("刘洋有犯罪记录，不能录用。", "刘洋"),
    ("박성호 씨는 범죄 기록이 있어서 채용이 어렵습니다.", "박성호 씨"),
    ("山田さんは逮捕歴があるらしい。", "山田さん"),
]

RECORD_NEGATIVES = [
    "L'azienda condanna ogni forma di violenza, ha detto Marco Testa.",
    "Notre directrice Claire Dubois exprime sa condamnation de l'attaque.",
    "The bank's conviction for price fixing was overturned, said spokesperson Dana Holt.",
    "La société a été condamnée à une amende, précise son porte-parole Paul Martin.",
    "Der Konzern wurde wegen Kartellabsprachen verurteilt, sagt Sprecherin Anna Schulz.",
    "La empresa Alfa recibió una multa y una condena por cártel; lo explica su portavoz Ana Ruiz.",
    "Het bedrijf kreeg een boete en een veroordeling wegens kartelvorming, aldus woordvoerder Pieter Jansen.",
    "El tribunal de Sevilla, donde trabaja Ana Ruiz, abre a las nueve.",
    "Dana Holt will speak at Crown Court Hall on Friday about careers in law.",
    "公司被罚款200万元，发言人王伟表示接受。",
]


@pytest.mark.parametrize(("text", "person"), RECORDS)
def test_a_conviction_told_as_a_noun_is_flagged(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


@pytest.mark.parametrize("text", RECORD_NEGATIVES)
def test_condemning_firms_fines_and_courts_are_not_flagged(categories, text) -> None:
    assert CATEGORY not in categories(text)


# {a} {b}: a made-up name; {crime}: an offence in the template's language.
_RECORD_TEMPLATES = [
    "Il nuovo fornitore, {a} {b}, ha una condanna per {crime} del 2019.",
    "Ojo: el proveedor {a} {b} tiene una condena por {crime}.",
    "Le prestataire {a} {b} a une condamnation pour {crime}.",
    "De leverancier {a} {b} heeft een veroordeling voor {crime}.",
]
_CRIMES = ["frode", "fraude", "furto", "estafa", "escroquerie", "diefstal"]


@common
@given(template=st.sampled_from(_RECORD_TEMPLATES), a=NAME, b=NAME, crime=st.sampled_from(_CRIMES))
def test_a_conviction_noun_flags_any_named_person(findings, template, a, b, crime) -> None:
    assert_flagged_on(findings, template.format(a=a, b=b, crime=crime), f"{a} {b}")


_FIRM_TEMPLATES = [
    "La società è stata multata e ha una condanna per cartello, spiega il portavoce {a} {b}.",
    "The firm's conviction for price fixing stands, said spokesperson {a} {b}.",
]


@common
@given(template=st.sampled_from(_FIRM_TEMPLATES), a=NAME, b=NAME)
def test_a_firms_conviction_stays_clean_for_any_spokesperson(categories, template, a, b) -> None:
    assert CATEGORY not in categories(template.format(a=a, b=b))
