"""Round 9 classes of claims and code names (the team's own examples, hard negatives, and a property
per class).

Forecasts said as a firm expectation or an executive's promise in ordinary words, in every language
("wir rechnen fest damit, dass ...", "contamos con que ...", "we're counting on ...").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

HEALTH = "claims.health"
GUARANTEE = "claims.guarantee"
FINANCIAL = "claims.financial"
CODENAME = "confidential.codename"
WATCHED = {HEALTH, GUARANTEE, FINANCIAL, CODENAME}

common = settings(max_examples=60, deadline=None)

FIRM_EXPECTATIONS = [
    ("Wir gehen fest davon aus, dass der Gewinn im nächsten Jahr deutlich wächst.", {FINANCIAL}),
    ("Die Vorständin verspricht, dass sich der Umsatz bis 2027 verdreifacht.", {FINANCIAL}),
    ("Wir rechnen fest mit einem Umsatzplus von 25 % im kommenden Jahr.", {FINANCIAL}),
    ("We're counting on sales jumping 25% next quarter.", {FINANCIAL}),
    ("The new COO promises profit growth of 30% by 2028.", {FINANCIAL}),
    ("On compte bien voir notre chiffre d'affaires grimper de 30 % l'an prochain.", {FINANCIAL}),
    ("Nous comptons fermement sur une hausse de 20 % du bénéfice en 2027.", {FINANCIAL}),
    ("Contamos con que nuestros beneficios se dupliquen en 2027.", {FINANCIAL}),
    ("Confiamos en un crecimiento del 15 % de la facturación.", {FINANCIAL}),
    ("Contiamo sul fatto che il fatturato cresca del 30% il prossimo anno.", {FINANCIAL}),
    ("Wij rekenen erop dat onze winst in 2027 verdubbelt.", {FINANCIAL}),
    ("Esperamos que as vendas cresçam 20% no próximo trimestre.", {FINANCIAL}),
    # hard negatives: no company figure, others' forecast, a past promise kept, a question
    ("Wir rechnen fest damit, dass das Wetter am Samstag hält.", set()),
    ("Contamos con que vengáis todos a la fiesta del viernes.", set()),
    ("On compte bien sur vous samedi pour le tournoi !", set()),
    ("We verwachten zeker dat het morgen gaat regenen.", set()),
    ("Der CFO versprach 2022, dass sich der Gewinn verdoppelt, und das hat er geschafft.", set()),
    ("Analysten erwarten, dass der Umsatz von Contoso steigt.", set()),
    ("Rechnet ihr damit, dass der Umsatz steigt?", set()),
    ("Last year we counted on sales, and the team delivered.", set()),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, id=f"{family}-{i}")
        for family, cases in (("firm-expectation", FIRM_EXPECTATIONS),)
        for i, (text, expected) in enumerate(cases)
    ],
)
def test_round9_classes(categories, text: str, expected: set[str]) -> None:
    assert categories(text) & WATCHED == expected


# A firm expectation, per language: the opening, a figure of ours and a rise that ends the clause.
FIRM_FRAMES = {
    "de": ("Wir rechnen fest damit, dass unser {m} {t} steigt.", ["Umsatz", "Gewinn", "Aktienkurs"]),
    "fr": ("Nous comptons bien voir nos {m} {t} augmenter.", ["ventes", "bénéfices", "revenus"]),
    "es": ("Contamos con que las {m} {t} suban.", ["ventas", "ganancias", "acciones"]),
    "it": ("Ci aspettiamo che il {m} {t} cresca.", ["fatturato", "margine", "titolo"]),
    "nl": ("We verwachten zeker dat de {m} {t} stijgt.", ["omzet", "winst", "koers"]),
    "pt": ("Esperamos que a {m} {t} suba.", ["receita", "margem", "cotação"]),
    "en": ("{t} we're counting on {m} climbing.", ["revenue", "sales", "bookings"]),
}
WHEN = {
    "de": ["2027 um 30 %", "im nächsten Jahr", "deutlich"],
    "fr": ["de 30 % en 2027", "l'an prochain", "nettement"],
    "es": ["un 30 % en 2027", "el año que viene", "mucho"],
    "it": ["del 30% nel 2027", "l'anno prossimo", "molto"],
    "nl": ["met 30% in 2027", "volgend jaar", "flink"],
    "pt": ["30% em 2027", "no próximo ano", "bastante"],
    "en": ["In 2027", "Next year", "After the launch,"],
}


@common
@given(data=st.data(), language=st.sampled_from(sorted(FIRM_FRAMES)), asked=st.booleans())
def test_a_firm_expectation_of_our_figures_is_a_forecast_unless_asked(
    categories, data: st.DataObject, language: str, asked: bool
) -> None:
    frame, metrics = FIRM_FRAMES[language]
    text = frame.format(m=data.draw(st.sampled_from(metrics)), t=data.draw(st.sampled_from(WHEN[language])))
    if asked:
        text = text[:-1] + "?"
    assert (FINANCIAL in categories(text)) == (not asked)
