"""Links that hide where they lead: URL shorteners, raw IP addresses and look-alike domains.

A link is a URL with a scheme (``https://host/...``) or a bare domain (``bit.ly/3xPrize``). Each is
reported whole, once, with the reason that applies first. Domains in ``lists.allowed_link_domains``
(and their subdomains) are never reported.
"""

from __future__ import annotations

import heapq
import ipaddress
import re
from collections.abc import Iterator
from typing import Any

from pydantic import Field, field_validator

from preflight.engine.context import ScanContext
from preflight.engine.detectors.base import Detector, DetectorOptions, all_match, register
from preflight.engine.findings import Hit
from preflight.engine.text import reveal, token_start


class SuspiciousLinkOptions(DetectorOptions):
    # Hosts of URL shorteners: a link through one with a path hides its destination.
    shorteners: list[str]
    # Words a shortener's host is named with, in each language ("encurtador", "acortador"): a link
    # with a path through a host whose name holds one is a shortener's, listed or not (regional
    # services come and go faster than any list: "encurtador.com.br/seg26").
    shortener_words: list[str] = Field(default_factory=list)
    # A URL with a scheme whose host is an IP address ("http://203.0.113.45/login"). A bare
    # "10.20.4.15/builds" is not reported as a link (internal hosts are their own category).
    raw_ip_links: bool
    # The schemes of a raw-IP link a reader opens (http, ftp): a service's connection URL
    # ("redis://:pw@10.40.1.9:6379") is configuration, reported as a secret or an internal host, not
    # a link. Empty: every scheme.
    raw_ip_schemes: list[str] = Field(default_factory=list)
    # Host names with an IDNA label ("xn--pple-43d.com"): how look-alike domains are registered.
    punycode: bool
    # Host names typed with look-alike letters from other scripts ("pаypal.com" with a Cyrillic
    # "а"), which the matching view folds to ASCII.
    look_alike_hosts: bool
    shortener_message: str
    raw_ip_message: str
    punycode_message: str
    look_alike_message: str

    @field_validator("shorteners")
    @classmethod
    def _host_names(cls, values: list[str]) -> list[str]:
        return all_match(values, r"[a-z0-9-]+(\.[a-z0-9-]+)+", "lower-case host names such as 'bit.ly'")

    @field_validator("shortener_words")
    @classmethod
    def _words(cls, values: list[str]) -> list[str]:
        return all_match(
            values, r"[a-z0-9-]{5,}", "lower-case words of five letters or more, as host names spell them"
        )


# A link's start: an optional scheme and user info, then the host (a bracketed IPv6 address or
# dotted labels) and an optional port. It may not start inside a word, a host name, an e-mail
# address or a path. Every repetition is bounded.
_LINK = re.compile(
    r"(?<![\w.@/+-])"
    r"(?:(?P<scheme>[A-Za-z][A-Za-z0-9+.-]{0,15})://(?:[^\s/?#@]{1,256}@)?)?"
    r"(?P<host>\[[0-9A-Fa-f:.]{2,45}\]|(?:[A-Za-z0-9_-]{1,63}\.){1,16}[A-Za-z0-9-]{1,63})"
    r"(?::[0-9]{1,5})?"
)
# Every link's host holds a dot followed by a letter or digit, or is a bracketed IPv6 address.
# Searching for these first is cheap (the regex engine jumps from dot to dot); _LINK then runs only
# in a window that ends with the anchor (the rest of the host and its port) and starts at most
# _REACH characters before it (scheme, user info and first label). Two regexes, each starting
# with a literal: an alternation of the two would test every character.
_ANCHORS = (
    re.compile(r"\.[A-Za-z0-9][A-Za-z0-9_.-]{0,252}(?::[0-9]{1,5})?"),
    re.compile(r"://\[[0-9A-Fa-f:.]{2,45}\](?::[0-9]{1,5})?"),
)
_REACH = 16 + 3 + 257 + 64
# The rest of a link after its host: path, query and fragment, up to white space or a quote.
_REST = re.compile(r"[/?#][^\s<>\"'`]{0,2048}")
# What a path, query or fragment starts with.
_PATH_STARTS = ("/", "?", "#")
# Punctuation that ends the sentence rather than the link.
_TRAILING = ".,;:!?)]}*"


@register
class SuspiciousLinkDetector(Detector[SuspiciousLinkOptions]):
    name = "suspicious_link"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.opts = self.options
        self._shorteners = frozenset(self.opts.shorteners)
        words = sorted(self.opts.shortener_words, key=len, reverse=True)
        self._shortener_word = re.compile("|".join(map(re.escape, words))) if words else None
        self._allowed = frozenset(d.strip().lower().lstrip("*.") for d in self.lists.allowed_link_domains)

    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        text = ctx.text
        if "." not in text:
            return
        # What could make a link without a scheme or a path suspicious: a punycode label, or
        # look-alike letters folded by the matching view. Usually neither is in the draft at all.
        bare_suspects = not ctx.view.is_identity or "xn--" in text.lower()
        link_end = 0
        for match in _link_starts(text):
            if match.start() < link_end:
                continue  # a host inside the path of the link just reported
            # Most candidates ("e.g", "3.5", "example.com.") have neither scheme nor path.
            bare = (
                match.start("host") == match.start()
                and text[match.end() : match.end() + 1] not in _PATH_STARTS
            )
            if bare and not bare_suspects:
                continue
            hit = self._judge(match, ctx)
            if hit is not None:
                link_end = hit.end
                yield hit

    def _judge(self, match: re.Match[str], ctx: ScanContext) -> Hit | None:
        """The link starting at ``match`` as a hit, if it is suspicious."""
        opts = self.opts
        has_scheme = match.start("host") != match.start()
        path = _path_after(ctx.text, match.end())
        host = match.group("host").lower().rstrip(".")
        if _within(host, self._allowed):
            return None
        if path and (_within(host, self._shorteners) or self._named_a_shortener(host)):
            reason = opts.shortener_message
        elif (
            opts.raw_ip_links
            and has_scheme
            and _is_ip(host)
            and self._opened_by_readers(match.group("scheme"))
        ):
            reason = opts.raw_ip_message
        elif opts.punycode and any(label.startswith("xn--") for label in host.split(".")):
            reason = opts.punycode_message
        elif opts.look_alike_hosts and _written_with_look_alikes(ctx, *match.span("host")):
            reason = opts.look_alike_message
        else:
            return None
        return Hit(match.start(), match.end() + len(path), message=reason)

    def _opened_by_readers(self, scheme: str) -> bool:
        return not self.opts.raw_ip_schemes or scheme.lower() in self.opts.raw_ip_schemes

    def _named_a_shortener(self, host: str) -> bool:
        """The host's name, its top-level domain aside, holds a word shorteners are named with."""
        name = host.rpartition(".")[0]
        return self._shortener_word is not None and self._shortener_word.search(name) is not None


def _link_starts(text: str) -> Iterator[re.Match[str]]:
    """Every link start (scheme, host, port) of the text, found by running _LINK only in windows
    that end with an anchor and start at the white space before it (a link holds none). A window
    that would start within _REACH of the previous one is merged into it, so each character is
    read once and a dense draft costs one plain scan."""
    window_start = window_end = -1
    anchors = _ANCHORS[0].finditer(text)
    if "://[" in text:
        anchors = heapq.merge(anchors, _ANCHORS[1].finditer(text), key=lambda m: m.start())
    for anchor in anchors:
        if anchor.start() - _REACH > window_end:
            if window_end > window_start:
                yield from _LINK.finditer(text, window_start, window_end)
            window_start = token_start(text, anchor.start(), _REACH)
        window_end = anchor.end()
    if window_end > window_start:
        yield from _LINK.finditer(text, window_start, window_end)


def _path_after(text: str, position: int) -> str:
    """The path, query or fragment that follows a host ("" when there is none worth the name)."""
    rest = _REST.match(text, position)
    if rest is None:
        return ""
    path = rest.group().rstrip(_TRAILING)
    return path if len(path) > 1 else ""


def _within(host: str, domains: frozenset[str]) -> bool:
    """``host`` is one of ``domains`` or a subdomain of one."""
    if host in domains:
        return True
    dot = host.find(".")
    while dot != -1:
        if host[dot + 1 :] in domains:
            return True
        dot = host.find(".", dot + 1)
    return False


def _is_ip(host: str) -> bool:
    # Most hosts are names: a cheap look at the characters spares the parser.
    if not (host.startswith("[") or host.replace(".", "").isdigit()):
        return False
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _written_with_look_alikes(ctx: ScanContext, start: int, end: int) -> bool:
    """The host as typed differs from its matching view (look-alike letters folded, invisible
    characters dropped), while its top-level domain was typed in plain ASCII letters: text in
    Greek or Cyrillic that happens to contain a dot ("κ.ο.κ.") is not a domain."""
    view = ctx.view
    if view.is_identity:
        return False
    typed = view.original[slice(*view.to_original(start, end))]
    # (a dot only spaced out or defanged, "bit . ly", "example[.]com", is no look-alike letter)
    if reveal(typed) == ctx.text[start:end]:
        return False
    tld = typed.rsplit(".", 1)[-1]
    return len(tld) >= 2 and tld.isascii() and tld.isalpha()
