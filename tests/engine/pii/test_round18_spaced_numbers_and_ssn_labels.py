"""Round 18 of the number detectors.

- Numbers written one character at a time, with one space, dot, hyphen or middle dot between each
  ("4 5 3 9 0 1 4 8 ...", "D E 8 9 3 7 0 4 ...", "4.1.2.5.5.0.1.9.3"), in any language: a card, an
  IBAN or an SSN read as if written as one group. Scores, counts, single digits in a list, dates and
  version numbers stay clean.
- An SSN after its label with any separator or none: glued to the label ("SSN412550193"), with slashes
  and a closing slash ("SSN/412/55/0193/"), after a label spelled out letter by letter ("S S N:",
  "S.S.N.", "s-s-n"). Invalid SSNs, order numbers, paths and dates stay clean.
All numbers here are made up (valid checksums where the class needs them).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import luhn


def _card(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def _iban(country: str, account: str) -> str:
    rearranged = account + country + "00"
    remainder = int("".join(str(int(ch, 36)) for ch in rearranged)) % 97
    return f"{country}{98 - remainder:02d}{account}"


def _spaced(value: str, sep: str = " ") -> str:
    return sep.join(value)


VISA = _card("453901488034646")
MASTERCARD = _card("522681004712345")
AMEX = _card("37144963539843")
DE_IBAN = _iban("DE", "370400440532013000")
IT_IBAN = _iban("IT", "X0542811101000000123456")
NL_IBAN = _iban("NL", "ABNA0417164300")
FR_IBAN = _iban("FR", "30006000011234567890189")

# (text, category, the value as reported)
SPACED = [
    (f"Kreditkarte vom Gast: {_spaced(VISA)} bitte eintragen", "pii.credit_card", _spaced(VISA)),
    (
        f"paga con esta tarjeta {_spaced(MASTERCARD, '-')} gracias",
        "pii.credit_card",
        _spaced(MASTERCARD, "-"),
    ),
    (f"numéro de carte {_spaced(VISA, '.')}, merci", "pii.credit_card", _spaced(VISA, ".")),
    (f"the amex is {_spaced(AMEX)} ok?", "pii.credit_card", _spaced(AMEX)),
    (
        f"carta: {'  '.join(_spaced(VISA[i : i + 4]) for i in range(0, 16, 4))} grazie",
        "pii.credit_card",
        "  ".join(_spaced(VISA[i : i + 4]) for i in range(0, 16, 4)),
    ),
    (f"Überweisung an {_spaced(DE_IBAN)} bis Freitag", "pii.iban", _spaced(DE_IBAN)),
    (f"bonifico su {_spaced(IT_IBAN)} entro lunedì", "pii.iban", _spaced(IT_IBAN)),
    (f"rekening {_spaced(NL_IBAN, '.')} graag", "pii.iban", _spaced(NL_IBAN, ".")),
    (f"virement sur {_spaced(FR_IBAN, '-')} svp", "pii.iban", _spaced(FR_IBAN, "-")),
    ("SSN on the form: 4 1 2 5 5 0 1 9 3, please fix", "pii.us_ssn", "4 1 2 5 5 0 1 9 3"),
    ("her social is 5·2·3·7·1·4·4·6·8 per the intake", "pii.us_ssn", "5·2·3·7·1·4·4·6·8"),
]


@pytest.mark.parametrize(("text", "category", "value"), SPACED)
def test_a_number_spaced_out_one_character_at_a_time_is_found(findings, text, category, value) -> None:
    assert [text[f.start : f.end] for f in findings(text, category)] == [value], text


def test_a_spaced_iban_holds_no_phone_number(categories) -> None:
    text = f"IBAN {_spaced(DE_IBAN)}"  # "0 0 4 4 ..." inside it is no "+44" number
    assert categories(text) == {"pii.iban"}, text


CLEAN_SPACED = [
    "3 2 1 go! Launch day is here",
    "Final score 4 2 1 0 3 after the second half",
    "Vote 1 2 3 4 5 6 7 8 9 for the order of the slides",
    "Dates: 2 0 2 4 - 2 0 2 5, two seasons",
    "supported versions 3.1.2 and 3.1.3 only",
    "Rate us: 5 5 5 4 5 stars from the jury",
    "T H E  E N D, see you in 2 0 2 6",
    "Our Wi-Fi ip is 1.1.1.1 and 8.8.8.8",
    "Room numbers 1 4 2 6 3 8 5 7 have no hot water today",
    "Die Lottozahlen: 4 9 1 7 2 3 5 6 ohne Gewähr",
]


@pytest.mark.parametrize("text", CLEAN_SPACED)
def test_spaced_digits_that_are_no_number_stay_clean(categories, text) -> None:
    assert not categories(text) & {"pii.credit_card", "pii.iban", "pii.us_ssn", "pii.phone"}, text


@settings(max_examples=60, deadline=None)
@given(
    body=st.from_regex(r"4[0-9]{14}", fullmatch=True),
    sep=st.sampled_from([" ", ".", "-", "\u00b7"]),
    word=st.sampled_from(["card", "Karte", "tarjeta", "carte", "kaart", "cartão"]),
)
def test_property_a_card_spaced_out_is_found(findings, body, sep, word) -> None:
    number = _spaced(_card(body), sep)
    text = f"{word} {number} ok"
    assert [text[f.start : f.end] for f in findings(text, "pii.credit_card")] == [number], text


@settings(max_examples=40, deadline=None)
@given(
    account=st.from_regex(r"[0-9]{18}", fullmatch=True),
    sep=st.sampled_from([" ", ".", "-"]),
)
def test_property_an_iban_spaced_out_is_found(findings, account, sep) -> None:
    number = _spaced(_iban("DE", account), sep)
    text = f"IBAN: {number} danke"
    assert [text[f.start : f.end] for f in findings(text, "pii.iban")] == [number], text


SSNS = [
    ("Intake sheet says SSN412550193, insurance pending", "412550193"),
    ("ssn523714468 typed without a space", "523714468"),
    ("Payroll: SSN/412/55/0193/ DOB on file", "412/55/0193"),
    ("SS#/523/71/4468/ on the old form", "523/71/4468"),
    ("S S N: 412.55.0193 (the form took no dashes)", "412.55.0193"),
    ("S.S.N. 523 71 4468 per the W-4", "523 71 4468"),
    ("S.S.N.523714468 copied from the scan", "523714468"),
    ("s-s-n 412 55 0193 de la solicitud", "412 55 0193"),
]


@pytest.mark.parametrize(("text", "number"), SSNS)
def test_an_ssn_after_its_label_with_any_separator_or_none_is_found(findings, text, number) -> None:
    assert [text[f.start : f.end] for f in findings(text, "pii.us_ssn")] == [number], text


CLEAN_SSN = [
    "SSN666550193 is no valid number anyway",
    "SSN000550193 rejected by the validator",
    "SSN912550193 is an ITIN range, not an SSN",
    "ORD412550193 shipped yesterday",
    "order/412/55/0193/ shipped",
    "see /srv/412/55/0193/ for the logs",
    "SSN/2024/05/12/ was the day the policy changed",
    "Never post an S S N or any ID number here",
]


@pytest.mark.parametrize("text", CLEAN_SSN)
def test_invalid_ssns_orders_paths_and_dates_are_no_ssn(categories, text) -> None:
    assert "pii.us_ssn" not in categories(text), text


@settings(max_examples=60, deadline=None)
@given(
    area=st.integers(1, 899).filter(lambda a: a != 666),
    group=st.integers(1, 99),
    serial=st.integers(1, 9999),
    label=st.sampled_from(["SSN", "ssn", "S S N", "S.S.N.", "s-s-n", "SS#"]),
    shape=st.sampled_from(["glued", "slashes", "dots", "spaces"]),
)
def test_property_an_ssn_after_its_label_is_found(findings, area, group, serial, label, shape) -> None:
    parts = (f"{area:03d}", f"{group:02d}", f"{serial:04d}")
    if shape == "glued":
        if label in ("S S N", "s-s-n"):
            label += ":"
        number, text = "".join(parts), f"form: {label}{''.join(parts)} pending"
    elif shape == "slashes":
        number = "/".join(parts)
        text = f"form: {label}/{number}/ pending"
    else:
        number = (".", " ")[shape == "spaces"].join(parts)
        text = f"form: {label} {number} pending"
    assert [text[f.start : f.end] for f in findings(text, "pii.us_ssn")] == [number], text
