"""A claim named to deny it, accidental matches of everyday words, leaks with a push to trade, and
Japanese guarantees (case tables of the team's own examples, with each family's hard negatives, and a
property per family).

Families: a question or an FAQ that names a guarantee to deny it ("Is any savings account risk-free?",
"Poupança é sem risco?"), everyday words that looked like a tip ("selling my bike before they close",
"Dica de verão", "consiglio di amministrazione"); an unannounced deal or an internal figure told with a
push to trade ("grab some shares before the news", "a marzo annunciamo l'acquisizione di X", "die
Gewinnprognose liegt intern bei 18 %", Korean "내부 전망", a hedge "vão com certeza dobrar"); Japanese
"利益が確実に保証されます" and "損することはありません". The negatives are the same words in a press
release of the day, a job advert, a service promise, a blackout rule, a warning or a question.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

GUARANTEE = "claims.guarantee"
FINANCIAL = "claims.financial"
CLAIMS = {GUARANTEE, FINANCIAL, "claims.health"}

DENIALS_AND_EVERYDAY_WORDS = [
    ("Is a savings account ever risk-free? Not really, so read the terms.", set()),
    ("FAQ: 'Are bonds risk-free?' They are safer than shares, but nothing is risk-free.", set()),
    ("Pergunta comum: 'Tesouro Direto é sem risco?' O risco é baixo, mas existe.", set()),
    ("¿Un depósito es sin riesgo? Tiene la garantía del FGD hasta 100.000 euros.", set()),
    ("Un livret est-il sans risque ? Il est garanti par l'État jusqu'à un plafond.", set()),
    ("Un conto deposito è senza rischi? È coperto dal FITD fino a 100.000 euro.", set()),
    ("Is anyone selling their bike before they move to Leeds? I'll pay cash.", set()),
    ("Buy your tickets before they sell out — the festival starts Friday.", set()),
    ("Sell the car before it breaks down, my mechanic said.", set()),
    ("Sell the old desk before the office move, says facilities.", set()),
    ("Dica de verão: use protetor solar e beba água. Linha de saúde 808 24 24 24.", set()),
    ("Consejo de salud: duerma ocho horas y camine a diario.", set()),
    ("Il consiglio di amministrazione si riunisce giovedì alle 10.", set()),
    ("Petite info de dernière minute : la cantine ferme à 14 h.", set()),
    ("Get your stock in now before it runs out — the holiday rush is here.", set()),
    ("Reminder: no employee may trade shares before the results are announced.", set()),
    ("Today we announce the acquisition of Brightline Labs; the press release is on our site.", set()),
    ("Oggi annunciamo l'acquisizione di Verdi Logistica: comunicato stampa sul sito.", set()),
    ("Hoy anunciamos la compra de Hidrosur, ya publicada en la CNMV.", set()),
    ("月給30万円を保証します。交通費は全額支給。", set()),
    ("翌日配送を確実に保証します。", set()),
    ("利益が保証されるわけではありません。", set()),
    ("「損することは絶対にない」という勧誘にご注意ください。", set()),
]

LEAKS_WITH_A_PUSH = [
    ("Keep this quiet: grab some Kestrel shares before the news hits on Tuesday.", {FINANCIAL}),
    ("Load up on their stock before it's public, the deal is done.", {FINANCIAL}),
    ("Sell before everyone else does, the ticker is about to tank.", {FINANCIAL}),
    ("Next month we announce the takeover of Orbis — buy before it's out.", {FINANCIAL}),
    ("Tra noi: a marzo annunciamo l'acquisizione di Verdi, le azioni vanno comprate ora.", {FINANCIAL}),
    ("Em março anunciamos a aquisição da Lumen, comprem ações enquanto estão baratas.", {FINANCIAL}),
    ("En marzo anunciamos la adquisición de Hidrosur, comprad acciones ya.", {FINANCIAL}),
    ("Unter uns: die Gewinnprognose liegt intern bei 18 Prozent, kauft jetzt.", {FINANCIAL}),
    ("Die Ergebnisplanung? Das EBIT steht intern schon bei +12 %, rein da.", {FINANCIAL}),
    ("사내 자료로는 순이익이 작년보다 40% 가까이 늘어날 듯. 지금 주식 사두시면 대박이에요.", {FINANCIAL}),
    ("As vendas vão com certeza dobrar no ano que vem.", {FINANCIAL}),
    ("Las acciones van como mínimo a triplicar tras la salida a bolsa.", {FINANCIAL}),
    ("Las ventas del año pasado fueron a parar a un fondo de becas.", set()),
    ("セミナー参加で年収1000万円が必ず保証されます。", {GUARANTEE}),
    ("この投資なら負けることは決してありません。", {GUARANTEE}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, id=f"{family}-{i}")
        for family, cases in (("negative", DENIALS_AND_EVERYDAY_WORDS), ("leak", LEAKS_WITH_A_PUSH))
        for i, (text, expected) in enumerate(cases)
    ],
)
def test_leaks_and_denials(categories, text: str, expected: set[str]) -> None:
    assert categories(text) & CLAIMS == expected


# A guarantee named in a question is no promise, in every language; the same words said are.
RISK_FREE = {
    "en": ("risk-free", "Is {thing} really {claim}?", "{thing} is {claim}, sign up today."),
    "pt": ("sem risco", "{thing} é mesmo {claim}?", "{thing} é {claim}, invista já."),
    "es": ("sin riesgo", "¿{thing} es realmente {claim}?", "{thing} es {claim}, invierte ya."),
    "it": ("senza rischi", "{thing} è davvero {claim}?", "{thing} è {claim}, investi ora."),
    "fr": ("sans risque", "{thing} est-il vraiment {claim} ?", "{thing} est {claim}, investissez."),
}
THINGS = ["This fund", "Our plan", "The Orion portfolio", "Crypto staking", "Gold"]


@settings(max_examples=80, deadline=None)
@given(lang=st.sampled_from(sorted(RISK_FREE)), thing=st.sampled_from(THINGS))
def test_a_guarantee_asked_is_clean_and_said_is_a_claim(categories, lang: str, thing: str) -> None:
    claim, question, statement = RISK_FREE[lang]
    assert GUARANTEE not in categories(question.format(thing=thing, claim=claim))
    assert GUARANTEE in categories(statement.format(thing=thing, claim=claim))


# "sell X before they/it ..." is a trade only next to a share; "<tip> of <season/health>" is no tip.
GOODS = ["their sofa", "my bike", "the old printer", "your car", "some furniture"]
EVENTS = ["the move", "they close", "it breaks", "everyone leaves", "the holidays"]


@settings(max_examples=80, deadline=None)
@given(
    verb=st.sampled_from(["selling", "buying", "sell", "buy"]),
    goods=st.sampled_from(GOODS),
    event=st.sampled_from(EVENTS),
    tip=st.sampled_from(["Dica de verão", "Consejo de cocina", "Consiglio di classe", "Info du jour"]),
)
def test_everyday_selling_and_tips_are_not_financial(categories, verb, goods, event, tip) -> None:
    assert FINANCIAL not in categories(f"{tip}: anyone {verb} {goods} before {event}? Call me.")


@settings(max_examples=60, deadline=None)
@given(
    company=st.sampled_from(["Harwick", "Solent Foods", "Marlow Bio", "Tessera"]),
    shares=st.sampled_from(["shares", "stock"]),
    news=st.sampled_from(["it's announced", "the news", "it goes public", "the announcement"]),
)
def test_shares_before_the_news_is_a_leak_but_not_a_blackout_rule(categories, company, shares, news) -> None:
    assert FINANCIAL in categories(f"Pick up some {company} {shares} before {news}.")
    assert FINANCIAL not in categories(f"Staff must not buy {company} {shares} before {news}.")


# Japanese: a result or an amount said surely guaranteed, or a loss denied, is a promise; the same
# words in a warning or a denial are clean.
@settings(max_examples=60, deadline=None)
@given(
    result=st.sampled_from(["月収50万円が確実に", "利益が", "年収800万円が必ず", "合格を必ず"]),
    ending=st.sampled_from(["保証されます", "保証します"]),
    loss=st.sampled_from(["損することは絶対にありません", "負けることはない", "損をすることはありません"]),
)
def test_japanese_guarantees_and_their_denials(categories, result: str, ending: str, loss: str) -> None:
    assert GUARANTEE in categories(f"このプランなら{result}{ending}。")
    assert GUARANTEE in categories(f"この投資は{loss}。")
    assert GUARANTEE not in categories(f"{result}{ending}という勧誘にご注意ください。")
    assert GUARANTEE not in categories(f"「{loss}」という話は詐欺です。")
