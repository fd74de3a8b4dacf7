"""Round 17 of the e-mail and card detectors (own cases, other names and wordings than the set that
showed each class).

- An address written with a space on both sides of every dot and of its "@" ("mia . lund @ proton .
  me"): the dots between spaces are read as dots, where a handle stands before the "@" or a free-mail
  provider after it. A dot between spaces is also a sentence's end ("ping me @ lunch . it was fun"),
  so a single word before the "@" and an unknown domain stay prose.
- An address at a domain reserved for documentation (example.com, .test, .invalid) labelled as an
  example in the language's own word ("Przykład:", "Exempel:", "Example:", "Eksempel:", "Örnek:") is
  no one's: `low`, as with "e.g." or "sample". A real provider's address keeps its severity whatever
  the label, and a reserved domain with no such word keeps its (tests/engine/pii/
  test_mixed_script_and_published_contacts.py).
- A card number glued to letters on both sides with a short number after the second word, as an
  expiry or a security code ("kaart4539...exp0828", "tarjeta...cvv123"): read as the card it is. A
  hexadecimal token as long as a digest ("cafebabe4539...deadbeef0927") is a hash, whose letters are
  no words.
All numbers are made up (valid checksums where the class needs them).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import luhn


def covered(findings, text: str, category: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.severity) for f in findings(text, category)]


def _card(body: str) -> str:
    return body + luhn.calc_check_digit(body)


# ---------------------------------------------------------------------------------------------------
# An address with spaces around its dots and its "@"
# ---------------------------------------------------------------------------------------------------

SPACED_ADDRESSES = [
    ("Skriv till mig: mia . lund @ proton . me", "mia . lund @ proton . me"),
    ("new handle, mail: tom . reyes . art @ gmx . net", "tom . reyes . art @ gmx . net"),
    ("Escríbeme a carla . vidal @ yahoo . es si no funciona el DM", "carla . vidal @ yahoo . es"),
    ("Mój prywatny adres: piotr . zaj @ onet . pl", "piotr . zaj @ onet . pl"),
    ("contact perso : lea . morel @ proton . me", "lea . morel @ proton . me"),
    # a single word before the "@" at a free-mail provider
    ("If DMs fail: ruben @ proton . me", "ruben @ proton . me"),
]

SPACED_PROSE = [
    "Ping me @ lunch . it was fun yesterday",
    "Release 3 . 2 @ build . 7 is out",
    "We meet @ noon . me and Ana bring the slides",
    "Grab a coffee @ office . it helps",
    "score 2 @ half . de facto a draw",
]


@pytest.mark.parametrize(("text", "address"), SPACED_ADDRESSES)
def test_an_address_spaced_around_its_dots_is_an_address(findings, text: str, address: str) -> None:
    assert covered(findings, text, "pii.email") == [(address, "medium")]


@pytest.mark.parametrize("text", SPACED_PROSE)
def test_a_dot_between_spaces_after_an_at_in_prose_is_no_address(categories, text: str) -> None:
    assert "pii.email" not in categories(text)


@settings(max_examples=60, deadline=None)
@given(
    parts=st.lists(st.from_regex(r"[a-z]{2,8}", fullmatch=True), min_size=2, max_size=3),
    provider=st.sampled_from(["proton . me", "gmail . com", "gmx . de", "outlook . com", "yahoo . fr"]),
    spaces=st.sampled_from([" ", "  "]),
)
def test_any_spaced_handle_at_a_free_mail_provider_is_flagged(findings, parts, provider, spaces) -> None:
    local = f"{spaces}.{spaces}".join(parts)
    text = f"reach me: {local}{spaces}@{spaces}{provider} thanks"
    found = covered(findings, text, "pii.email")
    assert [s for _, s in found] == ["medium"], (text, found)
    assert found[0][0].endswith(provider.rsplit(" ", 1)[-1])


# ---------------------------------------------------------------------------------------------------
# An example label before an address at a reserved domain
# ---------------------------------------------------------------------------------------------------

EXAMPLE_LABELLED = [
    ("Przykład: anna.wrobel@example.org — podajcie własny adres.", "anna.wrobel@example.org"),
    ("Przykładowy adres to marek.lis@example.com, wpiszcie swój.", "marek.lis@example.com"),
    ("Exempel: sara.holm@example.net, byt ut mot din egen.", "sara.holm@example.net"),
    ("Eksempel: ole.dahl@example.com – skriv din egen adresse.", "ole.dahl@example.com"),
    ("Example: mark.ellis@example.com (use your own work address)", "mark.ellis@example.com"),
    ("Örnek: ayse.kaya@example.org adresini kendi adresinizle değiştirin.", "ayse.kaya@example.org"),
    ("Voorbeeld: kees.bos@shop.test — vul je eigen adres in.", "kees.bos@shop.test"),
    ("Esempio: paolo.riva@example.net, sostituitelo con il vostro.", "paolo.riva@example.net"),
]

LABEL_WITH_A_REAL_PROVIDER = [
    ("Przykład: anna.wrobel@gmail.com to mój prywatny adres.", "anna.wrobel@gmail.com"),
    ("Exempel på hur man når mig: sara.holm@outlook.com", "sara.holm@outlook.com"),
    ("Example: mark.ellis@yahoo.com is where I read my mail", "mark.ellis@yahoo.com"),
]


@pytest.mark.parametrize(("text", "address"), EXAMPLE_LABELLED)
def test_an_address_labelled_an_example_at_a_reserved_domain_is_low(findings, text, address) -> None:
    assert covered(findings, text, "pii.email") == [(address, "low")]


@pytest.mark.parametrize(("text", "address"), LABEL_WITH_A_REAL_PROVIDER)
def test_an_example_label_does_not_lower_a_real_providers_address(findings, text, address) -> None:
    assert covered(findings, text, "pii.email") == [(address, "medium")]


@settings(max_examples=60, deadline=None)
@given(
    label=st.sampled_from(
        ["Przykład:", "Exempel:", "Example:", "Eksempel:", "Örnek:", "Voorbeeld:", "Esempio:"]
    ),
    local=st.from_regex(r"[a-z]{2,8}\.[a-z]{2,10}", fullmatch=True),
    domain=st.sampled_from(["example.com", "example.org", "example.net", "shop.test", "mail.invalid"]),
)
def test_any_labelled_example_at_a_reserved_domain_is_low(findings, label, local, domain) -> None:
    text = f"{label} {local}@{domain} — wpisz swój."
    assert [s for _, s in covered(findings, text, "pii.email")] == ["low"]


# ---------------------------------------------------------------------------------------------------
# A card number glued to words, with a short number glued after the second
# ---------------------------------------------------------------------------------------------------

VISA = _card("453901488034646")
MASTERCARD = _card("522233334444555")
AMEX = _card("37828224631000")

GLUED_CARDS = [
    (f"kaart{VISA}exp0828 werkt gewoon", VISA),
    (f"ok my tarjeta{MASTERCARD}cvv123 got declined", MASTERCARD),
    (f"karta{AMEX}wazna1127 prosze", AMEX),
    (f"test card{VISA}exp09/29 on the live site", VISA),
]

GLUED_NOT_CARDS = [
    # a digest's hexadecimal letters around its digits (32 characters or more)
    f"commit cafebabe{VISA}deadbeef0927 reverted",
    f"sha1 deadbeef{MASTERCARD}abcdefabcdefabcdef",
    # an IMEI's label, a number failing Luhn
    "imei356938035643809ok12",
    "card4539014880346467exp0828",
]


@pytest.mark.parametrize(("text", "number"), GLUED_CARDS)
def test_a_card_glued_between_words_with_an_expiry_is_a_card(findings, text: str, number: str) -> None:
    assert covered(findings, text, "pii.credit_card") == [(number, "high")]


@pytest.mark.parametrize("text", GLUED_NOT_CARDS)
def test_hashes_imeis_and_failing_numbers_glued_to_letters_are_no_card(categories, text: str) -> None:
    assert "pii.credit_card" not in categories(text)


@settings(max_examples=60, deadline=None)
@given(
    body=st.from_regex(r"4[0-9]{14}", fullmatch=True),
    before=st.sampled_from(["card", "kaart", "karte", "tarjeta", "karta"]),
    after=st.sampled_from(["exp", "cvv", "valid", "vence"]),
    tail=st.from_regex(r"[0-9]{2,4}", fullmatch=True),
)
def test_any_card_between_words_with_a_short_number_after_is_found(
    findings, body, before, after, tail
) -> None:
    number = _card(body)
    text = f"pls check {before}{number}{after}{tail} thx"
    assert covered(findings, text, "pii.credit_card") == [(number, "high")]
