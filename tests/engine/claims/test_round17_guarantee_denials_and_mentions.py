"""Round 17: a guarantee denied by its sentence's subject or its words mentioned is not made.

Classes closed (claims.guarantee, claims.guarantee.<language>): the ``&denied_subject`` and
``&mentioned_words`` expressions of each claims file's ``denials_before`` (written once in the guarantee
rule, read by the health rule too): "No fund on this platform offers guaranteed returns", "Kein
Produkt unserer Bank bietet garantierte Renditen", "Ningún fondo ... tiene rentabilidad garantizada";
"the words risk-free", "les mentions « rendement garanti »".
Hard positives: "No-risk guaranteed returns" (a hyphenated "no" is an adjective), "No lock-in and
guaranteed 8% returns" (a new clause), a guarantee made of our fund.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

GUARANTEE = "claims.guarantee"
common = settings(max_examples=50, deadline=None)

NOT_MADE = [
    "No account at any bank comes with guaranteed returns.",
    "Not a single fund in our range offers a guaranteed return.",
    "Kein Produkt unserer Bank bietet garantierte Renditen.",
    "Geen enkel product van onze bank biedt gegarandeerd rendement.",
    "Ningún fondo de nuestra gestora tiene rentabilidad garantizada.",
    "Nenhum fundo da nossa casa tem retorno garantido.",
    "Nessun investimento della nostra banca offre rendimenti garantiti.",
    "The regulator says the words risk-free need a disclaimer.",
    "Les mentions « rendement garanti » sont interdites par l'AMF.",
    "Ads may not use terms such as guaranteed returns for funds.",
]

MADE = [
    "No-risk guaranteed returns, join today.",
    "No lock-in and guaranteed 8% returns every year.",
    "Our fund offers guaranteed returns.",
    "No fees, no lock-in: our fund pays guaranteed returns of 7% a year!",
]


@pytest.mark.parametrize("text", NOT_MADE)
def test_a_guarantee_denied_by_its_subject_or_mentioned_is_not_made(categories, text: str) -> None:
    assert GUARANTEE not in categories(text)


@pytest.mark.parametrize("text", MADE)
def test_a_guarantee_after_an_adjective_or_a_new_clause_is_made(categories, text: str) -> None:
    assert GUARANTEE in categories(text)


FRAMES = {
    "en": (
        "No {p} on our platform offers guaranteed returns.",
        "Our {p} offers guaranteed returns.",
        ["fund", "account", "plan"],
    ),
    "de": (
        "Kein {p} unserer Bank bietet garantierte Renditen.",
        "Unser {p} bietet garantierte Renditen.",
        ["Fonds", "Konto", "Sparplan"],
    ),
    "es": (
        "Ningún {p} de nuestra gestora tiene rentabilidad garantizada.",
        "Nuestro {p} tiene rentabilidad garantizada.",
        ["fondo", "plan", "depósito"],
    ),
    "it": (
        "Nessun {p} della nostra banca offre rendimenti garantiti.",
        "Il nostro {p} offre rendimenti garantiti.",
        ["fondo", "conto", "piano"],
    ),
}


@common
@given(lang=st.sampled_from(sorted(FRAMES)), index=st.integers(0, 2), denied=st.booleans())
def test_a_subject_denial_drops_the_guarantee_in_any_language(
    categories, lang: str, index: int, denied: bool
) -> None:
    denial, claim, products = FRAMES[lang]
    text = (denial if denied else claim).format(p=products[index])
    assert (GUARANTEE in categories(text)) == (not denied)
