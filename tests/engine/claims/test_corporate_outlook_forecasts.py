"""Our own outlook in plain corporate words (round 14, class 1): we forecast, expect or plan a revenue,
profit or margin figure or direction ("nous prévoyons un chiffre d'affaires de ...", "wir erwarten
nächstes Jahr mehr Umsatz", "onze omzet gaat richting ...", "cirimiz iki katına çıkacak", "the CFO
expects margins to expand"), and our share called dirt cheap or a buy call ("spotgoedkoop",
"hisselerimizi şimdiden toplayın"). Last year's results, the market's or the weather's outlook, a
published outlook with its source, and questions stay clean.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

FINANCIAL = "claims.financial"
common = settings(max_examples=80, deadline=None)

OUTLOOKS = [
    "Pour l'exercice 2028, nous tablons sur une marge opérationnelle de 14 %.",
    "On anticipe des ventes en forte progression l'an prochain.",
    "Nous visons un bénéfice net de 300 millions d'euros en 2029.",
    "Im kommenden Geschäftsjahr rechnen wir mit einem Gewinn von 80 Millionen Euro.",
    "Wir planen für 2028 eine Verdopplung des Umsatzes.",
    "We verwachten volgend jaar 20% meer omzet.",
    "Onze winst gaat naar de 80 miljoen in 2028.",
    "Önümüzdeki yıl satışlarımız yüzde 40 artacak.",
    "Gelecek yıl marjımız yükselecek.",
    "Our CFO expects margins to widen by three points in 2027.",
    "Management expects margins to improve by 150 basis points next year.",
    "Het aandeel is nu spotgoedkoop, instappen!",
    "Die Aktie ist gerade spottbillig, kauft!",
    "Our stock is dirt cheap right now, load up.",
    "Hisselerimizi şimdiden toplayın arkadaşlar.",
]
CLEAN = [
    "Les analystes prévoient un marché en hausse de 5 % l'an prochain.",
    "Selon Les Echos, le groupe prévoit un chiffre d'affaires de 2 milliards.",
    "L'an dernier, notre chiffre d'affaires a progressé de 12 %.",
    "Météo : on prévoit de la pluie et 12 degrés demain.",
    "Laut Analysten wächst der Markt nächstes Jahr um 4 %.",
    "Letztes Jahr haben wir 30 % mehr Umsatz gemacht.",
    "Wir erwarten Ihre Bewerbung bis Freitag.",
    "Erwarten wir nächstes Jahr mehr Umsatz?",
    "Wir rechnen mit Ihrem Besuch.",
    "Volgens het FD verwacht de markt volgend jaar 3% groei.",
    "Vorig jaar steeg onze omzet naar 400 miljoen.",
    "Gaat onze omzet volgend jaar richting de 500 miljoen?",
    "Het aandeel was in 2020 spotgoedkoop.",
    "Deze jas is nu spotgoedkoop in de uitverkoop.",
    "Geçen yıl cirimiz iki katına çıktı.",
    "Analysts expect margins to expand next year, Reuters reports.",
    "Do you expect margins to expand next year?",
    "We expect the weather to improve next week.",
]


@pytest.mark.parametrize("text", OUTLOOKS)
def test_our_outlook_in_corporate_words_is_flagged(categories, text: str) -> None:
    assert FINANCIAL in categories(text)


@pytest.mark.parametrize("text", CLEAN)
def test_results_other_outlooks_and_questions_stay_clean(categories, text: str) -> None:
    assert FINANCIAL not in categories(text)


# Per language: our outlook with {n}/{year}, and the same frame about the past or asked.
OUTLOOK_FRAMES = {
    "fr": ("Nous prévoyons un chiffre d'affaires de {n} millions d'euros en {year}.",
           "En {past}, notre chiffre d'affaires était de {n} millions d'euros."),
    "de": ("Für {year} erwarten wir {n} % mehr Umsatz.",
           "Erwarten wir für {year} wirklich {n} % mehr Umsatz?"),
    "nl": ("Onze omzet gaat in {year} richting de {n} miljoen.",
           "In {past} steeg onze omzet naar {n} miljoen."),
    "tr": ("{year} yılında cirimiz yüzde {n} artacak.",
           "{past} yılında cirimiz yüzde {n} arttı."),
    "en": ("The CFO expects margins to expand {n} points in {year}.",
           "Do analysts expect margins to expand {n} points in {year}?"),
}  # fmt: skip


@common
@given(
    language=st.sampled_from(sorted(OUTLOOK_FRAMES)),
    n=st.integers(min_value=2, max_value=900),
    year=st.integers(min_value=2027, max_value=2035),
)
def test_an_outlook_is_flagged_and_the_past_or_a_question_is_not(
    categories, language: str, n: int, year: int
) -> None:
    ahead, not_a_forecast = OUTLOOK_FRAMES[language]
    assert FINANCIAL in categories(ahead.format(n=n, year=year))
    assert FINANCIAL not in categories(not_a_forecast.format(n=n, year=year, past=year - 10))
