"""Round 18: the warnings said after a health claim have one home.

The ~320 phrases of a warning against whoever makes a claim ("...: beware of anyone who says so",
"diffidate di chi lo afferma", "wantrouw wie dat beweert") were repeated in the health rule of seven
claims files; they are now claims.py's ``WARNED_AFTER``, which the rule option ``shared_denials_after:
[warnings]`` adds to ``denials_after`` (scripts/findings-dump found every draft of every set unchanged).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from preflight.engine.detectors.claims import WARNED_AFTER
from preflight.engine.policy import load_policy

from tests.conftest import DEFAULT_RULES

HEALTH = "claims.health"
common = settings(max_examples=40, deadline=None)


def test_the_shared_warnings_are_unique_lower_case_phrases() -> None:
    assert len(WARNED_AFTER) == len(set(WARNED_AFTER)) > 300
    assert all(w == w.lower() and " " in w for w in WARNED_AFTER)


def test_every_language_health_rule_reads_the_shared_warnings() -> None:
    policy = load_policy(DEFAULT_RULES, with_detectors=False)
    reading = {r.id for r in policy.rules if "warnings" in (r.options or {}).get("shared_denials_after", [])}
    assert reading == {"claims.health"} | {
        f"claims.health.{lang}" for lang in ("de", "es", "fr", "it", "nl", "pt")
    }


@common
# within the reach of ``denials_after`` after the claim (claims.py's _DENIAL_REACH, 40 characters)
@given(warning=st.sampled_from([w for w in WARNED_AFTER if len(w) <= 36]), warned=st.booleans())
def test_a_cure_followed_by_a_shared_warning_is_not_claimed(categories, warning: str, warned: bool) -> None:
    text = f"Garlic cures the flu: {warning}." if warned else "Garlic cures the flu: try it tonight."
    assert (HEALTH in categories(text)) == (not warned)
