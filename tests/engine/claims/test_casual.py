"""Risky claims said casually (case tables of the team's own examples, with each family's hard negatives).

Three families that finance jargon misses: an unannounced deal as chat ("we're in final talks to acquire
a rival", "the takeover is as good as done", "so gut wie durch"), a share-price target in ordinary words
("our stock is going to $180 by spring") and a guaranteed return in a code-switched language (Taglish,
Spanglish, Hinglish). The negatives are the same words in announced, past, questioned, job-advert,
service-promise and risk-warning uses.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

GUARANTEE = "claims.guarantee"
FINANCIAL = "claims.financial"
CLAIMS = {GUARANTEE, FINANCIAL, "claims.health"}

DEALS = [
    ("Keep it quiet: we're in final talks to acquire a rival in Spain.", {FINANCIAL}),
    ("We are in advanced negotiations to buy a payments startup, hush hush.", {FINANCIAL}),
    ("Management is in exclusive talks to merge with a bigger player.", {FINANCIAL}),
    ("Between us, the takeover is as good as done, official in June.", {FINANCIAL}),
    ("The merger's basically a done deal, the paperwork follows next month.", {FINANCIAL}),
    ("Our acquisition of the Dutch plant is in the bag, don't tell anyone yet.", {FINANCIAL}),
    ("The takeover is a done deal, official next week.", {FINANCIAL}),
    ("We're finalising the acquisition of a competitor, announcement in March.", {FINANCIAL}),
    ("Wir stehen kurz vor der Übernahme eines Konkurrenten, psst.", {FINANCIAL}),
    ("We finalised the acquisition of Globex in 2023, see the press release.", set()),
    ("Die Übernahme wurde letztes Jahr abgeschlossen.", set()),
    ("Der Kauf des Wettbewerbers ist so gut wie sicher, verkündet wird im Herbst.", {FINANCIAL}),
    ("Wir sind in finalen Gesprächen zur Übernahme eines Zulieferers.", {FINANCIAL}),
    ("Le rachat de notre concurrent est quasiment bouclé, annonce en avril.", {FINANCIAL}),
    ("Nous sommes en négociations exclusives pour racheter une start-up.", {FINANCIAL}),
    ("La compra del competidor está prácticamente cerrada, se anuncia en mayo.", {FINANCIAL}),
    ("Estamos en negociaciones avanzadas para adquirir una fintech.", {FINANCIAL}),
    ("L'acquisizione del concorrente è praticamente fatta, ufficiale a giugno.", {FINANCIAL}),
    ("Siamo in trattative avanzate per acquisire un distributore.", {FINANCIAL}),
    ("A aquisição da rival está praticamente fechada, anúncio em julho.", {FINANCIAL}),
    ("Estamos em negociações avançadas para comprar um concorrente.", {FINANCIAL}),
    ("De overname van de concurrent is zo goed als rond, officieel in mei.", {FINANCIAL}),
    ("We zitten in vergevorderde gesprekken om een leverancier over te nemen.", {FINANCIAL}),
    # hard negatives: announced with a press release, past, fell through, questions, not M&A
    ("As announced in today's press release, we completed the acquisition of Globex.", set()),
    ("Last year's takeover of our Lyon plant went smoothly.", set()),
    ("The merger was as good as done until the regulator blocked it in 2019.", set()),
    ("Is the takeover as good as done?", set()),
    ("We're in final talks with the caterer about the summer party menu.", set()),
    ("Die Übernahme war so gut wie durch, dann ist sie 2021 geplatzt.", set()),
    ("Le rachat était quasiment bouclé avant l'échec de 2020.", set()),
    ("La compra no está cerrada y quizá nunca lo esté.", set()),
    ("De overname was zo goed als rond, maar ging in 2019 niet door.", set()),
    ("Our project is as good as done, launch party Friday!", set()),
]

SHARE_PRICE = [
    ("Our share price is going to $180 by spring, you heard it here.", {FINANCIAL}),
    ("The stock's headed for $75 once the new line ships.", {FINANCIAL}),
    ("Our stock will be at $300 by Christmas, easy.", {FINANCIAL}),
    ("Shares are going past $40 after the launch, screenshot this.", {FINANCIAL}),
    ("Our share price is set to top €60 this summer.", {FINANCIAL}),
    # hard negatives: past, reported, questions, not a share price
    ("Our share price was $180 at the close yesterday.", set()),
    ("The stock traded at $75 last week, according to the exchange.", set()),
    ("Is our share price going to $180?", set()),
    ("The ticket price is going to $20 next month.", set()),
    ("Nobody knows if our stock is going to $100.", set()),
]

CODE_SWITCHED = [
    ("Sali na kayo, guaranteed na kikita kayo ng 20% kada buwan!", {GUARANTEE}),
    ("Promo ngayon: guaranteed tubo, walang risk sa puhunan!", {GUARANTEE}),
    ("Con este plan it's guaranteed que vas a ganar 15% monthly.", {GUARANTEE}),
    ("Bro this scheme is guaranteed, ganancias every week, sin risk!", {GUARANTEE}),
    ("Is plan mein guaranteed munafa hai, koi risk nahi!", {GUARANTEE}),
    ("Bro, 100% pakka return milega, tension mat lo.", {GUARANTEE}),
    ("Yaar, pakka profit hai is coin mein, abhi invest karo.", {GUARANTEE}),
    ("Invest karo, guaranteed 10% har mahine milega.", {GUARANTEE}),
    # hard negatives: service promises, risk warnings, job adverts
    ("Guaranteed na darating ang order ninyo bukas.", set()),
    ("Walang guaranteed na kita sa investing, mag-ingat kayo.", set()),
    ("No hay nada guaranteed en la bolsa, cuidado con las estafas.", set()),
    ("Koi bhi investment guaranteed nahi hota, risk samajh ke invest karo.", set()),
    ("Main pakka aaunga party mein, don't worry.", set()),
    ("Hiring: sales associate, guaranteed base pay plus commission.", set()),
    ("Guaranteed delivery sa loob ng 3 araw, libre pa ang shipping.", set()),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, id=f"{family}-{i}")
        for family, cases in (("deal", DEALS), ("share-price", SHARE_PRICE), ("code-switched", CODE_SWITCHED))
        for i, (text, expected) in enumerate(cases)
    ],
)
def test_casual_claims(categories, text: str, expected: set[str]) -> None:
    assert categories(text) & CLAIMS == expected


@settings(max_examples=80, deadline=None)
@given(
    deal=st.sampled_from(["takeover", "merger", "acquisition", "buyout"]),
    done=st.sampled_from(["as good as done", "as good as signed", "in the bag", "basically done"]),
    when=st.sampled_from(["official in March", "we announce next month", "keep it quiet", ""]),
)
def test_a_deal_said_done_is_flagged_but_not_when_it_was(categories, deal: str, done: str, when: str) -> None:
    assert FINANCIAL in categories(f"The {deal} is {done}. {when}")
    assert FINANCIAL not in categories(f"The {deal} was {done} before it collapsed in 2019.")


@settings(max_examples=80, deadline=None)
@given(
    subject=st.sampled_from(["Our share price", "The stock", "Our shares", "Our stock"]),
    verb=st.sampled_from(["is going to", "is headed for", "will hit", "is set to reach"]),
    amount=st.integers(min_value=1, max_value=9999),
    currency=st.sampled_from(["$", "€", "£"]),
)
def test_a_share_price_target_is_flagged_but_not_asked(categories, subject, verb, amount, currency) -> None:
    assert FINANCIAL in categories(f"{subject} {verb} {currency}{amount} by spring.")
    assert FINANCIAL not in categories(f"{subject} was {currency}{amount} last spring.")


@settings(max_examples=80, deadline=None)
@given(
    lead=st.sampled_from(
        ["guaranteed na kikita kayo ng", "guaranteed que vas a ganar", "guaranteed", "guaranteed munafa"]
    ),
    rate=st.integers(min_value=1, max_value=99),
    period=st.sampled_from(["monthly", "weekly", "kada buwan", "har mahine", "mensual", "a year"]),
)
def test_a_guaranteed_rate_is_flagged_in_any_mix_but_not_denied(categories, lead, rate, period) -> None:
    assert GUARANTEE in categories(f"Sali na, {lead} {rate}% {period}!")
    assert GUARANTEE not in categories(f"Beware: nothing is {lead} {rate}% {period}.")
