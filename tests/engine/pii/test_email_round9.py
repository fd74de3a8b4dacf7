"""pii.email round 9: internship, traineeship and vacancy mailboxes of every language are role
mailboxes (`low`, as English jobs@ is); a credential in a link's user part (https://TOKEN@host,
https://user:pass@host) is a secret and no e-mail address."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

# Drafts of this test, not of any set.
ROLE_MAILBOXES = [
    "Stages d'été : envoyez votre candidature à stages@atelier-moreau.fr",
    "Stage lopen bij ons? Mail naar stage@bouwbedrijf-visser.nl",
    "Ein Praktikum im Labor? Schreib an praktikum@biotech-rhein.de",
    "Tirocini curriculari: tirocini@studio-ferrari.it",
    "Prácticas de verano en la bodega: practicas@bodegas-navarro.es",
    "Estágios abertos, escreva para estagios@padaria-lisboa.pt",
    "Vacatures in de winkel: vacatures@fietsen-dekker.nl",
    "Internship applications close Friday: internships@harbourlabs.io",
    "Graduate scheme 2027, questions to graduates@northwind-energy.co.uk",
    "Praktikplatser våren 2027: praktik@byggab.se",
    "Staj programı için staj@ege-yazilim.com.tr adresine yazın",
    "Oferta de trabajo: empleo@ferreteria-soto.es",
    "Recrutement ouvert : recrutement@boulangerie-petit.fr",
]

PERSONAL = [
    "Questions about the stage? Ask lucie.bernard@atelier-moreau.fr directly",
    "Mein Betreuer im Praktikum ist jonas.weber@biotech-rhein.de",
    "Il tutor del tirocinio è marco.conti72@gmail.com",
]

LINK_CREDENTIALS = [
    (
        "git clone https://ghp_R4nd0mT0kenVaLue1234567890abcdEFGH@github.com/acme/app.git",
        "ghp_R4nd0mT0kenVaLue1234567890abcdEFGH",
    ),
    (
        "remote: https://k9Tq2Lm7Xw4Rb8Zp1Vy6Nc3H@git.acme-internal.net/ops/infra.git",
        "k9Tq2Lm7Xw4Rb8Zp1Vy6Nc3H",
    ),
    ("npm config set registry https://ci:Zq8!mR2vT7pL@npm.acme-internal.net/", "Zq8!mR2vT7pL"),
]


@pytest.mark.parametrize("text", ROLE_MAILBOXES)
def test_internship_and_vacancy_mailboxes_are_role_mailboxes(findings, text):
    found = findings(text, "pii.email")
    assert [f.severity for f in found] == ["low"], text


@pytest.mark.parametrize("text", PERSONAL)
def test_a_persons_address_in_the_same_drafts_still_flags(findings, text):
    assert [f.severity for f in findings(text, "pii.email")] == ["medium"]


@pytest.mark.parametrize(("text", "secret"), LINK_CREDENTIALS)
def test_a_credential_in_a_links_user_part_is_a_secret_not_an_address(findings, text, secret):
    assert findings(text, "pii.email") == []
    assert [text[f.start : f.end] for f in findings(text, "secret")] == [secret]


@pytest.mark.parametrize(
    "text",
    [
        "git clone https://deploy-bot@git.acme.test/platform/api.git",
        "git clone https://<YOUR_TOKEN>@github.com/acme/app.git",
        "git@github.com:acme/app.git is the remote",
    ],
)
def test_a_links_plain_user_or_placeholder_is_neither(findings, text):
    assert findings(text, "pii.email") == []
    assert findings(text, "secret") == []


INTERNSHIP_LOCALS = [
    "stage", "stages", "stagiaires", "praktikum", "praktika", "tirocini", "tirocinio", "practicas",
    "pasantias", "estagio", "estagios", "vacatures", "vacature", "internships", "internship",
    "traineeship", "graduates", "apprenticeships", "praktik", "praktyki", "staj", "empleo",
    "recrutement", "jobs", "job",
]  # fmt: skip


@settings(max_examples=120, deadline=None)
@given(
    local=st.sampled_from(INTERNSHIP_LOCALS),
    suffix=st.sampled_from(["", "2027", ".emea", "-paris", "_nl"]),
    domain=st.sampled_from(["acme-bank.it", "groupe-lumiere.fr", "bakkerij.nl", "nordwerk.de", "harbour.io"]),
    frame=st.sampled_from(["Write to {}", "{} — apply now", "Candidature: {}", "Info: {} (48h)"]),
)
def test_property_internship_mailboxes_of_any_language_are_low(findings, local, suffix, domain, frame):
    # Three letters and digits are a person's initials and number (jdo2027@), role word or not.
    assume(not (len(local) <= 3 and suffix.isdigit()))
    text = frame.format(f"{local}{suffix}@{domain}")
    assert [f.severity for f in findings(text, "pii.email")] == ["low"], text


# Tokens are random: no run of one character (a run of eight is a documentation mask, AAAAAAAA).
TOKEN_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


@settings(max_examples=120, deadline=None)
@given(
    letters=st.permutations(TOKEN_LETTERS),
    size=st.integers(min_value=17, max_value=36),
    digits=st.permutations("123456789"),
    digit_count=st.integers(min_value=3, max_value=8),
    host=st.sampled_from(["github.com", "gitlab.acme.test", "bitbucket.org", "git.internal.net"]),
    scheme=st.sampled_from(["https", "http", "git+https"]),
)
def test_property_a_token_as_a_links_user_is_a_secret_and_never_an_address(
    findings, letters, size, digits, digit_count, host, scheme
):
    token = "".join(letters[:4] + digits[:digit_count] + letters[4:size])
    text = f"git clone {scheme}://{token}@{host}/acme/app.git"
    assert findings(text, "pii.email") == []
    assert [text[f.start : f.end] for f in findings(text, "secret")] == [token]
