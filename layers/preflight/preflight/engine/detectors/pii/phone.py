"""Phone numbers, read with ``phonenumbers``: international, North American, national with a trunk 0,
or bare near a context word; toll-free and published business lines are `low`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache, partial
from typing import Any, NamedTuple

import phonenumbers
import phonenumbers.phonenumberutil
from pydantic import Field, field_validator
from stdnum import luhn

from preflight.engine.context import ScanContext
from preflight.engine.detectors.base import Detector, DetectorOptions, register
from preflight.engine.detectors.pii.numbers import (
    DASH,
    NOT_BEFORE_NUMBER,
    NUMBER_END,
    RUN_GROUPS,
    SEPARATOR,
    Budget,
    DigitRun,
    Group,
    Spans,
    card_shaped,
    counting,
    digit_count,
    each_reading,
    found_near,
    free_ranges,
    iban_shaped_spans,
    label_regex,
    labelled,
    loose_card_grouping,
    mark_incomplete,
    not_phone_spans,
    phrase_regex,
    spaced_iban_spans,
)
from preflight.engine.findings import Hit, Severity

# phonenumbers' metadata holds some 2,100 distinct patterns (every region's): room for all of them.
_PHONENUMBERS_PATTERNS = 8192


class _PatternsCompiledOnce:
    """What ``phonenumbers`` reads as its ``re`` module. It compiles its metadata's patterns at every
    call (``re.compile(pattern_string)``), relying on the ``re`` module's cache of 512 patterns: fewer
    than the regions of a policy and the rest of the process use, so on drafts in many languages the
    same patterns were compiled again and again (~70 µs each, a third of the phone detector's cost on
    such drafts). Here they are kept in a cache of their own, large enough for the metadata of every
    region; everything else is the ``re`` module's. The patterns and what they match are the same."""

    compile = staticmethod(lru_cache(maxsize=_PHONENUMBERS_PATTERNS)(re.compile))

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)


setattr(phonenumbers.phonenumberutil, "re", _PatternsCompiledOnce())  # noqa: B010

# Groups of digits (an area code may be in brackets), separated by a run of separators. Repetitions
# are bounded and a separator is required, so a digit run is split one way only.
_PHONE_GROUP = rf"(?:\(\d{{1,5}}\)(?:{SEPARATOR})?)?\d{{1,15}}"
# An extension written after the number, glued or not: "x623", " ext. 623", "EXT623", "extn 4".
_EXTENSION = r"[^\S\n]?(?i:x|ext|extn|extension)\.?[^\S\n]?\d{1,6}(?!\w)"
_PHONE_CANDIDATE = re.compile(
    rf"(?:(?P<plus>\+){NOT_BEFORE_NUMBER}[ ]?{_PHONE_GROUP}"
    rf"|\({NOT_BEFORE_NUMBER}\d{{1,5}}\)(?:{SEPARATOR})?\d{{1,15}}"
    rf"|\d{NOT_BEFORE_NUMBER}\d{{0,14}})"
    rf"(?:{SEPARATOR}{_PHONE_GROUP}){{0,{RUN_GROUPS}}}(?:{NUMBER_END}|(?={_EXTENSION}))"
)
# North American shape: 415-555-0199, (773) 555-0190, 415.555.0199, 1 (888) 555-0142.
_NANP_SHAPE = re.compile(
    rf"(?:\+?1{SEPARATOR})?(?:\(\d{{3}}\)(?:{SEPARATOR})?|\d{{3}}{SEPARATOR})\d{{3}}{SEPARATOR}\d{{4}}"
)
# A group starting with 0: a trunk prefix (07700 900461) or an international 00.
_ZERO_GROUP = re.compile(r"(?<!\d)0")
_NANP_INSIDE = re.compile(rf"(?<![\d(]){_NANP_SHAPE.pattern}(?!\d)")
# Shapes that belong to something else: SSN 3-2-4, dotted IPv4, dates.
# (An SSN-shaped number is never a phone number, also in brackets: "(389-22-0000)".)
# An IPv4 address's parts are at most 255: "333.905.41.27" and "612.48.93.07" are an Italian and a
# Spanish mobile written with dots, as locals do.
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_NOT_PHONE_SHAPES = re.compile(
    rf"\(?\d{{3}}{SEPARATOR}\d{{2}}{SEPARATOR}\d{{4}}"
    rf"|{_OCTET}(?:\.{_OCTET}){{3}}"
    rf"|\d{{4}}[{DASH}/.]\d{{1,2}}[{DASH}/.]\d{{1,2}}"
    rf"|\d{{1,2}}[{DASH}/.]\d{{1,2}}[{DASH}/.]\d{{2,4}}"
)
# A local number: seven digits North American style (836-4410, 555.0199; exchange 2-9), or eight in
# two groups of four as in Australia, Hong Kong, Singapore or Scandinavia (8824 1937).
_LOCAL_NUMBER = re.compile(
    rf"[2-9]{NOT_BEFORE_NUMBER}(?:\d{{2}}[{DASH}.]|\d{{3}}[ {DASH}.])\d{{4}}{NUMBER_END}"
)
_LOCAL_DIGITS = 7
_NANP_REGIONS = ("US", "CA")
# Eight digits in four pairs separated by single spaces: how Denmark and Norway write their numbers.
# Not the tail of a longer number ("+32 78 79 12 34") nor its head ("20 12 34 56 78").
_FOUR_PAIRS = re.compile(rf"[1-9]{NOT_BEFORE_NUMBER}(?<![\d+] .)\d(?: \d{{2}}){{3}}(?! ?\d){NUMBER_END}")
_FOUR_PAIRS_DIGITS = 8
# A CJK counter or unit glued after a number makes it a quantity (13916542287人, 1391654228元).
_CJK_COUNTER = re.compile(r"[人个個件名位次円元万萬億亿台本枚冊匹頭개명원건회대권]")
# A currency or a percent sign right before or after a bare number makes it an amount ("655 443 210 €",
# "€ 612 489 307"): a bare mobile's digits are grouped in threes as thousands are.
_CURRENCY_SIGNS = "$€£¥₹₩₽₺₪₫"
# A currency code (EUR, CZK) or a currency's written name or short form after an amount.
_CURRENCY_WORDS = (
    r"[A-Z]{3}|euros?|dollars?|d[oó]lares|pesos|reais|rupees|yuan|francs?|Kč|zł|kr|Ft|lei|TL|lire|mil"
)
_AMOUNT_BEFORE = re.compile(rf"(?:[{_CURRENCY_SIGNS}]|\b[A-Z]{{3}})[^\S\n]?\Z")
_AMOUNT_AFTER = re.compile(rf"[^\S\n]?(?:[{_CURRENCY_SIGNS}%元円원]|(?:{_CURRENCY_WORDS})(?!\w))")
# A group of three to six letters and digits together (a tracking or reference code's "AA1") right before a
# number, one space between: the number is the tail of that code.
# A group of digits after a word glued to a number sign, one separator before the candidate: the
# candidate is the rest of that labelled number ("Karte#4539 0148 8034 6468", read whole as a card
# where the word is set apart: numbers._unglued_reading), no line of its own.
_MARKED_GROUP_BEFORE = re.compile(r"[^\W\d_] ?[#№] ?\d{1,15}[ .\-]\Z")
_CODE_GROUP_BEFORE = re.compile(r"(?<![\w-])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{3,6} \Z")
# The regions a script is written in, most likely first: a number in Japanese text is read as a
# Japanese number before a British one ("電話09012345678": a Japanese mobile, in the UK a premium line),
# which matters where its digits are unspaced and so show no national grouping.
_SCRIPT_REGIONS = (
    (re.compile("[\u3040-\u30ff\uff66-\uff9f]"), ("JP",)),  # Hiragana, Katakana
    (re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"), ("KR",)),  # Hangul
    (re.compile("[\u3400-\u4dbf\u4e00-\u9fff]"), ("CN", "JP")),  # Han without kana
)
_DIGITS = re.compile(r"\d+")
# A directory entry: a table row (cells split by "|" or tabs) whose cell before the number ends with a
# US postal address ("Dalla's Pizza | 3843 Peartree Road, Bamblee, SD 20241 440-600-5124"): the
# premises' published line, as in a listing of shops or offices.
_LISTING_ADDRESS_BEFORE = re.compile(
    r"[|\t][^|\t\n]{0,100}?,[^\S\n]?[A-Z]{2}[^\S\n]\d{5}(?:-\d{4})?[^\S\n]{0,3}[|\t,;:]?[^\S\n]{0,3}\Z"
)
_LISTING_LOOKBACK = 120
# Between two numbers of a list: a slash, bullet or middle dot with white space on both sides.
_LIST_BREAK = re.compile(r"[^\S\n]+[/•·][^\S\n]+(?=\d)")
# An e-mail address next to a number, one short separator between ("anna.k@web.de / 654218733",
# "654218733, anna.k@web.de"): the two are somebody's contact details.
_EMAIL = r"(?P<local>[\w.+\-]{1,64})@[\w\-]{1,63}(?:\.[\w\-]{1,63})*\.[A-Za-z]{2,24}"
_EMAIL_BEFORE = re.compile(rf"{_EMAIL}[^\S\n]{{0,2}}[/,;|·•\-–—]?[^\S\n]{{0,2}}\Z")
_EMAIL_AFTER = re.compile(rf"[^\S\n]{{0,2}}[/,;|·•\-–—]?[^\S\n]{{0,2}}{_EMAIL}")
_EMAIL_REACH = 120
# How far before a bare mobile a label heading its colon is looked for ("Código de cliente de Marta: ").
_HEADING_LOOKBACK = 70
# Without a context word, a national number with its trunk 0 must be written unbroken with 11 digits
# or more, or in groups with 10 or more (or grouped as its region writes a shorter one: "02 123 45 67"):
# "078051121", "0780511201" and "078-051121" are identifiers (an SSN's shape with a 0 in front) before
# they are anybody's line; "06 12 34 56 78", "0151 2387 4419" and "07700900461" are lines.
_TRUNK_ZERO_MIN_DIGITS_UNBROKEN = 11
_TRUNK_ZERO_MIN_DIGITS_GROUPED = 10
# The most groups a written number has: +33 6 12 34 56 78, +44 (0)20 7946 0958.
_PHONE_MAX_GROUPS = 7


class BareMobileShape(DetectorOptions):
    # A regular expression the digits start with (Spain "6|7[1-4]"): mobiles only, so no landline,
    # order number or amount of the same length is read. A number of that shape in a block the
    # phonenumbers data does not list yet is still read as a mobile (fail closed).
    leading: str
    # The digit groups as written ([3, 2, 2, 2] for 612 48 93 07; [9]: unbroken).
    groupings: list[tuple[int, ...]] = Field(min_length=1)

    @field_validator("leading")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as e:
            raise ValueError(f"a regular expression ({e})") from e
        return value


class PhoneOptions(DetectorOptions):
    # Regions whose national formats are recognised. Numbers written with + (or 00) parse regardless.
    regions: list[str]
    # Of those, the regions where national numbers are commonly written without a trunk prefix
    # (Spain, Italy, India's mobiles): a bare number is tried only in these, and only with a context
    # word. Elsewhere a national number starts with its trunk 0.
    bare_number_regions: list[str]
    # Of those, the regions whose mobiles have a shape of their own (China: eleven digits from 13 to
    # 19; Spain: nine from 6; Italy: ten from 3): a mobile there, starting with its leading digits and
    # written in one of the groupings locals use, counts without a context word.
    bare_mobiles: dict[str, BareMobileShape] = Field(default_factory=dict)
    # Regions whose eight-digit numbers, with no trunk prefix, are written in four pairs ("20 12 34
    # 56": Denmark, Norway): fewer digits than ``min_national_digits``, so read only in that shape,
    # valid there, and with a context word near ("Ring til Mette på 20 12 34 56").
    pair_grouped_regions: list[str] = Field(default_factory=list)
    min_digits: int = Field(ge=5, le=15)  # with a country code, the country code included
    min_national_digits: int = Field(ge=5, le=15)
    max_national_digits: int = Field(ge=5, le=17)
    # Words near a number that make a bare candidate a phone number.
    context_words: list[str]
    context_before: int = Field(ge=0, le=500)
    context_after: int = Field(ge=0, le=500)
    # An e-mail address right next to a bare number makes it a contact's line as a context word does,
    # unless its local part is one of these role mailboxes (an organisation's "info@", "reservas@").
    role_mailboxes: list[str] = Field(default_factory=list)
    # Phrases that present a number as an organisation's published line: reported at low severity.
    business_context: list[str]
    business_before: int = Field(ge=0, le=500)
    business_after: int = Field(ge=0, le=500)
    # Phrases that present a number as a person's own: between a business phrase and the number, the
    # business phrase no longer speaks for it ("customer service never answers, call me at ...").
    personal_context: list[str] = Field(default_factory=list)
    # phonenumbers number types that are an organisation's line, not a person's: low severity.
    business_number_types: list[str]
    # Labels that make the number after them something else: "part no. 1200-4417-09", "SKU ...".
    not_phone_labels: list[str]
    # Phrases that, right before a seven-digit local number (836-4410), make it a phone number:
    # "call me at 836-4410". Anywhere else a local number is too short to tell from a code.
    local_number_phrases: list[str]
    # Phrases that, right after a seven-digit local number, make it one: "836-4410 is my landline".
    local_number_phrases_after: list[str]
    # Nouns that, right after a national number, make it a count ("912 345 678 views", "612 847 305
    # visualizações", "0176 2233 4455 Aufrufe"): a quantity, not a line. Not after a "+" number.
    count_words_after: list[str] = Field(default_factory=list)
    business_message: str
    allowed_message: str
    # What the author should do about those (the rule's own guidance is for a personal number).
    business_guidance: str
    allowed_guidance: str
    # Work limits per draft: parsing costs ~50 µs a number, and a window of digit groups a few µs to
    # look at. A draft needing more than this is no ordinary post: the rest of it is not checked for
    # phone numbers and the draft is marked incomplete (which flags it).
    max_parses: int = Field(ge=10, le=100_000)
    max_checks: int = Field(ge=10, le=10_000_000)

    @field_validator("regions", "bare_number_regions")
    @classmethod
    def _known_regions(cls, values: list[str]) -> list[str]:
        unknown = [r for r in values if r.upper() not in phonenumbers.SUPPORTED_REGIONS]
        if unknown:
            raise ValueError(f"region codes known to phonenumbers (unknown: {', '.join(unknown)})")
        return [r.upper() for r in values]

    @field_validator("bare_mobiles")
    @classmethod
    def _known_mobile_regions(cls, shapes: dict[str, BareMobileShape]) -> dict[str, BareMobileShape]:
        return dict(zip(cls._known_regions(list(shapes)), shapes.values(), strict=True))

    @field_validator("business_number_types")
    @classmethod
    def _known_types(cls, values: list[str]) -> list[str]:
        unknown = [t for t in values if not hasattr(phonenumbers.PhoneNumberType, t.upper())]
        if unknown:
            raise ValueError(f"phonenumbers PhoneNumberType names (unknown: {', '.join(unknown)})")
        return [t.upper() for t in values]


@dataclass(frozen=True, slots=True)
class _PhoneNumber:
    e164: str
    valid: bool  # phonenumbers' full check; a merely possible number is still reported
    number_type: int  # a phonenumbers.PhoneNumberType (UNKNOWN when not valid)
    # The lengths of the digit groups of the region's own national format ((3, 4, 4) for 090-1234-5678
    # in Japan), or () when not valid: how a number is grouped tells its country.
    national_grouping: tuple[int, ...]


@register
class PhoneDetector(Detector[PhoneOptions]):
    name = "phone"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        opts = self.options
        self.nanp_region = next((r for r in opts.regions if r in _NANP_REGIONS), None)
        # Regions other than North America, whose national numbers start with a 0.
        self.trunk_zero_regions = [r for r in opts.regions if r not in _NANP_REGIONS]
        self.bare_regions = [r for r in opts.bare_number_regions if r in opts.regions]
        self.bare_mobiles = {r: shape for r, shape in opts.bare_mobiles.items() if r in self.bare_regions}
        self.bare_mobile_leading = {r: re.compile(s.leading) for r, s in self.bare_mobiles.items()}
        # Any bare mobile's shape, to skip a candidate cheaply (its digit groups, separated; an area
        # code may close its bracket before the separator: "(11) 98765-4321").
        shapes = {g for s in self.bare_mobiles.values() for g in s.groupings}
        self.bare_mobile_shape = (
            re.compile(
                "|".join(
                    r"(?<!\d)" + rf"\)?(?:{SEPARATOR})".join(rf"\d{{{n}}}" for n in g) + r"(?!\d)"
                    for g in sorted(shapes)
                )
            )
            if shapes
            else None
        )
        self.pair_grouped_regions = list(opts.pair_grouped_regions)
        self.context = phrase_regex(opts.context_words)
        self.role_mailboxes = frozenset(r.lower() for r in opts.role_mailboxes)
        self.business_context = phrase_regex(opts.business_context)
        self.personal_context = phrase_regex(opts.personal_context)
        self.not_labels = label_regex(opts.not_phone_labels, with_verb=True)
        # The same words a few words before the colon that introduces a number: a bare mobile is read
        # with no cue word, so such a label ("Referencia de Marta: 612 345 678") still speaks for it.
        # Not any mention before it: Polish "cena" (price) is Italian and Spanish for dinner.
        not_words = phrase_regex(opts.not_phone_labels)
        self.not_phone_heading = (
            re.compile(rf"(?:{not_words.pattern})[^\n:#.!?]{{0,40}}[:#][^\S\n]*\Z", re.IGNORECASE)
            if not_words
            else None
        )
        self.local_phrases = label_regex(opts.local_number_phrases)
        after = phrase_regex(opts.local_number_phrases_after)
        self.local_after = re.compile(rf"\W{{0,3}}(?:{after.pattern})", re.IGNORECASE) if after else None
        counts = phrase_regex(opts.count_words_after)
        self.count_after = (
            re.compile(rf"[^\S\n]{{1,2}}(?:{counts.pattern})", re.IGNORECASE) if counts else None
        )
        self.business_types = {getattr(phonenumbers.PhoneNumberType, t) for t in opts.business_number_types}
        # The fewest digits anything found holds: a local number, four pairs, or a candidate (below
        # the minimum of its kind it is skipped). A reading of the draft with fewer is not read.
        self._min_digits = min(_LOCAL_DIGITS, _FOUR_PAIRS_DIGITS, opts.min_digits, opts.min_national_digits)
        self.allowed = {e for e in map(self._e164, self.lists.allowed_phone_numbers) if e}

    def _e164(self, written: str) -> str | None:
        """An allow-listed number in E.164: international, or national in the first region where it is a
        possible number (lists are best written in E.164)."""
        opts = self.options
        for region in (None, *opts.regions):
            try:
                number = phonenumbers.parse(written, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_possible_number(number):
                return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        return None

    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        opts = self.options
        # One budget and one parse cache for the draft, whichever reading of it is scanned.
        budget = _PhoneBudget(Budget(opts.max_checks), Budget(opts.max_parses), {})
        return each_reading(
            ctx, partial(self._find, ctx, budget), spaced_figures=False, min_digits=self._min_digits
        )

    def _find(self, ctx: ScanContext, budget: _PhoneBudget, text: str) -> Iterator[Hit]:
        opts = self.options
        iban_shaped: Spans | None = None
        left_alone: Spans | None = None
        scan = _PhoneScan(self, text, budget)
        if self.local_phrases is not None or self.local_after is not None:
            for m in _LOCAL_NUMBER.finditer(text):
                if labelled(self.local_phrases, text, m.start()) or (
                    self.local_after is not None and self.local_after.match(text, m.end())
                ):
                    yield self._hit(text, m.start(), m.end(), _LOCAL)
        if self.pair_grouped_regions:
            yield from self._pair_grouped(text, scan)
        for m in _PHONE_CANDIDATE.finditer(text):
            plus = m.group("plus") is not None
            if digit_count(m.group()) < (opts.min_digits if plus else opts.min_national_digits):
                continue
            if iban_shaped is None or left_alone is None:
                spaced_ibans = spaced_iban_spans(ctx) if text is ctx.text else []
                iban_shaped = iban_shaped_spans(ctx, text, spaced_ibans)
                left_alone = not_phone_spans(ctx, text, spaced_ibans)
            if iban_shaped.covers(m.start(), m.end()):
                continue
            begin = m.start()
            if labelled(self.not_labels, text, begin):
                # The label names the first number; a number after a spaced slash is another one:
                # "Ref 88412 / 612 847 305 (Marta)".
                after = _LIST_BREAK.search(text, begin, m.end())
                if after is None:
                    continue
                begin, plus = after.end(), False
            elif not plus and _CODE_GROUP_BEFORE.search(text, max(0, begin - 12), begin):
                continue  # the digit tail of a code: "1Z 999 AA1 01 2345 6784"
            elif not plus and _MARKED_GROUP_BEFORE.search(text, max(0, begin - 18), begin):
                continue  # the rest of a number after "#": "Karte#4539 0148 8034 6468", "Karte #4539 ..."
            for start, end, found in scan.numbers_in(begin, m.end(), plus, left_alone):
                if self.count_after is not None and text[start] != "+" and self.count_after.match(text, end):
                    continue  # a count: "912 345 678 views"
                yield self._hit(text, start, end, found)
            if scan.out_of_budget:
                mark_incomplete(
                    ctx, "phone number check stopped early: the draft holds too many number-like sequences"
                )
                return

    def _pair_grouped(self, text: str, scan: _PhoneScan) -> Iterator[Hit]:
        """Eight digits in four pairs, valid in a ``pair_grouped_regions`` region, near a context word
        and after no label of something else ("Ordre 20 12 34 56")."""
        for m in _FOUR_PAIRS.finditer(text):
            if labelled(self.not_labels, text, m.start()) or not scan._context_near(m.start(), m.end()):
                continue
            digits = "".join(m.group().split())
            for region in self.pair_grouped_regions:
                found = scan._parse(digits, region, valid=True)
                if found is not None:
                    yield self._hit(text, m.start(), m.end(), found)
                    break

    def _hit(self, text: str, start: int, end: int, found: _PhoneNumber) -> Hit:
        opts = self.options
        if found.e164 in self.allowed:
            return Hit(start, end, Severity.low, opts.allowed_message, opts.allowed_guidance)
        if found.number_type in self.business_types or self._published(text, start, end):
            return Hit(start, end, Severity.low, opts.business_message, opts.business_guidance)
        return Hit(start, end)

    def _published(self, text: str, start: int, end: int) -> bool:
        """A business phrase near the number, with no phrase of a person's own line between them:
        "Office: 011 123 4567" is published; in "Office: (541) 555-0100, or text me directly at
        (541) 555-0177" the second number is the agent's own, as in "customer service never answers,
        so call me at ..."."""
        opts, business, personal = self.options, self.business_context, self.personal_context
        if _LISTING_ADDRESS_BEFORE.search(text, max(0, start - _LISTING_LOOKBACK), start):
            return True
        if business is None:
            return False
        before = [m.end() for m in business.finditer(text, max(0, start - opts.business_before), start)]
        if before and (personal is None or not personal.search(text, before[-1], start)):
            return True
        # A phrase of a person's own line right before the number speaks for it, whatever follows:
        # "Call me on 020 7946 1183 at home if the office line is busy".
        if personal is not None and personal.search(text, max(0, start - opts.business_before), start):
            return False
        after = business.search(text, end, end + opts.business_after)
        return after is not None and (personal is None or not personal.search(text, end, after.start()))


# What a local number reads as: no region's full number, so neither allow-listed nor a business type.
_LOCAL = _PhoneNumber("", False, phonenumbers.PhoneNumberType.UNKNOWN, ())
# A number not read in a region yet, though charged to the parse budget (``_PhoneScan._unread``).
_UNREAD = _PhoneNumber("", False, phonenumbers.PhoneNumberType.UNKNOWN, ())


class _PhoneBudget(NamedTuple):
    checks: Budget
    parses: Budget
    # Parse results by (digits, region): hostile drafts repeat one number many times.
    cache: dict[tuple[str, str | None], _PhoneNumber | None]


class _PhoneScan:
    """The phone checks of one reading of a draft."""

    def __init__(self, detector: PhoneDetector, text: str, budget: _PhoneBudget) -> None:
        self.detector = detector
        self.opts = detector.options
        self.text = text
        self.budget = budget

    @cached_property
    def trunk_zero_regions(self) -> list[str]:
        return _script_first(self.text, self.detector.trunk_zero_regions)

    @cached_property
    def bare_regions(self) -> list[str]:
        return _script_first(self.text, self.detector.bare_regions)

    @property
    def out_of_budget(self) -> bool:
        return self.budget.checks.exhausted or self.budget.parses.exhausted

    def numbers_in(
        self, start: int, end: int, international: bool, left_alone: Spans
    ) -> Iterator[tuple[int, int, _PhoneNumber]]:
        """The phone numbers inside one candidate. From left to right, card-like runs and strong
        readings (international, North American shape, trunk 0) take their groups, whichever comes
        first: "(312) 555-0147 4111 1111 1111 1111" is a phone number and a card, "2024 0301 7788 4410"
        a reference with no phone number inside. Weak readings (a bare number near a context word)
        may then use the groups left over. The digits of an IBAN or a date are left alone."""
        may_be_strong = self._may_be_strong(start, end, international)
        context_near = self._context_near(start, end)
        if not (may_be_strong or context_near):
            return
        run = DigitRun(self.text, start, end)
        groups = run.groups
        low = min(self.opts.min_digits, self.opts.min_national_digits)
        high = max(15 + 2, self.opts.max_national_digits)  # 15 digits after an international 00

        def card_like(i: int, j: int) -> bool:
            # A card (Luhn-valid), or a reference printed like one in four or more groups of four; or
            # a Luhn-valid card regrouped as read out, in fives or sixes ("37785 64789 89201 4").
            if international and i == 0:
                return False
            if not card_shaped(run, i, j):
                return (
                    loose_card_grouping(run, i, j)
                    and 13 <= len(run.digits_of(i, j)) <= 19
                    and luhn.is_valid(run.digits_of(i, j))
                )
            return j - i >= 4 or luhn.is_valid(run.digits_of(i, j))

        def card_like_or_strong(i: int, j: int) -> _PhoneNumber | bool | None:
            if card_like(i, j):
                return True
            digits = run.digits_of(i, j)
            plus = international and i == 0
            if not may_be_strong or len(digits) > high or not self._plausible(groups[i:j], digits, plus):
                return None
            return self._strong(groups[i:j], digits, plus)

        def weak(i: int, j: int) -> _PhoneNumber | None:
            if international and i == 0:
                return None  # a "+" number that no region reads
            digits = run.digits_of(i, j)
            return self._weak(groups[i:j], digits) if self._plausible(groups[i:j], digits, False) else None

        # A number spelt out digit by digit ("4 1 5 5 5 5 0 1 8 3") has a group per digit.
        max_groups = high if all(len(g.digits) == 1 for g in groups) else _PHONE_MAX_GROUPS
        taken = run.overlapping(left_alone)
        found: list[tuple[int, int, _PhoneNumber]] = []
        for a, b in free_ranges(taken, len(groups)):
            for i, j, read in run.segments(a, b, low, max(high, 19), max_groups, card_like_or_strong):
                taken.append((i, j))
                if isinstance(read, _PhoneNumber):
                    found.append((i, j, read))
        if context_near:
            for a, b in free_ranges(sorted(taken), len(groups)):
                found += run.segments(a, b, low, high, max_groups, weak)
        for i, j, number in found:
            yield self._start(groups[i]), groups[j - 1].end, number

    def _may_be_strong(self, start: int, end: int, international: bool) -> bool:
        """Whether any window of the candidate could read as strong (saves trying each window)."""
        if international or _ZERO_GROUP.search(self.text, start, end):
            return True
        shape = self.detector.bare_mobile_shape
        if shape is not None and shape.search(self.text, start, end):
            return True
        return (
            self.detector.nanp_region is not None and _NANP_INSIDE.search(self.text, start, end) is not None
        )

    def _context_near(self, start: int, end: int) -> bool:
        """A context word near the number, or a business-line phrase (what that finds is then `low`:
        "atención al cliente 900 123 456"), or an e-mail address right next to it: a contact's
        details ("jorge.pena@gmail.com / 654218733"; a role mailbox beside it is the business's
        line, read as one by its business phrases)."""
        opts, detector = self.opts, self.detector
        return (
            found_near(detector.context, self.text, start, end, opts.context_before, opts.context_after)
            or found_near(
                detector.business_context, self.text, start, end, opts.business_before, opts.business_after
            )
            or self._email_next_to(start, end)
        )

    def _email_next_to(self, start: int, end: int) -> bool:
        """A contact's e-mail address right before or after the number (searched only where an "@"
        is within reach: hostile drafts hold thousands of numbers)."""
        text = self.text
        before = max(0, start - _EMAIL_REACH)
        if text.find("@", before, start) != -1 and self._contact_email(
            _EMAIL_BEFORE.search(text, before, start)
        ):
            return True
        return text.find("@", end, end + _EMAIL_REACH) != -1 and self._contact_email(
            _EMAIL_AFTER.match(text, end)
        )

    def _contact_email(self, found: re.Match[str] | None) -> bool:
        """An e-mail address that is somebody's, not a role mailbox ("info@", "reservas@")."""
        if found is None:
            return False
        local = found.group("local").lower()
        return not any(local == role or local.startswith(role + ".") for role in self.detector.role_mailboxes)

    def _start(self, first: Group) -> int:
        """Where the number as written starts: with the "+" of a country code or the "(" of an area code."""
        start = first.start
        if start > 0 and self.text[start - 1] == "(":
            start -= 1
        if start > 0 and self.text[start - 1] == "+":
            start -= 1
        elif start > 1 and self.text[start - 2 : start] == "+ ":
            start -= 2
        return start

    def _plausible(self, window: list[Group], digits: str, plus: bool) -> bool:
        """Cheap shape checks before any parsing."""
        if not self.budget.checks.spend():
            return False
        singles = sum(len(g.digits) == 1 for g in window)
        spelt_out = singles == len(window)  # digit by digit: "4 1 5 5 5 5 0 1 8 3"
        if (singles > 2 and not spelt_out) or len(set(digits)) < 3 or (spelt_out and counting(digits)):
            return False
        if plus or digits.startswith("00"):
            return self.opts.min_digits <= len(digits) - (0 if plus else 2) <= 15
        if not self.opts.min_national_digits <= len(digits) <= self.opts.max_national_digits:
            return False
        if len(window[-1].digits) == 1 and not spelt_out:  # an ISBN-like check digit: 978-0-306-40615-7
            return False
        if len(digits) >= 13 and luhn.is_valid(digits):
            return False  # a card number
        return not _NOT_PHONE_SHAPES.fullmatch(self.text, self._start(window[0]), window[-1].end)

    def _strong(self, window: list[Group], digits: str, plus: bool) -> _PhoneNumber | None:
        """International (+ or 00), a North American shape, or a national number with its trunk 0."""
        if plus:
            return self._parse("+" + digits, None, valid=False)
        if digits.startswith("00"):
            return self._parse("+" + digits[2:], None, valid=False)
        nanp = self.detector.nanp_region
        # Spelt out digit by digit, a number shows no shape: only a context word makes it one, and
        # ten digits are then read as North American.
        spelt_out = len(window) == len(digits)
        if spelt_out and not self._context_near(window[0].start, window[-1].end):
            return None
        if nanp and (
            _NANP_SHAPE.fullmatch(self.text, self._start(window[0]), window[-1].end)
            or (spelt_out and len(digits) == 10)
        ):
            number = self._parse(digits, nanp, valid=True)
            if number is not None:
                return number
        if digits.startswith("0"):
            number = self._trunk_zero(window, digits)
            if number is None or self._shaped_like_a_line(window, digits, number):
                return number
            return number if self._context_near(window[0].start, window[-1].end) else None
        return self._bare_mobile(window, digits)

    def _shaped_like_a_line(self, window: list[Group], digits: str, number: _PhoneNumber) -> bool:
        """A national number with its trunk 0 that reads as a line by its shape alone: long enough, or
        grouped as its region writes it."""
        written = tuple(len(g.digits) for g in window)
        if len(written) == 1:
            return len(digits) >= _TRUNK_ZERO_MIN_DIGITS_UNBROKEN
        return len(digits) >= _TRUNK_ZERO_MIN_DIGITS_GROUPED or number.national_grouping == written

    def _bare_mobile(self, window: list[Group], digits: str) -> _PhoneNumber | None:
        """A mobile number of a region whose mobiles have a shape of their own, written as locals
        write it (China 138 1234 5678 or 13812345678, Spain 612 48 93 07 or 655 443 210, Italy 333 123
        4567): a mobile with no context word, as a North American shape is. A number of that shape in
        a block phonenumbers does not list yet (149...) is still read as one (fail closed); a valid
        one of another type, or an amount, is not."""
        written = tuple(len(g.digits) for g in window)
        start, end = window[0].start, window[-1].end
        if _CJK_COUNTER.match(self.text, end):
            return None  # a quantity: "人口は13916542287人です"
        if _AMOUNT_AFTER.match(self.text, end) or _AMOUNT_BEFORE.search(self.text, max(0, start - 5), start):
            return None  # an amount: "655 443 210 €"
        detector = self.detector
        heading = detector.not_phone_heading
        if heading is not None and heading.search(self.text, max(0, start - _HEADING_LOOKBACK), start):
            return None  # another kind of number: "Referencia de Marta: 612 345 678"
        for region, shape in detector.bare_mobiles.items():
            if written not in shape.groupings or not detector.bare_mobile_leading[region].match(digits):
                continue
            number = self._parse(digits, region, valid=False)
            if number is not None and (
                not number.valid or number.number_type == phonenumbers.PhoneNumberType.MOBILE
            ):
                return number
        return None

    def _trunk_zero(self, window: list[Group], digits: str) -> _PhoneNumber | None:
        """A national number with its trunk 0, read in the region whose own national format groups
        the digits as written ("090-1234-5678" is a Japanese mobile, not a UK premium line), else in
        the first region (in policy order) where it is valid, else where it is possible: "0808 157
        0192" is a UK freephone number (a business line) before it is anything else; "07700 900461" is
        possible but not valid in the UK."""
        written = tuple(len(g.digits) for g in window)
        grouped: list[tuple[str, _PhoneNumber]] = []
        first_valid = fallback = None
        regions = self.trunk_zero_regions
        for k, region in enumerate(regions):
            number = self._parse(digits, region, valid=False)
            if number is not None and number.valid:
                if len(written) > 1 and number.national_grouping == written:
                    grouped.append((region, number))
                first_valid = first_valid or number
            fallback = fallback or number
            if self._settled(written, grouped, first_valid):
                self._unread(digits, regions[k + 1 :])
                break
        return self._personal_first(grouped) or first_valid or fallback

    def _settled(
        self,
        written: tuple[int, ...],
        grouped: list[tuple[str, _PhoneNumber]],
        first_valid: _PhoneNumber | None,
    ) -> bool:
        """Whether the regions read so far decide what a number reads as (``_trunk_zero``, ``_weak``),
        whatever the others make of it: written in one group, the first valid reading; in several, a
        reading grouped alike that ``_personal_first`` takes whatever follows (its region is the
        script's, or it is the first that is no business line)."""
        if len(written) == 1:
            return first_valid is not None
        if not grouped:
            return False
        business = self.detector.business_types
        return grouped[0][0] in self.script_regions or any(n.number_type not in business for _, n in grouped)

    def _unread(self, written: str, regions: list[str]) -> None:
        """The regions a settled number is not read in, charged to the parse budget as reading them
        would have been (in order, each once a draft), and read only if asked for later: the budget,
        and so when a draft is marked incomplete, is the same as if each had been read."""
        cache = self.budget.cache
        for region in regions:
            key = (written, region)
            if key not in cache and self.budget.parses.spend():
                cache[key] = _UNREAD

    @cached_property
    def script_regions(self) -> frozenset[str]:
        """The regions of the CJK script the draft is written in (none for other scripts)."""
        for script, script_regions in _SCRIPT_REGIONS:
            if script.search(self.text):
                return frozenset(script_regions)
        return frozenset()

    def _personal_first(self, readings: list[tuple[str, _PhoneNumber]]) -> _PhoneNumber | None:
        """Of the regions' readings of one number, grouped alike: that of the draft's script's region
        ("080-123-4567" in Korean text is a Korean freephone number); else the first that is no
        business line type: fail closed, "0917 555 0148" is a Philippine mobile before it is a UK
        premium line."""
        if not readings:
            return None
        if readings[0][0] in self.script_regions:
            return readings[0][1]
        business = self.detector.business_types
        return next((n for _, n in readings if n.number_type not in business), readings[0][1])

    def _weak(self, window: list[Group], digits: str) -> _PhoneNumber | None:
        """A bare national number (612 345 678, 4155550199): valid in a region where numbers are
        written that way, with a context word ("call", "mobile") nearby."""
        if digits.startswith("0") or not self._context_near(window[0].start, window[-1].end):
            return None
        # As for a trunk 0: the region whose national format groups the digits as written first.
        written = tuple(len(g.digits) for g in window)
        grouped: list[tuple[str, _PhoneNumber]] = []
        first_valid = None
        regions = self.bare_regions
        for k, region in enumerate(regions):
            number = self._parse(digits, region, valid=True)
            if number is not None and len(written) > 1 and number.national_grouping == written:
                grouped.append((region, number))
            first_valid = first_valid or number
            if self._settled(written, grouped, first_valid):
                self._unread(digits, regions[k + 1 :])
                break
        return self._personal_first(grouped) or first_valid

    def _parse(self, written: str, region: str | None, *, valid: bool) -> _PhoneNumber | None:
        """``written`` read in ``region`` if it is a possible number there (and valid, if asked)."""
        key = (written, region)
        cache = self.budget.cache
        if key not in cache:
            if not self.budget.parses.spend():
                return None
            cache[key] = _read_number(written, region)
        result = cache[key]
        if result is _UNREAD:  # charged to the budget already (_unread)
            result = cache[key] = _read_number(written, region)
        return result if result is not None and (result.valid or not valid) else None


def _script_first(text: str, regions: list[str]) -> list[str]:
    """``regions`` with those of the first CJK script found in ``text`` moved to the front."""
    for script, script_regions in _SCRIPT_REGIONS:
        if script.search(text):
            first = [r for r in script_regions if r in regions]
            return first + [r for r in regions if r not in first]
    return regions


def _read_number(written: str, region: str | None) -> _PhoneNumber | None:
    try:
        number = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    # A number is valid exactly when it has a type: is_valid_number and number_type find the number's
    # region and match its patterns alike (is_valid_number's further check, that the region's calling
    # code is the number's, holds for every region found from a calling code). Asked once, not twice.
    number_type = phonenumbers.number_type(number)
    if number_type == phonenumbers.PhoneNumberType.UNKNOWN:
        return _PhoneNumber(e164, False, phonenumbers.PhoneNumberType.UNKNOWN, ())
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    grouping = tuple(len(g) for g in _DIGITS.findall(national))
    return _PhoneNumber(e164, True, number_type, grouping)
