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
    entity_label: str = "PERSON"
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
class PersonSensitiveDetector(Detector):
    name = "person_sensitive"
    Options = PersonSensitiveOptions
    uses_ner = True

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        opts: PersonSensitiveOptions = self.options  # type: ignore[assignment]
        self._organisation_words = {w.lower() for w in opts.organisation_words}
        # Terms that are plain words are found through the draft's word index (their first word),
        # then confirmed where they stand; the few terms with regular-expression syntax form one
        # expression. Both avoid scanning the draft with a hundred-way alternation.
        self._by_first_word: dict[str, list[tuple[re.Pattern[str], str]]] = {}
        patterned: dict[int, list[str]] = {0: [], re.IGNORECASE: []}
        self._topic_of_group: dict[str, str] = {}
        for index, (topic, terms) in enumerate(opts.topics.items()):
            for number, term in enumerate(terms):
                flags = re.IGNORECASE if term == term.lower() else 0
                bounded = rf"(?<![\w-])(?:{term})(?![\w-])"
                if _PLAIN_TERM.fullmatch(term):
                    first = _FIRST_WORD.match(term).group().lower()  # type: ignore[union-attr]
                    self._by_first_word.setdefault(first, []).append((re.compile(bounded, flags), topic))
                else:
                    # No look-behind here: it would be tried at every position of the draft. The
                    # left boundary is checked on each match instead.
                    group = f"t{index}_{number}"
                    self._topic_of_group[group] = topic
                    patterned[flags].append(f"(?P<{group}>(?:{term})(?![\\w-]))")
        self._patterned = [re.compile("|".join(g), f) for f, g in patterned.items() if g]

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
        for regex in self._patterned:
            for m in regex.finditer(ctx.text):
                before = ctx.text[m.start() - 1] if m.start() else " "
                if not (before.isalnum() or before in "_-"):
                    found.add((m.start(), m.end(), self._topic_of_group[m.lastgroup or ""]))
        ordered = sorted(found)
        ctx.memo[self] = ordered
        return ordered

    def _scope(self, ctx: ScanContext, start: int, end: int) -> tuple[int, int]:
        s_start, s_end = ctx.sentence_at(start)
        return max(s_start, start - _WINDOW), min(s_end, end + _WINDOW)

    def ner_spans(self, ctx: ScanContext) -> Iterator[tuple[int, int]]:
        for start, end, _topic in self._trigger_matches(ctx):
            yield self._scope(ctx, start, end)

    def _looks_like_a_name(self, text: str) -> bool:
        words = text.split()
        return len(words) == 2 and all(
            _NAME_WORD.fullmatch(w) and w.lower() not in self._organisation_words for w in words
        )

    def _people_between(self, ctx: ScanContext, start: int, end: int) -> list[Entity]:
        opts: PersonSensitiveOptions = self.options  # type: ignore[assignment]
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
