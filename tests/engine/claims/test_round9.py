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
    ("Analysts expect revenue to grow 30% next year.", set()),
    ("Do you expect our share price to double next year?", set()),
    ("Last year we counted on sales, and the team delivered.", set()),
    # a team counted on, a product's sales (tickets, cakes) are no company figure
    ("We're counting on our sales team to beat the record this month!", set()),
    ("Contamos con que las ventas de entradas para el concierto suban.", set()),
    ("Wij rekenen erop dat onze verkoop van taart stijgt op de braderie.", set()),
    ("On compte sur vous pour que nos ventes de gâteaux augmentent à la kermesse !", set()),
]

PRICE_TARGETS = [
    ("$BRGT going to $60 after the launch, backing the truck up.", {FINANCIAL}),
    ("$KPRX price target $45, easy double from here.", {FINANCIAL}),
    ("My call: $ZYNT at $80 before the earnings call.", {FINANCIAL}),
    ("$QRLX Kursziel 150 €, jetzt kaufen!", {FINANCIAL}),
    ("$QRLX objectif 150 € d'ici l'été, chargez la mule !", {FINANCIAL}),
    ("$QRLX a 150 dólares antes del verano.", {FINANCIAL}),
    ("$QRLX naar $150 voor de zomer, instappen nu!", {FINANCIAL}),
    ("$QRLX vai a R$ 150 até o verão, comprem já!", {FINANCIAL}),
    # hard negatives: a closing price, history, a question, prices without a ticker
    ("$QRLX closed at $142 yesterday.", set()),
    ("Our $QRLX shares hit $150 in 2021, what a ride.", set()),
    ("Does anyone think $QRLX hits $200 this year?", set()),
    ("Q3 results: $QRLX up 12% to $88 today.", set()),
    ("Tickets are $200 by summer, book now.", set()),
    ("Calling it now: pizza Friday is the best tradition we have.", set()),
]

DEALS = [
    ("We're about to buy a small family-owned Austrian robotics firm next month.", {FINANCIAL}),
    ("The board signed off on the takeover of Merrow last night, keep it quiet until Monday.", {FINANCIAL}),
    ("The acquisition of Brenner Logistics closes next month, don't tell anyone yet.", {FINANCIAL}),
    ("Our merger with Northwind completes in Q2, press release after the earnings call.", {FINANCIAL}),
    ("Der Aufsichtsrat hat die Übernahme von Kestrel abgesegnet, Verkündung nach den Zahlen.", {FINANCIAL}),
    ("Le conseil a validé le rachat de Merrow, annonce après les résultats.", {FINANCIAL}),
    ("La fusión con Castellan se cierra en marzo, todavía no es público.", {FINANCIAL}),
    ("Il cda ha dato l'ok all'acquisizione di Merrow, annuncio dopo la trimestrale.", {FINANCIAL}),
    ("Het bestuur heeft de overname van Merrow goedgekeurd, aankondiging na de cijfers.", {FINANCIAL}),
    ("O conselho aprovou a compra da Merrow, anúncio depois dos resultados.", {FINANCIAL}),
    # hard negatives: a deal closed in the past, other firms' news, a question, a purchase of goods
    ("The merger with Castellan Telecom closed in March 2024 and the teams are fully integrated.", set()),
    ("Contoso's board signed off on the takeover of Fabrikam, according to Reuters.", set()),
    ("Reuters: the merger of Contoso and Fabrikam closes in June.", set()),
    ("Does the acquisition of Brenner close next month?", set()),
    ("The board approved the purchase of new laptops for everyone, arriving Monday.", set()),
    ("Le conseil municipal a validé le rachat du terrain de foot, annonce lundi.", set()),
    ("El consejo escolar aprobó la compra de pizarras nuevas, se anuncia el lunes.", set()),
    ("Die Übernahme von Kestrel wurde 2023 abgeschlossen.", set()),
]

NOT_CLAIMS = [
    ("Mito: el jengibre cura la migraña. Realidad: no hay estudios serios.", set()),
    ("Mito: chá de canela cura a diabetes. Verdade: não há provas.", set()),
    ("Mito: il miele cura la tosse. Verità: non ci sono prove.", set()),
    ("Fabeltje: gember geneest migraine. Feit: daar is geen bewijs voor.", set()),
    ("Mythos: Zwiebeln heilen Ohrenschmerzen. Fakt: keine Belege.", set()),
    ("Myth #3: zinc cures colds. Fact: it may shorten them slightly.", set()),
    ("Mito n.º 2: o alho cura a gripe. Verdade: não cura.", set()),
    ("Getting vaccinated every autumn is the best way to prevent flu complications.", set()),
    ("Staying well hydrated during the heatwave helps prevent headaches.", set()),
    ("Vacunarse cada otoño ayuda a prevenir la gripe.", set()),
    ("Lavarsi le mani spesso aiuta a prevenire l'influenza.", set()),
    ("Does anyone actually believe 'clinically proven' on a shampoo bottle?", set()),
    ("Ninguna cuenta de ahorro es 100 % segura, lee las condiciones.", set()),
    ("Nenhum investimento é 100% seguro.", set()),
    ("No investment is 100% safe, whatever the ads say.", set()),
    ("Geçmiş performans gelecek getirileri garanti etmez.", set()),
    ("Frühere Wertentwicklungen garantieren keine künftigen Renditen.", set()),
    # the claims made stay claims
    ("Sin mitos: nuestro jarabe cura la gripe en dos días.", {HEALTH}),
    ("Our garlic capsules cure flu in 3 days!", {HEALTH}),
    ("Nuestro fondo es 100 % seguro y rinde un 12 %.", {GUARANTEE}),
    ("Unser Fonds garantiert 8 % Rendite.", {GUARANTEE}),
    ("Bu fon yüzde 20 getiri garanti ediyor!", {GUARANTEE}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, id=f"{family}-{i}")
        for family, cases in (
            ("firm-expectation", FIRM_EXPECTATIONS),
            ("price-target", PRICE_TARGETS),
            ("deal", DEALS),
            ("not-a-claim", NOT_CLAIMS),
        )
        for i, (text, expected) in enumerate(cases)
    ],
)
def test_round9_classes(categories, text: str, expected: set[str]) -> None:
    assert categories(text) & WATCHED == expected


# A firm expectation, per language: the opening, a figure of ours and a rise that ends the clause.
FIRM_FRAMES = {
    "de": ("Wir rechnen fest damit, dass unser {m} {t} steigt.", ["Umsatz", "Gewinn", "Aktienkurs"]),
    "fr": ("{t}, nous comptons bien voir nos {m} augmenter.", ["ventes", "bénéfices", "revenus"]),
    "es": ("Contamos con que las {m} {t} suban.", ["ventas", "ganancias", "acciones"]),
    "it": ("{t} ci aspettiamo che il {m} cresca.", ["fatturato", "margine", "titolo"]),
    "nl": ("We verwachten zeker dat de {m} {t} stijgt.", ["omzet", "winst", "koers"]),
    "pt": ("Esperamos que a {m} {t} suba.", ["receita", "margem", "cotação"]),
    "en": ("{t} we're counting on {m} climbing.", ["revenue", "sales", "bookings"]),
}
WHEN = {
    "de": ["2027 um 30 %", "im nächsten Jahr", "deutlich"],
    "fr": ["En 2027", "L'an prochain", "Après le lancement"],
    "es": ["un 30 % en 2027", "el año que viene", "mucho"],
    "it": ["Nel 2027", "L'anno prossimo", "Dopo il lancio"],
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


@common
@given(
    ticker=st.text(alphabet="ABCDEFGHKLMNPQRSTVWXZ", min_size=3, max_size=5),
    price=st.integers(min_value=5, max_value=900),
    frame=st.sampled_from(
        [
            "${t} hits ${p} by summer.",
            "${t} to ${p}, calling it now.",
            "${t} price target ${p}.",
            "${t} Kursziel {p} €!",
            "${t} objectif {p} € d'ici juin.",
            "${t} naar ${p} voor de zomer.",
        ]
    ),
    past=st.booleans(),
)
def test_a_cashtag_with_a_price_ahead_is_a_price_target(
    categories, ticker: str, price: int, frame: str, past: bool
) -> None:
    text = f"${ticker} closed at ${price} yesterday." if past else frame.format(t=ticker, p=price)
    assert (FINANCIAL in categories(text)) == (not past)


@common
@given(
    party=st.sampled_from(["Castellan Telecom", "Merrow", "Brightwater Labs", "Osprey Data"]),
    deal=st.sampled_from(["merger with", "acquisition of", "takeover of"]),
    when=st.sampled_from(["in March", "next month", "before the summer", "on Friday"]),
    closed=st.booleans(),
)
def test_a_deal_with_a_named_party_closing_ahead_is_a_leak(
    categories, party: str, deal: str, when: str, closed: bool
) -> None:
    verb = "closed" if closed else "closes"
    text = f"Heads up: the {deal} {party} {verb} {when}."
    assert (FINANCIAL in categories(text)) == (not closed)


REFUTED = {
    "es": ("Mito{n}: el ajo cura la gripe. Realidad: no hay pruebas.", "El ajo cura la gripe, ¡pruébalo!"),
    "pt": ("Mito{n}: o limão cura a gripe. Verdade: não cura.", "O limão cura a gripe, experimente!"),
    "it": ("Mito{n}: l'aglio cura l'influenza. Verità: nessuna prova.", "L'aglio cura l'influenza!"),
    "nl": ("Fabeltje{n}: knoflook geneest griep. Feit: geen bewijs.", "Onze knoflook geneest griep!"),
    "en": ("Myth{n}: garlic cures the flu. Fact: no evidence.", "Our garlic pills cure the flu!"),
}


@common
@given(
    language=st.sampled_from(sorted(REFUTED)),
    number=st.sampled_from(["", " #2", " 3", " n.º 4", " n°5"]),
    refuted=st.booleans(),
)
def test_a_myth_refuted_under_its_label_is_no_claim(
    categories, language: str, number: str, refuted: bool
) -> None:
    myth, claim = REFUTED[language]
    text = myth.format(n=number) if refuted else claim
    assert (HEALTH in categories(text)) == (not refuted)


DENIALS = {
    "es": "Ningún {x} es 100 % seguro.",
    "pt": "Nenhum {x} é 100% seguro.",
    "it": "Nessun {x} è 100% sicuro.",
    "en": "No {x} is 100% safe.",
}
CLAIMS_MADE = {
    "es": "Nuestro {x} es 100 % seguro.",
    "pt": "O nosso {x} é 100% seguro.",
    "it": "Il nostro {x} è 100% sicuro.",
    "en": "Our {x} is 100% safe.",
}


@common
@given(
    language=st.sampled_from(sorted(DENIALS)),
    thing=st.sampled_from(["fondo", "producto de inversión", "plan", "depósito"]),
    denied=st.booleans(),
)
def test_a_guarantee_denied_in_any_language_is_no_claim(
    categories, language: str, thing: str, denied: bool
) -> None:
    text = (DENIALS if denied else CLAIMS_MADE)[language].format(x=thing)
    assert (GUARANTEE in categories(text)) == (not denied)
