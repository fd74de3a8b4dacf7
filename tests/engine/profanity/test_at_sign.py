"""Profanity: "@" stands for an o as well as an a (g@*k, sh@g), and genre names (hentai, like yaoi) are
reported for review, not flagged.
"""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from tests.conftest import DEFAULT_RULES

_RULES = {r["id"]: r for r in yaml.safe_load((DEFAULT_RULES / "profanity.yaml").read_text())["rules"]}
_STRONG_WITH_O = sorted(
    w
    for w in _RULES["profanity.strong"]["options"]["languages"]["en"]["words"]
    if "o" in w and w.isalpha() and len(w) >= 5
)


@pytest.mark.parametrize("text", ["what a kn@bhead move", "that b@llocks again", "G@*k do dolore"])
def test_an_at_sign_standing_for_an_o_is_read(categories, text: str) -> None:
    assert "profanity" in categories(text)


@pytest.mark.parametrize("text", ["hentai", "the hentai and yaoi shelves at the con"])
def test_genre_names_are_reported_not_flagged(categories, findings, text: str) -> None:
    assert "profanity" not in categories(text)
    assert [f.severity for f in findings(text, "profanity")] == ["low"] * len(findings(text, "profanity"))
    assert findings(text, "profanity")


@pytest.mark.parametrize("text", ["email me @ work", "reach me @home", "c@t pics", "ping @bob about it"])
def test_at_signs_of_handles_and_prose_are_not_profanity(categories, text: str) -> None:
    assert "profanity" not in categories(text)


@hsettings(max_examples=150, deadline=None)
@given(word=st.sampled_from(_STRONG_WITH_O), data=st.data())
def test_any_strong_word_with_an_o_written_as_at_is_still_flagged(categories, word: str, data) -> None:
    at = data.draw(st.sampled_from([i for i, c in enumerate(word) if c == "o"]))
    disguised = word[:at] + "@" + word[at + 1 :]
    assert "profanity" in categories(f"honestly, {disguised} today")
