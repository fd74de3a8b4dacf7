"""pii.iban round 11: an IBAN template with XX check digits ("NLXX BANK 0123 4567 89", "ESXX ...")
holds no phone number and no IBAN; a valid IBAN grouped as its country writes the account number
(Spain 4-4-2-10, a French RIB 5-5-11-2, or unspaced after the bank code) is an IBAN."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban

# Drafts of this test, not of any set.
TEMPLATES = [
    "Rellena el IBAN así: ESXX 0049 1500 0512 3456 7892, cambiando las X por tus dígitos.",
    "Format: DEXX 3704 0044 0532 0130 00 (XX = Prüfziffer)",
    "Scrivi l'IBAN come ITXX A030 6909 6061 0000 0123 456",
    "Template: GBXX BANK 2020 1555 5555 55, replace XX with the check digits",
    "Preencha PTXX 0002 0123 1234 5678 9015 4 com os seus números.",
]


def _iban(country: str, bban: str) -> str:
    check = stdnum_iban.calc_check_digits(country + "00" + bban)
    return country + check + bban


NATIONAL = [
    ("Para la cuota: ES{c} 2100 0813 61 0123456789, gracias", "ES", "21000813610123456789", (4, 4, 2, 10)),
    (
        "RIB pour le virement : FR{c} 30004 00550 00012345678 04",
        "FR",
        "30004005500001234567804",
        (5, 5, 11, 2),
    ),
    ("Rekening NL{c}RABO 0123456789 op naam van de club", "NL", "RABO0123456789", (14,)),
]


def _grouped(country: str, check: str, bban: str, sizes: tuple[int, ...]) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(bban[at : at + size])
        at += size
    return " ".join(parts)


@pytest.mark.parametrize("text", TEMPLATES)
def test_an_iban_template_holds_no_phone_and_no_iban(findings, text: str) -> None:
    assert [f.category for f in findings(text) if f.category in ("pii.phone", "pii.iban")] == []


@pytest.mark.parametrize(("frame", "country", "bban", "sizes"), NATIONAL)
def test_an_iban_grouped_as_its_country_writes_accounts_is_found(findings, frame, country, bban, sizes):
    check = _iban(country, bban)[2:4]
    grouped = _grouped(country, check, bban, sizes)
    text = frame.format(c=check)
    assert [f.category for f in findings(text, "pii.iban")] == ["pii.iban"], text
    assert grouped.replace(" ", "") == bban


_BBANS = {
    "ES": ("21000813610123456789", [(4, 4, 2, 10), (4, 4, 12), (8, 12)]),
    "FR": ("30004005500001234567804", [(5, 5, 11, 2), (10, 13)]),
    "IT": ("X0542811101000000123456", [(1, 5, 5, 12), (6, 5, 12)]),
    "DE": ("370400440532013000", [(8, 10)]),
}


@settings(max_examples=80, deadline=None)
@given(
    country=st.sampled_from(sorted(_BBANS)),
    pick=st.integers(min_value=0, max_value=2),
    tail=st.integers(min_value=0, max_value=9999),
    after=st.sampled_from(["", ", gracias", " (club account)", ". Tel 0151 2345 6789"]),
)
def test_property_valid_ibans_in_any_national_grouping_are_found_and_xx_templates_are_not(
    findings, country: str, pick: int, tail: int, after: str
) -> None:
    bban, groupings = _BBANS[country]
    bban = bban[:-4] + f"{tail:04d}"
    sizes = groupings[pick % len(groupings)]
    written = _grouped(country, "", bban, sizes)
    iban = _iban(country, bban)
    text = f"IBAN: {iban[:4]} {written}{after}"
    found = findings(text, "pii.iban")
    assert [text[f.start : f.end] for f in found] == [f"{iban[:4]} {written}"], text
    template = f"IBAN: {country}XX {written}{after}"
    assert [f.category for f in findings(template) if f.category in ("pii.iban", "pii.phone")] == [
        "pii.phone"
    ] * ("0151" in after), template
