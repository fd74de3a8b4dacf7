"""Profanity, round 10: a grawlix ("f@#%", "f#@k", "sh%t": symbols holding a "#" or a "%", which are no
letter) bleeps the letters it hides as stars do; a word whose first letter is an "@" ("a complete
@sshole", "@rse") is read as that word, while handles ("@bob", "@home", "@assets_team") stay names.
Hard negatives: C#, F#, percentages, hashtags and ticket numbers.
"""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from tests.conftest import DEFAULT_RULES

_RULES = {r["id"]: r for r in yaml.safe_load((DEFAULT_RULES / "profanity.yaml").read_text())["rules"]}
# Words of at least five letters starting with an "a" or an "o": "@" spells their first letter.
_STRONG_FROM_A = sorted(
    w
    for w in _RULES["profanity.strong"]["options"]["languages"]["en"]["words"]
    if w[0] in "ao" and w.isalpha() and len(w) >= 5
)
_INITIALS = ["f", "sh", "b"]


@pytest.mark.parametrize(
    "text",
    [
        "Who the f#@% approved this layout?",
        "well that's a load of sh%t, honestly",
        "what the f%@k happened to the build",
        "Our landlord is a total @sshole about the deposit",
        "you absolute @rsehole",
    ],
)
def test_grawlix_and_at_start_words_are_read(categories, text: str) -> None:
    assert "profanity" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "We write the service in C# and the tests in F#.",
        "Sales grew 12% and #fridayfeeling is trending",
        "Ticket #8841 is closed; ping @bob or @ops_team",
        "reach me @home or @work",
        "Q&A at 3pm, R&D at 4pm",
    ],
)
def test_symbols_of_prose_and_handles_are_not_profanity(categories, text: str) -> None:
    assert "profanity" not in categories(text)


@hsettings(max_examples=100, deadline=None)
@given(
    initial=st.sampled_from(_INITIALS),
    grawlix=st.lists(st.sampled_from("@#%$!*"), min_size=2, max_size=3).filter(
        lambda chars: "#" in chars or "%" in chars
    ),
    before=st.sampled_from(["What the ", "oh ", "this is "]),
)
def test_initial_then_a_grawlix_of_its_length_is_a_known_word(categories, initial, grawlix, before) -> None:
    # "f" and three symbols, "sh" and two, "b" and four: the initial and length of a word read so.
    length = {"f": 3, "sh": 2, "b": 4}[initial]
    symbols = ("".join(grawlix) * 3)[:length]
    if "#" not in symbols and "%" not in symbols:
        symbols = "#" + symbols[1:]
    assert "profanity" in categories(f"{before}{initial}{symbols} is this")


@hsettings(max_examples=100, deadline=None)
@given(word=st.sampled_from(_STRONG_FROM_A))
def test_a_word_with_an_at_for_its_first_letter_is_read(categories, word: str) -> None:
    assert "profanity" in categories(f"honestly a complete @{word[1:]} move")
