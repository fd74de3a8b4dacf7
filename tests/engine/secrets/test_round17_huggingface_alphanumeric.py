"""secret round 17: a Hugging Face access token is "hf_" and 34 letters or digits (TruffleHog's
detector reads [a-zA-Z0-9]{34}; the letters-only form missed every token with a digit), found also
glued to CJK and Hangul text with no space, as the other provider tokens are. A shorter or longer
run, an identifier of the library ("hf_hub_download") and a mask are no token. All tokens made up.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

TOKEN = "hf_R4nd0mL3tt3rsAndD1g1tsXyZ0987qWeRt"
ORG = "api_org_Zx8Cv7Bn6Mq5Wl4Ek3Rj2Ty1Up9Io0Ahs3"

FOUND = [
    (f"모델 받을 때 쓰세요 {TOKEN} 감사합니다", TOKEN),
    (f"허깅페이스토큰{TOKEN}공유", TOKEN),
    (f"トークンは{TOKEN}です", TOKEN),
    (f"令牌：{TOKEN}，请勿外传", TOKEN),
    (f"HF_TOKEN={TOKEN}", TOKEN),
    (f"use `{ORG}` for the org", ORG),
]

NOT_FOUND = [
    "from huggingface_hub import hf_hub_download",
    f"{TOKEN}9 is one character too long",
    "hf_R4nd0mL3tt3rsAndD1g1tsXyZ0987 is too short",
    "HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
]


def secrets(findings, text: str) -> list[str]:
    return [text[f.start : f.end] for f in findings(text, "secret")]


@pytest.mark.parametrize(("text", "token"), FOUND)
def test_a_huggingface_token_with_digits_is_found_in_any_script(findings, text: str, token: str) -> None:
    assert token in secrets(findings, text)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_identifiers_wrong_lengths_and_masks_are_no_token(categories, text: str) -> None:
    assert "secret" not in categories(text)


@settings(max_examples=60, deadline=None)
@given(
    body=st.text(
        "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", min_size=34, max_size=34
    ).filter(
        # a random token's variety (a run of one character is a mask: "hf_xxxx...")
        lambda b: sum(c.isdigit() for c in b) >= 3 and sum(c.isalpha() for c in b) >= 10 and len(set(b)) >= 16
    ),
    before=st.sampled_from(["토큰 ", "토큰은", "トークン", "令牌", "token: "]),
    after=st.sampled_from(["", " ", "입니다", "です", " ok"]),
)
def test_any_alphanumeric_huggingface_token_is_a_secret(findings, body, before, after) -> None:
    token = f"hf_{body}"
    assert token in secrets(findings, f"{before}{token}{after}")
