"""The matching view of a draft, and the way back to the original's offsets.

Detectors match against ``NormalisedText.text``: Unicode NFKC, every default-ignorable code point
removed, combining marks dropped, common look-alike letters folded to ASCII and every decimal digit
of any script folded to its ASCII digit, so that ``pаypal`` with a Cyrillic ``а``, ``f\u200buck``
with a zero-width space, ``4111\u20621111...`` with an invisible operator and ``٤١١١`` in
Arabic-Indic digits read as what they look like. Every character of the view remembers which code
points of the original it came from, so a span found in the view maps back to exact offsets in the
text the client sent.

Most drafts are ASCII, and those are their own view: no copy, no index arrays.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# Code points that render as nothing (or are not meant to be seen) and so can split a word, a number
# or an address without changing how it looks: Unicode's Default_Ignorable_Code_Point (zero-width
# space and joiners, soft hyphen, bidi controls, invisible operators U+2061-2064, variation
# selectors, Hangul fillers, the tag characters U+E0000-E0FFF...) and every other format character
# (general category Cf: Arabic number signs, interlinear annotation controls...). Written out rather
# than derived at import, which costs 0.2 s of cold start to scan every code point; the union of
# Unicode 15.1's DerivedCoreProperties.txt and Cf, and tests/engine/test_text.py checks it against
# the running Python's unicodedata, so an interpreter with a newer Unicode fails loudly rather than
# letting new format characters through. Dropping ZWJ and variation selectors from emoji sequences
# is fine here: the view is for matching, and offsets still map to the original.
IGNORABLE_RANGES = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD),
    (0x070F, 0x070F), (0x0890, 0x0891), (0x08E2, 0x08E2), (0x115F, 0x1160), (0x17B4, 0x17B5),
    (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164),
    (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFFB), (0x110BD, 0x110BD),
    (0x110CD, 0x110CD), (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)  # fmt: skip
_INVISIBLE = "".join(chr(lo) if lo == hi else f"{chr(lo)}-{chr(hi)}" for lo, hi in IGNORABLE_RANGES)
# Combining marks (accents stacked on letters, variation selectors): dropped from the view.
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f"

# Look-alike letters from Cyrillic and Greek that are folded to the Latin letter they imitate
# (a subset of Unicode's confusables that covers what is typed to dodge filters).
_CONFUSABLES = {
    # Cyrillic lower case
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ӏ": "l", "ԛ": "q",
    "ԝ": "w", "ъ": "b", "ь": "b", "ү": "y", "һ": "h",
    # Cyrillic upper case
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "Ԁ": "D", "Ү": "Y", "Һ": "H",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H",
    "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}  # fmt: skip
_FOLD = str.maketrans(_CONFUSABLES)

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
# Decimal digits of other scripts (Arabic-Indic, Devanagari, Bengali...; NFKC folds only full-width
# and mathematical ones): each reads as its ASCII digit, one code point for one, so "٤١١١" is 4111 to
# every detector's checksum and shape rules. ``\d`` in a str pattern is any Unicode decimal digit; the
# ASCII ones it also matches never reach these checks except as NFKC output ("①"), and stay as they are.
_SPECIAL = re.compile(f"[{_INVISIBLE}{_COMBINING}{''.join(_CONFUSABLES)}\\d]")
_DROP = re.compile(f"[{_INVISIBLE}{_COMBINING}]")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """A draft's matching view. ``starts[i]``/``ends[i]`` give the original code points behind view
    character ``i``; both are ``None`` when the view is the original itself."""

    original: str
    text: str
    starts: list[int] | None = None
    ends: list[int] | None = None

    @property
    def is_identity(self) -> bool:
        return self.starts is None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the view span ``[start, end)`` to the original text's code-point offsets."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def normalise(original: str) -> NormalisedText:
    if original.isascii():
        return NormalisedText(original, original)

    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    changed = False
    position = 0

    def copy(a: int, b: int) -> None:
        if b > a:
            pieces.append(original[a:b])
            starts.extend(range(a, b))
            ends.extend(range(a + 1, b + 1))

    for run in _NON_ASCII_RUN.finditer(original):
        a, b = run.span()
        copy(position, a)
        position = b
        chunk = run.group()
        if unicodedata.is_normalized("NFKC", chunk):
            if not _SPECIAL.search(chunk):
                copy(a, b)
                continue
            # Normalised already: only invisible, combining, look-alike and digit characters need work.
            cursor = a
            for special in _SPECIAL.finditer(chunk):
                i = a + special.start()
                copy(cursor, i)
                cursor = i + 1
                changed = True
                out = _special(special.group())
                if out:
                    pieces.append(out)
                    starts.append(i)
                    ends.append(i + 1)
            copy(cursor, b)
            continue
        # Compatibility forms (full-width letters, ligatures, circled digits...): one code point
        # at a time, so that each output character keeps its source.
        changed = True
        for offset, ch in enumerate(chunk):
            if _DROP.match(ch):
                continue
            i = a + offset
            for out in unicodedata.normalize("NFKC", ch):
                out = _special(out) if _SPECIAL.match(out) else out
                if out:
                    pieces.append(out)
                    starts.append(i)
                    ends.append(i + 1)
    copy(position, len(original))

    if not changed:
        return NormalisedText(original, original)
    return NormalisedText(original, "".join(pieces), starts, ends)


def _special(ch: str) -> str:
    """What one character that ``_SPECIAL`` matches stands for in the view: nothing (invisible or
    combining), its ASCII digit, or the letter it imitates."""
    if _DROP.match(ch):
        return ""
    if _DIGIT.match(ch):
        return str(unicodedata.decimal(ch))
    return ch.translate(_FOLD)


class Utf16Offsets:
    """Code-point offsets to UTF-16 code-unit offsets (what JavaScript's string indices use).

    Built once per draft: the positions of astral characters (two UTF-16 units each), so each
    conversion is a binary search rather than a scan of the text before it."""

    def __init__(self, text: str) -> None:
        self._astral = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]

    def __call__(self, index: int) -> int:
        if not self._astral:
            return index
        return index + bisect.bisect_left(self._astral, index)


def token_start(text: str, position: int, reach: int) -> int:
    """Just after the last white space before ``position``, looking back at most ``reach`` characters
    (where a link or a host name that ends at ``position`` can start: the search stays bounded)."""
    low = max(0, position - reach)
    return max(
        low,
        text.rfind(" ", low, position) + 1,
        text.rfind("\n", low, position) + 1,
        text.rfind("\t", low, position) + 1,
    )


def longest_first(strings: Iterable[str]) -> str:
    """A regex alternation of the literal ``strings``, longest first: Python's regex takes the first
    alternative that matches, so "Dr." must come before "Dr" and "Frau Dr." before "Frau"."""
    return "|".join(sorted(map(re.escape, strings), key=len, reverse=True))


# Quotation marks, and what may stand outside a quotation next to them: an opening quote follows no
# letter or digit (not the apostrophe of "don't"), a closing quote is followed by none ("Kim's" is no
# closing quote).
_QUOTES = "'\"‘’“”„«»‚"
_OPENING_QUOTE = re.compile(rf"(?<![^\W_])[{_QUOTES}](?=\S)")
_CLOSING_QUOTE = re.compile(rf"(?<=\S)[{_QUOTES}](?![^\W_])")
# How far a quotation may reach either side of what it holds: a title, a line of a song or a book.
QUOTATION_REACH = 300


def inside_quotation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a quotation on its line: an opening quote before it and
    a closing quote after it, within ``QUOTATION_REACH`` characters ("'... ein Schild: streng
    vertraulich'", "“Bluebird, bluebird, through my window”")."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - QUOTATION_REACH)
    line_end = text.find("\n", end)
    line_end = min(end + QUOTATION_REACH, len(text) if line_end < 0 else line_end)
    # (searched up to one character into the span: what follows a quote tells which it is)
    opening = [m.start() for m in _OPENING_QUOTE.finditer(text, line_start, start + 1) if m.start() < start]
    if not opening:
        return False
    # the last opening quote before the span must not be closed before it
    if _CLOSING_QUOTE.search(text, opening[-1] + 1, start + 1) is not None:
        return False
    return _CLOSING_QUOTE.search(text, end, line_end) is not None


# A remote-login command and its options right before "user@host": "ssh deploy@build01.corp",
# "ssh -p 2222 admin@10.0.0.5", "sftp -i key.pem ops@files", "mosh dev@box". The "@" joins a login
# name to a host: no e-mail address, and the host stays a host.
_LOGIN_COMMAND_BEFORE = re.compile(
    r"(?<![\w-])(?:ssh|sftp|scp|mosh|rsync|telnet)"
    r"(?:[ \t]+-{1,2}[A-Za-z][\w-]*(?:[ \t]+[^\s@-][^\s@]*)?){0,4}[ \t]+\Z",
    re.IGNORECASE,
)


def after_login_command(text: str, user_start: int) -> bool:
    """Whether the user name of a "user@host" starting at ``user_start`` follows a login command."""
    return _LOGIN_COMMAND_BEFORE.search(text, max(0, user_start - 80), user_start) is not None
