"""Keywords of regex patterns and the policy-wide prefilter that runs only the patterns they select.

A pattern's keywords are literal strings at least one of which occurs in every text it matches
(``ghp_``, ``glpat-``, ``akia``; gitleaks keeps the same field). One Aho-Corasick automaton over the
keywords of every regex rule reads the lower-cased draft once, and a pattern runs only when one of
its keywords occurs: with a hundred credential rules most drafts run none of them, so the cost per
draft hardly grows with the rule count. Patterns without a keyword run on every draft (keep those
few and cheap).

A pattern may ask for its keywords to be matched as written (``keywords_match_case``): Twilio's
account SIDs start "AC" and a hex digit, and "ace" or "accept" lower-cased hold the same letters; a
second automaton then reads the draft as written (only when the policy has such keywords).

A pattern states its keywords (``keywords: [...]``) or they are derived from the expression: the
longest literal that every match must contain, spelt out through small character classes and
alternations (``A[KS]IA`` gives ``akia`` and ``asia``). A wrong keyword hides the pattern; each rule's
``examples`` run through this prefilter (``preflight rules check``), so a wrong one fails there.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

# The parser of the standard library's re (public as sre_parse before 3.11; the project needs 3.11+).
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import TYPE_CHECKING, Any

from ahocorasick_rs import AhoCorasick

if TYPE_CHECKING:
    from preflight.engine.detectors.base import Detector
    from preflight.engine.detectors.patterns import RegexDetector

# Shorter keywords occur in too many drafts to select anything; a pattern with only such literals
# runs on every draft. Small classes and alternations are spelt out up to this many keywords.
MIN_KEYWORD_LENGTH = 3
# A character of a script written without spaces (Han, kana, Hangul) is a syllable or a word: two of
# them ("保证", "원금") select as few drafts as a short Latin word, so each counts for two letters.
_WIDE_SCRIPTS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_MAX_SPELLINGS = 16
_MAX_CLASS = 6

_C = sre_parse  # opcode names below: LITERAL, IN, BRANCH, SUBPATTERN, repeats, ...
_REPEATS = {str(op) for op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")}


def keyword_length(keyword: str) -> int:
    """How selective a keyword is, in Latin letters (see _WIDE_SCRIPTS)."""
    return len(keyword) + len(_WIDE_SCRIPTS.findall(keyword))


def _op(node: Any) -> str:
    return str(node)


def _best(candidates: list[set[str]]) -> set[str] | None:
    """The set of alternatives whose shortest member is longest (fewest spurious selections)."""
    usable = [c for c in candidates if c and min(map(keyword_length, c)) >= MIN_KEYWORD_LENGTH]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(keyword_length, c)), -len(c)))


def _sequence(items: Iterable[tuple[Any, Any]]) -> tuple[set[str] | None, list[set[str]]]:
    """(the spellings of the whole sequence when it is a fixed literal, or None; the required literal
    runs found in it, each a set of spellings)."""
    runs: list[set[str]] = []
    current: set[str] | None = {""}
    whole_fixed = True

    def close() -> None:
        nonlocal current
        if current and current != {""}:
            runs.append(current)
        current = {""}

    for op, arg in items:
        name = _op(op)
        pieces: set[str] | None = None
        if name == "LITERAL":
            pieces = {chr(arg).lower()}
        elif name == "IN":
            chars = [chr(a).lower() for o, a in arg if _op(o) == "LITERAL"]
            if len(chars) == len(arg) and len(set(chars)) <= _MAX_CLASS:
                pieces = set(chars)
        elif name == "SUBPATTERN":
            fixed, inner = _sequence(arg[-1])
            if fixed is not None:
                pieces = fixed
            else:
                runs.extend(inner)
        elif name == "BRANCH":
            alternatives = [_sequence(branch) for branch in arg[1]]
            if all(fixed is not None for fixed, _ in alternatives):
                pieces = set().union(*(fixed for fixed, _ in alternatives if fixed is not None))
            else:
                bests = [_best([*([f] if f else []), *inner]) for f, inner in alternatives]
                if all(b is not None for b in bests):
                    runs.append(set().union(*(b for b in bests if b is not None)))
        elif name in _REPEATS:
            low, _high, body = arg
            if low >= 1:
                runs.extend(_sequence(body)[1])
                fixed, _ = _sequence(body)
                if fixed:
                    runs.append(fixed)
        elif name in {"ASSERT", "ASSERT_NOT", "AT"}:
            continue  # zero-width: neither part of the literal nor a break in what must be there
        if pieces is None:
            whole_fixed = False
            close()
            continue
        combined = {a + b for a, b in itertools.product(current or {""}, pieces)}
        if len(combined) > _MAX_SPELLINGS:
            whole_fixed = False
            close()
            combined = pieces
        current = combined
    fixed = current if whole_fixed else None
    close()
    return fixed, runs


def derive_keywords(pattern: str) -> list[str] | None:
    """The literal keywords every match of ``pattern`` contains (lower-cased), or None when it has
    no literal long enough to select drafts."""
    try:
        parsed = sre_parse.parse(pattern)
    except Exception:
        return None
    fixed, runs = _sequence(list(parsed))
    best = _best([*([fixed] if fixed else []), *runs])
    return sorted(best) if best else None


def fold(text: str) -> str:
    """``text`` lower-cased with Turkish dotless and dotted i read as i: a case-insensitive regex
    matches "DIŞARI" for "dışarı", but "DIŞARI".lower() is "dişari" and "İ".lower() is "i" plus a
    combining dot, so keywords and drafts are folded alike (only which patterns run depends on it)."""
    return text.lower().replace("ı", "i").replace("\u0307", "")


class KeywordPrefilter:
    """One automaton over the keywords of a set of regex detectors, and of other detectors gated as a
    whole (``Detector.required_keywords``); ``select`` says which of their patterns can match a
    text, and which of the others can find anything in it."""

    def __init__(self, detectors: Sequence[RegexDetector], gated: Sequence[Detector[Any]] = ()) -> None:
        # Per case mode (False: matched in the lower-cased draft; True: as written), keyword -> the
        # patterns it selects ((detector, pattern index); a whole detector has the index None).
        targets: dict[bool, dict[str, list[tuple[Detector[Any], int | None]]]] = {False: {}, True: {}}
        self.pattern_count = 0
        self.always_count = 0
        for detector in detectors:
            for index, keywords in enumerate(detector.pattern_keywords):
                self.pattern_count += 1
                if not keywords:
                    self.always_count += 1
                    continue
                match_case = detector.pattern_keywords_match_case[index]
                for keyword in keywords:
                    key = keyword if match_case else fold(keyword)
                    targets[match_case].setdefault(key, []).append((detector, index))
        self.gated = frozenset(d for d in gated if d.required_keywords)
        for whole in self.gated:
            for keyword in whole.required_keywords or ():
                targets[False].setdefault(fold(keyword), []).append((whole, None))
        self.keywords = (*targets[False], *targets[True])
        self._scans = [
            (match_case, AhoCorasick(list(by_keyword)), list(by_keyword.values()))
            for match_case, by_keyword in targets.items()
            if by_keyword
        ]

    def select(self, text: str) -> dict[Detector[Any], set[int]]:
        """For each regex detector, the indexes of its keyword patterns whose keyword occurs in
        ``text``; each gated detector whose keywords occur, with no index."""
        plan: dict[Detector[Any], set[int]] = {}
        for match_case, automaton, targets in self._scans:
            read = text if match_case else fold(text)
            found = {index for index, _, _ in automaton.find_matches_as_indexes(read, overlapping=True)}
            for keyword_id in found:
                for detector, pattern_index in targets[keyword_id]:
                    selected = plan.setdefault(detector, set())
                    if pattern_index is not None:
                        selected.add(pattern_index)
        return plan
