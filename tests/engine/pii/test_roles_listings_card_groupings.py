"""Three families of misses and false flags in the shaped personal data (issue 11, fourth round):
organisation mailboxes whose local part is a function or a compound of role words, and placeholder
addresses at reserved domains (pii.email); bare national mobiles pointed to by a person's name, and a
listing's agency line (pii.phone); card numbers in the other groupings people write (pii.credit_card).
Each with its hard negatives. The role vocabulary lives in rules/default/pii.yaml alone: the property
tests read it from there.
"""

from __future__ import annotations

from pathlib import Path

import phonenumbers
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import luhn

from tests.conftest import DEFAULT_RULES


def covered(findings, text: str, category: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.severity) for f in findings(text, category)]


def _email_options() -> dict:
    rules = yaml.safe_load(Path(DEFAULT_RULES / "pii.yaml").read_text(encoding="utf-8"))["rules"]
    return next(r["options"] for r in rules if r["id"] == "pii.email")


_EMAIL = _email_options()
# Plain words only (the compound reading splits on separators, so "no-reply" is no one word there).
ROLE_MAILBOX_WORDS = sorted(w for w in _EMAIL["role_mailboxes"] if w.isalpha() and len(w) > 3)
ROLE_WORDS = sorted(w for w in _EMAIL["role_words"] if w.isalpha())

# ---------------------------------------------------------------------------------------------------
# pii.email: function mailboxes, compounds of role words, job adverts in any language
# ---------------------------------------------------------------------------------------------------

FUNCTION_MAILBOXES = [
    # A compound of role words, with or without separators.
    ("Billing questions: guestservices@harbourview-hotel.com", "guestservices@harbourview-hotel.com"),
    ("Appointments and results: patient-services@lindenclinic.org", "patient-services@lindenclinic.org"),
    ("Scrivete a patient.services@ospedaleverdi.it", "patient.services@ospedaleverdi.it"),
    ("Membership cards: member_services@rowingclub.ie", "member_services@rowingclub.ie"),
    ("Supplier invoices go to accountspayable@fabrikam.com", "accountspayable@fabrikam.com"),
    ("Residents: tenant-relations@greenhomes.co.uk answers", "tenant-relations@greenhomes.co.uk"),
    ("Vragen? klanten.service@fietsenwinkel.nl", "klanten.service@fietsenwinkel.nl"),
    ("Reservas: reservas.grupos@hotelsol.es", "reservas.grupos@hotelsol.es"),
    # Job adverts: the hiring mailbox, in Japanese, Korean, Italian, French and Portuguese drafts.
    ("【スタッフ募集】調理補助、時給1,250円〜。応募はrecruit@kaede-shokudo.jpへ", "recruit@kaede-shokudo.jp"),
    ("[신입 채용] 바리스타 모집, 월급 250만원. 지원: recruit@dalbit-cafe.kr", "recruit@dalbit-cafe.kr"),
    ("Cerchiamo un magazziniere a Brescia. Invia il CV a lavoro@ferluce.it", "lavoro@ferluce.it"),
    ("Nous recrutons un boulanger (CDI). Candidature@fournilducoin.fr", "Candidature@fournilducoin.fr"),
    ("Estamos a contratar! Envie para candidaturas@padariaflor.pt", "candidaturas@padariaflor.pt"),
    ("Now hiring line cooks, $21/h. Apply: hiring@rustyspoon.com", "hiring@rustyspoon.com"),
    ("Pitch your CV to recruiters@brightpath.io", "recruiters@brightpath.io"),
    ("Bookings: booking@seasidekayaks.com.au", "booking@seasidekayaks.com.au"),
    ("Where is my parcel? shipping-returns@lunaboots.de", "shipping-returns@lunaboots.de"),
    ("Per le fatture: fatturazione.fornitori@cartieraneri.it", "fatturazione.fornitori@cartieraneri.it"),
]


@pytest.mark.parametrize(("text", "value"), FUNCTION_MAILBOXES)
def test_function_mailboxes_are_low(findings, categories, text: str, value: str) -> None:
    assert covered(findings, text, "pii.email") == [(value, "low")]
    assert "pii.email" not in categories(text)


PERSONAL_ADDRESSES = [
    # People whose names hold a role word, initials that spell one, a role word after a name.
    "marta.servicos@gmail.com",
    "hr84@gmail.com",
    "pr1990@yahoo.com",
    "ana.service@fabrikam.com",
    "guest.smith@outlook.com",
    "john.booking@outlook.com",
    "carey.webster@contoso.com",
    "patient.zero.fan@gmail.com",
]


@pytest.mark.parametrize("address", PERSONAL_ADDRESSES)
def test_personal_addresses_with_role_like_words_stay_medium(findings, address: str) -> None:
    assert covered(findings, f"Schreib an {address} bitte", "pii.email") == [(address, "medium")]


@settings(max_examples=150, deadline=None)
@given(
    served=st.sampled_from(ROLE_WORDS),
    role=st.sampled_from(ROLE_MAILBOX_WORDS),
    separator=st.sampled_from(["", ".", "-", "_"]),
    suffix=st.sampled_from(["", "2026", ".emea"]),
    frame=st.sampled_from(
        [
            "Write to {} with questions.",
            "応募・お問い合わせは{}まで",
            "지원 및 문의: {}",
            "Per informazioni scrivete a {} grazie",
        ]
    ),
)
def test_any_compound_of_role_words_is_a_role_mailbox(
    findings, served: str, role: str, separator: str, suffix: str, frame: str
) -> None:
    address = f"{served}{separator}{role}{suffix}@northwind-group.com"
    text = frame.format(address)
    assert covered(findings, text, "pii.email") == [(address, "low")]


FIRST_NAMES = ["ines", "marta", "giulia", "yusuf", "kenji", "minji", "sanne", "jonas", "chloe", "rui"]
SURNAMES = ["carvalho", "ortega", "ricci", "haddad", "tanaka", "park", "devries", "weber", "moreau"]


@settings(max_examples=150, deadline=None)
@given(
    first=st.sampled_from(FIRST_NAMES),
    last=st.sampled_from(SURNAMES),
    shape=st.sampled_from(["{f}.{l}", "{f}{l}", "{f}_{l}{d}", "{i}{l}{d}", "{i}{d}"]),
    digits=st.from_regex(r"[0-9]{2,4}", fullmatch=True),
)
def test_personal_local_parts_stay_medium(findings, first: str, last: str, shape: str, digits: str) -> None:
    local = shape.format(f=first, l=last, i=first[0] + last[0], d=digits)
    address = f"{local}@gmail.com"
    assert covered(findings, f"Bewerbungen an {address}", "pii.email") == [(address, "medium")]


# ---------------------------------------------------------------------------------------------------
# pii.email: placeholder addresses at reserved domains (RFC 2606 / RFC 6761)
# ---------------------------------------------------------------------------------------------------

PLACEHOLDER_ADDRESSES = [
    ("For the signup demo type a fake address such as liam.ortiz@example.net", "liam.ortiz@example.net"),
    ("QA: register with a dummy user, e.g. priya.k@shop.test, nothing is sent", "priya.k@shop.test"),
    ("Testing the newsletter form with sam.lee@example.com on staging", "sam.lee@example.com"),
    ("Use a made-up address like noah.berg@mail.example when filling the form", "noah.berg@mail.example"),
    ("Per provare il modulo usate un indirizzo fittizio: luca.neri@example.org", "luca.neri@example.org"),
    ("Formular ausprobieren mit der Platzhalter-Adresse eva.roth@example.com", "eva.roth@example.com"),
    ("フォームのテストにはダミーの taro.yamada@shop.test を使ってください", "taro.yamada@shop.test"),
]


@pytest.mark.parametrize(("text", "value"), PLACEHOLDER_ADDRESSES)
def test_placeholder_addresses_at_reserved_domains_are_low(
    findings, categories, text: str, value: str
) -> None:
    assert covered(findings, text, "pii.email") == [(value, "low")]
    assert "pii.email" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # Placeholder words near a real domain, or a reserved domain with no placeholder word.
        "Not a dummy: liam.ortiz@gmail.com is my real address",
        "Our new intern is noah.berg@example.org, say hi!",
    ],
)
def test_real_domains_and_unexplained_reserved_ones_stay_personal(findings, text: str) -> None:
    assert [s for _, s in covered(findings, text, "pii.email")] == ["medium"]


# ---------------------------------------------------------------------------------------------------
# pii.phone: a bare national mobile pointed to by a person's name
# ---------------------------------------------------------------------------------------------------

NAMED_MOBILES = [
    ("Quem quiser o sofá, fale com o Duarte: 936 112 487", "936 112 487"),
    ("Para a explicação de matemática perguntem pela Leonor: 917 204 558", "917 204 558"),
    ("Si os interesa la bici, hablad con Nerea: 634 21 87 09", "634 21 87 09"),
    ("Clases de guitarra: pregunta por Íñigo: 711 234 567", "711 234 567"),
    ("Per la stanza in affitto chiedete di Federica: 349 882 1045", "349 882 1045"),
    ("Ripetizioni di latino, parlate con Matteo: 328 415 9921", "328 415 9921"),
    ("Contatos da equipa — Rita: 962 118 440", "962 118 440"),
    ("Per il furgone contattate Luigi: 333 918 2247", "333 918 2247"),
    # With a trunk 0 (France, Germany, the Netherlands) the number needs no pointer.
    ("Pour le vélo, demandez Chloé : 07 81 22 43 19", "07 81 22 43 19"),
    ("Wegen des Sofas fragt nach Jonas: 0172 4481920", "0172 4481920"),
    ("Voor de fiets, vraag naar Sanne: 06 41 88 20 17", "06 41 88 20 17"),
]


@pytest.mark.parametrize(("text", "value"), NAMED_MOBILES)
def test_a_mobile_pointed_to_by_a_name_is_medium(findings, text: str, value: str) -> None:
    assert covered(findings, text, "pii.phone") == [(value, "medium")]


TEAM_LINES = [
    # The same verbs pointing to a team, not a person: a published line.
    ("Talk to our team: 612 345 678, Mon-Fri 9-18", "612 345 678"),
    ("Hablad con nuestro equipo: 622 418 903", "622 418 903"),
    ("Dúvidas? Fale com a nossa equipa: 912 880 411", "912 880 411"),
    ("Preventivi gratuiti, parla con il nostro team: 347 550 1200", "347 550 1200"),
]


@pytest.mark.parametrize(("text", "value"), TEAM_LINES)
def test_a_line_pointed_to_a_team_is_low(findings, categories, text: str, value: str) -> None:
    assert covered(findings, text, "pii.phone") == [(value, "low")]
    assert "pii.phone" not in categories(text)


def _bare_mobiles(region: str) -> list[str]:
    """Valid mobiles of ``region`` written nationally (no trunk prefix there), grouped as locals do."""
    base = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    national = str(base.national_number)
    found = []
    for tail in range(100, 1000, 37):
        number = phonenumbers.parse(national[:-3] + str(tail), region)
        if phonenumbers.is_valid_number(number):
            found.append(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
    return found


@settings(max_examples=120, deadline=None)
@given(
    case=st.sampled_from(
        [
            ("PT", "Para alugar o quarto falem com a {n}: {m}"),
            ("PT", "Interessados, perguntem pelo {n}: {m}"),
            ("ES", "Para el piso hablad con {n}: {m}"),
            ("ES", "Pregunten por {n}: {m}"),
            ("IT", "Per la bici chiedete di {n}: {m}"),
            ("IT", "Parla con {n}: {m}"),
        ]
    ),
    name=st.sampled_from(["Inês", "Rui", "Marta", "Íker", "Giulia", "Pietro", "Ana Sofia"]),
    pick=st.integers(min_value=0, max_value=1000),
)
def test_any_bare_mobile_after_talk_to_a_name_is_medium(findings, case, name: str, pick: int) -> None:
    region, frame = case
    mobiles = _bare_mobiles(region)
    mobile = mobiles[pick % len(mobiles)]
    text = frame.format(n=name, m=mobile)
    assert covered(findings, text, "pii.phone") == [(mobile, "medium")]


@pytest.mark.parametrize(
    "text",
    [
        # Amounts, references and counts after a name and a colon are no phone numbers.
        "Receita da Inês: 912 345 678 € em 2025",
        "Referencia de Marta: 612 345 678",
        "Fatturato di Giulia: 347 123 456 euro",
    ],
)
def test_amounts_and_references_after_a_name_are_not_phones(findings, text: str) -> None:
    assert findings(text, "pii.phone") == []


# ---------------------------------------------------------------------------------------------------
# pii.phone: a listing's agency or office line is published; a private seller's number is not
# ---------------------------------------------------------------------------------------------------

LISTING_OFFICE_LINES = [
    ("JUST SOLD 🔑 4 bed colonial in Austin, $815,000. Office: (512) 555-0143", "(512) 555-0143"),
    ("Vendesi trilocale a Torino, 189.000 €. Agenzia: 011 123 4567", "011 123 4567"),
    ("Se vende ático en Málaga, 320.000 €. Oficina: 952 123 456", "952 123 456"),
    ("À vendre : maison 5 pièces, 289 000 €. Agence : 04 78 12 34 56", "04 78 12 34 56"),
    ("Te koop: hoekwoning in Utrecht, € 465.000. Kantoor: 030 234 5678", "030 234 5678"),
    ("Open house Sunday 1–4pm, listing agent on site, (303) 555-0187", "(303) 555-0187"),
]


@pytest.mark.parametrize(("text", "value"), LISTING_OFFICE_LINES)
def test_a_listings_office_line_is_low(findings, categories, text: str, value: str) -> None:
    assert covered(findings, text, "pii.phone") == [(value, "low")]
    assert "pii.phone" not in categories(text)


PRIVATE_LISTING_NUMBERS = [
    ("Selling my condo myself, no agents please. Call me at (512) 555-0198", "(512) 555-0198"),
    ("Customer service never picks up, so text me at (415) 555-0176 instead", "(415) 555-0176"),
    ("Arrendo T1 em Coimbra, 550 €/mês. Falem com o Tiago: 915 678 234", "915 678 234"),
    ("Affitto stanza a Bologna, 420 €. Chiamate Sara al 347 221 9087", "347 221 9087"),
]


OFFICE_AND_OWN_LINES = [
    # The office line is published; the number after "text me" or "chiamatemi" is the agent's own.
    ("Open house Sat. Office: (541) 555-0162, or text me directly at (541) 555-0177", "(541) 555-0162"),
    ("Agenzia: 011 765 4321 oppure chiamatemi al 347 221 9087", "011 765 4321"),
    ("Oficina: 952 765 432, o llámame al 612 908 771", "952 765 432"),
]


@pytest.mark.parametrize(("text", "office"), OFFICE_AND_OWN_LINES)
def test_a_persons_own_line_next_to_an_office_line_stays_medium(findings, text: str, office: str) -> None:
    severities = dict(covered(findings, text, "pii.phone"))
    assert severities.pop(office) == "low"
    assert list(severities.values()) == ["medium"]


@pytest.mark.parametrize(("text", "value"), PRIVATE_LISTING_NUMBERS)
def test_a_private_sellers_number_in_a_listing_stays_medium(findings, text: str, value: str) -> None:
    assert covered(findings, text, "pii.phone") == [(value, "medium")]


# ---------------------------------------------------------------------------------------------------
# pii.credit_card: the other groupings people write
# ---------------------------------------------------------------------------------------------------

CARD_GROUPINGS = [
    ("They took my Amex 34012-34567-89014 and emptied it", "34012-34567-89014"),
    ("amex no. 37828 22463 10005 pls cancel", "37828 22463 10005"),
    ("card 37828.22463.10005 stolen", "37828.22463.10005"),
    ("Amex 3782.822463.10005 on file", "3782.822463.10005"),
    ("Visa 4000.0566.5566.5556 expired", "4000.0566.5566.5556"),
    # A number wrapped onto the next line, the separator at the end of the line dropped or kept.
    ("card 5105-1051\n0510-5100 was charged twice", "5105-1051\n0510-5100"),
    ("card 5105.1051.\n0510.5100 was charged twice", "5105.1051.\n0510.5100"),
    ("Amex 3782-822463\n10005 leaked", "3782-822463\n10005"),
    ("Amex 37828-22463\n10005 leaked", "37828-22463\n10005"),
]


@pytest.mark.parametrize(("text", "value"), CARD_GROUPINGS)
def test_cards_in_any_written_grouping_are_high(findings, text: str, value: str) -> None:
    assert covered(findings, text, "pii.credit_card") == [(value, "high")]


NOT_CARD_GROUPINGS = [
    "Amex 37828-22463-10006 fails the check",  # Luhn fails
    "Tracking 37828 22463 10005 shipped via courier",
    "IMEI 35209 90017 61481 registered",
    "Order 12345-67890-12345 shipped",
    "ISBN 978-0-306-40615-7 in stock",
    "Call +44 20 7946 0958 or 0800 123 4567",
    "IBAN GB82 WEST 1234 5698 7654 32 for the deposit",
    "Batch 41111 11111 11111 1 exported",  # sixteen digits in fives: no card grouping
]


@pytest.mark.parametrize("text", NOT_CARD_GROUPINGS)
def test_other_numbers_in_card_like_groupings_are_not_cards(findings, text: str) -> None:
    assert findings(text, "pii.credit_card") == []


@settings(max_examples=150, deadline=None)
@given(
    body=st.from_regex(r"3[47][0-9]{12}", fullmatch=True),
    grouping=st.sampled_from([(5, 5, 5), (4, 6, 5), (15,)]),
    separator=st.sampled_from([" ", "-", ".", "\u2013", " - "]),
    wrap_at=st.integers(min_value=0, max_value=3),
    valid=st.booleans(),
)
def test_any_amex_grouping_is_a_card_exactly_when_luhn_valid(
    findings, body: str, grouping: tuple[int, ...], separator: str, wrap_at: int, valid: bool
) -> None:
    number = body[:14] + luhn.calc_check_digit(body[:14])
    if not valid:
        number = number[:14] + str((int(number[14]) + 1) % 10)
    groups, position = [], 0
    for size in grouping:
        groups.append(number[position : position + size])
        position += size
    # A line break in place of the separator at one gap (where a wrapped number breaks).
    gaps = [separator] * (len(groups) - 1)
    if gaps and wrap_at < len(gaps):
        gaps[wrap_at] = "\n"
    written = groups[0] + "".join(gap + group for gap, group in zip(gaps, groups[1:], strict=True))
    text = f"Someone posted their card {written} in the comments"
    expected = [(written, "high")] if valid else []
    assert covered(findings, text, "pii.credit_card") == expected


@settings(max_examples=100, deadline=None)
@given(
    business=st.sampled_from(["Office:", "Customer service:", "Agenzia:", "Oficina:", "Kantoor:"]),
    personal=st.sampled_from(["text me at", "call me on", "chiamatemi al", "llámame al", "bel me op"]),
    own=st.sampled_from(["(415) 555-0176", "07700 900461", "06 41 88 20 17", "+39 347 221 9087"]),
)
def test_a_persons_cue_after_a_business_phrase_keeps_the_number_personal(
    findings, business: str, personal: str, own: str
) -> None:
    text = f"{business} 0800 123 4567, or {personal} {own}"
    assert covered(findings, text, "pii.phone") == [("0800 123 4567", "low"), (own, "medium")]
