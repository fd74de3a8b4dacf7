"""Stock tips in plain words and promises with their guarantee apart (case tables of the team's own
examples, with each family's hard negatives, and a property per family).

Families: a forecast of our own revenue or share price in everyday words ("our shares are going to fly",
"knacken wir die Milliarde Umsatz", "il fatturato cresce del 30 % l'anno prossimo", Korean hearsay
"나올 거래요", Hinglish "result zabardast aane wala hai"), a push to buy our shares ("get your shares in
now", "il titolo va comprato", "abhi buy kar lo"), an unannounced deal told as a leak ("me han chivado
que ...", "de overname is bijna rond"); and a promised result whose guarantee stands apart ("Your bill
drops by a third. Guaranteed.", "... or we work for free", "c'est garanti à 100 %", "sinon on vous
rembourse", "gegarandeerd omhoog"). The negatives are the same words reported in the past, asked,
said by analysts about another company, said of a product, a delivery, a job advert or a ladder.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

GUARANTEE = "claims.guarantee"
FINANCIAL = "claims.financial"
HEALTH = "claims.health"
CLAIMS = {GUARANTEE, FINANCIAL, HEALTH}

TIPS = [
    ("Honestly our shares are going to fly once the contract goes public.", {FINANCIAL}),
    ("Mark my words, our stock price will be up 35% by next summer.", {FINANCIAL}),
    ("Trust me, the share price should be 50% higher by Christmas.", {FINANCIAL}),
    ("Get your shares in now before the results land.", {FINANCIAL}),
    ("Our stock is the easiest money you will ever make.", {FINANCIAL}),
    ("Grab some shares today, the stock is going to rip after the launch.", {FINANCIAL}),
    ("Yaar humara Q3 result ekdum zabardast aane wala hai, abhi shares buy kar lo.", {FINANCIAL}),
    ("Next quarter humara profit double hoga, stock abhi le lo bhai.", {FINANCIAL}),
    ("Company ka share pakka triple hoga, abhi kharid lo.", {FINANCIAL, GUARANTEE}),
    ("Detto tra noi, il prossimo trimestre l'utile sale del 40%, fidatevi.", {FINANCIAL}),
    ("L'anno prossimo il margine raddoppia, ve lo dico io.", {FINANCIAL}),
    ("Il titolo va comprato prima dei risultati.", {FINANCIAL}),
    ("Secondo me le azioni vanno prese subito, prima dell'annuncio.", {FINANCIAL}),
    ("Nächstes Jahr knacken wir die 500 Millionen Umsatz.", {FINANCIAL}),
    ("Laut Chef knacken wir 2027 die Milliarde beim Umsatz, also rein da.", {FINANCIAL}),
    ("Unsere Aktie klettert bis Weihnachten locker auf 120 €.", {FINANCIAL}),
    ("Der Kurs geht nach den Zahlen locker auf 45 Euro.", {FINANCIAL}),
    ("다음 분기 매출이 두 배 나올 거래요.", {FINANCIAL}),
    ("주가 곧 오를 테니 지금 사두세요.", {FINANCIAL}),
    ("내년 순이익이 세 배 나올 거라고 하더라고요.", {FINANCIAL}),
    ("Me han chivado que el consejo aprueba el jueves la compra de Textiles Ríos.", {FINANCIAL}),
    ("Me han soplado que cerramos la fusión con Grupo Loma la semana que viene.", {FINANCIAL}),
    ("Yo que tú compraba acciones antes de la junta.", {FINANCIAL}),
    ("De fusie met Brouwer Logistiek is bijna rond, zeg het tegen niemand.", {FINANCIAL}),
    ("De overname van Kaasmakerij Veen is vrijwel rond.", {FINANCIAL}),
    ("Na de bekendmaking schiet onze koers omhoog.", {FINANCIAL}),
    ("Ons aandeel gaat straks door het dak.", {FINANCIAL}),
    ("Now's the time to buy our stock, the numbers next week will blow everyone away.", {FINANCIAL}),
    ("Back up the truck on our shares before Thursday's results.", {FINANCIAL}),
    ("Grab some of our stock today, you'll thank me in June.", {FINANCIAL}),
    ("来季の営業利益は倍になるらしい。今のうちに株を買っておいて。", {FINANCIAL}),
]

TIP_NEGATIVES = [
    ("Revenue grew 30% last year and our shares rose 12%.", set()),
    ("Our share price was up 20% by the end of last year.", set()),
    ("Analysts at Kepler say Siemens' share price will be up 20% by next year.", set()),
    ("Will our share price be higher next year? Nobody knows.", set()),
    ("Buy now: the new headphones are 30% off, get yours today.", set()),
    ("Get your tickets in now, the show is going to fly off the shelves.", set()),
    ("We're hiring: get your application in now, the role pays well.", set()),
    ("Abhi buy kar lo, sale sirf aaj tak hai! Naye sneakers 40% off.", set()),
    ("Ye naya phone abhi buy kar lo, sale sirf aaj tak, price 9999.", set()),
    ("Kya humara stock double hoga? Koi idea?", set()),
    ("Last quarter ka result strong aaya tha, sabko badhai.", set()),
    ("Result kal aane wala hai, sab log ready raho.", set()),
    ("Il fatturato è cresciuto del 30% l'anno scorso.", set()),
    ("Nel 2025 il fatturato cresce del 12% rispetto al 2024, come da bilancio pubblicato oggi.", set()),
    ("Il biglietto va comprato online prima dell'evento.", set()),
    ("Il titolo va comprato? Chiedete al vostro consulente.", set()),
    ("Letztes Jahr haben wir die Milliarde Umsatz geknackt.", set()),
    ("Sie erreichen mit unserer Kampagne über 1 Million Kunden.", set()),
    ("Die Aktie stieg im Sommer auf 80 €.", set()),
    ("Geht die Aktie auf 80 €? Niemand weiß es.", set()),
    ("Der Ticketpreis geht ab Januar auf 12 € pro Monat.", set()),
    ("작년 영업이익이 두 배 나왔습니다.", set()),
    ("주가가 오를까요?", set()),
    ("Me han soplado que la cena de Navidad es el viernes 19.", set()),
    ("No me han soplado nada sobre la compra de Agrovega, lo leí en la prensa.", set()),
    ("La compra de Textiles Ríos se cerró en 2023.", set()),
    ("De overname was bijna rond, maar ketste op het laatste moment af.", set()),
    ("Aandeel Philips schoot vorig jaar omhoog na de cijfers.", set()),
    ("Gaat ons aandeel omhoog? Niemand weet het.", set()),
    ("Now is not the time to buy shares, markets are jittery.", set()),
    ("It's time to buy our shares back, the board approved a buyback last year.", set()),
    ("昨年の営業利益は倍になりました。", set()),
    ("Shop the sale: get your stock in now before Black Friday, retailers!", set()),
    ("ESPP enrolment is open: eligible employees can buy shares now at a 15% discount.", set()),
    (
        "FY2027 guidance: revenue growth of 8-10%. Forward-looking statements; results may differ.",
        set(),
    ),
    ("Analysts at Morgan Stanley expect Contoso's share price to be 20% higher next year.", set()),
    ("Time to buy our new winter jackets, stock is limited!", set()),
    ("Na de aankondiging schoot ons aandeel vorig jaar omhoog.", set()),
    ("Yeh course karo aur abhi buy kar lo, sirf 999 mein.", set()),
]

PROMISES = [
    ("Join our bootcamp and you'll land a developer job in 12 weeks. Guaranteed.", {GUARANTEE}),
    ("Your heating bill drops by a third. Guaranteed. No questions asked.", {GUARANTEE}),
    ("Lose 8 kg before summer. Guaranteed!", {GUARANTEE}),
    ("Your rankings jump to page one. Guaranteed, no ifs, no buts.", {GUARANTEE}),
    ("Guaranteed admission to a top university or we work for free.", {GUARANTEE}),
    ("Your child passes the entrance exam or you pay nothing.", {GUARANTEE}),
    ("Vous perdez 5 kg en un mois, c'est garanti à 100 % !", {GUARANTEE}),
    ("Avec notre coaching vous réussissez l'examen, garanti à 100 %.", {GUARANTEE}),
    ("Vous décrochez votre bac, sinon on vous rembourse la formation.", {GUARANTEE}),
    ("Con questo corso passi l'esame al primo tentativo, successo garantito al 100%!", {GUARANTEE}),
    (
        "Con la nostra dieta perdi 6 chili in tre settimane, risultato garantito o rimborso completo.",
        {GUARANTEE},
    ),
    ("Met ons plan gaat je omzet gegarandeerd omhoog.", {GUARANTEE}),
    ("Ye scheme mein guaranteed returns hai, 100% no loss.", {GUARANTEE}),
    ("Pass your driving test first time, guaranteed", {GUARANTEE}),
    ("Our fund pays 9% a year in dividends, guaranteed.", {GUARANTEE}),
    ("Sie bestehen die Prüfung beim ersten Mal – garantiert!", {GUARANTEE}),
    ("Aprobarás el examen a la primera, ¡garantizado al 100 %!", {GUARANTEE}),
    ("Você passa na prova de primeira, garantido 100%!", {GUARANTEE}),
    # a Taglish cure claim stays a health claim
    ("Sobrang galing ng tea namin, gumagaling daw ang arthritis in 2 weeks, clinically proven pa.", {HEALTH}),
]

PROMISE_NEGATIVES = [
    ("Order by Friday for delivery before Christmas. Guaranteed.", set()),
    ("Fresh bread every morning. Guaranteed.", set()),
    ("Two-year guarantee on all parts and labour.", set()),
    ("We guarantee a reply within 24 hours.", set()),
    ("Love it or return it within 30 days, no questions asked.", set()),
    ("Nothing in investing is guaranteed.", set()),
    ("No one can guarantee your bill drops by 40%.", set()),
    ("Will my bill drop by 40%? Not guaranteed, it depends on your usage.", set()),
    ("Coton garanti à 100 % bio.", set()),
    ("La livraison est garantie à 100 % avant Noël.", set()),
    ("Satisfait ou remboursé : sinon on vous rembourse sous 30 jours.", set()),
    ("Prodotto garantito al 100% made in Italy.", set()),
    ("Il nostro olio è garantito al 100% italiano.", set()),
    ("Gegarandeerd droog: onze regenjas houdt alles tegen.", set()),
    ("Met deze ladder kom je gegarandeerd hoger dan met een trapje.", set()),
    ("Fast delivery to your door, guaranteed.", set()),
    ("Your parcel arrives on Friday, guaranteed", set()),
    ("Your parcel arrives within 2 days. Guaranteed!", set()),
    ("Best price in town, guaranteed.", set()),
    ("Do you pass your driving test first time, guaranteed?", set()),
    ("Lieferung bis Freitag – garantiert!", set()),
    ("Frisches Brot jeden Morgen. Garantiert!", set()),
    ("Algodón garantizado al 100 % natural.", set()),
    ("Entrega garantizada al 100 % en 24 horas.", set()),
    ("Algodão garantido 100% orgânico.", set()),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, id=f"{family}-{i}")
        for family, cases in (
            ("tip", TIPS),
            ("tip-negative", TIP_NEGATIVES),
            ("promise", PROMISES),
            ("promise-negative", PROMISE_NEGATIVES),
        )
        for i, (text, expected) in enumerate(cases)
    ],
)
def test_tips_and_promises(categories, text: str, expected: set[str]) -> None:
    assert categories(text) & CLAIMS == expected


# A promised result, then its guarantee as a sentence of its own: a claim; the same guarantee after a
# delivery date or a product's freshness is a service promise, and a denial before it is no promise.
RESULTS = [
    "Your energy bill drops by {n}%.",
    "You lose {n} kg before the summer.",
    "Your grades go up by {n} points.",
    "Your shop gets {n}% more leads.",
    "Your site hits page one in {n} days.",
]
SERVICES = [
    "Your parcel arrives within {n} days.",
    "Fresh coffee every morning for {n} days.",
    "Our helpline answers within {n} minutes.",
]


@settings(max_examples=100, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=90),
    result=st.sampled_from(RESULTS),
    service=st.sampled_from(SERVICES),
    mark=st.sampled_from([".", "!", ", no ifs, no buts.", ". No questions asked."]),
    apart=st.sampled_from([" ", ", "]),
    lead=st.sampled_from(["", "Switch today. ", "Join now and see. "]),
)
def test_a_guarantee_said_apart_from_its_result_is_a_claim_but_not_after_a_service(
    categories, n: int, result: str, service: str, mark: str, apart: str, lead: str
) -> None:
    # " Guaranteed." as a sentence of its own, or ", guaranteed." closing the promise's sentence
    said, told = result.format(n=n), service.format(n=n)
    if apart == ", ":
        said, told, word = said.rstrip("."), told.rstrip("."), "guaranteed"
    else:
        word = "Guaranteed"
    assert GUARANTEE in categories(f"{lead}{said}{apart}{word}{mark}")
    assert GUARANTEE not in categories(f"{lead}{told}{apart}{word}{mark}")
    assert GUARANTEE not in categories(
        f"Nobody can promise this: {result.format(n=n)[0].lower()}{result.format(n=n)[1:]}"
    )


# In each language: a forecast of our own numbers said in everyday words, a push to buy our shares,
# and the same numbers reported in the past (a published result is no forecast).
FORECASTS = {
    "en": (
        "Our share price will be up {n}% by next spring, get your shares in now.",
        "Our share price was up {n}% last spring, as reported in the annual accounts.",
    ),
    "hi": (
        "Humara next quarter result zabardast aane wala hai, stock {n}% upar jayega, abhi buy kar lo.",
        "Pichle quarter ka result zabardast aaya tha, stock {n}% upar gaya tha.",
    ),
    "it": (
        "L'anno prossimo il fatturato cresce del {n}%, il titolo va comprato adesso.",
        "L'anno scorso il fatturato è cresciuto del {n}%, come da bilancio approvato.",
    ),
    "de": (
        "Nächstes Jahr knacken wir die Milliarde Umsatz und die Aktie geht locker auf {n} €.",
        "Letztes Jahr haben wir die Milliarde Umsatz geknackt, die Aktie stieg auf {n} €.",
    ),
    "es": (
        "Me han chivado que se aprueba la compra de Olivares del Sur, yo compraba acciones antes del {n}.",
        "La compra de Olivares del Sur se aprobó el {n} de marzo, según la nota de prensa.",
    ),
    "nl": (
        "De overname van Bakkerij Smit is bijna rond, daarna schiet ons aandeel {n}% omhoog.",
        "De overname van Bakkerij Smit was bijna rond, maar ging op {n} maart niet door.",
    ),
    "ko": (
        "다음 분기 영업이익이 {n}% 넘게 나올 거래요. 주가 곧 오를 테니 지금 사두세요.",
        "지난 분기 영업이익이 {n}% 증가했습니다.",
    ),
}


@settings(max_examples=100, deadline=None)
@given(lang=st.sampled_from(sorted(FORECASTS)), n=st.integers(min_value=5, max_value=95))
def test_a_forecast_or_tip_in_everyday_words_is_flagged_but_not_a_reported_result(
    categories, lang, n
) -> None:
    forecast, reported = FORECASTS[lang]
    assert FINANCIAL in categories(forecast.format(n=n))
    assert FINANCIAL not in categories(reported.format(n=n))


# "garanti à 100 %" after a result, and the same words of a material or a delivery.
HUNDRED_PERCENT = {
    "fr": (
        "Vous {result}, c'est garanti à 100 % !",
        ["perdez 5 kg", "obtenez votre permis", "doublez vos ventes"],
        ["Coton garanti à 100 % bio.", "La livraison est garantie à 100 % avant Noël."],
    ),
    "it": (
        "Con noi {result}, è garantito al 100%!",
        ["perdi 5 chili", "passi l'esame", "raddoppi le vendite"],
        ["Prodotto garantito al 100% made in Italy.", "La consegna è garantita al 100% entro Natale."],
    ),
    "es": (
        "Con nosotros {result}, ¡garantizado al 100 %!",
        ["pierdes 5 kilos", "apruebas el examen", "duplicas las ventas"],
        ["Algodón garantizado al 100 % natural.", "Entrega garantizada al 100 % en 24 horas."],
    ),
    "pt": (
        "Com a gente você {result}, garantido 100%!",
        ["perde 5 quilos", "passa na prova", "dobra as vendas"],
        ["Algodão garantido 100% orgânico.", "Entrega garantida 100% em 24 horas."],
    ),
}


@settings(max_examples=60, deadline=None)
@given(lang=st.sampled_from(sorted(HUNDRED_PERCENT)), data=st.data())
def test_a_result_guaranteed_at_a_hundred_percent_is_a_claim_but_not_a_material(
    categories, lang, data
) -> None:
    template, results, materials = HUNDRED_PERCENT[lang]
    assert GUARANTEE in categories(template.format(result=data.draw(st.sampled_from(results))))
    assert GUARANTEE not in categories(data.draw(st.sampled_from(materials)))
