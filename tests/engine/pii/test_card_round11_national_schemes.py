"""pii.credit_card round 11: the 16-digit cards of national schemes starting with 9 (Korea's domestic
BC cards 94.., Vietnam's NAPAS 9704) are cards when Luhn-valid; other Luhn-valid 16-digit numbers from
9 stay clean."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import luhn


def _card(prefix: str, body: int) -> str:
    partial = (prefix + f"{body:015d}")[:15]
    return partial + luhn.calc_check_digit(partial)


def _printed(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, 16, 4))


@settings(max_examples=80, deadline=None)
@given(
    prefix=st.sampled_from(["9410", "9420", "9704"]),
    body=st.integers(min_value=0, max_value=10**11),
    frame=st.sampled_from(
        ["고객님 카드번호 {c} 로 환불 부탁드립니다.", "Số thẻ: {c}", "card {c} please refund"]
    ),
)
def test_property_national_scheme_cards_from_9_are_found(findings, prefix, body, frame) -> None:
    number = _printed(_card(prefix, body))
    text = frame.format(c=number)
    assert [text[f.start : f.end] for f in findings(text, "pii.credit_card")] == [number], text


@settings(max_examples=60, deadline=None)
@given(
    prefix=st.sampled_from(["9100", "9300", "9501", "9900"]),
    body=st.integers(min_value=0, max_value=10**11),
)
def test_property_other_luhn_valid_numbers_from_9_are_no_cards(findings, prefix, body) -> None:
    text = f"Reference {_printed(_card(prefix, body))} for your records"
    assert findings(text, "pii.credit_card") == []
