"""Round 18: a stock tip forbidden is no stock tip (claims.financial).

Class closed: a policy reminder that names stock tips, insider tips or inside information only to forbid
them, the prohibition after the tip in its clause ("Sharing insider tips here is strictly prohibited",
Hinglish "Stock tips dena group rules ke khilaf hai", "Aktientipps sind hier nicht erlaubt", "Les tuyaux
boursiers sont interdits", "Compartir información privilegiada está prohibido") or before it ("È vietato
condividere informazioni privilegiate"). The token patterns' ``forbidden_after`` reads the rest of the
tip's sentence, up to a colon or a dash (what follows "Stock tip:" is the tip itself), or the sentence
after the tip named alone as a question ("Crypto picks? Not allowed here."); their
``negations`` the prohibition before. A tip given stays a tip, and so does one followed by a warning of
another kind ("Stock tip: ACME doubles next week, miss mat karna").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

FINANCIAL = "claims.financial"
common = settings(max_examples=40, deadline=None)

FORBIDDEN = [
    # English and Hinglish, the prohibition after the tip
    "Posting insider tips in the public channels is strictly prohibited.",
    "Penny stock picks are not allowed in this community, sorry.",
    "Crypto tips yahan share karna allowed nahi hai, admins remove kar denge",
    "Insider info share karna SEBI rules ke khilaf hai, aisa na karein",
    "Stock picks group mein post karna mana hai, please dhyan rakhein",
    # the other languages, after and before
    "Börsentipps in der Firmengruppe zu posten ist laut Compliance untersagt.",
    "Aandelentips delen in deze app is verboden, lees de huisregels.",
    "Pasar un chivatazo bursátil a los clientes está terminantemente prohibido.",
    "Diffuser des tuyaux boursiers sur le forum est strictement interdit.",
    "Passare dritte di borsa ai colleghi è vietato dal codice etico.",
    "Repassar informações privilegiadas a terceiros é proibido por lei.",
    "È severamente vietato diffondere informazioni privilegiate sul gruppo.",
    "Es ist untersagt, Insiderinformationen an Dritte weiterzugeben.",
    # the tips named as a topic, then ruled on; a prohibition of another wording
    "Crypto picks? Not allowed in this channel.",
    "Börsentipps? Hier verboten.",
    "Posting penny stock tips is a fireable offence here.",
]

GIVEN = [
    # a tip given, a warning of another kind after it, or the tip after a colon or a dash
    "Stock tip of the day: ACME, thank me later!",
    "Insider tip: the Q3 numbers will beat, don't share it with anyone.",
    "My crypto pick for 2027 — SOLX, miss mat karna!",
    "Aktientipp der Woche: Nordlicht AG, unbedingt kaufen.",
    "Dritta di borsa: comprate Lumen prima dei conti, vietato perderla!",
    "Tuyau boursier : achetez Orva avant lundi.",
    "Stock tip? Buy Orva before Friday.",
]


@pytest.mark.parametrize("text", FORBIDDEN)
def test_a_tip_forbidden_is_no_financial_claim(categories, text: str) -> None:
    assert FINANCIAL not in categories(text)


@pytest.mark.parametrize("text", GIVEN)
def test_a_tip_given_stays_a_financial_claim(categories, text: str) -> None:
    assert FINANCIAL in categories(text)


TIPS = ["stock tips", "insider tips", "crypto picks", "penny stock tips", "insider info"]
ACTS = ["Sharing", "Posting", "Forwarding", "Giving out"]
PROHIBITIONS = [
    "is not allowed here",
    "is strictly prohibited in this group",
    "is against company policy",
    "is forbidden by our code of conduct",
]
HINGLISH_PROHIBITIONS = ["mana hai", "allowed nahi hai", "policy ke against hai", "rules ke khilaf hai"]


@common
@given(
    tip=st.sampled_from(TIPS),
    act=st.sampled_from(ACTS),
    prohibition=st.sampled_from(PROHIBITIONS),
    forbidden=st.booleans(),
)
def test_an_english_prohibition_after_the_tip_clears_it(
    categories, tip: str, act: str, prohibition: str, forbidden: bool
) -> None:
    text = f"{act} {tip} {prohibition}." if forbidden else f"{act} {tip}: ACME is about to double."
    assert (FINANCIAL in categories(text)) == (not forbidden)


@common
@given(
    tip=st.sampled_from(["Stock tips", "Insider tips", "Crypto picks", "Stock picks"]),
    prohibition=st.sampled_from(HINGLISH_PROHIBITIONS),
    verb=st.sampled_from(["share karna", "dena", "post karna", "forward karna"]),
    forbidden=st.booleans(),
)
def test_a_hinglish_prohibition_after_the_tip_clears_it(
    categories, tip: str, prohibition: str, verb: str, forbidden: bool
) -> None:
    text = f"{tip} {verb} {prohibition}" if forbidden else f"{tip}: ACME kal double hoga, abhi le lo"
    assert (FINANCIAL in categories(text)) == (not forbidden)


@common
@given(
    case=st.sampled_from(
        [
            ("Aktientipps", "sind in diesem Chat verboten.", "der Woche: Nordlicht AG kaufen."),
            ("Aktientipps", "sind hier nicht erlaubt.", "für heute: Brauhaus AG nachkaufen."),
            ("Aandelentips", "zijn hier niet toegestaan.", "van de week: koop Polder NV."),
            ("Les tuyaux boursiers", "sont interdits sur ce canal.", "du jour : achetez Orva."),
            ("Dar un chivatazo bursátil", "está prohibido en este grupo.", "de hoy: comprad Vela."),
            ("La información privilegiada", "no está permitida aquí.", "de hoy: comprad Vela."),
            ("Le dritte di borsa", "sono vietate in questa chat.", "di oggi: comprate Lumen."),
            ("As dicas da bolsa", "são proibidas neste grupo.", "de hoje: comprem a Brisa."),
        ]
    ),
    forbidden=st.booleans(),
)
def test_a_prohibition_in_the_other_languages_clears_the_tip(
    categories, case: tuple[str, str, str], forbidden: bool
) -> None:
    tip, prohibition, given_tip = case
    text = f"{tip} {prohibition}" if forbidden else f"{tip} {given_tip}"
    assert (FINANCIAL in categories(text)) == (not forbidden)
