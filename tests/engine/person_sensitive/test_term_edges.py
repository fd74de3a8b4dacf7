"""The person-fact terms' word edges are written for a cheap compile (a positive CJK class, case-
sensitive); they must mean what the plain form "not after/before a word character other than CJK"
means, for every neighbour: letters of any case and script, digits, underscores, hyphens, CJK."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from preflight.engine.detectors.person_sensitive import terms as ps
from preflight.engine.detectors.pii.numbers import CJK, WORD

TERM = "Gehalt"
NEIGHBOURS = st.text(alphabet="aZé_-1 .年円さ한ẞß\u3000\U00020001İı", max_size=3)

PLAIN = {
    "fast": re.compile(rf"(?:{TERM})(?:(?<=[{CJK}])|(?!{WORD}|-))"),
    "exact": re.compile(rf"(?:(?=[{CJK}])|(?<!{WORD}|-))(?:{TERM})(?:(?<=[{CJK}])|(?!{WORD}|-))", re.I),
    "word": re.compile(rf"(?<!{WORD})(?:{TERM})(?!{WORD})", re.I),
}
CHEAP = {
    "fast": re.compile(rf"(?:{TERM}){ps.TERM_END}"),
    "exact": re.compile(rf"{ps.TERM_START}(?:{TERM}){ps.TERM_END}", re.I),
    "word": re.compile(rf"{ps.NOT_AFTER_WORD}(?:{TERM}){ps.NOT_BEFORE_WORD}", re.I),
}


@settings(max_examples=300, deadline=None)
@given(before=NEIGHBOURS, after=NEIGHBOURS, case=st.sampled_from([str, str.upper, str.lower]))
def test_cheap_edges_match_where_the_plain_edges_do(before: str, after: str, case) -> None:
    text = before + case(TERM) + after
    for kind, plain in PLAIN.items():
        cheap_spans = [m.span() for m in CHEAP[kind].finditer(text)]
        assert cheap_spans == [m.span() for m in plain.finditer(text)], kind
