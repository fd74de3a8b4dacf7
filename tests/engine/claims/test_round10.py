"""Round 10 classes of claims (the team's own examples, hard negatives, and a property per class).

1. Deals leaked in casual words, in every language: another firm buying us, our company about to get
   bought, the deal to acquire being closed, a merger "not public yet", a deal we are about to close.
2. Tips to buy our stock before results, and beats of estimates or guidance: options on our stock, a
   share "through the roof" verb first, "we'll beat it by 40%", a year closed with an amount, a rise
   "at least" in mixed languages, Japanese "N% increase expected" and "good to buy"; education stays clean.
3. Guaranteed outcomes and guarantee tags: an approval guaranteed, a forecast tagged "garantiert" or
   "garanti", a Dutch figure "gegarandeerd boven" an amount; warnings, distrust and hotel terms stay clean.
4. Health: a product said to cure an airway or gut complaint (de), an effect on a disease "proven"
   (Korean 효과가 입증, Japanese 効果が実証); public-health advice and denials stay clean.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

HEALTH = "claims.health"
GUARANTEE = "claims.guarantee"
FINANCIAL = "claims.financial"
WATCHED = {HEALTH, GUARANTEE, FINANCIAL}

common = settings(max_examples=60, deadline=None)

CASUAL_DEALS = [
    ("Shh — Halvorsen Capital is buying us. Big reveal on Monday.", {FINANCIAL}),
    ("Between us: a Japanese conglomerate wants to acquire us outright.", {FINANCIAL}),
    ("We're about to get acquired, keep it to yourselves until the all-hands.", {FINANCIAL}),
    ("Rumour is true, my startup (no names) is going to be bought by a big bank.", {FINANCIAL}),
    ("We are signing the agreement to buy a Danish rival on Monday.", {FINANCIAL}),
    ("Finally inking the deal to acquire Corvid Analytics this week!", {FINANCIAL}),
    ("The takeover of Pell & Dane is not announced yet, so zip it.", {FINANCIAL}),
    ("Our acquisition of Brightmoor is still not public, don't post anything.", {FINANCIAL}),
    ("Big news coming — our purchase of the Larkspur chain should close by June.", {FINANCIAL}),
    ("Entre nous : on rachète la start-up nantaise Ondine en mai, rien n'est signé.", {FINANCIAL}),
    ("Firma kupi w marcu producenta mebli Dąb, ale to poufne.", {FINANCIAL}),
    ("Estamos prestes a assinar a aquisição da Lumen Cargo.", {FINANCIAL}),
    ("Vamos a cerrar la fusión con Aurora Seguros en marzo, ¡no digáis nada!", {FINANCIAL}),
    ("Chiudiamo la fusione con Ardea Telecom a marzo, acqua in bocca.", {FINANCIAL}),
    # hard negatives: rumours not commented on, questions, denials, lunch bought, deals done, others' news
    ("Everyone keeps asking whether we're being acquired. We don't comment on rumours.", set()),
    ("Is anyone going to acquire us? Probably not, and that's fine.", set()),
    ("Nobody is buying us, we're independent and staying that way.", set()),
    ("Dad is buying us lunch today!", set()),
    ("The new hire is buying us pizza, and then drinks.", set()),
    ("Extending the contract buys us time, and that's fine.", set()),
    ("The house next door is about to get bought by a developer.", set()),
    ("Contoso closed the deal to acquire Fabrikam in 2022.", set()),
    ("The new logo isn't public yet, stay tuned!", set()),
    ("Orlen przejmie sieć stacji na Litwie, podała agencja.", set()),
    ("Não vamos fechar a fusão com ninguém este ano.", set()),
    ("No vamos a cerrar la fusión con nadie.", set()),
    ("A fusão com a Solaris foi concluída em 2022.", set()),
]


STOCK_TIPS_AND_BEATS = [
    ("Results on Tuesday. My two cents: grab some calls on our stock before then.", {FINANCIAL}),
    ("Morgen nach dem Launch gehen unsere Aktien durch die Decke.", {FINANCIAL}),
    ("We're going to crush guidance by 25%, mark my words.", {FINANCIAL}),
    ("Consensus says 2.10 EPS? We'll top it by 15%.", {FINANCIAL}),
    ("We're set to end the year with more than €2bn in bookings.", {FINANCIAL}),
    ("We plan to finish FY28 with north of $1.2B in ARR.", {FINANCIAL}),
    ("Umsatz +30% mindestens, nächstes Jahr wird wild.", {FINANCIAL}),
    ("Honestly, bookings up 40% at least next quarter. Buy the stock today.", {FINANCIAL}),
    ("来年は利益20％アップの見込み。株を買うといいよ。", {FINANCIAL}),
    # hard negatives: education and denials, personal records, history, others' forecasts
    ("Financial literacy 101: never chase stock tips from strangers.", set()),
    ("Beware of stock picks from strangers online.", set()),
    ("We don't give stock tips, we teach budgeting.", set()),
    ("I'm going to beat my 5k time by 10% this spring!", set()),
    ("Revenue was up 50% at least last year, what a ride.", set()),
    ("Don't buy the stock now, wait for the facts.", set()),
    ("Last quarter we beat the estimate by 3%.", set()),
    ("We expect to close the office with a party on Friday.", set()),
    ("Analysts expect Contoso to end the year with $3bn in sales.", set()),
]


GUARANTEES = [
    ("Sign up today and your loan approval is guaranteed within 24 hours.", {GUARANTEE}),
    ("Apply through us: university admission guaranteed, whatever your grades.", {GUARANTEE}),
    ("Our ARR will double by December — garanti.", {FINANCIAL, GUARANTEE}),
    ("Sales will reach 40M next year, garantiert!", {FINANCIAL, GUARANTEE}),
    ("Je winst gaat gegarandeerd omhoog met ons systeem.", {GUARANTEE}),
    ("De winst komt volgend jaar boven de 50 miljoen, let maar op.", {FINANCIAL}),
    # hard negatives: warnings, distrust, refusals, hotel and shop terms, history
    ("Beware of guaranteed returns, they are a classic scam.", set()),
    ("Diffidate sempre di chi vi promette rendimenti garantiti.", set()),
    ("Vorsicht vor „garantierten Gewinnen“ – die BaFin warnt davor.", set()),
    ("Visa approval is never guaranteed, whatever agents say.", set()),
    ("Room guaranteed: late arrival after 6pm.", set()),
    ("Reservation guaranteed: we hold your table until 9.", set()),
    ("De omzet ging vorig jaar boven de 1 miljard uit.", set()),
]


HEALTH_CLAIMS = [
    ("Unser Kräutertee lindert Husten in zwei Tagen.", {HEALTH}),
    ("Die Solekur heilt Sinusitis ganz ohne Medikamente!", {HEALTH}),
    ("이 차는 당뇨 개선 효능이 검증된 제품입니다.", {HEALTH}),
    ("当社のサプリはがん予防に効果が実証されました。", {HEALTH}),
    # hard negatives: vaccines and public health, denials, warnings, plain medical facts
    ("Die Impfung verhindert Keuchhusten bei Säuglingen.", set()),
    ("암 예방에 효과가 입증되지 않았습니다.", set()),
    ("금연이 암 예방에 효과가 입증되었습니다.", set()),
    ("がん予防に効果が実証されたという広告に注意。", set()),
    ("Bronchitis ist eine Entzündung der Bronchien, bitte zum Arzt.", set()),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, id=f"{family}-{i}")
        for family, cases in (
            ("casual-deal", CASUAL_DEALS),
            ("stock-tip-or-beat", STOCK_TIPS_AND_BEATS),
            ("guarantee", GUARANTEES),
            ("health", HEALTH_CLAIMS),
        )
        for i, (text, expected) in enumerate(cases)
    ],
)
def test_round10_classes(categories, text: str, expected: set[str]) -> None:
    assert categories(text) & WATCHED == expected


# A deal leaked casually, per language: the leak, and the same words asked or denied.
DEAL_LEAKS = {
    "en": ("{p} is buying us. Announcement {w}.", "Nobody is buying us, {p} included."),
    "en-passive": (
        "We're about to get acquired by {p}, announcement {w}.",
        "Are we about to get acquired by {p}? No, nothing of the sort.",
    ),
    "en-not-public": ("The merger with {p} isn't public yet, {w} it is.", "The merger with {p} closed."),
    "pt": ("Vamos fechar a fusão com a {p} {w}.", "Não vamos fechar a fusão com a {p}."),
    "es": ("Vamos a cerrar la fusión con {p} {w}.", "No vamos a cerrar la fusión con {p}."),
    "it": ("Chiudiamo la fusione con {p} {w}.", "Non chiudiamo la fusione con {p}."),
}
PARTIES = ["Mercator Bank", "Solaris Seguros", "Tallis Telecom", "Vireo Labs", "Ardea"]
WHEN = ["Thursday", "in March", "next month", "soon"]


@common
@given(
    language=st.sampled_from(sorted(DEAL_LEAKS)),
    party=st.sampled_from(PARTIES),
    when=st.sampled_from(WHEN),
    leaked=st.booleans(),
)
def test_a_deal_leaked_in_casual_words_is_flagged_unless_asked_or_denied(
    categories, language: str, party: str, when: str, leaked: bool
) -> None:
    leak, denial = DEAL_LEAKS[language]
    text = (leak if leaked else denial).format(p=party, w=when)
    assert (FINANCIAL in categories(text)) == leaked


# A tip to trade our stock or a beat of the market's numbers, and the same words as education or denial.
TIPS = {
    "calls": ("{a}: buy calls on our stock before {w}.", "{a}: never buy calls on a stock before {w}."),
    "beat": ("{a}? We'll beat it by {n}%.", "{a}? We won't beat it by {n}%."),
    "close-with": (
        "We expect to close {w} with over ${n}M in ARR.",
        "Analysts expect to close {w} with over ${n}M.",
    ),
    "stock-tips": ("Stock tip of the week: {a}.", "{a}: don't chase stock tips."),
    "de": ("Nach den Zahlen {w} geht unsere Aktie durch die Decke.", "Ob unsere Aktie durch die Decke geht?"),
}


@common
@given(
    kind=st.sampled_from(sorted(TIPS)),
    about=st.sampled_from(["Guidance", "Consensus EPS", "Revenue guidance", "The street estimate"]),
    when=st.sampled_from(["Thursday", "FY27", "next quarter", "am Donnerstag"]),
    number=st.integers(min_value=5, max_value=900),
    tipped=st.booleans(),
)
def test_a_tip_on_our_stock_or_a_beat_of_estimates_is_flagged_unless_denied(
    categories, kind: str, about: str, when: str, number: int, tipped: bool
) -> None:
    tip, denial = TIPS[kind]
    text = (tip if tipped else denial).format(a=about, w=when, n=number)
    assert (FINANCIAL in categories(text)) == tipped


# A forecast tagged with a guarantee in any language, and the same tag on a delivery (no result promised).
GUARANTEE_TAGS = [
    "guaranteed",
    "garantiert",
    "garanti",
    "garantito",
    "garantizado",
    "garantido",
    "gegarandeerd",
]


@common
@given(
    tag=st.sampled_from(GUARANTEE_TAGS),
    metric=st.sampled_from(["revenue", "EBITDA", "ARR", "profit"]),
    amount=st.integers(min_value=2, max_value=900),
    promised=st.booleans(),
)
def test_a_forecast_tagged_guaranteed_in_any_language_is_a_guarantee(
    categories, tag: str, metric: str, amount: int, promised: bool
) -> None:
    if promised:
        text = f"Our {metric} will hit {amount}M next year, {tag}!"
    else:
        text = f"Your {amount} mugs ship on Friday, {tag}."
    assert (GUARANTEE in categories(text)) == promised


# A product's effect on a disease said proven, and the same words denied or said of a public-health habit.
PROVEN_EFFECTS = {
    "ko": (
        "우리 {p} 제품은 {d} 예방에 효과가 입증되었습니다.",
        "{d} 예방에 효과가 입증되지 않았습니다.",
        ["홍삼", "녹차", "유산균"],
        ["암", "감기", "비염"],
    ),
    "ja": (
        "当社の{p}は{d}予防に効果が実証されました。",
        "{d}予防に効果が実証されたという広告に注意。",
        ["サプリ", "お茶"],
        ["がん", "風邪", "花粉症"],
    ),
    "de": (
        "Unser {p} heilt {d}!",
        "Die Impfung verhindert {d}.",
        ["Kräutertee", "Salzstollen"],
        ["Bronchitis", "Husten", "Sinusitis"],
    ),
}


@common
@given(data=st.data(), language=st.sampled_from(sorted(PROVEN_EFFECTS)), claimed=st.booleans())
def test_a_product_said_to_cure_or_prevent_a_disease_is_a_health_claim(
    categories, data: st.DataObject, language: str, claimed: bool
) -> None:
    claim, negative, products, diseases = PROVEN_EFFECTS[language]
    product, disease = data.draw(st.sampled_from(products)), data.draw(st.sampled_from(diseases))
    text = (claim if claimed else negative).format(p=product, d=disease)
    assert (HEALTH in categories(text)) == claimed
