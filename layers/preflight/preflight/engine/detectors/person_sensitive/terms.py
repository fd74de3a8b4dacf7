"""The trigger terms of the person-fact rules: compiled once per rule, found in a draft cheaply."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from functools import lru_cache
from typing import NamedTuple, cast

from ahocorasick_rs import AhoCorasick

from preflight.engine.context import ScanContext
from preflight.engine.detectors.person_sensitive.literals import cover_words, required_literals
from preflight.engine.detectors.person_sensitive.names import CJK_CHAR, NAME_AFTER
from preflight.engine.detectors.pii.numbers import CJK
from preflight.engine.detectors.scout import first_char_scout, scouted_finditer

# Terms of letters (accented ones too: "licencié", "gekündigt"), apostrophes, spaces and hyphens are
# found through the draft's word index; the others are regular expressions run over the draft.
_PLAIN_TERM = re.compile(r"[^\W\d_](?:[^\W\d_]|['’ -])*")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# A term's parts that expand into plain words: an optional letter ("licenciée?"), a class of letters
# ("despedid[oa]"), a group of plain alternatives, optional or not ("(?:his|her|their) home").
_EXPANDABLE = re.compile(r"\(\?:([^()\\]*)\)(\?)?|\[([^\]\\^-]+)\](\?)?|(.)(\?)?", re.DOTALL)
_MAX_VARIANTS = 32
# The draft lower-cased, kept in ``ctx.memo`` under this key: every rule of the detector reads it.
LOWERED = "person_sensitive:lowered"

# A term's edges: not inside a word (a letter, digit or underscore, or a hyphen), where a CJK letter
# on either side of the edge ends a word. Written with a positive CJK class and case-sensitive
# (`(?-i:…)`), the same edges as "(?<![^\W{CJK}]|-)": a negated or case-folded class of these ranges
# costs Python's compiler 4-7x more, and every patterned term of every language compiles it twice
# (load_policy went from about 1.5 s to 5 s with the CJK edges added in round 7).
_CJK_LETTER = f"[{CJK}]"
TERM_START = rf"(?-i:(?={_CJK_LETTER})|(?<!\w|-)|(?<={_CJK_LETTER}))"
TERM_END = rf"(?-i:(?<={_CJK_LETTER})|(?!\w|-)|(?={_CJK_LETTER}))"
# A word's edges for word lists, "(?<![^\W{CJK}])" and "(?![^\W{CJK}])", written as above.
NOT_AFTER_WORD = rf"(?-i:(?<!\w)|(?<={_CJK_LETTER}))"
NOT_BEFORE_WORD = rf"(?-i:(?!\w)|(?={_CJK_LETTER}))"
# A term that opens with a run of digits ("[\d.,]+ € pro Monat") is tried at each position of the
# draft, and each try inside a long run of digits re-reads the rest of it: quadratic (a 20,000-digit
# draft took 1.4 s a term). A number is read from its first digit, so a try right after a digit, or
# after a separator that follows one ("1.5", "3,000"), fails at once: the try at the number's start
# reads it ("Smith,45 years old" still starts at "45"). Runs that may hold spaces are bounded in the
# terms themselves ("\d[\d  .,]{0,15}"): a try after a space is a number's start.
_OPENS_WITH_DIGITS = re.compile(r"(?:\(\?:)*(?:\\d|\[[^\]]*\\d)")
NUMBER_START = r"(?<!\d)(?<!\d[.,])"


class PatternedTerm(NamedTuple):
    fast: re.Pattern[str]  # run over the draft (lower-cased when the term is in any case)
    exact: re.Pattern[str]  # with its look-behind and case flag: where lower-casing moved offsets
    topic: str
    needs_digit: bool
    anchor: str | None  # a word the draft must hold for the term to match
    scout: re.Pattern[str] | None  # where ``fast`` may start (``first_char_scout``)

    def matches(self, text: str) -> Iterator[re.Match[str]]:
        """``fast.finditer(text)``: the same matches, found through the scout when there is one."""
        return scouted_finditer(self.fast, self.scout, text)


# Compiling a term's expressions is most of a policy load (their CJK edges make large character
# classes): a process that loads policies again (the tests, `rules diff`, an overlay reload) reuses
# them. Compiled patterns are immutable, so sharing them is safe.
@lru_cache(maxsize=4096)
def patterned_term(
    term: str, topic: str, any_case: bool, needs_digit: bool, anchor: str | None
) -> PatternedTerm:
    # A CJK neighbour ends a word: those scripts put no space between words. A term's own CJK letter
    # at its edge ends it too, whatever follows: digits are glued to CJK words ("年収1200万円").
    fast = re.compile(rf"(?:{term}){TERM_END}")
    exact = re.compile(rf"{TERM_START}(?:{term}){TERM_END}", re.IGNORECASE) if any_case else fast
    return PatternedTerm(fast, exact, topic, needs_digit, anchor, first_char_scout(fast))


@lru_cache(maxsize=4096)
def term_words(fast: str, case_free: bool) -> frozenset[str] | None:
    """Strings, in lower case, one of which the lower-cased draft holds wherever ``fast`` matches (in
    the lower-cased draft when ``case_free``, else in the draft itself); None when none are known.

    A term found in the draft is found in its lower-cased text with each of its characters lower-cased
    (``str.lower`` maps each character alone), except a capital sigma, whose lower case depends on
    its neighbours: a term whose strings hold one is run on every draft."""
    strings = required_literals(fast)
    if strings is None:
        return None
    if not case_free:
        if any("\u03a3" in s for s in strings):
            return None
        strings = frozenset(s.lower() for s in strings)
    return cover_words(strings)


# A literal word of a term, outside groups and classes, standing alone ("years" in "\\d{1,3} years
# old", "nagar" in "[A-Z][a-z]+ Nagar"): a draft without it cannot match the term.
_TERM_TOKEN = re.compile(r"\\.|\[(?:\\.|[^\]])*\]|[()]|[A-Za-z]+|.", re.DOTALL)


def anchor_word(term: str) -> str | None:
    tokens = _TERM_TOKEN.findall(term)
    depth = 0
    best: str | None = None
    for i, token in enumerate(tokens):
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        elif token == "|" and depth == 0:
            return None
        elif depth == 0 and token.isalpha() and len(token) >= 3:
            before = tokens[i - 1] if i else " "
            after = tokens[i + 1] if i + 1 < len(tokens) else " "
            # a colon ends a word too ("income: $5,400"), and so does a look-ahead that follows it
            # ("\\d{1,3} anni(?! di esperienza)", "\\d{1,3} år(?= och)": the word is still written whole)
            if (
                before in (" ", "-")
                and (
                    after in (" ", "-", ",", ":")
                    or (after == "(" and "".join(tokens[i + 2 : i + 4]) in ("?!", "?="))
                )
                and (best is None or len(token) > len(best))
            ):
                best = token.lower()
    return best


def plain_variants(term: str) -> list[str] | None:
    """The plain words ``term`` stands for, if it is no more than optional letters, letter classes and
    groups of plain alternatives (then it is found through the word index like a plain term)."""
    if CJK_CHAR.search(term):
        return None  # CJK words are glued to their neighbours: the word index does not hold them
    variants = [""]
    for m in _EXPANDABLE.finditer(term):
        group, group_optional, letters, letters_optional, char, char_optional = m.groups()
        if group is not None:
            choices = group.split("|") + ([""] if group_optional else [])
        elif letters is not None:
            choices = list(letters) + ([""] if letters_optional else [])
        else:
            if char in "\\.*+{}()[]|^$?":
                return None
            choices = [char, ""] if char_optional else [char]
        variants = [v + c for v in variants for c in choices]
        if len(variants) > _MAX_VARIANTS:
            return None
    if not all(_PLAIN_TERM.fullmatch(v) for v in variants):
        return None
    return variants


_REGEX_SYNTAX = frozenset("\\.^$*+?{}[]|()")


def runs_without_backtracking(term: str) -> bool:
    """Whether ``term`` is matched without a backtracking regular expression of its own: plain words,
    or a few plain variants (``plain_variants``), are escaped before they are compiled; a literal with
    no regular-expression syntax (a CJK word) is compiled as it is and cannot backtrack either."""
    return plain_variants(term) is not None or not _REGEX_SYNTAX.intersection(term)


def term_needs_digit(term: str) -> bool:
    """Whether every match of ``term`` holds a digit: a ``\\d`` outside any group and alternation."""
    depth = 0
    digit = False
    for i, ch in enumerate(term):
        if ch == "\\" and term[i + 1 : i + 2] == "d" and depth == 0:
            digit = True
        elif ch == "(" and (i == 0 or term[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and term[i - 1] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            return False
    return digit


class TriggerTerms:
    """A rule's trigger terms (``topics``), compiled once, and where they stand in a draft."""

    def __init__(
        self, topics: dict[str, list[str]], term_before_name_is_a_name: bool, words_no_name: set[str]
    ) -> None:
        self._term_before_name_is_a_name = term_before_name_is_a_name
        self._words_no_name = words_no_name
        # Terms that are plain words (or expand into a few: "licenciée?", "despedid[oa]") are found
        # through the draft's word index (their first word), then confirmed where they stand. Terms
        # with regular-expression syntax are run over the draft: a term holding a literal word
        # ("\\d{1,3} years old") only when the draft holds that word, one that needs a digit only
        # when the draft holds one; the others of a topic as one expression, so the draft is read
        # once per topic. Without look-behind and, for lower-case terms, on the lower-cased draft
        # without IGNORECASE: so the regex engine can skip ahead to a first character.
        self._by_first_word: dict[str, list[tuple[re.Pattern[str], str]]] = {}
        self._patterned: list[PatternedTerm] = []
        unanchored: dict[tuple[str, bool, bool], list[str]] = {}
        for topic, terms in topics.items():
            for term in terms:
                if _OPENS_WITH_DIGITS.match(term):
                    term = NUMBER_START + term
                any_case = term == term.lower()
                flags = re.IGNORECASE if any_case else 0
                variants = plain_variants(term)
                if variants is not None:
                    for variant in variants:
                        first = _FIRST_WORD.match(variant).group().lower()  # type: ignore[union-attr]
                        bounded = rf"(?<![\w-])(?:{re.escape(variant)})(?![\w-])"
                        self._by_first_word.setdefault(first, []).append((re.compile(bounded, flags), topic))
                elif (anchor := anchor_word(term)) is not None:
                    self._patterned.append(
                        patterned_term(term, topic, any_case, term_needs_digit(term), anchor)
                    )
                else:
                    unanchored.setdefault((topic, any_case, term_needs_digit(term)), []).append(term)
        for (topic, any_case, needs_digit), group in unanchored.items():
            combined = "|".join(f"(?:{term})" for term in group)
            self._patterned.append(patterned_term(combined, topic, any_case, needs_digit, None))
        # The words each patterned term cannot match without (``term_words``), found in the draft in
        # one pass: most drafts hold none of a term's words, and the term is not run there. (Read in
        # the lower-cased draft: only where it is as long as the draft, for a term the slow path
        # runs in any case over the draft itself.)
        words = [term_words(t.fast.pattern, t.fast is not t.exact) for t in self._patterned]
        every_word = sorted({w for needed in words if needed for w in needed})
        self._words: AhoCorasick | None = AhoCorasick(every_word) if every_word else None
        # The terms each word lets run (by its index in ``every_word``), the terms run on every draft,
        # and the terms in any case that need words, run on every draft that lower-casing lengthens.
        self._terms_of_word: list[list[int]] = [[] for _ in every_word]
        index = {w: i for i, w in enumerate(every_word)}
        for k, needed in enumerate(words):
            for w in needed or ():
                self._terms_of_word[index[w]].append(k)
        self._always = frozenset(k for k, needed in enumerate(words) if needed is None)
        self._in_any_case_with_words = frozenset(
            k
            for k, (t, needed) in enumerate(zip(self._patterned, words, strict=True))
            if needed and t.fast is not t.exact
        )

    def find(self, ctx: ScanContext, has_digit: bool) -> set[tuple[int, int, str]]:
        """Each term found in the draft: (start, end, topic)."""
        found: set[tuple[int, int, str]] = set()
        words = ctx.word_positions
        for first in self._by_first_word.keys() & words.keys():
            for position in words[first]:
                for regex, topic in self._by_first_word[first]:
                    m = regex.match(ctx.text, position)
                    if m and not self._starts_a_name(ctx.text, m.start(), m.end()):
                        found.add((m.start(), m.end(), topic))
        lowered = cast(str | None, ctx.memo.get(LOWERED))
        if lowered is None:
            lowered = ctx.memo[LOWERED] = ctx.text.lower()
        same_length = len(lowered) == len(ctx.text)
        patterned = self._patterned
        if self._words is None:
            running: Collection[int] = range(len(patterned))
        else:
            # the terms that need none of the words, and those that need one the draft holds: a term
            # needing only words the draft lacks has no match (``term_words``)
            running = set(self._always)
            for i in {i for i, _, _ in self._words.find_matches_as_indexes(lowered, overlapping=True)}:
                running.update(self._terms_of_word[i])
            if not same_length:
                running |= self._in_any_case_with_words  # run over the draft itself (below)
            running = sorted(running)
        for k in running:
            term = patterned[k]
            fast, exact, topic, needs_digit, anchor, _ = term
            if (needs_digit and not has_digit) or (anchor is not None and anchor not in words):
                continue
            case_free = fast is not exact
            if case_free and not same_length:  # lower() changed offsets (rare letters): slow path
                found.update((m.start(), m.end(), topic) for m in exact.finditer(ctx.text))
                continue
            for m in term.matches(lowered if case_free else ctx.text):
                before = ctx.text[m.start() - 1] if m.start() else " "
                # a term that opens with punctuation (", de 87 años") follows a word by design
                opens_a_word = ctx.text[m.start() : m.start() + 1].isalnum()
                glued = opens_a_word and ((before.isalnum() and not CJK_CHAR.match(before)) or before in "_-")
                if not glued or CJK_CHAR.match(ctx.text, m.start()):
                    found.add((m.start(), m.end(), topic))
        return found

    def _starts_a_name(self, text: str, start: int, end: int) -> bool:
        """Whether the term found at ``start:end`` is the first word of a name: written with a capital
        and followed by a capitalised word that may be a name ("Christian Müller")."""
        if not (self._term_before_name_is_a_name and text[start].isupper()):
            return False
        # a word the rule lists as no name ("Licenziamo", "Despedimos": a verb opening the sentence)
        if text[start:end].lower() in self._words_no_name:
            return False
        # An organisation's word after it is a name too ("Catholic Church"); a word that is no name
        # ("Meet", "Kollegin") is not.
        following = NAME_AFTER.match(text, end)
        return following is not None and following.group(1).lower() not in self._words_no_name
