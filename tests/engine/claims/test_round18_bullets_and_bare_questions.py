"""Round 18: a selling point denied before a promise, and a bare question about our own stock.

Classes closed:
- a negation that denies another selling point, not the promise after it ("No hidden fees, guaranteed
  returns", "Zero paperwork guaranteed approval", "Keine Gebühren, garantierte Rendite", "Nessuna
  commissione, rendimento garantito"): the token patterns' ``negates_other`` (a fee, a contract, a diet
  between the negation and the promise, and no conjunction carrying the negation on), and the
  ``denied_subject`` expression of claims*.yaml (a negation of a fee ending right before the promise);
  "no fees or guaranteed returns" still denies both;
- a yes/no question about our own stock or fund, asked and not answered yes ("Is our stock guaranteed to
  double?", "Will our shares go to the moon?"): the rule options ``asked_openers`` and ``affirmations``
  of claims.guarantee and claims.financial; answered yes ("... ? Absolutely.") it is made, and a hook
  addressed to the reader ("Want guaranteed returns?") stays a claim.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

GUARANTEE = "claims.guarantee"
FINANCIAL = "claims.financial"
CLAIMS = {GUARANTEE, FINANCIAL}
common = settings(max_examples=40, deadline=None)

PROMISES_AFTER_A_BULLET = [
    "No hidden charges guaranteed 9% returns every year",
    "No lock-in, guaranteed profits every month.",
    "No credit check, guaranteed approval!",
    "Zero commission — guaranteed income from day one.",
    "No experience required guaranteed income from home",
    "Keine Gebühren, garantierte Rendite von 7 %!",
    "Keine Vertragsbindung garantierte Zinsen",
    "Nessuna commissione, rendimento garantito dell'8%.",
    "Geen kosten, gegarandeerd rendement van 6%.",
]

DENIALS = [
    "There are no fees or guaranteed returns here, just honest advice.",
    "No fees and no guaranteed returns: we only promise transparency.",
    "No fee structure makes returns guaranteed.",
    "Keine Gebühren und keine garantierte Rendite.",
    "Nessuna commissione e nessun rendimento garantito.",
    "Geen kosten en geen gegarandeerd rendement.",
]

BARE_QUESTIONS = [
    "Is our stock guaranteed to triple by 2027?",
    "Are our shares guaranteed to go up after the launch?",
    "Will our stock go to the moon after the keynote?",
    "Is the 12% yield on our savings plan guaranteed?",
    "Is it guaranteed to double if I hold for five years?",
]

ANSWERED_YES_OR_HOOKS = [
    "Is our fund guaranteed to pay 8%? Absolutely, every single year.",
    "Is our stock going to the moon? Yes, and soon!",
    "Want guaranteed returns? Join our fund today.",
    "Ready for guaranteed 10% returns? Sign up now.",
]


@pytest.mark.parametrize("text", PROMISES_AFTER_A_BULLET)
def test_a_promise_after_a_denied_selling_point_is_a_guarantee(categories, text: str) -> None:
    assert GUARANTEE in categories(text)


@pytest.mark.parametrize("text", DENIALS)
def test_a_negation_carried_to_the_promise_denies_it(categories, text: str) -> None:
    assert GUARANTEE not in categories(text)


@pytest.mark.parametrize("text", BARE_QUESTIONS)
def test_a_bare_question_about_our_stock_is_no_claim(categories, text: str) -> None:
    assert not categories(text) & CLAIMS


@pytest.mark.parametrize("text", ANSWERED_YES_OR_HOOKS)
def test_a_question_answered_yes_or_a_hook_is_a_claim(categories, text: str) -> None:
    assert categories(text) & CLAIMS


BULLETS = ["No hidden fees", "No paperwork", "No commission", "No contracts", "No minimum deposit"]
PUNCTUATION = ["", ",", " —", "!"]
RESULTS = ["guaranteed 8% returns", "guaranteed profits", "guaranteed monthly income"]


@common
@given(
    bullet=st.sampled_from(BULLETS),
    mark=st.sampled_from(PUNCTUATION),
    result=st.sampled_from(RESULTS),
    carried=st.booleans(),
)
def test_a_denied_selling_point_leaves_the_promise_made_and_a_conjunction_carries_the_denial(
    categories, bullet: str, mark: str, result: str, carried: bool
) -> None:
    text = f"{bullet} or {result}, sorry." if carried else f"{bullet}{mark} {result}"
    assert (GUARANTEE in categories(text)) == (not carried)


@common
@given(
    opener=st.sampled_from(["Is our stock", "Are our shares", "Is our fund", "Is my investment"]),
    claim=st.sampled_from(["guaranteed to double", "guaranteed to triple next year"]),
    answer=st.sampled_from(["", " Yes!", " Absolutely.", " Of course, every year.", " Nobody knows."]),
)
def test_a_question_is_a_claim_only_when_answered_yes(
    categories, opener: str, claim: str, answer: str
) -> None:
    text = f"{opener} {claim}?{answer}"
    affirmed = answer.strip().lower().startswith(("yes", "absolutely", "of course"))
    assert bool(categories(text) & CLAIMS) == affirmed
