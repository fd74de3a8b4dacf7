"""One-word code names in the everyday sense of a pastime: a song in a playlist, a bar on a night
out, a vintage vehicle. Clean when the draft has no project word; any project word makes the name
the project again. Code names from the Acme overlay (Bluebird, Nightjar)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

CATEGORY = "confidential.codename"

# Own wording.
CLEAN = [
    "Road-trip mixtape: 'Nightjar', 'Bluebird' and a lot of Fleetwood Mac 🚗",
    "Setlist for Saturday's gig: Bluebird, Harvest Moon, Jolene",
    "Weekend plans: negronis at the Nightjar, Shoreditch's best speakeasy",
    "Our apprentices finished restoring a 1970s-style Bluebird coach for the transport museum",
    "Spotted a vintage Bluebird at the classic car show this morning 😍",
]
LEAKS = [
    ("Bluebird playlist sync ships Friday: do not tell the testers yet", "Bluebird"),
    ("Cocktails after the Nightjar launch review, 7pm, product team only", "Nightjar"),
    ("Vintage-look skins for the Bluebird beta are in the roadmap", "Bluebird"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_a_one_word_code_name_in_a_pastime_is_not_flagged(categories, text: str) -> None:
    assert CATEGORY not in categories(text)


@pytest.mark.parametrize(("text", "name"), LEAKS)
def test_a_project_word_makes_it_the_project(findings, text: str, name: str) -> None:
    assert [text[f.start : f.end] for f in findings(text, CATEGORY)] == [name]


@settings(max_examples=80, deadline=None)
@given(
    name=st.sampled_from(["Bluebird", "Nightjar"]),
    frame=st.sampled_from(
        [
            'Sunday playlist: "{n}" then "Yesterday" 🎶',
            "Drinks at the {n} speakeasy after work? 🍸",
            "The restored {n} school bus is the star of the museum open day",
            "City guide: cocktails at {n}, then dinner by the canal",
        ]
    ),
    project=st.sampled_from(["", " The launch demo is next week.", " Beta testers, stay tuned."]),
)
def test_pastime_or_project(categories, name, frame, project) -> None:
    text = frame.format(n=name) + project
    assert (CATEGORY in categories(text)) == bool(project), text
