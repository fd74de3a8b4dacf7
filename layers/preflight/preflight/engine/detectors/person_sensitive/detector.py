"""The person-fact detector: a trigger term (``terms``) and a named person (``people``) in one sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, NamedTuple, cast

from preflight.engine.context import ScanContext
from preflight.engine.detectors.base import Detector, register
from preflight.engine.detectors.person_sensitive.names import (
    AGE_AFTER,
    AGE_SIGN,
    CJK_NAME_CHAR,
    DEVANAGARI_CHAR,
    HAS_DIGIT,
    TITLE_LOOKBACK,
)
from preflight.engine.detectors.person_sensitive.options import PersonSensitiveOptions
from preflight.engine.detectors.person_sensitive.people import People
from preflight.engine.detectors.person_sensitive.terms import (
    NOT_AFTER_WORD,
    NOT_BEFORE_WORD,
    TriggerTerms,
)
from preflight.engine.findings import Hit
from preflight.engine.text import longest_first

# How far around a trigger NER reads when a "sentence" is very long (no punctuation).
_WINDOW = 300


class _LiveTrigger(NamedTuple):
    start: int
    end: int
    topic: str
    apposed: bool  # an age in apposition after a name: counts only for the person ending right there
    scope_start: int
    scope_end: int
    impersonal: re.Pattern[str] | None


# Titles used across languages ("Dr", "Mr"): a title of a rule is a sign of its language (see
# ``language_words``) only when it is not one of these.
_SHARED_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "prof"})
# How far before a trigger the words of ``impersonal_before`` are looked for (three words and the word).
_BEFORE_REACH = 80
# How many different ``mixed_draft_words`` make a draft of other languages one the rule reads too.
_MIXED_DRAFT_WORDS = 2
# The trigger of an age in apposition after a name (``names.AGE_AFTER``), reported as the "age" topic.
_APPOSED_AGE = "age after a name"
# The apposed ages of a draft, the same for every rule of this detector: computed by the first rule
# that asks, kept in ``ctx.memo`` under this key (the default policy has one rule per language).
_APPOSED_AGES = "person_sensitive:apposed ages"


def _apposed_ages(text: str) -> Iterator[re.Match[str]]:
    """``AGE_AFTER.finditer(text)``, tried only where a match can start. A match opens with ", 60",
    ",60" or "(42", or with a space right before "(42": at the start of a match of ``AGE_SIGN`` or one
    character before it. Tried there in order, from the end of the last match: the leftmost match
    each time, as ``finditer`` finds it (rather than trying ``AGE_AFTER`` at every space)."""
    position = 0
    for sign in AGE_SIGN.finditer(text):
        for start in (sign.start() - 1, sign.start()):
            if start >= position and (m := AGE_AFTER.match(text, start)) is not None:
                yield m
                position = m.end()
                break


@register
class PersonSensitiveDetector(Detector[PersonSensitiveOptions]):
    name = "person_sensitive"
    uses_ner = True

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        opts = self.options
        self._live_key = (self, "live")  # where ``_live_triggers`` keeps a draft's in ``ctx.memo``
        self._people = People(opts)
        self._terms = TriggerTerms(
            opts.topics,
            opts.capitalised_term_before_name_is_a_name,
            {w.lower() for w in opts.not_name_words},
        )
        # A title written with a full stop ends no sentence ("... Day: Dr. Amy Lin talks ..."): a
        # sentence that starts right after one is read with the sentence of the title.
        dotted = [t for t in opts.titles if t.endswith(".")]
        self._dotted_title_at_end: re.Pattern[str] | None = (
            re.compile(rf"(?<![^\W_])(?i:{longest_first(dotted)})\s*$") if dotted else None
        )
        # A title of the language ("Mme", "Sra.") is a sign of it too.
        self._language_words = (
            {w.lower() for w in opts.language_words}
            | {
                bare
                for bare in (t.lower().strip(".") for t in opts.titles)
                if len(bare) > 1 and bare.isalpha() and bare not in _SHARED_TITLES
            }
            if opts.language_words
            else set()
        )
        # A rule that reads no entities and has no titles of a Latin script finds people only through
        # its CJK name patterns (a name before a title suffix, after a title prefix, a surname at a
        # clause start), each of which needs a Han, kana or Hangul letter: a draft without one has no
        # one for its triggers to be about, so they are not looked for (most drafts, at no cost).
        self._names_need_cjk = not opts.read_entities and not opts.titles and not opts.devanagari_surnames
        # Likewise a rule whose only names are a Devanagari word before a Devanagari surname (Hindi:
        # ``People.between`` reads no entities, no titles or role nouns, no CJK names, no names linked to
        # the fact or before a relative pronoun, and no pronoun refers back to anyone): a draft without
        # a Devanagari letter has no one for its triggers to be about.
        self._names_need_devanagari = bool(opts.devanagari_surnames) and not (
            opts.read_entities
            or opts.titles
            or opts.role_nouns
            or opts.title_suffixes
            or opts.title_prefixes
            or opts.surnames
            or (opts.fact_links and opts.linked_topics)
            or opts.person_relatives
            or (opts.pronoun_subjects and opts.pronoun_topics)
        )
        self._mixed_draft_words = frozenset(w.lower() for w in opts.mixed_draft_words)
        # Where the model's entities are taken as they are (English), a run of names it missed before an
        # age in apposition is read too (``People.name_before_age``); the other rules read every run.
        self._names_from_age = opts.read_entities and not opts.trim_entities_to_names
        self._fiction: re.Pattern[str] | None = (
            re.compile(
                rf"{NOT_AFTER_WORD}(?:{longest_first(opts.fiction_words)}){NOT_BEFORE_WORD}", re.IGNORECASE
            )
            if opts.fiction_words
            else None
        )
        self._impersonal: dict[str, re.Pattern[str]] = {
            topic: re.compile(
                rf"{NOT_AFTER_WORD}(?:{'|'.join(map(re.escape, words))}){NOT_BEFORE_WORD}", re.IGNORECASE
            )
            for topic, words in opts.impersonal_words.items()
            if words
        }
        # personal words, escaped, and personal patterns, as written
        personal: dict[str, list[str]] = {}
        for topic, words in opts.personal_words.items():
            personal.setdefault(topic, []).extend(map(re.escape, words))
        for topic, patterns in opts.personal_patterns.items():
            personal.setdefault(topic, []).extend(patterns)
        self._personal: dict[str, re.Pattern[str]] = {
            topic: re.compile(
                rf"{NOT_AFTER_WORD}(?:{'|'.join(alternatives)}){NOT_BEFORE_WORD}", re.IGNORECASE
            )
            for topic, alternatives in personal.items()
            if alternatives
        }
        self._impersonal_before: dict[str, re.Pattern[str]] = {
            topic: re.compile(
                rf"{NOT_AFTER_WORD}(?:{'|'.join(map(re.escape, words))})(?:[ ,]+[^\s.!?;:]+){{0,3}}[ ,]+$",
                re.IGNORECASE,
            )
            for topic, words in opts.impersonal_before.items()
            if words
        }

    @property
    def required_words(self) -> frozenset[str] | None:
        """A rule with ``language_words`` reads no draft without one (``_trigger_matches``): the engine
        does not call it for such a draft at all."""
        return frozenset(self._language_words) if self._language_words else None

    def _trigger_matches(self, ctx: ScanContext) -> list[tuple[int, int, str]]:
        cached = ctx.memo.get(self)
        if cached is not None:
            return cached  # type: ignore[return-value]
        words = ctx.word_positions
        opts = self.options
        if (
            (
                opts.languages
                and not any(map(ctx.languages.may_be, opts.languages))
                and len(self._mixed_draft_words & words.keys()) < _MIXED_DRAFT_WORDS
            )
            or (self._language_words and not self._language_words & words.keys())
            or (self._names_need_cjk and not CJK_NAME_CHAR.search(ctx.text))
            or (self._names_need_devanagari and not DEVANAGARI_CHAR.search(ctx.text))
        ):
            ctx.memo[self] = []
            return []
        has_digit = HAS_DIGIT.search(ctx.text) is not None
        found = self._terms.find(ctx, has_digit)
        if has_digit:
            ages = cast(list[tuple[int, int, str]] | None, ctx.memo.get(_APPOSED_AGES))
            if ages is None:
                ages = ctx.memo[_APPOSED_AGES] = list(self._ages_after_names(ctx.text))
            found.update(ages)
        ordered = sorted(found)
        ctx.memo[self] = ordered
        return ordered

    @staticmethod
    def _ages_after_names(text: str) -> Iterator[tuple[int, int, str]]:
        """Ages in apposition after a word ending in a letter (a name's last letter): triggers that count
        only for the person ending right there (``detect``)."""
        for m in _apposed_ages(text):
            if m.start() and text[m.start() - 1].isalpha():
                yield m.start(), m.end(), _APPOSED_AGE

    def _scope(self, ctx: ScanContext, start: int, end: int) -> tuple[int, int]:
        s_start, s_end = ctx.sentence_at(start)
        # A trigger that runs on past its sentence's end was split by a full stop that ends none
        # ("zum 60. Geburtstag, liebe ..."): its sentence runs on with it.
        s_end = max(s_end, ctx.sentence_at(max(start, end - 1))[1])
        if (
            s_start
            and self._dotted_title_at_end is not None
            and self._dotted_title_at_end.search(ctx.text, max(0, s_start - TITLE_LOOKBACK), s_start)
        ):
            s_start = ctx.sentence_at(s_start - 1)[0]
        return max(s_start, start - _WINDOW), min(s_end, end + _WINDOW)

    def ner_spans(self, ctx: ScanContext) -> list[tuple[int, int]]:
        if not self.options.read_entities:
            return []
        # Only triggers that the draft's text alone does not already set aside need the model: most
        # drafts with a trigger word name no one or say it of no one ("our tonic cures arthritis").
        triggers = self._live_triggers(ctx)
        if not triggers:
            return []
        spans = [(t.start, t.end) for t in triggers]
        # the sentence a pronoun or a given name in the trigger's refers back to
        for t in triggers:
            start, topic = t.start, t.topic
            previous = self._people.previous_sentence_referred_to(ctx, start, topic)
            if previous is not None:
                spans.append((previous[0], previous[0] + 1))
        return ctx.windows(spans, _WINDOW)

    def _live_triggers(self, ctx: ScanContext) -> list[_LiveTrigger]:
        """The triggers the draft's text does not already set aside: not in fiction, not made
        impersonal in their sentence, not a product's claim or the reader's own data named before
        them. Decided without the model, so that only these need it (``ner_spans``)."""
        key = self._live_key
        cached = ctx.memo.get(key)
        if cached is not None:
            return cached  # type: ignore[return-value]
        live: list[_LiveTrigger] = []
        triggers = self._trigger_matches(ctx)
        if triggers and self._fiction is not None and self._fiction.search(ctx.text):
            triggers = []  # a story's character: no one's fact
        for start, end, trigger in triggers:
            apposed = trigger == _APPOSED_AGE
            topic = "age" if apposed else trigger
            scope_start, scope_end = self._scope(ctx, start, end)
            impersonal = self._impersonal.get(topic)
            personal = self._personal.get(topic)
            in_draft = topic in self.options.impersonal_in_draft
            impersonal_start, impersonal_end = (0, len(ctx.text)) if in_draft else (scope_start, scope_end)
            if (
                impersonal is not None
                and impersonal.search(ctx.text, impersonal_start, impersonal_end)
                and not (personal is not None and personal.search(ctx.text, scope_start, scope_end))
            ):
                continue
            before = self._impersonal_before.get(topic)
            impersonal_word = (
                before.search(ctx.text, max(scope_start, start - _BEFORE_REACH), start) if before else None
            )
            # "je salaris" is the reader's; "Wist je dat Ruben Smit €7.400 verdient" names whose it is
            # (not a name right after the word: "your Social Security number, date of birth")
            if impersonal_word is not None and not self._people.holds_name_run(
                ctx.text, ctx.text.find(" ", impersonal_word.start(), start) + 2, start
            ):
                continue
            live.append(_LiveTrigger(start, end, topic, apposed, scope_start, scope_end, impersonal))
        ctx.memo[key] = live
        return live

    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        live = self._live_triggers(ctx)
        if not live:
            return
        reported: set[tuple[int, int]] = set()
        for start, end, topic, apposed, scope_start, scope_end, impersonal in live:
            people = [
                # a street's name the model took for a person ("12 Birch Lane") is no one; a name
                # inside a trigger without a number is ("let Martin Keane go")
                p
                for p in self._people.between(ctx, scope_start, scope_end, (start, end), topic)
                if not (start <= p.start and p.end <= end and HAS_DIGIT.search(ctx.text, start, end))
            ] + self._people.pronoun_referent(ctx, (start, end), topic, impersonal)
            if apposed and self._names_from_age:
                named = self._people.name_before_age(ctx, scope_start, (start, end))
                if named is not None:
                    people.append(named)
            for person in people:
                if (
                    (person.start, person.end) in reported
                    or (
                        # the term is the person's own name ("Christian" is a first name too)
                        person.start <= start < person.end
                    )
                    or self._people.the_author(ctx.text, person)
                    or self._people.in_role(ctx.text, person, topic)
                    or (
                        # a first name and a last name right before the age ("Lyon (69)" is a département)
                        apposed and (person.end != start or " " not in person.text.strip())
                    )
                ):
                    continue
                reported.add((person.start, person.end))
                topic_words = topic.replace("_", " ")
                yield Hit(person.start, person.end, message=f"Named person with {topic_words} information")
