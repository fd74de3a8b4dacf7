"""Round 16: a one-word code name inside a repository's or a service's name joined by hyphens.

"the nightjar-ingest repo", "bluebird-api is down": a run of hyphen-joined words reads as a hyphenated
word ("blue-grey") unless one of its parts, or the word right after it, is a word of software
(confidential.yaml's ``identifier_words``: repo, service, api, worker, pipeline...); then the name in
it, in any case, is the project (CodeNameDetector._names_software).
Hard negatives: hyphenated words of the bird or of a shape ("bluebird-like", "nightjar-shaped"), and the
ordinary word next to a bird's words.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

CODENAME = "confidential.codename"
common = settings(max_examples=60, deadline=None)

IN_SERVICE_NAMES = [
    "the bluebird-payments service is timing out again",
    "who owns the nightjar-etl pipeline now?",
    "pushed a fix to the bluebird-backend repo, please review",
    "nightjar-worker pods keep crashing on staging",
    "Ich habe das nightjar-sync Repo geforkt.",
    "el despliegue de bluebird-gateway falló otra vez",
]
HYPHENATED_WORDS = [
    "a blue-grey bluebird-like bird at the feeder this morning",
    "my bluebird-shaped cookie cutter arrived today",
    "the nightjar-themed birthday party was lovely",
    "bluebird-blue paint for the nursery",
]


@pytest.mark.parametrize("text", IN_SERVICE_NAMES)
def test_a_code_name_in_a_service_name_is_reported(categories, text: str) -> None:
    assert CODENAME in categories(text)


@pytest.mark.parametrize("text", HYPHENATED_WORDS)
def test_a_code_name_in_a_hyphenated_word_stays_clean(categories, text: str) -> None:
    assert CODENAME not in categories(text)


NAMES = ["nightjar", "bluebird", "Nightjar", "BLUEBIRD"]
SOFTWARE_PARTS = ["ingest", "api", "worker", "backend", "etl", "gateway"]
NOUNS = ["repo", "service", "pipeline", "cluster"]
WORD_PARTS = ["like", "shaped", "themed", "coloured"]
FRAMES = ["flaky tests in the {x} since Monday", "can someone restart {x}?", "{x} looks odd today"]


@common
@given(
    name=st.sampled_from(NAMES),
    software=st.booleans(),
    noun=st.booleans(),
    frame=st.sampled_from(FRAMES),
    data=st.data(),
)
def test_a_hyphenated_run_names_the_project_when_software_words_join_it(
    categories, name: str, software: bool, noun: bool, frame: str, data
) -> None:
    part = data.draw(st.sampled_from(SOFTWARE_PARTS if software else WORD_PARTS))
    run = f"{name}-{part}"
    if noun and software:
        run += " " + data.draw(st.sampled_from(NOUNS))
    text = frame.format(x=run)
    # A capitalised name is the project as written; lower case only inside a service's name.
    expected = software or name[0].isupper()
    assert (CODENAME in categories(text)) == expected
