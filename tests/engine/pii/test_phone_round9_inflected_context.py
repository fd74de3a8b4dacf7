"""pii.phone round 9: a national number written without trunk prefix, after a verb of the local
language in any of its forms (Polish "niech dzwoni do Tomka", "dzwońcie", Czech "zavolejte",
"zavolá"): context words may be stems (``dzwon*``), since those languages inflect their verbs; Czech
numbers (no trunk prefix) are read as Polish ones are. Order, invoice and ticket numbers and amounts of
the same shape stay clean."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from preflight.engine.detectors.pii.numbers import phrase_regex

# Drafts of this test, not of any set: (draft, the number as written).
PHONES = [
    ("Kto chce na kajaki, niech dzwoni do Magdy: 512 345 678", "512 345 678"),
    ("Jak coś, dzwońcie do Pawła 698 765 432 po osiemnastej", "698 765 432"),
    ("Zadzwońcie do recepcji hotelu? Nie, do Oli: 602 111 987", "602 111 987"),
    ("Marek odbierze pod numerem 791 234 560, ale tylko wieczorem", "791 234 560"),
    ("Zavolejte Petrovi na 777 123 456, vezme to i v sobotu", "777 123 456"),
    ("Kdo chce jet, ať zavolá Janě na 603 987 654", "603 987 654"),
    ("Volejte mi večer na 736 555 210", "736 555 210"),
    ("Ring Erik på 070-123 45 67 om du vill åka med", "070-123 45 67"),
    ("Ringer du till Johan? 073-987 65 43", "073-987 65 43"),
    ("Arayın: Mehmet 0532 123 45 67", "0532 123 45 67"),
]

NOT_PHONES = [
    "Zamówienie 601 234 567 wysłane, dzwonimy jutro w sprawie dostawy",
    "Faktura nr 512 345 678 zapłacona, dziękujemy",
    "Objednávka č. 777 123 456 byla odeslána",
    "Cena: 1 234 567 zł netto",
    "Zgłoszenie #698 765 432 zamknięte",
    "Tržby vzrostly na 602 345 678 Kč",
    # Stems are of one language's words: Italian "numero", "ringraziamo", "mobilità" are none.
    "Numero protocollo della domanda: 2025/008812 (versione 3.2.1 del modulo)",
    "Ringraziamo i cittadini: piano mobilità 2026, delibera 2026/117340",
]


@pytest.mark.parametrize(("text", "number"), PHONES)
def test_a_bare_national_number_after_an_inflected_verb_is_a_phone(findings, text, number):
    found = [(text[f.start : f.end], f.severity) for f in findings(text, "pii.phone")]
    assert found == [(number, "medium")], text


@pytest.mark.parametrize("text", NOT_PHONES)
def test_order_invoice_ticket_numbers_and_amounts_stay_clean(findings, text):
    assert findings(text, "pii.phone") == []


def test_a_stem_matches_its_inflections_and_nothing_inside_a_word():
    regex = phrase_regex(["dzwon*", "call"])
    assert regex is not None
    for word in ("dzwoni", "dzwonić", "dzwonimy", "dzwon", "call"):
        assert regex.fullmatch(word), word
    for text in ("zadzwonił", "recall", "dzwonek7"):
        assert regex.search(text) is None, text


POLISH_VERBS = ["dzwoni do", "dzwońcie do", "zadzwoń do", "zadzwońcie do", "dzwonić do", "zadzwoni do"]
CZECH_VERBS = ["zavolejte", "zavolej", "zavolá", "volejte", "volá"]
NAMES = ["Tomka", "Ani", "Kasi", "Petrovi", "Janě", "Oli"]


@settings(max_examples=120, deadline=None)
@given(
    verb=st.sampled_from(POLISH_VERBS + CZECH_VERBS),
    name=st.sampled_from(NAMES),
    first=st.sampled_from(["5", "6", "7"]),
    rest=st.integers(min_value=10_000_000, max_value=99_999_999),
    joiner=st.sampled_from([": ", " na ", " pod ", " "]),
)
def test_property_bare_mobiles_after_any_form_of_the_verb_are_found(
    findings, verb, name, first, rest, joiner
):
    digits = f"{first}{rest}"
    number = f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    text = f"Kto chce, niech {verb} {name}{joiner}{number}"
    found = [text[f.start : f.end] for f in findings(text, "pii.phone")]
    # A number no region holds valid is no phone, nor one of fewer than three distinct digits (a
    # placeholder): the property is that a real-looking valid one is never missed.
    assume(len(set(digits)) >= 3)
    valid = any(phonenumbers.is_valid_number(phonenumbers.parse(digits, region)) for region in ("PL", "CZ"))
    assert found == ([number] if valid else []), text


@settings(max_examples=120, deadline=None)
@given(
    label=st.sampled_from(["Zamówienie", "Faktura nr", "Objednávka č.", "Zgłoszenie #", "Cena:", "Ticket"]),
    rest=st.integers(min_value=100_000_000, max_value=999_999_999),
    after=st.sampled_from([" wysłane", " zapłacona", " zł", " Kč", ", dzwonimy jutro", ""]),
)
def test_property_labelled_references_and_amounts_are_never_phones(findings, label, rest, after):
    digits = str(rest)
    text = f"{label} {digits[:3]} {digits[3:6]} {digits[6:]}{after}"
    assert findings(text, "pii.phone") == [], text


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("电话？+1 201-555-0123、谢谢", "pii.phone", "+1 201-555-0123"),
        ("？+44 7700 900461、", "pii.phone", "+44 7700 900461"),
        ("カード？4111111111111111、", "pii.credit_card", "4111111111111111"),
    ],
)
def test_a_full_width_question_mark_glued_before_a_number_is_no_link_query(findings, text, category, value):
    # Found by test_evasion_properties' CJK property: "？" reads "?" once normalised, which before a
    # number was taken for a link's query ("page?123").
    assert [text[f.start : f.end] for f in findings(text, category)] == [value]


def test_a_links_query_before_a_number_is_still_no_number(findings):
    assert findings("https://shop.acme.test/cart?4111111111111111", "pii.credit_card") == []


# Danish and Norwegian numbers: eight digits in four pairs, no trunk prefix (pair_grouped_regions).
PAIRED = [
    ("Ring til Mette på 20 12 34 56 hvis du vil med til julefrokosten", "20 12 34 56", "medium"),
    ("Ring meg på 41 23 45 67 etter klokka fem", "41 23 45 67", "medium"),
    ("Send en sms til Jonas: 31 45 67 89", "31 45 67 89", "medium"),
    ("Ring til vores kundeservice på 70 12 34 56", "70 12 34 56", "low"),
]
PAIRED_CLEAN = [
    "Ordre 20 12 34 56 er afsendt, ring til os hvis noget mangler",
    "Resultater: 20 12 34 56 point i alt",
    "Saksnummer 41 23 45 67, ring oss ved spørsmål",
    "Vi har 20 12 34 56 kunder i alt",  # no context word
]


@pytest.mark.parametrize(("text", "number", "severity"), PAIRED)
def test_an_eight_digit_number_in_four_pairs_near_a_context_word_is_a_phone(findings, text, number, severity):
    assert [(text[f.start : f.end], f.severity) for f in findings(text, "pii.phone")] == [(number, severity)]


@pytest.mark.parametrize("text", PAIRED_CLEAN)
def test_pairs_after_a_label_or_without_context_stay_clean(findings, text):
    assert findings(text, "pii.phone") == []


@settings(max_examples=100, deadline=None)
@given(
    first=st.sampled_from(["2", "3", "4", "5", "6", "9"]),
    rest=st.integers(min_value=1_000_000, max_value=9_999_999),
    frame=st.sampled_from(["Ring til Lars på {}", "Ring meg på {} i kveld", "sms til Sofie: {}"]),
)
def test_property_valid_paired_numbers_after_a_context_word_are_found(findings, first, rest, frame):
    digits = f"{first}{rest}"
    assume(len(set(digits)) >= 3)
    number = " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    text = frame.format(number)
    valid = any(phonenumbers.is_valid_number(phonenumbers.parse(digits, region)) for region in ("DK", "NO"))
    assert [text[f.start : f.end] for f in findings(text, "pii.phone")] == ([number] if valid else []), text


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Ring til os på +45 20 12 34 56", "+45 20 12 34 56"),
        ("Ring til Jonas på 20 12 34 56 78 90", None),
    ],
)
def test_four_pairs_inside_a_longer_number_are_not_read_alone(findings, text, number):
    found = [text[f.start : f.end] for f in findings(text, "pii.phone")]
    assert "20 12 34 56" not in found
    if number:
        assert found == [number]
