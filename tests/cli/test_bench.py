"""``preflight bench --compare`` and scripts/peer-bench: the pieces that decide what is measured and how
it is counted. The figures themselves are printed by the commands, never asserted (no timed tests)."""

from __future__ import annotations

import importlib.machinery
import importlib.util
from pathlib import Path
from types import ModuleType, SimpleNamespace

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from preflight.engine.policy import load_policy
from preflight_tools.cli.bench import GENERATED_RULE_FILES, side_by_side, todays_rules
from preflight_tools.cli.main import build_parser

from tests.conftest import DEFAULT_RULES, REPO


def _peer_bench() -> ModuleType:
    loader = importlib.machinery.SourceFileLoader("peer_bench", str(REPO / "scripts" / "peer-bench"))
    spec = importlib.util.spec_from_loader("peer_bench", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


peer_bench = _peer_bench()


def test_compare_is_off_today_s_rules_or_a_directory() -> None:
    parse = build_parser().parse_args
    assert parse(["bench"]).compare is None
    assert parse(["bench", "--compare"]).compare is True
    assert parse(["bench", "--compare", "old/rules", "--rounds", "2"]).compare == Path("old/rules")


def test_today_s_rules_are_the_default_policy_without_the_generated_provider_rules(tmp_path: Path) -> None:
    everything = {r.id for r in load_policy(DEFAULT_RULES, with_detectors=False).rules}
    today = {r.id for r in load_policy(todays_rules(DEFAULT_RULES, tmp_path), with_detectors=False).rules}
    generated = {
        rule["id"]
        for name in GENERATED_RULE_FILES
        for rule in yaml.safe_load((DEFAULT_RULES / name).read_text("utf-8"))["rules"]
    }
    assert generated and everything - today == generated and today <= everything


def test_side_by_side_screens_each_draft_with_every_policy_in_turn_the_first_alternating() -> None:
    calls: list[tuple[str, str]] = []

    def fake(label: str, rules: int) -> SimpleNamespace:
        policy = SimpleNamespace(rules=[None] * rules, detectors=[])
        return SimpleNamespace(policy=policy, screen=lambda text: calls.append((label, text)))

    columns = side_by_side({"all": fake("all", 3), "old": fake("old", 1)}, ["a", "b"], rounds=2)
    first, second = [("all", "a"), ("old", "a"), ("old", "b"), ("all", "b")], [("old", "a"), ("all", "a")]
    assert calls == [*first, *second, ("all", "b"), ("old", "b")]
    assert {label: c["rules"] for label, c in columns.items()} == {"all": 3, "old": 1}


def test_bundle_outputs_map_onto_the_taxonomy() -> None:
    categories = peer_bench.bundle_categories
    entities = [("EMAIL_ADDRESS", 1.0), ("PHONE_NUMBER", 0.4), ("US_SSN", 0.05), ("PERSON", 0.85)]
    assert categories(entities, False, []) == {"pii.email", "pii.phone"}
    assert categories([], True, ["False (2.3)", "True  (4.9)"]) == {"profanity", "secret"}
    # detect-secrets' ad-hoc scan reports high-entropy candidates under its limit with a False verdict.
    assert categories([], False, ["False (3.1)"]) == set()


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(["US_SSN", "IBAN_CODE", "URL", "PERSON"]), st.floats(0, 1))),
    st.booleans(),
    st.lists(st.sampled_from(["True", "False (1.0)", "False (4.4)"])),
)
def test_bundle_categories_stay_in_the_taxonomy_and_a_false_verdict_is_no_secret(
    entities: list[tuple[str, float]], profane: bool, verdicts: list[str]
) -> None:
    found = peer_bench.bundle_categories(entities, profane, verdicts)
    assert found <= peer_bench.BUNDLE_CATEGORIES
    assert ("secret" in found) == ("True" in verdicts)
    assert found == peer_bench.bundle_categories([*entities, ("URL", 1.0)], profane, [*verdicts, "False (2)"])


def test_quality_counts_pairs_and_clean_drafts_flagged_as_eval_does() -> None:
    items = [
        {"categories": ["pii.email", "claims.health"], "expected_decision": "flag"},
        {"categories": [], "expected_decision": "approve"},
        {"categories": [], "expected_decision": "approve"},
    ]
    found = [["pii.email"], ["secret"], []]
    q = peer_bench.quality(items, found, [True, True, False])
    assert (q["precision"], q["recall"], q["false_flag_rate"]) == (0.5, 0.5, 0.5)
    only = peer_bench.quality(items, found, [True, True, False], frozenset({"pii.email"}))
    assert only["f1"] == 1.0


def test_cost_is_each_drafts_best_round_and_total_is_one_pass() -> None:
    # Two drafts, two rounds, the rounds one after the other: draft 1 took 1.0 then 3.0 ms, draft 2
    # took 4.0 then 2.0 ms.
    cost = peer_bench.cost([1.0, 4.0, 3.0, 2.0], rounds=2)
    assert (cost["p50_ms"], cost["mean_ms"], cost["total_ms"]) == (1.0, 1.5, 3.0)


@settings(max_examples=100, deadline=None)
@given(
    times=st.lists(st.floats(0.01, 10.0), min_size=1, max_size=30),
    rounds=st.integers(2, 5),
    pause=st.floats(1.0, 1000.0),
    hit=st.data(),
)
def test_a_pause_in_one_round_does_not_move_the_cost(
    times: list[float], rounds: int, pause: float, hit: st.DataObject
) -> None:
    """A call slowed by the machine's other work (any one call, by any amount) leaves every figure as
    it was: each draft still has a round at its own speed."""
    steady = [t for _ in range(rounds) for t in times]
    paused = list(steady)
    paused[hit.draw(st.integers(0, len(paused) - 1))] += pause
    assert peer_bench.cost(paused, rounds) == peer_bench.cost(steady, rounds)
