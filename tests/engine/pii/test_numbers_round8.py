"""Round 8 of the number detectors: national phone formats without a country code in more countries
(Poland, Brazil, India also in Devanagari, Turkey, Sweden) and digits spelled out as words; cards of
more issuers and groupings; IBANs in code and with a short last group; provider tokens of an odd
length next to a word for key. All numbers and tokens here are made up (valid checksums where the
class needs them).
"""

from __future__ import annotations

import re

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from stdnum import luhn

PERSONAL_PHONES = [
    # Polish mobiles 3-3-3 after a personal cue
    ("Zadzwoń na prywatny 601 482 957 po 18", "601 482 957"),
    ("mój numer: 512 903 774, pisz śmiało", "512 903 774"),
    ("dzwońcie do Kasi 698 221 045", "698 221 045"),
    # Brazilian mobiles with the area code in brackets
    ("me chama no zap (21) 99618-2047", "(21) 99618-2047"),
    ("meu celular é (31) 98812-6630", "(31) 98812-6630"),
    # Indian mobiles 5-5, also inside Devanagari text
    ("मेरा नंबर 91234 56780 है, कॉल करो", "91234 56780"),
    ("मुझे फोन करें 98112 45673 पर", "98112 45673"),
    ("mera number 99887 66554 hai", "99887 66554"),
    # Turkish and Swedish mobiles with their trunk 0
    ("beni ara 0542 318 27 90", "0542 318 27 90"),
    ("numaram 0505 661 23 48", "0505 661 23 48"),
    ("ring mig på 073-512 88 40", "073-512 88 40"),
    ("mitt nummer 076-228 19 03", "076-228 19 03"),
    # digits spelled out, alone or mixed with figures
    ("call me at four one five - 555 - 0 1 9 2", "four one five - 555 - 0 1 9 2"),
    ("text me: six four six 555 0 1 3 8 tonight", "six four six 555 0 1 3 8"),
    ("my cell is three-one-two-five-five-five-zero-one-eight-seven", None),
    ("txt me @ 312 555 0149", "312 555 0149"),
]


@pytest.mark.parametrize(("text", "number"), PERSONAL_PHONES)
def test_national_numbers_after_a_personal_cue_are_personal(findings, text: str, number: str | None) -> None:
    reported = [text[f.start : f.end] for f in findings(text, "pii.phone") if f.severity == "medium"]
    assert reported, text
    if number is not None:
        assert number in reported, (text, reported)


CLEAN_PHONES = [
    # a branch's or a business's published line
    "call the branch on 0113 496 0000 to book",
    "Ring the branch on 0161 496 0725 for an appointment",
    "zadzwoń na infolinię 800 123 456",
    "ring kundtjänst på 020-123 45 67",
    "müşteri hizmetleri 444 12 34, arayın",
    # order and invoice numbers in those languages
    "numer zamówienia 601 482 957",
    "sipariş 512 903 774 kargoya verildi",
    # counting in words is no number
    "one two three four five six seven eight nine ten, ready or not",
    "I have two three four kids to drive around",
    # a countdown or a count up is a sequence
    "call out 9 8 7 6 5 4 3 2 1 0 at midnight",
    "phone PIN tip: never use one two three four five six seven eight nine",
]


@pytest.mark.parametrize("text", CLEAN_PHONES)
def test_published_lines_toll_free_and_order_numbers_are_not_personal(categories, text: str) -> None:
    assert "pii.phone" not in categories(text)


_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


@hsettings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(0, 9), min_size=4, max_size=4),
    st.sampled_from(["call me at", "text me on", "my cell is"]),
    st.sampled_from([" ", "-"]),
    st.booleans(),
)
def test_a_north_american_number_spelled_in_words_is_found(
    findings, line: list[int], cue: str, joiner: str, words_last: bool
) -> None:
    area = joiner.join(_WORDS[int(d)] for d in "415")
    last = joiner.join(_WORDS[d] if words_last else str(d) for d in line)
    text = f"{cue} {area} - 555 - {last} after six"
    reported = [text[f.start : f.end] for f in findings(text, "pii.phone") if f.severity == "medium"]
    assert any(r.startswith(area.split(joiner)[0]) for r in reported), (text, reported)


@hsettings(max_examples=60, deadline=None)
@given(
    st.integers(500_000_000, 899_999_999).filter(lambda n: len(set(str(n))) >= 3),
    st.sampled_from(["Zadzwoń na prywatny", "mój numer", "dzwoń"]),
)
def test_polish_mobiles_after_a_polish_cue_are_found(findings, n: int, cue: str) -> None:
    digits = str(n)
    number = phonenumbers.parse(digits, "PL")
    written = f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    text = f"{cue} {written} wieczorem"
    reported = [text[f.start : f.end] for f in findings(text, "pii.phone") if f.severity == "medium"]
    if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE:
        assert written in reported, (text, reported)


def _luhn_complete(body: str) -> str:
    return body + luhn.calc_check_digit(body)


CARDS = [
    # Troy (Turkey), RuPay (India), UzCard and Humo (Uzbekistan)
    "kartım 9792 0311 4588 2045",
    "RuPay card 8172 4410 9035 6628",
    "Humo: 9860 0512 7731 4409",
    "UzCard 8600 3141 5926 5358",
    # unusual groupings: 5-5-5-1, 6-6-3, 6-6-4
    "kartım: 35301 11333 30000 0",
    "amex 378282 246310 005",
    "Visa 453201 511283 0366",
]


@pytest.mark.parametrize("text", CARDS)
def test_cards_of_more_issuers_and_groupings_are_found(categories, text: str) -> None:
    digits = "".join(c for c in text if c.isdigit())
    text = text.replace(text[text.index(digits[0]) :], _group_like(text, _luhn_complete(digits[:-1])))
    assert "pii.credit_card" in categories(text), text


def _group_like(text: str, digits: str) -> str:
    """``digits`` grouped as the number in ``text`` is."""
    written = re.search(r"\d[\d -]*\d", text).group()
    out, i = [], 0
    for ch in written:
        out.append(digits[i] if ch.isdigit() else ch)
        i += ch.isdigit()
    return "".join(out)


CLEAN_CARDS = [
    "ISBN 9786172345678906",  # from 9, not Troy's or Humo's range
    "tracking 9400 1000 0000 0000 0000",
    "ref 9123 4567 8901 2345",
    # loose groupings with no word for a card: a lot or batch number
    "Lot 35301 11333 30000 0 shipped",
    "Shipment 378282 246310 005 left Rotterdam",
]


@pytest.mark.parametrize("text", CLEAN_CARDS)
def test_numbers_outside_card_ranges_or_loosely_grouped_with_no_card_word_are_no_card(
    categories, text: str
) -> None:
    assert "pii.credit_card" not in categories(text)


@hsettings(max_examples=80, deadline=None)
@given(
    prefix=st.sampled_from(["9792", "9860", "8600", "81", "82", "4", "51", "37", "35"]),
    body=st.text("0123456789", min_size=16, max_size=16),
    size=st.sampled_from([4, 5, 6]),
    separator=st.sampled_from([" ", "-"]),
)
def test_a_luhn_valid_card_in_equal_groups_with_a_short_last_group_is_found(
    categories, prefix: str, body: str, size: int, separator: str
) -> None:
    length = 15 if prefix == "37" else 16
    digits = _luhn_complete((prefix + body)[: length - 1])
    groups = [digits[i : i + size] for i in range(0, len(digits), size)]
    text = f"my card is {separator.join(groups)} please"
    assert "pii.credit_card" in categories(text), text


def _with_check_digits(country: str, account: str) -> str:
    """An IBAN with valid mod-97 check digits, whatever the account's length."""
    rearranged = account + country + "00"
    remainder = int("".join(str(int(ch, 36)) for ch in rearranged)) % 97
    return f"{country}{98 - remainder:02d}{account}"


def _grouped(compact: str) -> str:
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


IBAN_TEXTS = [
    # registry length, short last group
    ("my IBAN {}", _grouped(_with_check_digits("FI", "21234560000078"))),
    ("Kontonummer: {} bitte", _grouped(_with_check_digits("NO", "86011117947"))),
    # a digit too many or too few for the country, mod-97 valid
    ("Betalning för presenten: {} / payment", _grouped(_with_check_digits("FI", "5123456000007854"))),
    ("colletta per Luca: {} grazie!", _grouped(_with_check_digits("CH", "0800000000987654321"))),
    # in code and in a longer reply
    ("iban={}  # remove before commit", _with_check_digits("DE", "7012030000009876543210")),
    ('{{"iban": "{}", "holder": "J. Berg"}}', _with_check_digits("SE", "500000000583982574")),
    ("Thanks all, the gift money was sent to {} on Friday, so no need to chip in twice.",
     _grouped(_with_check_digits("FI", "21234560000078"))),
]  # fmt: skip


@pytest.mark.parametrize(("frame", "iban"), IBAN_TEXTS)
def test_ibans_with_short_groups_odd_lengths_and_in_code_are_found(findings, frame: str, iban: str) -> None:
    text = frame.format(iban)
    assert [text[f.start : f.end] for f in findings(text, "pii.iban")] == [iban], text


CLEAN_IBANS = [
    "DE12 3456 7890 1234 5678 tracking",  # fails mod-97
    "FI41 2112 3456 0000 0785 in the template",  # one check digit off
    "See ISO 13616: an IBAN starts with a country code such as FI or CH.",
]


@pytest.mark.parametrize("text", CLEAN_IBANS)
def test_iban_shaped_runs_failing_mod97_are_not_ibans(categories, text: str) -> None:
    assert "pii.iban" not in categories(text)


@hsettings(max_examples=100, deadline=None)
@given(
    country=st.sampled_from(["FI", "CH", "DE", "SE", "NO", "PL", "TR", "NL"]),
    account=st.text("0123456789", min_size=11, max_size=26),
    spaced=st.booleans(),
    frame=st.sampled_from(["sent to {} yesterday", "iban={}", '"iban": "{}"', "konto: {} tack"]),
)
def test_a_mod97_valid_numeric_iban_is_found_in_any_length_and_grouping(
    findings, country: str, account: str, spaced: bool, frame: str
) -> None:
    iban = _with_check_digits(country, account)
    written = _grouped(iban) if spaced else iban
    text = frame.format(written)
    assert written in [text[f.start : f.end] for f in findings(text, "pii.iban")], text


_KEY_WORDS = ["key", "token", "secret", "anahtarım", "klucz API", "nyckel", "कुंजी", "API key"]
_PREFIXES = ["SG.", "sk-proj-", "ghp_", "glpat-", "xoxb-", "pypi-", "sk_live_"]


@hsettings(max_examples=100, deadline=None)
@given(
    word=st.sampled_from(_KEY_WORDS),
    prefix=st.sampled_from(_PREFIXES),
    # shuffled letters: a run of one letter or the alphabet in order is a placeholder (not_placeholder)
    body=st.permutations(list("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ")).map(
        lambda p: "".join(p[:14])
    ),
    digit=st.sampled_from("23456789"),
    joiner=st.sampled_from([": ", " ", " = ", " is "]),
)
def test_a_provider_token_of_any_length_named_a_key_is_a_secret(
    findings, word: str, prefix: str, body: str, digit: str, joiner: str
) -> None:
    token = f"{prefix}{body[:4]}{digit}{body[4:]}"
    text = f"my {word}{joiner}{token} (do not share)"
    assert token in [text[f.start : f.end] for f in findings(text, "secret")], text


SECRET_CLEAN = [
    # fiction: a password quoted in a story
    "#fiction Chapter 3: the hacker typed the password 'swordfish' and the vault opened.",
    'Short story, part 2: she whispered the password "marmalade" and the door gave way.',
    # a prefix named without a body, or without a word for key the documented lengths hold
    "SendGrid keys start with SG. and OpenAI project keys with sk-proj-",
    "sk-proj-ZJAsZWZ7M5",
]


@pytest.mark.parametrize("text", SECRET_CLEAN)
def test_passwords_in_fiction_and_bare_prefixes_are_no_secret(categories, text: str) -> None:
    assert "secret" not in categories(text)
