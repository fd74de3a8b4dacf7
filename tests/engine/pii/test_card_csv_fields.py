"""A payment card number as a field of a CSV row, glued to the fields around it by commas or semicolons
("Dahl,2026-12-20,4214810803589890,DBL"): a digit and a comma before it do not make it a decimal's
fraction. Hard negatives: a decimal fraction with a short integer part that is not Luhn-valid, a
millisecond timestamp field, a Luhn-invalid field."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from stdnum import luhn


def _with_check_digit(body: str) -> str:
    return body + luhn.calc_check_digit(body)


@pytest.mark.parametrize(
    "text",
    [
        "export.csv line 7: Maja Berg,2027-01-04,4539578763621486,TWIN,2",
        "guest;2026-11-30;5555555555554444;EUR;120,00",
        "12,4111111111111111,ok",
        "row: Name,Olsen,4000000010000000,3 nights",
        "Olsen;4111111111111111;120,00",
    ],
)
def test_a_card_glued_into_a_csv_row_is_flagged(categories, text: str) -> None:
    assert "pii.credit_card" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "order,1700000000000,shipped",
        "3,1415926535897932 is pi written the German way",
        "id,4539578763621487,row",
        "total,4539578763621487,5 EUR",
        "v1.4111111111111111,2",
    ],
)
def test_csv_fields_that_are_no_card_are_not_flagged(categories, text: str) -> None:
    assert "pii.credit_card" not in categories(text)


@hsettings(max_examples=80, deadline=None)
@given(
    body=st.text("0123456789", min_size=14, max_size=14),
    before=st.sampled_from(["2026-12-20", "3", "114", "Olsen"]),
    after=st.sampled_from(["DBL", "3 nights", "", "EUR", "120,00", "2"]),
    sep=st.sampled_from([",", ";"]),
)
def test_any_luhn_valid_visa_number_as_a_csv_field(categories, body, before, after, sep) -> None:
    card = _with_check_digit("4" + body)
    assert "pii.credit_card" in categories(f"row: Name{sep}{before}{sep}{card}{sep}{after}")
