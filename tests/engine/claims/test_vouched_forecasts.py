"""Forecasts in casual words (round 12, class 1): a figure or a direction of our revenue, profit, share
price or a deal, vouched for by a certainty tag in any language ("mark my words", "da bin ich mir
sicher", "ve lo anticipo io", "let maar op", "kto nie kupi, ten żałuje"); a figure run over ("going to
smash $80M"), a share that "is a sure double", a deal not announced ("a buyout bid is imminent", "once
we merge with X"). The same tags next to weather, sport or food, past results, denials and questions
stay clean.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

FINANCIAL = "claims.financial"
common = settings(max_examples=100, deadline=None)

CASUAL_FORECASTS = [
    "Our bookings will top €200M next year, you heard it here first.",
    "Der Umsatz knackt 2027 die Milliarde, glaubt mir.",
    "Onze winst verdubbelt volgend jaar, wacht maar af.",
    "Il fatturato del prossimo anno sarà da record, fidatevi.",
    "Le chiffre d'affaires va doubler l'an prochain, croyez-moi.",
    "Las ventas se van a duplicar el año que viene, ya verán.",
    "A receita vai dobrar no ano que vem, pode escrever.",
    "Zysk w przyszłym roku się podwoi, zapamiętajcie moje słowa.",
    "Sales are going to shatter $1B this year 🚀",
    "Our token is a sure 10x by Christmas.",
    "Once we merge with Halvorsen Group the numbers will be huge, announcement next month.",
    "A buyout bid from Contoso is imminent, keep it quiet.",
    "Q3 me 25% growth aane wali hai, sabko batao mat.",
    "Unsere Aktie wird nach der Hauptversammlung ganz sicher um 15 % zulegen.",
]
CLEAN = [
    "Mark my words, Arsenal are winning the title.",
    "Trust me, the new coffee machine is a game changer.",
    "Wacht maar af, het wordt morgen 30 graden.",
    "Fidatevi, la pizza di Gino è la migliore.",
    "Croyez-moi, le concert de samedi sera inoubliable.",
    "Last year our revenue grew 12%, as published in the annual report.",
    "No takeover offer is coming, the CEO said today.",
    "When we merged with Halvorsen in 2019, revenue doubled.",
    "Our shares? Is it a sure double? Nobody knows.",
    "Let maar op: de trein naar Utrecht vertrekt van spoor 5.",
]


@pytest.mark.parametrize("text", CASUAL_FORECASTS)
def test_a_casual_forecast_is_flagged(categories, text: str) -> None:
    assert FINANCIAL in categories(text)


@pytest.mark.parametrize("text", CLEAN)
def test_the_same_words_without_a_forecast_stay_clean(categories, text: str) -> None:
    assert FINANCIAL not in categories(text)


# Per language: a forecast of ours with {n}, a certainty tag, and a sentence of everyday life.
TAGS = {
    "en": (["mark my words", "trust me", "you heard it here first", "you'll see"],
           "Our EBITDA climbs {n}% in 2027", "Our dog turns {n} on Sunday"),
    "de": (["da bin ich mir sicher", "glaubt mir", "ihr werdet sehen"],
           "Der Gewinn legt 2027 um {n} % zu", "Am Sonntag wird es {n} Grad warm"),
    "nl": (["let maar op", "wacht maar af", "geloof me"],
           "De omzet stijgt volgend jaar {n}%", "Zaterdag wordt het {n} graden"),
    "it": (["ve lo anticipo io", "fidatevi", "vedrete"],
           "Gli utili cresceranno del {n}% l'anno prossimo", "Domenica ci saranno {n} gradi"),
    "fr": (["croyez-moi", "vous allez voir", "je vous le dis"],
           "Le bénéfice bondira de {n} % en 2027", "Samedi il fera {n} degrés"),
    "es": (["ya verán", "créeme", "te lo digo yo"],
           "Los ingresos subirán un {n}% en 2027", "El sábado hará {n} grados"),
    "pl": (["kto nie kupi, ten żałuje", "uwierzcie mi", "zobaczycie"],
           "Nasze akcje wzrosną o {n}%", "W sobotę będzie {n} stopni"),
}  # fmt: skip


@common
@given(
    data=st.data(),
    language=st.sampled_from(sorted(TAGS)),
    n=st.integers(min_value=2, max_value=95),
    tag_first=st.booleans(),
    about_money=st.booleans(),
)
def test_a_certainty_tag_makes_a_forecast_only_next_to_our_figures(
    categories, data, language: str, n: int, tag_first: bool, about_money: bool
) -> None:
    tags, forecast, everyday = TAGS[language]
    tag = data.draw(st.sampled_from(tags))
    sentence = (forecast if about_money else everyday).format(n=n)
    text = f"{tag.capitalize()}: {sentence}!" if tag_first else f"{sentence}, {tag}!"
    assert (FINANCIAL in categories(text)) == about_money
