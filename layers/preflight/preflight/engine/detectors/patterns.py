"""The ``regex`` detector: rules whose patterns are plain regular expressions kept in the policy.

Credentials and confidentiality markings use it, so adding a token format is a policy change, not a
code change. Patterns are compiled once at load; a pattern that does not compile is a policy error
naming the rule and the pattern. Patterns must be linear: no nested unbounded repetition (the bench's
hostile inputs check it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic import Field, field_validator

from preflight.engine.context import ScanContext
from preflight.engine.detectors.base import Detector, DetectorOptions, register
from preflight.engine.findings import Hit, Severity


class RegexPattern(DetectorOptions):
    name: str = Field(min_length=1)
    pattern: str = Field(min_length=1)
    ignore_case: bool = False
    # The group whose span is reported (0: the whole match), e.g. the value of ``password: value``.
    group: int | str = 0
    message: str | None = None
    # What the author should do about this pattern's match, when the rule's guidance does not fit it.
    guidance: str | None = Field(default=None, min_length=1)
    severity: str | None = Field(default=None, pattern="^(low|medium|high)$")

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"a valid regular expression ({exc})") from exc
        return value


class RegexOptions(DetectorOptions):
    patterns: list[RegexPattern] = Field(min_length=1)


@register
class RegexDetector(Detector[RegexOptions]):
    name = "regex"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        opts = self.options
        self._compiled = [
            (
                re.compile(p.pattern, re.IGNORECASE if p.ignore_case else 0),
                p.group,
                p.message,
                Severity.parse(p.severity) if p.severity else None,
                p.guidance,
            )
            for p in opts.patterns
        ]

    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        return self.find(ctx.text)

    def find(self, text: str) -> Iterator[Hit]:
        """The spans this rule's patterns report in ``text`` (a matching view, or a decoded run)."""
        for regex, group, message, severity, guidance in self._compiled:
            for match in regex.finditer(text):
                start, end = match.span(group)
                if end > start:
                    yield Hit(start, end, severity=severity, message=message, guidance=guidance)
