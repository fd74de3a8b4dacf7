"""US Social Security numbers in the SSA's format; undashed and spaced forms need a label nearby."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic import Field

from preflight.engine.context import ScanContext
from preflight.engine.detectors.base import Detector, DetectorOptions, register
from preflight.engine.detectors.pii.numbers import (
    DASH,
    NOT_BEFORE_NUMBER,
    NUMBER_END,
    SEPARATOR,
    each_reading,
    label_regex,
    labelled,
    phrase_regex,
    separator_kind,
)
from preflight.engine.findings import Hit

_SSN_CANDIDATE = re.compile(
    rf"(?P<area>\d{NOT_BEFORE_NUMBER}\d{{2}})(?P<sep>{SEPARATOR})?(?P<group>\d{{2}})(?P<sep2>{SEPARATOR})?"
    rf"(?P<serial>\d{{4}}){NUMBER_END}"
)
_SSN_DIGITS = 9
_DASHES = re.compile(f"[{DASH}]")
# The same shape right after the punctuation that ends a label ("SSN#039-14-1458", "SSN/039141458",
# "SSN-039-14-1458", "SSN=039 14 1458", "S.S.N.039141458") or glued to its last letter
# ("SSN039141458"), where the ordinary candidate reads a code ("#123", "A-123", "ORD123"): an SSN when
# a label that says nothing else ends right before it. Such a number may be closed by the mark that
# separates its groups ("SSN/039/14/1458/", as a form's boxes print it).
_SSN_AFTER_LABEL_MARK = re.compile(
    rf"(?P<area>\d(?<=[#№/={DASH}>|~.A-Za-z]\d)\d{{2}})(?P<sep>{SEPARATOR})?(?P<group>\d{{2}})"
    rf"(?P<sep2>{SEPARATOR})?(?P<serial>\d{{4}})(?:{NUMBER_END}|(?=[/|~#{DASH}](?![^\W_])))"
)


class UsSsnOptions(DetectorOptions):
    # Labels that make a nine-digit number an SSN when it is not dashed ("SSN 356 71 0482",
    # "ssn 356.71.0482", "ssn:771390256"). The dashed form ddd-dd-dddd needs none.
    labels: list[str]
    label_before: int = Field(ge=0, le=500)
    label_after: int = Field(ge=0, le=500)
    # Labels that make the number after them something else: "SKU 123-45-6789".
    not_ssn_labels: list[str]
    # Labels of a reference (a ticket, an order, "Ref"): the number after them is that reference,
    # unless one of ``reference_ssn_labels`` is near it: a ticket titled with someone's SSN leaks it
    # ("SSNs in ticket titles... 'Ref 145.82.6630'").
    reference_labels: list[str] = Field(default_factory=list)
    # The labels that name a number an SSN even after a reference label: of ``labels``, those that
    # say nothing else ("social" alone is also a social-media account: "Follow us on social! Order...").
    reference_ssn_labels: list[str] = Field(default_factory=list)
    # Phrases that start with a label and are no label: "social media", "social team".
    not_label_phrases: list[str]


def _valid_ssn_format(area: str, group: str, serial: str) -> bool:
    """The SSA's format rules. Deliberately not stdnum.us.ssn.is_valid, which also rejects numbers
    once used in advertising (219-09-9999): a real-looking SSN in a post is flagged either way."""
    return area not in ("000", "666") and not area.startswith("9") and group != "00" and serial != "0000"


@register
class UsSsnDetector(Detector[UsSsnOptions]):
    name = "us_ssn"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        opts = self.options
        self._labels = phrase_regex(opts.labels)
        self._not_labels = label_regex(opts.not_ssn_labels)
        self._reference_labels = label_regex(opts.reference_labels)
        self._reference_ssn_labels = phrase_regex(opts.reference_ssn_labels)
        self._ssn_label_before = label_regex(opts.reference_ssn_labels)
        self._not_label_phrases = phrase_regex(opts.not_label_phrases)

    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        # Both candidates hold nine digits: a reading with fewer holds no SSN.
        return each_reading(ctx, self._find, min_digits=_SSN_DIGITS)

    def _find(self, text: str) -> Iterator[Hit]:
        yield from self._candidates(text, _SSN_CANDIDATE.finditer(text))
        if self._ssn_label_before is not None:
            marked = (
                m
                for m in _SSN_AFTER_LABEL_MARK.finditer(text)
                if labelled(self._ssn_label_before, text, m.start())
            )
            yield from self._candidates(text, marked)

    def _candidates(self, text: str, candidates: Iterator[re.Match[str]]) -> Iterator[Hit]:
        for m in candidates:
            if not _valid_ssn_format(m.group("area"), m.group("group"), m.group("serial")):
                continue
            separators = {separator_kind(sep) if sep else "" for sep in m.group("sep", "sep2")}
            if len(separators) != 1 or labelled(self._not_labels, text, m.start()):
                continue  # written one way throughout (3-2-4 with two kinds is something else)
            dashed = _DASHES.fullmatch(separators.pop()) is not None
            if labelled(self._reference_labels, text, m.start()):
                if not self._label_near(self._reference_ssn_labels, text, m.start(), m.end()):
                    continue
            elif not dashed and not self._label_near(self._labels, text, m.start(), m.end()):
                continue
            yield Hit(m.start(), m.end())

    def _label_near(self, labels: re.Pattern[str] | None, text: str, start: int, end: int) -> bool:
        """A label within reach of the number, other than the head of a phrase that is no label."""
        opts = self.options
        if labels is None:
            return False
        for window_start, window_end in (
            (max(0, start - opts.label_before), start),
            (end, end + opts.label_after),
        ):
            for label in labels.finditer(text, window_start, window_end):
                if self._not_label_phrases is None or not self._not_label_phrases.match(text, label.start()):
                    return True
        return False
