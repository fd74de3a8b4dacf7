"""A token pattern compares each of its words with one token. spaCy's tokenizer splits a hyphen between a
letter or digit and a letter ("start-up" is "start", "-", "up"), an English clitic after a word ("deal's"
is "deal", "'s") and an elided French or Italian word before one ("s'envoler" is "s'", "envoler"), so such
a value can never match and its pattern (or its exclusion, context or doubt word) is dead. The policy
loader refuses one, naming it, and its rules of thumb agree with the tokenizer itself."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from preflight.engine import PolicyError
from preflight.engine.detectors.claims import _SPLIT_AT_APOSTROPHE, _SPLIT_BY_HYPHEN, _split_by_special_case
from preflight.engine.nlp import ELISION
from preflight.engine.policy import load_policy

from tests.conftest import DEFAULT_RULES

_RULE = """\
rules:
  - id: org.claims.hyphen
    detector: token_patterns
    category: claims.financial
    severity: medium
    message: A forecast.
    options:
      patterns:
        - name: doubles
          pattern:
            - LOWER: {{IN: [{first}]}}
            - LOWER: doubles
          {extra}
"""


def _overlay(tmp_path: Path, first: str, extra: str = "") -> Path:
    directory = tmp_path / "org"
    directory.mkdir(exist_ok=True)
    (directory / "org.yaml").write_text(
        textwrap.dedent(_RULE.format(first=first, extra=extra)), encoding="utf-8"
    )
    return directory


@pytest.mark.parametrize(
    ("first", "extra", "dead", "where"),
    [
        ("startup, start-up", "", "start-up", "at its hyphen"),
        ("spin-off", "", "spin-off", "at its hyphen"),
        ("2-0", "", "2-0", "at its hyphen"),
        ("revenue", "context: [year-end, quarter]", "year-end", "at its hyphen"),
        ("revenue", "exclude_previous: [geld-zurück]", "geld-zurück", "at its hyphen"),
        ("revenue", "doubted_by: [méfiez-vous]", "méfiez-vous", "at its hyphen"),
        ('revenue, "revenue\'s"', "", "revenue's", "at its apostrophe"),
        ('"s\'envoler"', "", "s'envoler", "at its apostrophe"),
        ("revenue", 'context: ["l\'anno", year]', "l'anno", "at its apostrophe"),
        ('we, "we\'ll"', "", "we'll", "by a special case"),
        ('"they’re"', "", "they’re", "by a special case"),
        ("revenue", 'exclude_previous: ["you\'re"]', "you're", "by a special case"),
        ("revenue", "exclude_previous: [cannot]", "cannot", "by a special case"),
        ("gonna, going", "", "gonna", "by a special case"),
    ],
)
def test_a_word_the_tokenizer_splits_is_refused_naming_it(
    tmp_path: Path, first: str, extra: str, dead: str, where: str
) -> None:
    with pytest.raises(PolicyError) as caught:
        load_policy(DEFAULT_RULES, [_overlay(tmp_path, first, extra)])
    (problem,) = caught.value.problems
    assert problem.rule_id == "org.claims.hyphen"
    assert repr(dead) in problem.expected and f"split {where}" in problem.expected


@pytest.mark.parametrize("first", ["covid-19", "startup", "e2e", "'s", "$"])
def test_words_the_tokenizer_keeps_whole_are_accepted(tmp_path: Path, first: str) -> None:
    """A hyphen between a letter and a digit does not split ("covid-19" is one token)."""
    policy = load_policy(DEFAULT_RULES, [_overlay(tmp_path, f'"{first}"')], with_detectors=False)
    assert "org.claims.hyphen" in policy.rules_by_id


_PART = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäéüß0123456789", min_size=1, max_size=6)


@settings(max_examples=80, deadline=None)
@given(left=_PART, right=_PART)
def test_the_rule_of_thumb_is_the_tokenizers(engine, left: str, right: str) -> None:
    """Whatever two parts are joined by a hyphen, the loader refuses the word exactly when spaCy's
    tokenizer (the engine's own) cuts the sentence at that hyphen (other cuts, such as a unit after a
    figure in "0m", are not this check's)."""
    word = f"{left}-{right}"
    sentence = f"they said {word} today"
    hyphen = sentence.index(word) + len(left)
    bounds = {edge for t in engine.nlp.nlp.tokenizer(sentence) for edge in (t.idx, t.idx + len(t.text))}
    cut_at_hyphen = hyphen in bounds or hyphen + 1 in bounds
    assert cut_at_hyphen == bool(_SPLIT_BY_HYPHEN.search(word)), sorted(bounds)


@pytest.mark.parametrize("first", ['"\'s"', '"n\'t"', '"n’t"', '"l\'"', '"dall’"', '"o\'clock"', '"o\'neil"'])
def test_clitics_and_elisions_alone_are_accepted(tmp_path: Path, first: str) -> None:
    """A clitic or an elision is a token of its own in a draft ("do", "n't"; "l'", "action")."""
    policy = load_policy(DEFAULT_RULES, [_overlay(tmp_path, first)], with_detectors=False)
    assert "org.claims.hyphen" in policy.rules_by_id


_LETTERS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéè", min_size=2, max_size=7)
_CLITIC = st.sampled_from(["s", "S", "re", "ll", "ve", "d", "m", "t", "n", "x", "clock", "neil"])
# Words the English tokenizer's special cases cut, with and without an apostrophe, and their neighbours.
_SPECIAL = st.sampled_from(
    ["we're", "they’ll", "you've", "i'd", "can't", "cannot", "gonna", "wanna", "let's", "y'all", "ma'am",
     "o'clock", "gotta", "im", "sposta", "gonnabe", "cannoli"]
)  # fmt: skip
_ELIDED = st.sampled_from(["l", "d", "s", "qu", "dall", "nell", "o", "y", "rock"])


@settings(max_examples=80, deadline=None)
@given(left=_LETTERS, clitic=_CLITIC, apostrophe=st.sampled_from("'’"))
def test_the_clitic_rule_is_the_tokenizers(engine, left: str, clitic: str, apostrophe: str) -> None:
    """A word, an apostrophe and an ending: refused exactly when the tokenizer cuts the word there."""
    word = f"{left}{apostrophe}{clitic}"
    tokens = [t.text for t in engine.nlp.nlp.tokenizer(f"they said {word} today")]
    refused = bool(_SPLIT_AT_APOSTROPHE.search(word)) or _split_by_special_case(word)
    assert (word not in tokens) == refused, tokens


@settings(max_examples=60, deadline=None)
@given(word=_SPECIAL)
def test_the_special_case_rule_is_the_tokenizers(engine, word: str) -> None:
    """Italian "gotta" (gout) and German "im" stay whole: nlp.NOT_CONTRACTIONS."""
    tokens = [t.text for t in engine.nlp.nlp.tokenizer(f"they said {word} today")]
    refused = bool(_SPLIT_AT_APOSTROPHE.search(word)) or _split_by_special_case(word)
    assert (word not in tokens) == refused, tokens


@settings(max_examples=80, deadline=None)
@given(elided=_ELIDED, right=_LETTERS, apostrophe=st.sampled_from("'’"))
def test_the_elision_rule_is_the_tokenizers(engine, elided: str, right: str, apostrophe: str) -> None:
    word = f"{elided}{apostrophe}{right}"
    tokens = [t.text for t in engine.nlp.nlp.tokenizer(f"ils disent {word} maintenant")]
    assert (word not in tokens) == bool(_SPLIT_AT_APOSTROPHE.search(word)), (tokens, ELISION)


_DENIALS = """\
rules:
  - id: claims.guarantee
    options:
      denials_before: [{expressions}]
"""


@pytest.mark.parametrize("expression", ["'(a+)+$'", "'no\\\\w*\\\\s+can'", "'.*'"])
def test_an_overlays_denials_before_must_be_plain_phrases(tmp_path: Path, expression: str) -> None:
    """denials_before runs in Python's backtracking engine: an overlay's expression cannot be vetted
    there ("(a+)+$" is exponential), so an overlay may only give phrases."""
    directory = tmp_path / "org"
    directory.mkdir()
    (directory / "org.yaml").write_text(_DENIALS.format(expressions=expression), encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy(DEFAULT_RULES, [directory])
    (problem,) = caught.value.problems
    assert problem.rule_id == "claims.guarantee" and "plain phrases" in problem.expected


def test_an_overlays_plain_denial_phrases_load(tmp_path: Path) -> None:
    directory = tmp_path / "org"
    directory.mkdir()
    body = _DENIALS.format(expressions="nobody here can, niemand hier kann, no one’s able to")
    (directory / "org.yaml").write_text(body, encoding="utf-8")
    policy = load_policy(DEFAULT_RULES, [directory])
    assert policy.rules_by_id["claims.guarantee"].options["denials_before"][0] == "nobody here can"
