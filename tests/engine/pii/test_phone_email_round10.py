"""Phones and e-mail, round 10. Phones: a named third person's own mobile in a note that also names a
front desk or a call centre (zh "李女士手机", pt "cliente Sr. ..., celular", es "su cel") stays personal,
and "cel" is a context word; a public office's line, opening days written in other languages
("lun–ven") and a form's example or test number are published or placeholders. E-mail: sponsorship,
accreditation and group-booking desks and an office joined to its function ("ufficiostampa@") are
role mailboxes; the example domains forms use in other countries (example.de, beispiel.de) are reserved.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

PHONE_PERSONAL = [
    "包裹放在前台了，麻烦联系王先生手机 139 2048 6613 确认。",
    "Nota do call center: cliente Sra. Helena Prado, celular (21) 99812-4471, pediu retorno.",
    "La clienta de Guadalajara pide que le llamen a su cel 33 1987 4420 mañana.",
    "Front desk says the guest left early; her mobile is 07700 913 557 if anyone finds the charger.",
]

PHONE_PUBLISHED = [
    "Comune di Lecco, Ufficio Tributi 0341 481 111, lun–ven 9:00–12:00.",
    "Ayuntamiento de Soria: 975 234 100, lun-vie de 9 a 14 h.",
    "Zum Beispiel: Telefon 040 12345678 (Testnummer) ins Feld eintragen.",
    "Example: phone 020 7946 0321 (test number) goes in the second field.",
]

EMAIL_ROLE = [
    "Sponsorship enquiries: sponsorship@cityrun.org, media: press@cityrun.org",
    "Accrediti per la stampa: ufficiostampa@volleyclubpadova.it",
    "Group stays of 10+ rooms: groups@lakesidehotel.com",
    "Partnerships: partnerships@foodfest.eu · accreditations@foodfest.eu",
]

EMAIL_RESERVED = [
    "Formularbeispiel: E-Mail = erika.musterfrau@example.de",
    "Exemple : jean.dupont@exemple.fr dans le champ e-mail",
    "Muster: vorname.nachname@beispiel.de",
]


@pytest.mark.parametrize("text", PHONE_PERSONAL)
def test_a_named_persons_own_mobile_near_a_desk_is_flagged(categories, text) -> None:
    assert "pii.phone" in categories(text)


@pytest.mark.parametrize("text", PHONE_PUBLISHED)
def test_public_office_lines_and_example_numbers_are_not_flagged(categories, text) -> None:
    assert "pii.phone" not in categories(text)


@pytest.mark.parametrize("text", EMAIL_ROLE + EMAIL_RESERVED)
def test_role_and_example_mailboxes_are_not_flagged(categories, text) -> None:
    assert "pii.email" not in categories(text)


def test_a_personal_address_next_to_them_still_is(categories) -> None:
    text = "Sponsorship: sponsorship@cityrun.org, or write to me at ana.lopes@gmail.com"
    assert "pii.email" in categories(text)


@hsettings(max_examples=60, deadline=None)
@given(
    desk=st.sampled_from(["前台", "客服中心", "服务台"]),
    title=st.sampled_from(["女士", "先生"]),
    surname=st.sampled_from(["李", "王", "张", "陈"]),
    second=st.integers(min_value=0, max_value=9999),
    third=st.integers(min_value=0, max_value=9999),
)
def test_chinese_mobile_of_a_titled_person_beside_a_desk(
    categories, desk, title, surname, second, third
) -> None:
    text = f"东西在{desk}，请联系{surname}{title}手机 138 {second:04d} {third:04d}。"
    assert "pii.phone" in categories(text)


@hsettings(max_examples=60, deadline=None)
@given(
    local=st.sampled_from(
        ["sponsorship", "sponsoring", "groups", "partnerships", "accreditation", "ufficiostampa"]
    ),
    domain=st.sampled_from(["runfest.org", "hotel-lago.it", "stadtlauf.de", "club.es"]),
)
def test_function_mailboxes_are_role_mailboxes(categories, local, domain) -> None:
    assert "pii.email" not in categories(f"Contacts: {local}@{domain}")
