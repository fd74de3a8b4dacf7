"""Everything detectors read about one draft, each piece computed at most once."""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from typing import TYPE_CHECKING

from preflight.engine.language import DraftLanguages, detect_languages
from preflight.engine.text import NormalisedText

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Span

    from preflight.engine.nlp import Entity, NlpResources

# A sentence ends at a run of ., ! or ? (possibly closed by a quote or bracket) followed by white
# space, or at a line break. The run is matched whole and the white space checked afterwards: a
# look-ahead inside the expression made 100,000 dots quadratic (each start position re-read the run).
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*|\n+")
# spaCy's tokenizer re-scans a whitespace-free chunk for prefixes and suffixes, which is quadratic on
# a long run of emoji or punctuation (10,000 emoji took 18 s). Runs this long are never words a
# token pattern looks for, so every _RUN_STEP-th character of such a run is read as a space: the
# length, and so every offset, stays the same.
_WORD = re.compile(r"[^\W_]+|[$€£¥]")
_LONG_RUN = re.compile(r"\S{100,}")
_RUN_STEP = 50


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _break_long_runs(text: str) -> str:
    if not _LONG_RUN.search(text):
        return text

    def breaks(match: re.Match[str]) -> str:
        chars = list(match.group())
        for i in range(_RUN_STEP, len(chars), _RUN_STEP):
            chars[i] = " "
        return "".join(chars)

    return _LONG_RUN.sub(breaks, text)


class ScanContext:
    def __init__(self, view: NormalisedText, nlp: NlpResources) -> None:
        self.view = view
        self.text = view.text
        self._nlp = nlp
        self.entities: list[Entity] = []
        self.incomplete_reasons: list[str] = []
        # Per-draft results a detector computes once and reads twice (in ner_spans and detect).
        self.memo: dict[object, object] = {}
        # Tokenized parts of the view: (offset, spaCy Doc), set by tokenize().
        self.pieces: list[tuple[int, Doc]] = []
        self._piece_starts: list[int] = []
        self._piece_ends: list[int] = []

    @cached_property
    def typed_digits(self) -> str:
        """The view with the digits typed for letters inside words as typed (``NormalisedText.typed_digits``):
        what a detector that reads digits as any letter they may hide reads. Same length as ``text``."""
        return self.view.typed_digits

    @cached_property
    def sentence_bounds(self) -> list[tuple[int, int]]:
        bounds: list[tuple[int, int]] = []
        start = 0
        text = self.text
        for end_mark in _SENTENCE_END.finditer(text):
            end = end_mark.end()
            if text[end_mark.start()] != "\n" and end < len(text) and not text[end].isspace():
                continue
            if self.text[start:end].strip():
                bounds.append((start, end))
            start = end
        if self.text[start:].strip():
            bounds.append((start, len(self.text)))
        return bounds

    @cached_property
    def word_positions(self) -> dict[str, list[int]]:
        """Start offsets of each lower-cased word (and of each currency sign): cheap anchors for detectors."""
        positions: dict[str, list[int]] = {}
        for m in _WORD.finditer(self.text):
            positions.setdefault(m.group().lower(), []).append(m.start())
        return positions

    @cached_property
    def languages(self) -> DraftLanguages:
        """The languages the draft may be in (engine/language.py): ``may_be(code)`` says whether to
        consult a resource of that language; unknown (short or mostly non-Latin drafts) is any."""
        return detect_languages(self.text, self.word_positions)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentence_bounds]

    def windows(self, hits: list[tuple[int, int]], radius: int) -> list[tuple[int, int]]:
        """The sentences holding ``hits``, each cut to ``radius`` characters around its hit when it is
        longer than that, merged. A sentence with many hits is listed once."""
        if not hits:
            return []
        bounds, starts = self.sentence_bounds, self._sentence_starts
        whole: set[int] = set()
        spans: list[tuple[int, int]] = []
        for start, end in hits:
            i = bisect.bisect_right(starts, start) - 1
            s_start, s_end = bounds[i] if i >= 0 else (0, len(self.text))
            if s_end - s_start <= 2 * radius and i >= 0:
                whole.add(i)
            else:
                spans.append((max(s_start, start - radius), min(s_end, end + radius)))
        spans.extend(bounds[i] for i in whole)
        return _merge(spans)

    def sentence_at(self, position: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._sentence_starts, position) - 1
        if i < 0:
            return (0, len(self.text))
        return self.sentence_bounds[i]

    def within_budget(self, spans: list[tuple[int, int]], budget: int, check: str) -> list[tuple[int, int]]:
        """The merged spans, in draft order, up to ``budget`` characters. Past it the draft is
        incomplete: the rest is not read by ``check``, and the engine flags the draft."""
        chosen: list[tuple[int, int]] = []
        used = 0
        for start, end in _merge(spans):
            if used + (end - start) > budget:
                self.incomplete_reasons.append(
                    f"{check} skipped for part of the draft (over {budget} characters to analyse)"
                )
                break
            chosen.append((start, end))
            used += end - start
        return chosen

    def tokenize(self, spans: list[tuple[int, int]]) -> None:
        """Tokenize the parts of the draft that some detector reads, once: token-pattern rules read
        the sentences holding their anchor words, NER reads the sentences holding its triggers."""
        merged = _merge(spans)
        docs = self._nlp.tokenize([_break_long_runs(self.text[s:e]) for s, e in merged])
        for (start, _), doc in zip(merged, docs, strict=True):
            doc.user_data["offset"] = start
        self.pieces = [(s, doc) for (s, _), doc in zip(merged, docs, strict=True)]
        self._piece_starts = [s for s, _ in merged]
        self._piece_ends = [e for _, e in merged]

    def token_windows(self, spans: list[tuple[int, int]]) -> Iterator[Span]:
        """The tokens of each span that tokenize() covered, as spans of the shared pieces."""
        for start, end in _merge(spans):
            window = self._tokens_between(start, end)
            if window is not None:
                yield window

    def run_ner(self, spans: list[tuple[int, int]]) -> None:
        """The draft's one NER pass, over spans already chosen within the NER budget."""
        pieces = []
        for start, end in _merge(spans):
            window = self._tokens_between(start, end)
            if window is not None:
                pieces.append((window.doc.user_data["offset"] + window.start_char, window.as_doc()))
        self.entities = self._nlp.entities(pieces)

    def _tokens_between(self, start: int, end: int) -> Span | None:
        i = bisect.bisect_right(self._piece_starts, start) - 1
        if i < 0 or end > self._piece_ends[i]:
            return None  # not tokenized: beyond the budget
        offset, doc = self.pieces[i]
        window = doc.char_span(start - offset, end - offset, alignment_mode="expand")
        return window if window is not None and len(window) else None

    def entities_between(self, start: int, end: int, label: str) -> list[Entity]:
        return [e for e in self.entities if e.label == label and e.start >= start and e.end <= end]
