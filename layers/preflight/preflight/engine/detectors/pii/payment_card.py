"""Payment card numbers: 13-19 digits, unspaced or grouped as cards are printed, Luhn-valid."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from itertools import chain
from typing import Any

from pydantic import Field
from stdnum import luhn

from preflight.engine.context import ScanContext
from preflight.engine.detectors.base import Detector, DetectorOptions, register
from preflight.engine.detectors.pii.numbers import (
    NOT_BEFORE_NUMBER,
    NUMBER_END,
    RUN_GROUPS,
    SEPARATOR,
    Budget,
    DigitRun,
    Spans,
    card_grouping,
    digit_count,
    each_reading,
    found_near,
    free_ranges,
    iban_shaped_spans,
    label_regex,
    labelled,
    loose_card_grouping,
    mark_incomplete,
    phrase_regex,
)
from preflight.engine.findings import Hit

# Where a card can start inside a candidate: a group of four followed by 4 or 6 more digits (4-4-4-4,
# 4-6-5), a group of eight followed by eight (8-8), three groups of five (5-5-5), two of six and more
# (6-6-3), or an unspaced run
# of 13 or more.
_CARD_START = re.compile(
    rf"(?<!\d)(?:\d{{4}}(?:{SEPARATOR}\d{{4}}|{SEPARATOR}\d{{6}}|\d{{4}}{SEPARATOR}\d{{8}}|\d{{9}})"
    rf"|\d{{5}}{SEPARATOR}\d{{5}}{SEPARATOR}\d{{5}}(?!\d)|\d{{6}}{SEPARATOR}\d{{6}}{SEPARATOR}\d)"
)
_CARD_CANDIDATE = re.compile(
    rf"\d{NOT_BEFORE_NUMBER}\d{{0,18}}(?:{SEPARATOR}\d{{1,19}}){{0,{RUN_GROUPS}}}{NUMBER_END}"
)

# A field of a CSV row, glued to its neighbours by commas or semicolons, where a number reader sees a
# decimal: after a digit and a comma ("Dahl,2026-12-20,4214810803589890,DBL") a number reads as a
# fraction, and before a comma and a digit ("Olsen,4000000010000000,3 nights") as an integer part. No
# decimal written in prose has 13 digits on either side of its comma, so a whole unspaced card-length
# field is read as a number. Both alternatives fire only where the ordinary candidate does not.
# (Both read from their first digit, the look-behinds after it, so that the engine skips to digits.)
_CSV_FIELD = re.compile(
    r"\d(?:(?<=\d[,;]\d)\d{12,18}(?=[,;]|\s|$)"  # after a field ending in a digit
    r"|(?<![\w.+\-/]\d)(?<!\d[,;]\d)\d{12,18}(?=[,;]\d))"  # before a field starting with one
)

# A card number right after a number mark that follows a card word ("Karte #4539 0148 8034 6468",
# "card № 4539...", "tarjeta #4539014880346468"), where the ordinary candidate reads an issue's or an
# order's "#123": a card when a card word stands just before the mark.
_MARKED_CARD = re.compile(
    rf"\d(?:(?<=[#№]\d)|(?<=[#№] \d))\d{{3}}(?:\d{{9,15}}|(?:{SEPARATOR}\d{{1,6}}){{1,4}}){NUMBER_END}"
)
_MARK_BEFORE = re.compile(r"[#№] ?\Z")


class PaymentCardOptions(DetectorOptions):
    # First digits of the major issuers (2-series and 5 Mastercard, 3 Amex/Diners/JCB, 4 Visa,
    # 6 Discover/UnionPay/Maestro).
    issuer_first_digits: str = Field(pattern=r"^\d{1,10}$")
    # The only lengths a number starting with these digits may have, where narrower than min..max
    # digits (UATP cards start with 1 and have 15: a 13-digit timestamp in milliseconds is none).
    issuer_lengths: dict[str, list[int]]
    # Of those first digits, the ones whose cards are a few issuers' ranges only: the prefixes a
    # number starting with that digit must start with (9 is Troy's 9792, not any 16 digits from 9).
    issuer_prefixes: dict[str, list[str]] = Field(default_factory=dict)
    min_digits: int = Field(ge=12, le=19)
    max_digits: int = Field(ge=12, le=19)
    # Labels after which a Luhn-valid number is something else (an IMEI is 15 Luhn-valid digits).
    not_card_labels: list[str]
    # Words for a card near a number in a loose grouping (equal groups of five or six, a shorter
    # last one) make it a card; without one such a number is a batch or lot number.
    card_words: list[str] = Field(default_factory=list)
    card_words_before: int = Field(ge=0, le=500)
    # A draft needing more Luhn checks than this is no ordinary post: the rest is not checked and the
    # draft is marked incomplete (which flags it).
    max_checks: int = Field(ge=10, le=10_000_000)


@register
class PaymentCardDetector(Detector[PaymentCardOptions]):
    name = "payment_card"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        opts = self.options
        self._not_labels = label_regex(opts.not_card_labels)
        self._card_words = phrase_regex(opts.card_words)

    def _card_word_before_mark(self, text: str, start: int) -> bool:
        """Whether a card word ends just before the number mark in front of ``start``."""
        mark = _MARK_BEFORE.search(text, max(0, start - 2), start)
        if mark is None or self._card_words is None:
            return False
        word_end = mark.start()
        return self._card_words.search(text, max(0, word_end - 25), word_end) is not None and (
            text[word_end - 1 : word_end].isspace() or text[word_end - 1 : word_end].isalpha()
        )

    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        opts = self.options
        # Every candidate with fewer than min_digits digits is skipped: so is a reading with fewer.
        return each_reading(
            ctx, partial(self._find, ctx, Budget(opts.max_checks)), min_digits=opts.min_digits
        )

    def _find(self, ctx: ScanContext, checks: Budget, text: str) -> Iterator[Hit]:
        opts = self.options
        iban_shaped: Spans | None = None

        def is_card(run: DigitRun, i: int, j: int) -> bool | None:
            digits = run.digits_of(i, j)
            if digits[0] not in opts.issuer_first_digits:
                return None
            if not card_grouping(run, i, j) and not (
                loose_card_grouping(run, i, j)
                and found_near(
                    self._card_words,
                    text,
                    run.groups[i].start,
                    run.groups[i].start,
                    opts.card_words_before,
                    0,
                )
            ):
                return None
            lengths = opts.issuer_lengths.get(digits[0])
            if lengths is not None and len(digits) not in lengths:
                return None
            prefixes = opts.issuer_prefixes.get(digits[0])
            if prefixes is not None and not digits.startswith(tuple(prefixes)):
                return None
            return True if checks.spend() and luhn.is_valid(digits) else None

        candidates = chain(
            _CARD_CANDIDATE.finditer(text),
            _CSV_FIELD.finditer(text) if "," in text or ";" in text else (),
            (m for m in _MARKED_CARD.finditer(text) if self._card_word_before_mark(text, m.start()))
            if "#" in text or "№" in text
            else (),
        )
        for m in candidates:
            if digit_count(m.group()) < opts.min_digits or not _CARD_START.search(m.group()):
                continue  # too short, or no group that a card could start with
            if iban_shaped is None:
                iban_shaped = iban_shaped_spans(ctx, text)
            if iban_shaped.covers(m.start(), m.end()):
                continue
            run = DigitRun(text, m.start(), m.end())
            for a, b in free_ranges(run.overlapping(iban_shaped), len(run.groups)):
                for i, j, _ in run.segments(a, b, opts.min_digits, opts.max_digits, 5, partial(is_card, run)):
                    start = run.groups[i].start
                    if not labelled(self._not_labels, text, start):
                        yield Hit(start, run.groups[j - 1].end)
            if checks.exhausted:
                mark_incomplete(
                    ctx, "payment card check stopped early: the draft holds too many card-like numbers"
                )
                return
