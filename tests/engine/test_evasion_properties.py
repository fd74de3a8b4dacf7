"""Evasion classes, as properties: edits that leave a draft reading the same to a person leave its
findings the same.

For a seed set of flagged drafts of every numeric and credential category: inserting any
default-ignorable code point anywhere, changing the separators between digit groups, writing the
digits in another script or encoding the credential keeps the same category flagged. The same edits
applied to clean drafts (prose with prices, dates, times, versions, order numbers, quantities) do not
create findings of those categories.
"""

from __future__ import annotations

import base64
import re
import sys
import unicodedata

import phonenumbers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from preflight.engine.text import IGNORABLE_RANGES
from stdnum import luhn

# Format-correct but made-up values, shared with the credential tests.
from tests.engine.pii.test_pii import IBANS, PERSONAL_EXAMPLES
from tests.engine.secrets.test_secrets import GITHUB_TOKEN, GOOGLE_KEY, JWT, PEM

CREDENTIALS = {
    "aws key id": "AKIA81U33XTPLPFT75V2",
    "github token": GITHUB_TOKEN,
    "slack token": "xoxb-2048613395-4791235560412-Zq8vTn2LrK5pW9mX",
    "stripe key": "sk_live_51Hx9aQ2eZvKYlo2C8pW3mNt",
    "google api key": GOOGLE_KEY,
    "jwt": JWT,
    "password assignment": "password: Summer2024!",
    "private key": PEM,
}

# Numeric seeds: "{s}" marks a separator between digit groups (filled with a space by default).
NUMERIC = [
    ("pii.credit_card", "card 4111{s}1111{s}1111{s}1111 exp soon"),
    ("pii.credit_card", "MC 5555{s}5555{s}5555{s}4444 declined"),
    ("pii.credit_card", "The travel Amex is 3782{s}822463{s}10005"),
    ("pii.credit_card", "card 41111111{s}11111111 please"),
    ("pii.phone", "Running late, call me: 312{s}555{s}0147"),
    ("pii.phone", "Courier questions go to (917){s}555{s}0134, my cell"),
    ("pii.phone", "Text +44{s}7700{s}900456 when the van arrives"),
    ("pii.phone", "ring me on 07700{s}900789 after six"),
    ("pii.phone", "Call me on 090{s}1234{s}5678 after the meetup"),
    ("pii.phone", "text me 138{s}1234{s}5678 when you land"),
    ("pii.phone", "Appelle-moi au 06{s}12{s}34{s}56{s}78"),
    ("pii.phone", "llámame al 612{s}345{s}678 esta tarde"),
    ("pii.credit_card", "UATP card 1234{s}56789{s}012347 for the charter"),
    ("pii.us_ssn", "Payroll has SSN 512{s}38{s}4471 on file"),
    ("pii.iban", "Wire to DE89{s}3704{s}0044{s}0532{s}0130{s}00 by Friday"),
    ("pii.iban", "Pay into GB82{s}WEST{s}1234{s}5698{s}7654{s}32 by Monday"),
]
FLAGGED = [
    *((category, template.replace("{s}", " ")) for category, template in NUMERIC),
    ("pii.email", "Ping me at olga.petrova91@gmail.com if the venue changes"),
    *(("secret", f"note for ops: {value} (rotate it)") for value in CREDENTIALS.values()),
]
CLEAN = [
    "Tickets are $12.99 each, doors open at 7:30pm on 2024-09-15.",
    "Version 4.11.2 ships with 1,200 fixes; 3 of 4 suites pass on build 20240915.",
    "Order #4410 of 25 units shipped on 15/09/2024 at 14:05, 2 boxes left.",
    "We sold 1 250 000 copies in 2023 and 2 100 000 in 2024.",
    "Room 415 on floor 5, gate B12, boarding 09:45 for flight 2207.",
    "Our Q3 revenue grew 12.5% to 3.4 million, up from 2.9 million in Q2.",
    "Firmware 10.4.12 and the 3/14 launch, from $1,299 or 4 x $325.",
    "Meet at 12.30, table for 8; 555 guests RSVP'd and 0199 is the door code.",
]
CLEAN_TEMPLATES = [
    "Key dates: 2024{s}09{s}15 and 2025{s}03{s}01, doors at 7:30pm.",
    "Release 4{s}11{s}2 is out; build 10{s}4{s}12 follows.",
    "We shipped 1{s}250{s}000 units and 2{s}100{s}000 spare parts.",
    "Invoice due 15{s}09{s}2024, total 1{s}299{s}00 euros.",
    "Order 4410{s}25 of batch 7{s}3 left the depot at 14:05.",
    "Closed 2024-09-15{s}2024-09-16 and 15/09/2024{s}16/09/2024 for the move.",
]
CHECKED = {"pii.credit_card", "pii.phone", "pii.us_ssn", "pii.iban", "pii.email", "secret"}

IGNORABLES = [chr(c) for lo, hi in IGNORABLE_RANGES for c in range(lo, hi + 1)]
# The zero of every script with decimal digits (Arabic-Indic, Extended Arabic-Indic, Devanagari,
# Bengali, Thai, full-width, mathematical...): digit d of a script is its zero plus d.
DIGIT_ZEROS = [
    c
    for c in range(0x80, sys.maxunicode + 1)
    if unicodedata.category(chr(c)) == "Nd" and unicodedata.decimal(chr(c)) == 0
]
SEPARATOR_RUNS = st.text(alphabet=" \t\n\r.-/_\u2010\u2013\u2014\u2212", min_size=1, max_size=3)

common = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def found(engine, text: str) -> set[str]:
    """Categories reported at medium or above."""
    return {f.category for f in engine.screen(text).findings if f.severity in ("medium", "high")}


@st.composite
def with_ignorables(draw, text: str) -> str:
    """``text`` with default-ignorable code points inserted at any positions."""
    chars = list(text)
    for _ in range(draw(st.integers(1, 8))):
        chars.insert(draw(st.integers(0, len(chars))), draw(st.sampled_from(IGNORABLES)))
    return "".join(chars)


@st.composite
def with_foreign_digits(draw, text: str) -> str:
    """``text`` with each ASCII digit, or some of them, written in another script."""
    zero = draw(st.sampled_from(DIGIT_ZEROS))
    mixed = draw(st.booleans())
    out = []
    for ch in text:
        if ch.isascii() and ch.isdigit() and (not mixed or draw(st.booleans())):
            script_zero = draw(st.sampled_from(DIGIT_ZEROS)) if mixed else zero
            ch = chr(script_zero + int(ch))
        out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------------------------------------------
# (1) Default-ignorable code points anywhere
# ---------------------------------------------------------------------------------------------------


@common
@given(data=st.data(), seed=st.sampled_from(FLAGGED))
def test_ignorable_code_points_do_not_hide_a_value(engine, data, seed) -> None:
    category, text = seed
    edited = data.draw(with_ignorables(text))
    assert category in found(engine, edited)


@common
@given(data=st.data(), text=st.sampled_from(CLEAN))
def test_ignorable_code_points_do_not_create_a_value(engine, data, text: str) -> None:
    assert not found(engine, data.draw(with_ignorables(text))) & CHECKED


# ---------------------------------------------------------------------------------------------------
# (2) Separators between digit groups
# ---------------------------------------------------------------------------------------------------


@common
@given(seed=st.sampled_from(NUMERIC), separator=SEPARATOR_RUNS)
def test_separators_do_not_hide_a_number(engine, seed, separator: str) -> None:
    # One separator throughout: a card written with two kinds ("4111 1111-1111 1111") is
    # deliberately not a card, and white space around a separator does not change its kind.
    category, template = seed
    assert category in found(engine, template.replace("{s}", separator))


@common
@given(template=st.sampled_from(CLEAN_TEMPLATES), separator=SEPARATOR_RUNS)
def test_separators_do_not_create_a_number(engine, template: str, separator: str) -> None:
    assert not found(engine, template.replace("{s}", separator)) & CHECKED


@common
@given(
    address=st.sampled_from(
        ["olga.petrova91@gmail.com", "jane.doe@example.com", "t.nakamura+promo@yahoo.co.jp"]
    ),
    wrap=st.sampled_from(["\n", " \n", "\n ", "\r\n", "\n\t", "  \n  "]),
    before_at=st.booleans(),
)
def test_an_address_wrapped_at_its_at_sign_is_still_found(
    engine, address: str, wrap: str, before_at: bool
) -> None:
    local, domain = address.split("@")
    text = f"{local}{wrap}@{domain}" if before_at else f"{local}@{wrap}{domain}"
    assert "pii.email" in found(engine, f"Write to {text} today")


# ---------------------------------------------------------------------------------------------------
# (3) Digits of other scripts
# ---------------------------------------------------------------------------------------------------


@common
@given(data=st.data(), seed=st.sampled_from(FLAGGED))
def test_digits_of_another_script_do_not_hide_a_value(engine, data, seed) -> None:
    category, text = seed
    assert category in found(engine, data.draw(with_foreign_digits(text)))


@common
@given(data=st.data(), text=st.sampled_from(CLEAN + [t.replace("{s}", "-") for t in CLEAN_TEMPLATES]))
def test_digits_of_another_script_do_not_create_a_value(engine, data, text: str) -> None:
    assert not found(engine, data.draw(with_foreign_digits(text))) & CHECKED


# ---------------------------------------------------------------------------------------------------
# (4) Encoded credentials
# ---------------------------------------------------------------------------------------------------

_PERCENT_PLAIN = re.compile(rb"[A-Za-z0-9._~-]")


@st.composite
def encoded(draw, value: str) -> tuple[str, str]:
    """(encoding, ``value`` encoded): base64 (padded or not, or wrapped onto lines), base64url, hex, or
    percent-encoding with any of the characters that may stay plain left plain."""
    raw = value.encode()
    encoding = draw(st.sampled_from(["base64", "wrapped base64", "base64url", "hex", "percent"]))
    if encoding == "base64":
        text = base64.b64encode(raw).decode()
        return encoding, text if draw(st.booleans()) else text.rstrip("=")
    if encoding == "wrapped base64":  # as MIME (76) and PEM (64) wrap it
        text = base64.b64encode(raw).decode()
        width = draw(st.sampled_from([64, 76]))
        newline = draw(st.sampled_from(["\n", "\r\n"]))
        return encoding, newline.join(text[i : i + width] for i in range(0, len(text), width))
    if encoding == "base64url":
        return encoding, base64.urlsafe_b64encode(raw).decode()
    if encoding == "hex":
        return encoding, raw.hex() if draw(st.booleans()) else raw.hex().upper()
    escaped = [
        chr(b) if _PERCENT_PLAIN.fullmatch(bytes([b])) and i >= 3 and draw(st.booleans()) else f"%{b:02X}"
        for i, b in enumerate(raw)
    ]
    return encoding, "".join(escaped)


@common
@given(
    data=st.data(),
    value=st.sampled_from(list(CREDENTIALS.values())),
    before=st.sampled_from(["token ", "cfg=", "Authorization: Basic ", "(", "see\n"]),
    after=st.sampled_from(["", " thanks", ")", "\nbye", "; rotate"]),
)
def test_an_encoded_credential_is_found_over_its_encoded_span(engine, data, value, before, after) -> None:
    _, text = data.draw(encoded(value))
    draft = f"{before}{text}{after}"
    start = len(before)
    secrets = [f for f in engine.screen(draft).findings if f.category == "secret"]
    assert any(f.start <= start and f.end >= start + len(text) for f in secrets), secrets


@common
@given(data=st.data(), text=st.sampled_from(CLEAN + [t.replace("{s}", " ") for t in CLEAN_TEMPLATES]))
def test_encoded_ordinary_text_is_not_a_credential(engine, data, text: str) -> None:
    _, encoded_text = data.draw(encoded(text))
    assert "secret" not in found(engine, f"payload {encoded_text} end")


# Chinese, Japanese and Korean text: no space between a value and the words around it.
CJK_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),  # Han
        st.characters(min_codepoint=0x3041, max_codepoint=0x3096),  # Hiragana
        st.characters(min_codepoint=0x30A1, max_codepoint=0x30FA),  # Katakana
        st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),  # Hangul syllables
        st.sampled_from("。、「」『』・ー〜！？：，（）"),  # their punctuation, some full-width
    ),
    min_size=1,
    max_size=6,
)
CJK_PHONE_WORDS = ["電話", "电话", "手机", "携帯", "전화", "연락"]


@st.composite
def glued_values(draw) -> tuple[str, str]:
    """(category, value): any value of each numeric family and an e-mail address, as a person writes it."""
    family = draw(st.sampled_from(["card", "ssn", "iban", "email", "phone"]))
    if family == "card":
        body = draw(st.sampled_from("2345")) + draw(st.text("0123456789", min_size=14, max_size=14))
        number = body + luhn.calc_check_digit(body)
        grouped = " ".join(number[i : i + 4] for i in range(0, 16, 4))
        return "pii.credit_card", draw(st.sampled_from([number, grouped]))
    if family == "ssn":
        area = draw(st.integers(1, 899).filter(lambda a: a != 666))
        return "pii.us_ssn", f"{area:03}-{draw(st.integers(1, 99)):02}-{draw(st.integers(1, 9999)):04}"
    if family == "iban":
        compact = re.sub(r"[\W_]", "", draw(st.sampled_from(IBANS))[1]).upper()
        spaced = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        return "pii.iban", draw(st.sampled_from([compact, spaced]))
    if family == "email":
        word = st.from_regex(r"[a-z][a-z0-9]{1,9}", fullmatch=True)
        local = draw(word) + draw(st.sampled_from(["", ".", "_"])) + draw(word)
        return "pii.email", f"{local}@{draw(word)}.{draw(st.sampled_from(['com', 'cn', 'co.jp', 'kr']))}"
    number = draw(st.sampled_from(PERSONAL_EXAMPLES))[2]
    return "pii.phone", phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


@common
@given(value=glued_values(), before=CJK_TEXT, after=CJK_TEXT)
def test_a_value_glued_to_cjk_text_is_found(engine, value, before: str, after: str) -> None:
    """Any value of each family, with CJK text right before and after it, is flagged over exactly
    its own span."""
    category, written = value
    text = before + written + after
    spans = [(f.start, f.end) for f in engine.screen(text).findings if f.category == category]
    assert spans == [(len(before), len(before) + len(written))], text
    assert category in found(engine, text)


@common
@given(
    example=st.sampled_from([e for e in PERSONAL_EXAMPLES if e[0] in ("JP", "CN", "KR")]),
    before=CJK_TEXT,
    word=st.sampled_from(CJK_PHONE_WORDS),
    after=CJK_TEXT,
)
def test_a_national_number_glued_to_cjk_text_is_found(engine, example, before, word, after) -> None:
    """A Japanese, Chinese or Korean number written nationally, glued to a phone word of those
    languages and to any text after it, is a phone number."""
    written = phonenumbers.format_number(example[2], phonenumbers.PhoneNumberFormat.NATIONAL)
    text = before + word + written + after
    assert "pii.phone" in found(engine, text), text


@common
@given(
    before=CJK_TEXT,
    after=CJK_TEXT,
    year=st.integers(1990, 2030),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    price=st.integers(1, 99_999_999),
    count=st.integers(1, 99_999_999),
    unit=st.sampled_from(["円", "元", "원", "個", "人", "名", "件", "台", "%", "万円", "億"]),
    clock=st.sampled_from(["9:30", "10:00-18:00", "14時", "第3"]),
)
def test_dates_prices_and_counts_in_cjk_text_are_not_values(
    engine, before, after, year, month, day, price, count, unit, clock
) -> None:
    """CJK prose with dates, times, prices and quantities glued to it holds no numeric value."""
    text = (
        f"{before}{year}年{month}月{day}日{clock}、{price}円{after}{count}{unit}。{year}/{month:02}/{day:02}"
    )
    assert not found(engine, text) & CHECKED, text
