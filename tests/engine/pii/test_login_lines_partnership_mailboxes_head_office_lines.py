"""A remote login "ssh user@host" is a login name and a host, no e-mail address (and an internal
host name in it stays an internal host); partnership and collaboration desks are role mailboxes in
each language; a head office's line given with its office hours is a published line (low)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

EMAIL, PHONE, HOST = "pii.email", "pii.phone", "confidential.internal_host"


def severities(findings, text: str, category: str) -> list[str]:
    return [f.severity for f in findings(text, category)]


# Own wording.
@pytest.mark.parametrize(
    "text",
    [
        "Printer queue stuck again, ssh admin@print02.corp and restart cupsd",
        "Jump host: ssh -p 2222 ops@bastion.internal then sudo -i",
        "mosh dev@buildbox.lan is smoother on the train wifi",
    ],
)
def test_a_login_is_no_e_mail_and_its_internal_host_is_reported(categories, text: str) -> None:
    found = categories(text)
    assert EMAIL not in found
    assert HOST in found


@pytest.mark.parametrize(
    "text",
    [
        "Brand collabs: write to collabs@lunaswim.com 🌊",
        "Para colaboraciones escribid a colaboraciones@casaverde.es",
        "Samenwerken? Mail samenwerking@fietsfabriek.nl",
        "Partenariats : partenariat@festival-lumiere.fr",
    ],
)
def test_a_partnership_desk_is_a_role_mailbox(findings, text: str) -> None:
    assert severities(findings, text, EMAIL) == ["low"]


@pytest.mark.parametrize(
    "text",
    [
        "Unser Hauptsitz in Köln ist zu den Geschäftszeiten unter 0221 555 7788 erreichbar.",
        "Notre siège social à Lyon répond aux heures de bureau au 04 72 55 66 77.",
        "Our head office in Leeds is open 9 to 5 on 0113 496 0123.",
    ],
)
def test_a_head_office_line_is_published(findings, text: str) -> None:
    assert severities(findings, text, PHONE) == ["low"]


@pytest.mark.parametrize(
    "text",
    [
        "Ping me at lena.hofmann@gmail.com, I'll send the ssh keys",
        "Text me on 07700 900456, I'm at the head office till 5",
    ],
)
def test_a_persons_contact_stays_personal(findings, text: str) -> None:
    found = [f.severity for f in findings(text) if f.category in (EMAIL, PHONE)]
    assert found == ["medium"]


@settings(max_examples=80, deadline=None)
@given(
    command=st.sampled_from(["ssh", "ssh -p 22", "sftp", "ssh -i key.pem", "SSH"]),
    user=st.sampled_from(["deploy", "root", "jan.kowalski", "trainer"]),
    host=st.sampled_from(["build01.corp", "db.internal", "demo.workshop-lab.io", "10.0.3.7"]),
)
def test_a_remote_login_is_never_an_e_mail_address(categories, command, user, host) -> None:
    text = f"Quick fix: {command} {user}@{host} and restart the service"
    assert EMAIL not in categories(text, min_severity="low"), text


@settings(max_examples=60, deadline=None)
@given(
    local=st.sampled_from(["partnership", "collaborazioni", "collaborations", "parcerias", "kooperation"]),
    domain=st.sampled_from(["gustohotels.it", "acme-events.com", "brauhaus.de"]),
)
def test_partnership_mailboxes_are_roles(findings, local, domain) -> None:
    text = f"For partnerships write to {local}@{domain}"
    assert severities(findings, text, EMAIL) == ["low"], text
