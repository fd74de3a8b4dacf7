"""Role mailboxes in Swedish, Turkish and Polish (hej@, kundtjanst@, destek@, iletisim@, biuro@,
reklamacje@ ...): an organisation's published mailbox is reported low, not flagged, family by family
(contact, sales and complaints, finance, hiring, legal and logistics); a person's address in those
languages stays personal."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.engine.pii.test_roles_listings_card_groupings import covered

ROLE_DRAFTS = [
    (
        "Frågor om leveransen? Skriv till kundtjanst@tradgardsbolaget.se så svarar vi inom en dag.",
        "kundtjanst@tradgardsbolaget.se",
    ),
    ("Hör av dig på hej@cykelverkstan.se eller ring oss.", "hej@cykelverkstan.se"),
    ("Fakturafrågor: ekonomi@byggmax-norr.se", "ekonomi@byggmax-norr.se"),
    ("Sipariş durumunuz için destek@kitapkosesi.com.tr adresine yazın.", "destek@kitapkosesi.com.tr"),
    ("Bize iletisim@deniz-lojistik.com.tr üzerinden ulaşabilirsiniz.", "iletisim@deniz-lojistik.com.tr"),
    ("CV'nizi kariyer@anadolu-yazilim.com adresine gönderin.", "kariyer@anadolu-yazilim.com"),
    ("Zapraszamy do kontaktu: biuro@zielone-okna.pl", "biuro@zielone-okna.pl"),
    ("Reklamacje prosimy zgłaszać na reklamacje@sklep-rowerowy.pl", "reklamacje@sklep-rowerowy.pl"),
    ("Faktury wysyłaj na ksiegowosc@drukarnia-lodz.pl, dziękujemy.", "ksiegowosc@drukarnia-lodz.pl"),
]


@pytest.mark.parametrize(("text", "value"), ROLE_DRAFTS)
def test_role_mailboxes_of_the_three_languages_are_low(categories, findings, text, value) -> None:
    assert covered(findings, text, "pii.email") == [(value, "low")]
    assert "pii.email" not in categories(text)


PERSONAL_DRAFTS = [
    ("Skicka CV direkt till anna.lindberg@byggmax-norr.se", "anna.lindberg@byggmax-norr.se"),
    ("Kişisel adresim: mehmet.yilmaz84@gmail.com", "mehmet.yilmaz84@gmail.com"),
    ("Mój prywatny mail: jan.kowalski@wp.pl", "jan.kowalski@wp.pl"),
]


@pytest.mark.parametrize(("text", "value"), PERSONAL_DRAFTS)
def test_personal_addresses_of_the_three_languages_stay_medium(findings, text, value) -> None:
    assert covered(findings, text, "pii.email") == [(value, "medium")]


# One mailbox of each family, in each language.
ROLES = {
    "sv": [
        "hej",
        "kundtjanst",
        "kundsupport",
        "order",
        "bokning",
        "reklamation",
        "ekonomi",
        "faktura",
        "inkop",
        "jobb",
        "rekrytering",
        "juridik",
        "frakt",
        "utbildning",
        "styrelsen",
    ],
    "tr": [
        "merhaba",
        "iletisim",
        "bilgi",
        "destek",
        "satis",
        "siparis",
        "iade",
        "muhasebe",
        "fatura",
        "satinalma",
        "ik",
        "kariyer",
        "hukuk",
        "kargo",
        "egitim",
        "sekreterya",
    ],
    "pl": [
        "biuro",
        "pomoc",
        "obsluga",
        "sprzedaz",
        "zamowienia",
        "zwroty",
        "reklamacje",
        "faktury",
        "ksiegowosc",
        "kadry",
        "rekrutacja",
        "praca",
        "rodo",
        "wysylka",
        "szkolenia",
        "zarzad",
    ],
}
FRAMES = {
    "sv": "Kontakta oss på {} så hjälper vi dig.",
    "tr": "Sorularınız için {} adresine yazabilirsiniz.",
    "pl": "W razie pytań pisz na {} — odpowiemy szybko.",
}


@settings(max_examples=150, deadline=None)
@given(
    data=st.data(),
    language=st.sampled_from(sorted(ROLES)),
    suffix=st.sampled_from(["", ".norr", "2026", "-ankara", ".pl"]),
    domain=st.sampled_from(["ornek-firma.com.tr", "foretaget.se", "firma-budowlana.pl", "northwind.com"]),
)
def test_any_role_mailbox_of_the_three_languages_is_low(findings, data, language, suffix, domain) -> None:
    role = data.draw(st.sampled_from(ROLES[language]))
    # A word of three letters or fewer with a suffix reads as a person's initials ("hej2026", "ik.norr"),
    # as in every language: only longer ones take one here.
    address = f"{role}{suffix if len(role) > 3 else ''}@{domain}"
    assert covered(findings, FRAMES[language].format(address), "pii.email") == [(address, "low")]
