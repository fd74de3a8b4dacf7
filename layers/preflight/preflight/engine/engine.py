"""The screening engine: one draft and the policy in, one decision out.

Pure: no AWS, no Powertools, no I/O beyond loading the policy and the spaCy model in ``warm_up``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from operator import itemgetter
from pathlib import Path
from typing import Any

from preflight import __version__
from preflight.engine.config import ConfiguresEngine, EngineConfig
from preflight.engine.context import ScanContext
from preflight.engine.detectors.base import Detector
from preflight.engine.detectors.patterns import RegexDetector
from preflight.engine.errors import InputError
from preflight.engine.findings import Decision, Finding, Severity
from preflight.engine.nlp import NlpResources
from preflight.engine.policy import Policy, Rule, load_policy
from preflight.engine.text import Utf16Offsets, normalise

MASK = "*"
EXCERPT_CONTEXT = 24
# Findings reported per category. Redaction still masks every sensitive span; the cap only keeps a
# hostile draft (20,000 swear words) from producing a 20,000-entry answer.
MAX_FINDINGS_PER_CATEGORY = 50
# Values shorter than this are not searched for elsewhere in the draft (too likely to be ordinary
# text), and at most this many distinct values are (bounding the cost of hostile drafts).
MIN_PROPAGATED_VALUE = 6
MAX_PROPAGATED_VALUES = 200
# A short, ordinary draft screened during warm-up so that the first real request finds every lazy
# structure (regex caches, spaCy's vocabulary and NER weights) already built.
_WARM_UP_TEXT = (
    "Warm-up: Jane Smith was diagnosed on Monday; mail jane@example.org or call +1 415 555 0100. "
    "Returns guaranteed, clinically proven, revenue will double! Internal only."
)


@dataclass(frozen=True, slots=True)
class _Span:
    rule: Rule
    start: int
    end: int
    severity: Severity
    message: str
    guidance: str | None


class Engine:
    def __init__(
        self, policy: Policy, config: EngineConfig | ConfiguresEngine, nlp: NlpResources | None = None
    ) -> None:
        self.policy = policy
        self.config = config if isinstance(config, EngineConfig) else config.engine_config()
        self.nlp = nlp or NlpResources(self.config.spacy_model)
        # Regex rules whose patterns all have keywords, and other rules with required keywords
        # (``Detector.required_keywords``), run only on drafts where the policy's keyword prefilter
        # selects them (issue 11): it reads a draft once and the engine never visits the rules it did
        # not select, so the cost per draft does not grow with the number of such rules. Rules with
        # required words (``Detector.required_words``) run only on drafts whose word index holds one:
        # one intersection per draft for all of them.
        self._ungated: list[tuple[int, Detector[Any]]] = []
        self._gated: dict[Detector[Any], int] = {}
        self._by_required_word: dict[str, list[tuple[int, Detector[Any]]]] = {}
        regex_rules = [d for d in policy.detectors if isinstance(d, RegexDetector)]
        keyword_gated = regex_rules[0].prefilter.gated if regex_rules else frozenset()
        for position, detector in enumerate(policy.detectors):
            required = detector.required_words
            if (isinstance(detector, RegexDetector) and detector.keyword_gated) or detector in keyword_gated:
                self._gated[detector] = position
            elif required is not None:
                for word in required:
                    self._by_required_word.setdefault(word, []).append((position, detector))
            else:
                self._ungated.append((position, detector))
        self._required_words = frozenset(self._by_required_word)
        self._one_per_prefilter = list(
            {d.prefilter: d for d in regex_rules if d in self._gated or d.prefilter.gated}.values()
        )
        self._warm = False

    @classmethod
    def from_config(
        cls, config: EngineConfig | ConfiguresEngine, extra_overlays: Sequence[Path] = ()
    ) -> Engine:
        """Defaults, then the overlays of ``PREFLIGHT_RULES``, then ``extra_overlays`` (``--rules``)."""
        wanted = config if isinstance(config, EngineConfig) else config.engine_config()
        policy = load_policy(wanted.default_rules_dir, [*wanted.overlay_dirs, *extra_overlays])
        return cls(policy, wanted)

    # The names callers outside the engine (the CLI, the engine's tests) knew it by.
    from_settings = from_config

    @property
    def settings(self) -> EngineConfig:
        return self.config

    @cached_property
    def engine_version(self) -> str:
        return f"preflight-{__version__}+{self.nlp.model_version}"

    def warm_up(self) -> Engine:
        """Load the model, build every matcher and screen one draft. Call once at initialisation."""
        if not self._warm:
            for detector in self.policy.detectors:
                detector.warm_up(self.nlp)
            self._warm = True
            self._screen(_WARM_UP_TEXT)
        return self

    def validate(self, text: object) -> str:
        if not isinstance(text, str):
            raise InputError("invalid_type", f"text must be a string, not {type(text).__name__}")
        if not text.strip():
            raise InputError("empty_text", "text is empty or only white space")
        if len(text) > self.config.max_text_length:
            raise InputError(
                "text_too_long",
                f"text is {len(text)} characters long; the maximum is {self.config.max_text_length}",
            )
        return text

    def screen(self, text: object) -> Decision:
        """Screen one draft. Raises ``InputError`` for text that cannot be screened."""
        original = self.validate(text)
        if not self._warm:
            self.warm_up()
        return self._screen(original)

    def hits(self, text: str) -> list[tuple[str, int, int]]:
        """(rule id, start, end) of every rule's own hits in ``text``, before overlapping findings of
        a category are merged: what `preflight rules check` compares with a rule's examples."""
        if not self._warm:
            self.warm_up()
        _, spans = self._detect(text)
        return [(s.rule.id, s.start, s.end) for s in spans]

    def _screen(self, original: str) -> Decision:
        ctx, spans = self._detect(original)
        kept = _one_per_category(spans)
        redacted = _redact(original, kept)
        reported = _cap_per_category(kept)
        utf16 = Utf16Offsets(original)
        findings = [_finding(redacted, s, utf16) for s in reported]
        complete = not ctx.incomplete_reasons
        flagged = not complete or any(s.severity >= self.policy.threshold for s in kept)
        return Decision(
            decision="flag" if flagged else "approve",
            findings=findings,
            redacted_text=redacted,
            policy_version=self.policy.version,
            engine_version=self.engine_version,
            complete=complete,
            incomplete_reasons=ctx.incomplete_reasons,
        )

    def _detect(self, original: str) -> tuple[ScanContext, list[_Span]]:
        view = normalise(original)
        ctx = ScanContext(view, self.nlp)

        detectors = self._detectors_for(ctx)
        # The NLP pass: tokenize what any detector needs, once; NER on trigger sentences, once. Both
        # are bounded: a draft with more to analyse than the budgets is incomplete, and flagged.
        ner_spans = [span for d in detectors if d.uses_ner for span in d.ner_spans(ctx)]
        token_spans = [span for d in detectors if d.uses_tokens for span in d.token_spans(ctx)]
        ner_chosen = ctx.within_budget(ner_spans, self.config.ner_char_budget, "named-entity check")
        token_chosen = ctx.within_budget(token_spans, self.config.token_char_budget, "claim patterns")
        if ner_chosen or token_chosen:
            ctx.tokenize(token_chosen + ner_chosen)
        if ner_chosen:
            ctx.run_ner(ner_chosen)

        spans: list[_Span] = []
        for detector in detectors:
            rule = detector.rule
            for hit in detector.detect(ctx):
                start, end = view.to_original(hit.start, hit.end)
                if end > start:
                    severity = hit.severity or rule.severity_level
                    message = hit.message or rule.message
                    spans.append(_Span(rule, start, end, severity, message, hit.guidance or rule.guidance))
        return ctx, spans

    def _detectors_for(self, ctx: ScanContext) -> list[Detector[Any]]:
        """The policy's detectors, in order, less the keyword-gated rules no prefilter selected and the
        rules whose required words the draft lacks."""
        chosen = list(self._ungated)
        required = self._required_words.intersection(ctx.word_positions)
        if required:
            chosen.extend({p: d for word in required for p, d in self._by_required_word[word]}.items())
        for detector in self._one_per_prefilter:
            chosen.extend((self._gated[d], d) for d in detector.selection(ctx) if d in self._gated)
        chosen.sort(key=itemgetter(0))
        return [d for _, d in chosen]


def _one_per_category(spans: list[_Span]) -> list[_Span]:
    """Overlapping findings of one category are reported once: the most severe (then the longest)."""
    by_category: dict[str, list[_Span]] = {}
    for span in spans:
        by_category.setdefault(span.rule.category, []).append(span)
    kept: list[_Span] = []
    for group in by_category.values():
        group.sort(key=lambda s: (s.start, -s.end))
        cluster: list[_Span] = []
        cluster_end = -1
        for span in group:
            if cluster and span.start >= cluster_end:
                kept.append(_strongest(cluster))
                cluster = []
            cluster_end = max(cluster_end, span.end) if cluster else span.end
            cluster.append(span)
        if cluster:
            kept.append(_strongest(cluster))
    kept.sort(key=lambda s: (s.start, s.end, s.rule.category))
    return kept


def _cap_per_category(spans: list[_Span]) -> list[_Span]:
    counts: dict[str, int] = {}
    by_severity = sorted(spans, key=lambda s: -s.severity)
    chosen = []
    for span in by_severity:
        category = span.rule.category
        counts[category] = counts.get(category, 0) + 1
        if counts[category] <= MAX_FINDINGS_PER_CATEGORY:
            chosen.append(span)
    chosen.sort(key=lambda s: (s.start, s.end, s.rule.category))
    return chosen


def _strongest(cluster: list[_Span]) -> _Span:
    best = max(cluster, key=lambda s: (s.severity, s.end - s.start))
    start = min(s.start for s in cluster)
    end = max(s.end for s in cluster)
    if (start, end) == (best.start, best.end):
        return best
    return _Span(best.rule, start, end, best.severity, best.message, best.guidance)


def _redact(original: str, spans: list[_Span]) -> str:
    """Mask every sensitive span, and every other place the same value appears: a value found once
    is masked everywhere, even where a detector missed it (glued to a word by an invisible space)."""
    sensitive = [s for s in spans if s.rule.sensitive]
    if not sensitive:
        return original
    ranges = [(s.start, s.end) for s in sensitive]
    values = {original[s.start : s.end] for s in sensitive}
    for value in sorted(v for v in values if len(v.strip()) >= MIN_PROPAGATED_VALUE)[:MAX_PROPAGATED_VALUES]:
        position = original.find(value)
        while position != -1:
            ranges.append((position, position + len(value)))
            position = original.find(value, position + 1)
    chars = list(original)
    for start, end in ranges:
        for i in range(start, end):
            if not chars[i].isspace():
                chars[i] = MASK
    return "".join(chars)


def _finding(redacted: str, span: _Span, utf16: Utf16Offsets) -> Finding:
    lo = max(0, span.start - EXCERPT_CONTEXT)
    hi = min(len(redacted), span.end + EXCERPT_CONTEXT)
    excerpt = " ".join(redacted[lo:hi].split())
    excerpt = ("…" if lo > 0 else "") + excerpt + ("…" if hi < len(redacted) else "")
    return Finding(
        category=span.rule.category,
        rule_id=span.rule.id,
        severity=span.severity.name,
        message=span.message,
        guidance=span.guidance,
        start=span.start,
        end=span.end,
        utf16_start=utf16(span.start),
        utf16_end=utf16(span.end),
        excerpt=excerpt,
    )
