"""pii.email round 18: a mailbox named "hello" in any language the rules cover (oi@, hi@, hey@,
servus@, coucou@, hei@, ahoj@, namaste@...) is an organisation's role mailbox, `low`; a greeting that is
also a first name (ola@, salve@, moin@, selam@) is one at its language's country domains only (ola@ of
a Portuguese shop; Ola of Oslo is a person). A person's address holding the same word ("joana.ola@")
stays personal. Made-up addresses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

GREETINGS = [
    "oi", "hi", "hey", "buongiorno", "buenas", "servus", "gruezi", "coucou",
    "hei", "ahoj", "namaste", "hallo", "hola", "bonjour", "ciao", "hej", "czesc", "merhaba",
]  # fmt: skip

ROLE = [
    "Envie sugestões para ola@padaria-estrela.pt 🍞",
    "Mandem ideias pro oi@cafe-central.com.br",
    "Schreibt uns an moin@kieler-hafenfest.de",
    "Domande? salve@agriturismo-collina.it",
    "Say hi: hey@studio-lumen.io",
    "Écrivez à coucou@atelier-brioche.fr",
]


@pytest.mark.parametrize("text", ROLE)
def test_a_greeting_mailbox_is_a_role_mailbox(findings, text) -> None:
    found = findings(text, "pii.email")
    assert found and all(f.severity == "low" for f in found), text


PERSONAL = [
    "escrevam para joana.ola@padaria-estrela.pt",
    "Kontakt: ola@fjordbakeri.no",
    "napisz do ola@piekarnia-zdrowie.pl",
    "chiedi a salve@fjordbakeri.no",
    "Mail an lukas.moin@kieler-hafenfest.de bitte",
    "scrivete a marco.salvetti@agriturismo-collina.it",
]


@pytest.mark.parametrize("text", PERSONAL)
def test_a_persons_address_holding_a_greeting_stays_personal(categories, text) -> None:
    assert "pii.email" in categories(text), text


@settings(max_examples=40, deadline=None)
@given(
    greeting=st.sampled_from(GREETINGS),
    domain=st.from_regex(r"[a-z]{4,10}-[a-z]{3,8}\.(?:pt|de|it|fr|es|nl|com)", fullmatch=True),
)
def test_property_a_greeting_mailbox_of_an_organisation_is_low(findings, greeting, domain) -> None:
    text = f"Ideias e sugestões: {greeting}@{domain}"
    found = findings(text, "pii.email")
    assert found and all(f.severity == "low" for f in found), text
