"""An organisation's overlay cannot hang screening (issue 11): every option an overlay writes that would
reach Python's backtracking regex engine accepts only what cannot backtrack, or runs in RE2.

The family: regex patterns (run in RE2, tests/engine/secrets/test_secret_examples.py), a claims rule's
``denials_before`` (plain phrases, tests/engine/claims/test_one_token_values.py), a claims rule's
token patterns (no ``REGEX`` predicate) and a person rule's ``topics`` and ``personal_patterns`` (plain
terms). The check is per option: patching one option of a default rule keeps the default's vetted
expressions in the others.
"""

from __future__ import annotations

import re
import textwrap
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from preflight.engine import Engine, PolicyError
from preflight.engine.detectors.person_sensitive.terms import TriggerTerms, runs_without_backtracking
from preflight.engine.policy import load_policy
from preflight.settings import Settings

from tests.conftest import DEFAULT_RULES

# Inputs on which a backtracking engine takes exponential (or, for the last, quadratic) time.
HOSTILE_TERMS = [r"(a+)+$", r"(?:a|aa)+b", r"(\w+\s?)*x", r"\d+\d+\d+x", r"[a-z]+(?:[a-z]+)+!"]
_OPENING = "Anna Berg is "
HOSTILE_DRAFT = _OPENING + "a" * (100_000 - len(_OPENING))  # the longest draft the API accepts


def _overlay(tmp_path: Path, body: str) -> Path:
    directory = tmp_path / "org"
    directory.mkdir(exist_ok=True)
    (directory / "org.yaml").write_text(textwrap.dedent(body), encoding="utf-8")
    return directory


def _person_topics(terms: list[str]) -> str:
    quoted = ", ".join("'" + t.replace("'", "''") + "'" for t in terms)
    return f"""\
    rules:
      - id: pii.person_sensitive
        options:
          topics:
            health: [{quoted}]
    """


@pytest.mark.parametrize("term", HOSTILE_TERMS)
def test_an_overlays_patterned_person_term_is_refused_and_nothing_loads(tmp_path: Path, term: str) -> None:
    with pytest.raises(PolicyError) as caught:
        load_policy(DEFAULT_RULES, [_overlay(tmp_path, _person_topics(["burnout", term]))])
    (problem,) = caught.value.problems
    assert problem.rule_id == "pii.person_sensitive" and "plain terms in an overlay" in problem.expected
    assert problem.field is not None and problem.field.startswith("options.topics")


@pytest.mark.parametrize("pattern", HOSTILE_TERMS)
def test_an_overlays_patterned_personal_pattern_is_refused_and_nothing_loads(
    tmp_path: Path, pattern: str
) -> None:
    """``personal_patterns`` (round 18) are regular expressions in the defaults; an overlay's are
    vetted as its ``topics`` are."""
    body = f"""\
    rules:
      - id: pii.person_sensitive
        options:
          personal_patterns:
            home: ['lives at', '{pattern.replace("'", "''")}']
    """
    with pytest.raises(PolicyError) as caught:
        load_policy(DEFAULT_RULES, [_overlay(tmp_path, body)])
    (problem,) = caught.value.problems
    assert problem.rule_id == "pii.person_sensitive"
    assert "plain words in an overlay's personal_patterns" in problem.expected
    assert problem.field is not None and problem.field.startswith("options.personal_patterns")


@pytest.mark.parametrize(
    "term",
    [
        "burnout",
        "long-term sick leave",
        "licenciée?",
        "despedid[oa]",
        "(?:his|her) chemo",
        "O'Brien's clinic",
        "病休",
    ],
)
def test_an_overlays_plain_person_terms_load(tmp_path: Path, term: str) -> None:
    policy = load_policy(DEFAULT_RULES, [_overlay(tmp_path, _person_topics([term]))])
    assert policy.rules_by_id["pii.person_sensitive"].options["topics"] == {"health": [term]}


def test_an_overlays_person_terms_screen_a_100000_character_draft(tmp_path: Path) -> None:
    """The terms an overlay may give are matched through the word index or as escaped literals: a long
    run that would hang a backtracking expression is read once."""
    overlay = _overlay(tmp_path, _person_topics(["burnout", "(?:his|her) chemo", "病休"]))
    engine = Engine.from_settings(Settings(default_rules_dir=DEFAULT_RULES), [overlay]).warm_up()
    assert [f.category for f in engine.screen(HOSTILE_DRAFT).findings] == []
    flagged = engine.screen("Anna Berg is off with burnout, says her manager.")
    assert "pii.person_sensitive" in {f.category for f in flagged.findings}


def test_patching_another_option_keeps_the_defaults_expressions(tmp_path: Path) -> None:
    """An overlay that changes a person rule's titles, or a claims rule's question openers, keeps the
    default's patterned terms and denial expressions: those are the default policy's, vetted as such."""
    body = """\
    rules:
      - id: pii.person_sensitive
        options:
          titles: [Dr, Prof, Mx]
      - id: claims.guarantee
        options:
          question_openers: [is there such a thing as]
    """
    overlaid = load_policy(DEFAULT_RULES, [_overlay(tmp_path, body)])
    default = load_policy(DEFAULT_RULES)
    for rule_id, option in (("pii.person_sensitive", "topics"), ("claims.guarantee", "denials_before")):
        assert overlaid.rules_by_id[rule_id].options[option] == default.rules_by_id[rule_id].options[option]
    assert any(
        not runs_without_backtracking(term)
        for terms in overlaid.rules_by_id["pii.person_sensitive"].options["topics"].values()
        for term in terms
    ), "the default's terms include patterned ones (the case this test is about)"


_TOKEN_PATTERN = """\
rules:
  - id: claims.guarantee
    options:
      patterns:
        - name: org_promise
          pattern: [{{LOWER: {value}}}, {{LOWER: results}}]
"""


@pytest.mark.parametrize("value", ["{REGEX: '(a+)+$'}", "{IN: [good]}"])
def test_an_overlays_token_patterns_may_not_use_regex(tmp_path: Path, value: str) -> None:
    overlay = _overlay(tmp_path, _TOKEN_PATTERN.format(value=value))
    if "REGEX" in value:
        with pytest.raises(PolicyError) as caught:
            load_policy(DEFAULT_RULES, [overlay])
        (problem,) = caught.value.problems
        assert problem.rule_id == "claims.guarantee" and "no REGEX predicate" in problem.expected
    else:
        patterns = load_policy(DEFAULT_RULES, [overlay]).rules_by_id["claims.guarantee"].options["patterns"]
        assert [p["name"] for p in patterns] == ["org_promise"]


# Terms written from letters and every piece of regular-expression syntax.
_TERMS = st.text(alphabet="ab (?:)|+*[]{}\\d,-'.$^", min_size=1, max_size=14).map(str.strip).filter(bool)


@settings(max_examples=400, deadline=None)
@given(term=_TERMS)
def test_a_term_accepted_from_an_overlay_never_reaches_the_regex_engine_as_an_expression(term: str) -> None:
    """Whatever an organisation writes, a term the check accepts is matched only as escaped words (the
    word index) or as a literal without syntax: no expression of the organisation's own is compiled."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)  # "[[" may mean a nested set one day
            re.compile(term)
    except re.error:
        return  # refused earlier, as an invalid expression
    if not runs_without_backtracking(term):
        return
    terms = TriggerTerms({"health": [term]}, term_before_name_is_a_name=True, words_no_name=set())
    # Either every variant went to the word index (compiled escaped), or the term is compiled as it is
    # and holds no syntax at all.
    assert not terms._patterned or not set("\\.^$*+?{}[]|()").intersection(term), term
