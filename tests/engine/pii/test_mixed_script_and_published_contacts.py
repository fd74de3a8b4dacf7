"""Six families of misses and false flags found in issue 11's December drafts: documentation
addresses at reserved domains and role mailboxes written as separate words (pii.email), published
front-desk and booking lines and plural imperatives before a mobile (pii.phone), a Latin letter
standing for a Chinese character and a masked compound head (profanity), a password after a Chinese,
Japanese or Korean label (secret), and an English marking glued to Japanese or Chinese text
(confidential.marking). Each with its hard negatives.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


def covered(findings, text: str, category: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.severity) for f in findings(text, category)]


# ---------------------------------------------------------------------------------------------------
# pii.email: reserved documentation domains (RFC 2606 / RFC 6761)
# ---------------------------------------------------------------------------------------------------

RESERVED_DOMAIN_EMAILS = [
    ("Tutorial: set the sender to maria.lopez@example.org and run the script", "maria.lopez@example.org"),
    ("Im Beispiel steht hans.meier@example.net als Empfänger", "hans.meier@example.net"),
    ("Dans la doc, l'adresse test est claire.dubois@mail.example.com", "claire.dubois@mail.example.com"),
    ("Fixture user: kenji.sato@shop.test (see the README)", "kenji.sato@shop.test"),
    ("SDK bounce test: anna.berg@nowhere.invalid should fail", "anna.berg@nowhere.invalid"),
    ("Sample payload uses li.wei@corp.example for the owner field", "li.wei@corp.example"),
]


@pytest.mark.parametrize(("text", "value"), RESERVED_DOMAIN_EMAILS)
def test_reserved_documentation_domain_is_low(findings, categories, text: str, value: str) -> None:
    assert covered(findings, text, "pii.email") == [(value, "low")]
    assert "pii.email" not in categories(text)


@pytest.mark.parametrize(
    "text",
    # Outside documentation a reserved domain stands in for a real one: read as written.
    [
        "Congrats to our raffle winner maria.lopez@example.org!",
        "Neue Kundin: hans.meier@firma.test, bitte anrufen",
    ],
)
def test_reserved_domain_outside_documentation_stays_personal(findings, text: str) -> None:
    assert [s for _, s in covered(findings, text, "pii.email")] == ["medium"]


@pytest.mark.parametrize(
    "address",
    # Real domains that merely contain the word: still a person's address.
    ["maria.lopez@example-shop.com", "hans.meier@examples.net", "kenji.sato@testlab.io", "li.wei@mytest.de"],
)
def test_lookalike_domains_stay_personal(findings, address: str) -> None:
    assert covered(findings, f"Kontakt: {address}", "pii.email") == [(address, "medium")]


@settings(max_examples=100, deadline=None)
@given(
    local=st.from_regex(r"[a-z]{2,8}\.[a-z]{2,10}", fullmatch=True),
    domain=st.sampled_from(
        ["example.com", "example.org", "example.net", "app.example", "x.test", "y.invalid"]
    ),
)
def test_any_address_at_a_reserved_domain_is_low(findings, local: str, domain: str) -> None:
    text = f"In the API docs the customer is {local}@{domain} today."
    assert [s for _, s in covered(findings, text, "pii.email")] == ["low"]


# ---------------------------------------------------------------------------------------------------
# pii.email: role mailboxes written as separate words
# ---------------------------------------------------------------------------------------------------

SEPARATED_ROLE_MAILBOXES = [
    "customer.service",
    "customer-service",
    "customer_service",
    "service.client",
    "kunden.service",
    "atencion.al.cliente",
    "servizio_clienti",
    "klanten.service",
    "help.desk",
    "customer.service.emea",
]


@pytest.mark.parametrize("local", SEPARATED_ROLE_MAILBOXES)
def test_role_mailbox_written_in_words_is_low(findings, categories, local: str) -> None:
    text = f"Domande? Scrivete a {local}@lunaria-viaggi.it, rispondiamo entro un giorno."
    assert covered(findings, text, "pii.email") == [(f"{local}@lunaria-viaggi.it", "low")]
    assert "pii.email" not in categories(text)


@pytest.mark.parametrize("local", ["mario.rossi", "anna-service", "john.care"])
def test_people_with_role_words_in_their_address_stay_personal(findings, local: str) -> None:
    # "anna-service" joins to "annaservice", "john.care" to "johncare": neither is a role mailbox.
    text = f"Scrivete a {local}@lunaria-viaggi.it"
    assert covered(findings, text, "pii.email") == [(f"{local}@lunaria-viaggi.it", "medium")]


# ---------------------------------------------------------------------------------------------------
# pii.phone: front desks and booking lines; plural imperatives
# ---------------------------------------------------------------------------------------------------

FRONT_DESK_LINES = [
    ("Late check-in? Our front desk: +44 20 7946 0312, staffed all night.", "+44 20 7946 0312"),
    ("Hotel Alpenblick – Rezeption: +43 512 345678 (7–23 Uhr)", "+43 512 345678"),
    ("Réception de l'hôtel : +33 4 93 12 34 56, ouverte 24h/24", "+33 4 93 12 34 56"),
    ("Recepción del hotel: +34 971 123 456, abierta siempre", "+34 971 123 456"),
    ("Reservations line +1 212 555 0143 for groups of ten or more", "+1 212 555 0143"),
]


@pytest.mark.parametrize(("text", "value"), FRONT_DESK_LINES)
def test_front_desk_and_booking_lines_are_low(findings, categories, text: str, value: str) -> None:
    assert covered(findings, text, "pii.phone") == [(value, "low")]
    assert "pii.phone" not in categories(text)


PLURAL_IMPERATIVE_PHONES = [
    ("Vendo sofá de tres plazas. Llamad al 655 21 47 89 después de las seis", "655 21 47 89"),
    ("Se alquila plaza de garaje, llamen al 622 48 13 90", "622 48 13 90"),
    ("Cerco coinquilina: chiamate il 347 812 4455 la sera", "347 812 4455"),
]


@pytest.mark.parametrize(("text", "value"), PLURAL_IMPERATIVE_PHONES)
def test_mobile_after_a_plural_imperative_is_medium(findings, text: str, value: str) -> None:
    assert covered(findings, text, "pii.phone") == [(value, "medium")]


def test_a_private_mobile_after_a_wedding_reception_stays_personal(findings) -> None:
    text = "Loved the wedding reception! Text me on 07700 900461 for the photos"
    assert covered(findings, text, "pii.phone") == [("07700 900461", "medium")]


# ---------------------------------------------------------------------------------------------------
# profanity: a Latin letter for a Chinese character; a masked compound head
# ---------------------------------------------------------------------------------------------------

LATIN_STAND_INS = [
    ("他就是个傻B，别理他", "傻B"),
    ("你个傻b，又忘了开会", "傻b"),
    ("傻B老板又加班", "傻B"),
]


@pytest.mark.parametrize(("text", "value"), LATIN_STAND_INS)
def test_latin_letter_for_a_chinese_character_is_profanity(findings, text: str, value: str) -> None:
    assert [c for c, _ in covered(findings, text, "profanity")] == [value]


@pytest.mark.parametrize("text", ["傻Bob是我家的猫", "今天的B计划很好", "比赛B组明天开始"])
def test_latin_letters_in_ordinary_chinese_are_not_profanity(findings, text: str) -> None:
    assert findings(text, "profanity") == []


MASKED_COMPOUNDS = [
    ("Wat een k*tweer vandaag, alles is nat", "k*tweer"),
    ("Weer zo'n k*tdag op kantoor, ik ben er klaar mee", "k*tdag"),
    ("Die K*tzooi van de NS rijdt weer niet", "K*tzooi"),
]


@pytest.mark.parametrize(("text", "value"), MASKED_COMPOUNDS)
def test_compound_with_a_masked_head_is_profanity(findings, text: str, value: str) -> None:
    assert [c for c, _ in covered(findings, text, "profanity")] == [value]


@pytest.mark.parametrize(
    "text", ["De K*tsche staat klaar bij de ingang", "De k*tter ligt in de haven", "k*t2024"]
)
def test_masked_words_that_restore_to_non_compounds_are_not_profanity(findings, text: str) -> None:
    # Kutsche and Kutter are not_compounds; a tail of digits is no compound.
    assert findings(text, "profanity") == []


@settings(max_examples=60, deadline=None)
@given(tail=st.sampled_from(["weer", "dag", "baan", "zooi", "week", "auto", "leven"]))
def test_any_compound_on_a_masked_head_is_reported(findings, tail: str) -> None:
    text = f"Wat een k*t{tail}, echt."
    assert [c for c, _ in covered(findings, text, "profanity")] == [f"k*t{tail}"]


# ---------------------------------------------------------------------------------------------------
# secret: a password after a Chinese, Japanese or Korean label
# ---------------------------------------------------------------------------------------------------

CJK_PASSWORDS = [
    ("测试服务器 ssh 账号 deploy，密码：Qing#dao77，用完改掉", "Qing#dao77"),
    ("Our 北京 office 的 wifi 密码: Beijing2027! 别外传", "Beijing2027!"),
    ("共享盘的密碼是Taipei_88，请勿外传", "Taipei_88"),
    ("検証環境のパスワード：Osaka2026# です", "Osaka2026#"),
    ("VPN 비밀번호는 Busan!2026 입니다", "Busan!2026"),
]


@pytest.mark.parametrize(("text", "value"), CJK_PASSWORDS)
def test_password_after_a_cjk_label_is_a_secret(findings, text: str, value: str) -> None:
    assert [c for c, _ in covered(findings, text, "secret")] == [value]


CJK_PASSWORD_PROSE = [
    "密码：至少8位，包含大小写字母",
    "パスワードは定期的に変更してください",
    "비밀번호: ********",
    "密码：<your password>",
    "请设置新密码，长度不少于12位",
    "密码是什么我忘了",
]


@pytest.mark.parametrize("text", CJK_PASSWORD_PROSE)
def test_cjk_password_prose_is_not_a_secret(findings, text: str) -> None:
    assert findings(text, "secret") == []


@settings(max_examples=100, deadline=None)
@given(
    label=st.sampled_from(
        ["密码：", "密码: ", "密碼是", "パスワード：", "パスワードは", "비밀번호: ", "비밀번호는 "]
    ),
    value=st.from_regex(r"[A-Z][a-z]{3,8}[0-9]{2,4}[!#@]", fullmatch=True),
    after=st.sampled_from(["，别外传", "です", " 입니다", "。", ""]),
)
def test_any_password_after_a_cjk_label_is_reported(findings, label: str, value: str, after: str) -> None:
    text = f"账号 ops，{label}{value}{after}"
    assert [c for c, _ in covered(findings, text, "secret")] == [value]


# ---------------------------------------------------------------------------------------------------
# confidential.marking: an English marking glued to Chinese, Japanese or Korean
# ---------------------------------------------------------------------------------------------------

GLUED_MARKINGS = [
    ("新版本还是internal only的，先别发", "internal only"),
    ("この資料はINTERNAL ONLYです", "INTERNAL ONLY"),
    ("Q3の数字はまだinternal use onlyなので注意", "internal use only"),
    ("이 문서는 CONFIDENTIAL입니다", "CONFIDENTIAL"),
    ("价格表 under NDA的，不能外传", "under NDA"),
]


@pytest.mark.parametrize(("text", "value"), GLUED_MARKINGS)
def test_english_marking_glued_to_cjk_is_reported(findings, text: str, value: str) -> None:
    assert [c for c, _ in covered(findings, text, "confidential.marking")] == [value]


@pytest.mark.parametrize(
    "text", ["The internal-onlyness of it all", "internal only-child jokes", "CONFIDENTIALITY 说明见附件"]
)
def test_marking_words_inside_latin_words_are_not_markings(findings, text: str) -> None:
    assert findings(text, "confidential.marking") == []
