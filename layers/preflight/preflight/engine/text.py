"""The matching view of a draft, and the way back to the original's offsets.

Detectors match against ``NormalisedText.text``: Unicode NFKC, every default-ignorable code point
removed, combining marks dropped, common look-alike letters folded to ASCII in Latin words (not in
Cyrillic or Greek ones: see ``_native_letters``) and every decimal digit
of any script folded to its ASCII digit, Unicode's hyphens folded to ``-`` ("risk‑free" with a
non-breaking hyphen), so that ``pаypal`` with a Cyrillic ``а``, ``f\u200buck``
with a zero-width space, ``4111\u20621111...`` with an invisible operator and ``٤١١١`` in
Arabic-Indic digits read as what they look like. Words hidden by what is put between their letters
("C O N F I D E N T I A L", "c-u-r-e-s", "bl.ue.bi.rd") read as the word, and hidden dots as dots
("10[.]20[.]30[.]41", "bit . ly / x"): see ``_HIDDEN``. Every character of the view remembers which
code points of the original it came from, so a span found in the view maps back to exact offsets in
the text the client sent.

Most drafts are ASCII with nothing hidden, and those are their own view: no copy, no index arrays.
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
# Unicode's own hyphens, typed by phones and word processors inside words ("risk‑free" with a
# non-breaking hyphen, "clinically‐proven", a figure dash in "555‒0199"): read as the ASCII hyphen every
# rule, the tokenizer and the number readers know. Dashes between words or numbers (en, em) keep their
# meaning of a pause or a range.
_HYPHENS = {"\u2010": "-", "\u2011": "-", "\u2012": "-"}
_FOLD = str.maketrans({**_CONFUSABLES, **_HYPHENS})
# Look-alikes are folded only where they imitate Latin letters: in a word that mixes them with Latin
# letters ("pаypal" with a Cyrillic "а", "Сonfidential", "раураl.com"), and in a word made of
# look-alikes only ("ТОР") in a draft written mostly in Latin letters. A Cyrillic or Greek word
# ("позвони", "Ελλάδα", a host "привет.рф") stays as it is, so rules in those languages read it. A
# word here is a run of anything but white space: a host's Latin top-level domain makes its look-alike
# name a mixed word.
_LOOK_ALIKE = re.compile(f"[{''.join(_CONFUSABLES)}]")
_WORD_RUN = re.compile(r"\S+")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")
_CYRILLIC_GREEK_LETTER = re.compile(
    "[\u0370-\u03ff\u0400-\u052f\u1c80-\u1c8f\u1f00-\u1fff\u2de0-\u2dff\ua640-\ua69f]"
)

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
# Decimal digits of other scripts (Arabic-Indic, Devanagari, Bengali...; NFKC folds only full-width
# and mathematical ones): each reads as its ASCII digit, one code point for one, so "٤١١١" is 4111 to
# every detector's checksum and shape rules. ``\d`` in a str pattern is any Unicode decimal digit; the
# ASCII ones it also matches never reach these checks except as NFKC output ("①"), and stay as they are.
_SPECIAL = re.compile(f"[{_INVISIBLE}{_COMBINING}{''.join(_CONFUSABLES)}{''.join(_HYPHENS)}\\d]")
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
    # View spans of the words written spaced out or cut to hide them ("bl.ue.bi.rd" is "bluebird"):
    # a word so written was hidden on purpose, whatever its case.
    hidden_words: tuple[tuple[int, int], ...] = ()
    # The digits typed for letters inside words ("r1sk" reads "risk", see _LEET_GATE): (view offset,
    # the digit typed), for a reader that weighs the digits itself (``typed_digits``).
    digits_read: tuple[tuple[int, str], ...] = ()

    @property
    def typed_digits(self) -> str:
        """The view with the digits typed for letters as typed ("r1sk", not "risk"): the profanity
        detector reads a digit as any letter it may hide ("sh0t" is a masked "shit")."""
        if not self.digits_read:
            return self.text
        chars = list(self.text)
        for i, digit in self.digits_read:
            chars[i] = digit
        return "".join(chars)

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
        return _unleet(_unhidden(NormalisedText(original, original)))

    # What the view is made of, in order: a slice of the original copied as it is (a, b, None), or
    # one character of the original read as ``out`` (i, i + 1, out). Most drafts with non-ASCII
    # characters (emoji, accented words) need no change: their view is the original, and the
    # offset tables are built only for a view that differs from it.
    parts: list[tuple[int, int, str | None]] = []
    changed = False
    position = 0
    # The look-alike letters of Cyrillic and Greek words, which stay as they are (``_native_letters``).
    native = _native_letters(original) if _LOOK_ALIKE.search(original) else _NONE

    for run in _NON_ASCII_RUN.finditer(original):
        a, b = run.span()
        chunk = run.group()
        if unicodedata.is_normalized("NFKC", chunk):
            # Normalised already: only invisible, combining, look-alike and digit characters need work.
            for special in _SPECIAL.finditer(chunk):
                i = a + special.start()
                if i in native:
                    continue
                parts.append((position, i, None))
                position = i + 1
                changed = True
                parts.append((i, i + 1, _special(special.group())))
            continue
        # Compatibility forms (full-width letters, ligatures, circled digits...): one code point
        # at a time, so that each output character keeps its source.
        parts.append((position, a, None))
        position = b
        changed = True
        for offset, ch in enumerate(chunk):
            if _DROP.match(ch):
                continue
            i = a + offset
            for out in unicodedata.normalize("NFKC", ch):
                parts.append((i, i + 1, _special(out) if _SPECIAL.match(out) and i not in native else out))

    if not changed:
        return _unleet(_unhidden(NormalisedText(original, original)))
    parts.append((position, len(original), None))
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for a, b, read in parts:
        if read is None:
            if b > a:
                pieces.append(original[a:b])
                starts.extend(range(a, b))
                ends.extend(range(a + 1, b + 1))
        elif read:
            pieces.append(read)
            starts.extend([a] * len(read))
            ends.extend([b] * len(read))
    return _unleet(_unhidden(NormalisedText(original, "".join(pieces), starts, ends)))


_NONE: frozenset[int] = frozenset()


def _native_letters(original: str) -> set[int]:
    """The offsets of the look-alike letters that stay as they are: those of words written in Cyrillic
    or Greek. A word that mixes look-alikes with Latin letters (no fewer than its other Cyrillic or
    Greek letters) is folded, and so is a word of look-alikes only in a draft of mostly Latin letters."""
    native: set[int] = set()
    latin_draft: bool | None = None
    for word in _WORD_RUN.finditer(original):
        text = word.group()
        look_alikes = [m.start() for m in _LOOK_ALIKE.finditer(text)]
        if not look_alikes:
            continue
        latin = len(_LATIN_LETTER.findall(text))
        others = len(_CYRILLIC_GREEK_LETTER.findall(text)) - len(look_alikes)
        if latin and latin >= others:
            continue  # a Latin word typed with look-alikes
        if not others:  # look-alikes only: read as the draft's letters are
            if latin_draft is None:
                latin_draft = len(_LATIN_LETTER.findall(original)) > len(
                    _CYRILLIC_GREEK_LETTER.findall(original)
                )
            if latin_draft:
                continue
        native.update(word.start() + i for i in look_alikes)
    return native


def _special(ch: str) -> str:
    """What one character that ``_SPECIAL`` matches stands for in the view: nothing (invisible or
    combining), its ASCII digit, or the letter it imitates."""
    if _DROP.match(ch):
        return ""
    if _DIGIT.match(ch):
        return str(unicodedata.decimal(ch))
    return ch.translate(_FOLD)


# A word hidden from every detector by what is put between its letters, and a link or a host whose
# dots are hidden, read as written in the view (the offsets still map to the exact characters typed):
# - letters spaced out: single letters (Latin script, digits among them) with one space between
#   each, at least _MIN_SPACED letters ("C O N F I D E N T I A L", "g u a r a n t e e d"); an
#   address's "." and "@" may stand among them ("f e l i x . r o t h @ ..."). A wider gap parts two
#   words, read as one space ("O r i o n  X" is "Orion X"), and a word too short to join alone
#   joins next to one that does ("T O P  S E C R E T"). A run whose first letter may be a word
#   before the spelled one stays as it is ("this is a s h i t idea": see _first_letter);
# - letters joined by one repeated separator, a hyphen, a dot, an underscore, a middle dot or a bar
#   ("c-u-r-e-s", "s.e.c.r.e.t", "B_o_u_r_g"), or the same with spaces around it ("c - u - r - e"),
#   or a dot and a space ("C. O. N. F."): at least _MIN_JOINED letters, _MIN_SPACED for dots (what
#   initials and abbreviations are written with: "J.R.R.", "U.S.A.", "a.k.a." stay as they are);
# - a word cut by one separator into pieces of one or two letters, at least _MIN_CUT pieces
#   ("bl.ue.bi.rd"; French "a-t-il" has three);
# - a host's dots spaced out ("bit . ly / 3Hl...", "posteo . de": a space either side of the dot,
#   which a sentence's full stop never has, and a label of a top-level domain's length after it;
#   "moved from .local to .internal" names domains, and stays), and the path after it;
# - defanged dots and at signs ("10[.]20[.]30[.]41", "example(dot)com", "x [dot] y", "[@]") and
#   schemes ("hxxps[:]//").
# What must not join: a single letter or two among words ("il y a à faire", "Plan A B C", "a, b,
# c, d": a comma is no separator), Korean and other scripts (only Latin letters join), digits alone
# (the number detectors read their own groupings), a host or an address whose labels are short
# ("x.co.uk/...", "a.b.cd@..."). The profanity detector still reads runs too short to join ("a s s").
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_L = f"[{_LATIN}]"
_LD = f"[0-9{_LATIN}]"
_MIN_SPACED = 4
# Letters that are words of their own in lower case (English, French, Spanish, Italian, Portuguese,
# Polish...).
_LONE_LETTER_WORDS = frozenset("aioeyuàèéó")
_MIN_JOINED = 3
_MIN_CUT = 4
_CUT_SEPARATORS = "-._\u00b7\u2022\u2027\u2219|"
# A defanged dot ("[.]", "(dot)", "{ . }"), and a dot with a space either side (which a full stop
# never has) before a label of a top-level domain's length or a number ("bit . ly", "10 . 0 . 12").
_DEFANGED_DOT = r" ?(?:\[ ?(?:\.|(?i:dot)) ?\]|\( ?(?:\.|(?i:dot)) ?\)|\{ ?(?:\.|(?i:dot)) ?\}) ?"
_SPACED_DOT = r" \. (?=(?:[a-z]{2,6}|[0-9]{1,3})(?![\w-]))"
_LOOSE_DOT = re.compile(f"{_DEFANGED_DOT}|{_SPACED_DOT}")
# The top-level domains a host with one spaced-out dot and no path must end with to read as a host:
# common generic ones, shorteners' and internal ones, and countries' that are no word of a language
# ("merci . de rien", "c'est . top" are sentences).
_TOP_LEVEL_DOMAINS = frozenset({
    "com", "net", "org", "io", "ly", "gl", "gd", "cc", "ws", "uk", "fr", "nl", "pl", "ch", "dk", "fi",
    "eu", "ru", "cn", "jp", "br", "au", "ca", "xyz", "biz", "corp", "internal", "lan", "intranet",
})  # fmt: skip
# An address with its dots spaced out ("anna . berg @ posteo . de", "jan.kos @ mail .com": a space
# before a dot, which a full stop never has) is an address: a label of letters, digits, "_" and "-"
# either side of each dot, and the address's top-level
# domain one that addresses end with (no "merci @ toi . de rien": a sentence has no at sign there);
# a local part of one label needs its "@" glued to a side (no "Ping me @ lunch . it was fun").
_ADDRESS_LABEL = r"[A-Za-z0-9](?:[\w-]{0,62}[A-Za-z0-9])?"
_ADDRESS_DOMAINS = _TOP_LEVEL_DOMAINS | frozenset({
    "me", "de", "it", "es", "se", "no", "at", "be", "info", "co", "app", "dev", "ai", "us", "mx", "ar",
    "cz", "pt", "gr", "tr", "in", "kr", "ie", "nz", "sk", "hu", "ro", "edu", "gov", "mail",
})  # fmt: skip
_HIDDEN = re.compile(
    # letters with a separator and spaces, or a dot and a space, between them
    rf"(?P<gapped>(?<![^\W_]){_L}(?P<gap> [{_CUT_SEPARATORS}] |[.\u00b7] )(?:{_L}(?P=gap))+{_L}(?![^\W_]))"
    # letters (and an address's dots and at signs) spaced out
    rf"|(?P<spaced>(?<![^\W_]){_L}(?: (?:{_LD}(?![^\W_])|[.@](?= {_LD}(?![^\W_]))))+)"
    # letters, or pieces of one or two letters, joined by one separator
    rf"|(?P<cut>(?<![^\W_]|[.@/:_-]){_L}{{1,2}}(?P<sep>[{_CUT_SEPARATORS}]){_L}{{1,2}}(?:(?P=sep){_L}{{1,2}})+"
    rf"(?!(?P=sep)?[^\W_]|@|:?/))"
    # an e-mail address with its dots (and at sign) spaced out
    rf"|(?P<address>(?<![^\W_.@]){_ADDRESS_LABEL}(?:(?: \. ?|\.){_ADDRESS_LABEL})* ?@ ?{_ADDRESS_LABEL}"
    rf"(?:(?: \. ?|\.){_ADDRESS_LABEL})*(?: \. ?|\.)(?P<tld>[a-z]{{2,6}})(?![\w-]))"
    # a host with a dot defanged or spaced out, and the path after it
    rf"|(?P<host>(?<![^\W_./])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9][A-Za-z0-9-]*)*"
    rf"(?:(?:{_DEFANGED_DOT}|{_SPACED_DOT})[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9][A-Za-z0-9-]*)*)+"
    r"(?P<path> ?/ ?[A-Za-z0-9][\w\-.~?=&%#+/]*)?)"
    # defanged at signs and colons, and schemes
    r"|(?P<at>(?<=[^\W_]) ?(?:\[@\]|\(@\)) ?(?=[^\W_]))"
    r"|(?P<colon>(?<=[A-Za-z])\[:\](?=//))"
    r"|(?P<scheme>(?<![^\W_])h(?:xx|XX)ps?(?=(?:\[:\]|:)//))"
)


# What every text ``_HIDDEN`` finds holds (searched in the text after one space): three single letters
# spaced out, a separator with spaces between letters, a dot after a space; a piece of one or two letters
# between two separators, a dot and a space after single letters; a defanged dot, at sign or colon; a
# defanged scheme. Each search starts with a character the regex engine skips to: most drafts hold
# none, and these few searches are all they cost (one alternation of them, like ``_HIDDEN`` whose
# branches start with a look-behind, tries every branch at every position: ten times slower).
_SEP = f"[{_CUT_SEPARATORS}]"
_GATES = (
    re.compile(rf" (?:[^\W\d_] [^\W\d_] [^\W\d_](?![^\W_])|{_SEP} [^\W\d_] {_SEP} |\. ?[a-z0-9])"),
    re.compile(rf"{_SEP}(?:[^\W\d_]{{1,2}}{_SEP}[^\W\d_]| [^\W\d_][.\u00b7] [^\W\d_][.\u00b7] )"),
    re.compile(r"[\[({] ?(?:[.@:]|[dD][oO][tT])"),
    re.compile(r"[hH][xX][xX]"),
)


def _unhidden(view: NormalisedText) -> NormalisedText:
    """``view`` with the hidden words and dots of ``_HIDDEN`` read as written: one cheap search when
    there are none (most drafts), and the view itself."""
    text = view.text
    spaced = f" {text}"
    if not any(gate.search(spaced) for gate in _GATES):
        return view
    first = _HIDDEN.search(text)
    if first is None:
        return view
    edits, words = _edits(text, first.start())
    if not edits:
        return view
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    inner_starts, inner_ends = view.starts, view.ends
    position = 0

    def copy(a: int, b: int) -> None:
        if b <= a:
            return
        pieces.append(text[a:b])
        if inner_starts is None or inner_ends is None:
            starts.extend(range(a, b))
            ends.extend(range(a + 1, b + 1))
        else:
            starts.extend(inner_starts[a:b])
            ends.extend(inner_ends[a:b])

    for a, b, out in edits:
        copy(position, a)
        position = b
        if not out:
            continue
        pieces.append(out)
        if len(out) == b - a:  # one for one ("xx" read "tt")
            for i in range(a, b):
                starts.append(i if inner_starts is None else inner_starts[i])
                ends.append(i + 1 if inner_ends is None else inner_ends[i])
        else:  # one for several ("[.]" read ".")
            start = a if inner_starts is None else inner_starts[a]
            end = b if inner_ends is None else inner_ends[b - 1]
            starts.extend([start] * len(out))
            ends.extend([end] * len(out))
    copy(position, len(text))
    # Where each hidden word stands once the characters before it are removed or replaced: both
    # lists are in text order, so one walk through the edits (a draft may hold thousands of each).
    hidden = []
    removed = 0  # characters the edits before ``i`` removed
    i = 0
    for a, b in words:
        while i < len(edits) and edits[i][0] < a:
            removed += edits[i][1] - edits[i][0] - len(edits[i][2])
            i += 1
        start = a - removed
        while i < len(edits) and edits[i][0] < b:
            removed += edits[i][1] - edits[i][0] - len(edits[i][2])
            i += 1
        hidden.append((start, b - removed))
    return NormalisedText(view.original, "".join(pieces), starts, ends, tuple(hidden))


def _edits(text: str, start: int) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """What ``_HIDDEN`` finds from ``start`` on, as (start, end, replacement) in draft order: the
    characters between a hidden word's letters removed, a defanged dot read as one; and the spans
    of the hidden words."""
    edits: list[tuple[int, int, str]] = []
    words: list[tuple[int, int]] = []
    gaps: set[tuple[int, int, str]] = set()
    short: list[tuple[int, int]] = []  # spelled words too short to join alone
    position = start
    while (match := _HIDDEN.search(text, position)) is not None:
        kind = match.lastgroup
        first = "word"
        a, b = match.span()
        found = match.group()
        before = len(edits)
        position = b
        if kind == "gapped":
            gap = match.group("gap")
            letters = (len(found) + len(gap)) // (len(gap) + 1)
            if letters >= _MIN_SPACED:
                edits.extend((i, i + len(gap), "") for i in range(a + 1, b, len(gap) + 1))
        elif kind == "spaced":
            first = _first_letter(found)
            if first == "apart":
                a += 2  # "a C O N F I D E N T I A L": the word is the letters after the article
                found = found[2:]
            if first != "either" and sum(ch.isalpha() for ch in found) >= _MIN_SPACED:
                edits.extend((i, i + 1, "") for i in range(a + 1, b, 2))
        elif kind == "cut":
            separator = match.group("sep")
            chunks = found.split(separator)
            if len(chunks) >= _MIN_CUT or (
                max(map(len, chunks)) == 1
                and len(chunks) >= (_MIN_SPACED if separator == "." else _MIN_JOINED)
            ):
                edits.extend((a + i, a + i + 1, "") for i, ch in enumerate(found) if ch == separator)
        elif kind == "address":
            at = found.index("@")
            # One word, a spaced "@" and a spaced full stop is a sentence ("Ping me @ lunch . it was
            # fun"): a local part of one label reads as an address only with its "@" glued to a side.
            prose = found[at - 1 : at] == " " and found[at + 1 : at + 2] == " " and "." not in found[:at]
            if prose or " ." not in found or match.group("tld") not in _ADDRESS_DOMAINS:
                position = a + 1
                continue
            edits.extend((i, i + 1, "") for i in range(a, b) if text[i] == " ")
        elif kind == "host":
            host_end = match.start("path") if match.group("path") else b
            dots = list(_LOOSE_DOT.finditer(found, 0, host_end - a))
            if not _reads_as_host(text[a:host_end], dots, bool(match.group("path"))):
                position = a + 1
                continue
            edits.extend((a + d.start(), a + d.end(), ".") for d in dots)
            edits.extend((i, i + 1, "") for i in range(host_end, b) if text[i] == " ")
        elif kind == "scheme":
            edits.append((a + 1, a + 3, "tt"))
        else:
            edits.append((a, b, {"at": "@", "colon": ":"}[kind or ""]))
        if kind == "spaced" and first == "either":
            continue  # no letter of the run starts a word, not even the second ("a s h i t")
        if kind in ("gapped", "spaced", "cut") and len(edits) == before:
            # Too short to be a word: what it holds may start one ("x c-u-r-e-s"), and a spelled word
            # next to it may make it one ("T O P  S E C R E T").
            if kind == "spaced" and not (short and short[-1][1] > a):
                short.append((a, b))
            position = match.start() + 1
        elif kind in ("gapped", "spaced", "cut"):
            words.append((a, b))
            if kind != "cut":
                # The wider gap that parts two spelled words is one space ("S T R I C T L Y  C O N F...",
                # "O r i o n  X" read "STRICTLY CONFIDENTIAL", "Orion X").
                gaps.update(_wide_gaps(text, a, b))
    if short and words:
        _join_short_neighbours(text, short, words, edits, gaps)
    if gaps:
        edits = sorted(set(edits) | gaps)
    return edits, words


def _join_short_neighbours(
    text: str,
    short: list[tuple[int, int]],
    words: list[tuple[int, int]],
    edits: list[tuple[int, int, str]],
    gaps: set[tuple[int, int, str]],
) -> None:
    """Join the spelled words too short to join alone ("T O P", "U S E") in a chain of spelled words,
    each two or three spaces from the next, that holds a joined one: "T O P  S E C R E T", "F O R
    I N T E R N A L  U S E". One walk through the words in text order."""
    chain: list[tuple[int, int]] = []  # the short words of the current chain
    joined = False  # whether the current chain holds a joined word
    end = -10
    for a, b, is_short in sorted([(a, b, False) for a, b in words] + [(a, b, True) for a, b in short]):
        if not _wide_apart(text, end, a):
            if joined:
                _join(text, chain, words, edits, gaps)
            chain, joined = [], False
        if is_short:
            chain.append((a, b))
        else:
            joined = True
        end = b
    if joined:
        _join(text, chain, words, edits, gaps)
    words.sort()
    edits.sort()


def _join(
    text: str,
    spelled: list[tuple[int, int]],
    words: list[tuple[int, int]],
    edits: list[tuple[int, int, str]],
    gaps: set[tuple[int, int, str]],
) -> None:
    for a, b in spelled:
        words.append((a, b))
        edits.extend((i, i + 1, "") for i in range(a + 1, b, 2))
        gaps.update(_wide_gaps(text, a, b))


def _wide_apart(text: str, end: int, start: int) -> bool:
    return 2 <= start - end <= 3 and end >= 0 and text[end:start].isspace()


def _reads_as_host(host: str, dots: list[re.Match[str]], path: bool) -> bool:
    """Whether a word, a loose dot and a label are a host rather than a sentence spaced around its
    full stop ("done . the end"): a defanged dot, a path after it, a number of three labels or
    more ("10 . 0 . 12 . 9"), or a top-level domain that hosts end with ("bit . ly", "acme . corp")."""
    if path or any(d.group().strip() != "." for d in dots) or host.count(".") >= 2:
        return True
    return host.rsplit(".", 1)[-1].strip() in _TOP_LEVEL_DOMAINS


def _wide_gaps(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The two or three spaces before ``start`` and after ``end``, between words, less one space."""
    found = []
    before = start
    while before > 0 and text[before - 1] == " ":
        before -= 1
    if 2 <= start - before <= 3 and before > 0 and not text[before - 1].isspace():
        found.append((before + 1, start, ""))
    after = end
    while after < len(text) and text[after] == " ":
        after += 1
    if 2 <= after - end <= 3 and after < len(text) and not text[after].isspace():
        found.append((end + 1, after, ""))
    return found


def _first_letter(run: str) -> str:
    """How the first letter of a run of spaced letters reads: "word" when it starts the spelled word
    ("O r i o n", "I N T E R N A L"), "apart" when it is a word of its own before it (a letter that
    is a word in lower case before capitals: "a C O N F I D E N T I A L memo"), "either" when it may
    be both (a letter that is a word before letters of its case: "this is a s h i t idea" and "a r s
    c h", "I g u a r a n t e e" and "I d i o t"). Such a run is left as it is: no reading is the
    likelier one, and the profanity detector reads it both ways."""
    first, second = run[0], run[2]
    if not second.isalpha() or not (first in _LONE_LETTER_WORDS or first == "I"):
        return "word"
    if first == "I":
        return "either" if second.islower() else "word"
    return "apart" if second.isupper() else "either"


# Digits typed for letters inside a word of letters ("r1sk-fr3e", "gu4r4nt33d", "m0ney", "c4sh"): the
# view reads the letter, one character for one. Only digits that look like one letter each (3 e, 4 a,
# 0 o, 5 s, 7 t; 1 an l between b, c, f, g, k, p or s and a vowel, an i after any other consonant;
# "11" ll), and only a run of one or two between letters:
# - numbers, units, versions and model names keep their digits: a digit at a word's edge ("3x",
#   "10k", "4G", "Web3", "mp3", "COVID-19", "fr33"), a word with a digit that is no letter ("B2B",
#   "H2O", "x86", "i18n", "k8s"), a word of fewer than three letters ("a1c", "p0p"), one with as many
#   digits as letters, a mixed-case one ("aB3dE", "HbA1c": codes, ids, tokens), an IBAN's start;
# - "1" after a vowel ("he1p", "ga1n") may be an l as well as an i: it stays;
# - symbols ("cr@p", "ri$k") stay: a word bleeped with a symbol is read by the profanity detector
#   as bleeped, which says more than the word. That detector reads the digits as typed too
#   (``NormalisedText.typed_digits``): to it a digit may hide any letter ("sh0t");
# - a word longer than any word so typed (15 characters: "AKIAIOSFODNN7EXAMPLE", "JBSWY3DPEHPK3PXP" are
#   keys), or one inside a host, an address or a path ("w3schools.com", "j0hn@x.io", "/r3f"), or after a
#   credential's key ("password: s3cr3t", "pwd=p4ss7word"): the secret, e-mail and link detectors read
#   those characters as typed.
# Most drafts hold no digit before a letter: one search of _LEET_HINT is all they cost.
_LEET_GATE = re.compile(r"(?<=[A-Za-z])[013457]{1,2}(?=[A-Za-z])")
# What every text the gate finds holds, and the regex engine skips to fast (a search that starts with
# a look-behind tries every position: ten times slower).
_LEET_HINT = re.compile(r"[013457][013457]?[A-Za-z]")
_LEET_TOKEN = re.compile(r"[0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+")
_LEET_LETTERS = {"0": "o", "3": "e", "4": "a", "5": "s", "7": "t"}
_VOWELS = frozenset("aeiouyAEIOUY")
_L_CLUSTERS = frozenset("bcfgkpsBCFGKPS")
_MAX_LEET_TOKEN = 15
# An account number's start (a country, two check digits: "NL44RABO..."), read by the IBAN detector.
_IBAN_START = re.compile(r"[A-Z]{2}[0-9]{2}")
# Words of prose joined by hyphens between white space, with a sentence's punctuation at either end.
_PROSE_CHUNK = re.compile(
    "[([{\"'\u201c\u2018\u00ab\u00bf\u00a1*#]*"
    "(?P<words>[0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+(?:-[0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+)*)"
    "[)\\]}\"'\u201d\u2019\u00bb,;:!?.*]*"
)
_SPACE = re.compile(r"\s")
# A credential's key in the words before ("my password is", "Passwort ist", "token"), a key right
# before ("code: ", "user: "), or a value's colon or equals sign ("x=", "y:"; a colon and a space end a
# heading in prose: "New: ...").
_CREDENTIAL_BEFORE = re.compile(
    r"(?i:pass|pwd|kennwort|senha|contrase|has[l\u0142]o|wachtwoord|token|secret|pin\b)"
    r"|(?i:key|code|user(?:name)?|login|id)\s*:\s*[\"'`]?\Z|=\s*[\"'`]?\Z|:[\"'`]?\Z"
    r"|\u5bc6\u7801|\u30d1\u30b9\u30ef\u30fc\u30c9|\ube44\ubc00\ubc88\ud638"
)
_CREDENTIAL_REACH = 40


def _unleet(view: NormalisedText) -> NormalisedText:
    """``view`` with the digits typed for letters inside words read as the letters (see _LEET_GATE)."""
    text = view.text
    hint = _LEET_HINT.search(text)
    if hint is None:
        return view
    edits: list[tuple[int, str]] = []
    position = hint.start()
    while (gate := _LEET_GATE.search(text, position)) is not None:
        token = _LEET_TOKEN.search(text, max(0, gate.start() - _MAX_LEET_TOKEN))
        while token is not None and token.end() < gate.start():
            token = _LEET_TOKEN.search(text, token.end())
        if token is None:  # pragma: no cover - the gate's digit is a token character
            break
        position = token.end()
        edits.extend(_leet_edits(text, token.start(), token.end()))
    if not edits:
        return view
    chars = list(text)
    for i, letter in edits:
        chars[i] = letter
    starts = list(range(len(text))) if view.starts is None else view.starts
    ends = list(range(1, len(text) + 1)) if view.ends is None else view.ends
    digits = tuple((i, text[i]) for i, _ in edits)
    return NormalisedText(view.original, "".join(chars), starts, ends, view.hidden_words, digits)


def _leet_edits(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The letters the digits of the word ``text[start:end]`` stand for, if it is a word of letters."""
    word = text[start:end]
    letters = sum(ch.isalpha() for ch in word)
    digits = len(word) - letters
    if (
        len(word) > _MAX_LEET_TOKEN
        or letters < 3
        or digits >= letters
        or _IBAN_START.match(word)
        or not _a_word_of_prose(text, start, end)
    ):
        return []
    upper = word.isupper()
    edits: list[tuple[int, str]] = []
    for run in _LEET_GATE.finditer(word):
        a, b = run.span()
        digits_run = run.group()
        if digits_run == "11":
            out = "ll"
        elif "1" in digits_run:
            if len(digits_run) > 1 or word[a - 1] in _VOWELS:
                continue  # "he1p", "ma1l", "pa1d": an l or an i
            # an l between a consonant it clusters with and a vowel ("c1ean", "f1ag"), else an i
            out = "l" if word[b] in _VOWELS and word[a - 1] in _L_CLUSTERS else "i"
        else:
            out = "".join(_LEET_LETTERS[d] for d in digits_run)
        out = out.upper() if upper else out
        edits.extend((start + a + k, letter) for k, letter in enumerate(out))
    return edits


def _a_word_shape(word: str) -> bool:
    """A word, a number or a hyphenated word's part, not an identifier: no digit that is no letter's,
    and in lower case, in capitals or capitalised ("aB3dE", "HbA1c" and "x86" are not)."""
    if len(word) > _MAX_LEET_TOKEN or any(ch in "2689" for ch in word):
        return False
    shown = "".join(ch for ch in word if ch.isalpha())
    return not shown or shown.islower() or shown.isupper() or (shown[0].isupper() and shown[1:].islower())


def _a_word_of_prose(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands as a word of prose: what lies between the white space around
    it is words joined by hyphens, with a sentence's punctuation at either end (no host, address,
    path or identifier), and no credential's key is before it."""
    low = max(0, start - 4 * _MAX_LEET_TOKEN)
    first = max(low, *(text.rfind(space, low, start) + 1 for space in " \n\t"))
    last = min(len(text), end + 4 * _MAX_LEET_TOKEN)
    found = _SPACE.search(text, end, last)
    last = found.start() if found else last
    chunk = _PROSE_CHUNK.fullmatch(text, first, last)
    if chunk is None or not all(map(_a_word_shape, chunk.group("words").split("-"))):
        return False  # ("sq0atp-m3OkLPX...": a key's prefix is no word)
    line_start = max(text.rfind("\n", 0, start) + 1, start - _CREDENTIAL_REACH)
    return _CREDENTIAL_BEFORE.search(text, line_start, start) is None


def reveal(text: str) -> str:
    """``text`` with its hidden words and dots read as written, and nothing else changed: what a
    span of the view would be had its original had no look-alike letters or invisible characters."""
    return _unhidden(NormalisedText(text, text)).text


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


_Trie = dict[str, "_Trie"]  # a character trie: each string's next character, "" where one ends


def any_of(strings: Iterable[str]) -> str:
    """A regex matching exactly the literal ``strings`` (the set their alternation matches), written
    as a trie ("gu(?:arantee(?:d|s)?|t)"): at each position the regex engine reads each character
    once, where an alternation of a few hundred phrases is tried phrase by phrase. Which string a
    match spans may differ from ``longest_first``'s: use it where only whether one matches counts."""
    trie: _Trie = {}
    for string in set(strings):
        node = trie
        for ch in string:
            node = node.setdefault(ch, {})
        node[""] = {}  # a string ends here

    def pattern(node: _Trie) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if "" not in node:
            return body
        return f"(?:{body})?" if len(branches) == 1 else f"{body}?"

    return pattern(trie)


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
