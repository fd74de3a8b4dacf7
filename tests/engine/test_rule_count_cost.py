"""Cost that does not grow with the rule count (issue 11): a regex rule none of whose keywords occur in
a draft is not called at all, and skipping it never loses a finding."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from preflight.engine import Engine
from preflight.engine.context import ScanContext
from preflight.engine.detectors.patterns import RegexDetector
from preflight.engine.policy import load_policy
from preflight.engine.policy.examples import examples_of

from tests.conftest import ACME, DEFAULT_RULES


def _regex_rules(engine: Engine) -> list[RegexDetector]:
    return [d for d in engine.policy.detectors if isinstance(d, RegexDetector)]


def test_regex_rules_whose_keywords_are_absent_are_not_called(engine: Engine, monkeypatch) -> None:
    called: list[str] = []
    detect = RegexDetector.detect

    def counting(self: RegexDetector, ctx: ScanContext):
        called.append(self.rule.id)
        return detect(self, ctx)

    monkeypatch.setattr(RegexDetector, "detect", counting)
    engine.screen("Thrilled to welcome our new Head of Design to the Lisbon team!")
    always = {d.rule.id for d in _regex_rules(engine) if not all(d.pattern_keywords)}
    assert len(_regex_rules(engine)) > 100 and set(called) == always and len(called) <= 3


def _pieces() -> list[str]:
    policy = load_policy(DEFAULT_RULES, [ACME], with_detectors=False)
    return [e.text for e in examples_of(policy.rules, policy.rule_files)]


_PIECES = _pieces()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=20), min_size=1, max_size=4))
def test_skipping_the_rules_no_prefilter_selected_never_changes_a_decision(
    engine: Engine, parts: list[str]
) -> None:
    text = " ".join(parts)
    assume(text.strip())
    gated = engine.screen(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine, "_detectors_for", lambda ctx: list(engine.policy.detectors))
        every_rule = engine.screen(text)
    assert gated == every_rule
