"""IBANs: ISO 13616 through stdnum."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache, partial

from stdnum import iban as stdnum_iban
from stdnum.exceptions import ValidationError as StdnumValidationError

from preflight.engine.context import ScanContext
from preflight.engine.detectors.base import Detector, DetectorOptions, register
from preflight.engine.detectors.pii.numbers import (
    SEPARATOR,
    each_reading,
    iban_candidates,
    iban_cut,
    iban_length,
)
from preflight.engine.findings import Hit

_NOT_ALNUM = re.compile(r"[^A-Za-z0-9]+")
_CHECK_DIGITS = 2


class IbanOptions(DetectorOptions):
    pass


@register
class IbanDetector(Detector[IbanOptions]):
    """ISO 13616 through stdnum: the country, the mod-97 check digits and the country's account
    structure, not the national check digits (example accounts often lack them)."""

    name = "iban"

    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        # A valid IBAN's check digits are two digits (a template's XX is none): a reading with fewer
        # digits holds no IBAN.
        return each_reading(ctx, partial(self._find, ctx), min_digits=_CHECK_DIGITS)

    def _find(self, ctx: ScanContext, text: str) -> Iterator[Hit]:
        found_at = set()
        # The matches of IBAN_CANDIDATE and NATIONALLY_GROUPED_IBAN, shared with the phone and card
        # detectors, which keep out of IBAN-shaped runs.
        fours, national = iban_candidates(ctx, text)
        for m in fours:
            span = _iban_at(text, m.start(), m.end())
            if span is not None:
                found_at.add(span[0])
                yield Hit(*span)
        for m in national:
            length = iban_length(m.group()[:2].upper())
            if m.start() in found_at or length is None:
                continue
            span = _iban_of_registry_length(text, m.start(), m.end(), length)
            if span is not None:
                yield Hit(*span)


def _iban_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a valid IBAN at the start of the candidate ``text[start:end]``, if there is one.

    The candidate regex may run on into what follows ("BE68 5390 0754 7034 2024"): the country's IBAN
    length says where the account number ends, which must be the end of a group."""
    length = iban_length(text[start : start + 2].upper())
    if length is None:
        return None
    return _iban_of_registry_length(text, start, end, length) or _iban_of_other_length(text, start, end)


def _iban_of_registry_length(text: str, start: int, end: int, length: int) -> tuple[int, int] | None:
    cut = iban_cut(text, start, end, length)
    if cut is None:
        return None
    return (start, cut) if _valid_iban(_NOT_ALNUM.sub("", text[start:cut])) else None


def _iban_of_other_length(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The whole candidate as an IBAN whose length is not its country's (a digit too many or too few,
    "FI40 2112 3456 0000 0785"): the mod-97 check alone holds, with a numeric account part. An account
    mistyped or made up for a post is still shared as one (fail closed); one candidate in 97 with a
    country code and check digits passes by chance, and such runs are rare outside payment details."""
    numeric = _NUMERIC_IBAN.match(text, start, end)  # a word after the groups is not part of it
    if numeric is None:
        return None
    compact = _NOT_ALNUM.sub("", numeric.group())
    if not _MIN_LENGTH <= len(compact) <= _MAX_LENGTH:
        return None
    return (start, numeric.end()) if _mod97(compact.upper()) else None


# A country code, check digits and an account part of digits only, in groups or not (a separator after
# an upper-case country code as in ``IBAN_CANDIDATE``).
_NUMERIC_IBAN = re.compile(
    rf"[A-Za-z]{{2}}(?:(?<=[A-Z]{{2}}){SEPARATOR})?\d{{2}}(?:(?:{SEPARATOR})?\d)+(?!\w)"
)
# The shortest and the longest IBAN any country has (Norway 15, Saint Lucia 32; ISO 13616 allows 34).
_MIN_LENGTH = 15
_MAX_LENGTH = 34


def _mod97(compact: str) -> bool:
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


@lru_cache(maxsize=4096)
def _valid_iban(compact: str) -> bool:
    # Cached: stdnum's check costs ~40 µs and a hostile draft may repeat one account many times.
    if not compact[2:4].isdigit():
        return False  # a template's XX, which stdnum reads as letters and 1 in 97 passes mod-97
    try:
        stdnum_iban.validate(compact, check_country=False)
    except StdnumValidationError:
        return False
    return True
