"""A story frame around a quotation makes it the work's text, not the author's (round 11): a crime
novel's reading quoting "streng vertraulich", a song's line or a book's title holding a code-name-like
word, an episode of a book club; and a brand (a Korean chicken chain) is a business's name, not the
project. Markings and code names outside the quotation, or in a draft about a product, stay reported.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

MARKING = "confidential.marking"
CODENAME = "confidential.codename"

# (draft, category, reported?): own wording, other names than the sets'.
CASES = [
    (
        "Lesung im Literaturhaus: 'Auf dem Umschlag stand nur: STRENG VERTRAULICH.' Spannend bis zuletzt!",
        MARKING,
        False,
    ),
    (
        'Book reading tonight, chapter 3: "The envelope was stamped Confidential: for the Director only."',
        MARKING,
        False,
    ),
    ("Our poetry night opened with the poem 'Internal only, the heart keeps its files' 🎭", MARKING, False),
    ("Episode 12 of our podcast thriller: 'Do not share this tape — ever.' 🎧", MARKING, False),
    ("Chanson du jour : « Ne pas diffuser, ce secret-là » 🎶", MARKING, False),
    ('Lullaby hour at the library: "Nightjar, nightjar, sing me to sleep" 🌙', CODENAME, False),
    ("Poem of the week: 'When the Bluebird calls the rain' — by our reading group", CODENAME, False),
    ("Book club this Thursday: 'Murder at Nightjar Hall', chapter 5 onwards", CODENAME, False),
    ("블루버드 치킨 새 메뉴 먹어봤어요, 맛있네요", CODENAME, False),
    ("ナイトジャー カフェのパンケーキ最高でした", CODENAME, False),
    # outside the quotation, or no story frame, or a project draft: still reported
    ("STRENG VERTRAULICH: Lesung der Quartalszahlen im Vorstand am Montag", MARKING, True),
    ("The memo said 'Confidential: do not forward' and the launch is Friday.", MARKING, True),
    ('Sprint review: "Bluebird beta ships to testers on Monday"', CODENAME, True),
    ("Song for the launch party of Nightjar is ready 🎵", CODENAME, True),
    ("블루버드 출시 일정은 다음 달입니다", CODENAME, True),
]


@pytest.mark.parametrize(("text", "category", "reported"), CASES)
def test_a_quotation_in_a_story_frame_is_the_works_text(categories, text, category, reported) -> None:
    assert (category in categories(text)) == reported


FRAMES = [
    "Krimi-Lesung im Büro: {q}",
    "Tonight's book reading, chapter two: {q}",
    "Lyrics of our choir's new song: {q}",
    "Episode 4 of the audio drama: {q}",
    "Extrait de mon roman : {q}",
]
QUOTED_MARKINGS = [
    "ein Zettel mit der Aufschrift streng vertraulich",
    "the folder read CONFIDENTIAL in red ink",
    "Internal only, she whispered, and closed the file",
    "Do not share this, said the stranger",
]
QUOTES = [("'", "'"), ('"', '"'), ("“", "”"), ("„", "“"), ("«", "»")]


@settings(max_examples=120, deadline=None)
@given(frame=st.sampled_from(FRAMES), said=st.sampled_from(QUOTED_MARKINGS), quotes=st.sampled_from(QUOTES))
def test_a_marking_quoted_in_a_work_is_not_a_marking(categories, frame, said, quotes) -> None:
    text = frame.format(q=f"{quotes[0]}{said}{quotes[1]} 📖")
    assert MARKING not in categories(text), text


@settings(max_examples=80, deadline=None)
@given(said=st.sampled_from(QUOTED_MARKINGS), quotes=st.sampled_from(QUOTES))
def test_the_same_quotation_without_a_story_frame_is_a_marking(categories, said, quotes) -> None:
    text = f"Note from the Q3 review: {quotes[0]}{said}{quotes[1]}"
    assert MARKING in categories(text), text


LINES = ["{n}, {n}, through the rain", "Oh {n}, fly home tonight", "The {n} Letters", "Where the {n} sleeps"]


@settings(max_examples=80, deadline=None)
@given(
    line=st.sampled_from(LINES),
    name=st.sampled_from(["Bluebird", "Nightjar"]),
    frame=st.sampled_from(["Song of the day:", "Our lullaby tonight:", "Book club pick:", "New episode:"]),
    project=st.booleans(),
)
def test_a_code_name_in_a_quoted_line_of_a_work_is_the_work(categories, line, name, frame, project) -> None:
    text = f"{frame} “{line.format(n=name)}”" + (" — the beta ships Friday" if project else " 🎶")
    assert (CODENAME in categories(text)) == project, text
