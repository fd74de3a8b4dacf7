"""Guarantees of outcomes beyond money, and fixed returns whatever happens (round 12, class 2): a
career break promised ("you're guaranteed a pro contract"), an exam passed or weight lost "garantiert",
a claim or an application "guaranteed to be paid/approved", a fixed rate "no matter what happens", a
"can't-lose" offer, Chinese "效果100%保证". Service guarantees, warranties, discounts, statutory rights,
denials and questions stay clean.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

GUARANTEE = "claims.guarantee"
common = settings(max_examples=100, deadline=None)

OUTCOMES_PROMISED = [
    "Sign with our agency and every player is guaranteed a professional contract within a year.",
    "Unser Kurs: Sie schaffen den Führerschein garantiert beim ersten Mal!",
    "Bei uns bestehen Sie garantiert die Führerscheinprüfung beim ersten Versuch.",
    "Mit diesem Plan verlieren Sie garantiert 8 kg in vier Wochen.",
    "With us your visa application is guaranteed to be approved.",
    "Our savings bond yields 9% whatever happens to the markets.",
    "Deposit today: 6.5% interest a year, come rain or shine.",
    "This can't-lose investment doubles your savings.",
    "本课程通过率百分百保证，考不过全额退款。",
    "疗效有保障，三天见效！",
]
CLEAN = [
    "We guarantee delivery within 48 hours.",
    "Every product comes with a 2-year warranty, guaranteed.",
    "Get 20% off no matter what you order.",
    "Sie erhalten Ihr Paket garantiert morgen.",
    "Sie bekommen Ihr Paket garantiert morgen.",
    "Sie schaffen das garantiert, wir glauben an euch!",
    "No agency can guarantee you a pro contract.",
    "Is any claim guaranteed to be paid? Read the policy terms.",
    "本产品质量保证，假一赔十。",
    "效果因人而异，不保证。",
    "Every employee is guaranteed a written contract within two months, by law.",
]


@pytest.mark.parametrize("text", OUTCOMES_PROMISED)
def test_a_promised_outcome_is_flagged(categories, text: str) -> None:
    assert GUARANTEE in categories(text)


@pytest.mark.parametrize("text", CLEAN)
def test_service_guarantees_denials_and_questions_stay_clean(categories, text: str) -> None:
    assert GUARANTEE not in categories(text)


# A promise and, in the same words, its denial or a service's guarantee.
PROMISES = {
    "career": (
        "Join {org} and you're guaranteed a {kind} {what}.",
        "Nobody at {org} is guaranteed a {kind} {what}.",
    ),
    "decision": (
        "At {org} every {case} is guaranteed to be {done}.",
        "At {org} no {case} is guaranteed to be {done}.",
    ),
    "fixed": (
        "Our bond pays {n}% a year no matter what happens.",
        "Our shop gives {n}% off no matter what you buy.",
    ),
    "exam-de": (
        "Mit {org} bestehen Sie die Prüfung garantiert.",
        "Mit {org} bestehen Sie die Prüfung nicht garantiert.",
    ),
}
ORGS = ["Northwind Academy", "Fabrikam Fund", "Contoso", "Tailspin Club", "Ardea Partners"]


@common
@given(
    data=st.data(),
    kind=st.sampled_from(sorted(PROMISES)),
    org=st.sampled_from(ORGS),
    n=st.integers(min_value=2, max_value=30),
    promised=st.booleans(),
)
def test_an_outcome_promised_is_flagged_and_its_denial_is_not(
    categories, data, kind: str, org: str, n: int, promised: bool
) -> None:
    claim, clean = PROMISES[kind]
    text = (claim if promised else clean).format(
        org=org,
        n=n,
        kind=data.draw(st.sampled_from(["pro", "professional", "first-team", "record"])),
        what=data.draw(st.sampled_from(["contract", "deal", "spot", "scholarship"])),
        case=data.draw(st.sampled_from(["claim", "loan application", "visa application"])),
        done=data.draw(st.sampled_from(["paid", "approved", "accepted"])),
    )
    assert (GUARANTEE in categories(text)) == promised
