"""A private range itself, in CIDR notation as the RFCs give it ("192.168.0.0/16", "10.0.0.0/8",
"fc00::/7"), is taught in public and names no organisation's network; a subnet of one ("10.20.0.0/16",
"192.168.40.0/24") or an address in one is still the organisation's."""

from __future__ import annotations

import ipaddress

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

CATEGORY = "confidential.internal_host"

TAUGHT = [
    "Networking basics: 10.0.0.0/8 is reserved for private networks by RFC 1918.",
    "Cours réseau : 172.16.0.0/12 fait partie des plages privées.",
    "Netzwerk-Grundlagen: 192.168.0.0/16 ist ein privater Adressbereich.",
    "CGNAT uses 100.64.0.0/10 (RFC 6598), explained in today's thread.",
    "IPv6 unique local addresses live in fc00::/7.",
]

STILL_INTERNAL = [
    "Our VPN hands out 10.20.0.0/16 to staff laptops.",
    "Office LAN is 192.168.40.0/24, printers at 192.168.40.7.",
    "The build farm sits at 172.16.5.0/24.",
    "Connect to 10.0.0.0 directly.",
]


@pytest.mark.parametrize("text", TAUGHT)
def test_a_private_range_as_taught_is_not_internal(findings, text: str) -> None:
    assert findings(text, CATEGORY) == []


@pytest.mark.parametrize("text", STILL_INTERNAL)
def test_subnets_and_addresses_stay_internal(findings, text: str) -> None:
    assert findings(text, CATEGORY)


RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"]


@settings(max_examples=100, deadline=None)
@given(
    index=st.integers(0, 3),
    extra=st.integers(1, 8),
    offset=st.integers(0, 2**20),
    frame=st.sampled_from(["{r} is a private range.", "Range: {r}", "Plage privée ({r})"]),
)
def test_only_the_range_itself_is_public(findings, index, extra, offset, frame):
    taught = ipaddress.IPv4Network(RANGES[index])
    assert findings(frame.format(r=taught), CATEGORY) == []
    length = min(taught.prefixlen + extra, 30)
    inside = taught.network_address + (offset << (32 - length)) % taught.num_addresses
    subnet = ipaddress.IPv4Network(f"{inside}/{length}")
    assert findings(frame.format(r=subnet), CATEGORY), subnet
