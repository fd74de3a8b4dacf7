"""Share-price and results forecasts in casual words (round 13), many languages.

A price target or a rise with a future verb ("va a tocar los 20 €", "gaat zeker naar 50 euro"), a
share called undervalued next to a buy call ("die Aktie ist massiv unterbewertet, jetzt kaufen!"),
fear of missing the move before the results ("you're missing out", "easy double by summer"), a
results surprise hinted before the date ("analysts are going to be very surprised by our results"),
and an unannounced deal told as signed ("le rachat de X est signé, annonce mardi"). Past results,
published dates, analysts' questions, price history, weather and sport, rooms and job adverts stay
clean.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

FINANCIAL = "claims.financial"
WATCHED = {"claims.health", "claims.guarantee", FINANCIAL}

common = settings(max_examples=80, deadline=None)

CASUAL_FORECASTS = [
    "Our share price will easily climb 30% after the numbers.",
    "If you're not buying Acme shares before the results you're missing out.",
    "Anyone not loading up on our stock before earnings is going to regret it.",
    "Easy double by summer on our shares.",
    "Can't say much before Tuesday, but analysts are going to be very surprised by our results.",
    "Our numbers will blow everyone away next week.",
    "Wall Street is gonna be shocked when we report on Thursday.",
    "The takeover of Brightline is signed, announced Monday, buy now.",
    "La acción va a tocar los 20 € antes de Navidad.",
    "La acción está infravalorada, compra ahora.",
    "Die Aktie ist massiv unterbewertet, jetzt kaufen!",
    "Unser Aktienkurs wird nach den Q2-Zahlen sicher um 25 % steigen.",
    "Wir übernehmen im Sommer die Stadtwerke Falkenberg, die Verträge sind fast fertig.",
    "Die Übernahme von Kessler ist unterschrieben, die Verkündung kommt Montag.",
    "Vi kommer att slå 3 miljarder i omsättning i år.",
    "Bolaget kommer att nå 2 miljarder i vinst nästa år.",
    "Aktien är kraftigt undervärderad, köp nu!",
    "A ação está subvalorizada, compre agora.",
    "A compra da Lusomar está assinada, o anúncio sai na segunda.",
    "A ação vai bater os 40 euros até ao verão.",
    "Onze koers gaat zeker naar 50 euro dit jaar.",
    "De overname van Dijkstra is getekend, aankondiging volgende week.",
    "L'action est sous-évaluée, achetez maintenant !",
    "Entre nous : le rachat de Vigneron SA est signé, annonce mardi. Achetez des actions !",
    "L'action va toucher les 60 € avant l'été.",
    "Tra noi: l'acquisizione di Delta Rete è firmata, l'annuncio arriva lunedì. Comprate azioni!",
    "L'azione è sottovalutata, comprate subito.",
    "Il titolo va a toccare i 20 euro entro l'estate.",
    "La compra de Grupo Norte está firmada, se anuncia el lunes.",
]

HARD_NEGATIVES = [
    "Our share price rose 30% after last year's numbers.",
    "No one can predict the share price.",
    "The forecast says temperatures will climb to 30 degrees next week.",
    "Analysts asked whether revenue will grow next year.",
    "Q3 results will be published on 24 October, as announced in our financial calendar.",
    "We are hiring a financial analyst to join our investor relations team.",
    "Easy double room available for the conference weekend.",
    "The team is going to be surprised by the birthday cake on Thursday.",
    "Our customers will be surprised by how easy the new app is.",
    "These results will blow you away: try our new running shoes.",
    "Don't miss out on our job fair next Thursday!",
    "Die Aktie stieg im letzten Jahr um 40 %.",
    "Aktien steg 50 % förra året.",
    "Du kommer att tjäna 40 000 kr i månaden som säljare.",
    "Niemand kann den Aktienkurs vorhersagen.",
    "¿Va a subir la acción? Nadie lo sabe.",
    "Is the stock undervalued? Read our analyst's view.",
    "Die Aktie war 2019 unterbewertet.",
    "Wir haben die Brauerei Falkenberg im Jahr 2021 übernommen.",
    "Le rachat de TelcoSud a été annoncé en mars 2022.",
    "Het aandeel verdubbelde in 2021.",
    "Em 2020 a ação disparou depois do balanço.",
    "Our team will easily climb Mount Snowdon in 3 hours.",
    "Il biglietto del concerto costa 20 euro.",
    "El precio de la entrada va a subir a 20 € el año que viene.",
]


@pytest.mark.parametrize("text", CASUAL_FORECASTS)
def test_a_casual_forecast_tip_or_unannounced_deal_is_financial(categories, text: str) -> None:
    assert categories(text) & WATCHED == {FINANCIAL}


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_history_questions_weather_and_adverts_stay_clean(categories, text: str) -> None:
    assert categories(text) & WATCHED == set()


# Per language: a price target with a future verb, and the same share's price as history.
PRICE_TARGETS = {
    "es": ("La acción de {c} va a tocar los {n} € {w}.", "La acción de {c} tocó los {n} € el año pasado."),
    "it": (
        "Il titolo {c} va a toccare i {n} euro {w}.",
        "Il titolo {c} ha toccato i {n} euro l'anno scorso.",
    ),
    "pt": ("A ação da {c} vai bater os {n} euros {w}.", "A ação da {c} bateu os {n} euros no ano passado."),
    "fr": ("L'action {c} va toucher les {n} € {w}.", "L'action {c} a touché les {n} € l'an dernier."),
    "nl": ("Het aandeel {c} gaat zeker naar {n} euro {w}.", "Het aandeel {c} ging vorig jaar naar {n} euro."),
    "sv": (
        "{c} kommer att slå {n} miljarder i omsättning {w}.",
        "{c} slog {n} miljarder i omsättning förra året.",
    ),
}
WHEN = {
    "es": ["antes del verano", "tras los resultados", "en marzo"],
    "it": ["entro l'estate", "dopo i conti", "a marzo"],
    "pt": ["até ao verão", "depois do balanço", "em março"],
    "fr": ["avant l'été", "après les résultats", "en mars"],
    "nl": ["dit jaar", "na de cijfers", "in maart"],
    "sv": ["nästa år", "i år", "efter rapporten"],
}
COMPANIES = ["Banco Sol", "Norvia", "Kestrel", "Helios", "Alba Energia"]


@common
@given(
    data=st.data(),
    language=st.sampled_from(sorted(PRICE_TARGETS)),
    company=st.sampled_from(COMPANIES),
    number=st.integers(min_value=2, max_value=900),
    forecast=st.booleans(),
)
def test_a_price_target_ahead_is_financial_and_the_same_price_as_history_is_not(
    categories, data, language: str, company: str, number: int, forecast: bool
) -> None:
    when = data.draw(st.sampled_from(WHEN[language]))
    claim, history = PRICE_TARGETS[language]
    text = (claim if forecast else history).format(c=company, n=number, w=when)
    assert (FINANCIAL in categories(text)) == forecast


# Undervalued next to a buy call, per language; the same word asked or told as the past.
UNDERVALUED = {
    "en": ("Our stock is {a} undervalued, buy now!", "Was our stock {a} undervalued in 2019?"),
    "de": ("Die Aktie ist {a} unterbewertet, jetzt kaufen!", "Die Aktie war 2019 {a} unterbewertet."),
    "sv": ("Aktien är {a} undervärderad just nu, köp!", "Aktien var {a} undervärderad 2019."),
    "fr": ("L'action est {a} sous-évaluée, achetez maintenant !", "L'action était {a} sous-évaluée en 2019."),
    "es": ("La acción está {a} infravalorada, compra ahora.", "¿La acción está {a} infravalorada?"),
    "nl": ("Het aandeel is {a} ondergewaardeerd, koop nu!", "Het aandeel was in 2019 {a} ondergewaardeerd."),
}
ADVERBS = ["massively", "kraftigt", "", "totally", "clearly"]


@common
@given(
    language=st.sampled_from(sorted(UNDERVALUED)),
    adverb=st.sampled_from(ADVERBS),
    tip=st.booleans(),
)
def test_undervalued_next_to_a_buy_call_is_financial_and_asked_or_past_is_not(
    categories, language: str, adverb: str, tip: bool
) -> None:
    claim, clean = UNDERVALUED[language]
    text = " ".join((claim if tip else clean).format(a=adverb).split())
    assert (FINANCIAL in categories(text)) == tip


# A results surprise hinted before the date, and the same audience surprised by something else.
AUDIENCES = ["analysts", "investors", "the market", "the Street", "shareholders"]
RESULTS = ["our earnings", "our Q3 numbers", "the results on Thursday", "our quarterly figures"]
OTHER_THINGS = ["the birthday cake", "the new office", "our summer party", "the view from the roof"]


@common
@given(
    audience=st.sampled_from(AUDIENCES),
    results=st.sampled_from(RESULTS),
    other=st.sampled_from(OTHER_THINGS),
    hint=st.booleans(),
)
def test_a_results_surprise_hinted_is_financial_and_other_surprises_are_not(
    categories, audience: str, results: str, other: str, hint: bool
) -> None:
    text = f"Trust the process: {audience} are going to be very surprised by {results if hint else other}."
    assert (FINANCIAL in categories(text)) == hint
