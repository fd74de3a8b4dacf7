"""What the person-fact property tests share: made-up names and the settings they run with."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from preflight.engine.stopwords import STOP_WORDS

_FUNCTION_WORDS = frozenset(word for words in STOP_WORDS.values() for word in words)
# A made-up name no model or list has seen ("Tolemar", "Kirusk"): a finding on it comes from the
# sentence's shape, never from knowing the name. Not a function word of a language the engine tells
# apart ("Does", "Sono", "Komt"): such a name is evidence of that language, and "Parabéns a Baaa Does"
# would be read as English, not as the language the property writes.
NAME = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from("BCDFGKLMNPRSTV"),
    st.text("aeioulnrstmk", min_size=3, max_size=7),
).filter(lambda name: name.lower() not in _FUNCTION_WORDS)
# The engine fixture is session-wide, so reusing it across examples is safe.
common = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def person_fact_spans(findings, text: str) -> list[str]:
    """The spans of ``text`` the person-fact rules report."""
    return [text[f.start : f.end] for f in findings(text, "pii.person_sensitive")]


def assert_flagged_on(findings, text: str, person: str) -> None:
    """A person-fact finding covers ``person`` in ``text``."""
    found = person_fact_spans(findings, text)
    assert any(person in span for span in found), (text, found)
