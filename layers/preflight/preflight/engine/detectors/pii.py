"""Personal data with a recognisable shape: e-mail addresses, phone numbers, payment cards, US Social
Security numbers and IBANs.

Each detector finds candidates with a cheap, linear regular expression, then checks them with the
libraries that know the formats: ``phonenumbers`` for phone numbers, ``stdnum`` for the Luhn and ISO
7064 mod-97 checks. Word lists (role mailboxes, context words, labels that make a number something
else) are policy data: the defaults below are restated in ``rules/default/pii.yaml``.

Speed on long or hostile drafts: every repetition is bounded; number patterns begin with the digit
itself and look behind afterwards (``\\d(?<!x.)``), so that the regex engine skips non-digits at C
speed; e-mail patterns are anchored on ``@`` and on the obfuscated "at" rather than tried at every word.

The five shapes overlap (a card number is a run of digits a phone parser may accept, an SSN is nine
digits, an IBAN holds digit groups), so each detector rejects the shapes that belong to another: the
phone detector skips SSN shapes, IBAN-shaped runs and card-like runs, and the card detector skips
digits inside an IBAN-shaped run.

Values are looked for in the matching view and, where that view glued two things together by
dropping an invisible character, also in a reading with a space there (see ``_readings``). Work on a
draft is bounded: past a budget the rest is skipped and the draft marked incomplete, which flags it.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from itertools import accumulate, compress
from typing import Any, NamedTuple, TypeVar
from weakref import WeakKeyDictionary

import phonenumbers
from pydantic import Field, field_validator
from stdnum import iban as stdnum_iban
from stdnum import luhn, numdb
from stdnum.exceptions import ValidationError as StdnumValidationError

from preflight.engine.context import ScanContext
from preflight.engine.detectors.base import Detector, DetectorOptions, register
from preflight.engine.findings import Hit, Severity

# ---------------------------------------------------------------------------------------------------
# Shared helpers
# ---------------------------------------------------------------------------------------------------

# Dashes between digit groups: ASCII, and the Unicode hyphens and en dash that editors substitute.
_DASH = r"\-\u2010-\u2013"
# What people put between the digit groups of one number: white space (a line break too, where a
# number wraps onto the next line), dots, dashes, slashes and underscores, in runs of up to three
# ("4111  1111", "555-\n0147", "512 - 38 - 4471"). Bounded, and disjoint from digits and letters, so a
# run of groups splits one way only and candidates stay linear. Each detector's guards (decimals,
# times, dates, versions, amounts, labels) and format checks decide what the groups are. Em dash,
# horizontal bar and minus sign separate groups too, but unlike _DASH do not stop a number from
# starting or ending next to them ("call me—415-555-0199").
_SEPARATOR_CHARS = rf"\s.{_DASH}\u2014\u2015\u2212/_"
_SEPARATOR = rf"[{_SEPARATOR_CHARS}]{{1,3}}"
# A number must not continue a word, a code (A-123, #123, /123, \123), an amount (+1, $1, €1) or a
# decimal or time (1.5, 1,5, 9:30), nor run on into one; "key=value" is fine ("phone=(718) ...").
# The look-behinds follow the first character they guard (hence the extra "."), which lets the regex
# engine skip to candidate characters quickly.
_NOT_BEFORE_NUMBER = rf"(?<![\w+#$€£¥@/\\{_DASH}&%?].)(?<!\d[.,:].)"
_NUMBER_END = rf"(?![\w{_DASH}/]|[.,:]\d)"
# A candidate takes in this many digit groups at most. Generous, because numbers written next to each
# other ("4111 1111 1111 1111 4242 4242 4242 4242") form one candidate that is then split into runs;
# bounded, so that a hostile draft of digit groups costs linear time.
_RUN_GROUPS = 200
_NON_DIGITS = re.compile(r"\D+")
T = TypeVar("T")


def _alternation(phrases: Sequence[str]) -> str | None:
    """A regex matching any of ``phrases`` (case-folded), factored as a trie: one branch per distinct
    next character instead of one per phrase, several times faster on lists of a hundred phrases.
    A space in a phrase matches one to three white-space characters."""
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
            (r"\s{1,3}" if ch == " " else re.escape(ch)) + build(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def _phrase_regex(phrases: Sequence[str]) -> re.Pattern[str] | None:
    """Any of ``phrases`` as whole words, case-insensitive."""
    body = _alternation(phrases)
    # Look-arounds rather than \b, so that phrases ending in punctuation ("ss#", "tel.") still match.
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE) if body else None


def _label_regex(labels: Sequence[str]) -> re.Pattern[str] | None:
    """Matches when one of ``labels`` ends just before a number: "part no. ", "SKU ", "order #",
    "Serial number: ". Searched in the few characters before a candidate."""
    body = _alternation(labels)
    suffix = r"(?:\s{0,3}(?:no|nr|number|num|id|code)\b)?"
    return re.compile(rf"(?<!\w){body}{suffix}\W{{0,4}}\Z", re.IGNORECASE) if body else None


def _near(regex: re.Pattern[str] | None, text: str, start: int, end: int, before: int, after: int) -> bool:
    """Whether ``regex`` matches within ``before`` characters before ``start`` or ``after`` after ``end``."""
    if regex is None:
        return False
    return bool(regex.search(text, max(0, start - before), start) or regex.search(text, end, end + after))


def _labelled(regex: re.Pattern[str] | None, text: str, start: int) -> bool:
    """Whether a label of ``regex`` ends right before ``start``."""
    return regex is not None and regex.search(text, max(0, start - 40), start) is not None


def _digit_count(text: str) -> int:
    return len(_NON_DIGITS.sub("", text))


class _Group(NamedTuple):
    """One group of digits inside a number candidate (a tuple: long drafts make thousands)."""

    start: int
    end: int
    digits: str
    separator: str  # the text between the previous group and this one ("" for the first)


_DIGIT_GROUP = re.compile(r"\d+")


class _DigitRun:
    """The digit groups of one number candidate. Candidate regexes are greedy and may take in
    neighbouring numbers ("call 2 415-555-0199 / 415-555-0188"), so detectors look at runs of
    consecutive groups ``[i, j)``, made cheap by prefix sums of the digit counts."""

    def __init__(self, text: str, start: int, end: int) -> None:
        groups: list[_Group] = []
        previous_end = start
        for m in _DIGIT_GROUP.finditer(text, start, end):
            separator = text[previous_end : m.start()] if groups else ""
            groups.append(_Group(m.start(), m.end(), m.group(), separator))
            previous_end = m.end()
        self.groups = groups
        self.digits = "".join(g.digits for g in self.groups)
        self._ends = [0, *accumulate(len(g.digits) for g in self.groups)]

    def digits_of(self, i: int, j: int) -> str:
        return self.digits[self._ends[i] : self._ends[j]]

    def overlapping(self, spans: _Spans) -> list[tuple[int, int]]:
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


def _gaps(taken: list[tuple[int, int]], count: int) -> Iterator[tuple[int, int]]:
    """The ranges of ``range(count)`` outside the sorted, non-overlapping ``taken`` ranges."""
    position = 0
    for i, j in taken:
        if i > position:
            yield position, i
        position = j
    if position < count:
        yield position, count


class _Spans:
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
_READINGS: WeakKeyDictionary[ScanContext, list[tuple[str, SpanMap]]] = WeakKeyDictionary()


def _readings(ctx: ScanContext) -> list[tuple[str, SpanMap]]:
    """The texts to look for values in, each with the way back to matching-view offsets.

    The matching view drops invisible characters, which is right inside a value ("4111\u200b1111..."
    is one card number) but glues two values that an invisible character separated
    ("...1111\u200b4242..." or "jane@x.com\u200b4111..."). So where the view joined a letter or digit
    to something else, values are also read with a space in that place. Computed once a draft and
    shared by the detectors of this module."""
    if ctx not in _READINGS:
        text, view = ctx.text, ctx.view
        readings: list[tuple[str, SpanMap]] = [(text, lambda start, end: (start, end))]
        if view.starts is not None and view.ends is not None:
            starts, ends = view.starts, view.ends
            # View positions after a gap in the original, iterated at C level (a few ms on 100,000).
            gaps = compress(range(1, len(text)), map(operator.gt, starts[1:], ends))
            joins = [p for p in gaps if _joined(text[p - 1], text[p])]
            if joins:
                readings.append(_spaced_reading(text, joins))
        _READINGS[ctx] = readings
    return _READINGS[ctx]


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


def _each_reading(ctx: ScanContext, find: Callable[[str], Iterator[Hit]]) -> Iterator[Hit]:
    """The hits ``find`` makes in each reading of the draft, in view offsets, each span once."""
    seen: set[tuple[int, int]] = set()
    for text, to_view in _readings(ctx):
        for hit in find(text):
            start, end = to_view(hit.start, hit.end)
            if (start, end) not in seen:
                seen.add((start, end))
                yield Hit(start, end, hit.severity, hit.message, hit.guidance)


class _Budget:
    """Work allowed on one draft (shared by its readings): beyond it, a draft is no ordinary post."""

    def __init__(self, limit: int) -> None:
        self.left = limit

    def spend(self) -> bool:
        self.left -= 1
        return self.left >= 0

    @property
    def exhausted(self) -> bool:
        return self.left < 0


def _incomplete(ctx: ScanContext, reason: str) -> None:
    if reason not in ctx.incomplete_reasons:  # once, though each reading of the draft may stop
        ctx.incomplete_reasons.append(reason)


# IBAN-shaped runs, in either case (the check is strict): country letters, two check digits, then
# groups of four (the last may be shorter; separated by any run of separators, so a line break where
# the account number wraps too) or one unspaced run. Used by the IBAN detector and, unvalidated, to
# keep the phone and card detectors out of account numbers.
_IBAN_CANDIDATE = re.compile(
    r"[A-Za-z](?<![A-Za-z0-9].)[A-Za-z]\d{2}"
    rf"(?:(?:{_SEPARATOR}[A-Za-z0-9]{{4}}){{2,8}}(?:{_SEPARATOR}[A-Za-z0-9]{{1,3}}(?![A-Za-z0-9]))?"
    r"|[A-Za-z0-9]{11,30}(?![A-Za-z0-9]))"
)
_NOT_ALNUM = re.compile(r"[^A-Za-z0-9]+")
_IBAN_DB = numdb.get("iban")
_BBAN_PART = re.compile(r"(\d+)!([nac])")


@cache
def _iban_length(country: str) -> int | None:
    """The IBAN length of a country (ISO 13616 registry, through stdnum), or None if it has none."""
    info = _IBAN_DB.info(country)
    structure = info[0][1].get("bban") if info else None
    if not structure:
        return None
    return 4 + sum(int(n) for n, _ in _BBAN_PART.findall(structure))


def _iban_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _IBAN_CANDIDATE.finditer(text) if _iban_length(m.group()[:2].upper())]


def _iban_shaped(text: str) -> _Spans:
    return _Spans(_iban_spans(text))


# Dates with a four-digit year (2024-09-15, 15/09/2024, 09.15.2024): the phone detector leaves their
# digits alone, so two dates side by side ("2024-09-15 / 2024-09-16") are not read as one number
# starting with the 0 of a month. A two-digit year is not enough: "06.12.34.56.78" is a French phone.
_DATE = re.compile(
    r"(?<![\d.])(?:(?:19|20)\d\d([-/.])\d{1,2}\1\d{1,2}|\d{1,2}([-/.])\d{1,2}\2(?:19|20)\d\d)(?![\d])"
)


def _not_phone_spans(text: str) -> _Spans:
    """Spans whose digits are no phone number's: IBAN-shaped runs and dates."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(_iban_spans(text) + [m.span() for m in _DATE.finditer(text)]):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return _Spans(merged)


# ---------------------------------------------------------------------------------------------------
# E-mail
# ---------------------------------------------------------------------------------------------------

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
# Anchored on "@": the domain after it, then the local part read backwards from it.
# An address may wrap onto the next line on either side of its "@" ("jane.doe@\nexample.com",
# "jane.doe\n@example.com"): a line break, with a little horizontal space around it.
_LINE_WRAP = r"[^\S\n]{0,3}\n[^\S\n]{0,3}"
_EMAIL_DOMAIN = re.compile(
    rf"@(?:{_LINE_WRAP})?(?P<domain>(?:{_LABEL}\.){{1,8}}[A-Za-z]{{2,24}})(?![\w\-]|\.[A-Za-z0-9])"
)
_EMAIL_LOCAL = re.compile(r"(?<![\w.%+\-])[A-Za-z0-9][\w.%+\-]{0,63}\Z")
_WRAPPED_BEFORE_AT = re.compile(rf"{_LINE_WRAP}\Z")
# Before a wrapped "@" only a local part that looks like a person's handle counts (jane.doe, j_doe,
# jdoe84): a line that starts with "@name.bsky.social" after a word is a mention, not an address.
_WRAPPED_LOCAL = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[._+\-][A-Za-z0-9]+)+|[A-Za-z]+[0-9]+")
# "git@github.com:org/repo.git" is an SSH remote, not an address.
_SCP_PATH = re.compile(r":[\w~/]")
# The user and password of a link (https://user:secret@host) end where an address's "@" would be.
_URL_USERINFO = re.compile(r"://[^\s/@]{0,200}:[^\s/@]{0,200}\Z")

# Obfuscated forms: "jane.doe at gmail dot com", "luis [at] protonmail [dot] com", "x (at) y (dot) org".
# Found from their "at" (bracketed, or a bare word between spaces), then read forwards and backwards.
_OBF_AT = re.compile(r"[\[({<]\s{0,2}at\s{0,2}[\])}>]|\sat\s|\s@\s", re.IGNORECASE)
_OBF_DOT = r"(?:\s{0,2}[\[({<]\s{0,2}dot\s{0,2}[\])}>]\s{0,2}|\s{1,2}dot\s{1,2}|\.)"
_OBF_WORD = r"[a-z0-9][a-z0-9_%+\-]{0,62}"
_OBF_LOCAL = re.compile(
    rf"(?<![\w.%+\-@'’]){_OBF_WORD}(?:{_OBF_DOT}{_OBF_WORD}){{0,3}}\s{{0,2}}\Z", re.IGNORECASE
)
_OBF_SEPARATOR = re.compile(_OBF_DOT, re.IGNORECASE)
_HANDLE = re.compile(r"[a-z][a-z0-9]{0,62}(?:[._][a-z][a-z0-9]{0,62}){1,3}")


class EmailOptions(DetectorOptions):
    # Local parts of an organisation's role mailboxes, reported at low severity; also with a suffix
    # after . _ - + or digits ("support.emea", "jobs2025").
    role_mailboxes: list[str] = Field(
        default_factory=lambda: [
            "support", "info", "press", "sales", "hello", "careers", "jobs", "contact", "help",
            "billing", "media", "team", "partners", "privacy", "security", "noreply", "no-reply",
        ]
    )  # fmt: skip
    role_message: str = "Role mailbox of an organisation: reported, not flagged."
    allowed_message: str = "Allow-listed e-mail address or domain (policy lists): reported, not flagged."
    # What the author should do about those (the rule's own guidance is for a personal address).
    role_guidance: str = (
        "Nothing to change if this is the organisation's published mailbox; check it is spelled as published."
    )
    allowed_guidance: str = "Nothing to change: the address is on the organisation's allow list."
    # Top-level domains accepted at the end of an obfuscated address ("... dot com").
    obfuscation_tlds: list[str] = Field(default_factory=lambda: ["com", "org", "net", "io"], min_length=1)
    # Words that are not a domain in prose: "looked at the dot com boom".
    not_domain_words: list[str] = Field(default_factory=lambda: ["the", "a", "an", "my", "our", "your"])
    # File extensions that look like a top-level domain: "logo@2x.png" is an asset, not an address.
    not_email_tlds: list[str] = Field(default_factory=lambda: ["png", "jpg", "jpeg", "gif", "svg", "webp"])


@register
class EmailDetector(Detector):
    name = "email"
    Options = EmailOptions

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        opts: EmailOptions = self.options  # type: ignore[assignment]
        self._roles = {r.lower() for r in opts.role_mailboxes}
        self._not_domain = {w.lower() for w in opts.not_domain_words}
        self._not_tlds = {t.lower() for t in opts.not_email_tlds}
        self._tlds = {t.lower() for t in opts.obfuscation_tlds}
        self._allowed_addresses = {a.strip().lower() for a in self.lists.allowed_email_addresses}
        self._allowed_domains = {d.strip().lower().lstrip("@") for d in self.lists.allowed_email_domains}
        tlds = "|".join(sorted(map(re.escape, self._tlds), key=len, reverse=True))
        self._obfuscated_tail = re.compile(
            rf"\s{{0,2}}(?P<domain>{_LABEL}(?:{_OBF_DOT}{_LABEL}){{0,3}})(?P<dot>{_OBF_DOT})(?P<tld>{tlds})"
            r"(?![\w\-])",
            re.IGNORECASE,
        )

    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        return _each_reading(ctx, self._find)

    def _find(self, text: str) -> Iterator[Hit]:
        if "@" in text:
            yield from self._plain(text)
        yield from self._obfuscated(text)

    def _plain(self, text: str) -> Iterator[Hit]:
        for m in _EMAIL_DOMAIN.finditer(text):
            at = m.start()
            wrap = _WRAPPED_BEFORE_AT.search(text, max(0, at - 8), at)
            local_end = at if wrap is None else wrap.start()
            local = _EMAIL_LOCAL.search(text, max(0, local_end - 64), local_end)
            domain = m.group("domain").lower()
            if local is None or domain.rsplit(".", 1)[1] in self._not_tlds or _SCP_PATH.match(text, m.end()):
                continue
            if wrap is not None and not _WRAPPED_LOCAL.fullmatch(local.group()):
                continue
            if _URL_USERINFO.search(text, max(0, at - 400), at):
                continue  # https://user:password@host: a credential in a link, not an address
            yield self._hit(local.start(), m.end(), local.group().lower(), domain)

    def _obfuscated(self, text: str) -> Iterator[Hit]:
        last_end = 0
        for at in _OBF_AT.finditer(text):
            if at.start() < last_end:
                continue
            tail = self._obfuscated_tail.match(text, at.end())
            if tail is None:
                continue
            local = _OBF_LOCAL.search(text, max(last_end, at.start() - 260), at.start())
            if local is None:
                continue
            address = self._deobfuscate(local.group().strip(), at.group(), tail)
            if address is not None:
                last_end = tail.end()
                yield self._hit(local.start(), tail.end(), *address)

    def _deobfuscate(self, local: str, at: str, tail: re.Match[str]) -> tuple[str, str] | None:
        """The (local part, domain) an obfuscated address spells, or None when it reads as prose."""
        local = _OBF_SEPARATOR.sub(".", local).lower()
        labels = _OBF_SEPARATOR.sub(".", tail.group("domain")).lower().split(".")
        if labels[0] in self._not_domain:
            return None
        if at.strip().lower() == "at" and "dot" not in tail.group("dot").lower() and not self._handle(local):
            # A bare "at" and a real dot is prose ("sign in at outlook.com", "we are at contoso.com")
            # unless what precedes looks like a handle: "jane.doe at contoso.com".
            return None
        return local, ".".join([*labels, tail.group("tld").lower()])

    def _handle(self, local: str) -> bool:
        """jane.doe, j_doe: letters joined by . or _ (not "v2.0", not a domain like "x.com")."""
        return bool(_HANDLE.fullmatch(local)) and local.rsplit(".", 1)[-1] not in self._tlds

    def _hit(self, start: int, end: int, local: str, domain: str) -> Hit:
        opts: EmailOptions = self.options  # type: ignore[assignment]
        if f"{local}@{domain}" in self._allowed_addresses or self._domain_allowed(domain):
            return Hit(start, end, Severity.low, opts.allowed_message, opts.allowed_guidance)
        if self._is_role(local):
            return Hit(start, end, Severity.low, opts.role_message, opts.role_guidance)
        return Hit(start, end)

    def _domain_allowed(self, domain: str) -> bool:
        return any(domain == d or domain.endswith("." + d) for d in self._allowed_domains)

    def _is_role(self, local: str) -> bool:
        if local in self._roles:
            return True
        head = re.split(r"[._+\-\d]", local, maxsplit=1)[0]
        return head != local and head in self._roles


# ---------------------------------------------------------------------------------------------------
# Phone
# ---------------------------------------------------------------------------------------------------

# Groups of digits (an area code may be in brackets), separated by a run of separators. Repetitions
# are bounded and a separator is required, so a digit run is split one way only.
_PHONE_GROUP = rf"(?:\(\d{{1,5}}\)(?:{_SEPARATOR})?)?\d{{1,15}}"
_PHONE_CANDIDATE = re.compile(
    rf"(?:(?P<plus>\+){_NOT_BEFORE_NUMBER}[ ]?{_PHONE_GROUP}"
    rf"|\({_NOT_BEFORE_NUMBER}\d{{1,5}}\)(?:{_SEPARATOR})?\d{{1,15}}"
    rf"|\d{_NOT_BEFORE_NUMBER}\d{{0,14}})"
    rf"(?:{_SEPARATOR}{_PHONE_GROUP}){{0,{_RUN_GROUPS}}}{_NUMBER_END}"
)
# North American shape: 415-555-0199, (773) 555-0190, 415.555.0199, 1 (888) 555-0142.
_NANP_SHAPE = re.compile(
    rf"(?:\+?1{_SEPARATOR})?(?:\(\d{{3}}\)(?:{_SEPARATOR})?|\d{{3}}{_SEPARATOR})\d{{3}}{_SEPARATOR}\d{{4}}"
)
# A group starting with 0: a trunk prefix (07700 900461) or an international 00.
_ZERO_GROUP = re.compile(r"(?<!\d)0")
_NANP_INSIDE = re.compile(rf"(?<![\d(]){_NANP_SHAPE.pattern}(?!\d)")
# Shapes that belong to something else: SSN 3-2-4, dotted IPv4, dates.
_NOT_PHONE_SHAPES = re.compile(
    rf"\d{{3}}{_SEPARATOR}\d{{2}}{_SEPARATOR}\d{{4}}"
    r"|\d{1,3}(?:\.\d{1,3}){3}"
    rf"|\d{{4}}[{_DASH}/.]\d{{1,2}}[{_DASH}/.]\d{{1,2}}"
    rf"|\d{{1,2}}[{_DASH}/.]\d{{1,2}}[{_DASH}/.]\d{{2,4}}"
)
_NANP_REGIONS = ("US", "CA")
# The most groups a written number has: +33 6 12 34 56 78, +44 (0)20 7946 0958.
_PHONE_MAX_GROUPS = 7


class PhoneOptions(DetectorOptions):
    # Regions whose national formats are recognised. Numbers written with + (or 00) parse regardless.
    regions: list[str] = Field(default_factory=lambda: ["US", "GB", "CA", "AU", "FR", "DE", "IE", "NL"])
    # Of those, the regions where national numbers are commonly written without a trunk prefix
    # (Spain, Italy, India's mobiles): a bare number is tried only in these, and only with a context
    # word. Elsewhere a national number starts with its trunk 0.
    bare_number_regions: list[str] = Field(default_factory=lambda: ["US", "CA", "ES", "IT", "IN"])
    min_digits: int = Field(default=8, ge=5, le=15)  # with a country code, the country code included
    min_national_digits: int = Field(default=9, ge=5, le=15)
    max_national_digits: int = Field(default=12, ge=5, le=17)
    # Words near a number that make a bare candidate a phone number.
    context_words: list[str] = Field(default_factory=lambda: ["call", "text", "cell", "mobile", "phone"])
    context_before: int = Field(default=60, ge=0, le=500)
    context_after: int = Field(default=30, ge=0, le=500)
    # Phrases that present a number as an organisation's published line: reported at low severity.
    business_context: list[str] = Field(default_factory=lambda: ["call us", "customer service", "hotline"])
    business_before: int = Field(default=60, ge=0, le=500)
    business_after: int = Field(default=40, ge=0, le=500)
    # phonenumbers number types that are an organisation's line, not a person's: low severity.
    business_number_types: list[str] = Field(default_factory=lambda: ["TOLL_FREE", "PREMIUM_RATE"])
    # Labels that make the number after them something else: "part no. 1200-4417-09", "SKU ...".
    not_phone_labels: list[str] = Field(default_factory=lambda: ["part", "sku", "isbn", "order", "ssn"])
    business_message: str = "Toll-free or published business line: reported, not flagged."
    allowed_message: str = "Allow-listed phone number (policy lists): reported, not flagged."
    # What the author should do about those (the rule's own guidance is for a personal number).
    business_guidance: str = (
        "Nothing to change if this is the organisation's published line; check it against the website."
    )
    allowed_guidance: str = "Nothing to change: the number is on the organisation's allow list."
    # Work limits per draft: parsing costs ~50 µs a number, and a window of digit groups a few µs to
    # look at. A draft needing more than this is no ordinary post: the rest of it is not checked for
    # phone numbers and the draft is marked incomplete (which flags it).
    max_parses: int = Field(default=300, ge=10, le=100_000)
    max_checks: int = Field(default=1000, ge=10, le=10_000_000)

    @field_validator("regions", "bare_number_regions")
    @classmethod
    def _known_regions(cls, values: list[str]) -> list[str]:
        unknown = [r for r in values if r.upper() not in phonenumbers.SUPPORTED_REGIONS]
        if unknown:
            raise ValueError(f"region codes known to phonenumbers (unknown: {', '.join(unknown)})")
        return [r.upper() for r in values]

    @field_validator("business_number_types")
    @classmethod
    def _known_types(cls, values: list[str]) -> list[str]:
        unknown = [t for t in values if not hasattr(phonenumbers.PhoneNumberType, t.upper())]
        if unknown:
            raise ValueError(f"phonenumbers PhoneNumberType names (unknown: {', '.join(unknown)})")
        return [t.upper() for t in values]


@dataclass(frozen=True, slots=True)
class _PhoneNumber:
    e164: str
    valid: bool  # phonenumbers' full check; a merely possible number is still reported
    number_type: int  # a phonenumbers.PhoneNumberType (UNKNOWN when not valid)


@register
class PhoneDetector(Detector):
    name = "phone"
    Options = PhoneOptions

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        opts: PhoneOptions = self.options  # type: ignore[assignment]
        self.nanp_region = next((r for r in opts.regions if r in _NANP_REGIONS), None)
        # Regions other than North America, whose national numbers start with a 0.
        self.trunk_zero_regions = [r for r in opts.regions if r not in _NANP_REGIONS]
        self.bare_regions = [r for r in opts.bare_number_regions if r in opts.regions]
        self.context = _phrase_regex(opts.context_words)
        self.business_context = _phrase_regex(opts.business_context)
        self.not_labels = _label_regex(opts.not_phone_labels)
        self.business_types = {getattr(phonenumbers.PhoneNumberType, t) for t in opts.business_number_types}
        self.allowed = {e for e in map(self._e164, self.lists.allowed_phone_numbers) if e}

    def _e164(self, written: str) -> str | None:
        """An allow-listed number in E.164: international, or national in the first region where it is a
        possible number (lists are best written in E.164)."""
        opts: PhoneOptions = self.options  # type: ignore[assignment]
        for region in (None, *opts.regions):
            try:
                number = phonenumbers.parse(written, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_possible_number(number):
                return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        return None

    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        opts: PhoneOptions = self.options  # type: ignore[assignment]
        # One budget and one parse cache for the draft, whichever reading of it is scanned.
        budget = _PhoneBudget(_Budget(opts.max_checks), _Budget(opts.max_parses), {})
        return _each_reading(ctx, partial(self._find, ctx, budget))

    def _find(self, ctx: ScanContext, budget: _PhoneBudget, text: str) -> Iterator[Hit]:
        opts: PhoneOptions = self.options  # type: ignore[assignment]
        iban_shaped: _Spans | None = None
        left_alone: _Spans | None = None
        scan = _PhoneScan(self, text, budget)
        for m in _PHONE_CANDIDATE.finditer(text):
            plus = m.group("plus") is not None
            if _digit_count(m.group()) < (opts.min_digits if plus else opts.min_national_digits):
                continue
            if iban_shaped is None or left_alone is None:
                iban_shaped, left_alone = _iban_shaped(text), _not_phone_spans(text)
            if iban_shaped.covers(m.start(), m.end()) or _labelled(self.not_labels, text, m.start()):
                continue
            for start, end, found in scan.numbers_in(m.start(), m.end(), plus, left_alone):
                yield self._hit(text, start, end, found)
            if scan.out_of_budget:
                _incomplete(
                    ctx, "phone number check stopped early: the draft holds too many number-like sequences"
                )
                return

    def _hit(self, text: str, start: int, end: int, found: _PhoneNumber) -> Hit:
        opts: PhoneOptions = self.options  # type: ignore[assignment]
        if found.e164 in self.allowed:
            return Hit(start, end, Severity.low, opts.allowed_message, opts.allowed_guidance)
        if found.number_type in self.business_types or _near(
            self.business_context, text, start, end, opts.business_before, opts.business_after
        ):
            return Hit(start, end, Severity.low, opts.business_message, opts.business_guidance)
        return Hit(start, end)


class _PhoneBudget(NamedTuple):
    checks: _Budget
    parses: _Budget
    # Parse results by (digits, region): hostile drafts repeat one number many times.
    cache: dict[tuple[str, str | None], _PhoneNumber | None]


class _PhoneScan:
    """The phone checks of one reading of a draft."""

    def __init__(self, detector: PhoneDetector, text: str, budget: _PhoneBudget) -> None:
        self.detector = detector
        self.opts: PhoneOptions = detector.options  # type: ignore[assignment]
        self.text = text
        self.budget = budget

    @property
    def out_of_budget(self) -> bool:
        return self.budget.checks.exhausted or self.budget.parses.exhausted

    def numbers_in(
        self, start: int, end: int, international: bool, left_alone: _Spans
    ) -> Iterator[tuple[int, int, _PhoneNumber]]:
        """The phone numbers inside one candidate. From left to right, card-like runs and strong
        readings (international, North American shape, trunk 0) take their groups, whichever comes
        first: "(312) 555-0147 4111 1111 1111 1111" is a phone number and a card, "2024 0301 7788 4410"
        a reference with no phone number inside. Weak readings (a bare number near a context word)
        may then use the groups left over. The digits of an IBAN or a date are left alone."""
        may_be_strong = self._may_be_strong(start, end, international)
        context_near = self._context_near(start, end)
        if not (may_be_strong or context_near):
            return
        run = _DigitRun(self.text, start, end)
        groups = run.groups
        low = min(self.opts.min_digits, self.opts.min_national_digits)
        high = max(15 + 2, self.opts.max_national_digits)  # 15 digits after an international 00

        def card_like(i: int, j: int) -> bool:
            # A card (Luhn-valid), or a reference printed like one in four or more groups of four.
            if (international and i == 0) or not _card_shaped(run, i, j):
                return False
            return j - i >= 4 or luhn.is_valid(run.digits_of(i, j))

        def card_like_or_strong(i: int, j: int) -> _PhoneNumber | bool | None:
            if card_like(i, j):
                return True
            digits = run.digits_of(i, j)
            plus = international and i == 0
            if not may_be_strong or len(digits) > high or not self._plausible(groups[i:j], digits, plus):
                return None
            return self._strong(groups[i:j], digits, plus)

        def weak(i: int, j: int) -> _PhoneNumber | None:
            if international and i == 0:
                return None  # a "+" number that no region reads
            digits = run.digits_of(i, j)
            return self._weak(groups[i:j], digits) if self._plausible(groups[i:j], digits, False) else None

        taken = run.overlapping(left_alone)
        found: list[tuple[int, int, _PhoneNumber]] = []
        for a, b in _gaps(taken, len(groups)):
            for i, j, read in run.segments(a, b, low, max(high, 19), _PHONE_MAX_GROUPS, card_like_or_strong):
                taken.append((i, j))
                if isinstance(read, _PhoneNumber):
                    found.append((i, j, read))
        if context_near:
            for a, b in _gaps(sorted(taken), len(groups)):
                found += run.segments(a, b, low, high, _PHONE_MAX_GROUPS, weak)
        for i, j, number in found:
            yield self._start(groups[i]), groups[j - 1].end, number

    def _may_be_strong(self, start: int, end: int, international: bool) -> bool:
        """Whether any window of the candidate could read as strong (saves trying each window)."""
        if international or _ZERO_GROUP.search(self.text, start, end):
            return True
        return (
            self.detector.nanp_region is not None and _NANP_INSIDE.search(self.text, start, end) is not None
        )

    def _context_near(self, start: int, end: int) -> bool:
        opts = self.opts
        return _near(self.detector.context, self.text, start, end, opts.context_before, opts.context_after)

    def _start(self, first: _Group) -> int:
        """Where the number as written starts: with the "+" of a country code or the "(" of an area code."""
        start = first.start
        if start > 0 and self.text[start - 1] == "(":
            start -= 1
        if start > 0 and self.text[start - 1] == "+":
            start -= 1
        elif start > 1 and self.text[start - 2 : start] == "+ ":
            start -= 2
        return start

    def _plausible(self, window: list[_Group], digits: str, plus: bool) -> bool:
        """Cheap shape checks before any parsing."""
        if not self.budget.checks.spend():
            return False
        if sum(len(g.digits) == 1 for g in window) > 2 or len(set(digits)) < 3:
            return False
        if plus or digits.startswith("00"):
            return self.opts.min_digits <= len(digits) - (0 if plus else 2) <= 15
        if not self.opts.min_national_digits <= len(digits) <= self.opts.max_national_digits:
            return False
        if len(window[-1].digits) == 1:  # an ISBN-like check digit: 978-0-306-40615-7
            return False
        if len(digits) >= 13 and luhn.is_valid(digits):
            return False  # a card number
        return not _NOT_PHONE_SHAPES.fullmatch(self.text, self._start(window[0]), window[-1].end)

    def _strong(self, window: list[_Group], digits: str, plus: bool) -> _PhoneNumber | None:
        """International (+ or 00), a North American shape, or a national number with its trunk 0."""
        if plus:
            return self._parse("+" + digits, None, valid=False)
        if digits.startswith("00"):
            return self._parse("+" + digits[2:], None, valid=False)
        nanp = self.detector.nanp_region
        if nanp and _NANP_SHAPE.fullmatch(self.text, self._start(window[0]), window[-1].end):
            number = self._parse(digits, nanp, valid=True)
            if number is not None:
                return number
        if digits.startswith("0"):
            return self._trunk_zero(digits)
        return None

    def _trunk_zero(self, digits: str) -> _PhoneNumber | None:
        """A national number with its trunk 0, read in the first region (in policy order) where it is
        valid, else where it is possible: "0808 157 0192" is a UK freephone number (a business line)
        before it is anything else; "07700 900461" is possible but not valid in the UK."""
        fallback = None
        for region in self.detector.trunk_zero_regions:
            number = self._parse(digits, region, valid=False)
            if number is not None and number.valid:
                return number
            fallback = fallback or number
        return fallback

    def _weak(self, window: list[_Group], digits: str) -> _PhoneNumber | None:
        """A bare national number (612 345 678, 4155550199): valid in a region where numbers are
        written that way, with a context word ("call", "mobile") nearby."""
        if digits.startswith("0") or not self._context_near(window[0].start, window[-1].end):
            return None
        for region in self.detector.bare_regions:
            number = self._parse(digits, region, valid=True)
            if number is not None:
                return number
        return None

    def _parse(self, written: str, region: str | None, *, valid: bool) -> _PhoneNumber | None:
        """``written`` read in ``region`` if it is a possible number there (and valid, if asked)."""
        key = (written, region)
        cache = self.budget.cache
        if key not in cache:
            if not self.budget.parses.spend():
                return None
            cache[key] = _read_number(written, region)
        result = cache[key]
        return result if result is not None and (result.valid or not valid) else None


def _read_number(written: str, region: str | None) -> _PhoneNumber | None:
    try:
        number = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    valid = phonenumbers.is_valid_number(number)
    return _PhoneNumber(
        e164, valid, phonenumbers.number_type(number) if valid else phonenumbers.PhoneNumberType.UNKNOWN
    )


# ---------------------------------------------------------------------------------------------------
# Payment card
# ---------------------------------------------------------------------------------------------------

# Where a card can start inside a candidate: a group of four followed by 4 or 6 more digits (4-4-4-4,
# 4-6-5), a group of eight followed by eight (8-8), or an unspaced run of 13 or more.
_CARD_START = re.compile(
    rf"(?<!\d)\d{{4}}(?:{_SEPARATOR}\d{{4}}|{_SEPARATOR}\d{{6}}|\d{{4}}{_SEPARATOR}\d{{8}}|\d{{9}})"
)
_CARD_CANDIDATE = re.compile(
    rf"\d{_NOT_BEFORE_NUMBER}\d{{0,18}}(?:{_SEPARATOR}\d{{1,19}}){{0,{_RUN_GROUPS}}}{_NUMBER_END}"
)


class PaymentCardOptions(DetectorOptions):
    # First digits of the major issuers (2-series and 5 Mastercard, 3 Amex/Diners/JCB, 4 Visa,
    # 6 Discover/UnionPay/Maestro).
    issuer_first_digits: str = Field(default="23456", pattern=r"^\d{1,10}$")
    min_digits: int = Field(default=13, ge=12, le=19)
    max_digits: int = Field(default=19, ge=12, le=19)
    # Labels after which a Luhn-valid number is something else (an IMEI is 15 Luhn-valid digits).
    not_card_labels: list[str] = Field(default_factory=lambda: ["imei", "isbn", "tracking"])
    # A draft needing more Luhn checks than this is no ordinary post: the rest is not checked and the
    # draft is marked incomplete (which flags it).
    max_checks: int = Field(default=1000, ge=10, le=10_000_000)


def _card_grouping(run: _DigitRun, i: int, j: int) -> bool:
    """Unspaced, or grouped the way cards are printed: 4-4-4-4(-3), 4-4-4-1, Amex 4-6-5, Diners 4-6-4,
    8-8, with one kind of separator throughout ("4111 1111-1111 1111" is not a card)."""
    window = run.groups[i:j]
    if len(window) == 1:
        return True
    if len({_separator_kind(g.separator) for g in window[1:]}) != 1:
        return False
    sizes = [len(g.digits) for g in window]
    if sizes in ([4, 6, 5], [4, 6, 4], [8, 8]):
        return True
    return all(s == 4 for s in sizes[:-1]) and 1 <= sizes[-1] <= 4


def _separator_kind(separator: str) -> str:
    """What a separator is, ignoring the white space around it: "-", "- " and "-\n" are one kind, and
    every run of white space another (a number wrapped onto the next line keeps its kind)."""
    return "".join(separator.split()) or " "


def _card_shaped(run: _DigitRun, i: int, j: int) -> bool:
    """Grouped like a card, whatever its checksum (order and booking references are printed so too)."""
    return j - i > 1 and 13 <= len(run.digits_of(i, j)) <= 19 and _card_grouping(run, i, j)


@register
class PaymentCardDetector(Detector):
    name = "payment_card"
    Options = PaymentCardOptions

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        opts: PaymentCardOptions = self.options  # type: ignore[assignment]
        self._not_labels = _label_regex(opts.not_card_labels)

    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        opts: PaymentCardOptions = self.options  # type: ignore[assignment]
        return _each_reading(ctx, partial(self._find, ctx, _Budget(opts.max_checks)))

    def _find(self, ctx: ScanContext, checks: _Budget, text: str) -> Iterator[Hit]:
        opts: PaymentCardOptions = self.options  # type: ignore[assignment]
        iban_shaped: _Spans | None = None

        def is_card(run: _DigitRun, i: int, j: int) -> bool | None:
            digits = run.digits_of(i, j)
            if digits[0] not in opts.issuer_first_digits or not _card_grouping(run, i, j):
                return None
            return True if checks.spend() and luhn.is_valid(digits) else None

        for m in _CARD_CANDIDATE.finditer(text):
            if _digit_count(m.group()) < opts.min_digits or not _CARD_START.search(m.group()):
                continue  # too short, or no group that a card could start with
            if iban_shaped is None:
                iban_shaped = _iban_shaped(text)
            if iban_shaped.covers(m.start(), m.end()):
                continue
            run = _DigitRun(text, m.start(), m.end())
            for a, b in _gaps(run.overlapping(iban_shaped), len(run.groups)):
                for i, j, _ in run.segments(a, b, opts.min_digits, opts.max_digits, 5, partial(is_card, run)):
                    start = run.groups[i].start
                    if not _labelled(self._not_labels, text, start):
                        yield Hit(start, run.groups[j - 1].end)
            if checks.exhausted:
                _incomplete(
                    ctx, "payment card check stopped early: the draft holds too many card-like numbers"
                )
                return


# ---------------------------------------------------------------------------------------------------
# US Social Security number
# ---------------------------------------------------------------------------------------------------

_SSN_CANDIDATE = re.compile(
    rf"(?P<area>\d{_NOT_BEFORE_NUMBER}\d{{2}})(?P<sep>{_SEPARATOR})?(?P<group>\d{{2}})(?P<sep2>{_SEPARATOR})?"
    rf"(?P<serial>\d{{4}}){_NUMBER_END}"
)
_DASHES = re.compile(f"[{_DASH}]")


class UsSsnOptions(DetectorOptions):
    # Labels that make a nine-digit number an SSN when it is not dashed ("SSN 356 71 0482",
    # "ssn 356.71.0482", "ssn:771390256"). The dashed form ddd-dd-dddd needs none.
    labels: list[str] = Field(default_factory=lambda: ["ssn", "social security"])
    label_before: int = Field(default=50, ge=0, le=500)
    label_after: int = Field(default=30, ge=0, le=500)
    # Labels that make the number after them something else: "SKU 123-45-6789".
    not_ssn_labels: list[str] = Field(default_factory=lambda: ["sku", "part", "model", "order"])


def _valid_ssn_format(area: str, group: str, serial: str) -> bool:
    """The SSA's format rules. Deliberately not stdnum.us.ssn.is_valid, which also rejects numbers
    once used in advertising (219-09-9999): a real-looking SSN in a post is flagged either way."""
    return area not in ("000", "666") and not area.startswith("9") and group != "00" and serial != "0000"


@register
class UsSsnDetector(Detector):
    name = "us_ssn"
    Options = UsSsnOptions

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        opts: UsSsnOptions = self.options  # type: ignore[assignment]
        self._labels = _phrase_regex(opts.labels)
        self._not_labels = _label_regex(opts.not_ssn_labels)

    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        return _each_reading(ctx, self._find)

    def _find(self, text: str) -> Iterator[Hit]:
        opts: UsSsnOptions = self.options  # type: ignore[assignment]
        for m in _SSN_CANDIDATE.finditer(text):
            if not _valid_ssn_format(m.group("area"), m.group("group"), m.group("serial")):
                continue
            separators = {_separator_kind(sep) if sep else "" for sep in m.group("sep", "sep2")}
            if len(separators) != 1 or _labelled(self._not_labels, text, m.start()):
                continue  # written one way throughout (3-2-4 with two kinds is something else)
            dashed = _DASHES.fullmatch(separators.pop()) is not None
            if not dashed and not _near(
                self._labels, text, m.start(), m.end(), opts.label_before, opts.label_after
            ):
                continue
            yield Hit(m.start(), m.end())


# ---------------------------------------------------------------------------------------------------
# IBAN
# ---------------------------------------------------------------------------------------------------


class IbanOptions(DetectorOptions):
    pass


@register
class IbanDetector(Detector):
    """ISO 13616 through stdnum: the country, the mod-97 check digits and the country's account
    structure, not the national check digits (example accounts often lack them)."""

    name = "iban"
    Options = IbanOptions

    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        return _each_reading(ctx, self._find)

    def _find(self, text: str) -> Iterator[Hit]:
        for m in _IBAN_CANDIDATE.finditer(text):
            span = _iban_at(text, m.start(), m.end())
            if span is not None:
                yield Hit(*span)


def _iban_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a valid IBAN at the start of the candidate ``text[start:end]``, if there is one.

    The candidate regex may run on into what follows ("BE68 5390 0754 7034 2024"): the country's IBAN
    length says where the account number ends, which must be the end of a group."""
    length = _iban_length(text[start : start + 2].upper())
    if length is None:
        return None
    cut = start
    seen = 0
    while cut < end and seen < length:
        seen += text[cut].isalnum()
        cut += 1
    if seen < length or (cut < end and text[cut].isalnum()):
        return None
    return (start, cut) if _valid_iban(_NOT_ALNUM.sub("", text[start:cut])) else None


@lru_cache(maxsize=4096)
def _valid_iban(compact: str) -> bool:
    # Cached: stdnum's check costs ~40 µs and a hostile draft may repeat one account many times.
    try:
        stdnum_iban.validate(compact, check_country=False)
    except StdnumValidationError:
        return False
    return True
