"""pii.email round 11: a Fediverse handle (@user@instance.social) is no e-mail address; a template
address made only of placeholder words (name@domain.tld, nome@dominio.com, vorname.nachname@firma.de)
stands for the reader's own (`low`); an NGO's volunteers' or members' mailbox in any language is a role
mailbox. A person's address next to them still flags."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

# Drafts of this test, not of any set.
HANDLES = [
    "Nos encontrarás en el Fediverso: @huertaurbana@mastodon.green",
    "Seguiteci anche su @biblioteca.civica@mastodon.uno per gli orari",
    "New account! Find me at @tomas_k@hachyderm.io",
    "Wir sind jetzt auf @stadtwerke@social.bund.de",
]

TEMPLATES = [
    "In the sign-up form, type something like your.name@company.com and continue.",
    "Escribe tu correo, por ejemplo nombre.apellido@empresa.es, en la casilla.",
    "Dans le champ e-mail, saisissez prenom.nom@entreprise.fr.",
    "Vul je e-mail in als voornaam.achternaam@bedrijf.nl",
    "Indirizzo nel formato nome.cognome@azienda.it, grazie.",
    "Login is user@domain.tld for every account in the handbook.",
]

ROLES = [
    "On cherche des bras pour la collecte : ecrivez a benevoles@restos-du-quartier.org",
    "Helfer gesucht! freiwillige@tafel-nordstadt.de",
    "Buscamos voluntarios: voluntarios@banco-alimentos-vigo.org",
    "Diventa socio: soci@circolo-arci-pavia.it",
    "Word vrijwilliger via vrijwilligers@voedselbank-zwolle.nl",
]

PERSONAL = [
    "Toot me at @ines@mastodon.social or mail ines.duarte@gmail.com",
    "Mi correo personal: nombre.garcia@gmail.com",
    "Schreib Jonas direkt: jonas.weber@firma-weber.de",
    "Ask for the form at marta@domain-services.es",
]


def severities(findings, text: str) -> list[str]:
    return [f.severity for f in findings(text, "pii.email")]


@pytest.mark.parametrize("text", HANDLES)
def test_a_fediverse_handle_is_no_email_address(findings, text: str) -> None:
    assert findings(text, "pii.email") == []


@pytest.mark.parametrize("text", TEMPLATES)
def test_a_template_address_is_low(findings, text: str) -> None:
    assert severities(findings, text) == ["low"]


@pytest.mark.parametrize("text", ROLES)
def test_volunteers_and_members_mailboxes_are_role_mailboxes(findings, text: str) -> None:
    assert severities(findings, text) == ["low"]


@pytest.mark.parametrize("text", PERSONAL)
def test_a_persons_address_next_to_them_still_flags(findings, text: str) -> None:
    assert severities(findings, text) == ["medium"]


_LOCALS = ["name", "your.name", "nome", "nombre.apellido", "prenom.nom", "vorname.nachname", "user"]
_DOMAINS = ["domain.tld", "dominio.com", "empresa.es", "entreprise.fr", "firma.de", "company.com"]


@settings(max_examples=100, deadline=None)
@given(
    local=st.sampled_from(_LOCALS),
    domain=st.sampled_from(_DOMAINS),
    person=st.sampled_from(["lucia.moreno", "jkowalski", "anna84", "pierre.dubois"]),
    user=st.from_regex(r"[a-z][a-z0-9_]{2,12}", fullmatch=True),
    instance=st.sampled_from(["mastodon.social", "fosstodon.org", "mas.to", "social.coop"]),
)
def test_property_templates_and_handles_never_flag_and_persons_addresses_do(
    findings, local: str, domain: str, person: str, user: str, instance: str
) -> None:
    assert severities(findings, f"Format: {local}@{domain}") == ["low"]
    assert findings(f"Follow @{user}@{instance} for updates", "pii.email") == []
    assert severities(findings, f"Format: {person}@{domain}") == ["medium"]
