"""Round 16 of the number detectors: numbers glued to words and digit groups split by pipes or colons.

- A number glued to the words around it, in any script ("Kreditkarte4...abrechnen", "नंबर98...",
  "IBAN:DE...bis"), is read as if a space stood there, when the letters are a word (a lower-case or a
  non-Latin letter) and the token stands alone in the text (no link, path, address or hashtag).
- Digit groups joined throughout by a pipe or a colon with no space ("4539|0148|8034|6468") are read
  as groups. Codes, files, hashes, units, tables, times and addresses stay clean.
All numbers here are made up (valid checksums where the class needs them).
"""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from preflight.engine.detectors.pii.numbers import _UNITS
from stdnum import luhn


def _card(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def _not_card(body: str) -> str:
    return body + str((int(luhn.calc_check_digit(body)) + 1) % 10)


def _iban(country: str, account: str) -> str:
    rearranged = account + country + "00"
    remainder = int("".join(str(int(ch, 36)) for ch in rearranged)) % 97
    return f"{country}{98 - remainder:02d}{account}"


VISA = _card("453901488034646")
MASTERCARD = _card("522681004712345")
AMEX = _card("37144963539843")
DE_IBAN = _iban("DE", "370400440532013000")
AT_IBAN = _iban("AT", "1904300234573201")
ES_IBAN = _iban("ES", "21000418450200051332")


def _four(number: str, sep: str) -> str:
    return sep.join(number[i : i + 4] for i in range(0, len(number), 4))


# (text, the value as reported)
GLUED_CARDS = [
    (f"Bitte die Hotelkosten über Kreditkarte{VISA}abrechnen", VISA),
    (f"paga con la tarjeta{MASTERCARD}porfa, gracias", MASTERCARD),
    (f"оплатите картой{VISA}до пятницы", VISA),
    (f"πληρωμή με κάρτα{MASTERCARD}σήμερα", MASTERCARD),
    (f"मेरा कार्ड{VISA}है", VISA),
    (f"the amex{AMEX}expires soon", AMEX),
    (f"Karte{_four(VISA, ' ')}laufen lassen", _four(VISA, " ")),
    (f"use the card {_four(MASTERCARD, '|')} for the repro", _four(MASTERCARD, "|")),
    (f"carte bancaire: {_four(VISA, ':')} merci", _four(VISA, ":")),
    (f"cartão{_four(VISA, '|')}obrigado", _four(VISA, "|")),
]


@pytest.mark.parametrize(("text", "number"), GLUED_CARDS)
def test_a_card_glued_to_words_or_split_by_pipes_or_colons_is_found(findings, text, number) -> None:
    assert [text[f.start : f.end] for f in findings(text, "pii.credit_card")] == [number], text


GLUED_IBANS = [
    (f"Überweisung bitte an IBAN:{DE_IBAN}bis Freitag", DE_IBAN),
    (f"Mitgliedsbeitrag an {AT_IBAN}überweisen", AT_IBAN),
    (f"transferencia a la cuenta {ES_IBAN}antes del lunes", ES_IBAN),
]


@pytest.mark.parametrize(("text", "number"), GLUED_IBANS)
def test_an_iban_glued_to_the_next_word_is_found(findings, text, number) -> None:
    assert [text[f.start : f.end] for f in findings(text, "pii.iban")] == [number], text


GLUED_PHONES = [
    ("mera number save karo 9876512340warna miss ho jayega", "9876512340"),
    ("मेरा नंबर9876512340है, कॉल करना", "9876512340"),
    ("llámame al 612847305mañana por la tarde", "612847305"),
    ("call me on 4155550199tonight", "4155550199"),
]


@pytest.mark.parametrize(("text", "number"), GLUED_PHONES)
def test_a_phone_number_glued_to_a_word_is_found(findings, text, number) -> None:
    reported = [text[f.start : f.end] for f in findings(text, "pii.phone") if f.severity == "medium"]
    assert number in reported, (text, reported)


CLEAN = [
    # codes, files, hashes, units: letters that are no word, or no token standing alone
    f"Order ORD{VISA} shipped",
    f"INV{MASTERCARD}-A is paid",
    f"see img{VISA}.jpg in the folder",
    f"https://shop.example/item/abc{VISA}def",
    f"#promo{VISA}win is trending",
    f"mail anna{VISA}@example.org",
    f"hash deadbeef{VISA}cafe0 in the log",
    "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 matches",
    "commit a3f45320151128303669b1e2 merged",
    f"battery 5000mAh, screen 1080p, {VISA}bytes free",
    # a number failing its checksum, glued or piped
    f"Kreditkarte{_not_card(VISA[:-1])}abrechnen",
    f"card {_four(_not_card(VISA[:-1]), '|')} for the repro",
    # pipes and colons of a table, a time, a MAC or an IPv6 address
    f"| {_four(VISA, ' | ')} |",
    f"|{_four(VISA, '|')}|",
    "2001:4860:4860:0000:0000:0000:0000:8888 is the resolver",
    "MAC 00:11:22:33:44:55 on the office printer",
    "slots 09:00|10:30|14:00|16:45 are free",
    "ratio 1:2:3 works",
    # an IBAN failing mod-97 glued to a word
    f"Überweisung an {DE_IBAN[:2]}{(int(DE_IBAN[2:4]) + 1) % 100:02d}{DE_IBAN[4:]}bis Freitag",
]


@pytest.mark.parametrize("text", CLEAN)
def test_codes_units_hashes_and_failing_checksums_stay_clean(categories, text) -> None:
    found = categories(text) & {"pii.credit_card", "pii.iban", "pii.phone", "pii.us_ssn"}
    assert not found, (text, found)


# Letters of several scripts, and words made of them (two letters or more, with a lower-case one).
_SCRIPTS = [
    "abcdefghijklmnopqrstuvwxyz",
    "абвгдежзиклмнопрстуфхцчшщ",
    "αβγδεζηθικλμνξοπρστυφχψω",
    "कखगघचछजझटठडढतथदधनपफबभमयरलवस",
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "אבגדהוזחטיכלמנסעפצקרשת",
]
_WORD = st.sampled_from(_SCRIPTS).flatmap(lambda s: st.text(s, min_size=2, max_size=8))
_FRAMES = ["{w1}{n}{w2} ok", "pay {w1}{n}{w2}", "{w1}{n} now", "the {n}{w2}"]


@settings(max_examples=60, deadline=None)
@given(
    prefix=st.sampled_from(["4", "51", "55", "2221", "6011"]),
    body=st.text("0123456789", min_size=15, max_size=15),
    w1=_WORD,
    w2=_WORD.filter(lambda w: w.lower() not in _UNITS),  # "kb", "mb": a quantity's unit
    frame=st.sampled_from(_FRAMES),
)
def test_property_a_luhn_valid_card_glued_between_words_is_found_with_its_span(
    findings, prefix, body, w1, w2, frame
) -> None:
    number = _card((prefix + body)[:15])
    text = frame.format(w1=w1, n=number, w2=w2)
    assert [text[f.start : f.end] for f in findings(text, "pii.credit_card")] == [number], text


@settings(max_examples=60, deadline=None)
@given(
    prefix=st.sampled_from(["4", "51", "55", "6011"]),
    body=st.text("0123456789", min_size=15, max_size=15),
    w1=_WORD,
    w2=_WORD,
    separator=st.sampled_from(["", "|", ":"]),
)
def test_property_a_number_failing_luhn_glued_or_piped_is_no_card(
    findings, prefix, body, w1, w2, separator
) -> None:
    number = _not_card((prefix + body)[:15])
    text = (
        f"card {w1}{_four(number, separator)}{w2} ok"
        if separator == ""
        else f"card {_four(number, separator)} ok"
    )
    assert findings(text, "pii.credit_card") == [], text


@settings(max_examples=60, deadline=None)
@given(
    body=st.text("0123456789", min_size=15, max_size=15),
    separator=st.sampled_from(["|", ":"]),
    prefix=st.sampled_from(["4", "53"]),
)
def test_property_a_card_split_by_pipes_or_colons_is_found_with_its_span(
    findings, body, separator, prefix
) -> None:
    number = _four(_card((prefix + body)[:15]), separator)
    text = f"repro with card {number} in DM"
    assert [text[f.start : f.end] for f in findings(text, "pii.credit_card")] == [number], text


@settings(max_examples=40, deadline=None)
@given(
    country_and_length=st.sampled_from([("DE", 18), ("AT", 16), ("ES", 20), ("BE", 12), ("FI", 14)]),
    account=st.text("0123456789", min_size=20, max_size=20),
    word=_WORD,
    valid=st.booleans(),
)
def test_property_an_iban_glued_to_a_word_is_found_only_when_mod97_holds(
    findings, country_and_length, account, word, valid
) -> None:
    country, length = country_and_length
    iban = _iban(country, account[:length])
    if not valid:
        iban = iban[:2] + f"{(int(iban[2:4]) + 1) % 100:02d}" + iban[4:]
    text = f"Bitte an IBAN:{iban}{word} überweisen"
    reported = [text[f.start : f.end] for f in findings(text, "pii.iban")]
    assert reported == ([iban] if valid else []), text


@settings(max_examples=40, deadline=None)
@given(
    number=st.integers(6_000_000_000, 9_999_999_999).filter(lambda n: len(set(str(n))) >= 4),
    word=_WORD.filter(lambda w: w.lower() not in _UNITS),
    cue=st.sampled_from(["mera number save karo", "call me on", "मेरा नंबर", "llámame al"]),
)
def test_property_a_phone_number_glued_to_a_word_reads_as_if_spaced(findings, number, word, cue) -> None:
    digits = str(number)
    glued, spaced = f"{cue} {digits}{word} ok", f"{cue} {digits} {word} ok"

    def read(text: str) -> list[tuple[int, int, str]]:
        return [(f.start, f.end, f.severity) for f in findings(text, "pii.phone")]

    assert read(glued) == read(spaced), glued
    if phonenumbers.number_type(phonenumbers.parse(digits, "IN")) == phonenumbers.PhoneNumberType.MOBILE:
        assert read(glued), glued


# A word's label mark between the word and the number: "card#...", "Visa-...", "amex/...", "cell#...".
AFTER_A_LABEL_MARK = [
    (f"charge it to card#{VISA} pls", "pii.credit_card", VISA),
    (f"Visa-{VISA} for the deposit", "pii.credit_card", VISA),
    (f"amex/{AMEX} for the flights", "pii.credit_card", AMEX),
    (f"tarjeta#{MASTERCARD} rechazada", "pii.credit_card", MASTERCARD),
    ("cell#813-447-2901 after six", "pii.phone", "813-447-2901"),
    ("handy-01712345678 abends", "pii.phone", "01712345678"),
]


@pytest.mark.parametrize(("text", "category", "number"), AFTER_A_LABEL_MARK)
def test_a_number_after_a_words_label_mark_is_found(findings, text, category, number) -> None:
    assert number in [text[f.start : f.end] for f in findings(text, category)], text


CLEAN_AFTER_A_MARK = [
    f"fixed in issue #{VISA}",
    f"PR#{VISA} merged",
    f"see https://shop.example/product/{VISA}",
    f"v2-{VISA}",
    f"#{VISA}",
]


@pytest.mark.parametrize("text", CLEAN_AFTER_A_MARK)
def test_a_number_after_a_mark_with_no_word_or_in_a_link_stays_clean(categories, text) -> None:
    assert not categories(text) & {"pii.credit_card", "pii.phone"}, text


@settings(max_examples=50, deadline=None)
@given(
    prefix=st.sampled_from(["4", "51", "6011"]),
    body=st.text("0123456789", min_size=15, max_size=15),
    word=st.sampled_from(["card", "Karte", "tarjeta", "carta", "visa", "карта", "कार्ड"]),
    mark=st.sampled_from(["#", "-", "/", "#:", "№"]),
    valid=st.booleans(),
)
def test_property_a_card_after_a_words_label_mark_is_found_only_when_luhn_holds(
    findings, prefix, body, word, mark, valid
) -> None:
    number = (_card if valid else _not_card)((prefix + body)[:15])
    text = f"pay with {word}{mark}{number} today"
    reported = [text[f.start : f.end] for f in findings(text, "pii.credit_card")]
    assert reported == ([number] if valid else []), text


PIPED_OR_COLONED = [
    ("call me 415|555|0199 after lunch", "pii.phone", "415|555|0199"),
    ("text me at 415:555:0199", "pii.phone", "415:555:0199"),
    ("SSN 412|55|0193 on the form", "pii.us_ssn", "412|55|0193"),
]


@pytest.mark.parametrize(("text", "category", "number"), PIPED_OR_COLONED)
def test_phones_and_ssns_split_by_pipes_or_colons_are_found(findings, text, category, number) -> None:
    assert number in [text[f.start : f.end] for f in findings(text, category)], text
