"""The code-name regex holds names of any case ("(?i:project falcon)"), which leaves Python's regex
engine no first characters to skip to: it is searched through a first-character scout
(``detectors.scout``), whose class reads a case-insensitive group as every case of its ASCII letters
plus every character beyond ASCII (the Kelvin sign folds onto "k", the long s onto "s"). The scouted
search must find exactly what the regex finds, at every start position."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from preflight.engine import Engine
from preflight.engine.detectors.confidential import CodeNameDetector
from preflight.engine.detectors.scout import (
    FOLD_ONTO_ASCII,
    first_char_scout,
    scouted_finditer,
    scouted_search,
)


def _code_name_detectors(engine: Engine) -> list[CodeNameDetector]:
    return [d for d in engine.policy.detectors if isinstance(d, CodeNameDetector)]


def test_the_code_name_regex_has_a_scout(engine: Engine) -> None:
    detectors = _code_name_detectors(engine)
    assert detectors
    assert all(d._scout is not None for d in detectors)


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        (r"(?i:calle) mayor", "la CALLE mayor, Calle mayor", ["CALLE mayor", "Calle mayor"]),
        (r"(?i:kestrel)|Bluebird", "\u212aestrel and bluebird, Bluebird", ["\u212aestrel", "Bluebird"]),
        (r"#?(?i:s)tar", "\u017ftar #Star", ["\u017ftar", "#Star"]),
        (r"(?i:[a-c]x)", "Bx ax ÄX", ["Bx", "ax"]),
        (r"(?:x|(?i:é))y", "Éy éy xy", ["Éy", "éy", "xy"]),
        (r"(?i:[h-j])n", "İn ın Hn ñn", ["İn", "ın", "Hn"]),
        (r"(?i:\w)z", "ÉZ éz 9z", ["éz", "9z"]),
    ],
)
def test_a_case_insensitive_group_is_scouted_in_every_case(
    pattern: str, text: str, expected: list[str]
) -> None:
    regex = re.compile(pattern)
    scout = first_char_scout(regex)
    assert scout is not None
    assert [m.group() for m in scouted_finditer(regex, scout, text)] == expected
    assert [m.group() for m in regex.finditer(text)] == expected


def test_only_four_characters_beyond_ascii_match_an_ascii_one_in_any_case() -> None:
    beyond_ascii = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert "".join(re.findall(r"(?i:[\x00-\x7f])", beyond_ascii)) == FOLD_ONTO_ASCII


@pytest.mark.parametrize("pattern", [r"(?-i:x)y", r"(?a:\w)x", r"(?i:x)?"])
def test_no_scout_where_the_first_characters_are_unknown(pattern: str) -> None:
    assert first_char_scout(re.compile(pattern, re.IGNORECASE if "-i" in pattern else 0)) is None


_OTHER = ["the", "PROJECT", "Project", "project", "x", "é", "\u212a", "\u017f", "İ", "ナ", "블", "2", "_"]
_GLUE = [" ", " ", "", "-", "_", "#", "\n", "  ", "'", ", "]


def _words(detector: CodeNameDetector) -> list[str]:
    assert detector._regex is not None
    words = set(re.findall(r"[^\W\d_]+", detector._regex.pattern))
    return sorted(words | {w.lower() for w in words} | {w.upper() for w in words} | set(_OTHER))


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_the_scouted_search_finds_exactly_what_the_regex_finds(engine: Engine, data: st.DataObject) -> None:
    detector = data.draw(st.sampled_from(_code_name_detectors(engine)))
    regex, scout = detector._regex, detector._scout
    assert regex is not None
    words = data.draw(st.lists(st.sampled_from(_words(detector)), min_size=1, max_size=8))
    glue = data.draw(st.lists(st.sampled_from(_GLUE), min_size=len(words), max_size=len(words)))
    text = "".join(w + g for w, g in zip(words, glue, strict=True))
    assert [m.span() for m in scouted_finditer(regex, scout, text)] == [
        m.span() for m in regex.finditer(text)
    ]
    for pos in range(len(text) + 1):
        found, searched = scouted_search(regex, scout, text, pos), regex.search(text, pos)
        assert (found and found.span()) == (searched and searched.span()), (text, pos)
