"""Round 17: claims.financial and claims.guarantee.

Classes closed:
- a share price or a metric forecast told as a certainty ("our shares are guaranteed to double", "revenue
  is sure to hit", German "unsere Aktien verdoppeln sich garantiert"): claims.financial's
  ``forward_metric`` reads "guaranteed / sure / certain / bound" as its auxiliary, claims-de.yaml's
  ``metric_moves_for_sure``; denied ("no stock is guaranteed to double") it is neither a forecast nor a
  guarantee (``guaranteed_to`` reads the negations before it);
- a deal not yet public with one of several companies ("we're about to acquire one of our biggest
  competitors", Dutch "op het punt ... over te nemen"): the company nouns' plurals, "our"/"another" as
  the determiner, claims-nl.yaml's ``about_to_take_over``;
- a guarantee asked and answered with doubt ("Is a 3x return guaranteed? No."): ``doubted_by``.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

FINANCIAL = "claims.financial"
GUARANTEE = "claims.guarantee"
common = settings(max_examples=50, deadline=None)

FINANCIAL_CLAIMS = [
    "Our stock is guaranteed to triple before the summer.",
    "Our revenue is sure to hit 50M this year.",
    "The share price is bound to double after the launch.",
    "Unsere Aktien verdoppeln sich garantiert bis Jahresende.",
    "We're about to acquire one of our largest suppliers, keep it quiet until the press release.",
    "We are about to buy another of our rivals, the deal closes next month.",
    "We staan op het punt een van onze concurrenten over te nemen.",
]

CLEAN = [
    "No stock is guaranteed to double, whatever the forums say.",
    "Our shares are not guaranteed to rise; past results say nothing about the future.",
    "Keine Aktie verdoppelt sich garantiert.",
    "We're about to buy our first company car!",
    "Is a 5x return on a meme coin guaranteed? Nope, never.",
]


@pytest.mark.parametrize("text", FINANCIAL_CLAIMS)
def test_a_forecast_told_as_certain_or_a_deal_ahead_is_a_financial_claim(categories, text: str) -> None:
    assert FINANCIAL in categories(text)


@pytest.mark.parametrize("text", CLEAN)
def test_denials_questions_answered_no_and_a_company_car_are_clean(categories, text: str) -> None:
    assert not categories(text) & {FINANCIAL, GUARANTEE}


SUBJECTS = ["Our shares", "Our stock", "Our share price", "Our revenue"]
CERTAINTIES = ["guaranteed", "sure", "certain", "bound"]
MOVES = ["double", "triple", "soar", "rise"]


@common
@given(
    subject=st.sampled_from(SUBJECTS),
    certainty=st.sampled_from(CERTAINTIES),
    move=st.sampled_from(MOVES),
    denied=st.booleans(),
)
def test_a_metric_certain_to_move_is_a_forecast_and_denied_is_none(
    categories, subject: str, certainty: str, move: str, denied: bool
) -> None:
    if denied:
        text = f"No stock is ever {certainty} to {move}, says our compliance team."
    else:
        text = f"{subject} is {certainty} to {move} by next year."
    assert (FINANCIAL in categories(text)) == (not denied)


TARGETS = [
    "one of our biggest competitors",
    "one of our rivals",
    "our main competitor",
    "another of our suppliers",
]


@common
@given(target=st.sampled_from(TARGETS), verb=st.sampled_from(["acquire", "buy", "purchase"]))
def test_about_to_acquire_one_of_several_is_a_deal_ahead(categories, target: str, verb: str) -> None:
    assert FINANCIAL in categories(f"We're about to {verb} {target}, announcement in two weeks.")


# A beat of the market's estimate asked about is no leak; told, it is.
@common
@given(
    target=st.sampled_from(["the estimate", "consensus", "the street", "guidance"]),
    amount=st.sampled_from(["by 5c", "by a cent", "this quarter"]),
    asked=st.booleans(),
)
def test_a_beat_asked_about_is_no_claim(categories, target: str, amount: str, asked: bool) -> None:
    text = (
        f"Are we beating {target} {amount}?" if asked else f"We're beating {target} {amount}, keep it quiet."
    )
    assert (FINANCIAL in categories(text)) == (not asked)
