"""A home router's factory address in a tip about routers is public knowledge ("most routers answer
at 192.168.1.1"), and a dotted number after a software word is a version ("Firmware 10.0.3.1",
"update to 10.2.0.4"); the organisation's own private addresses stay reported."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

HOST = "confidential.internal_host"

NOT_HOSTS = [
    "Wi-Fi slow at home? Most routers answer at 192.168.0.1: reboot from there.",
    "Tipp: Deine Fritzbox erreichst du unter 192.168.178.1, dort das WLAN-Passwort ändern.",
    "Astuce : votre box répond sur 192.168.1.254, changez le mot de passe par défaut.",
    "Consejo: tu router suele estar en 192.168.1.1, cambia la contraseña de fábrica.",
    "Firmware 10.0.3.1 for the thermostats ships this week.",
    "The app update to 10.2.0.4 fixes the login bug.",
    "Release notes for software 10.4.0.2 are online.",
]

HOSTS = [
    ("The staging DB is at 192.168.1.1, password in the vault.", "192.168.1.1"),
    ("Our build server 10.0.3.1 is down again.", "10.0.3.1"),
    ("Connect to 10.0.0.1 for the admin panel.", "10.0.0.1"),
    ("Printer moved to 192.168.1.1 — your router settings are unchanged.", None),
    ("Payroll box is 10.20.3.4; the home network tip is in the wiki.", "10.20.3.4"),
]


@pytest.mark.parametrize("text", NOT_HOSTS)
def test_router_tips_and_versions_are_not_internal_hosts(findings, text: str) -> None:
    assert findings(text, HOST) == [], text


@pytest.mark.parametrize(("text", "host"), HOSTS)
def test_the_organisations_private_addresses_stay_reported(findings, text: str, host: str | None) -> None:
    spans = [text[f.start : f.end] for f in findings(text, HOST)]
    assert spans == ([host] if host else []), text


@settings(max_examples=120, deadline=None)
@given(
    word=st.sampled_from(
        ["Firmware", "firmware", "FW", "Software", "Update", "updated to", "Upgrade to", "v"]
    ),
    octets=st.tuples(
        st.sampled_from([10, 172, 192]), st.integers(0, 255), st.integers(0, 255), st.integers(0, 255)
    ),
    tail=st.sampled_from([" is out.", " rolls out this week", ": no action needed."]),
)
def test_a_private_looking_version_after_a_software_word_is_no_host(findings, word, octets, tail):
    first, *rest = octets
    second = {10: rest[0], 172: 16 + rest[0] % 16, 192: 168}[first]
    address = f"{first}.{second}.{rest[1]}.{rest[2]}"
    text = f"{word} {address}{tail}"
    assert findings(text, HOST) == [], text


@settings(max_examples=80, deadline=None)
@given(
    address=st.sampled_from(["192.168.0.1", "192.168.1.1", "192.168.178.1", "10.0.0.1"]),
    tip=st.booleans(),
)
def test_a_factory_router_address_is_public_only_in_a_router_tip(findings, address, tip):
    text = (
        f"Quick tip: most routers answer at {address}, change the admin password."
        if tip
        else f"The finance share lives on {address}, ask IT for access."
    )
    spans = [text[f.start : f.end] for f in findings(text, HOST)]
    assert spans == ([] if tip else [address]), text
