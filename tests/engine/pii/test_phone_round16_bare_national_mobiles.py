"""Round 16 of pii.phone: mobiles written the national way with no country code and no cue word, in
more countries whose mobiles have a shape of their own: India's ten digits from 6-9 as 5-5 ("98123
45067"), Brazil's area code and nine digits from 9 ("(21) 99618-2047", "21 99618-2047") and
Portugal's nine from 91/92/93/96 ("912 345 678"). Labelled references, lots, amounts and other
groupings stay clean. Made-up numbers.
"""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

BARE_MOBILES = [
    ("Guys cab pool ke liye save kar lo 98123 45067, driver wait nahi karega", "98123 45067"),
    ("Trip group: Rohan 90041 27735 and Meera 87650 12349", "90041 27735"),
    ("pessoal, salvem (21) 99618-2047 pro churrasco de sábado", "(21) 99618-2047"),
    ("galera do futsal: 31 98812-6630, manda áudio", "31 98812-6630"),
    ("Jantar de Natal da equipa: inscrições com a Rita, 912 345 678", "912 345 678"),
    ("boleias para o torneio: 936 204 118 (Tiago)", "936 204 118"),
]


@pytest.mark.parametrize(("text", "number"), BARE_MOBILES)
def test_a_national_mobile_with_no_cue_word_is_found(findings, text, number) -> None:
    reported = [text[f.start : f.end] for f in findings(text, "pii.phone") if f.severity == "medium"]
    assert number in reported, (text, reported)


CLEAN = [
    "Lot 98123 45067 shipped to the Pune warehouse",
    "batch 90041 27735 passed QA",
    "pedido 912 345 678 enviado ontem",
    "fatura 936 204 118 paga",
    "Receita: 912 345 678 € no ano",
    "o CEP é 01310-100, perto do metrô",
    "PNR 98123 45067 confirmed",
    "ISBN 98123 45067",
    # a Luhn-valid card regrouped in fives holds a 5-5 run: the card takes its groups
    "El huésped dejó la tarjeta 37785 64789 89201 4 como garantía",
]


@pytest.mark.parametrize("text", CLEAN)
def test_references_lots_and_amounts_in_those_shapes_are_no_phone(categories, text) -> None:
    assert "pii.phone" not in categories(text), text


@settings(max_examples=50, deadline=None)
@given(
    number=st.integers(6_000_000_000, 9_999_999_999).filter(lambda n: len(set(str(n))) >= 4),
    frame=st.sampled_from(["save kar lo {}", "Rohan: {} (cab)"]),
)
def test_property_an_indian_mobile_grouped_five_five_is_found(findings, number, frame) -> None:
    digits = str(number)
    if phonenumbers.number_type(phonenumbers.parse(digits, "IN")) != phonenumbers.PhoneNumberType.MOBILE:
        return
    written = f"{digits[:5]} {digits[5:]}"
    text = frame.format(written)
    reported = [text[f.start : f.end] for f in findings(text, "pii.phone") if f.severity == "medium"]
    assert written in reported, (text, reported)


@settings(max_examples=50, deadline=None)
@given(
    area=st.sampled_from(["11", "21", "31", "41", "51", "61", "71", "81", "85"]),
    rest=st.integers(10_000_000, 99_999_999),
    brackets=st.booleans(),
)
def test_property_a_brazilian_mobile_with_its_area_code_is_found(findings, area, rest, brackets) -> None:
    digits = f"9{rest}"
    if (
        phonenumbers.number_type(phonenumbers.parse(area + digits, "BR"))
        != phonenumbers.PhoneNumberType.MOBILE
    ):
        return
    written = f"({area}) {digits[:5]}-{digits[5:]}" if brackets else f"{area} {digits[:5]}-{digits[5:]}"
    text = f"salvem {written} pro churrasco"
    reported = [text[f.start : f.end] for f in findings(text, "pii.phone") if f.severity == "medium"]
    assert written in reported, (text, reported)


@settings(max_examples=40, deadline=None)
@given(
    number=st.integers(910_000_000, 969_999_999), label=st.sampled_from(["pedido", "fatura", "Lot", "ISBN"])
)
def test_property_a_labelled_reference_in_a_mobile_shape_is_no_phone(categories, number, label) -> None:
    digits = str(number)
    text = f"{label} {digits[:3]} {digits[3:6]} {digits[6:]} ok"
    assert "pii.phone" not in categories(text), text
