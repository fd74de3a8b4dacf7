"""Round 18: a result guaranteed by a date (claims.guarantee).

Class closed: the guarantee opening its sentence, a few words of the result and a time in days, weeks or
months ("Guaranteed debt-free within 12 months", "Garantiert 5 kg weniger in 2 Wochen", "Gegarandeerd
pijnvrij binnen twee weken", "Garantizado: sin deudas en 12 meses"), a person's state after the time
("... macht Sie garantiert in 7 Tagen rauchfrei") or before the guarantee ("Schmerzfrei in 2 Wochen –
garantiert!"): claims-results-guaranteed.yaml's ``guaranteed_state_in_time``. A warranty, a delivery,
reply or refund time, a shop's reopening, a place's smoke-free rooms, a denial, a warning and a question
stay clean.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

GUARANTEE = "claims.guarantee"
common = settings(max_examples=40, deadline=None)

PROMISES = [
    "Guaranteed debt-free in 18 months with our coaching!",
    "Guaranteed 8 kg lighter in 6 weeks.",
    "Guaranteed fluent in Italian within 3 months.",
    "Garantiert schmerzfrei in zwei Wochen – dank unserer Salbe.",
    "Garantiert 10 kg leichter in 30 Tagen!",
    "Garanti mince en 3 semaines avec notre programme.",
    "Garantizado: sin deudas en 12 meses.",
    "Garantito senza dolore in 5 giorni, provare per credere.",
    "Gegarandeerd pijnvrij binnen twee weken.",
    "Garantido sem dívidas em 6 meses!",
    "Mit unserem Kaugummi sind Sie garantiert in 10 Tagen rauchfrei.",
    "Nikotinfrei in 3 Wochen – garantiert!",
    "🚭 Guaranteed non-smoker in 21 days",
    "Garanterat skuldfri inom 12 månader.",
    "21 din mein cigarette chhod doge, guaranteed!",
    "Arrêtez de fumer en 10 jours, c'est garanti !",
    "Quit smoking in 14 days — guaranteed.",
    "Deja de fumar en 3 semanas, garantizado.",
]

CLEAN = [
    "3 Jahre Garantie auf jedes Gerät.",
    "Guaranteed next-day delivery on orders before 2pm.",
    "Guaranteed reply within 2 business days.",
    "Garantiert geliefert in 5 Tagen.",
    "Consegna garantita in 3 giorni lavorativi.",
    "Garantie de remboursement en 30 jours.",
    "Satisfaction guaranteed or your money back in 30 days.",
    "Garantiert wieder geöffnet in zwei Wochen!",
    "Das ist garantiert vorbei in zwei Wochen, keine Sorge.",
    "All our rooms are smoke-free, guaranteed.",
    "Unsere Zimmer sind garantiert rauchfrei.",
    "Garantiert glutenfrei, seit 1998.",
    "Rauchfrei in 7 Tagen ist nicht garantiert, jeder Körper ist anders.",
    "Nobody can promise you'll be smoke-free in 7 days.",
    "Guaranteed smoke-free in 7 days? Our pharmacist explains why not.",
    "2 års garanti på alla våra plåster.",
    "Order 3 din mein deliver ho jayega, guaranteed.",
]


@pytest.mark.parametrize("text", PROMISES)
def test_a_result_guaranteed_by_a_date_is_a_guarantee(categories, text: str) -> None:
    assert GUARANTEE in categories(text)


@pytest.mark.parametrize("text", CLEAN)
def test_warranties_service_times_places_denials_and_questions_are_clean(categories, text: str) -> None:
    assert GUARANTEE not in categories(text)


GUARANTEES = [
    ("Guaranteed", "in", "days"),
    ("Garantiert", "in", "Tagen"),
    ("Garanti", "en", "jours"),
    ("Garantizado", "en", "días"),
    ("Garantito", "in", "giorni"),
    ("Gegarandeerd", "binnen", "dagen"),
    ("Garantido", "em", "dias"),
]
STATES = {
    "Guaranteed": ["smoke-free", "pain-free", "debt-free", "5 kg lighter"],
    "Garantiert": ["rauchfrei", "schmerzfrei", "schuldenfrei", "5 kg leichter"],
    "Garanti": ["sans tabac", "sans douleur", "sans dettes", "mince"],
    "Garantizado": ["sin humo", "sin dolor", "sin deudas", "delgado"],
    "Garantito": ["senza fumo", "senza dolore", "senza debiti", "magro"],
    "Gegarandeerd": ["rookvrij", "pijnvrij", "schuldenvrij", "slank"],
    "Garantido": ["sem fumo", "sem dor", "sem dívidas", "magro"],
}
SERVICES = {
    "Guaranteed": ["delivery", "shipping", "reply", "refund"],
    "Garantiert": ["geliefert", "Lieferung", "Antwort", "Rückerstattung"],
    "Garanti": ["livré", "livraison", "réponse", "remboursement"],
    "Garantizado": ["entrega", "envío", "respuesta", "reembolso"],
    "Garantito": ["consegna", "spedizione", "risposta", "rimborso"],
    "Gegarandeerd": ["levering", "bezorging", "antwoord", "terugbetaling"],
    "Garantido": ["entrega", "envio", "resposta", "reembolso"],
}


@common
@given(
    guarantee=st.sampled_from(GUARANTEES),
    which=st.integers(min_value=0, max_value=3),
    days=st.integers(min_value=3, max_value=60),
    service=st.booleans(),
)
def test_a_state_guaranteed_in_days_is_a_guarantee_and_a_service_time_is_not(
    categories, guarantee: tuple[str, str, str], which: int, days: int, service: bool
) -> None:
    word, prep, unit = guarantee
    middle = SERVICES[word][which] if service else STATES[word][which]
    text = f"{word} {middle} {prep} {days} {unit}!"
    assert (GUARANTEE in categories(text)) == (not service)
