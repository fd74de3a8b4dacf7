"""A first-character scout for a regular expression the regex engine would try at every position.

Python's regex engine skips ahead to a pattern's possible first characters only when the pattern
opens with a literal, a class, or alternatives that each open with a literal, all case-sensitive: a
term like "(?:is|was) terminal", a topic's terms joined into one alternation, or names of any case
("(?i:project falcon)|Bluebird") are tried at every position of the draft, each alternative in turn.
The scout opens with the class of the characters the pattern can start with and looks back to check
the pattern there (a 1-character look-behind holding a look-ahead): the engine skips to those
characters, and the pattern is matched in full only where the scout found it. Its class may hold more
characters than the pattern can start with (those are checked in full), never fewer.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any, cast

# The parser the re module itself uses (its public alias ``sre_parse`` is deprecated; typeshed has no
# stubs for the private module): read, not changed.
sre_parse: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
# Under a case-insensitive group a character also matches its other cases: the scout's class (itself
# case-sensitive, or the engine would not skip) holds the ASCII characters the group's class matches
# in any case, and the characters beyond ASCII it matches: those that fold onto ASCII letters (only
# these four, test_codename_scout checks: dotted and dotless I, the long s, the Kelvin sign), and
# when the class names a character beyond ASCII itself (an "é" has its "É"), every one beyond ASCII.
_ASCII = [chr(c) for c in range(128)]
FOLD_ONTO_ASCII = "\u0130\u0131\u017f\u212a"
_BEYOND_ASCII = r"\x80-\U0010ffff"


# A pattern's global inline flags ("(?i)" opening it): inside the scout's look-ahead they are written
# as a scoped group ("(?i:...)"), which Python accepts anywhere.
_GLOBAL_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))+")


def first_char_scout(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern that matches one character where ``pattern`` may start and matches there; None when
    the characters it may start with are not known (or it may match nothing at all). A pattern of any
    case (``re.IGNORECASE``, or "(?i)" opening it) gets a case-sensitive scout listing its first
    characters in every case, with the pattern itself read in any case inside the look-ahead."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    if parsed.getwidth()[0] == 0:
        return None
    any_case = bool(pattern.flags & re.IGNORECASE)
    items = _first_chars(list(parsed), any_case=any_case)
    if not items:
        return None
    if pattern.flags & (re.ASCII | re.LOCALE | re.VERBOSE):
        return None  # not scoped inside the look-ahead here: leave the pattern as it is
    opening = _GLOBAL_FLAGS.match(pattern.pattern)
    body = pattern.pattern[opening.end() :] if opening else pattern.pattern
    letters = "".join(c for c, flag in (("i", re.I), ("m", re.M), ("s", re.S)) if pattern.flags & flag)
    if letters:
        body = f"(?{letters}:{body})"
    flags = pattern.flags & ~(re.I | re.M | re.S)
    try:
        return re.compile(rf"[{''.join(sorted(items))}](?<=(?={body})[\s\S])", flags)
    except re.error:
        return None  # a back-reference or a condition on a group, which a look-behind cannot hold


def scouted_search(
    pattern: re.Pattern[str],
    scout: re.Pattern[str] | None,
    text: str,
    pos: int = 0,
    endpos: int | None = None,
) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)``, found through ``scout`` (``first_char_scout(pattern)``)
    if any: its look-ahead, like the pattern, reads no further than ``endpos``."""
    end = len(text) if endpos is None else endpos
    if scout is None:
        return pattern.search(text, pos, end)
    start = scout.search(text, pos, end)
    return None if start is None else pattern.match(text, start.start(), end)


def scouted_finditer(
    pattern: re.Pattern[str], scout: re.Pattern[str] | None, text: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that cannot match nothing, found through ``scout``."""
    if scout is None:
        yield from pattern.finditer(text)
        return
    position = 0
    while (start := scout.search(text, position)) is not None:
        match = cast(re.Match[str], pattern.match(text, start.start()))
        yield match
        position = match.end()


def _first_chars(sequence: list[tuple[Any, Any]], any_case: bool) -> set[str] | None:
    """The class items (as pattern text) a match of ``sequence`` can start with: those of its first
    element that cannot match nothing, and of the optional ones before it ("(?:has |had )?done" may
    open with "h" or "d"); for a sequence that may match nothing, those of its optional elements. None
    when unknown. ``any_case``: the sequence stands in a case-insensitive group."""
    union: set[str] = set()
    for op, av in sequence:
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # zero-width: the first character comes after it
        optional = False
        found: set[str] | None
        if op is sre.LITERAL:
            found = _in_any_case({re.escape(chr(av))}) if any_case else {re.escape(chr(av))}
        elif op is sre.IN:
            found = set()
            for item_op, item in av:
                if item_op is sre.LITERAL:
                    found.add(re.escape(chr(item)))
                elif item_op is sre.RANGE:
                    found.add(f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}")
                elif item_op is sre.CATEGORY and item in _CATEGORIES:
                    found.add(_CATEGORIES[item])
                else:
                    return None  # a negated class, or another category
            if any_case:
                found = _in_any_case(found)
        elif op is sre.SUBPATTERN:
            _, add_flags, del_flags, body = av
            if del_flags or add_flags & ~re.IGNORECASE:
                return None  # another flag, or case-sensitive again inside
            inner_any_case = any_case or bool(add_flags & re.IGNORECASE)
            found, optional = _first_chars(list(body), inner_any_case), body.getwidth()[0] == 0
        elif op is sre.BRANCH:
            found = set()
            for alternative in av[1]:
                opening = _first_chars(list(alternative), any_case)
                if opening is None:
                    return None
                found |= opening
            optional = any(alternative.getwidth()[0] == 0 for alternative in av[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, body = av
            found, optional = _first_chars(list(body), any_case), low == 0 or body.getwidth()[0] == 0
        else:
            return None
        if found is None:
            return None
        union |= found
        if not optional:
            return union
    return union


def _in_any_case(items: set[str]) -> set[str]:
    """Class items matching every character that ``items`` match case-insensitively (and maybe more)."""
    case_insensitive = re.compile(f"[{''.join(sorted(items))}]", re.IGNORECASE)
    found = {re.escape(c) for c in [*_ASCII, *FOLD_ONTO_ASCII] if case_insensitive.fullmatch(c)}
    # \w, \d, \s and their negations name the same characters in any case.
    if any(not item.isascii() for item in items):
        found.add(_BEYOND_ASCII)
    return found | {item for item in items if item in _CATEGORIES.values()}
