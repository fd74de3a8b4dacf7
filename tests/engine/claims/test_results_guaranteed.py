"""Guarantees of results beyond money (round 14, class 2): an exam or contest passed ("réussite garantie
au concours", "aprobado garantizado", "slaag je gegarandeerd"), a search ranking ("page 1 on Google
guaranteed"), a "can't-lose deal", and a product's effect vouched for by the adverb ("senkt garantiert
den Blutdruck"). Warranties, money-back offers, service times, denials and questions stay clean.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

GUARANTEE = "claims.guarantee"
common = settings(max_examples=80, deadline=None)

RESULTS_GUARANTEED = [
    "Réussite garantie au bac avec nos cours.",
    "Con nuestra academia, aprobado garantizado en las oposiciones.",
    "Con il nostro corso, promozione garantita all'esame di Stato.",
    "Superamento garantito del concorso pubblico!",
    "Met onze cursus slaag je gegarandeerd voor je rijexamen.",
    "Slagen gegarandeerd voor het CBR-examen!",
    "Top 3 ranking on Google guaranteed within 90 days.",
    "Guaranteed #1 spot on Amazon search for your product.",
    "It's a no-lose deal for your portfolio.",
    "Honestly this course is a can't-lose investment.",
    "Diese Creme glättet garantiert jede Falte.",
    "Onze siroop verlaagt gegarandeerd je cholesterol.",
]
CLEAN = [
    "Aucune réussite n'est garantie au concours, méfiez-vous des promesses.",
    "Is page 1 on Google guaranteed? No honest agency can promise that.",
    "It's a no-lose situation for both teams tonight.",
    "Die Lieferung kommt garantiert morgen.",
    "Zwei Jahre Garantie auf alle Geräte, Geld zurück innerhalb von 30 Tagen.",
    "Réponse garantie sous 24 heures.",
    "Nadie puede garantizar el aprobado en las oposiciones.",
    "We answer every ticket within 4 hours, guaranteed.",
    "Geen enkele cursus garandeert dat je slaagt voor het examen.",
]


@pytest.mark.parametrize("text", RESULTS_GUARANTEED)
def test_a_result_guaranteed_is_flagged(categories, text: str) -> None:
    assert GUARANTEE in categories(text)


@pytest.mark.parametrize("text", CLEAN)
def test_warranties_service_times_denials_and_questions_stay_clean(categories, text: str) -> None:
    assert GUARANTEE not in categories(text)


# Per language: a result promised around {exam}, and the same words denied.
EXAM_FRAMES = {
    "fr": ("Avec nous, réussite garantie au {exam} !", "Aucune réussite n'est garantie au {exam}."),
    "es": ("Con nosotros, aprobado garantizado en el {exam}.", "Nadie garantiza el aprobado en el {exam}."),
    "it": ("Con noi, promozione garantita al {exam}!", "Nessuna promozione è garantita al {exam}."),
    "nl": ("Bij ons slaag je gegarandeerd voor het {exam}.", "Niemand slaagt gegarandeerd voor het {exam}."),
    "pt": ("Conosco, aprovação garantida no {exam}.", "Nenhuma aprovação é garantida no {exam}."),
}  # fmt: skip
EXAMS = ["examen", "concours", "test", "CBR-examen", "vestibular", "esame", "bac"]


@common
@given(language=st.sampled_from(sorted(EXAM_FRAMES)), exam=st.sampled_from(EXAMS))
def test_exam_success_promised_is_flagged_and_denied_is_not(categories, language: str, exam: str) -> None:
    promised, denied = EXAM_FRAMES[language]
    assert GUARANTEE in categories(promised.format(exam=exam))
    assert GUARANTEE not in categories(denied.format(exam=exam))


@common
@given(
    rank=st.sampled_from(["Page 1", "Top 3 ranking", "First-page ranking", "#1 spot"]),
    engine_name=st.sampled_from(["Google", "Bing", "YouTube", "Amazon"]),
    days=st.integers(min_value=7, max_value=180),
)
def test_a_ranking_guaranteed_is_flagged_and_asked_is_not(
    categories, rank: str, engine_name: str, days: int
) -> None:
    assert GUARANTEE in categories(f"{rank} on {engine_name} guaranteed within {days} days.")
    assert GUARANTEE not in categories(f"Is {rank.lower()} on {engine_name} guaranteed within {days} days?")
