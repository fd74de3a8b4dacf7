"""``person_sensitive``: a named person together with sensitive information about them.

A cheap pass first: the policy's trigger terms (health, salary, dismissal, home address, age,
religion, orientation, criminal record) are found with one compiled expression. Only the sentences
that hold a trigger are handed to NER (``ner_spans``), in the draft's single NER pass; a PERSON entity
in the same sentence as a trigger makes the finding. Most drafts hold no trigger and pay nothing.

Terms written with capitals (``ALS``, ``HIV``) match case-sensitively, so that "als" or "hiv" inside
other words or languages do not fire; all-lower-case terms match in any case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic import Field, field_validator

from preflight.engine.context import ScanContext
from preflight.engine.detectors.base import Detector, DetectorOptions, register
from preflight.engine.findings import Hit
from preflight.engine.nlp import Entity

# How far around a trigger NER reads when a "sentence" is very long (no punctuation).
_WINDOW = 300
_PLAIN_TERM = re.compile(r"[A-Za-z][A-Za-z'’ -]*")
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿ]+(?:['’-][A-Z]?[a-zà-ÿ]+)?")


class PersonSensitiveOptions(DetectorOptions):
    # topic name -> trigger terms; a term may use regular-expression syntax for numbers (\d).
    topics: dict[str, list[str]] = Field(min_length=1)
    entity_label: str
    # The small English model sometimes labels a two-word personal name as an organisation ("they
    # fired Nadia Sorensen" -> ORG). Entities with these labels count as a person when they are
    # exactly two capitalised words and neither is one of ``organisation_words``.
    person_like_labels: list[str] = Field(default_factory=list)
    organisation_words: list[str] = Field(default_factory=list)

    @field_validator("topics")
    @classmethod
    def _terms_compile(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for topic, terms in value.items():
            if not terms:
                raise ValueError(f"at least one term for topic {topic!r}")
            for term in terms:
                try:
                    re.compile(term)
                except re.error as exc:
                    raise ValueError(f"valid terms ({term!r} in {topic!r}: {exc})") from exc
        return value


@register
class PersonSensitiveDetector(Detector[PersonSensitiveOptions]):
    name = "person_sensitive"
    uses_ner = True

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        opts = self.options
        self._organisation_words = {w.lower() for w in opts.organisation_words}
        # Terms that are plain words are found through the draft's word index (their first word),
        # then confirmed where they stand. Each term with regular-expression syntax is its own
        # expression, without look-behind and, for lower-case terms, run on the lower-cased draft
        # without IGNORECASE: so the regex engine can skip ahead to its first character instead
        # of trying a many-way alternation at every position.
        self._by_first_word: dict[str, list[tuple[re.Pattern[str], str]]] = {}
        self._patterned: list[tuple[re.Pattern[str], re.Pattern[str], str]] = []
        for topic, terms in opts.topics.items():
            for term in terms:
                any_case = term == term.lower()
                flags = re.IGNORECASE if any_case else 0
                bounded = rf"(?<![\w-])(?:{term})(?![\w-])"
                if _PLAIN_TERM.fullmatch(term):
                    first = _FIRST_WORD.match(term).group().lower()  # type: ignore[union-attr]
                    self._by_first_word.setdefault(first, []).append((re.compile(bounded, flags), topic))
                else:
                    fast = re.compile(rf"(?:{term})(?![\w-])")
                    self._patterned.append(
                        (fast, re.compile(bounded, flags), topic) if any_case else (fast, fast, topic)
                    )

    def _trigger_matches(self, ctx: ScanContext) -> list[tuple[int, int, str]]:
        cached = ctx.memo.get(self)
        if cached is not None:
            return cached  # type: ignore[return-value]
        found = set()
        words = ctx.word_positions
        for first in self._by_first_word.keys() & words.keys():
            for position in words[first]:
                for regex, topic in self._by_first_word[first]:
                    m = regex.match(ctx.text, position)
                    if m:
                        found.add((m.start(), m.end(), topic))
        lowered = ctx.text.lower()
        same_length = len(lowered) == len(ctx.text)
        for fast, exact, topic in self._patterned:
            case_free = fast is not exact
            if case_free and not same_length:  # lower() changed offsets (rare letters): slow path
                found.update((m.start(), m.end(), topic) for m in exact.finditer(ctx.text))
                continue
            for m in fast.finditer(lowered if case_free else ctx.text):
                before = ctx.text[m.start() - 1] if m.start() else " "
                if not (before.isalnum() or before in "_-"):
                    found.add((m.start(), m.end(), topic))
        ordered = sorted(found)
        ctx.memo[self] = ordered
        return ordered

    def _scope(self, ctx: ScanContext, start: int, end: int) -> tuple[int, int]:
        s_start, s_end = ctx.sentence_at(start)
        return max(s_start, start - _WINDOW), min(s_end, end + _WINDOW)

    def ner_spans(self, ctx: ScanContext) -> list[tuple[int, int]]:
        return ctx.windows([(start, end) for start, end, _ in self._trigger_matches(ctx)], _WINDOW)

    def _looks_like_a_name(self, text: str) -> bool:
        words = text.split()
        return len(words) == 2 and all(
            _NAME_WORD.fullmatch(w) and w.lower() not in self._organisation_words for w in words
        )

    def _people_between(self, ctx: ScanContext, start: int, end: int) -> list[Entity]:
        opts = self.options
        people = [self._with_given_name(ctx, p) for p in ctx.entities_between(start, end, opts.entity_label)]
        for label in opts.person_like_labels:
            people.extend(
                e for e in ctx.entities_between(start, end, label) if self._looks_like_a_name(e.text)
            )
        return people

    def _with_given_name(self, ctx: ScanContext, person: Entity) -> Entity:
        """A one-word PERSON right after a capitalised word the model labelled otherwise ("Marta" as
        GPE, then "Kowalczyk" as PERSON) is one name: report the whole of it."""
        if " " in person.text:
            return person
        for other in ctx.entities:
            if (
                other.end + 1 == person.start
                and ctx.text[other.end] == " "
                and _NAME_WORD.fullmatch(other.text)
            ):
                return Entity(other.start, person.end, person.label, ctx.text[other.start : person.end])
        return person

    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        reported: set[tuple[int, int]] = set()
        for start, end, topic in self._trigger_matches(ctx):
            scope_start, scope_end = self._scope(ctx, start, end)
            for person in self._people_between(ctx, scope_start, scope_end):
                if (person.start, person.end) in reported:
                    continue
                reported.add((person.start, person.end))
                topic_words = topic.replace("_", " ")
                yield Hit(person.start, person.end, message=f"Named person with {topic_words} information")
