"""Round 17 of the phone detector: a national number followed by a count noun ("912 345 678 views",
"612 847 305 visualizaciones", "0176 2233 4455 Aufrufe") is a count of views, followers or downloads,
not a line, in the policy's languages. A number with a cue of a person's line still flags, and a "+"
number is a phone whatever follows. All numbers are made up.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


def covered(findings, text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.severity) for f in findings(text, "pii.phone")]


COUNTS = [
    "Já passámos as 913 456 782 visualizações no canal!",
    "Portugal bateu 936 214 587 views no trailer, obrigado!",
    "El clip supera los 612 847 305 visualizaciones.",
    "Il video ha 347 812 5690 visualizzazioni in tutto il mondo.",
    "We're at 612 847 305 streams across platforms.",
    "Die Kampagne hat 0176 2233 4455 Aufrufe? Nein, aber fast.",
    "Nasz film ma 512 384 926 wyświetleń!",
]

PHONES = [
    ("O meu telemóvel é 913 456 782, liguem depois das 18h.", "913 456 782"),
    ("Mi móvil: 612 847 305, escríbeme por WhatsApp.", "612 847 305"),
    ("+351 913 456 782 views", "+351 913 456 782"),
]


@pytest.mark.parametrize("text", COUNTS)
def test_a_number_followed_by_a_count_noun_is_no_phone(categories, text: str) -> None:
    assert "pii.phone" not in categories(text)


@pytest.mark.parametrize(("text", "number"), PHONES)
def test_a_persons_line_still_flags(findings, text: str, number: str) -> None:
    assert covered(findings, text) == [(number, "medium")]


@settings(max_examples=60, deadline=None)
@given(
    first=st.sampled_from(["91", "92", "93", "96"]),
    rest=st.from_regex(r"[0-9]{7}", fullmatch=True),
    noun=st.sampled_from(["views", "visualizações", "seguidores", "likes", "downloads", "visitas"]),
)
def test_any_portuguese_mobile_shaped_count_is_no_phone(categories, first, rest, noun) -> None:
    digits = first + rest
    text = f"Chegámos a {digits[:3]} {digits[3:6]} {digits[6:]} {noun} esta semana!"
    assert "pii.phone" not in categories(text)


# A card written after a word glued to "#" ("Karta#5222 3333 4444 5552") is read whole as a card;
# its last groups are no phone number of their own.
def _luhn(body: str) -> str:
    from stdnum import luhn

    return body + luhn.calc_check_digit(body)


@pytest.mark.parametrize("word", ["Karte", "card", "Karta", "tarjeta", "kaart"])
def test_a_card_after_a_word_glued_to_a_number_sign_is_no_phone(findings, word: str) -> None:
    number = _luhn("453901488034646")
    text = f"{word}#{number[:4]} {number[4:8]} {number[8:12]} {number[12:]}"
    assert [f.category for f in findings(text) if f.category.startswith("pii.")] == ["pii.credit_card"], text


@settings(max_examples=40, deadline=None)
# the second group opens with a trunk 0, as a national number does ("0148 8034 6468")
@given(
    body=st.from_regex(r"4[0-9]{3}0[0-9]{10}", fullmatch=True),
    word=st.sampled_from(["Karte", "card", "karta"]),
)
def test_any_grouped_card_after_a_glued_number_sign_yields_no_phone(findings, body: str, word: str) -> None:
    number = _luhn(body)
    text = f"{word}#{number[:4]} {number[4:8]} {number[8:12]} {number[12:]} ok"
    assert findings(text, "pii.phone") == [], text
