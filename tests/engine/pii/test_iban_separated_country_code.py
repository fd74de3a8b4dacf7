"""pii.iban: a separator between an upper-case country code and the check digits ("ES 91 2100 …",
"DE-89-3704-…", "FR 76 30006 …") is how bank forms and people print IBANs; the whole account is found
with its exact span. Lower-case letters before a separated number run ("at 12 3456 7890 …") are a
word, not a country code."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban


def _iban(country: str, bban: str) -> str:
    return country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban


def _in_fours(bban: str, separator: str) -> str:
    return separator.join(bban[i : i + 4] for i in range(0, len(bban), 4))


# Drafts of this test, not of any set.
FRAMES = [
    "Para la cuota del club: {iban}, gracias a todos",
    "Überweisung bitte an {iban} (Kontoinhaber: Verein)",
    "Pour le virement : {iban}.",
    "Bank details for the refund -> {iban}",
]
# (country, basic bank account number of that country's structure)
ACCOUNTS = [
    ("ES", "21000418450200051332"),
    ("DE", "370400440532013000"),
    ("FR", "30006000011234567890189"),
    ("NL", "RABO0123456789"),
    ("IT", "X0542811101000000123456"),
    ("BE", "539007547034"),
]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize(("country", "bban"), ACCOUNTS)
def test_an_iban_with_a_space_after_the_country_is_found_whole(findings, frame, country, bban) -> None:
    iban = _iban(country, bban)
    written = f"{iban[:2]} {iban[2:4]} {_in_fours(bban, ' ')}"
    text = frame.format(iban=written)
    assert [text[f.start : f.end] for f in findings(text, "pii.iban")] == [written], text
    assert findings(text, "pii.phone") == [], text


@settings(max_examples=120, deadline=None)
@given(
    account=st.sampled_from(ACCOUNTS),
    after_country=st.sampled_from([" ", "-", ".", "  ", "\n", ""]),
    between_groups=st.sampled_from([" ", "-", "", "."]),
    tail=st.integers(min_value=0, max_value=9999),
    frame=st.sampled_from(FRAMES),
)
def test_property_a_valid_iban_is_found_whatever_stands_after_its_country_code(
    findings, account, after_country: str, between_groups: str, tail: int, frame: str
) -> None:
    country, bban = account
    bban = bban[:-4] + f"{tail:04d}"
    iban = _iban(country, bban)
    written = f"{country}{after_country}{iban[2:4]}{between_groups or ''}{_in_fours(bban, between_groups)}"
    text = frame.format(iban=written)
    assert [text[f.start : f.end] for f in findings(text, "pii.iban")] == [written], text


@settings(max_examples=120, deadline=None)
@given(
    word=st.sampled_from(["at", "be", "de", "es", "it", "no", "is", "in", "to", "by"]),
    digits=st.text(alphabet="0123456789", min_size=18, max_size=22),
)
def test_property_a_lower_case_word_before_a_separated_number_run_is_no_iban(
    findings, word: str, digits: str
) -> None:
    text = f"we were {word} {digits[:2]} {_in_fours(digits[2:], ' ')} yesterday"
    assert findings(text, "pii.iban") == [], text
