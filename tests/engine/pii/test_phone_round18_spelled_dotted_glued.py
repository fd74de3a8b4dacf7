"""Round 18 of pii.phone.

- A number spelled out in digit words, in English and the other languages of the policy (Spanish,
  Portuguese, French, German, Italian, Dutch), with "plus" (más, mais, più) for a country code's "+".
  Counts spelled in words ("one two three, go") stay clean.
- National mobiles written with dots as locals do (Italian 333.123.45.67, Spanish 612.48.93.07), now
  that a dotted IPv4 shape is read only with parts of at most 255. Prices, versions, IP addresses,
  dates with dots and counts of people stay clean.
- A number with its "+" glued between two words ("al+34...ya"). Sums and codes stay clean.
All numbers here are made up.
"""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
}
_PLUS = {"en": "plus", "es": "más", "pt": "mais", "fr": "plus", "de": "plus", "it": "più", "nl": "plus"}
_CALL = {
    "en": "text me on",
    "es": "llámame al",
    "pt": "me liga no",
    "fr": "appelle-moi au",
    "de": "ruf mich an unter",
    "it": "chiamami al",
    "nl": "bel me op",
}


def _spell(digits: str, language: str) -> str:
    return " ".join(_WORDS[language][int(d)] for d in digits)


# (text, the number as reported)
SPELLED = [
    (
        f"{_CALL['en']} {_PLUS['en']} {_spell('447700900461', 'en')} tonight",
        "plus " + _spell("447700900461", "en"),
    ),
    (f"{_CALL['es']} {_spell('612489307', 'es')}, gracias", _spell("612489307", "es")),
    (f"{_CALL['es']} {_PLUS['es']} {_spell('34612489307', 'es')}", "más " + _spell("34612489307", "es")),
    (f"{_CALL['fr']} {_spell('0612345678', 'fr')} ce soir", _spell("0612345678", "fr")),
    (f"{_CALL['de']} {_spell('01761234567', 'de')} danke", _spell("01761234567", "de")),
    (f"{_CALL['it']} {_spell('3339054127', 'it')} grazie", _spell("3339054127", "it")),
    (f"{_CALL['it']} {_PLUS['it']} {_spell('393339054127', 'it')}", "più " + _spell("393339054127", "it")),
    (f"{_CALL['nl']} {_spell('0612345678', 'nl')} graag", _spell("0612345678", "nl")),
    (f"{_CALL['pt']} {_PLUS['pt']} {_spell('351912345678', 'pt')}", "mais " + _spell("351912345678", "pt")),
]


@pytest.mark.parametrize(("text", "number"), SPELLED)
def test_a_number_spelled_in_digit_words_is_found(findings, text, number) -> None:
    assert [text[f.start : f.end] for f in findings(text, "pii.phone")] == [number], text


CLEAN_SPELLED = [
    "one two three, go! The launch starts now",
    "uno, dos, tres, ¡ya! Empieza la oferta",
    "eins zwei drei vier, los geht's mit dem Sale",
    "un deux trois, soleil: le jeu préféré des enfants",
    "due tre giorni fa, sei persone hanno chiesto informazioni",
    "I have two dogs, one cat and three fish",
    "plus one two three more reasons to join",
    "Count down with us: nine eight seven six five four three two one zero!",
]


@pytest.mark.parametrize("text", CLEAN_SPELLED)
def test_counts_spelled_in_words_are_no_phone_number(categories, text) -> None:
    assert "pii.phone" not in categories(text), text


@settings(max_examples=60, deadline=None)
@given(
    language=st.sampled_from(sorted(_WORDS)),
    subscriber=st.from_regex(r"7[0-9]{9}", fullmatch=True),
)
def test_property_an_international_number_spelled_in_words_is_found(findings, language, subscriber) -> None:
    digits = "44" + subscriber
    assume(phonenumbers.is_valid_number(phonenumbers.parse("+" + digits)))
    number = f"{_PLUS[language]} {_spell(digits, language)}"
    text = f"{_CALL[language]} {number} ok"
    assert [text[f.start : f.end] for f in findings(text, "pii.phone")] == [number], text


DOTTED = [
    ("Il paziente va richiamato dalla figlia al 347.218.90.56", "347.218.90.56"),
    ("Vendo bici, interesados 655.21.84.93", "655.21.84.93"),
    ("Per il ritiro del divano: 320.441.07.83, Sara", "320.441.07.83"),
    ("Se busca compañero de piso, escribid al 722.48.19.60", "722.48.19.60"),
]


@pytest.mark.parametrize(("text", "number"), DOTTED)
def test_a_national_mobile_written_with_dots_is_found(findings, text, number) -> None:
    assert [text[f.start : f.end] for f in findings(text, "pii.phone")] == [number], text


CLEAN_DOTTED = [
    "El servidor 192.168.10.12 no responde desde ayer",
    "DNS 8.8.8.8 and 1.1.1.1 are both down",
    "Nuova versione 3.12.1.4 disponibile",
    "Il prezzo è 333.905.41 euro, IVA esclusa",
    "Precio final: 612.480.930,00 €",
    "La población es de 612.480.930 personas",
    "Ci vediamo il 12.05.2024 alle 10",
]


@pytest.mark.parametrize("text", CLEAN_DOTTED)
def test_ips_versions_prices_dates_and_counts_with_dots_are_no_phone_number(categories, text) -> None:
    assert "pii.phone" not in categories(text), text


@settings(max_examples=60, deadline=None)
@given(
    body=st.from_regex(r"3[2-9][0-9]{8}", fullmatch=True),
    grouping=st.sampled_from([(3, 3, 2, 2), (3, 3, 4)]),
    sep=st.sampled_from([".", " "]),
)
def test_property_an_italian_mobile_grouped_as_locals_write_it_is_found(
    findings, body, grouping, sep
) -> None:
    assume(len(set(body)) >= 3)  # "330.000.00.00" is a placeholder's shape
    parsed = phonenumbers.parse(body, "IT")
    assume(phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE)
    parts, at = [], 0
    for size in grouping:
        parts.append(body[at : at + size])
        at += size
    number = sep.join(parts)
    text = f"la signora chiede di essere richiamata al {number}"
    assert [text[f.start : f.end] for f in findings(text, "pii.phone")] == [number], text


GLUED = [
    ("Vendo mesa, interesados al+34612489307ya mismo", "+34612489307"),
    ("chiamate al+393339054127subito", "+393339054127"),
    ("ruf an unter+4917612345678danke", "+4917612345678"),
    ("écrivez au+33612345678 merci", "+33612345678"),
]


@pytest.mark.parametrize(("text", "number"), GLUED)
def test_an_international_number_glued_between_words_is_found(findings, text, number) -> None:
    assert [text[f.start : f.end] for f in findings(text, "pii.phone")] == [number], text


CLEAN_GLUED = [
    "math: ab+123456789 cd is the formula",
    "x+34612489307=y is a test case",
    "build v2+34612489307 released",
    "total1+34612489307 is a sum",
]


@pytest.mark.parametrize("text", CLEAN_GLUED)
def test_sums_and_codes_with_a_plus_are_no_phone_number(categories, text) -> None:
    assert "pii.phone" not in categories(text), text


SPACED = [
    ("text me on 0.7.7.0.0.9.0.0.4.6.1 tonight", "0.7.7.0.0.9.0.0.4.6.1"),
    ("call me: 0-7-7-0-0-9-0-0-4-6-1", "0-7-7-0-0-9-0-0-4-6-1"),
    ("llámame al 6·1·2·4·8·9·3·0·7", "6·1·2·4·8·9·3·0·7"),
    ("chiamami al 3 3 3 9 0 5 4 1 2 7", "3 3 3 9 0 5 4 1 2 7"),
]


@pytest.mark.parametrize(("text", "number"), SPACED)
def test_a_phone_number_spaced_out_digit_by_digit_with_a_context_word_is_found(
    findings, text, number
) -> None:
    assert [text[f.start : f.end] for f in findings(text, "pii.phone")] == [number], text
