"""Round 32 (issue 11, the cost per draft) of the number detectors: work that cannot change a finding is
skipped, work several detectors need is done once a draft.

- A reading of the draft with fewer digits than any value a detector finds holds is not read by it:
  phone numbers (seven digits or more), cards (their minimum), SSNs (nine), IBANs (two check digits).
- The reading with numbers glued to words or joined by unusual separators is made only for a draft
  with nine digits or more, the one with spaced-out figures only with eight or more, and the one with
  digit words only when one of the draft's words is a digit word (or it holds a letter that
  case-insensitive matching reads as one of theirs while lower-casing does not: İ, ı, ſ).
- The IBAN-shaped runs of a reading are computed once for the phone and card detectors.
Each skip is checked against the same detectors with the skip forced off, over drafts built from the
shapes the detectors read.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from preflight.engine import Engine
from preflight.engine.context import ScanContext
from preflight.engine.detectors.pii import iban, numbers, payment_card, phone, us_ssn
from preflight.engine.text import normalise

_RULES = ("pii.email", "pii.phone", "pii.credit_card", "pii.iban", "pii.us_ssn")
common = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _hits(engine: Engine, text: str) -> dict[str, list[tuple[int, int, Any, Any]]]:
    ctx = ScanContext(normalise(text), engine.nlp)
    found = {}
    for detector in engine.policy.detectors:
        if detector.rule.id in _RULES:
            found[detector.rule.id] = [(h.start, h.end, h.severity, h.message) for h in detector.detect(ctx)]
    found["incomplete"] = list(ctx.incomplete_reasons)  # type: ignore[assignment]
    return found


def _every_reading(original: Any) -> Any:
    def read(ctx: ScanContext, find: Any, **options: Any) -> Iterator[Any]:
        return original(ctx, find, **{**options, "min_digits": 0})

    return read


def _ungated(patch: pytest.MonkeyPatch) -> None:
    """Every skip of this round forced off."""
    for module in (phone, payment_card, iban, us_ssn):
        patch.setattr(module, "each_reading", _every_reading(numbers.each_reading))
    patch.setattr(numbers, "_may_spell_digits", lambda ctx: True)
    patch.setattr(numbers, "_UNGLUED_MIN_DIGITS", 0)
    patch.setattr(numbers, "_SPACED_GATE_DIGITS", 0)
    patch.setattr(numbers, "_iban_candidates", _iban_candidates_searched)
    patch.setattr(numbers, "iban_spans", lambda ctx, text: numbers._iban_spans(text))
    patch.setattr(iban, "iban_candidates", lambda ctx, text: _iban_candidates_searched(text))


def _iban_candidates_searched(text: str) -> numbers.IbanCandidates:
    return list(numbers.IBAN_CANDIDATE.finditer(text)), list(numbers.NATIONALLY_GROUPED_IBAN.finditer(text))


def _same_either_way(engine: Engine, text: str) -> dict[str, list[tuple[int, int, Any, Any]]]:
    gated = _hits(engine, text)
    with pytest.MonkeyPatch.context() as patch:
        _ungated(patch)
        assert _hits(engine, text) == gated, text
    return gated


_PIECES = [
    "call me on 415-555-0199", "+44 20 7946 0958", "06 12 34 56 78", "612 48 93 07", "cell",
    "4111 1111 1111 1111", "4539014880346467", "378282246310005", "Karte4539014880346467laufen",
    "4601|5210|1483|9831", "4601:5210:1483:9831", "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432",
    "D E 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0", "4 1 5 5 5 5 0 1 9 9", "SSN 123-45-6789",
    "ssn 123 45 6789", "SSN#039141458", "four one five five five five zero one nine nine", "nine",
    "NİNE one two", "ſix ſeven eight", "sıx seven", "double oh seven", "plus four four", "jane@x.com",
    "jane dot doe at gmail dot com", "\u200b", "\u00ad", "12", "2024-09-15", "€ 612 489 307", "#", ",", ";",
    "tel", "Ref", "IBAN", "nove otto sette", "null eins zwei drei", "电话09012345678", "नंबर9812345067",
]  # fmt: skip
_DRAFTS = st.lists(
    st.sampled_from(_PIECES) | st.text(alphabet="0123456789 -.+()|:#aAbZİıſ\u200b", max_size=12),
    min_size=1,
    max_size=8,
)


@common
@given(parts=_DRAFTS, glue=st.sampled_from(["", " ", "\u200b", ", "]))
def test_skipping_readings_a_detector_cannot_find_in_never_changes_what_it_finds(
    engine: Engine, parts: list[str], glue: str
) -> None:
    _same_either_way(engine, glue.join(parts))


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Ring me: 415-555-0199", "pii.phone"),  # ten digits: read
        ("Card 4111 1111 1111 1111", "pii.credit_card"),
        ("SSN 123-45-6789 please", "pii.us_ssn"),
        ("IBAN DE89 3704 0044 0532 0130 00", "pii.iban"),
        ("call four one five five five five zero one nine nine", "pii.phone"),  # no digit at all
        ("call FOUR ONE FIVE FIVE FIVE FIVE ZERO ONE NINE NINE", "pii.phone"),
        ("card4539014880346468laufen", "pii.credit_card"),  # glued: 16 digits
        ("4601|5210|1483|9831 is my card", "pii.credit_card"),
        ("my number is 4 1 5 5 5 5 0 1 9 9", "pii.phone"),
    ],
)
def test_drafts_the_skips_let_through_are_still_read(engine: Engine, text: str, rule: str) -> None:
    assert _same_either_way(engine, text)[rule]


@pytest.mark.parametrize(
    "text",
    [
        "Launch is on 12 May, 3 pm.",  # four digits: no reading is read for numbers
        "Call 555-0199",  # seven digits: phone reads it, card, SSN and glued readings do not
        "Order 12345678 ships",  # eight digits: no SSN, no glued reading
        "nine lives and one more",  # digit words, no run
        "call FOUR ONE FIVE FIVE FIVE FIVE ZERO ONE NİNE NİNE",  # searched (İ), no figure for "NİNE"
    ],
)
def test_drafts_the_skips_keep_out_find_nothing_either_way(engine: Engine, text: str) -> None:
    found = _same_either_way(engine, text)
    assert not any(found[rule] for rule in _RULES)


def test_only_i_and_long_s_match_a_digit_words_letter_case_insensitively_but_lower_case_apart() -> None:
    letters = sorted(set("".join(numbers._DIGIT_WORDS)))
    apart = set()
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        for letter in letters:
            if re.fullmatch(re.escape(letter), char, re.IGNORECASE) and (
                char.lower() != letter or not char.isalnum()
            ):
                apart.add(char)
    assert apart <= set(numbers._CASE_FOLDS_APART)


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("nine", True),
        ("NINE", True),
        ("Nove", True),
        ("FÜNF", True),
        ("NİNE", True),
        ("ſix", True),
        ("nineteen", False),
        ("one_two", False),
        ("ninety nine", True),
        ("hello world", False),
    ],
)
def test_the_digit_word_gate_lets_through_every_draft_the_search_finds(
    engine: Engine, text: str, spelled: bool
) -> None:
    ctx = ScanContext(normalise(text), engine.nlp)
    found = numbers._DIGIT_WORD.search(ctx.text) is not None
    assert found == spelled
    assert numbers._may_spell_digits(ctx) or not found


def _read_number_asking_validity(written: str, region: str | None) -> phone._PhoneNumber | None:
    """``phone._read_number`` as it was: is_valid_number, then number_type."""
    import phonenumbers

    try:
        number = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if not phonenumbers.is_valid_number(number):
        return phone._PhoneNumber(e164, False, phonenumbers.PhoneNumberType.UNKNOWN, ())
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    grouping = tuple(len(g) for g in phone._DIGITS.findall(national))
    return phone._PhoneNumber(e164, True, phonenumbers.number_type(number), grouping)


def test_every_region_found_from_a_calling_code_has_that_calling_code() -> None:
    """What lets ``_read_number`` ask number_type alone: is_valid_number also checks this."""
    import phonenumbers
    from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE, REGION_CODE_FOR_NON_GEO_ENTITY

    for code, regions in COUNTRY_CODE_TO_REGION_CODE.items():
        for region in regions:
            if region != REGION_CODE_FOR_NON_GEO_ENTITY:
                assert phonenumbers.country_code_for_valid_region(region) == code


_REGIONS = [
    None,
    "US",
    "GB",
    "DE",
    "FR",
    "ES",
    "IT",
    "NL",
    "JP",
    "KR",
    "CN",
    "IN",
    "BR",
    "AU",
    "PH",
    "DK",
    "PL",
]


@settings(max_examples=600, deadline=None)
@given(
    head=st.sampled_from(["", "+", "0", "00", "+1", "+44", "+49", "1", "6", "3", "9"]),
    digits=st.text(alphabet="0123456789", min_size=3, max_size=13),
    region=st.sampled_from(_REGIONS),
)
def test_reading_a_number_by_its_type_alone_reads_it_as_before(
    head: str, digits: str, region: str | None
) -> None:
    assert phone._read_number(head + digits, region) == _read_number_asking_validity(head + digits, region)


@pytest.mark.parametrize(
    ("written", "region"),
    [("4155550199", "US"), ("+442079460958", None), ("0612345678", "FR"), ("08081570192", "GB"),
     ("09012345678", "JP"), ("13812345678", "CN"), ("07700900461", "GB"), ("+18005550199", None)],
)  # fmt: skip
def test_known_numbers_read_as_before(written: str, region: str | None) -> None:
    assert phone._read_number(written, region) == _read_number_asking_validity(written, region)


def _email_detector(engine: Engine) -> Any:
    (detector,) = [d for d in engine.policy.detectors if d.rule.id == "pii.email"]
    return detector


def _at_words(engine: Engine) -> set[str]:
    return {"at", *_email_detector(engine).options.at_words}


def _obfuscated_at_as_it_was(words: set[str]) -> re.Pattern[str]:
    from preflight.engine.text import longest_first

    alternation = longest_first(words)
    return re.compile(
        rf"[\[({{<]\s{{0,2}}(?:{alternation})\s{{0,2}}[\])}}>]|\s(?:{alternation})\s|\s@\s|@", re.IGNORECASE
    )


def test_the_look_ahead_for_an_at_words_first_letter_lets_every_case_form_of_it_through(
    engine: Engine,
) -> None:
    words = _at_words(engine)
    guard = re.compile(f"[{''.join(sorted({re.escape(w[0]) for w in words}))}@]", re.IGNORECASE)
    for first in {w[0] for w in words}:
        letter = re.compile(re.escape(first), re.IGNORECASE)
        for code in range(sys.maxunicode + 1):
            if letter.fullmatch(chr(code)):
                assert guard.fullmatch(chr(code)), (first, hex(code))


@common
@given(
    parts=st.lists(
        st.sampled_from(
            ["at", "AT", "At", "arroba", "ARROBA", "chiocciola", "małpa", "MAŁPA", "snabel a", "snabel-a",
             "et işareti", "ET İŞARETİ", "kukac", "zavináč", "@", "[", "]", "(", ")", "{", "<", ">", "jane",
             "gmail", "dot", "com", "ſ", "K", "ı", "İ", "\n", "\t"]
        )
        | st.text(alphabet=" \n\t@[](){}<>atATkKſıİzs.", max_size=6),
        max_size=12,
    ),
    glue=st.sampled_from(["", " ", "  "]),
)  # fmt: skip
def test_the_at_search_finds_what_it_found_without_the_look_ahead(
    engine: Engine, parts: list[str], glue: str
) -> None:
    text = glue.join(parts)
    new = _email_detector(engine)._obf_at
    old = _obfuscated_at_as_it_was(_at_words(engine))
    assert [(m.span(), m.group()) for m in new.finditer(text)] == [
        (m.span(), m.group()) for m in old.finditer(text)
    ]


_GLUE_PIECES = st.sampled_from(
    ["4601", "5210", "12", "7", "|", ":", "||", "::", "Karte", "ab", "x", "#", "№", "=", "/", "~", ">", "+",
     "-", "\u2011", "--", "电话", "नंबर", "_", " ", "\n", "٣", "²", "ſ"]
) | st.text(alphabet="0123456789|:ab#+-_ \n電", max_size=8)  # fmt: skip
_LETTER_BY_DIGIT_AS_IT_WAS = re.compile(
    rf"[^\W\d_{numbers.CJK}][#№=/~>+{numbers.DASH}]{{0,2}}\d|\d[^\W\d_{numbers.CJK}]"
)
_UNUSUAL_SEPARATED_AS_IT_WAS = re.compile(r"(?<![\d|:])\d{1,6}([|:])\d{1,6}(?:\1\d{1,6}){1,4}(?![\d|:])")


@common
@given(parts=st.lists(_GLUE_PIECES, max_size=12))
def test_the_glue_searches_read_from_digits_find_what_they_found(parts: list[str]) -> None:
    text = "".join(parts)
    assert bool(numbers._LETTER_BY_DIGIT.search(text)) == bool(_LETTER_BY_DIGIT_AS_IT_WAS.search(text))
    assert [(m.span(), m.group(1)) for m in numbers._UNUSUAL_SEPARATED.finditer(text)] == [
        (m.span(), m.group(1)) for m in _UNUSUAL_SEPARATED_AS_IT_WAS.finditer(text)
    ]


@pytest.mark.parametrize(
    ("text", "glued"),
    [("Karte4539", True), ("4539x", True), ("ab#4539", True), ("ab#-4539", True), ("ab#-+4539", False),
     ("4539 x", False), ("电话4539", False), ("4539_x", False), ("a\n4", False)],
)  # fmt: skip
def test_letters_by_digits(text: str, glued: bool) -> None:
    assert (
        bool(numbers._LETTER_BY_DIGIT.search(text)) == glued == bool(_LETTER_BY_DIGIT_AS_IT_WAS.search(text))
    )


_IBAN_PIECES = st.sampled_from(
    ["DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "ES 91 2100 0418 45 0200051332", "DE-89-3704-",
     "NLXX BANK 0123 4567 89", "nlxx", "XXXX", "aXXX", "FR76 30006 00001 12345678901 89",
     "GB82WEST12345698765432",
     "de89 3704", "AB", "ab", "X", "x", "12", "1", " ", "  ", "   ", "-", ".", "\n", "\u2014", "_", "/", "é"]
) | st.text(alphabet="ABDEXxab0123456789 -._/\n", max_size=10)  # fmt: skip


@common
@given(parts=st.lists(_IBAN_PIECES, max_size=10), glue=st.sampled_from(["", " ", "\n", "-"]))
def test_iban_candidates_matched_at_their_heads_are_what_finditer_finds(parts: list[str], glue: str) -> None:
    text = glue.join(parts)
    fours, national = numbers._iban_candidates(text)
    searched_fours, searched_national = _iban_candidates_searched(text)
    assert [(m.span(), m.group()) for m in fours] == [(m.span(), m.group()) for m in searched_fours]
    assert [(m.span(), m.group()) for m in national] == [(m.span(), m.group()) for m in searched_national]


@pytest.mark.parametrize(
    "text",
    ["IBAN DE89 3704 0044 0532 0130 00 and ES 91 2100 0418 45 0200051332", "NLXX BANK 0123 4567 89",
     "aXXXX1234567890123", "ZZDE89370400440532013000", "FR76 30006 00001 12345678901 89 ok",
     "at 12 3456 7890 1234"],
)  # fmt: skip
def test_iban_candidates_in_known_drafts(text: str) -> None:
    assert [m.span() for part in numbers._iban_candidates(text) for m in part] == [
        m.span() for part in _iban_candidates_searched(text) for m in part
    ]


def test_phonenumbers_compiles_each_metadata_pattern_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """phonenumbers compiles its patterns at every call: the phone detector gives it a cache that holds
    every region's (the re module's holds 512, fewer than a second pass over all regions needs)."""
    import re._compiler

    import phonenumbers

    compiled: list[str] = []
    compile_pattern = re._compiler.compile

    def counting(pattern: Any, flags: int = 0) -> Any:
        compiled.append(pattern)
        return compile_pattern(pattern, flags)

    def read_everywhere() -> None:
        for region in sorted(phonenumbers.SUPPORTED_REGIONS):
            phone._read_number("0612345678", region)
            phone._read_number("912345678", region)

    read_everywhere()
    monkeypatch.setattr(re._compiler, "compile", counting)
    read_everywhere()
    assert compiled == []
    assert phonenumbers.phonenumberutil.re.sub is re.sub


def _phone_detector(engine: Engine) -> Any:
    (detector,) = [d for d in engine.policy.detectors if d.rule.id == "pii.phone"]
    return detector


def _phone_run(engine: Engine, text: str, patch: pytest.MonkeyPatch) -> tuple[Any, ...]:
    """The phone detector's hits, incomplete reasons, and its budgets and parse cache keys after."""
    budgets: list[Any] = []
    original = phone._PhoneBudget

    def recorded(*args: Any) -> Any:
        budgets.append(original(*args))
        return budgets[-1]

    patch.setattr(phone, "_PhoneBudget", recorded)
    ctx = ScanContext(normalise(text), engine.nlp)
    hits = [(h.start, h.end, h.severity, h.message) for h in _phone_detector(engine).detect(ctx)]
    (budget,) = budgets
    return hits, ctx.incomplete_reasons, budget.checks.left, budget.parses.left, sorted(budget.cache, key=str)


_PHONE_PIECES = [
    "020 7946 0958", "02079460958", "0208 157 0192", "0808 157 0192", "07700 900461", "0151 2387 4419",
    "06 12 34 56 78", "0612345678", "090-1234-5678", "080-123-4567", "0917 555 0148", "02 123 45 67",
    "612 345 678", "612345678", "333 123 4567", "4155550199", "(312) 555-0147", "+44 20 7946 0958",
    "call", "mobile", "tel", "電話", "전화", "Office:", "customer service", "or text me at", ", ", " / ",
]  # fmt: skip


@common
@given(
    parts=st.lists(st.sampled_from(_PHONE_PIECES), min_size=1, max_size=7),
    max_parses=st.sampled_from([None, 10, 25, 60]),
)
def test_reading_a_number_in_fewer_regions_once_settled_changes_no_finding_nor_budget(
    engine: Engine, parts: list[str], max_parses: int | None
) -> None:
    text = " ".join(parts)
    detector = _phone_detector(engine)
    with pytest.MonkeyPatch.context() as patch:
        if max_parses is not None:
            patch.setattr(detector, "options", detector.options.model_copy(update={"max_parses": max_parses}))
        settled = _phone_run(engine, text, patch)
        patch.setattr(phone._PhoneScan, "_settled", lambda *args: False)
        every_region = _phone_run(engine, text, patch)
    assert settled[:4] == every_region[:4]
    assert settled[4] == every_region[4]


@pytest.mark.parametrize(
    ("text", "found"),
    [("call 020 7946 0958", True), ("call 02079460958", True), ("ring 06 12 34 56 78", True),
     ("090-1234-5678", True)],
)  # fmt: skip
def test_a_settled_number_is_read_in_fewer_regions(
    engine: Engine, text: str, found: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[tuple[str, str | None]] = []
    read_number = phone._read_number

    def counted(written: str, region: str | None) -> Any:
        reads.append((written, region))
        return read_number(written, region)

    monkeypatch.setattr(phone, "_read_number", counted)
    settled = _phone_run(engine, text, monkeypatch)
    settled_reads = len(reads)
    monkeypatch.setattr(phone._PhoneScan, "_settled", lambda *args: False)
    every_region = _phone_run(engine, text, monkeypatch)
    assert settled == every_region
    assert bool(settled[0]) == found
    assert settled_reads < len(reads) - settled_reads


_CSV_FIELD_AS_IT_WAS = re.compile(
    r"(?<=\d[,;])\d{13,19}(?=[,;]|\s|$)|(?<![\w.+\-/])(?<!\d[,;])\d{13,19}(?=[,;]\d)"
)
_CSV_PIECES = st.sampled_from(
    ["4214810803589890", "4000000010000000", "12345678901234567890", "2026-12-20", "Dahl", ",",
     ";", ",,", "3",
     " ", "\n", ".", "+", "-", "/", "_", "a", "٣", "nights"]
) | st.text(alphabet="0123456789,; .a\n", max_size=24)  # fmt: skip


@common
@given(parts=st.lists(_CSV_PIECES, max_size=10))
def test_csv_fields_read_from_their_first_digit_are_what_they_were(parts: list[str]) -> None:
    text = "".join(parts)
    assert [m.span() for m in payment_card._CSV_FIELD.finditer(text)] == [
        m.span() for m in _CSV_FIELD_AS_IT_WAS.finditer(text)
    ]


def _encoded_detector(engine: Engine) -> Any:
    (detector,) = [d for d in engine.policy.detectors if d.rule.id == "secret.encoded"]
    return detector


_RUN_PIECES = st.sampled_from(
    ["Z2hwX3NNYWJjZGVmZ2hpamtsbW5vcA", "Z2hw", "==", "=", "-", "_", "+", "/", "%41%42%43", "%2F", "~", ".",
     " ",
     "\n", "deadbeefdeadbeefdeadbeefdeadbeef", "é", "a"]
) | st.text(alphabet="AZaz09+/_-=%.~ \n", max_size=40)  # fmt: skip


@common
@given(parts=st.lists(_RUN_PIECES, max_size=10))
def test_encoded_runs_read_from_their_start_are_what_they_were(engine: Engine, parts: list[str]) -> None:
    text = "".join(parts)
    detector = _encoded_detector(engine)
    opts = detector.options
    zones = re.compile(rf"[A-Za-z0-9+/_-]{{{min(opts.min_base64_length, opts.min_hex_length)},}}+={{0,2}}")
    percent = re.compile(rf"[A-Za-z0-9._~+%-]{{{3 * opts.min_percent_escapes},}}+")
    assert [m.span() for m in detector._zones.finditer(text)] == [m.span() for m in zones.finditer(text)]
    assert [m.span() for m in detector._percent.finditer(text)] == [m.span() for m in percent.finditer(text)]


_DATE_PIECES = st.sampled_from(
    ["2024-09-15", "15/09/2024", "09.15.2024", "2024-09-15 / 2024-09-16", "+82-10-2019-4417", "1.2024-01-01",
     "19",
     "20", "31", "-", "/", ".", " ", "0", "٢٠٢٤"]
) | st.text(alphabet="0123456789-/. ", max_size=16)  # fmt: skip


@common
@given(parts=st.lists(_DATE_PIECES, max_size=10))
def test_dates_matched_where_digit_runs_start_are_what_finditer_finds(parts: list[str]) -> None:
    text = "".join(parts)
    assert [m.span() for m in numbers._dates(text)] == [m.span() for m in numbers._DATE.finditer(text)]
