"""Guarantees of acceptance or approval, and "seguro" as certainty (round 13).

An approval or an acceptance promised ("get approved guaranteed", "100% acceptance", "no one is ever
turned down for our loans", "Annahme garantiert", "accettazione garantita", "gegarandeerde
acceptatie") is a guarantee; a decision said not to be guaranteed, reviewed case by case, or a spam
filter's "zero rejections" is not. Spanish "seguro" is "sure" (and "insurance"): a return sure for the
investor is promised ("rentabilidad segura"), but a company's own profit called sure is the certainty
of a forecast ("cerramos con 300 millones de beneficio seguro"): claims.financial, not a guarantee.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

GUARANTEE = "claims.guarantee"
FINANCIAL = "claims.financial"
WATCHED = {"claims.health", GUARANTEE, FINANCIAL}

common = settings(max_examples=80, deadline=None)

CASES = [
    ("Get approved guaranteed — no medical questions on our funeral plan!", {GUARANTEE}),
    ("100% acceptance on our travel cover, whatever your age.", {GUARANTEE}),
    ("Everyone is accepted, no one is ever turned down for our loans.", {GUARANTEE}),
    ("Zero rejections: every applicant gets our credit card.", {GUARANTEE}),
    ("Annahme garantiert – ohne Gesundheitsfragen.", {GUARANTEE}),
    ("Garantierte Kreditzusage in 24 Stunden!", {GUARANTEE}),
    ("Accettazione garantita al 100%, nessun rifiuto.", {GUARANTEE}),
    ("Gegarandeerde acceptatie, geen medische vragen.", {GUARANTEE}),
    ("Rentabilidad segura del 8 % anual con nuestro fondo.", {GUARANTEE}),
    ("Ganancias seguras para ti cada mes, invierte ya.", {GUARANTEE}),
    ("Cerraremos el ejercicio con 50 millones de beneficio seguro.", {FINANCIAL}),
    ("Ganancia segura: la acción va a subir un 30 % tras la junta.", {FINANCIAL}),
    ("Este trimestre cerramos con 12 millones de ventas aseguradas, y la acción va a subir.", {FINANCIAL}),
    # hard negatives
    ("Approval is not guaranteed and depends on our underwriting criteria.", set()),
    ("Applications are reviewed individually; not everyone will be accepted.", set()),
    ("Nobody replied to our emails, zero rejections from the spam filter though.", set()),
    ("La aprobación no está garantizada.", set()),
    ("Wir garantieren keine Annahme; jeder Antrag wird geprüft.", set()),
    ("El año pasado cerramos con 300 millones de beneficio.", set()),
    ("Seguro de vida con beneficios para toda la familia.", set()),
    ("Contrata tu seguro de hogar hoy.", set()),
    ("Guaranteed delivery by Friday.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_acceptance_promised_is_a_guarantee_and_a_sure_profit_of_ours_is_a_forecast(
    categories, text: str, expected: set[str]
) -> None:
    assert categories(text) & WATCHED == expected


# An acceptance promised per language, and the same decision said to be reviewed, not promised.
ACCEPTANCES = {
    "en": ("Get approved guaranteed on our {p}!", "Approval of our {p} is not guaranteed."),
    "en-100": ("100% acceptance on our {p}.", "Acceptance on our {p} depends on a review."),
    "de": ("{p}: Annahme garantiert.", "{p}: keine Annahme garantiert, jeder Antrag wird geprüft."),
    "it": ("{p}: accettazione garantita.", "{p}: l'accettazione non è garantita."),
    "nl": ("{p}: gegarandeerde acceptatie.", "{p}: acceptatie niet gegarandeerd."),
    "es": ("{p}: aprobación garantizada.", "{p}: la aprobación no está garantizada."),
}
PRODUCTS = ["life cover", "travel insurance", "credit card", "personal loan", "funeral plan"]


@common
@given(
    language=st.sampled_from(sorted(ACCEPTANCES)),
    product=st.sampled_from(PRODUCTS),
    promised=st.booleans(),
)
def test_an_acceptance_promised_is_a_guarantee_in_every_language_and_denied_is_not(
    categories, language: str, product: str, promised: bool
) -> None:
    claim, denied = ACCEPTANCES[language]
    text = (claim if promised else denied).format(p=product)
    assert (GUARANTEE in categories(text)) == promised


# Our own result called sure is never a guarantee; the investor's return called sure always is.
OUR_RESULTS = ["beneficio seguro", "beneficios seguros", "ganancias seguras", "ingresos seguros"]
RETURNS = ["rentabilidad segura", "intereses seguros", "rendimiento seguro", "dividendos seguros"]


@common
@given(
    amount=st.integers(min_value=2, max_value=900),
    ours=st.sampled_from(OUR_RESULTS),
    theirs=st.sampled_from(RETURNS),
    investor=st.booleans(),
)
def test_seguro_promises_the_investor_a_return_but_only_vouches_for_our_own_profit(
    categories, amount: int, ours: str, theirs: str, investor: bool
) -> None:
    if investor:
        text = f"Con nuestro fondo, {theirs} del {amount % 20 + 1} % cada año."
        assert GUARANTEE in categories(text)
    else:
        text = f"Este año cerramos con {amount} millones de {ours}."
        found = categories(text)
        assert GUARANTEE not in found
        assert FINANCIAL in found
