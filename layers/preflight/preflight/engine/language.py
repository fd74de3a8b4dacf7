"""Which languages a draft is written in, cheaply: a script-and-stop-word rule.

Detectors use the answer to load and consult a language's resources only for drafts that may be in
that language (the profanity lexicons: "retard" is a slur in English and a delay in French). The
rule is built to fail towards "any language", which consults everything, as the engine did before:

- A draft mostly in another script than Latin (CJK, Cyrillic...) is of unknown language: the Latin
  words inside it (names, code, an English swear word) may be anything.
- Each Latin word that is a stop word of some languages (``stopwords.py``) counts for each of them,
  as a fraction: a word of one language only counts 1, "de" (French, Spanish, Portuguese, Dutch) a
  quarter. A draft with less than ``MIN_EVIDENCE`` for every language (short, a list of names, a
  hashtag run) is of unknown language.
- Otherwise the draft may be in each language that scores at least ``MIN_EVIDENCE`` and
  ``MIXED_SHARE`` of the best one (a mixed draft lists several), and in English as soon as its stop
  words that the other languages found do not share score ``MIN_EVIDENCE``, however long the rest
  ("sorry not sorry" in a German draft; "is" and "we" in a Dutch draft are Dutch).
- Stop words inside addresses, file names and handles ("gmail.com", "acme.io") are no evidence.

English swearing is read in drafts of every language anyway (profanity.yaml marks it
``everywhere``); the answer decides whether its words that are ordinary words of the draft's
language ("tard", "retard") are read as English.

Cost: the words are the draft's ``word_positions`` (computed once per draft, shared with other
detectors); the rule is one dictionary look-up per distinct word, about 10-20 microseconds for a
post (tests/engine/test_language.py bounds it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from preflight.engine.stopwords import STOP_WORDS

# The languages the rule can tell apart; a resource of any other language is always consulted.
RECOGNISED: frozenset[str] = frozenset(STOP_WORDS)
# One stop word of one language only (or two shared by two languages) is evidence; less is not.
MIN_EVIDENCE = 1.0
# A second language of a mixed draft scores at least this share of the first.
MIXED_SHARE = 0.4
# Letters up to the end of Latin Extended-B are Latin script ("ß", "é", "ő", "ș").
_LAST_LATIN = "\u024f"
# A stop word right after one of these is part of an address, a file name or a handle.
_NOT_PROSE_BEFORE = frozenset("./@#_")
# How the draft's words are read when the caller has no word index: as ``ScanContext.word_positions``.
_WORD = re.compile(r"[^\W_]+")

# Each stop word and the weight it carries for each of its languages.
_WEIGHTS: dict[str, tuple[tuple[str, float], ...]] = {}
for _language, _words in sorted(STOP_WORDS.items()):
    for _word in _words:
        _WEIGHTS[_word] = (*_WEIGHTS.get(_word, ()), (_language, 1.0))
_WEIGHTS = {w: tuple((lang, 1.0 / len(ls)) for lang, _ in ls) for w, ls in _WEIGHTS.items()}


@dataclass(frozen=True, slots=True)
class DraftLanguages:
    """The languages a draft may be written in; none listed means unknown: any language."""

    codes: frozenset[str] = frozenset()
    # When unknown: the languages some stop word of the draft spoke for, too little to decide on
    # ("La porra del mundial" leans Spanish). Only ever used to keep a word that is ordinary in a
    # language the draft leans to and not in the word's own (a weak sign must not hide a finding
    # otherwise).
    leaning: frozenset[str] = frozenset()

    @property
    def known(self) -> bool:
        return bool(self.codes)

    def may_be(self, language: str) -> bool:
        """Whether a resource of ``language`` is to be consulted for this draft."""
        return not self.codes or language in self.codes or language not in RECOGNISED


UNKNOWN = DraftLanguages()


def detect_languages(text: str, words: Mapping[str, Sequence[int]]) -> DraftLanguages:
    """The draft's languages from its lower-cased words, each with its offsets in ``text``
    (``ScanContext.word_positions``)."""
    scores: dict[str, float] = {}
    # The stop words found: how often, and the weight each carries for each of its languages.
    matched: list[tuple[int, tuple[tuple[str, float], ...]]] = []
    # Only the draft's stop words are visited (a set intersection, not a loop over every word), in
    # the order the draft first uses them, as ``words`` lists them: the scores are the same sums,
    # added in the same order, to the last bit.
    for word in sorted(_WEIGHTS.keys() & words.keys(), key=lambda w: words[w][0]):
        positions = words[word]
        # A domain, an extension or a handle is no word of a language ("gmail.com", "acme.io").
        n = len(positions)
        for p in positions:
            if p and text[p - 1] in _NOT_PROSE_BEFORE:
                n -= 1
        if not n:
            continue
        weights = _WEIGHTS[word]
        matched.append((n, weights))
        for language, weight in weights:
            scores[language] = scores.get(language, 0.0) + n * weight
    if not scores:
        return UNKNOWN
    # Scripts without spaces (CJK) read as one long "word": weigh by length, not by count. An ASCII
    # draft has none.
    other = 0
    if not text.isascii():
        other = sum(len(p) * len(w) for w, p in words.items() if not w.isascii() and max(w) > _LAST_LATIN)
    if other and other > sum(
        len(p) * len(w) for w, p in words.items() if w.isascii() or max(w) <= _LAST_LATIN
    ):
        return UNKNOWN
    best = max(scores.values())
    if best < MIN_EVIDENCE:
        return DraftLanguages(leaning=frozenset(scores))
    floor = max(MIN_EVIDENCE, MIXED_SHARE * best)
    codes = {language for language, score in scores.items() if score >= floor}
    if "en" not in codes and _english_evidence(matched, codes) >= MIN_EVIDENCE:
        codes.add("en")
    return DraftLanguages(frozenset(codes))


def _english_evidence(matched: list[tuple[int, tuple[tuple[str, float], ...]]], codes: set[str]) -> float:
    """What speaks for English besides the draft's languages: its stop words that are not also
    theirs ("not", "the"; not "is" and "we" in a Dutch draft, nor "on" in a French one)."""
    evidence = 0.0
    for n, weights in matched:
        if all(language not in codes for language, _ in weights):
            evidence += sum(n * weight for language, weight in weights if language == "en")
    return evidence


def languages_of(text: str) -> DraftLanguages:
    """``detect_languages`` for a text on its own (tests, tools): its words read as the engine reads them."""
    positions: dict[str, list[int]] = {}
    for match in _WORD.finditer(text):
        positions.setdefault(match.group().lower(), []).append(match.start())
    return detect_languages(text, positions)
