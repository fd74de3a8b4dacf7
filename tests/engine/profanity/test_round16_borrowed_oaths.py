"""Round 16: a language's oaths borrowed whole into a draft of another language.

A language's lexicon is consulted only for drafts that may be in it (engine/language.py), so "Putain,
the client changed the brief" (an English draft) read no French. The unmistakable oaths of each
language, ordinary words of none, are ``borrowed`` (tools/build_profanity_lexicon.py's BORROWED,
profanity.yaml): read in drafts of every language, as English is. The rest of a language's words stay
with its own drafts: "Retard de 20 minutes" (French) keeps English "retard" clean, and a French word
that is an ordinary word elsewhere is not borrowed.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

PROFANITY = "profanity"
common = settings(max_examples=60, deadline=None)

BORROWED = [
    "Putain, the deploy failed again and it's Friday.",
    "Scheisse, I left my laptop on the train.",
    "Joder, this spreadsheet crashed twice today.",
    "Ok team, cazzo, the vendor missed the deadline again.",
    "Kurwa, the printer is jammed again.",
    "Godverdomme, the parking garage is full again.",
    "Siktir, the meeting was moved again.",
    "Caralho, what a week this has been.",
]
CLEAN = [
    "Retard de 20 minutes sur la ligne 4 ce matin.",
    "The Kurhaus in Wiesbaden hosts the gala tonight.",
    "Our new store in Sevilla opens on Monday.",
    "We had coq au vin and crème brûlée at the team dinner.",
    "Le porc au caramel était délicieux.",
]


@pytest.mark.parametrize("text", BORROWED)
def test_a_borrowed_oath_in_a_draft_of_another_language_is_profanity(categories, text: str) -> None:
    assert PROFANITY in categories(text)


@pytest.mark.parametrize("text", CLEAN)
def test_other_languages_words_stay_with_their_own_drafts(categories, text: str) -> None:
    assert PROFANITY not in categories(text)


OATHS = ["Putain", "Merde", "Scheiße", "Joder", "Mierda", "Cazzo", "Kurwa", "Klootzak"]
SENTENCES = [
    "{o}, the client changed the brief again.",
    "{o} the build is broken, back to square one.",
    "Honestly? {o}. The demo crashed in front of the board.",
]
PLAIN = ["Well", "Honestly", "Wow", "Oh no"]


@common
@given(frame=st.sampled_from(SENTENCES), oath=st.booleans(), data=st.data())
def test_an_english_draft_opened_by_a_borrowed_oath_is_flagged_and_by_a_plain_word_is_not(
    categories, frame: str, oath: bool, data
) -> None:
    word = data.draw(st.sampled_from(OATHS if oath else PLAIN))
    assert (PROFANITY in categories(frame.format(o=word))) == oath
