"""pii.credit_card round 18: a card number after a card word and a number mark with a space between
("Karte #4539 0148 8034 6468", "card # 4539...", "tarjeta #4539..."), where a number after "#" alone
reads as an issue's or an order's, and its digits are no phone number either. Made-up numbers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import luhn


def _card(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def _four(number: str, sep: str) -> str:
    return sep.join(number[i : i + 4] for i in range(0, len(number), 4))


VISA = _card("453901488034646")
MASTERCARD = _card("522681004712345")

MARKED = [
    (f"Karte #{_four(VISA, ' ')} bitte sperren", _four(VISA, " ")),
    (f"card # {_four(MASTERCARD, ' ')} was declined", _four(MASTERCARD, " ")),
    (f"pagado con tarjeta #{VISA} ayer", VISA),
    (f"cartão № {_four(MASTERCARD, '-')} recusado", _four(MASTERCARD, "-")),
    (f"Visa #{_four(VISA, '.')} expired", _four(VISA, ".")),
]


@pytest.mark.parametrize(("text", "number"), MARKED)
def test_a_card_after_a_card_word_and_a_mark_is_found(findings, text, number) -> None:
    assert [text[f.start : f.end] for f in findings(text, "pii.credit_card")] == [number], text
    assert not findings(text, "pii.phone"), text


CLEAN = [
    f"Fixed in PR #{_four(VISA, ' ')} last week",
    f"order #{VISA} shipped",
    f"ticket #{_four(VISA, ' ')} closed",
    "Karte #3 ist die beste im Spiel",
]


@pytest.mark.parametrize("text", CLEAN)
def test_a_number_after_a_mark_without_a_card_word_is_no_card(categories, text) -> None:
    assert "pii.credit_card" not in categories(text), text


@settings(max_examples=50, deadline=None)
@given(
    body=st.from_regex(r"4[0-9]{14}", fullmatch=True),
    word=st.sampled_from(["Karte", "card", "tarjeta", "carte", "kaart", "Visa"]),
    mark=st.sampled_from([" #", " # ", " №", "#"]),
    sep=st.sampled_from([" ", "-", ""]),
)
def test_property_a_card_after_a_card_word_and_a_mark_is_found(findings, body, word, mark, sep) -> None:
    number = _four(_card(body), sep) if sep else _card(body)
    text = f"{word}{mark}{number} ok"
    assert [text[f.start : f.end] for f in findings(text, "pii.credit_card")] == [number], text
