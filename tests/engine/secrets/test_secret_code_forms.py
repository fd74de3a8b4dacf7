"""Credentials written the way code of many languages writes them, and token formats held to their
exact shapes: key assignments with any operator, literals compared on either side, values made of
symbols, misspelt and provider-scoped keys, one-character masks, unsigned JWTs, and the lengths
GitLab, PyPI and Square give their tokens. All values here are made up for these tests.
"""

from __future__ import annotations

import base64
import json
import re
import string

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from preflight.engine.detectors.patterns import is_placeholder


def covered(findings, text: str) -> list[str]:
    return [text[f.start : f.end] for f in findings(text, "secret")]


# A value a password generator could produce: letters, digits and the symbols code keeps inside a
# literal ({ } ( ) [ ] $ # ! @ % ^ & * ~ ? |).
SYMBOL_VALUE = "Kz{{q}r)t${w]Lp(n[v>-_$#mx}}"

CODE_FORMS = [
    # operators: = : := => [] = and the comparisons, literal on either side
    (f"smtp_pass: {SYMBOL_VALUE},", None),
    (f"REDIS_PASS := {SYMBOL_VALUE}", None),
    (f"$db_pass[] = '{SYMBOL_VALUE}';", SYMBOL_VALUE),
    (f'if (access_token !== "{SYMBOL_VALUE}") {{', SYMBOL_VALUE),
    (f'while ("{SYMBOL_VALUE}" == cfg.smtp_password)', SYMBOL_VALUE),
    (f"unless '{SYMBOL_VALUE}' === client_secret", SYMBOL_VALUE),
    (f'if secret == "{SYMBOL_VALUE}":', SYMBOL_VALUE),
    # quotes: backticks, PowerShell here-strings, mismatched
    (f"signing_secret_access_key = `{SYMBOL_VALUE}`", SYMBOL_VALUE),
    (f"$api_key = @'{SYMBOL_VALUE}';", SYMBOL_VALUE),
    ("private_key \"qwzmrtplkvnbxcjh';", "qwzmrtplkvnbxcjh"),
    # unquoted values holding symbols that end a statement
    (f"client_secret = {SYMBOL_VALUE};", SYMBOL_VALUE),
    (f"auth_token[] = {SYMBOL_VALUE};", SYMBOL_VALUE),
    # misspelt key, a password of punctuation with one letter
    ('secrete = "Q,.:-¨@*¿?!"', None),
    ('my_secrete: "p#q!r$z{w}"', "p#q!r$z{w}"),
    # flags
    ('deploy --x-api-key "qwzrtyplmnbvcx" --region eu', "qwzrtyplmnbvcx"),
    # provider-scoped keys
    ('cloudant_pw="7c1e9a04b2d83f65e7c1e9a04b2d83f65e7c1e9a04b2d83f65e7c1e9a04b2d8f"', None),
    ('CLOUDANT_API_KEY = "qwmzrtplkvnbxcjhgfdsayeu"', "qwmzrtplkvnbxcjhgfdsayeu"),
    ('"secret_access_key": "9d2f7a1c4e8b6d3f0a5c7e9b1d4f6a8c0b2e4d6f8a1c3e5b"', None),
    ('ibm_cos_SECRET_ACCESS_KEY = "9d2f7a1c4e8b6d3f0a5c7e9b1d4f6a8c0b2e4d6f8a1c3e5b"', None),
    ('--softlayer-api-key "3f9a0c2e7b1d4f6a8c0b2e4d6f8a1c3e5b7d9f0a2c4e6b8d1f3a5c7e9b0d2f4a"', None),
    ("sl_key= 3f9a0c2e7b1d4f6a8c0b2e4d6f8a1c3e5b7d9f0a2c4e6b8d1f3a5c7e9b0d2f4a", None),
    # formats
    ("xoxo-771902-318842-90215-9c1e7d40a2b83f65de", "xoxo-771902-318842-90215-9c1e7d40a2b83f65de"),
    ("bot7719240531:AAqW7rT2zLp9Vb4Nc6Xk8Hj3Wq7rT2zLp9V", "7719240531:AAqW7rT2zLp9Vb4Nc6Xk8Hj3Wq7rT2zLp9V"),
    ("GR1348941Wq7rT2zLp9Vb4Nc6Xk8Hj3Wq7rT2zLp9Vb4Nc6X", "GR1348941Wq7rT2zLp9Vb4Nc6Xk8Hj3Wq7rT2zLp9Vb4Nc6X"),
]


@pytest.mark.parametrize(("text", "secret"), CODE_FORMS)
def test_credentials_in_the_forms_code_writes_them_are_reported(
    findings, text: str, secret: str | None
) -> None:
    reported = covered(findings, text)
    assert reported, text
    if secret is not None:
        assert any(secret in r for r in reported), (text, reported)


CLEAN = [
    # placeholders: fake values, one repeated character, references that are well formed
    'password = "myfakepassword"',
    'pwd := "fake-pwd-123"',
    "AKIAQQQQQQQQQQQQQQQQ",
    "ASIA7777777777777777",
    "ghp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    'api_key = "{{ vault_api_key }}"',
    'secret = "${SECRET_FROM_ENV}"',
    # code that reads the value elsewhere
    "private_key = load_key(path);",
    'client_secret = ENV["CLIENT_SECRET"];',
    'if ("" == password) { prompt(); }',
    'if ("string" === typeof api_key)',
    # prose
    'the private key "id_rsa" lives in ~/.ssh',
    'Our secret: "see page 4"',
    'Our secret: "!!! customers first !!!"',
    'token: "buy 2 now!"',
    "Show your boarding pass: gate B12",
    # wrong lengths of length-checked formats
    "glimt-Wq7rT2zLp9Vb4Nc6Xk8H",
    "glagent-Wq7rT2zLp9Vb4Nc6Xk8Hj3",
    "gloas-Wq7rT2zLp9Vb4Nc6Xk8Hj3Wq7rT2zLp9",
    "glsoat-" + "Wq7rT2zLp9" * 6,
    "pypi-AgEIcHlwaS5vcmc" + "Wq7rT2zLp9" * 6,
    "sq0csp-Wq7rT2zLp9Vb4Nc6Xk8Hj3Wq7rT2zLp9Vb\\Nc6X",
    # a "JWT" whose header is no JSON
    "eyJudsyOPCU0Ecc1RYBagS5DJKk2mU.eyJ-hfRvlQujCJddcKf26JUDb0aQK0",
]


@pytest.mark.parametrize("text", CLEAN)
def test_placeholders_references_prose_and_wrong_lengths_are_not_credentials(categories, text: str) -> None:
    assert "secret" not in categories(text)


def _b64url(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


_KEYS = [
    "password",
    "passwd",
    "pwd",
    "db_pass",
    "secret",
    "secrete",
    "api_key",
    "private_key",
    "access_token",
]
_SYMBOLS = "{}()[]$#!@%^&*~?|"
# The words the policy reads as a value meant to be replaced (rules/default/secrets.yaml).
_TEMPLATE_WORDS = re.compile(
    r"(?i)your|example|sample|dummy|redacted|placeholder|replace|changeme|xxx|insert|enter|todo|fixme|fake"
)


def _a_literal(value: str) -> bool:
    """Letters with symbols, not starting like a reference ($X, {{ x }}, <x>) or like a call or an
    index (name(...), name[...]: code that reads the value elsewhere), and no mask (xxxx, 00000000...)."""
    leading_name = re.match(r"[A-Za-z_][A-Za-z0-9_.]*", value)
    return (
        any(c.isalpha() for c in value)
        and any(c in _SYMBOLS for c in value)
        and value[0] not in "$<{[(%@&*"
        and not (leading_name and value[leading_name.end() : leading_name.end() + 1] in ("(", "["))
        and not is_placeholder(value, 0, len(value))
        and not _TEMPLATE_WORDS.search(value)
    )


_VALUE = st.text(alphabet=string.ascii_letters + string.digits + _SYMBOLS, min_size=12, max_size=40).filter(
    _a_literal
)


@hsettings(max_examples=150, deadline=None)
@given(
    key=st.sampled_from(_KEYS),
    value=_VALUE,
    form=st.sampled_from(
        [
            '{key} = "{value}"',
            "{key} := '{value}'",
            "{key}[] = '{value}';",
            "{key} = `{value}`",
            "{key} = @'{value}';",
            'if ({key} == "{value}") {{',
            'if ("{value}" === {key}) {{',
            "if ('{value}' != my_{key})",
        ]
    ),
)
def test_any_key_operator_and_quoting_with_a_symbol_value_is_reported(
    findings, key: str, value: str, form: str
) -> None:
    text = form.format(key=key, value=value)
    assert any(value in r for r in covered(findings, text)), text


@hsettings(max_examples=100, deadline=None)
@given(
    prefix=st.sampled_from(["AKIA", "ASIA", "ghp_", "sk_live_", "glpat-", "xoxb-1234-"]),
    char=st.sampled_from(string.ascii_uppercase + string.digits),
    length=st.integers(min_value=16, max_value=36),
)
def test_a_token_whose_body_is_one_repeated_character_is_a_mask(
    categories, prefix: str, char: str, length: int
) -> None:
    assert "secret" not in categories(prefix + char * length)


@hsettings(max_examples=100, deadline=None)
@given(
    header=st.fixed_dictionaries(
        {"alg": st.sampled_from(["HS256", "RS256", "ES384"])}, optional={"typ": st.just("JWT")}
    ),
    claims=st.dictionaries(
        st.sampled_from(["sub", "name", "role", "iat"]),
        st.text(string.ascii_letters, min_size=1, max_size=12),
        min_size=1,
    ),
    crlf=st.booleans(),
)
def test_a_jwt_without_its_signature_is_still_a_token(
    findings, header: dict, claims: dict, crlf: bool
) -> None:
    head = json.dumps(header).replace(", ", ",\r\n" if crlf else ",")
    token = base64.urlsafe_b64encode(head.encode()).decode().rstrip("=") + "." + _b64url(claims)
    assert token in covered(findings, f"header and payload: {token}")


@hsettings(max_examples=100, deadline=None)
@given(
    prefix_length=st.sampled_from(
        [("glimt-", 25), ("glagent-", 50), ("gloas-", 64), ("glsoat-", 20), ("glft-", 20)]
    ),
    delta=st.integers(min_value=-6, max_value=6),
)
def test_gitlab_tokens_are_tokens_only_at_their_own_lengths(categories, prefix_length, delta: int) -> None:
    prefix, length = prefix_length
    body = ("Wq7rT2zLp9Vb4Nc6Xk8Hj3" * 4)[: length + delta]
    # glagent- takes 50 or more, the 20-character kinds up to 50; the others exactly their length.
    ok = delta >= 0 if prefix == "glagent-" else (delta >= 0 if length == 20 else delta == 0)
    assert ("secret" in categories(prefix + body)) == ok, prefix + body
