"""The matching view of a draft, and the way back to the original's offsets.

Detectors match against ``NormalisedText.text``: Unicode NFKC, zero-width and other invisible
characters removed, combining marks dropped and common look-alike letters folded to ASCII, so that
``pаypal`` with a Cyrillic ``а`` or ``f\u200buck`` with a zero-width space read as what they look
like. Every character of the view remembers which code points of the original it came from, so a
span found in the view maps back to exact offsets in the text the client sent.

Most drafts are ASCII, and those are their own view: no copy, no index arrays.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

# Invisible characters used to split words without changing how they look: zero-width space,
# joiners, word joiner, BOM, soft hyphen, Mongolian vowel separator, bidi marks and isolates.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u200e\u200f\u202a-\u202e\u2066-\u2069"
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
_SPECIAL = re.compile(f"[{_INVISIBLE}{_COMBINING}{''.join(_CONFUSABLES)}]")
_DROP = re.compile(f"[{_INVISIBLE}{_COMBINING}]")


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
            # Normalised already: only invisible, combining and look-alike characters need work.
            cursor = a
            for special in _SPECIAL.finditer(chunk):
                i = a + special.start()
                copy(cursor, i)
                cursor = i + 1
                changed = True
                ch = special.group()
                if not _DROP.match(ch):
                    pieces.append(ch.translate(_FOLD))
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
            for out in unicodedata.normalize("NFKC", ch).translate(_FOLD):
                if _DROP.match(out):
                    continue
                pieces.append(out)
                starts.append(i)
                ends.append(i + 1)
    copy(position, len(original))

    if not changed:
        return NormalisedText(original, original)
    return NormalisedText(original, "".join(pieces), starts, ends)


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
