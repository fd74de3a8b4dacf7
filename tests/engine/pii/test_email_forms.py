"""E-mail addresses with an obfuscated domain after a plain "@" and on punycode (IDN) domains. The
addresses here are made up.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

FOUND = [
    ("mail lena.kraus@quellwerk[DOT]de", "lena.kraus@quellwerk[DOT]de"),
    ("r.okafor@tidemark(dot)co(dot)uk", "r.okafor@tidemark(dot)co(dot)uk"),
    ("write to tomasz_w@fernhill [dot] pl today", "tomasz_w@fernhill [dot] pl"),
    ("b@xn--d1acufc.xn--p1ai", "b@xn--d1acufc.xn--p1ai"),
    ("contact: yuki.sato@xn--eckwd4c7c.xn--zckzah", "yuki.sato@xn--eckwd4c7c.xn--zckzah"),
]


@pytest.mark.parametrize(("text", "address"), FOUND)
def test_obfuscated_and_punycode_addresses_are_found(findings, text: str, address: str) -> None:
    reported = [text[f.start : f.end] for f in findings(text, "pii.email") if f.severity == "medium"]
    assert reported == [address]


CLEAN = [
    "logo@2x.png and icon@3x.png",
    "meet @ the cafe [dot] later",
    "the dot com era @ scale",
    "price@[DOT]",
]


@pytest.mark.parametrize("text", CLEAN)
def test_prose_and_assets_are_not_addresses(categories, text: str) -> None:
    assert "pii.email" not in categories(text)


_NAME = st.from_regex(r"[a-z]{2,8}(?:[._][a-z]{2,8})?", fullmatch=True)
_LABEL = st.from_regex(r"[a-z]{3,10}", fullmatch=True)


@hsettings(max_examples=150, deadline=None)
@given(
    local=_NAME,
    domain=_LABEL,
    dot=st.sampled_from(["[DOT]", "[dot]", "(dot)", " [dot] ", " (DOT) ", "{dot}", "<dot>"]),
    tld=st.sampled_from(["com", "org", "net", "de", "io", "co.uk"]),
)
def test_a_plain_at_with_an_obfuscated_domain_is_one_address(
    findings, local: str, domain: str, dot: str, tld: str
) -> None:
    written_tld = tld.replace(".", dot)
    address = f"{local}@{domain}{dot}{written_tld}"
    text = f"Email: {address}."
    reported = [text[f.start : f.end] for f in findings(text, "pii.email")]
    assert [r.strip() for r in reported] == [address.strip()], (text, reported)


@hsettings(max_examples=100, deadline=None)
@given(
    local=_NAME,
    label=st.from_regex(r"xn--[a-z0-9]{4,12}", fullmatch=True),
    tld=st.sampled_from(["xn--p1ai", "xn--fiqs8s", "xn--zckzah", "com", "de"]),
)
def test_an_address_on_a_punycode_domain_is_an_address(findings, local: str, label: str, tld: str) -> None:
    address = f"{local}@{label}.{tld}"
    reported = [f"{f.start}:{f.end}" for f in findings(f"{address} ", "pii.email")]
    assert reported == [f"0:{len(address)}"]
