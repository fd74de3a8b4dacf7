"""The ``encoded_secret`` detector: credentials hidden in base64, base64url, hex or percent-encoding.

A token pasted as ``Z2hwX3NN...`` (the base64 of ``ghp_sM...``) matches no credential pattern. This
detector finds runs of the draft that could be such an encoding, decodes each, keeps what decodes to
mostly printable UTF-8 text, and screens that text with the policy's own credential rules (the
enabled ``regex`` rules of the categories in ``categories``, ``secret`` by default, handed over by
``bind``): a new token format added to the policy is found encoded too, with no change here. A hit
reports the whole encoded run, with a message naming what it decodes to and never the value.

One level: what an encoded run decodes to is screened as it is, not decoded again (base64 of base64
passes). Base64 wrapped onto several lines (MIME and PEM wrap at 64 or 76 characters) is decoded
line by line and also whole.

Cost: the candidate expressions are linear (one character class each, read possessively), a run is
decoded once for each encoding it could be, and decoding and screening are linear in what is
decoded, so even a 100,000-character run costs a few milliseconds. Per-candidate overhead is bounded
by ``max_decodes``: past it the rest of the draft is not decoded and the draft is marked incomplete
(which flags it). A policy may also cap the length of a run (``max_length``); a longer run is not
decoded and marks the draft incomplete too, since a credential could sit at its end.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any
from urllib.parse import unquote_to_bytes

from pydantic import Field

from preflight.engine.context import ScanContext
from preflight.engine.detectors.base import Detector, DetectorOptions, register
from preflight.engine.detectors.patterns import RegexDetector
from preflight.engine.findings import Hit
from preflight.engine.text import normalise

# Decoded bytes are read as text when at least this share of them is printable UTF-8 (or white
# space): random bytes, and the misaligned decoding of text that is no encoding, are not; one stray
# byte appended to hide a token does not make the rest unreadable.
_MIN_READABLE = 0.9
_URL_SAFE = bytes.maketrans(b"-_", b"+/")
_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The characters of the runs the candidates are read in (both alphabets of base64 and hex; URL
# characters), and the first character of a run: one of them after none (a look-behind after it).
_ZONE = "[A-Za-z0-9+/_-]"
_URL_CHAR = "[A-Za-z0-9._~+%-]"
_RUN_START = "{0}(?<!{0}.)"


class EncodedSecretOptions(DetectorOptions):
    # Categories of the regex rules that screen decoded text.
    categories: list[str] = Field(min_length=1)
    # Shortest runs decoded: 16 base64 characters are 12 bytes, 32 hex digits 16 bytes (shorter holds
    # no credential of the policy's formats), and three %xx escapes in a run of URL characters.
    min_base64_length: int = Field(ge=8, le=1024)
    min_hex_length: int = Field(ge=16, le=1024)
    min_percent_escapes: int = Field(ge=1, le=100)
    # Longest run decoded; a longer one is not decoded, and the draft is marked incomplete. The default
    # policy says the longest draft: decoding is linear, so any run can be read whole.
    max_length: int = Field(ge=64, le=1_000_000)
    # Decodes per draft: a draft needing more is no ordinary post (marked incomplete).
    max_decodes: int = Field(ge=10, le=100_000)


def _base64(run: str) -> bytes:
    body = "".join(run.split()).rstrip("=").encode("ascii")  # without the line breaks of wrapped base64
    body = body[: len(body) - len(body) % 4] if len(body) % 4 == 1 else body  # a stray last character
    return binascii.a2b_base64(body + b"=" * (-len(body) % 4))


def _base64url(run: str) -> bytes:
    return _base64(run.encode("ascii").translate(_URL_SAFE).decode("ascii"))


def _hex(run: str) -> bytes:
    return bytes.fromhex(run[: len(run) - len(run) % 2])


def _percent(run: str) -> bytes:
    return unquote_to_bytes(run)


# Where MIME (76) and PEM (64) wrap base64: one full line of this width may be followed by a short last one.
_WRAP_WIDTHS = (64, 76)
_LINE_BREAK = re.compile(r"\r?\n")
_LAST_LINE = re.compile(r"\r?\n([A-Za-z0-9+/]+={0,2})(?![A-Za-z0-9+/=_-])")


def _wrapped(text: str, zones: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Base64 wrapped onto several lines: runs of one width on consecutive lines, then a last line
    that may be shorter (even shorter than a run: "QjNvSGs="). Yielded whole, so a credential split
    by a wrap is decoded in one piece."""
    widths = [b - a for a, b in zones]
    i = 0
    while i < len(zones):
        start, end = zones[i]
        width = widths[i]
        j = i + 1
        while j < len(zones) and widths[j - 1] == width and _LINE_BREAK.fullmatch(text, end, zones[j][0]):
            if widths[j] > width:
                break
            end = zones[j][1]
            j += 1
        if widths[j - 1] == width and text[end - 1] != "=" and (j - i > 1 or width in _WRAP_WIDTHS):
            last = _LAST_LINE.match(text, end)
            if last and len(last.group(1)) < width:
                tail = last.group(1)
                # Padding, or a length that completes the base64: not a word on the next line.
                if tail.endswith("=") or (len("".join(text[start:end].split())) + len(tail)) % 4 == 0:
                    end = last.end()
        if end > zones[i][1]:
            yield start, end
        i = j


def _readable(raw: bytes) -> str | None:
    """``raw`` as text, if it is mostly printable UTF-8. Counted at C speed where it can be: a long run
    of letters decodes to long garbage."""
    text = raw.decode("utf-8", errors="replace")
    allowed = len(text) * (1 - _MIN_READABLE)
    unreadable = text.count("\ufffd")  # what was not UTF-8 (U+FFFD itself is printable)
    if unreadable > allowed:
        return None
    if text.isprintable():
        return text
    if text.isascii():
        unreadable += len(_ASCII_CONTROL.findall(text))
    else:
        unreadable += sum(1 for ch in text if ch != "\ufffd" and not (ch.isprintable() or ch.isspace()))
    return text if unreadable <= allowed else None


@register
class EncodedSecretDetector(Detector[EncodedSecretOptions]):
    name = "encoded_secret"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        opts = self.options
        b64, hexa, escapes = opts.min_base64_length, opts.min_hex_length, opts.min_percent_escapes
        # Each expression is one possessive character class: scanning left to right, a run long
        # enough matches whole from its first character (no look-behind needed), and a shorter one
        # is skipped at C speed. Hex and both base64 alphabets are looked for only inside the runs
        # of their union (one scan of a draft that has none, which is most drafts), percent-encoding
        # only in a draft with a "%".
        # A run too short fails at its first character, and the engine then tried each next one in
        # turn: every run is read from its start (a look-behind after the first character), so each
        # later character is refused at once. Matches start at a run's start either way (a match takes
        # its run whole), so they are the same.
        self._zones = re.compile(rf"{_RUN_START.format(_ZONE)}{_ZONE}{{{min(b64, hexa) - 1},}}+={{0,2}}")
        self._in_zones: list[tuple[str, re.Pattern[str], Callable[[str], bytes]]] = [
            ("hex", re.compile(rf"[0-9A-Fa-f]{{{hexa},}}+"), _hex),
            ("base64", re.compile(rf"[A-Za-z0-9+/]{{{b64},}}+={{0,2}}"), _base64),
            ("base64url", re.compile(rf"[A-Za-z0-9_-]{{{b64},}}+={{0,2}}"), _base64url),
        ]
        self._percent = re.compile(rf"{_RUN_START.format(_URL_CHAR)}{_URL_CHAR}{{{3 * escapes - 1},}}+")
        self._screens: list[RegexDetector] = []

    def bind(self, detectors: Sequence[Detector]) -> None:
        opts = self.options
        self._screens = [
            d for d in detectors if isinstance(d, RegexDetector) and d.rule.category in opts.categories
        ]

    def _candidates(self, text: str) -> Iterator[tuple[str, int, int, Callable[[str], bytes]]]:
        """(encoding, start, end, decoder) of every run that could be an encoding."""
        opts = self.options
        zones = [zone.span() for zone in self._zones.finditer(text)]
        for zone_start, zone_end in zones:
            for encoding, candidate, decode in self._in_zones:
                for m in candidate.finditer(text, zone_start, zone_end):
                    yield encoding, m.start(), m.end(), decode
        if "\n" in text:
            for start, end in _wrapped(text, zones):
                yield "base64", start, end, _base64
        if "%" in text:
            for m in self._percent.finditer(text):
                if len(_PERCENT_ESCAPE.findall(m.group())) >= opts.min_percent_escapes:
                    yield "percent", m.start(), m.end(), _percent

    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        if not self._screens:
            return
        opts = self.options
        decodes_left = opts.max_decodes
        # Spans already reported, and what each span decoded to (a run of letters and digits reads the
        # same in base64 and base64url: screened once).
        reported: set[tuple[int, int]] = set()
        decoded: dict[tuple[int, int], set[str]] = {}
        for encoding, start, end, decode in self._candidates(ctx.text):
            span = (start, end)
            run = ctx.text[start:end]
            if span in reported:
                continue
            if len(run) > opts.max_length:
                _incomplete(
                    ctx, f"encoded-credential check skipped a run longer than {opts.max_length} characters"
                )
                continue
            decodes_left -= 1
            if decodes_left < 0:
                _incomplete(
                    ctx, "encoded-credential check stopped early: too many encoded-looking runs in the draft"
                )
                return
            try:
                plain = _readable(decode(run))
            except (binascii.Error, ValueError):
                continue
            if plain is None or plain in decoded.setdefault(span, set()):
                continue
            decoded[span].add(plain)
            hit = self._screen(plain, encoding, *span)
            if hit is not None:
                reported.add(span)
                yield hit

    def _screen(self, plain: str, encoding: str, start: int, end: int) -> Hit | None:
        """A hit over the encoded run when its decoded text holds a credential."""
        view = normalise(plain).text
        # The screens share one keyword prefilter (bound with the policy): read the text once for all.
        plan = self._screens[0].prefilter.select(view)
        for screen in self._screens:
            for found in screen.find(view, plan):
                what = found.message or screen.rule.message
                severity = found.severity or screen.rule.severity_level
                return Hit(start, end, severity, f"{what}, {encoding}-encoded")
        return None


def _incomplete(ctx: ScanContext, reason: str) -> None:
    if reason not in ctx.incomplete_reasons:
        ctx.incomplete_reasons.append(reason)
