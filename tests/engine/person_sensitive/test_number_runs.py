"""Person-fact terms that open with a run of digits ("[\\d.,]+ € pro Monat", "\\d{1,3} years old") are
tried only where a number starts: a try inside a long run of digits re-read the rest of the run, so a
draft of 20,000 digits took 1.4 s a term (quadratic; `preflight bench` shows the hostile drafts).

The guard must drop only tries inside a number: every match the term had at a number's start it
still has, in every rule of the default policy, and a run that may hold spaces is bounded.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from preflight.engine.context import ScanContext
from preflight.engine.detectors.person_sensitive import terms as ps
from preflight.engine.text import normalise

from tests.conftest import DEFAULT_RULES

# Every term of every person rule that opens with digits, as written in the YAML.
DIGIT_OPENING_TERMS = sorted(
    {
        term
        for path in DEFAULT_RULES.glob("person_sensitive*.yaml")
        for rule in yaml.safe_load(path.read_text("utf-8"))["rules"]
        for terms in rule["options"]["topics"].values()
        for term in terms
        if ps._OPENS_WITH_DIGITS.match(term)
    }
)
_NUMBER_START = re.compile(r"(?<!\d)(?<!\d[.,])")
# What may stand before and inside the amounts: digits, the separators numbers use, words, currency
# (a word stands between spaces: a match glued to a word is dropped after it was found, which hides
# an overlapping one; that is the engine's rule for every term, not the guard's).
_PIECES = st.sampled_from(
    ["1", "23", "4.500", "12,5", "3 200", ".", ",", " ", "€ ", "euro ", "k€ ", " Jahr "]
)


def test_the_default_policy_has_terms_that_open_with_digits() -> None:
    # The salary terms of fr, de, es, it, nl, pt and the age terms ("45 years old"): if this is empty,
    # the properties below test nothing.
    assert len(DIGIT_OPENING_TERMS) >= 7


@pytest.mark.parametrize("term", DIGIT_OPENING_TERMS)
def test_a_digit_run_that_may_hold_spaces_is_bounded(term: str) -> None:
    # After a space a try is at a number's start, so the guard cannot stop it: its run is bounded.
    # The run: the first digit class and its quantifier, or the class after a first digit ("\d[\d ,.]*").
    opening = re.match(r"(?:\(\?:)*(?:\\d(?=\[))?(\\d|\[[^\]]*\])([*+?]|\{\d*,?\d*\})?", term)
    assert opening is not None
    cls, quantifier = opening.groups()
    if any(space in cls for space in (" ", "\u00a0", "\u202f", "\\s")):
        assert quantifier is None or re.fullmatch(r"\{\d*,\d+\}|\?", quantifier), term


def _found(term: str, text: str) -> set[tuple[int, int, str]]:
    terms = ps.TriggerTerms({"fact": [term]}, False, set())
    return terms.find(ScanContext(normalise(text), None), has_digit=True)  # type: ignore[arg-type]


def _ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in text)


@settings(max_examples=200, deadline=None)
@given(
    term=st.sampled_from(DIGIT_OPENING_TERMS),
    before=st.lists(_PIECES, max_size=8),
    after=st.lists(_PIECES, max_size=4),
    data=st.data(),
)
def test_the_guard_drops_only_tries_inside_a_number(
    term: str, before: list[str], after: list[str], data
) -> None:
    # A text the term matches (Hypothesis writes it from the term), among numbers and separators.
    match = _ascii_digits(data.draw(st.from_regex(term, fullmatch=True), label="match"))
    text = "".join(before) + match + "".join(after)
    view = normalise(text).text
    unguarded = re.compile(rf"(?:{term}){ps.TERM_END}", re.IGNORECASE if term == term.lower() else 0)
    lowered = view.lower() if term == term.lower() else view
    expected = set()
    position = 0
    while (m := unguarded.search(lowered, position)) is not None:
        before = view[m.start() - 1] if m.start() else " "
        glued = before.isalnum() or before in "_-"
        if not glued and _NUMBER_START.match(view, m.start()) is not None:
            expected.add((m.start(), m.end(), "fact"))
        position = m.start() + 1
    # The engine reads left to right and goes on after a match: the first match at a number's start,
    # then the first that starts after it, and so on.
    leftmost_first = set()
    last_end = -1
    for start, end, topic in sorted(expected):
        if start >= last_end:
            leftmost_first.add((start, end, topic))
            last_end = max(end, start + 1)
    assert _found(term, text) == leftmost_first
