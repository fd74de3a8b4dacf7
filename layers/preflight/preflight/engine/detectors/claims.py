"""The ``token_patterns`` detector: spaCy Matcher patterns kept in the policy.

Risky claims (guarantees, forward-looking financial statements, health claims) are phrasings, not
strings: "guaranteed ... returns" with a few words between, "revenue will ... double". spaCy's
token Matcher expresses that as data, and runs over the draft's tokens, which are computed once per
draft and shared by every rule that uses this detector. Only lexical attributes (LOWER, ORTH,
IS_PUNCT, LIKE_NUM...) are available: the tagger and parser are not loaded, to keep a draft cheap.

``exclude_next`` drops a match when the token right after it is one of the listed words (idioms such
as "can't lose sight of"); ``exclude_previous`` when one of the ``previous_window`` tokens before it
is (negations such as "there is no such thing as a risk-free ...").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pydantic import Field, field_validator

from preflight.engine.context import ScanContext
from preflight.engine.detectors.base import Detector, DetectorOptions, register
from preflight.engine.findings import Hit

if TYPE_CHECKING:
    from preflight.engine.nlp import NlpResources


class TokenPattern(DetectorOptions):
    name: str = Field(min_length=1, pattern=r"^[a-z0-9_]+$")
    pattern: list[dict[str, Any]] = Field(min_length=1)
    exclude_next: list[str] = Field(default_factory=list)
    exclude_previous: list[str] = Field(default_factory=list)
    # How many tokens before the match ``exclude_previous`` looks at ("no such thing as a risk-free").
    previous_window: int = Field(default=1, ge=1, le=8)
    message: str | None = None

    @field_validator("pattern")
    @classmethod
    def _valid_matcher_pattern(cls, value: list[dict[str, Any]]) -> list[dict[str, Any]]:
        from spacy.schemas import validate_token_pattern

        errors = validate_token_pattern(value)
        if errors:
            raise ValueError(f"a spaCy Matcher token pattern ({'; '.join(errors)})")
        return value

    @field_validator("exclude_next", "exclude_previous")
    @classmethod
    def _lower_case(cls, value: list[str]) -> list[str]:
        return [w.lower() for w in value]


class TokenPatternOptions(DetectorOptions):
    patterns: list[TokenPattern] = Field(min_length=1)

    @field_validator("patterns")
    @classmethod
    def _unique_names(cls, value: list[TokenPattern]) -> list[TokenPattern]:
        names = [p.name for p in value]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"unique pattern names (repeated: {', '.join(duplicates)})")
        return value


@register
class TokenPatternDetector(Detector):
    name = "token_patterns"
    Options = TokenPatternOptions
    uses_tokens = True

    def warm_up(self, nlp: NlpResources) -> None:
        from spacy.matcher import Matcher

        opts: TokenPatternOptions = self.options  # type: ignore[assignment]
        self._matcher = Matcher(nlp.nlp.vocab, validate=True)
        self._by_label: dict[int, TokenPattern] = {}
        for spec in opts.patterns:
            label = f"{self.rule.id}:{spec.name}"
            self._matcher.add(label, [spec.pattern])
            self._by_label[nlp.nlp.vocab.strings[label]] = spec

    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        doc = ctx.doc
        for label, start, end in self._matcher(doc):
            spec = self._by_label[label]
            if spec.exclude_next and end < len(doc) and doc[end].lower_ in spec.exclude_next:
                continue
            if spec.exclude_previous and any(
                t.lower_ in spec.exclude_previous for t in doc[max(0, start - spec.previous_window) : start]
            ):
                continue
            span = doc[start:end]
            yield Hit(span.start_char, span.end_char, message=spec.message)
