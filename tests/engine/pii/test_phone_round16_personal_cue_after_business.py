"""Round 16 of pii.phone: a number named a cell or a mobile, next to a private webmail address, or
given by the writer as their own ("prenotate da me", "reservas conmigo", "bei mir") is a person's,
though a business phrase heads the note ("for the Leeds branch:", "para la oficina:"). A business's
line with no such cue between stays `low`. Made-up numbers.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

PERSONAL_AFTER_BUSINESS = [
    ("New hire for the Leeds branch: Priya Shah, cell 07700 900461, starts Monday", "07700 900461"),
    ("Reservas conmigo: 612 847 305, que el restaurante no contesta", "612 847 305"),
    ("Anmeldung zum Firmenlauf bei mir: 0171 2345678", "0171 2345678"),
    ("Electricista para la oficina: Luis, luis.romero77@hotmail.com / 655 443 210", "655 443 210"),
    ("Per la cena di reparto prenotate da me: 333 845 1290", "333 845 1290"),
    ("Office: Tom Reyes, mobile 07700 900777", "07700 900777"),
]


@pytest.mark.parametrize(("text", "number"), PERSONAL_AFTER_BUSINESS)
def test_a_persons_own_number_after_a_business_phrase_stays_personal(findings, text, number) -> None:
    reported = [text[f.start : f.end] for f in findings(text, "pii.phone") if f.severity == "medium"]
    assert number in reported, (text, reported)


CLEAN_BUSINESS = [
    "Mobile users: call our support team on 020 7946 0018",
    "Per prenotazioni chiamate il ristorante allo 0521 123456",
    "Customer service: 0800 123 4567, free from a mobile too",
]


@pytest.mark.parametrize("text", CLEAN_BUSINESS)
def test_published_lines_stay_low(categories, text) -> None:
    assert "pii.phone" not in categories(text), text


@settings(max_examples=40, deadline=None)
@given(
    business=st.sampled_from(
        [
            "New hire for the Leeds branch:",
            "Electricista para la oficina:",
            "Prenotazioni:",
            "Office:",
            "Rezeption:",
        ]
    ),
    cue=st.sampled_from(
        ["Sam, cell", "Luis, luis.romero77@gmail.com /", "da me:", "conmigo:", "bei mir:", "mobile"]
    ),
    number=st.sampled_from(["07700 900461", "612 847 305", "333 845 1290", "0171 2345678", "(415) 555-0132"]),
)
def test_property_a_personal_cue_between_a_business_phrase_and_the_number_keeps_it_personal(
    findings, business, cue, number
) -> None:
    text = f"{business} {cue} {number}"
    reported = [text[f.start : f.end] for f in findings(text, "pii.phone") if f.severity == "medium"]
    assert number in reported, (text, reported)


# A personal e-mail address right next to a bare number: somebody's contact details.
NEXT_TO_AN_EMAIL = [
    ("Fotógrafa para la boda: Ana Ruiz — ana.ruiz@outlook.es — 654218733", "654218733"),
    ("654218733 · marco.bianchi@libero.it (il tecnico)", "654218733"),
    ("Ustaz yang saya cadangkan: jorge.p77@gmail.com / 612847305", "612847305"),
]


@pytest.mark.parametrize(("text", "number"), NEXT_TO_AN_EMAIL)
def test_a_bare_number_next_to_a_personal_email_is_personal(findings, text, number) -> None:
    reported = [text[f.start : f.end] for f in findings(text, "pii.phone") if f.severity == "medium"]
    assert number in reported, (text, reported)


# A reference labelled as such, then a spaced slash or bullet, then somebody's number.
AFTER_A_REFERENCE = [
    ("Ref 88412 / 612 847 305 (Marta)", "612 847 305"),
    ("Ordine 3321 / 333 845 1290, chiedere di Paola", "333 845 1290"),
    ("ticket 5521 · 612 847 305", "612 847 305"),
]


@pytest.mark.parametrize(("text", "number"), AFTER_A_REFERENCE)
def test_a_number_after_a_labelled_reference_and_a_spaced_slash_is_read(findings, text, number) -> None:
    reported = [text[f.start : f.end] for f in findings(text, "pii.phone") if f.severity == "medium"]
    assert number in reported, (text, reported)


CLEAN_NEAR_EMAIL_OR_REFERENCE = [
    "Bestellung über info@laden.de, Auftrag 612847305",
    "reservas@hotelsol.es / 654218733",
    "anna@example.org posted at 16:20, 612847305 views since",
    "Ref 88412/612847305",
    "ticket 4471 / 4472 / 4473 closed",
]


@pytest.mark.parametrize("text", CLEAN_NEAR_EMAIL_OR_REFERENCE)
def test_role_mailboxes_and_references_stay_clean(categories, text) -> None:
    assert "pii.phone" not in categories(text), text


@settings(max_examples=40, deadline=None)
@given(
    local=st.from_regex(r"[a-z]{3,8}\.[a-z]{3,8}[0-9]{0,2}", fullmatch=True),
    domain=st.sampled_from(["gmail.com", "outlook.es", "web.de", "libero.it", "acme-bau.de"]),
    separator=st.sampled_from([" / ", ", ", " · ", " — ", " "]),
    number=st.sampled_from(["654218733", "612847305", "3338451290"]),
    email_first=st.booleans(),
    role=st.booleans(),
)
def test_property_an_email_next_to_a_number_makes_it_a_contacts_unless_a_role_mailbox(
    findings, local, domain, separator, number, email_first, role
) -> None:
    email = f"{'info' if role else local}@{domain}"
    text = f"{email}{separator}{number}" if email_first else f"{number}{separator}{email}"
    reported = [text[f.start : f.end] for f in findings(text, "pii.phone") if f.severity == "medium"]
    assert (number in reported) != role, (text, reported)
