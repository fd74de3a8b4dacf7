"""A one-word code name given as the title of a public work (a song, a film, a book, a band) is that
work, not the project: right after a noun of such a work or its maker ("the band Nightjar"), followed
by a creator word and a maker ("'Bluebird' by our favourite indie band"), or by a year in brackets in
a draft about a work ("watching Bluebird (2019)"). The project's own drafts stay reported.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

CODENAME = "confidential.codename"

CASES = [
    ('Karaoke recap: the sales team belting out "Nightjar" by our favourite indie band 🎤', False),
    ("Road trip soundtrack: 'Bluebird' by that Swedish duo, again and again.", False),
    ("Off to see the band Nightjar live in Leeds tonight!", False),
    ("Movie night: we're watching Bluebird (2019) with popcorn.", False),
    ("Just read the novel Bluebird on the train, recommended.", False),
    ("Gestern haben wir „Nightjar“ von unserer Lieblingsband gesungen.", False),
    ("En la cena cantamos «Bluebird» de nuestro grupo favorito.", False),
    ("Ce soir on écoute « Nightjar » du groupe Les Merles.", False),
    ("Stasera cantiamo la canzone Bluebird al karaoke.", False),
    # the project: a creator word without a maker, a verb that is no work noun, a project word
    ("Bluebird by the platform team is in beta.", True),
    ("Nightjar by Q3, that's the target for the beta.", True),
    ("Please book Bluebird demos for Friday with the sales team.", True),
    ("We track Nightjar bugs in Jira now.", True),
    ('"Bluebird" ships in March, don\'t tell anyone.', True),
    ("The Bluebird prototype (2026) is ready for the board demo.", True),
]


@pytest.mark.parametrize(("text", "reported"), CASES)
def test_a_code_name_as_a_public_works_title(categories, text: str, reported: bool) -> None:
    assert (CODENAME in categories(text)) == reported


@settings(max_examples=60, deadline=None)
@given(
    name=st.sampled_from(["Bluebird", "Nightjar"]),
    frame=st.sampled_from(
        [
            "Team karaoke: everyone singing “{n}” by our favourite {a}.",
            "Listening to '{n}' by a local {a} on the way in.",
            "Saw the {w} {n} last weekend, loved it.",
        ]
    ),
    artist=st.sampled_from(["band", "singer", "songwriter", "indie duo", "folk group"]),
    work=st.sampled_from(["film", "movie", "band", "musical", "documentary"]),
    project=st.booleans(),
)
def test_a_public_works_title_is_no_code_name_but_the_project_is(
    categories, name: str, frame: str, artist: str, work: str, project: bool
) -> None:
    text = f"{name} ships to testers by Friday." if project else frame.format(n=name, a=artist, w=work)
    assert (CODENAME in categories(text)) == project
