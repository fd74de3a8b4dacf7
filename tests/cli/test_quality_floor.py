"""The labelled sets the policy was tuned on keep their quality: a rule edit that loses drafts on any
of them fails here, naming the drafts, before it ships.

Only development sets are gated. A set nobody tuned on (the newest unseen set, see
docs/measurements.md) is measured by hand and never gated: a gate would make it a target, and a target
stops being an honest measure of drafts nobody has seen.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from preflight.engine import Engine
from preflight_tools.cli.evaluate import evaluate

from tests.conftest import REPO

DATA = REPO / "tests" / "data"
SHARED_DEV = REPO.parent / "shared" / "corpus" / "dev.jsonl"

# The development sets: the shared corpus, the two sets written with it, and the unseen sets already
# tuned on (their first, untuned scores are in docs/measurements.md).
DEVELOPMENT_SETS = [
    DATA / "holdout.jsonl",
    DATA / "blind.jsonl",
    DATA / "unseen-2026-12.jsonl",
    DATA / "unseen-2026-12b.jsonl",
    DATA / "unseen-2026-12c.jsonl",
    DATA / "unseen-2026-12d.jsonl",
    DATA / "unseen-2026-12e.jsonl",
    DATA / "unseen-2026-12f.jsonl",
    DATA / "unseen-2026-12g.jsonl",
    DATA / "unseen-2026-12h.jsonl",
    DATA / "unseen-2026-12i.jsonl",
    DATA / "unseen-2026-12j.jsonl",
    DATA / "unseen-2026-12k.jsonl",
    DATA / "unseen-2026-12l.jsonl",
    DATA / "unseen-2026-12m.jsonl",
    DATA / "unseen-2026-12n.jsonl",
    DATA / "unseen-2026-12o.jsonl",
    DATA / "unseen-2026-12p.jsonl",
    DATA / "unseen-2026-12q.jsonl",
    DATA / "unseen-2026-12r.jsonl",
    DATA / "unseen-2026-12s.jsonl",
    DATA / "unseen-2026-12t.jsonl",
    DATA / "unseen-2026-12u.jsonl",
    DATA / "unseen-2026-12v.jsonl",
]
if SHARED_DEV.is_file():  # beside the repository on a developer's machine and in CI
    DEVELOPMENT_SETS.insert(0, SHARED_DEV)

# The floors: issue 11's acceptance figures (micro F1 0.95, decision accuracy 0.97, false flags 3%,
# 0.90 per category with enough support), held on the sets tuned on with margin to spare.
MICRO_F1_FLOOR = 0.97
DECISION_ACCURACY_FLOOR = 0.97
FALSE_FLAG_CEILING = 0.02
CATEGORY_F1_FLOOR = 0.90
CATEGORY_MIN_SUPPORT = 10  # below this, one draft moves F1 by more than the floor's margin


@pytest.fixture(scope="module")
def results(engine: Engine) -> dict[str, dict]:
    return {path.name: evaluate(engine, path).to_dict() for path in DEVELOPMENT_SETS}


@pytest.mark.parametrize("name", [path.name for path in DEVELOPMENT_SETS])
def test_a_development_set_keeps_its_quality(results: dict[str, dict], name: str) -> None:
    result = results[name]
    wrong = "\n".join(
        f"  {w['id']}: expected {w['expected_decision']}, got {w['decision']};"
        f" missed {w['missed']}, extra {w['extra']}"
        for w in result["wrong"]
    )
    assert result["bad_lines"] == []
    assert result["micro"]["f1"] >= MICRO_F1_FLOOR, wrong
    assert result["decision_accuracy"] >= DECISION_ACCURACY_FLOOR, wrong
    assert result["false_flag_rate"] <= FALSE_FLAG_CEILING, wrong
    weak = {
        category: round(m["f1"], 3)
        for category, m in result["categories"].items()
        if m["support"] >= CATEGORY_MIN_SUPPORT and m["f1"] < CATEGORY_F1_FLOOR
    }
    assert weak == {}, wrong


def test_the_floor_fails_on_a_set_the_policy_gets_wrong(engine: Engine, tmp_path: Path) -> None:
    """The gate can fail: drafts labelled against what the policy finds score below every floor."""
    mislabelled = tmp_path / "mislabelled.jsonl"
    mislabelled.write_text(
        '{"id": "m1", "text": "Mail me at jane.doe@gmail.com", "expected_decision": "approve",'
        ' "categories": []}\n'
        '{"id": "m2", "text": "Lovely weather for the picnic", "expected_decision": "flag",'
        ' "categories": ["profanity"]}\n',
        encoding="utf-8",
    )
    result = evaluate(engine, mislabelled).to_dict()
    assert result["micro"]["f1"] < MICRO_F1_FLOOR
    assert result["decision_accuracy"] < DECISION_ACCURACY_FLOOR
    assert result["false_flag_rate"] > FALSE_FLAG_CEILING
