"""Round 15, every category but claims and person_sensitive:

- pii.us_ssn: a nine-digit number in the SSN format, however separated (dots, spaces, none), next to
  a US payroll, tax or employment form that carries the SSN (I-9, W-2, W-4, W-9, a 1099, E-Verify)
  is an SSN; the same number after a product or order label, or a form named with no number, is not.
- pii.email: a template local part (firstname.lastname, vorname.nachname, imie.nazwisko) at a domain
  reserved for examples (example.com, exemple.fr, .test) is the format of an address (`low`),
  wherever it is written; a person's name there, outside documentation, still flags.
- confidential.marking: a marking phrase quoted and named as a phrase or explained ("the phrase
  'internal only' means ...", "was bedeutet 'streng vertraulich'?") is talk about the marking; the
  marking at work (a heading, a bracketed stamp, a quoted stamp on a document) still flags.
- profanity: a capitalised swear word followed by its region in brackets is a place ("Wank
  (Bayern)"); Hindi "साला"/"साले" in Devanagari is an oath, but not the relative ("मेरा साला") nor
  inside a longer word ("सालाना").

The 12r convention that a private-IP link is not link.suspicious is left alone: every other
development set labels it both internal_host and link.suspicious (the taxonomy's "raw IP addresses").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

# Drafts of this test, not of any set.

SSN_FORMS = [
    "Payroll needs the W-4 redone, her number is 412.55.0193",
    "I-9 section 1: 233.41.8820, please double-check before filing",
    "E-Verify rejected 521 67 3304 again, can someone re-key it?",
    "Corrected W-2 for Dana, SSN field should read 388.12.4471",
    "Vendor W-9 came back with 602.18.9935 in the TIN box",
    "Para el formulario I-9 usa 145.82.6630, no el número viejo",
    "Für das Formular W-4 brauchen wir noch 377.20.5518",
    "1099-NEC for the contractor: 468.03.2291 (copy B attached)",
]

SSN_FORMS_CLEAN = [
    "Reminder: W-4 forms are due by Friday, payroll closes on the 28th.",
    "Order 412.55.0193 shipped with the I-9 binder you asked for.",
    "Never post an SSN on social media, not even for an I-9 question.",
    "SKU 233.41.8820 is back in stock, W-2 season bundles included.",
    "Version 2.1.4 of the W-9 helper is out.",
    "Our E-Verify webinar is on 12.05.2026 at 10:00.",
]

EMAIL_TEMPLATES = [
    "Example: to reach someone, use the format firstname.lastname@example.com",
    "Adressen folgen dem Schema vorname.nachname@example.de",
    "Le format est prenom.nom@exemple.fr pour tout le monde.",
    "Adres w formacie imie.nazwisko@example.pl, bez polskich znaków.",
    "New hires get an address like first.last@example.org on day one.",
    "Your login will be name@example.co.uk once IT has set it up.",
    "Write to fname.lname@corp.test to check the relay.",
]

EMAIL_PERSONS = [
    "Reach Tomasz directly at tomasz.wrobel@gmail.com",
    "Mail firstname.lastname@gmail.com was a joke, write me at kasia.nowak@gmail.com",
    "Contact lena.hoffmann@example.com about the invoice, she is expecting you.",
]

MARKING_MENTIONS = [
    "Reminder: the phrase 'internal only' on a deck means it never goes on LinkedIn.",
    'Quick tip: the words "INTERNAL ONLY" in a footer mean the file stays inside.',
    "What does 'strictly confidential' mean for a press release? Ask legal first.",
    "Kurz erklärt: der Begriff „nur für den internen Gebrauch“ bedeutet, dass nichts davon gepostet wird.",
    "Rappel : la mention « usage interne » signifie que le document ne sort pas.",
    "Ojo: la expresión 'uso interno' significa que no se publica nada.",
]

MARKING_AT_WORK = [
    "INTERNAL ONLY: Q3 roadmap attached, do not forward.",
    "Internal only — the new pricing goes live on Monday.",
    "[CONFIDENTIAL] Board pack for Thursday.",
    "The deck is stamped 'Confidential – Board Only', keep it off Slack.",
    "Slides below are internal only, please don't screenshot them.",
    # the material is said to bear the named marking: the marking at work (bearing_words)
    "Le compte rendu porte la mention « strictement confidentiel », je le partage quand même.",
    "The memo bears the words 'internal only', sharing the numbers anyway.",
    "El informe lleva la expresión 'solo para uso interno' pero aquí van las cifras.",
]

PLACES = [
    "Unser Team ist heute auf den Wank (Bayern) gewandert!",
    "Grüße aus Fucking (Oberösterreich), das Ortsschild steht noch.",
    "Next stop on the tour: Wank (Landkreis Garmisch-Partenkirchen) for the sunrise.",
]

PLACE_SWEARS = [
    "Wank (seriously) is all this release notes page is.",
    "What a wank, the build broke again.",
    "Fucking (again) the build broke.",
]

HINDI_OATHS = [
    "आज फिर से इंटरनेट गया… साला!",
    "साले ने फिर से डेडलाइन बदल दी",
    "ये प्रिंटर साला कभी काम नहीं करता",
]

HINDI_CLEAN = [
    "मेरा साला अगले हफ्ते मुंबई से आ रहा है",
    "उनके साले की शादी में पूरी टीम गई थी",
    "कंपनी की सालाना बैठक शुक्रवार को है",
    "क्या बकवास है यार, फिर से मीटिंग",
]


@pytest.mark.parametrize("text", SSN_FORMS)
def test_a_number_for_a_us_form_is_an_ssn(categories, text: str) -> None:
    assert "pii.us_ssn" in categories(text)


@pytest.mark.parametrize("text", SSN_FORMS_CLEAN)
def test_a_form_without_a_number_or_a_labelled_reference_is_no_ssn(categories, text: str) -> None:
    assert "pii.us_ssn" not in categories(text)


@pytest.mark.parametrize("text", EMAIL_TEMPLATES)
def test_a_template_address_at_an_example_domain_is_low(findings, text: str) -> None:
    assert [f.severity for f in findings(text, "pii.email")] == ["low"]


@pytest.mark.parametrize("text", EMAIL_PERSONS)
def test_a_persons_address_still_flags(categories, text: str) -> None:
    assert "pii.email" in categories(text)


@pytest.mark.parametrize("text", MARKING_MENTIONS)
def test_a_marking_named_or_explained_in_quotes_is_no_marking(categories, text: str) -> None:
    assert "confidential.marking" not in categories(text)


@pytest.mark.parametrize("text", MARKING_AT_WORK)
def test_a_marking_at_work_still_flags(categories, text: str) -> None:
    assert "confidential.marking" in categories(text)


@pytest.mark.parametrize("text", PLACES)
def test_a_swear_word_qualified_by_its_region_is_a_place(categories, text: str) -> None:
    assert "profanity" not in categories(text, min_severity="low")


@pytest.mark.parametrize("text", PLACE_SWEARS)
def test_a_swear_word_before_other_brackets_still_swears(categories, text: str) -> None:
    assert "profanity" in categories(text, min_severity="low")


@pytest.mark.parametrize("text", HINDI_OATHS)
def test_hindi_saala_as_an_oath_is_profanity(categories, text: str) -> None:
    assert "profanity" in categories(text)


@pytest.mark.parametrize("text", HINDI_CLEAN)
def test_hindi_relative_and_longer_words_are_clean(categories, text: str) -> None:
    assert "profanity" not in categories(text)


_FORMS = ["I-9", "W-2", "W-4", "W-9", "E-Verify", "1099-MISC"]
_SEPARATORS = [".", " ", ""]


@settings(max_examples=60, deadline=None)
@given(
    form=st.sampled_from(_FORMS),
    sep=st.sampled_from(_SEPARATORS),
    area=st.integers(1, 899).filter(lambda n: n != 666),
    group=st.integers(1, 99),
    serial=st.integers(1, 9999),
    frame=st.sampled_from(["For the {form}: {n}", "{n} goes on the {form}", "{form} redo, number {n} pls"]),
)
def test_property_a_number_for_a_form_is_an_ssn_and_a_sku_is_not(
    categories, form: str, sep: str, area: int, group: int, serial: int, frame: str
) -> None:
    number = f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"
    assert "pii.us_ssn" in categories(frame.format(form=form, n=number))
    assert "pii.us_ssn" not in categories(f"SKU {number} is back in stock")


@settings(max_examples=60, deadline=None)
@given(
    local=st.sampled_from(["firstname.lastname", "first.last", "vorname.nachname", "prenom.nom", "name"]),
    domain=st.sampled_from(["example.com", "example.de", "exemple.fr", "example.co.uk", "mail.test"]),
    person=st.sampled_from(["jonas.weber", "ana.lima", "p.kowalski"]),
    lead=st.sampled_from(["Use the format", "Addresses look like", "Schema:", "Format :"]),
)
def test_property_template_local_parts_at_example_domains_never_flag(
    findings, local: str, domain: str, person: str, lead: str
) -> None:
    assert [f.severity for f in findings(f"{lead} {local}@{domain}", "pii.email")] == ["low"]
    assert [f.severity for f in findings(f"Write to {person}@gmail.com", "pii.email")] == ["medium"]


@settings(max_examples=60, deadline=None)
@given(
    marking=st.sampled_from(["internal only", "INTERNAL ONLY", "Internal use only", "strictly confidential"]),
    quote=st.sampled_from([("'", "'"), ('"', '"'), ("“", "”"), ("«", "»")]),
    frame=st.sampled_from(
        [
            "The phrase {q} on a slide means it stays inside.",
            "Training note: the term {q} is for documents, not posts.",
            "Remember what {q} means before you share.",
        ]
    ),
)
def test_property_a_named_marking_is_talk_and_a_heading_is_a_marking(
    categories, marking: str, quote: tuple[str, str], frame: str
) -> None:
    quoted = f"{quote[0]}{marking}{quote[1]}"
    assert "confidential.marking" not in categories(frame.format(q=quoted))
    assert "confidential.marking" in categories(f"{marking.upper()}: the Q4 plan is attached.")


@settings(max_examples=60, deadline=None)
@given(
    marking=st.sampled_from(
        ["internal only", "INTERNAL ONLY", "strictly confidential", "usage strictement interne"]
    ),
    quote=st.sampled_from([("'", "'"), ('"', '"'), ("“", "”"), ("« ", " »")]),
    bearing=st.sampled_from(
        ["bears the words", "carries the phrase", "is stamped with the word", "porte la mention"]
    ),
    rest=st.sampled_from([", posting it anyway.", " and here it is.", ": see the numbers below."]),
)
def test_property_material_said_to_bear_a_named_marking_is_a_marking(
    categories, marking: str, quote: tuple[str, str], bearing: str, rest: str
) -> None:
    """ "the phrase 'X'" is talk about X; "the report bears the phrase 'X'" says the report is marked X."""
    text = f"The board report {bearing} {quote[0]}{marking}{quote[1]}{rest}"
    assert "confidential.marking" in categories(text)


@settings(max_examples=40, deadline=None)
@given(
    region=st.sampled_from(["Bayern", "Oberösterreich", "Tirol", "Dorset", "Orkney"]),
    word=st.sampled_from(["Wank", "Fucking", "Shit"]),
    frame=st.sampled_from(["Wir waren in {p}.", "Postcard from {p} 📮", "{p} has a new bakery."]),
)
def test_property_a_bracketed_region_makes_a_place(categories, region: str, word: str, frame: str) -> None:
    assert "profanity" not in categories(frame.format(p=f"{word} ({region})"), min_severity="low")
    assert "profanity" in categories(frame.format(p=f"{word.lower()} town"), min_severity="low")
