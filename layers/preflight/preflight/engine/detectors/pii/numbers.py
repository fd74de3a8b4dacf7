"""The number-reading toolkit shared by the personal-data detectors: digit groups and runs of them,
the separators people write between groups, sorted spans, the readings of a draft, work budgets,
and the phrase and label regexes built from policy word lists; also the shapes that keep detectors
out of each other's numbers (IBAN-shaped runs, dates, card groupings). Names without a leading
underscore are what the detector modules use; the rest is private to this module.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from itertools import accumulate, compress
from typing import NamedTuple, TypeVar, cast

from stdnum import numdb

from preflight.engine.context import ScanContext
from preflight.engine.findings import Hit

# Dashes between digit groups: ASCII, and the Unicode hyphens and en dash that editors substitute.
DASH = r"\-\u2010-\u2013"
# What people put between the digit groups of one number: white space (a line break too, where a
# number wraps onto the next line), dots, dashes, slashes and underscores, in runs of up to three
# ("4111  1111", "555-\n0147", "512 - 38 - 4471"). Bounded, and disjoint from digits and letters, so a
# run of groups splits one way only and candidates stay linear. Each detector's guards (decimals,
# times, dates, versions, amounts, labels) and format checks decide what the groups are. Em dash,
# horizontal bar and minus sign separate groups too, but unlike DASH do not stop a number from
# starting or ending next to them ("call me—415-555-0199"). Middle dots and bullets are separators
# too: "312•555•0166", "06·12·34·56·78".
_SEPARATOR_CHARS = rf"\s.{DASH}\u2014\u2015\u2212/_\u00b7\u2022\u2027\u2219"
SEPARATOR = rf"[{_SEPARATOR_CHARS}]{{1,3}}"
# Scripts written without spaces between words: Han, Hiragana, Katakana (also half-width), Hangul,
# Bopomofo, their punctuation and symbols (。、「」・ー), and the compatibility ideographs. Text in them
# glues values to the words around them ("電話09012345678まで", "邮箱zhang.wei@example.cn联系"), so such a
# character ends a word as a space does. Full-width Latin letters and digits are not in it: the
# matching view folds them to ASCII (NFKC).
CJK = (
    "\u1100-\u11ff\u2e80-\u2fdf\u2ff0-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u33ff"
    "\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff61-\uffdc"
    "\U00020000-\U0003134f"
)
# A letter, digit or underscore of a word that continues across it: ``\w`` less the CJK scripts.
WORD = rf"[^\W{CJK}]"
# A number must not continue a word, a code (A-123, #123, /123, \123), an amount (+1, $1, €1) or a
# decimal or time (1.5, 1,5, 9:30), nor run on into one; "key=value" is fine ("phone=(718) ...").
# The look-behinds follow the first character they guard (hence the extra "."), which lets the regex
# engine skip to candidate characters quickly.
# (A CJK neighbour is checked only where the plain class refused: most numbers never pay for it.)
# A "?" is a link's query ("page?123", "?id=42&n=7") only after a word or a link's punctuation: after
# a space, a CJK character or at the start it ends a question glued to the number ("电话？+1 201...",
# whose full-width "？" reads "?" once normalised).
_QUESTION_BEFORE = rf"(?<=\?.)(?:(?<![\w/=&%]\?.)|(?<=[{CJK}]\?.))"
NOT_BEFORE_NUMBER = rf"(?:(?<![\w+#$€£¥@/\\{DASH}&%?].)|(?<=[{CJK}].)|{_QUESTION_BEFORE})(?<!\d[.,:].)"
# A number followed by ":" and a letter or digit is the head of a token ("7435576207:AAPJ...", a bot
# token), not a number of its own.
NUMBER_END = rf"(?:(?![\w{DASH}/]|[.,]\d|:[A-Za-z0-9])|(?=[{CJK}]))"
# A candidate takes in this many digit groups at most. Generous, because numbers written next to each
# other ("4111 1111 1111 1111 4242 4242 4242 4242") form one candidate that is then split into runs;
# bounded, so that a hostile draft of digit groups costs linear time.
RUN_GROUPS = 200
_NON_DIGITS = re.compile(r"\D+")
T = TypeVar("T")


# A phrase ending in this is a stem: any letters may follow it.
STEM = "*"
_STEM_END = r"[^\W\d_]*"


def _alternation(phrases: Sequence[str]) -> str | None:
    """A regex matching any of ``phrases`` (case-folded), factored as a trie: one branch per distinct
    next character instead of one per phrase, several times faster on lists of a hundred phrases.
    A space in a phrase matches one to three white-space characters; a phrase ending in ``*`` is a
    stem, matching with any letters after it ("dzwon*": dzwoni, dzwonić, dzwońcie: languages that
    inflect their verbs)."""
    trie: dict[str, dict] = {}
    for phrase in {" ".join(p.lower().split()) for p in phrases} - {""}:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return None

    def build(node: dict[str, dict]) -> str:
        branches = [
            (
                r"\s{1,3}"
                if ch == " "
                else _STEM_END
                if ch == STEM and not child.keys() - {""}
                else re.escape(ch)
            )
            + build(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_CJK_CHAR = re.compile(f"[{CJK}]")


def _words_and_cjk(phrases: Sequence[str], after: str, cjk_after: str | None = None) -> str | None:
    """Phrases of space-separated scripts as whole words (look-arounds rather than \\b, so that
    phrases ending in punctuation, "ss#" or "tel.", still match), each followed by ``after``; and
    CJK phrases ("电话", "注文番号") wherever they stand, since those scripts have no word breaks
    (followed by ``cjk_after``, by default ``after``)."""
    words = _alternation([p for p in phrases if not _CJK_CHAR.search(p)])
    cjk = _alternation([p for p in phrases if _CJK_CHAR.search(p)])
    cjk_after = after if cjk_after is None else cjk_after
    branches = ([rf"(?<!\w){words}{after}"] if words else []) + ([f"{cjk}{cjk_after}"] if cjk else [])
    return "|".join(branches) or None


def phrase_regex(phrases: Sequence[str]) -> re.Pattern[str] | None:
    """Any of ``phrases`` as whole words, case-insensitive; CJK phrases also glued to the next word
    ("联系王伟", "contact Wang Wei": a CJK character is a word character to ``\\w``)."""
    body = _words_and_cjk(phrases, r"(?!\w)", cjk_after="")
    return re.compile(body, re.IGNORECASE) if body else None


# What may stand between a label and its number: the word for "number" ("passport no.", "Ticket-Nr.",
# "numéro", "Nummer", glued as in "Kontonummer", Czech "č.", Polish "numer"), then a verb ("my
# passport number is 512...", "es", "est", "ist", "è", "é"), in the policy's languages.
_NUMBER_WORDS = "no|nr|n[º°o]?|number|num|id|code|nummer|número|numéro|numero|numer|č|čís|číslo|cislo"
_LABEL_NUMBER_WORD = rf"(?:[\s\-]{{0,3}}(?:{_NUMBER_WORDS})\b\.?)?"
_LABEL_VERB = r"(?:\W{0,3}\s(?:is|was|es|est|ist|war|è|é|era|zijn|são)\b)?"


def label_regex(labels: Sequence[str], *, with_verb: bool = False) -> re.Pattern[str] | None:
    """Matches when one of ``labels`` ends just before a number: "part no. ", "SKU ", "order #",
    "Serial number: ", and ``with_verb`` "passport number is ". Searched in the few characters before a
    candidate."""
    suffix = _LABEL_NUMBER_WORD + (_LABEL_VERB if with_verb else "")
    body = _words_and_cjk(labels, rf"{suffix}\W{{0,4}}\Z")
    return re.compile(body, re.IGNORECASE) if body else None


def found_near(
    regex: re.Pattern[str] | None, text: str, start: int, end: int, before: int, after: int
) -> bool:
    """Whether ``regex`` matches within ``before`` characters before ``start`` or ``after`` after ``end``."""
    if regex is None:
        return False
    return bool(regex.search(text, max(0, start - before), start) or regex.search(text, end, end + after))


def labelled(regex: re.Pattern[str] | None, text: str, start: int) -> bool:
    """Whether a label of ``regex`` ends right before ``start``."""
    return regex is not None and regex.search(text, max(0, start - 40), start) is not None


def digit_count(text: str) -> int:
    return len(_NON_DIGITS.sub("", text))


class Group(NamedTuple):
    """One group of digits inside a number candidate (a tuple: long drafts make thousands)."""

    start: int
    end: int
    digits: str
    separator: str  # the text between the previous group and this one ("" for the first)


_DIGIT_GROUP = re.compile(r"\d+")


class DigitRun:
    """The digit groups of one number candidate. Candidate regexes are greedy and may take in
    neighbouring numbers ("call 2 415-555-0199 / 415-555-0188"), so detectors look at runs of
    consecutive groups ``[i, j)``, made cheap by prefix sums of the digit counts."""

    def __init__(self, text: str, start: int, end: int) -> None:
        groups: list[Group] = []
        previous_end = start
        for m in _DIGIT_GROUP.finditer(text, start, end):
            separator = text[previous_end : m.start()] if groups else ""
            groups.append(Group(m.start(), m.end(), m.group(), separator))
            previous_end = m.end()
        self.groups = groups
        self.digits = "".join(g.digits for g in self.groups)
        self._ends = [0, *accumulate(len(g.digits) for g in self.groups)]

    def digits_of(self, i: int, j: int) -> str:
        return self.digits[self._ends[i] : self._ends[j]]

    def overlapping(self, spans: Spans) -> list[tuple[int, int]]:
        """The ranges of groups that overlap ``spans`` (e.g. the digits of an IBAN)."""
        ranges: list[tuple[int, int]] = []
        if not spans.overlaps(self.groups[0].start, self.groups[-1].end):
            return ranges
        for k, group in enumerate(self.groups):
            if spans.overlaps(group.start, group.end):
                if ranges and ranges[-1][1] == k:
                    ranges[-1] = (ranges[-1][0], k + 1)
                else:
                    ranges.append((k, k + 1))
        return ranges

    def segments(
        self, i: int, j: int, low: int, high: int, max_groups: int, read: Callable[[int, int], T | None]
    ) -> Iterator[tuple[int, int, T]]:
        """Leftmost-longest runs of at most ``max_groups`` groups within ``[i, j)``, holding ``low`` to
        ``high`` digits, that ``read`` accepts; each with what ``read`` made of it."""
        ends = self._ends
        while i < j:
            for k in range(min(j, i + max_groups), i, -1):
                if low <= ends[k] - ends[i] <= high and (found := read(i, k)) is not None:
                    yield i, k, found
                    i = k
                    break
            else:
                i += 1


def free_ranges(taken: list[tuple[int, int]], count: int) -> Iterator[tuple[int, int]]:
    """The ranges of ``range(count)`` outside the sorted, non-overlapping ``taken`` ranges."""
    position = 0
    for i, j in taken:
        if i > position:
            yield position, i
        position = j
    if position < count:
        yield position, count


class Spans:
    """Sorted, non-overlapping spans, asked whether they overlap a range (bisect: hostile drafts hold
    thousands of both)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]

    def covers(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and self._ends[i] >= end

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self._ends[i] > start


SpanMap = Callable[[int, int], tuple[int, int]]


class Reading(NamedTuple):
    """A text to look for values in, the way back to matching-view offsets, and how many digits
    (``\\d``) the text holds: a detector whose every value holds more digits need not read it."""

    text: str
    to_view: SpanMap
    digits: int


def _same_span(start: int, end: int) -> tuple[int, int]:
    return start, end


# Keys of what this module computes once a draft and keeps in ``ctx.memo``.
_READINGS = object()
_SPACED_READING = object()
_IBAN_SPANS = object()
_IBAN_CANDIDATES = object()


def _readings(ctx: ScanContext) -> list[Reading]:
    """The texts to look for values in, each with the way back to matching-view offsets.

    The matching view drops invisible characters, which is right inside a value ("4111\u200b1111..."
    is one card number) but glues two values that an invisible character separated
    ("...1111\u200b4242..." or "jane@x.com\u200b4111..."). So where the view joined a letter or digit
    to something else, values are also read with a space in that place. Computed once a draft and
    shared by the detectors of this module."""
    readings = cast(list[Reading] | None, ctx.memo.get(_READINGS))
    if readings is None:
        text, view = ctx.text, ctx.view
        digits = digit_count(text)
        readings = [Reading(text, _same_span, digits)]
        extra: list[tuple[str, SpanMap] | None] = []
        if view.starts is not None and view.ends is not None:
            starts, ends = view.starts, view.ends
            # View positions after a gap in the original, iterated at C level (a few ms on 100,000).
            gaps = compress(range(1, len(text)), map(operator.gt, starts[1:], ends))
            joins = [p for p in gaps if _joined(text[p - 1], text[p])]
            if joins:
                extra.append(_spaced_reading(text, joins))
        # A run of digit words needs a digit word in the draft; a number glued to a word or joined by
        # an unusual separator needs _UNGLUED_MIN_DIGITS digits: most drafts have neither.
        if _may_spell_digits(ctx):
            extra.append(_spelled_digits_reading(text))
        if digits >= _UNGLUED_MIN_DIGITS:
            extra.append(_unglued_reading(text))
        readings += [Reading(*found, digit_count(found[0])) for found in extra if found is not None]
        ctx.memo[_READINGS] = readings
    return readings


def _joined(left: str, right: str) -> bool:
    """Whether dropping what stood between ``left`` and ``right`` may have glued two values together:
    "...0147(312)...", "...com4111...", "...1111 4242..." (letters inside a word are harmless)."""
    return not (left.isspace() or right.isspace()) and (left.isalnum() or right.isalnum())


def _spaced_reading(text: str, joins: list[int]) -> tuple[str, SpanMap]:
    """``text`` with a space inserted before each position of ``joins``, and the map back."""
    pieces: list[str] = []
    back: list[int] = []  # view offset of each character of the spaced text
    previous = 0
    for p in [*joins, len(text)]:
        pieces.append(text[previous:p])
        back.extend(range(previous, p))
        if p < len(text):
            pieces.append(" ")
            back.append(p)
        previous = p
    return "".join(pieces), lambda start, end: (back[start], back[end - 1] + 1)


# Digit groups joined by one unusual separator throughout, with no space around it, as people type a
# number where a form or a chat mangles spaces: "4601|5210|1483|9831", "4601:5210:1483:9831". Three to
# six groups, one of three digits or more (not a MAC address's pairs nor a time's "12:30:45"), nine
# digits or more, and the whole chain: a longer one ("2001:4860:4860:0:0:0:0:8888", an IPv6 address)
# or one inside a table's cells ("|1200|3400|") is something else.
# (The look-behind follows the first digit, which lets the regex engine skip to digits.)
_UNUSUAL_SEPARATED = re.compile(r"\d(?<![\d|:]\d)\d{0,5}([|:])\d{1,6}(?:\1\d{1,6}){1,4}(?![\d|:])")
_UNUSUAL_MIN_DIGITS = 9
# Letters with the vowel signs and other combining marks of their scripts (Devanagari "कार्ड", Arabic
# and Hebrew points, Thai vowels), which are no word characters to ``\w``. Not CJK: a CJK character
# already ends a number as a space does, and a counter glued after one makes it a quantity
# ("13916542287人").
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0983\u09bc-\u09d7"
    "\u0a01-\u0a03\u0a3c-\u0a51\u0a81-\u0a83\u0abc-\u0acd\u0b01-\u0b03\u0bbe-\u0bcd\u0c00-\u0c04"
    "\u0c3e-\u0c56\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
)
_LETTERS = rf"(?:[^\W\d_{CJK}]|[{_MARKS}]){{2,}}"
# A number glued to a word, in any script ("Karte4459688783128168laufen", "9812345067warna",
# "नंबर9812345067", "AT830520087229900515bis"): a token standing alone in the text (not in a link, a
# path, an address, a hashtag or a code's "key=value"), made of at most a word of two letters or more,
# one digit run (groups and separators allowed) and a word after it. The words must be words, not a
# code's letters: one holding a lower-case or a non-Latin letter ("ORD4111..." and "1Z999AA1..." are
# codes); two upper-case letters before the digits are an IBAN's country code and stay with them.
# A word's label mark may stand between ("card#4539...", "Visa-4539...", "amex/3714...", "cell#813-..."),
# where a number alone after "#", "-" or "/" reads as a code's. The word after may carry a short
# number of its own, as a card's expiry or code does ("card4278...9233exp0927", "...cvv123",
# "...exp09/27"): a short number is no value to set apart. A country code's "+" stays with the number
# ("al+34699120347ya": "al", "+34699120347", "ya").
_GLUED_NUMBER = re.compile(
    rf"(?<![\w/\\@#=&%?+.{DASH}{_MARKS}])(?P<left>{_LETTERS})?(?P<mark>[#№=/~>{DASH}]{{1,2}})?"
    rf"(?P<plus>\+)?(?P<number>\d+(?:{SEPARATOR}\d+)*)"
    rf"(?:(?P<right>{_LETTERS})(?P<tail>\d{{1,4}}(?:/\d{{2,4}})?)?)?(?![\w@{_MARKS}]|[./\\][^\W_])"
)
# A token of hexadecimal digits only, as long as a digest (MD5's 32) or with digits again after its
# second word ("deadbeef4278...cafe0"): a hash, whose letters are no words. A shorter one with no more
# digits may be words ("cafe4278...bad").
_HEX_TOKEN = re.compile(r"[0-9a-fA-F]+")
_DIGEST_LENGTH = 32
# Whether a draft has a letter next to a digit at all (most have none worth the scan above): a
# letter, up to two marks and a digit, or a digit and a letter. Read from each digit (the letter
# before it looked behind for), which lets the regex engine skip to digits.
_GLUE_LETTER = rf"[^\W\d_{CJK}]"
_GLUE_MARK = rf"[#№=/~>+{DASH}]"
_LETTER_BY_DIGIT = re.compile(
    rf"\d(?:(?={_GLUE_LETTER})|(?<={_GLUE_LETTER}.)|(?<={_GLUE_LETTER}{_GLUE_MARK}.)"
    rf"|(?<={_GLUE_LETTER}{_GLUE_MARK}{{2}}.))"
)
_GLUED_MIN_DIGITS = 9
# The fewest digits a draft holds when it has a glued or an unusually separated number (above).
_UNGLUED_MIN_DIGITS = min(_GLUED_MIN_DIGITS, _UNUSUAL_MIN_DIGITS)
_ASCII_UPPER = re.compile(r"[A-Z]+")
# Units and currencies written glued after a figure ("1000000000bytes", "250000000wei"): a quantity.
_UNITS = frozenset(
    "ms ns us px pt em kb mb gb tb kib mib gib bytes bits bps kbps mbps gbps hz khz mhz ghz mah wh kwh"  # noqa: SIM905
    " mm cm km kg mg lbs rs inr usd eur gbp wei gwei sat sats".split()
)


def _unglued_reading(text: str) -> tuple[str, SpanMap] | None:
    """``text`` with each number glued to a word set apart by a space, and digit groups joined by an
    unusual separator (a pipe, a colon) separated by spaces instead; the map back. None when the draft
    holds neither."""
    replaced = text
    if "|" in text or ":" in text:
        chains = [
            m
            for m in _UNUSUAL_SEPARATED.finditer(text)
            if digit_count(m.group()) >= _UNUSUAL_MIN_DIGITS
            and any(len(g) >= 3 for g in m.group().split(m.group(1)))
        ]
        if chains:
            chars = list(text)
            for m in chains:
                for p in range(m.start(), m.end()):
                    if chars[p] == m.group(1):
                        chars[p] = " "
            replaced = "".join(chars)
    joins: list[int] = []
    glued = _GLUED_NUMBER.finditer(replaced) if _LETTER_BY_DIGIT.search(replaced) else ()
    for m in glued:
        left, right = m.group("left"), m.group("right")
        if (left is None and right is None) or digit_count(m.group("number")) < _GLUED_MIN_DIGITS:
            continue
        if _HEX_TOKEN.fullmatch(m.group()) and (m.group("tail") or len(m.group()) >= _DIGEST_LENGTH):
            continue  # a hash's hexadecimal letters around its digits
        glue_left = left is not None and _a_word(left)
        if left is not None and not glue_left and (len(left) != 2 or m.group("mark")):
            continue  # a code's letters before the digits (two are an IBAN's country code)
        if m.group("mark") and not glue_left:
            continue  # "#123456789", "-4539...": an issue number, a code's tail
        glue_right = right is not None and _a_word(right) and right.lower() not in _UNITS
        if glue_left:
            joins.append(m.start("plus") if m.group("plus") else m.start("number"))
        if glue_right:
            joins.append(m.end("number"))
    if not joins and replaced is text:
        return None
    if not joins:
        return replaced, lambda start, end: (start, end)
    return _spaced_reading(replaced, joins)


def _a_word(letters: str) -> bool:
    """Letters that are a word, not a code's: with a lower-case or a non-Latin letter in them."""
    return _ASCII_UPPER.fullmatch(letters) is None


# Digits written as words and mixed with figures ("four one five - 555 - 0 1 7 3"): where a draft
# has a run of three or more digit words or single figures (one space or hyphen between them) with a
# word in it, each such run is read as one group of figures in a reading of its own; the draft as
# written keeps its readings.
# The digit words of the policy's languages, each with and without its accents ("três", "tres"):
# English, Spanish, Portuguese, French, German, Italian and Dutch. A word that is also an everyday word
# ("due", "sei", "un", "een") joins a run only next to two more digits.
_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "cero": "0", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5",
    "seis": "6", "siete": "7", "ocho": "8", "nueve": "9",
    "um": "1", "dois": "2", "três": "3", "quatro": "4", "sete": "7", "oito": "8", "nove": "9",
    "zéro": "0", "un": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "sept": "7",
    "huit": "8", "neuf": "9",
    "null": "0", "eins": "1", "zwei": "2", "zwo": "2", "drei": "3", "vier": "4", "fünf": "5",
    "fuenf": "5", "sechs": "6", "sieben": "7", "acht": "8", "neun": "9",
    "due": "2", "tre": "3", "quattro": "4", "cinque": "5", "sei": "6", "sette": "7", "otto": "8",
    "nul": "0", "een": "1", "één": "1", "twee": "2", "drie": "3", "vijf": "5", "zes": "6",
    "zeven": "7", "negen": "9",
}  # fmt: skip
# "plus" before a run of digit words is the "+" of a country code ("plus four four seven ...", "más
# tres cuatro ...", "più tre nove ...").
_PLUS_BEFORE = re.compile(r"(?<![^\W_])(?:plus|più|piu|más|mas|mais)[ -]\Z", re.IGNORECASE)
# "double oh", "triple-seven": a digit said twice or three times, as British numbers are read out.
_REPEATS = {"double": 2, "triple": 3}
# The words as a trie (``_alternation``): one branch per next letter, four times faster than a plain
# alternation of seventy words on a draft with none.
_DIGIT_WORD_ALTERNATION = _alternation(list(_DIGIT_WORDS))
_ONE_DIGIT = rf"(?:{_DIGIT_WORD_ALTERNATION}|\d)"
_DIGIT_TOKEN = re.compile(
    rf"(?<![^\W_])(?:(?:{'|'.join(_REPEATS)})[ -])?{_ONE_DIGIT}(?![^\W_])", re.IGNORECASE
)
_REPEATED = re.compile(rf"({'|'.join(_REPEATS)})[ -]({_ONE_DIGIT})", re.IGNORECASE)
_DIGIT_WORD = re.compile(rf"\b{_DIGIT_WORD_ALTERNATION}\b", re.IGNORECASE)
_RUN_JOINERS = (" ", "-")
_RUN_MIN_TOKENS = 3


# Whether a draft may hold a digit word at all is read from its words (``ctx.word_positions``, which
# the engine has computed by then), not by searching it: a match of ``_DIGIT_WORD`` is a whole word,
# and its lower case is one of these, unless it holds a letter that case-insensitive matching reads as
# a letter of a digit word while lower-casing does not (dotted and dotless i, long s): a draft holding
# one of those is searched.
_DIGIT_WORD_SET = frozenset(_DIGIT_WORDS)
_CASE_FOLDS_APART = ("\u0130", "\u0131", "\u017f")


def _may_spell_digits(ctx: ScanContext) -> bool:
    """Whether the draft may hold a digit word (a match of ``_DIGIT_WORD``)."""
    if not _DIGIT_WORD_SET.isdisjoint(ctx.word_positions.keys()):
        return True
    text = ctx.text
    return any(letter in text for letter in _CASE_FOLDS_APART)


def _figure(token: re.Match[str]) -> str:
    repeated = _REPEATED.fullmatch(token.group())
    if repeated is not None:
        said, digit = repeated.groups()
        return _REPEATS[said.lower()] * _DIGIT_WORDS.get(digit.lower(), digit)
    return _DIGIT_WORDS.get(token.group().lower(), token.group())


def _digit_token_runs(text: str) -> list[list[re.Match[str]]]:
    """The runs of three or more digit tokens with one space or hyphen between them (one pass)."""
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for token in _DIGIT_TOKEN.finditer(text):
        if current and text[current[-1].end() : token.start()] in _RUN_JOINERS:
            current.append(token)
            continue
        if len(current) >= _RUN_MIN_TOKENS:
            runs.append(current)
        current = [token]
    if len(current) >= _RUN_MIN_TOKENS:
        runs.append(current)
    return runs


# Digits counting up or down ("1 2 3 4 5 6 7 8 9", "nine eight seven ..."): a sequence, not anybody's
# number, when spelt out one by one.
_COUNTING_UP = "01234567890123456789"


_COUNTING_MIN_DIGITS = 7  # shorter, it may be a line's last four ("555 - 5 6 7 8")


def counting(digits: str) -> bool:
    return len(digits) >= _COUNTING_MIN_DIGITS and (digits in _COUNTING_UP or digits[::-1] in _COUNTING_UP)


def _spelled_digits_reading(text: str) -> tuple[str, SpanMap] | None:
    """``text`` with each run of digit words and single figures written as one group of figures, and
    the map back (a figure from a word maps to the whole word); None when no run holds a word."""
    if _DIGIT_WORD.search(text) is None:
        return None
    runs = [run for run in _digit_token_runs(text) if not counting("".join(map(_figure, run)))]
    if not any(not token.group().isdigit() for run in runs for token in run):
        return None
    pieces: list[str] = []
    starts: list[int] = []  # original start and end of each character of the new text
    ends: list[int] = []
    previous = 0
    for run in runs:
        first = run[0].start()
        plus = _PLUS_BEFORE.search(text, max(previous, first - 6), first)
        if plus is not None and not run[0].group().isdigit():
            pieces.append(text[previous : plus.start()])
            starts.extend(range(previous, plus.start()))
            ends.extend(range(previous + 1, plus.start() + 1))
            pieces.append("+")
            starts.append(plus.start())
            ends.append(plus.end() - 1)
        else:
            pieces.append(text[previous:first])
            starts.extend(range(previous, first))
            ends.extend(range(previous + 1, first + 1))
        for token in run:
            figures = _figure(token)  # two or three figures for "double oh", "triple 7"
            pieces.append(figures)
            starts.extend([token.start()] * len(figures))
            ends.extend([token.end()] * len(figures))
        previous = run[-1].end()
    pieces.append(text[previous:])
    starts.extend(range(previous, len(text)))
    ends.extend(range(previous + 1, len(text) + 1))
    return "".join(pieces), lambda start, end: (starts[start], ends[end - 1])


# Characters written one at a time with one separator between each, as people type a number to get
# it past a filter or read it out: "4 2 8 2 7 1 2 4 ...", "I T 6 0 X 0 5 4 ...", "4.5.3.9.0.1...",
# "3-2-4-2-5-...". A digit or an upper-case letter (an IBAN's country code and bank letters) standing
# alone, then the same separator (a space, a dot, a hyphen, a middle dot) before each next one, eight
# characters or more; or runs spaced out with single spaces and parted by a wider gap, as groups of
# one number ("4 2 8 2  7 1 2 4  ...", "4 2 8 2 - 7 1 2 4 - ..."). One search in C: a draft of short
# runs ("1.2.3.4 1.2.3.4 ...") costs no Python step per run.
_SPACED_NUMBER = re.compile(
    r"(?<![^\W_])(?:"
    r"[0-9A-Z](?: [0-9A-Z])+(?:(?: {2,3}| ?[\-/\u2013] ?)[0-9A-Z](?: [0-9A-Z])+)+"
    r"|[0-9A-Z](?P<sep>[ .\-\u00b7])[0-9A-Z](?:(?P=sep)[0-9A-Z]){6,}"
    r")(?![^\W_])"
)
_SPACED_GROUP = re.compile(r"[0-9A-Z](?: [0-9A-Z])*")
# Whether a draft has four figures spaced out at all (most have none: one search is all they cost).
_SPACED_FIGURES = re.compile(r"\d[ .\-\u00b7]\d[ .\-\u00b7]\d[ .\-\u00b7]\d")
# Fewer digits spaced out are a score, a list or a date ("3 2 1 go", "1 . 2 . 3", "2 0 2 4"); the
# shortest value read from such a run is an SSN's nine, and a phone number's eight. More characters
# than two of the longest value (an IBAN's 34) are a list or a pattern, not a number written out.
_SPACED_MIN_DIGITS = 8
_SPACED_MAX_CHARACTERS = 68
# So a draft with fewer digits has no such reading.
_SPACED_GATE_DIGITS = _SPACED_MIN_DIGITS


def _spaced_figures_reading(text: str) -> tuple[str, SpanMap] | None:
    """``text`` with each number spaced out one character at a time written as one group (the wider
    gaps between groups kept), and the map back; None when the draft holds none. Lists of single
    digits counting up or down, runs with fewer than ``_SPACED_MIN_DIGITS`` digits and runs longer
    than any value stay."""
    if _SPACED_FIGURES.search(text) is None:
        return None
    collapsed: list[tuple[int, int]] = []  # (start, end) of each run to write as one group
    for m in _SPACED_NUMBER.finditer(text):
        found = m.group()
        digits = "".join(filter(str.isdigit, found))
        characters = len(digits) + sum(ch.isupper() for ch in found)
        if characters > _SPACED_MAX_CHARACTERS or len(digits) < _SPACED_MIN_DIGITS or counting(digits):
            continue
        if m.group("sep"):
            collapsed.append(m.span())
        else:
            collapsed.extend(g.span() for g in _SPACED_GROUP.finditer(text, m.start(), m.end()))
    if not collapsed:
        return None
    pieces: list[str] = []
    back: list[int] = []  # original offset of each character of the new text
    previous = 0
    for start, end in collapsed:
        pieces.append(text[previous:start])
        back.extend(range(previous, start))
        pieces.append(text[start:end:2])
        back.extend(range(start, end, 2))
        previous = end
    pieces.append(text[previous:])
    back.extend(range(previous, len(text)))
    return "".join(pieces), lambda start, end: (back[start], back[end - 1] + 1)


def _spaced_figures(ctx: ScanContext) -> Reading | None:
    if _SPACED_READING not in ctx.memo:
        reading = None
        if _readings(ctx)[0].digits >= _SPACED_GATE_DIGITS:
            found = _spaced_figures_reading(ctx.text)
            if found is not None:
                reading = Reading(*found, digit_count(found[0]))
        ctx.memo[_SPACED_READING] = reading
    return cast(Reading | None, ctx.memo[_SPACED_READING])


def spaced_iban_spans(ctx: ScanContext) -> list[tuple[int, int]]:
    """The view spans of IBAN-shaped runs written one character at a time ("D E 8 9 3 7 0 4 ..."),
    which the phone detector leaves alone ("0 0 4 4 ..." inside one reads as a "+44" number)."""
    spaced = _spaced_figures(ctx)
    if spaced is None:
        return []
    text, to_view, _ = spaced
    return [to_view(start, end) for start, end in iban_spans(ctx, text)]


def each_reading(
    ctx: ScanContext,
    find: Callable[[str], Iterator[Hit]],
    *,
    spaced_figures: bool = True,
    min_digits: int = 0,
) -> Iterator[Hit]:
    """The hits ``find`` makes in each reading of the draft, in view offsets, each span once; with
    ``spaced_figures``, also in the reading with numbers spaced out one character at a time written
    as one group (the phone detector reads those digit by digit itself, with its context words).
    A reading with fewer than ``min_digits`` digits is not read: the caller says no value it finds
    holds fewer (nor does any work it spends a budget on)."""
    seen: set[tuple[int, int]] = set()
    readings = _readings(ctx)
    spaced = _spaced_figures(ctx) if spaced_figures else None
    if spaced is not None:
        readings = [*readings, spaced]
    for text, to_view, digits in readings:
        if digits < min_digits:
            continue
        for hit in find(text):
            start, end = to_view(hit.start, hit.end)
            if (start, end) not in seen:
                seen.add((start, end))
                yield Hit(start, end, hit.severity, hit.message, hit.guidance)


class Budget:
    """Work allowed on one draft (shared by its readings): beyond it, a draft is no ordinary post."""

    def __init__(self, limit: int) -> None:
        self.left = limit

    def spend(self) -> bool:
        self.left -= 1
        return self.left >= 0

    @property
    def exhausted(self) -> bool:
        return self.left < 0


def mark_incomplete(ctx: ScanContext, reason: str) -> None:
    if reason not in ctx.incomplete_reasons:  # once, though each reading of the draft may stop
        ctx.incomplete_reasons.append(reason)


# IBAN-shaped runs, in either case (the check is strict): country letters, two check digits, then
# groups of four (the last may be shorter; separated by any run of separators, so a line break where
# the account number wraps too) or one unspaced run. Check digits written XX are a template's
# ("NLXX BANK 0123 4567 89"): no IBAN, and no phone number inside either. Used by the IBAN detector
# and, unvalidated, to keep the phone and card detectors out of account numbers.
# Between an upper-case country code and the check digits a separator may stand ("ES 91 2100 …",
# "DE-89-3704-…"), as banks' forms and people print them; lower-case letters stay glued to the digits,
# or "at 12 3456 7890 1234 5678" would be read as Austria's.
_IBAN_HEAD = rf"[A-Za-z](?<![A-Za-z0-9].)[A-Za-z](?:(?<=[A-Z]{{2}}){SEPARATOR})?(?:\d{{2}}|[Xx]{{2}})"
IBAN_CANDIDATE = re.compile(
    _IBAN_HEAD
    + rf"(?:(?:{SEPARATOR}[A-Za-z0-9]{{4}}){{2,8}}(?:{SEPARATOR}[A-Za-z0-9]{{1,3}}(?![A-Za-z0-9]))?"
    + r"|[A-Za-z0-9]{11,30}(?![A-Za-z0-9]))"
)
# An IBAN whose account part is grouped as the country writes its account number, not in fours
# ("ES91 2100 0418 45 0200051332", Spain's bank-branch-check-account; "FR76 30006 00001 12345678901
# 89", a French RIB): any groups, read to the country's IBAN length (``iban_cut``).
NATIONALLY_GROUPED_IBAN = re.compile(rf"{_IBAN_HEAD}(?:(?:{SEPARATOR})?[A-Za-z0-9]){{11,34}}")
# Where an IBAN-shaped run's check digits (or a template's XX) stand right after its head's letters
# and separator: found by one search the regex engine runs from digit to digit (and X to X), where
# the candidate expressions, which start with the letters, are tried at every letter of a draft. The
# candidates are then matched only at the few starts these leave (``_iban_candidates``).
_IBAN_SEPARATOR_CHAR = f"[{_SEPARATOR_CHARS}]"
_IBAN_CHECK = re.compile(
    rf"(?:\d(?=\d)|[Xx](?=[Xx]))(?<=[A-Za-z{_SEPARATOR_CHARS}].)"  # (one look back refuses most digits)
    rf"(?:(?<=[A-Za-z]{{2}}.)|(?<=[A-Z]{{2}}{_IBAN_SEPARATOR_CHAR}.)"
    rf"|(?<=[A-Z]{{2}}{_IBAN_SEPARATOR_CHAR}{{2}}.)|(?<=[A-Z]{{2}}{_IBAN_SEPARATOR_CHAR}{{3}}.))"
)
_IBAN_HEAD_BEFORE_CHECK = (2, 3, 4, 5)  # the letters, and a separator of up to three characters
_IBAN_DB = numdb.get("iban")
_BBAN_PART = re.compile(r"(\d+)!([nac])")


@cache
def iban_length(country: str) -> int | None:
    """The IBAN length of a country (ISO 13616 registry, through stdnum), or None if it has none."""
    info = _IBAN_DB.info(country)
    structure = info[0][1].get("bban") if info else None
    if not structure:
        return None
    return 4 + sum(int(n) for n, _ in _BBAN_PART.findall(structure))


def iban_cut(text: str, start: int, end: int, length: int) -> int | None:
    """Where an IBAN of ``length`` characters starting at ``start`` ends inside ``text[start:end]``:
    at the end of a group, else None."""
    cut = start
    seen = 0
    while cut < end and seen < length:
        seen += text[cut].isalnum()
        cut += 1
    if seen < length or (cut < end and text[cut].isalnum()):
        return None
    return cut


IbanCandidates = tuple[list[re.Match[str]], list[re.Match[str]]]


def _iban_candidates(text: str) -> IbanCandidates:
    """What ``IBAN_CANDIDATE.finditer(text)`` and ``NATIONALLY_GROUPED_IBAN.finditer(text)`` find: each
    match starts with a head whose check digits ``_IBAN_CHECK`` finds, so the expressions are matched
    at those heads' possible starts only, left to right, each after the previous match's end."""
    starts = sorted(
        {
            check.start() - before
            for check in _IBAN_CHECK.finditer(text)
            for before in _IBAN_HEAD_BEFORE_CHECK
            if check.start() >= before
        }
    )
    return _matches_at(IBAN_CANDIDATE, text, starts), _matches_at(NATIONALLY_GROUPED_IBAN, text, starts)


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """``pattern.finditer(text)``, given sorted ``starts`` that hold every position where it matches."""
    found: list[re.Match[str]] = []
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)) is not None:
            found.append(m)
            end = max(m.end(), start + 1)
    return found


def iban_candidates(ctx: ScanContext, text: str) -> IbanCandidates:
    """``_iban_candidates`` of ``text``, a reading of the draft of ``ctx``: found once a reading, for the
    IBAN detector and the detectors that keep out of IBAN-shaped runs. Not to be changed."""
    memo = cast(dict[str, IbanCandidates] | None, ctx.memo.get(_IBAN_CANDIDATES))
    if memo is None:
        memo = ctx.memo[_IBAN_CANDIDATES] = {}
    found = memo.get(text)
    if found is None:
        found = memo[text] = _iban_candidates(text)
    return found


def iban_spans(ctx: ScanContext, text: str) -> list[tuple[int, int]]:
    """The IBAN-shaped runs of ``text``, a reading of the draft of ``ctx``: computed once a reading,
    for the detectors that keep out of them. Not to be changed by the caller."""
    memo = cast(dict[str, list[tuple[int, int]]] | None, ctx.memo.get(_IBAN_SPANS))
    if memo is None:
        memo = ctx.memo[_IBAN_SPANS] = {}
    spans = memo.get(text)
    if spans is None:
        spans = memo[text] = _iban_spans(text, iban_candidates(ctx, text))
    return spans


def _iban_spans(text: str, candidates: IbanCandidates | None = None) -> list[tuple[int, int]]:
    fours, national = _iban_candidates(text) if candidates is None else candidates
    spans = [m.span() for m in fours if iban_length(m.group()[:2].upper())]
    # Grouped nationally: to the country's IBAN length ("FR76 30006 00001 12345678901 89").
    for m in national:
        length = iban_length(m.group()[:2].upper())
        cut = iban_cut(text, m.start(), m.end(), length) if length else None
        if cut is not None:
            spans.append((m.start(), cut))
    return _merged(spans)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, those that overlap joined into one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def iban_shaped_spans(ctx: ScanContext, text: str, extra: Sequence[tuple[int, int]] = ()) -> Spans:
    """IBAN-shaped runs of ``text`` (a reading of the draft), and the spans of ``extra``
    (``spaced_iban_spans``)."""
    ibans = iban_spans(ctx, text)
    return Spans(_merged(ibans + list(extra)) if extra else ibans)


# Dates with a four-digit year (2024-09-15, 15/09/2024, 09.15.2024): the phone detector leaves their
# digits alone, so two dates side by side ("2024-09-15 / 2024-09-16") are not read as one number
# starting with the 0 of a month. A two-digit year is not enough: "06.12.34.56.78" is a French phone.
# Day and month are at most 31: "+82-10-2019-4417" is a Korean mobile, not the 82nd of October 2019.
_DAY_OR_MONTH = r"(?:[012]?\d|3[01])"
_DATE = re.compile(
    rf"(?<![\d.])(?:(?:19|20)\d\d([-/.]){_DAY_OR_MONTH}\1{_DAY_OR_MONTH}"
    rf"|{_DAY_OR_MONTH}([-/.]){_DAY_OR_MONTH}\2(?:19|20)\d\d)(?![\d])"
)


# Where a run of digits starts (not after a digit or a dot): where every date starts. Found from digit
# to digit, where _DATE, which starts with its look-behind, was tried at every character.
_DATE_START = re.compile(r"\d(?<![\d.]\d)")


def _dates(text: str) -> list[re.Match[str]]:
    """What ``_DATE.finditer(text)`` finds."""
    return _matches_at(_DATE, text, [m.start() for m in _DATE_START.finditer(text)])


def not_phone_spans(ctx: ScanContext, text: str, extra: Sequence[tuple[int, int]] = ()) -> Spans:
    """Spans whose digits are no phone number's: IBAN-shaped runs and dates (and ``extra``)."""
    return Spans(_merged(iban_spans(ctx, text) + [m.span() for m in _dates(text)] + list(extra)))


def card_grouping(run: DigitRun, i: int, j: int) -> bool:
    """Unspaced, or grouped the way cards are printed: 4-4-4-4(-3), 4-4-4-1, Amex 4-6-5 and 5-5-5,
    Diners 4-6-4, UATP 4-5-6, 8-8, a 13-digit Visa's 4-4-5, with one kind of separator throughout
    ("4111 1111-1111 1111" is not a card). A line break may stand for any separator: where a number
    wraps, the writer's dash or dot at the end of the line often goes ("4111-1111\n1111-1111")."""
    window = run.groups[i:j]
    if len(window) == 1:
        return True
    if len({separator_kind(g.separator) for g in window[1:] if "\n" not in g.separator}) > 1:
        return False
    sizes = [len(g.digits) for g in window]
    if sizes in ([4, 6, 5], [4, 6, 4], [4, 5, 6], [5, 5, 5], [8, 8], [4, 4, 5]):
        return True
    return all(s == 4 for s in sizes[:-1]) and 1 <= sizes[-1] <= 4


def loose_card_grouping(run: DigitRun, i: int, j: int) -> bool:
    """Equal groups of five or six and a last group no longer ("37785 64789 89201 4", "378282 246310
    005"): how people regroup a card they read out, and how batches and lots are printed too."""
    window = run.groups[i:j]
    sizes = [len(g.digits) for g in window]
    if len(sizes) < 3 or len({separator_kind(g.separator) for g in window[1:]}) > 1:
        return False
    return sizes[0] in (5, 6) and all(s == sizes[0] for s in sizes[:-1]) and 1 <= sizes[-1] <= sizes[0]


def separator_kind(separator: str) -> str:
    """What a separator is, ignoring the white space around it: "-", "- " and "-\n" are one kind, and
    every run of white space another (a number wrapped onto the next line keeps its kind)."""
    return "".join(separator.split()) or " "


def card_shaped(run: DigitRun, i: int, j: int) -> bool:
    """Grouped like a card, whatever its checksum (order and booking references are printed so too)."""
    return j - i > 1 and 13 <= len(run.digits_of(i, j)) <= 19 and card_grouping(run, i, j)
