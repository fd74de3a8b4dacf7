"""A town hall's or an agency's desk for grants, subsidies and permits is a role mailbox in every
language (subsidies@, foerdermittel@, subventions@, licencias@, contributi@), reported but not
flagged; and a made-up organisation at a placeholder name ("gemeente-voorbeeld.nl",
"stadt-beispiel.de", "mairie-exemple.fr") counts as the reserved example domain it ends in. A named
person's address stays personal."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

CATEGORY = "pii.email"

DESKS = [
    "Vragen over de regeling? Mail naar vergunningen@gemeente-leiden.nl of bel ons.",
    "Anträge bitte an foerdermittel@landkreis-ost.de senden.",
    "Questions sur les aides ? Écrivez à subventions@ville-sud.fr",
    "Consultas: licencias@ayto-norte.es",
    "Per informazioni sui bandi: contributi@comune-ovest.it",
    "Dúvidas? Escreva para licenciamento@camara-centro.pt",
    "Questions about the scheme? Email grants@council-east.gov.uk",
]

PERSONAL = [
    "Mail me at jan.devries@gemeente-leiden.nl about the permit.",
    "Contact: jan.devries@voorbeeld.nl",
    "Schreib an lisa.bauer@beispiel.de",
]


@pytest.mark.parametrize("text", DESKS)
def test_civic_desk_mailbox_is_not_flagged(categories, findings, text: str) -> None:
    assert findings(text, CATEGORY), text  # still reported, at low
    assert CATEGORY not in categories(text)


@pytest.mark.parametrize("text", PERSONAL)
def test_a_persons_address_is_still_flagged(categories, text: str) -> None:
    assert CATEGORY in categories(text)


@pytest.mark.parametrize(
    "domain", ["gemeente-voorbeeld.nl", "stadt-beispiel.de", "mairie-exemple.fr", "acme-example.com"]
)
def test_a_placeholder_compound_domain_is_reserved_in_documentation(categories, domain: str) -> None:
    text = f"Documentation sample: set the sender to anna.weber@{domain} in the config."
    assert CATEGORY not in categories(text)


@settings(max_examples=100, deadline=None)
@given(
    desk=st.sampled_from(["subsidies", "vergunningen", "subventions", "ayudas", "tributi", "permits"]),
    org=st.sampled_from(["gemeente-voorbeeld.nl", "stad-noord.be", "example.org", "kommune-west.de"]),
    frame=st.sampled_from(["Mail naar {a} of bel ons.", "Questions? {a}", "Kontakt: {a}", "({a})"]),
)
def test_civic_desk_is_never_flagged(categories, desk, org, frame):
    text = frame.format(a=f"{desk}@{org}")
    assert CATEGORY not in categories(text), text
