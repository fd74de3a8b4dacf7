"""A product said to protect against a disease (round 14, class 3): "schützen zuverlässig vor Corona
und Grippe", "protects you from colds", "protège contre la grippe", "protegen contra la gripe", "ti
protegge dall'influenza". A vaccine or hand washing advised by a health authority, a hedge ("may
help"), the past, a question and protection from anything that is no disease stay clean.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

HEALTH = "claims.health"
common = settings(max_examples=80, deadline=None)

PROTECTION_CLAIMS = [
    "Unser Zink-Spray schützt vor Erkältungen.",
    "Our elderberry gummies protect you from colds and flu.",
    "This supplement protects against the flu all winter.",
    "Ce complément vous protège du rhume.",
    "Nuestras cápsulas de equinácea protegen contra la gripe y el resfriado.",
    "Este jarabe te protege del covid.",
    "Le nostre gocce di vitamina C proteggono dall'influenza.",
    "Questo integratore ti protegge dal raffreddore.",
]
CLEAN = [
    "Our sunscreen protects your skin from UV rays.",
    "The flu vaccine protects you from severe illness, says the NHS.",
    "Das RKI empfiehlt: Die Impfung schützt vor schweren Verläufen.",
    "Vitamin C may support your immune system.",
    "Vitamin C may help protect against colds.",
    "In 1918, people believed garlic protected them from the flu.",
    "Our raincoat protects you from the rain.",
    "Wash your hands to protect yourself from colds.",
    "La vaccination protège contre la grippe, rappelle Santé publique France.",
    "Does zinc protect you from colds?",
    "Our gummies don't protect you from the flu, only a vaccine does.",
]


@pytest.mark.parametrize("text", PROTECTION_CLAIMS)
def test_a_product_protecting_against_a_disease_is_flagged(categories, text: str) -> None:
    assert HEALTH in categories(text)


@pytest.mark.parametrize("text", CLEAN)
def test_vaccines_hedges_history_questions_and_non_diseases_stay_clean(categories, text: str) -> None:
    assert HEALTH not in categories(text)


# Per language: a product protecting against {disease}, and a vaccine doing it on an authority's word.
FRAMES = {
    "en": (
        "Our {product} protects you from {disease}.",
        "The vaccine protects you from {disease}, says the CDC.",
    ),
    "de": (
        "Unser {product} schützt zuverlässig vor {disease}.",
        "Die Impfung schützt vor {disease}, sagt das RKI.",
    ),
    "fr": (
        "Notre {product} protège contre la {disease}.",
        "Le vaccin protège contre la {disease}, selon l'OMS.",
    ),
    "es": (
        "Nuestro {product} protege contra la {disease}.",
        "La vacuna protege contra la {disease}, según el ministerio.",
    ),
    "it": (
        "Il nostro {product} protegge dalla {disease}.",
        "Il vaccino protegge dalla {disease}, secondo il ministero.",
    ),
}  # fmt: skip
DISEASES = {
    "en": ["colds", "flu", "influenza", "covid"],
    "de": ["Grippe", "Erkältungen", "Corona", "Viren"],
    "fr": ["grippe", "covid"],
    "es": ["gripe", "covid"],
    "it": ["influenza", "covid"],
}
PRODUCTS = ["Vitamin-Spray", "Zink", "Propolis", "Holunder-Sirup", "gummy", "tea"]


@common
@given(data=st.data(), language=st.sampled_from(sorted(FRAMES)), product=st.sampled_from(PRODUCTS))
def test_protection_claimed_by_a_product_is_flagged_and_by_a_vaccine_is_not(
    categories, data, language: str, product: str
) -> None:
    disease = data.draw(st.sampled_from(DISEASES[language]))
    claim, advice = FRAMES[language]
    assert HEALTH in categories(claim.format(product=product, disease=disease))
    assert HEALTH not in categories(advice.format(disease=disease))
