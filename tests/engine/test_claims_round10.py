"""Round 10 classes of claims (the team's own examples, hard negatives, and a property per class).

1. Deals leaked in casual words, in every language: another firm buying us, our company about to get
   bought, the deal to acquire being closed, a merger "not public yet", a deal we are about to close.
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, id=f"{family}-{i}")
        for family, cases in (("casual-deal", CASUAL_DEALS),)
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
