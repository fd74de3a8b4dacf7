"""Round 16, claims.guarantee (and claims.health): rules/default/claims-results-guaranteed.yaml.

1. A pass promised with German "garantiert" and the first attempt, in either order: "bestehst du
   garantiert beim ersten Mal", "schaffen Sie die Prüfung auf Anhieb garantiert"
   (pass_first_time_guaranteed_de).
2. A cure guaranteed, the noun of a cure and the word of a guarantee, in French, Spanish, Portuguese,
   Italian, German, Dutch and Polish: "guérison garantie", "garantierte Heilung", "guarigione garantita".
   A promise of a cure is both a guarantee and a health claim (claims.health.cure_guaranteed).
Hard negatives: a denial ("aucune guérison n'est garantie", "nicht garantiert"), a question, a pass
without the guarantee, a healing that takes time.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

GUARANTEE = "claims.guarantee"
HEALTH = "claims.health"
common = settings(max_examples=60, deadline=None)

PASSES = [
    "Mit unserem Intensivkurs bestehst du die Theorieprüfung garantiert beim ersten Versuch.",
    "Bei uns schaffen Sie das Abitur auf Anhieb garantiert.",
    "Du bestehst garantiert im ersten Anlauf, versprochen!",
]
CURES = [
    "Guérison garantie de votre psoriasis en trois semaines.",
    "Curación garantizada de la artritis con nuestras cápsulas.",
    "Cura garantida da enxaqueca em 10 dias!",
    "Guarigione garantita dalla psoriasi con il nostro olio.",
    "Garantierte Heilung von Neurodermitis mit unserer Salbe.",
    "Gegarandeerde genezing van eczeem binnen een maand.",
    "Gwarantowane wyleczenie łuszczycy w 30 dni!",
]
CLEAN = [
    "Nicht jeder besteht beim ersten Mal, und das ist völlig okay.",
    "Bestehe ich garantiert beim ersten Mal?",
    "Sie hat die Prüfung auf Anhieb bestanden, Glückwunsch!",
    "Aucune guérison n'est garantie, parlez-en à votre médecin.",
    "Guérison non garantie : chaque patient est différent.",
    "Die Heilung ist nicht garantiert, sagt die Ärztin.",
    "La guarigione richiede tempo e pazienza.",
    "¿La curación está garantizada?",
]


@pytest.mark.parametrize("text", PASSES)
def test_a_pass_at_the_first_attempt_guaranteed_is_flagged(categories, text: str) -> None:
    assert GUARANTEE in categories(text)


@pytest.mark.parametrize("text", CURES)
def test_a_cure_guaranteed_is_a_guarantee_and_a_health_claim(categories, text: str) -> None:
    assert {GUARANTEE, HEALTH} <= categories(text)


@pytest.mark.parametrize("text", CLEAN)
def test_denied_asked_or_unguaranteed_passes_and_cures_stay_clean(categories, text: str) -> None:
    assert not categories(text) & {GUARANTEE, HEALTH}


# Property: a cure guaranteed, per language, and the same cure denied.
CURE_FRAMES = {
    "fr": ("Guérison garantie de {d} avec notre crème.", "Aucune guérison de {d} n'est garantie."),
    "it": ("Guarigione garantita da {d} con la nostra crema.", "Nessuna guarigione da {d} è garantita."),
    "de": ("Garantierte Heilung von {d} mit unserer Creme.", "Eine Heilung von {d} ist nicht garantiert."),
    "es": ("Curación garantizada de {d} con nuestra crema.", "Ninguna curación de {d} está garantizada."),
}
CONDITIONS = {
    "fr": ["l'acné", "l'eczéma", "la migraine"],
    "it": ["acne", "eczema", "emicrania"],
    "de": ["Akne", "Ekzemen", "Migräne"],
    "es": ["el acné", "la migraña", "la psoriasis"],
}


@common
@given(language=st.sampled_from(sorted(CURE_FRAMES)), promised=st.booleans(), data=st.data())
def test_a_cure_guaranteed_is_flagged_unless_denied(categories, language: str, promised: bool, data) -> None:
    condition = data.draw(st.sampled_from(CONDITIONS[language]))
    promise, denial = CURE_FRAMES[language]
    text = (promise if promised else denial).format(d=condition)
    assert (GUARANTEE in categories(text)) == promised


# Property: a pass with "garantiert" and the first attempt, in either order, and without the guarantee.
VERBS = ["bestehst du", "schaffst du", "bestehen Sie", "schaffen Sie"]
OBJECTS = ["die Prüfung", "den Führerschein", "die Theorie", "das Examen"]
FIRST = ["beim ersten Mal", "auf Anhieb", "im ersten Versuch"]


@common
@given(
    verb=st.sampled_from(VERBS),
    obj=st.sampled_from(OBJECTS),
    first=st.sampled_from(FIRST),
    order=st.booleans(),
    guaranteed=st.booleans(),
)
def test_a_first_time_pass_is_a_guarantee_only_with_garantiert(
    categories, verb: str, obj: str, first: str, order: bool, guaranteed: bool
) -> None:
    word = "garantiert " if guaranteed else "hoffentlich "
    middle = f"{word}{first}" if order else f"{first} {word.strip()}"
    text = f"Mit unserer Fahrschule {verb} {obj} {middle}."
    assert (GUARANTEE in categories(text)) == guaranteed
