"""secret round 11: a password or key assignment the draft presents as fiction or a meme ("Chapter 2 of
my short story ... 'password: lighthouse'", "password: hunter2, the oldest joke") is invented; a
provider's token format stays a secret wherever it is pasted, and a real assignment with no such
context still flags."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

# Drafts of this test, not of any set.
MADE_UP = [
    "From my short story: the butler whispered 'password: bluelantern' and the door swung open.",
    "Fanfic update! Chapter 9: Mira hacks the mainframe with pwd=Orion77 and escapes.",
    "Mi relato del concurso: la contraseña es Gaviota#21, y nadie la sabía salvo el detective.",
    "Krimi-Abend: Im Roman lautet das Passwort Nebelhorn42, und der Detective findet es im Safe.",
    "Classic meme: 'my password is hunter2' and all you see is *******",
    "The oldest joke on the internet: password: swordfish",
    "xkcd was right: passphrase = correcthorsebatterystaple beats P@ssw0rd",
]

REAL = [
    "DB_PASSWORD=Qm7vL2xR9pTz in the staging env, rotate it tomorrow",
    "Wifi for the offsite: password: Lighthouse2026!",
    "In my novel the hacker pastes ghp_k9Tq2Lm7Xw4Rb8Zp1Vy6Nc3HaB5dE7fG9hJ2 into the terminal",
]


def secrets(findings, text: str) -> list[str]:
    return [text[f.start : f.end] for f in findings(text, "secret")]


@pytest.mark.parametrize("text", MADE_UP)
def test_a_credential_in_fiction_or_a_meme_is_made_up(findings, text: str) -> None:
    assert secrets(findings, text) == []


@pytest.mark.parametrize("text", REAL)
def test_real_assignments_and_provider_tokens_still_flag(findings, text: str) -> None:
    assert secrets(findings, text) != []


@settings(max_examples=100, deadline=None)
@given(
    # at least eight characters: a shorter quoted value is no API key (quoted_key), only a password
    value=st.from_regex(r"[A-Z][a-z]{5,8}[0-9]{2,4}[!#]?", fullmatch=True),
    key=st.sampled_from(["password: ", "passwd=", "db_password = ", "api_key = '"]),
    fiction=st.sampled_from(
        [
            "Excerpt from my short story: {a}.",
            "{a} — that's the twist in chapter 4 of my novel.",
            "The detective read the sticky note: {a}",
            "Meme of the day: {a}",
        ]
    ),
)
def test_property_any_value_is_made_up_in_fiction_and_a_secret_outside(findings, value, key, fiction):
    assignment = f"{key}{value}" + ("'" if key.endswith("'") else "")
    assert secrets(findings, fiction.format(a=assignment)) == [], fiction
    assert secrets(findings, f"Ops note for tonight: {assignment}") == [value]
