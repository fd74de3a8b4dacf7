"""Round 8 classes in English and code-mixed drafts (the team's own examples, hard negatives, and a
property per class).

Slang forecasts ("gonna moon", "gonna be like 3x"), German "geht durch die Decke", a code-mixed
"+25% next year"; guaranteed outcomes beyond money (a job, a visa); a claim mentioned, not made (in
quotation marks in a sentence about the words or asking a question, a myth refuted, "any supplement");
a code name inside an identifier (a branch, a module) and a quoted song title.
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

SLANG_FORECASTS = [
    ("ngl our token is gonna moon once the listing goes live", {FINANCIAL}),
    ("bookings gonna be like 5x by Q3, load up while it's cheap", {FINANCIAL}),
    ("Unser Umsatz geht nach dem Launch durch die Decke.", {FINANCIAL}),
    ("profit +30% next year, easy", {FINANCIAL}),
    ("Umsatz +18% nächstes Jahr, sagt die Chefin.", {FINANCIAL}),
    ("Next quarter bookings +40%, no cap.", {FINANCIAL}),
    ("Kommendes Jahr Gewinn +12%, merkt euch das.", {FINANCIAL}),
    # hard negatives: a question, history, someone else's share in the past
    ("is our token gonna moon?", set()),
    ("Revenue +12% last year, thanks to the whole team.", set()),
    ("Last year sales +30%, a record for the team.", set()),
    ("Die Aktie von Contoso ging 2021 durch die Decke.", set()),
]

OUTCOMES = [
    ("Sign up now: every student is guaranteed an interview within 30 days.", {GUARANTEE}),
    ("Our visa service guarantees you a visa in six weeks.", {GUARANTEE}),
    ("Complete the course and you're guaranteed a well-paid position.", {GUARANTEE}),
    # hard negatives: denials, a warranty, a delivery
    ("No course can guarantee you a job, whatever the ads say.", set()),
    ("Not every applicant is guaranteed an interview.", set()),
    ("Every order is guaranteed a delivery slot before Christmas.", set()),
]

MENTIONS = [
    ("Watchdog fines bank £3m over 'risk-free' bond adverts.", set()),
    ('Three reasons "guaranteed returns" is the biggest red flag in finance.', set()),
    ('Why "clinically proven" on a shampoo bottle means less than you think.', set()),
    ("Myth: vitamin C cures colds. Fact: it may shorten them a little.", set()),
    ("We can't promise that any cream cures eczema.", set()),
    ("Is a 'guaranteed 15% return' even possible? Honestly, no.", set()),
    ("Washing your hands helps prevent colds.", set()),
    ("Sur scène, la vendeuse hurle « Remboursé et garanti à 100 % ! » et le public rit.", set()),
    ("Mythe : le citron guérit la grippe. En réalité, rien ne le prouve.", set()),
    ("En el teatro, el héroe grita «¡rentabilidad garantizada!» y cae el telón.", set()),
    ("Lavar as mãos com frequência ajuda a prevenir a gripe.", set()),
    ("¿La miel cura la tos? No hay pruebas sólidas.", set()),
    ("Report any 'guaranteed job' offer to our HR team.", set()),
    # the claim made: no quotation marks, or quoted as a promise of our own
    ("Our bond is risk-free and pays 9%.", {GUARANTEE}),
    ("Vitamin C cures colds, try our gummies!", {HEALTH}),
    ('Our new fund: "guaranteed returns" of 12% a year.', {GUARANTEE}),
    ("Notre fonds : « rendement garanti » de 8 % par an !", {GUARANTEE}),
    ("Unser Tee heilt Migräne in drei Tagen.", {HEALTH}),
]

CODE_NAMES = [
    ("Rebased feature/nightjar-checkout-v3 on main.", {CODENAME}),
    ("The nightjar_service pod keeps restarting.", {CODENAME}),
    ("Deploying orion/bluebird-api-2 to staging now.", {CODENAME}),
    # hard negatives: a hymn quoted as sung, a hyphenated colour, the bird
    ("The choir sang 'Bluebird of the morning' at the fair.", set()),
    ("New bluebird-blue mugs in the shop.", set()),
    ("Heard a nightjar churring on the heath last night, binoculars ready.", set()),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, id=f"{family}-{i}")
        for family, cases in (
            ("slang", SLANG_FORECASTS),
            ("outcome", OUTCOMES),
            ("mention", MENTIONS),
            ("codename", CODE_NAMES),
        )
        for i, (text, expected) in enumerate(cases)
    ],
)
def test_round8_classes(categories, text: str, expected: set[str]) -> None:
    assert categories(text) & WATCHED == expected


@common
@given(
    metric=st.sampled_from(["revenue", "ARR", "our stock", "bookings", "sales"]),
    move=st.sampled_from(["moon", "be like 3x", "double", "skyrocket"]),
    asked=st.booleans(),
)
def test_a_slang_forecast_is_a_financial_claim_unless_asked(
    categories, metric: str, move: str, asked: bool
) -> None:
    text = f"is {metric} gonna {move}?" if asked else f"{metric} is gonna {move} by next summer"
    assert (FINANCIAL in categories(text)) == (not asked)


@common
@given(
    who=st.sampled_from(["every graduate", "each student", "all trainees", "every applicant"]),
    outcome=st.sampled_from(["a job", "an interview", "a placement", "a visa", "a promotion"]),
    denied=st.booleans(),
)
def test_a_guaranteed_outcome_is_a_guarantee_unless_denied(
    categories, who: str, outcome: str, denied: bool
) -> None:
    verb = "are" if who == "all trainees" else "is"
    text = (
        f"Not {who} {verb} guaranteed {outcome}."
        if denied
        else f"{who} {verb} guaranteed {outcome} within 90 days."
    )
    assert (GUARANTEE in categories(text)) == (not denied)


@common
@given(
    phrase=st.sampled_from(["risk-free", "guaranteed returns", "clinically proven", "cures anxiety"]),
    frame=st.sampled_from(
        [
            "Why '{p}' is a red flag.",
            "Regulator fines firm over '{p}' ads.",
            'What does "{p}" actually mean?',
            "The phrase “{p}” is regulated.",
        ]
    ),
)
def test_a_quoted_phrase_talked_about_is_not_a_claim(categories, phrase: str, frame: str) -> None:
    assert not categories(frame.format(p=phrase)) & {HEALTH, GUARANTEE}


@common
@given(
    name=st.sampled_from(["bluebird", "nightjar", "Bluebird", "NIGHTJAR"]),
    shape=st.sampled_from(["feature/{n}-payments-v2", "{n}_api", "release/{n}", "{n}-svc-2", "libs/{n}.py"]),
)
def test_a_code_name_inside_an_identifier_is_the_project(categories, name: str, shape: str) -> None:
    assert CODENAME in categories(f"Pushed to {shape.format(n=name)} this morning.")
