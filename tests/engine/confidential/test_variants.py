"""Confidential information as people really write it: code names in any case, hyphenated or glued
to Chinese, Japanese or Korean text; markings opening a bracket; internal hosts in URLs that carry
a user and password, and intranet hosts below other labels.

Code names come from the Acme overlay (Project Falcon, Bluebird, Nightjar, Orion X).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


def covered(findings, text: str, category: str) -> list[str]:
    return [text[f.start : f.end] for f in findings(text, category)]


# ---------------------------------------------------------------------------------------------------
# Code names
# ---------------------------------------------------------------------------------------------------

CODE_NAME_VARIANTS = [
    ("Interviewing designers for project falcon this week", "project falcon"),
    ("PROJECT FALCON kickoff moved to Thursday", "PROJECT FALCON"),
    ("Demo of Project-Falcon went well", "Project-Falcon"),
    ("See the project_falcon channel for notes", "project_falcon"),
    ("loving the vibe on #projectfalcon lately", "#projectfalcon"),
    ("ProjectFalcon launch rehearsal at 3pm", "ProjectFalcon"),
    ("Repo renamed to orionx-firmware", "orionx"),
    ("Our orion x prototype booted", "orion x"),
    ("BLUEBIRD ships in spring", "BLUEBIRD"),
    ("Bluebird's onboarding flow is done", "Bluebird"),
    ("Nightjar’s battery lasts two days", "Nightjar"),
    ("Nightjar固件已经通过测试", "Nightjar"),
    ("新版Bluebird上线了", "Bluebird"),
    ("Orion Xの試作機が届きました", "Orion X"),
    ("Project Falcon을 다음 달에 공개합니다", "Project Falcon"),
    ("Project\nFalcon review notes", "Project\nFalcon"),
]


@pytest.mark.parametrize(("text", "name"), CODE_NAME_VARIANTS)
def test_code_name_variant_is_reported(findings, text: str, name: str) -> None:
    assert covered(findings, text, "confidential.codename") == [name]


NOT_CODE_NAME_VARIANTS = [
    "the bluebird is singing outside my window",
    "Bluebirds returned to the nest boxes",
    "A nightjar called all night near the campsite",
    "SpaceX Falcon 9 launched another batch today",
    "The Orion constellation is bright in winter",
    "Orion Xylophones are on sale",
    "我在公园看到了一只bluebird",
    "Our falcon project at the bird sanctuary is funded",
    "Superbluebird is a new band",
    "NIGHTJARS nest on the ground",
    "Our subprojectfalcons are not a thing",
    "Watch the Falcon 9 project launch",
]


@pytest.mark.parametrize("text", NOT_CODE_NAME_VARIANTS)
def test_ordinary_uses_of_code_name_words_stay_clean(categories, text: str) -> None:
    assert "confidential.codename" not in categories(text)


_CJK_PROSE = ["内测版今天推送", "のデモは好評でした", "를 공개합니다", "今天上线", "の発表"]


@settings(max_examples=150, deadline=None)
@given(
    words=st.sampled_from([("Project", "Falcon"), ("Orion", "X")]),
    casing=st.sampled_from([str.lower, str.upper, str.title, lambda w: w]),
    separator=st.sampled_from([" ", "  ", "\n", "-", "_", "\u00a0", "", "#"]),
    before=st.sampled_from(["", "Big news: ", "新しい", "我们的"]),
    after=st.sampled_from(["", " is on track", "'s roadmap", "!", *_CJK_PROSE]),
)
def test_any_spelling_of_a_multi_word_code_name_is_found(findings, words, casing, separator, before, after):
    # "#" stands for the hashtag: the words joined after it.
    name = (
        "#" + "".join(casing(w) for w in words)
        if separator == "#"
        else separator.join(casing(w) for w in words)
    )
    text = f"{before}{name}{after}"
    assert covered(findings, text, "confidential.codename") == [name]


@settings(max_examples=150, deadline=None)
@given(
    name=st.sampled_from(["Bluebird", "Nightjar"]),
    glue=st.sampled_from(["", "s", "ing", "X"]),
    before=st.sampled_from(["", "a ", "Super"]),
    after=st.sampled_from(["", " today", "内测版", "のデモ"]),
)
def test_single_word_code_name_is_found_only_as_the_proper_name(findings, name, glue, before, after):
    """One-word names are ordinary words too: matched as written or in capitals, alone; in lower
    case, or run on into a longer Latin word, they are the bird."""
    for spelling in (name, name.upper(), name.lower()):
        text = f"{before}{spelling}{glue}{after}"
        expected = [spelling] if spelling != name.lower() and not glue and not before.endswith("r") else []
        assert covered(findings, text, "confidential.codename") == expected, text


# ---------------------------------------------------------------------------------------------------
# Markings opening a bracket
# ---------------------------------------------------------------------------------------------------

BRACKET_MARKINGS = [
    ("New office layout (Confidential – do not forward until sign-off)", "Confidential"),
    ("Pricing ideas [confidential: finance only] below", "confidential"),
    ("Org chart draft (Confidential - leadership review)", "Confidential"),
    ("Neues Logo (Vertraulich – bitte nicht weiterleiten)", "Vertraulich"),
    ("Nouveau tarif (confidentiel : ne pas diffuser)", "confidentiel"),
]


@pytest.mark.parametrize(("text", "marking"), BRACKET_MARKINGS)
def test_marking_opening_a_bracket_is_reported(findings, text: str, marking: str) -> None:
    # "do not forward", "ne pas diffuser" after the dash are markings of their own.
    assert covered(findings, text, "confidential.marking")[0] == marking


@settings(max_examples=60, deadline=None)
@given(
    word=st.sampled_from(["機密", "机密", "極秘", "绝密", "기밀", "극비"]),
    spaces=st.sampled_from([" ", "  ", " \u3000"]),
    rest=st.sampled_from(["收购计划", "新製品の資料", "신제품 일정", "roadmap"]),
)
def test_cjk_heading_before_a_spaced_hyphen_is_a_marking(findings, word, spaces, rest):
    assert covered(findings, f"{word}{spaces}- {rest}", "confidential.marking") == [word]
    # In prose, before a hyphen, it is still the word: "商业机密 - 讲座" is a lecture on trade secrets.
    assert covered(findings, f"商业{word}{spaces}- {rest}", "confidential.marking") == []


NOT_BRACKET_MARKINGS = [
    "Free support line (confidential and non-judgemental) for all staff",
    "Talk to a counsellor (confidential counselling, 24/7)",
    "Unsere Beratung (vertraulich und kostenlos) hilft",
    "Our helpline (confidential, free) is open on weekends",
]


@pytest.mark.parametrize("text", NOT_BRACKET_MARKINGS)
def test_confidential_describing_a_service_in_brackets_is_not_a_marking(categories, text: str) -> None:
    assert "confidential.marking" not in categories(text)


@settings(max_examples=100, deadline=None)
@given(
    word=st.sampled_from(["Confidential", "confidential", "Vertraulich", "confidentiel", "Riservato"]),
    bracket=st.sampled_from(["(", "[", "( "]),
    separator=st.sampled_from([" – ", " — ", ": ", " - ", " : "]),
    rest=st.sampled_from(["board only", "leadership review", "draft v2", "Q3 numbers"]),
)
def test_marking_word_opening_a_bracket_before_a_separator_is_found(findings, word, bracket, separator, rest):
    closing = ")" if "(" in bracket else "]"
    text = f"Plan for next year {bracket}{word}{separator}{rest}{closing} attached"
    assert covered(findings, text, "confidential.marking") == [word]


# ---------------------------------------------------------------------------------------------------
# Internal hosts in URLs with credentials, intranet hosts below other labels
# ---------------------------------------------------------------------------------------------------

URL_HOSTS = [
    ("Dashboards read from postgres://bi:Xy7pQ2@reports-db.internal:5432/bi", "reports-db.internal"),
    ("Cache at redis://:hunter2pass@cache01.corp:6379/0 is warm", "cache01.corp"),
    ("Mirror: https://deploy:tok@intranet.fabrikam.com/repo.git", "intranet.fabrikam.com"),
    ("Le wiki est sur https://wiki.intranet.exemple.fr/accueil", "wiki.intranet.exemple.fr"),
    ("Status page: http://status.eu.intranet.contoso.com", "status.eu.intranet.contoso.com"),
]


@pytest.mark.parametrize(("text", "host"), URL_HOSTS)
def test_internal_host_after_url_credentials_or_below_labels_is_reported(findings, text, host) -> None:
    assert covered(findings, text, "confidential.internal_host") == [host]


NOT_URL_HOSTS = [
    "Write to helpdesk@support.internal.example.com? no: mail ops@fabrikam.com",
    "Send it to jane@intranet.contoso.com and she will publish it",
    "Mail me at ops@build.corp.example.org",
    "Our intranet-software.com review is up",
    "Postgres docs: postgres://user:password@localhost:5432/db",
]


def test_internal_hosts_far_apart_in_one_draft_are_each_reported(findings) -> None:
    """Hosts more than a host name's length apart are searched in separate windows."""
    text = "Primary: postgres://app:pw@db1.internal/x " + "and then " * 40 + "replica at db2.internal."
    assert covered(findings, text, "confidential.internal_host") == ["db1.internal", "db2.internal"]


def test_a_long_dotted_run_before_an_intranet_prefix_is_no_host_name(categories) -> None:
    """At most six labels before the prefix: "a.intranet." repeated is read back a few labels, not
    whole for every prefix in it (that cost the square of its length)."""
    assert "confidential.internal_host" in categories("See a.b.c.d.e.f.intranet.example.com")
    assert "confidential.internal_host" not in categories("See a.b.c.d.e.f.g.intranet.example.com")


@pytest.mark.parametrize("text", NOT_URL_HOSTS)
def test_e_mail_domains_and_public_hosts_are_not_internal_hosts(categories, text: str) -> None:
    assert "confidential.internal_host" not in categories(text)


@settings(max_examples=150, deadline=None)
@given(
    scheme=st.sampled_from(["postgres", "mysql", "redis", "amqp", "https", "mongodb+srv"]),
    user=st.sampled_from(["", "app", "bi_reader", "svc.deploy"]),
    password=st.sampled_from(["", ":pw", ":Kp9_x-Y", ":"]),
    host=st.sampled_from(["db.internal", "warehouse-prod.db.internal", "mq01.corp", "nas.lan"]),
    port=st.sampled_from(["", ":5432", ":6379/0"]),
)
def test_internal_host_of_any_url_with_user_info_is_found(findings, scheme, user, password, host, port):
    text = f"Connection string: {scheme}://{user}{password}@{host}{port} for the team"
    assert covered(findings, text, "confidential.internal_host") == [host]


@settings(max_examples=100, deadline=None)
@given(
    local=st.sampled_from(["jane", "ops.team", "it-help"]),
    host=st.sampled_from(["db.internal", "mq01.corp", "intranet.contoso.com", "wiki.intranet.acme.io"]),
)
def test_internal_domain_of_an_e_mail_address_is_not_a_host(categories, local, host):
    assert "confidential.internal_host" not in categories(f"Questions? Write to {local}@{host} today")
