"""pii.phone round 11: a mobile whose leading digits and grouping identify it (Spain 612 48 93 07 or
655 443 210, Italy 347 123 4567, China 138 1234 5678) is a phone number with no cue word; a mobile
named next to a front desk is still a person's (zh "前台小李，手机 ..."); a number read out with "double"
and "triple" ("oh-seven-seven-double-oh ...") is read. Amounts, references and other labelled
numbers of the same shape stay clean."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

# Drafts of this test, not of any set.
BARE_MOBILES = [
    ("Si no llego a tiempo, Lucía está en el 634 21 77 90 toda la tarde.", "634 21 77 90"),
    ("Quedamos con Íñigo, 689 302 114, para lo del alquiler.", "689 302 114"),
    ("Para las entradas del concierto, Javi: 717 45 20 93", "717 45 20 93"),
    ("Per le chiavi dell'appartamento c'è Chiara, 347 218 9034, dopo le sette.", "347 218 9034"),
    ("Stasera passa Davide, 333 9182745, portate le sedie.", "333 9182745"),
    ("周末聚餐找老陈，139 2048 6613，别迟到。", "139 2048 6613"),
]

FRONT_DESK_MOBILES = [
    ("钥匙放在前台，找小王，手机 186 3321 0457。", "186 3321 0457"),
    ("前台的张姐手機 135 7720 9814，下班后也能联系。", "135 7720 9814"),
    ("受付の佐藤さん、携帯 090-3345-7781 までどうぞ。", "090-3345-7781"),
]

SPOKEN = [
    (
        "Coach says ring him on oh-seven-nine-double-one 482 305 before Saturday.",
        "oh-seven-nine-double-one 482 305",
    ),
    ("text me: oh seven seven triple three 214 908", "oh seven seven triple three 214 908"),
    (
        "Flat viewing: ring Priya on oh-two-oh seven-nine-four-six double-oh three-two",
        "oh-two-oh seven-nine-four-six double-oh three-two",
    ),
]

NOT_PHONES = [
    "La facturación del grupo llegó a 655 443 210 € el año pasado.",
    "Fatturato 2025: € 347 218 903, in crescita.",
    "Pedido 612 48 93 07 enviado ayer por mensajería.",
    "Referencia del expediente de Marta: 634 217 790",
    "订单号 138 1234 5678 已发货。",
    "Código de cliente de Marta: 689 302 114, guárdalo.",
    "We went double or nothing and lost seven nil, one of those days.",
    "Atención al cliente: 900 123 456 (gratuito).",
]


def covered(findings, text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.severity) for f in findings(text, "pii.phone")]


@pytest.mark.parametrize(("text", "number"), BARE_MOBILES)
def test_a_bare_mobile_without_a_cue_word_is_a_phone(findings, text: str, number: str) -> None:
    assert covered(findings, text) == [(number, "medium")]


@pytest.mark.parametrize(("text", "number"), FRONT_DESK_MOBILES)
def test_a_mobile_named_next_to_a_front_desk_is_a_persons(findings, text: str, number: str) -> None:
    assert covered(findings, text) == [(number, "medium")]


@pytest.mark.parametrize(("text", "number"), SPOKEN)
def test_a_number_read_out_with_double_and_triple_is_read(findings, text: str, number: str) -> None:
    assert covered(findings, text) == [(number, "medium")]


@pytest.mark.parametrize("text", NOT_PHONES)
def test_amounts_references_and_published_lines_of_that_shape_are_no_personal_phone(findings, text):
    assert [s for _, s in covered(findings, text)] in ([], ["low"]), text


def _mobiles(region: str, count: int) -> list[str]:
    base = str(
        phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE).national_number
    )
    found = []
    for tail in range(1000, 10000, 97):
        number = phonenumbers.parse(base[:-4] + str(tail), region)
        if (
            phonenumbers.is_valid_number(number)
            and phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE
        ):
            found.append(str(number.national_number))
    return found[:count]


def _grouped(digits: str, groups: tuple[int, ...]) -> str:
    parts, at = [], 0
    for size in groups:
        parts.append(digits[at : at + size])
        at += size
    return " ".join(parts)


_SHAPES = {"ES": [(3, 2, 2, 2), (3, 3, 3)], "IT": [(3, 3, 4), (3, 7)], "CN": [(3, 4, 4), (11,)]}
_FRAMES = [
    "{name} {m}",
    "Lo de mañana con {name}: {m}",
    "{name} – {m} – lleva las llaves.",
    "Dopo cena c'è {name}, {m}.",
    "{name}，{m}，周六见。",
]


@settings(max_examples=120, deadline=None)
@given(
    region=st.sampled_from(sorted(_SHAPES)),
    pick=st.integers(min_value=0, max_value=50),
    shape=st.integers(min_value=0, max_value=1),
    frame=st.sampled_from(_FRAMES),
    name=st.sampled_from(["Paco", "Lucía", "Giulia", "Pietro", "小李", "Mei"]),
    currency=st.sampled_from(["€", " EUR", " euros", " Kč", "元"]),
)
def test_property_any_regional_mobile_in_its_grouping_is_found_and_as_an_amount_is_not(
    findings, region: str, pick: int, shape: int, frame: str, name: str, currency: str
) -> None:
    mobiles = _mobiles(region, 40)
    written = _grouped(mobiles[pick % len(mobiles)], _SHAPES[region][shape])
    text = frame.format(name=name, m=written)
    assert covered(findings, text) == [(written, "medium")], text
    if _SHAPES[region][shape] != (3, 3, 4):  # also a North American number, which no currency unmakes
        amount = frame.format(name=name, m=written + currency)
        assert covered(findings, amount) == [], amount


_SAY = {"0": "oh", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six",
        "7": "seven", "8": "eight", "9": "nine"}  # fmt: skip


def _spoken(digits: str, joiner: str) -> str:
    """``digits`` said aloud, a doubled or tripled digit as "double"/"triple" the first time."""
    words, i = [], 0
    while i < len(digits):
        run = 1
        while i + run < len(digits) and digits[i + run] == digits[i] and run < 3:
            run += 1
        words.append({1: "", 2: "double ", 3: "triple "}[run] + _SAY[digits[i]])
        i += run
    return joiner.join(words)


@settings(max_examples=80, deadline=None)
@given(
    middle=st.sampled_from(["7700", "7911", "7733", "7888", "7400", "7555"]),
    tail=st.integers(min_value=100000, max_value=999999),
    joiner=st.sampled_from([" ", "-"]),
)
def test_property_a_uk_mobile_said_aloud_with_doubles_is_found(findings, middle, tail, joiner) -> None:
    spoken = _spoken("0" + middle, joiner)
    rest = f"{str(tail)[:3]} {str(tail)[3:]}"
    text = f"Text him on {spoken} {rest} about the match"
    assert [s for _, s in covered(findings, text)] == ["medium"], text
