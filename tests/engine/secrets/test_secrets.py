"""Credentials (`secret`): the value each rule reports, its masking, and prose that only talks about
credentials. The patterns are policy data (rules/default/secrets.yaml) run by the `regex` detector.
"""

from __future__ import annotations

import base64
import textwrap
from pathlib import Path

import pytest
from preflight.engine import Engine
from preflight.settings import Settings

from tests.conftest import DEFAULT_RULES

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


# ---------------------------------------------------------------------------------------------------
# Encoded credentials (secret.encoded): decoded, screened with the rules above, reported encoded
# ---------------------------------------------------------------------------------------------------


def _base64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


WRAPPED_JWT = "\n".join(textwrap.wrap(_base64(f"Authorization: Bearer {JWT}"), 76))
# A stray non-UTF-8 byte first: its base64url starts with "-", which plain base64 cannot read.
AWS_KEY_URL64 = base64.urlsafe_b64encode(b"\xfb" + AWS_KEY_ID.encode()).decode()
ENCODED = [
    (f"token is {_base64(GITHUB_TOKEN)} ok", _base64(GITHUB_TOKEN), "GitHub access token, base64-encoded"),
    (f"key={AWS_KEY_URL64}", AWS_KEY_URL64, "AWS access key id, base64url-encoded"),
    (f"blob {GOOGLE_KEY.encode().hex()} end", GOOGLE_KEY.encode().hex(), "Google API key, hex-encoded"),
    (
        "q=" + "".join(f"%{b:02X}" for b in b"password: hunter2!x"),
        "".join(f"%{b:02X}" for b in b"password: hunter2!x"),
        "password in the text, percent-encoded",
    ),
    # HTTP basic credentials: "user:ghp_..." in base64.
    (
        f"Authorization: Basic {_base64('ci:' + GITHUB_TOKEN)}",
        _base64("ci:" + GITHUB_TOKEN),
        "GitHub access token, base64-encoded",
    ),
    # A private key's armour, base64-encoded whole.
    (f"cfg: {_base64(PEM)}", _base64(PEM), "private key, base64-encoded"),
    # Base64 wrapped the way MIME does (76 characters a line): the token crosses a line break.
    (f"dump:\n{WRAPPED_JWT}\nend", WRAPPED_JWT, "JSON Web Token (a bearer credential), base64-encoded"),
]


@pytest.mark.parametrize(("text", "encoded", "message"), ENCODED)
def test_encoded_credential_is_reported_over_the_encoded_run(
    engine: Engine, text: str, encoded: str, message: str
) -> None:
    decision = engine.screen(text)
    found = [(f.rule_id, text[f.start : f.end], f.message, f.severity) for f in decision.findings]
    assert found == [("secret.encoded", encoded, message, "high")]
    assert decision.decision == "flag" and encoded not in decision.redacted_text


ENCODED_NEGATIVES = [
    "commit 3f9a1c2b4d5e6f708192a3b4c5d6e7f8091a2b3c fixed it; sha256 "
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "Read https://example.com/search?q=password%20reset%20help%20page before asking",
    "Donaudampfschifffahrtsgesellschaftskapitän loved internationalization",
    f"Nothing secret here: {_base64('just an ordinary sentence about our launch')}",
    "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQk5LU0VHTkFMIFNBTVBMRSBD\n-----END CERTIFICATE-----",
    # One level: base64 of base64 of a token is not unwrapped twice.
    f"double {_base64(_base64(GITHUB_TOKEN))}",
]


@pytest.mark.parametrize("text", ENCODED_NEGATIVES)
def test_encodings_of_ordinary_text_are_not_credentials(categories, text: str) -> None:
    assert "secret" not in categories(text)


def test_encoded_check_reuses_the_policys_enabled_rules(tmp_path: Path) -> None:
    # Disabling a credential rule disables it encoded too; the detector holds no patterns of its own.
    overlay = tmp_path / "org"
    overlay.mkdir()
    (overlay / "secrets.yaml").write_text(
        "rules: [{id: secret.github_token, enabled: false}]\n", encoding="utf-8"
    )
    engine = Engine.from_settings(Settings(default_rules_dir=DEFAULT_RULES), [overlay])
    assert engine.screen(f"token {_base64(GITHUB_TOKEN)}").findings == []
    assert [f.rule_id for f in engine.screen(f"key {_base64(AWS_KEY_ID + ' x')}").findings] == [
        "secret.encoded"
    ]


def test_too_many_encoded_looking_runs_mark_the_draft_incomplete(engine: Engine) -> None:
    text = " ".join(_base64(f"harmless text number {i:06d}") for i in range(600))
    decision = engine.screen(text)
    assert not decision.complete and decision.decision == "flag"
    assert any("encoded" in reason for reason in decision.incomplete_reasons)


# ---------------------------------------------------------------------------------------------------
# Classes closed in round 15: keys in other languages and short forms, values that only look like
# references, URLs without a user, bot tokens inside API URLs, and placeholders that are no credential
# ---------------------------------------------------------------------------------------------------

PASSWORD_FORMS = [
    # The key in other languages, as code and configuration write it.
    ('senha_producao = "Tucano!8841"', "Tucano!8841"),
    ("contraseña: 'Pelota.Roja.55'", "Pelota.Roja.55"),
    ('contrasena = "NubeGris_2030"', "NubeGris_2030"),
    ('db.Passwort = "Rhein&Mosel9"', "Rhein&Mosel9"),
    ('KENNWORT="Bergsee#2718"', "Bergsee#2718"),
    ('"wachtwoord": "Molen-Dijk-34"', "Molen-Dijk-34"),
    ("mot_de_passe = 'Baguette%Soleil7'", "Baguette%Soleil7"),
    ('mdp: "Ciel2Bleu!"', "Ciel2Bleu!"),
    ('haslo = "Wisla!Krakow88"', "Wisla!Krakow88"),
    # A bare "pass" ending an identifier (PHP, shell, JSON).
    ("$ftp_pass = 'Kq8#vnT2ee';", "Kq8#vnT2ee"),
    ('export DB_PASS="m7Yt!pQz3c"', "m7Yt!pQz3c"),
    ('{"user": "svc", "pass": "Zr4&uiWq9x"}', "Zr4&uiWq9x"),
    # A value that starts with % but is no format or variable reference.
    ('password := "%Tg7Lm2pQw9"', "%Tg7Lm2pQw9"),
    ("api_key = '%9fK2mQ7xLp4vR8t'", "%9fK2mQ7xLp4vR8t"),
    # A URL whose user is empty (Redis writes only the password).
    ("CACHE_URL=redis://:q9Wm4Lz8Tt2K@cache-01:6379/2", "q9Wm4Lz8Tt2K"),
    ("rediss://:Hb5nQ2wE8rTy@eu1.cache.example.net:6380", "Hb5nQ2wE8rTy"),
]


@pytest.mark.parametrize(("text", "value"), PASSWORD_FORMS)
def test_password_keys_of_other_languages_and_short_forms_report_the_value(findings, text, value) -> None:
    assert value in covered(findings, text)


TELEGRAM = "7305521948:AAF3kq9ZmXw2Lp8Rt6Yv0Bn4Cd7Ee1Gh5Jk"
DISCORD_BOT = (
    "MTE4NzYxMjM0NTY3ODkwMTIz.GkP3xQ.Zr8mNq2LwT5vBy7Kc1Hd9Fj4Gs6Ap0Ue3Io8Yt"  # id 1187612345678901233
)
DISCORD_LOOSE = "NvFq2Ls9Kd7Wm3Xr8Tz1Bc5Y.hH5dvP.Qm3Lp9Zr2Wt7Kv5Nc8Bx1Fd4Gs6Hj0Ae2Ty"
TWILIO_SID = "AC3f9b2e7d1c4a6b8e0f2d4c6a8b0e1f3d"
TWILIO_TOKEN = "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b"
BOT_TOKENS = [
    (f"curl https://api.telegram.org/bot{TELEGRAM}/sendMessage?chat_id=42", TELEGRAM),
    (f"wget -qO- api.telegram.org/bot{TELEGRAM}/getUpdates", TELEGRAM),
    # A Discord bot token needs no context: its first part is the bot's user id in base64.
    (f"client.login('{DISCORD_BOT}')", DISCORD_BOT),
    # The looser shape public scanners accept, where the draft names Discord (before or after).
    (f"our discord bot runs with TOKEN={DISCORD_LOOSE}", DISCORD_LOOSE),
    (f"TOKEN={DISCORD_LOOSE} # from the Discord developer portal", DISCORD_LOOSE),
    (f"client = Client('{TWILIO_SID}', '{TWILIO_TOKEN}')", TWILIO_TOKEN),
]


@pytest.mark.parametrize(("text", "value"), BOT_TOKENS)
def test_bot_and_messaging_tokens_are_reported(findings, text: str, value: str) -> None:
    assert value in covered(findings, text)


PLACEHOLDER_DRAFTS = [
    # Masks: never a credential, whatever the draft says around them.
    "aws_access_key_id = AKIAXXXXXXXXXXXXXXXX",
    "Put your key in the header: sk_live_XXXXXXXXXXXXXXXXXXXXXXXX",
    "GH_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "SLACK_BOT_TOKEN=xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx",
    "Maps key: AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    "postgres://app:xxxxxxxx@db:5432/app",
    # AWS's published example pair, called an example by the draft.
    "Slides use the documentation pair AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY.",
    "Sample config:\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = "
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    # Format strings and environment variables are references, not values.
    'password := fmt.Sprintf("%s", pw)',
    "password = '%(password)s' % params",
    'set DB_PASSWORD="%DB_PASSWORD%"',
    # A password key's companions that hold no password.
    'password_hint = "the name of your first school"',
    'passwort_regel = "mindestens zwolf Zeichen"',
    # Twilio: the SID alone is an identifier; "accept", "ace" are words.
    f"Our account SID is {TWILIO_SID}, support asked for it.",
    "We accept ace cards at the Acme café. Discord meetup tonight, NDA required.",
]


@pytest.mark.parametrize("text", PLACEHOLDER_DRAFTS)
def test_masks_documentation_examples_and_references_are_not_credentials(categories, text: str) -> None:
    assert "secret" not in categories(text)


def test_published_example_keys_pasted_as_a_configuration_are_still_flagged(findings) -> None:
    # Without the draft calling them examples, the pair reads as someone's configuration: the rest of
    # that configuration may be real, so it is screened like any key.
    text = (
        "my ~/.aws/credentials after the fix:\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    )
    assert {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"} <= set(
        covered(findings, text)
    )


COMMAND_LINES_AND_HEADERS = [
    # Passwords given to a client on its command line.
    ("mariadb -h 10.0.0.8 -u app -p'Fjord!Lake31' crm", "Fjord!Lake31"),
    ("mysqladmin -u root -pW4lrus_Tusk status", "W4lrus_Tusk"),
    ('sshpass -p "Kelp&Reef19" scp dump.sql ops@backup:/srv', "Kelp&Reef19"),
    ("vault-cli login --password=Orca7Pod2Ns", "Orca7Pod2Ns"),
    ("rabbitmqadmin --username ops --password Harbor2Dock9 list queues", "Harbor2Dock9"),
    ("curl -s -u deploy:Quay9Crane4 https://artifacts.acme.test/upload", "Quay9Crane4"),
    ("curl --user=ci-bot:Mast3rSail! https://jenkins.acme.test/job/x/build", "Mast3rSail!"),
    ("PGPASSWORD=Wharf7!Gull psql -h db.acme.test -U report", "Wharf7!Gull"),
    # "The password is ..." in other languages.
    ("A senha da rede é Coqueiro2030!", "Coqueiro2030!"),
    ("La contraseña del portal era Nieve_4417", "Nieve_4417"),
    ("Das Kennwort für den Drucker ist Drucker#303", "Drucker#303"),
    ("Le mot de passe du wifi est Baguette2024!", "Baguette2024!"),
    ("Het wachtwoord van de gastenwifi is Tulp-2025", "Tulp-2025"),
    # Opaque tokens: a bare "token" key and Authorization headers.
    ('discord_bot.token = "n3Rk8vQ2zL7wP4tX"', "n3Rk8vQ2zL7wP4tX"),
    ("token: Gm4pX9qL2wZ7vR3tK8nB", "Gm4pX9qL2wZ7vR3tK8nB"),
    ('requests.get(url, headers={"Authorization": "Bearer q7Lw2Zx9Vn4Tp8Rk3Ym6B"})', "q7Lw2Zx9Vn4Tp8Rk3Ym6B"),
]


@pytest.mark.parametrize(("text", "value"), COMMAND_LINES_AND_HEADERS)
def test_command_line_passwords_local_phrasings_and_bearer_tokens_are_reported(findings, text, value) -> None:
    assert value in covered(findings, text)


ABOUT_COMMANDS_AND_TOKENS = [
    "mysql -u root -p crm  # asks for the password",
    "mkdir -p build/assets && cp -pr src build",
    'sshpass -p "$SSH_PASSWORD" ssh ops@host',
    "cat pw.txt | docker login --password-stdin registry.acme.test",
    "tool --password <your-password> --host db",
    "curl -u $USER:$TOKEN https://api.acme.test",
    "curl -u user:password https://httpbin.org/basic-auth/user/password",
    "La contraseña es demasiado corta, usa al menos doce caracteres.",
    "Das Passwort ist abgelaufen.",
    "Le mot de passe est : à renouveler tous les trois mois.",
    "A senha: mínimo de oito caracteres",
    "Token: 0x6b175474e89094c44da98b954eedeac495271d0f is the DAI contract.",
    "As a token of thanks, use code SPRING2025 at checkout.",
    "Authorization: Bearer <access token>",
    "She was the bearer of good news.",
]


@pytest.mark.parametrize("text", ABOUT_COMMANDS_AND_TOKENS)
def test_commands_and_sentences_about_passwords_and_tokens_are_clean(categories, text: str) -> None:
    assert "secret" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "mqtt:\n  password: !secret mqtt_password",
        "db_password: !ENV ${POSTGRES_PASSWORD}",
        "MasterUserPassword: !Ref DatabasePassword",
        "password: !vault |",
    ],
)
def test_yaml_tags_naming_where_a_password_lives_are_references(categories, text: str) -> None:
    assert "secret" not in categories(text)


def test_a_connection_string_password_ends_at_the_next_separator(findings) -> None:
    text = "Server=sql01;Database=crm;User Id=app;Password=Lm4!qZ8wRt;TrustServerCertificate=true"
    assert covered(findings, text) == ["Lm4!qZ8wRt"]
