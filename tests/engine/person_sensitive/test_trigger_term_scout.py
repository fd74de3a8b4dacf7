"""A patterned trigger term is found through a scout that lets the regex engine skip to the characters
the term can start with (``terms.first_char_scout``): the matches must be exactly those of running the
term over the draft, for every term of the default policy, on drafts made of the terms' own words."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from preflight.engine import Engine
from preflight.engine.detectors.person_sensitive.detector import PersonSensitiveDetector
from preflight.engine.detectors.person_sensitive.terms import PatternedTerm, first_char_scout


def _patterned(engine: Engine) -> list[PatternedTerm]:
    return [
        term
        for detector in engine.policy.detectors
        if isinstance(detector, PersonSensitiveDetector)
        for term in detector._terms._patterned
    ]


_SIGNS = [
    "12",
    "7",
    "1.5",
    "3,000",
    "45",
    "2",
    "9",
    "890",
    "0",
    "€",
    "$",
    "k",
    "-",
    ".",
    ",",
    "(",
    ")",
    "'",
    "_",
    ":",
]


def _pieces(term: PatternedTerm) -> list[str]:
    """The words of the term itself (as written, and in lower case), numbers, and signs that glue or
    cut them."""
    words = set(re.findall(r"[^\W\d_]+", term.fast.pattern))
    return sorted(words | {w.lower() for w in words}) + _SIGNS


def test_most_terms_have_a_scout(engine: Engine) -> None:
    terms = _patterned(engine)
    assert sum(t.scout is not None for t in terms) >= len(terms) // 2


@pytest.mark.parametrize(
    ("pattern", "scouted"),
    [
        (r"(?:is|was) terminal", True),
        (r"(?<!\d)(?<!\d[.,])\d{1,3} years old", True),
        (r"fired(?! up\b)|took (?:a|the) leave", True),
        (r"[\d.,]+ ?€", True),
        (r"(?:has |had )?done time", True),  # "h" or "d"
        (r"(?:[a-z]{1,20}-)?(?:klinik|reha)aufenthalt", True),
        # a case-insensitive group: every case of its ASCII letters and all beyond ASCII (round 13;
        # before it, a case flag left a term unscouted)
        (r"(?i:calle) mayor", True),
        (r"(?-i:calle) mayor", False),  # another case flag
        (r"[^a-z]x", False),  # a negated class
        (r"x?", False),  # may match nothing
    ],
)
def test_a_scout_only_where_the_first_characters_are_known(pattern: str, scouted: bool) -> None:
    assert (first_char_scout(re.compile(pattern)) is not None) is scouted


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_the_scout_finds_exactly_what_the_term_finds(engine: Engine, data: st.DataObject) -> None:
    term = data.draw(st.sampled_from([t for t in _patterned(engine) if t.scout is not None]))
    pieces = _pieces(term)
    # The term's words in its own order, after a number: the stretches that match it
    in_order = re.findall(r"[^\W\d_]+", term.fast.pattern)
    for _ in range(5):
        start = data.draw(st.integers(0, max(0, len(in_order) - 1)))
        run = in_order[start : start + data.draw(st.integers(0, 4))]
        words = [
            *data.draw(st.lists(st.sampled_from(pieces), max_size=4)),
            data.draw(st.sampled_from(["9", "45", "1990", "3,000", "0.5", "€ 90", "$9"])),
            *run,
            *data.draw(st.lists(st.sampled_from(pieces), max_size=4)),
        ]
        glue = data.draw(
            st.lists(st.sampled_from([" ", " ", " ", "", ", "]), min_size=len(words), max_size=len(words))
        )
        text = "".join(w + g for w, g in zip(words, glue, strict=True))
        for draft in (text, text.lower()):
            expected = [m.span() for m in term.fast.finditer(draft)]
            assert [m.span() for m in term.matches(draft)] == expected, (term.fast.pattern[:80], draft)
