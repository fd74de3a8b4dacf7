"""Credentials (`secret`): the value each rule reports, its masking, and prose that only talks about
credentials. The patterns are policy data (rules/default/secrets.yaml) run by the `regex` detector.
"""

from __future__ import annotations

import pytest
from preflight.engine import Engine

# Format-correct but made-up values.
AWS_KEY_ID = "AKIA81U33XTPLPFT75V2"
AWS_SECRET = "PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA+"
GITHUB_TOKEN = "ghp_sMehGAkWvj7FAc9QeWJKY40uvSwMFLZDe1f8"
GITHUB_PAT = "github_pat_11ABCDEFG0aBcDeFgHiJkL_mNoPqRsTuVwXyZ0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ01234567"
GOOGLE_KEY = "AIzaI8ihN5KXSc7Tvo-hBKqFYY-kv5ZJr3J1TWD"
JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJvcHMtYm90IiwiaWF0IjoxNzAwMDAwMDAwfQ"
    ".q3f7Yh2W0b1mZ9xKcP4tL8nV6sR5aD2eJ0uG7iB3oHk"
)
PEM = (
    "-----BEGIN EC PRIVATE KEY-----\n"
    "MHcCAQEEIBkYx9Qm3Jc0vT7pL2wR8sN5aF1dG6hK4eU0iO9yB3zXoAoGCCqGSM49\n"
    "AwEHoUQDQgAE2f8Kx1vN7mQ3pL0sR9tW5yZ2aC4eG6iK8oM1uO3qS5vX7zB9dF1h\n"
    "-----END EC PRIVATE KEY-----"
)


def covered(findings, text: str) -> list[str]:
    return [text[f.start : f.end] for f in findings(text, "secret")]


POSITIVES = [
    # AWS
    (f"Rotated the old deploy key {AWS_KEY_ID} this morning", AWS_KEY_ID),
    ("temporary creds ASIAY34FZKBOKMUTVV7A expire in an hour", "ASIAY34FZKBOKMUTVV7A"),
    (f"[default]\naws_secret_access_key = {AWS_SECRET}\nregion = eu-west-1", AWS_SECRET),
    (f'"SecretAccessKey": "{AWS_SECRET}"', AWS_SECRET),
    (f"export AWS_SECRET_ACCESS_KEY={AWS_SECRET}", AWS_SECRET),
    (f"sandbox login: {AWS_KEY_ID} / {AWS_SECRET}", AWS_SECRET),
    # GitHub
    (f"export GH_TOKEN={GITHUB_TOKEN}", GITHUB_TOKEN),
    ("bot uses ghs_Zq8vTn2LrK5pW9mXbY3cH7dF1aE6uK0oR4sQ", "ghs_Zq8vTn2LrK5pW9mXbY3cH7dF1aE6uK0oR4sQ"),
    (f"token: {GITHUB_PAT}", GITHUB_PAT),
    # Slack, Stripe, Google
    (
        "the bot token is xoxb-2048613395-4791235560412-Zq8vTn2LrK5pW9mX",
        "xoxb-2048613395-4791235560412-Zq8vTn2LrK5pW9mX",
    ),
    ("prod key sk_live_51Hx9aQ2eZvKYlo2C8pW3mNt, rotate it", "sk_live_51Hx9aQ2eZvKYlo2C8pW3mNt"),
    ("restricted rk_live_4eC39HqLyjWDarjtT1zdp7dc", "rk_live_4eC39HqLyjWDarjtT1zdp7dc"),
    ("test key sk_test_9fJ2xQ7LmN4vB9kT1pR6sW3y for the demo", "sk_test_9fJ2xQ7LmN4vB9kT1pR6sW3y"),
    (f"Maps key for the beta build: {GOOGLE_KEY}", GOOGLE_KEY),
    # Bearer tokens and keys
    (f"curl -H 'Authorization: Bearer {JWT}' https://api.example.com", JWT),
    (f"Signing key for the webhooks:\n{PEM}\nthanks", PEM),
    ("pasted half of it: -----BEGIN OPENSSH PRIVATE KEY-----", "-----BEGIN OPENSSH PRIVATE KEY-----"),
    # Password assignments: the value is reported.
    ("Guest Wi-Fi: Contoso-Guest, password: Summer2024!", "Summer2024!"),
    ("jenkins / password=Tr0ub4dor&3 if you need to restart it", "Tr0ub4dor&3"),
    ("DB_PASSWORD='correct-horse-battery' in the .env", "correct-horse-battery"),
    ('{"user": "admin", "passwd": "s3cr3t!"}', "s3cr3t!"),
    ("PWD=letmein99.", "letmein99"),
    ("dbPassword: Qwerty123", "Qwerty123"),
    ("the office Wi-Fi password is Latte2024! enjoy", "Latte2024!"),
    # A password inside a URL.
    ("DATABASE_URL=postgres://app:Sup3rS3cret@db.example.com:5432/app", "Sup3rS3cret"),
]


@pytest.mark.parametrize(("text", "value"), POSITIVES)
def test_credential_is_reported_with_its_exact_value(findings, text: str, value: str) -> None:
    assert value in covered(findings, text)
    assert all(f.severity == "high" for f in findings(text, "secret"))


@pytest.mark.parametrize(("text", "value"), POSITIVES)
def test_credential_is_masked_in_the_redacted_text_and_excerpt(engine: Engine, text: str, value: str) -> None:
    decision = engine.screen(text)
    assert decision.decision == "flag"
    assert value not in decision.redacted_text
    assert all(value not in f.excerpt for f in decision.findings)


NEGATIVES = [
    # Talking about passwords is not a password.
    "Forgot your password? Reset it in two clicks.",
    "Please, use a password manager. Seriously.",
    "Your password reset link expires in 24 hours.",
    "Password: must be at least 12 characters long",
    "The password is strong enough, and the password is 14 characters.",
    "Passwords: never reuse them across sites.",
    "Password: ********",
    "Password: (see the team vault)",
    "Set password=$DB_PASSWORD in the compose file",
    "pwd: /home/app/releases",
    # Talking about token formats is not a token.
    "Personal access tokens start with ghp_, Slack bot tokens with xoxb- and live Stripe keys with sk_live_.",
    "AKIA is the prefix of long-term AWS access key ids.",
    "Set SLACK_TOKEN=xoxb-your-token-here before running the script.",
    # Public or placeholder material.
    "Publishable key pk_live_51Hx9aQ2eZvKYlo2C8pW3mNt goes in the browser.",
    "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE2f8Kx1v\n-----END PUBLIC KEY-----",
    "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----",
    "Connection string format: postgres://user:password@localhost:5432/db",
    "Our SDK docs: https://docs.example.com/auth#tokens",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_text_about_credentials_is_not_a_credential(categories, text: str) -> None:
    assert "secret" not in categories(text)


def test_repeated_key_headers_are_each_reported_and_masked(engine: Engine) -> None:
    # A hostile draft of nothing but BEGIN lines, then one real key: every line is read once and
    # the key after them is still found whole.
    header = "-----BEGIN RSA PRIVATE KEY-----\n"
    text = header * 2_000 + PEM
    decision = engine.screen(text)
    secrets = [f for f in decision.findings if f.category == "secret"]
    assert secrets and decision.decision == "flag"
    assert "BEGIN" not in decision.redacted_text and "MHcCAQEE" not in decision.redacted_text
    assert decision.redacted_text.count("*") == sum(1 for ch in text if not ch.isspace())
