"""A regex rule's Python pattern is searched through a first-character scout (``detectors.scout``):
a pattern opening with a look-behind ("(?<![\\w-])"), or read in any case ("(?i)" or
``ignore_case``), gives Python's regex engine no first characters to skip to, and is otherwise tried
at every position of the draft. The scouted search must find exactly what the pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from preflight.engine import Engine
from preflight.engine.detectors.claims import TokenPatternDetector
from preflight.engine.detectors.patterns import RegexDetector
from preflight.engine.detectors.scout import first_char_scout, scouted_finditer, scouted_search


@pytest.mark.parametrize(
    ("pattern", "flags", "text", "expected"),
    [
        # global flags opening the pattern are read inside the scout's look-ahead, scoped
        (
            r"(?i)(?<![\w-])do not share",
            0,
            "Do NOT share; re-do not share; do not SHARE",
            ["Do NOT share", "do not SHARE"],
        ),
        (r"(?i)(?<!we )never tell", 0, "We never tell. NEVER TELL", ["NEVER TELL"]),
        (r"(?is)keep\s+it.{0,5}quiet", 0, "KEEP\nIT\n QUIET", ["KEEP\nIT\n QUIET"]),
        (r"(?<![\w-])secret", re.IGNORECASE, "SECRET top-secret Secret", ["SECRET", "Secret"]),
        (r"(?m)^token:", 0, "x token:\ntoken: y", ["token:"]),
        (r"(?i)\u212aey", 0, "key KEY \u212aey", ["key", "KEY", "\u212aey"]),
    ],
)
def test_a_pattern_with_global_flags_is_scouted_in_every_case(
    pattern: str, flags: int, text: str, expected: list[str]
) -> None:
    regex = re.compile(pattern, flags)
    scout = first_char_scout(regex)
    assert scout is not None
    assert not scout.flags & re.IGNORECASE  # or the regex engine would not skip ahead
    assert [m.group() for m in scouted_finditer(regex, scout, text)] == expected
    assert [m.group() for m in regex.finditer(text)] == expected


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?P<q>['\"])secret(?P=q)", 0),  # a back-reference: a look-behind cannot hold its group
        (r"(?x) secret \s* = ", 0),  # verbose: not scoped inside the look-ahead here
        (r"(?a)\w+key", 0),
        (r"(?i)x?", 0),  # may match nothing
    ],
)
def test_no_scout_where_the_pattern_cannot_be_scouted(pattern: str, flags: int) -> None:
    assert first_char_scout(re.compile(pattern, flags)) is None


def _regex_rules(engine: Engine) -> list[RegexDetector]:
    return [d for d in engine.policy.detectors if isinstance(d, RegexDetector)]


def test_most_python_patterns_of_the_policy_have_a_scout(engine: Engine) -> None:
    scouted = [
        d._scout(i)
        for d in _regex_rules(engine)
        for i, c in enumerate(d._compiled)
        if isinstance(c.regex, re.Pattern)
    ]
    assert sum(s is not None for s in scouted) >= 0.8 * len(scouted)


def _texts(detector: RegexDetector) -> list[str]:
    examples = detector.rule.examples
    matches = [m if isinstance(m, str) else m.text for m in (examples.match if examples else ())]
    texts = [*matches, *(examples.no_match if examples else ())]
    return texts or [detector.rule.id]


_GLUE = [" ", "", "\n", "-", ". ", "we ", "WE ", "İ", "\u017f"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_scouted_search_finds_exactly_what_each_policy_pattern_finds(
    engine: Engine, data: st.DataObject
) -> None:
    """Over drafts made of the rule's own examples, cut, joined and re-cased, each Python pattern of
    each regex rule finds through its scout exactly the matches it finds alone."""
    detector = data.draw(st.sampled_from(_regex_rules(engine)))
    pieces = data.draw(st.lists(st.sampled_from(_texts(detector)), min_size=1, max_size=3))
    glue = data.draw(st.lists(st.sampled_from(_GLUE), min_size=len(pieces), max_size=len(pieces)))
    text = "".join(g + p for g, p in zip(glue, pieces, strict=True))
    case = data.draw(st.sampled_from([str, str.upper, str.lower, str.title]))
    cut = data.draw(st.integers(0, max(0, len(text) - 1)))
    text = case(text)[cut:]
    for index, compiled in enumerate(detector._compiled):
        if isinstance(compiled.regex, re.Pattern):
            scout = detector._scout(index)
            alone = [m.span() for m in compiled.regex.finditer(text)]
            assert [m.span() for m in scouted_finditer(compiled.regex, scout, text)] == alone


def _denials(engine: Engine) -> list[TokenPatternDetector]:
    return [
        d
        for d in engine.policy.detectors
        if isinstance(d, TokenPatternDetector) and d._denial_before is not None
    ]


_DENIAL_WORDS = [
    *["Beware", "of", "anyone", "who", "claims", "nobody", "no one", "can", "promise", "that"],
    *["No", "doctor", "will", "desconfía", "de", "quien", "promete", "niemand", "kann", "."],
    *["this", "cures", "guaranteed", "returns", "\n", "?", "don't", "trust", "sellers"],
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_claims_denials_found_through_their_scout_up_to_the_claim_are_those_found_alone(
    engine: Engine, data: st.DataObject
) -> None:
    """A claim rule reads the denials before a claim (``denials_before``, of any case, opening with a
    look-behind) through a scout, between the sentence's start and the claim: the same match as the
    plain search over the same bounds."""
    rule = data.draw(st.sampled_from(_denials(engine)))
    words = data.draw(st.lists(st.sampled_from(_DENIAL_WORDS), min_size=1, max_size=14))
    text = data.draw(st.sampled_from([str, str.upper, str.title]))(" ".join(words))
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    assert rule._denial_before is not None
    alone = rule._denial_before.search(text, pos, endpos)
    scouted = scouted_search(rule._denial_before, rule._denial_before_scout, text, pos, endpos)
    assert (scouted and scouted.span()) == (alone and alone.span())
