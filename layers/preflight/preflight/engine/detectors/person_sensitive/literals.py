"""The literal strings a trigger term cannot match without: read from the parsed expression.

A patterned term ("(?:had|has had|needs) an? (?:kidney |liver )?transplant", a topic's terms joined
into one alternation) is a regular expression the engine runs over the whole draft, a few µs each. Most
drafts hold none of the words any of its matches must hold ("transplant"): ``required_literals`` reads
those words from the expression as ``re`` itself parses it, and ``TriggerTerms`` runs the term only
on a draft that holds one of them (all the terms' words are looked for in one Aho-Corasick pass).

The claim made is only this: every match of the expression contains at least one of the strings
returned. Each step keeps it true:

- a sequence's match is its elements' matches one after the other: any stretch of consecutive
  elements with a finite set of matches (literals, small classes, optional or alternative literals,
  zero-width assertions) has one of that set's strings (their concatenations) in the match, and an
  element that must match something required (a group, a repeat at least once, an alternation) brings
  its own required strings;
- an alternation's match is one alternative's: the union of each alternative's required strings (an
  alternative with none makes the alternation have none);
- a substring of a required string is required too (``cover_words`` keeps the words of the strings);
- a change of case flag inside the expression ("(?i:...)", "(?-i:...)") gives up, unless what it holds
  matches only the empty string (a term's edge assertions).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# The parser the re module itself uses, read and not changed (as engine/detectors/scout.py reads it).
sre_parse: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")

# The most strings a stretch of the expression is expanded into ("(?:his|her|their) (?:house|flat)").
_MAX_STRINGS = 64
# The widest class expanded into its characters ("[oa]", "[sz]"), and the most repetitions ("a{1,3}").
_MAX_CLASS = 8
_MAX_REPEAT = 3
# Words of a required string that stand for it (``cover_words``), and the shortest string looked for:
# a shorter one ("$", "a ") is in most drafts, so a term that needs one is run on every draft.
_WORD = re.compile(r"[^\W\d_]{3,}")
MIN_LENGTH = 3
# A string this long is rare enough in prose: among such, the fewer strings the better.
_LONG = 6


def required_literals(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` (compiled without flags) contains; None when no
    such set is known."""
    parsed = sre_parse.parse(pattern, 0)
    if parsed.state.flags & re.IGNORECASE:
        return None  # a case flag written for the whole pattern: not read here
    found = _required(list(parsed))
    return None if found is None else frozenset(found)


def cover_words(strings: frozenset[str]) -> frozenset[str] | None:
    """A few strings, each a substring of some of ``strings``, such that each of ``strings`` contains
    one of them: the longest words (three letters or more) first, among those the ones that cover most
    strings, or the string itself where it has no such word. Every draft holding one of ``strings``
    holds one of these. None when one of them is shorter than ``MIN_LENGTH``."""
    candidates: dict[str, set[str]] = {}
    for string in strings:
        candidates.setdefault(string, set()).add(string)
        for m in _WORD.finditer(string):
            candidates.setdefault(m.group(), set()).add(string)
    chosen: set[str] = set()
    left = set(strings)
    while left:
        useful = sorted(c for c, covered in candidates.items() if not covered.isdisjoint(left))
        best = max(useful, key=lambda c: (min(len(c), _LONG), len(candidates[c] & left), len(c)))
        chosen.add(best)
        left -= candidates[best]
    return frozenset(chosen) if min(map(len, chosen)) >= MIN_LENGTH else None


def _score(strings: set[str]) -> tuple[int, int, int]:
    """How well a set of required strings tells drafts apart: long strings, few of them."""
    shortest = min(map(len, strings))
    return min(shortest, _LONG), -len(strings), shortest


def _required(sequence: list[tuple[Any, Any]]) -> set[str] | None:
    """The best set of strings one of which a match of ``sequence`` contains, or None."""
    candidates: list[set[str]] = []
    run: set[str] = {""}  # the strings the current stretch of finite elements matches

    def close() -> None:
        if "" not in run:
            candidates.append(run)

    for op, av in sequence:
        exact = _exact_item(op, av)
        if exact is not None and len(run) * len(exact) <= _MAX_STRINGS:
            run = {a + b for a in run for b in exact}
        else:
            close()
            run = {""} if exact is None else exact
        inner = _required_item(op, av)
        if inner is not None:
            candidates.append(inner)
    close()
    return max(candidates, key=_score) if candidates else None


def _required_item(op: Any, av: Any) -> set[str] | None:
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, body = av
        if add_flags or del_flags:
            return None
        return _required(list(body))
    if op is sre.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            inner = _required(list(alternative))
            if inner is None:
                return None
            union |= inner
        return union
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required(list(av[2]))
    return None


def _exact(sequence: list[tuple[Any, Any]]) -> set[str] | None:
    """Every string ``sequence`` can match (or more), when they are few; else None."""
    strings: set[str] = {""}
    for op, av in sequence:
        exact = _exact_item(op, av)
        if exact is None:
            return None
        strings = {a + b for a in strings for b in exact}
        if len(strings) > _MAX_STRINGS:
            return None
    return strings


def _exact_item(op: Any, av: Any) -> set[str] | None:
    if op is sre.LITERAL:
        return {chr(av)}
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return {""}  # zero-width: it matches no character
    if op is sre.IN:
        chars: set[str] = set()
        for item_op, item in av:
            if item_op is sre.LITERAL:
                chars.add(chr(item))
            elif item_op is sre.RANGE and item[1] - item[0] < _MAX_CLASS:
                chars.update(map(chr, range(item[0], item[1] + 1)))
            else:
                return None  # a negated class, a category, a wide range
        return chars if len(chars) <= _MAX_CLASS else None
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, body = av
        inner = _exact(list(body))
        if (add_flags or del_flags) and inner != {""}:
            return None
        return inner
    if op is sre.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            inner = _exact(list(alternative))
            if inner is None:
                return None
            union |= inner
        return union if len(union) <= _MAX_STRINGS else None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        inner = _exact(list(body))
        if inner is None or high > _MAX_REPEAT:
            return None
        union, power = set(), {""}
        for count in range(high + 1):
            if count >= low:
                union |= power
            power = {a + b for a in power for b in inner}
            if len(power) > _MAX_STRINGS:
                return None
        return union if len(union) <= _MAX_STRINGS else None
    return None
