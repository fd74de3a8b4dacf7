"""``preflight rules check`` reports every problem of every file in one run, each with its file and line."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from preflight.engine import PolicyError
from preflight.engine.policy import load_policy
from preflight_tools.cli.main import main
from preflight_tools.cli.policy_lines import describe_problem

from tests.conftest import DEFAULT_RULES

# Overlays patch rules of the default policy, wrongly in some fields.
RULE_IDS = tuple(rule.id for rule in load_policy(DEFAULT_RULES, with_detectors=False).rules)[:6]
WRONG_FIELDS = {
    "severity": ("loud", r"field 'severity'"),
    "enabled": ("maybe", r"field 'enabled'"),
    "guidance": ("[1]", r"field 'guidance'"),
}


def run_check(capsys, *dirs: Path) -> tuple[int, str, str]:
    code = main(["rules", "check", *map(str, dirs)])
    out, err = capsys.readouterr()
    return code, out, err


def test_every_problem_of_every_file_with_its_file_and_line(capsys, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    (first / "x.yaml").write_text(
        "rules:\n  - id: claims.health\n    severity: loud\n"
        "  - id: pii.phone\n    guidance: [1]\n    enabled: maybe\n"
    )
    (second / "y.yaml").write_text(
        "rules:\n"
        "  - id: custom.t\n"
        "    category: secret\n"
        "    detector: regex\n"
        "    severity: high\n"
        "    message: t\n"
        "    options: {patterns: [{name: t, pattern: '(a'}]}\n"
    )
    (second / "z.yaml").write_text("rules: [\n")
    status, _, err = run_check(capsys, first, second)
    assert status == 2
    lines = err.splitlines()
    assert f"{first / 'x.yaml'}: rule 'claims.health': line 3: field 'severity'" in err
    assert f"{first / 'x.yaml'}: rule 'pii.phone': line 5: field 'guidance'" in err
    assert f"{first / 'x.yaml'}: rule 'pii.phone': line 6: field 'enabled'" in err
    assert f"{second / 'y.yaml'}: rule 'custom.t': line 7: field 'options.patterns[0].pattern'" in err
    assert any(line.startswith(f"{second / 'z.yaml'}: line 2: valid YAML") for line in lines)
    assert lines[-1] == "policy invalid: 5 problem(s) in 3 file(s)"


def test_a_failed_example_names_its_file_and_line(capsys, tmp_path):
    (tmp_path / "org").mkdir()
    (tmp_path / "org" / "tokens.yaml").write_text(
        "rules:\n"
        "  - id: custom.acme_token\n"
        "    category: secret\n"
        "    detector: regex\n"
        "    severity: high\n"
        "    message: Acme token\n"
        "    options: {patterns: [{name: t, pattern: 'acme_[a-z]{10}'}]}\n"
        "    examples:\n"
        "      match: [acme_abcdefghij, acme_short]\n"
        "      no_match:\n"
        "        - hello\n"
        "        - acme_abcdefghij\n"
    )
    status, out, err = run_check(capsys, tmp_path / "org")
    assert status == 1 and " 2 failed" in out
    assert "tokens.yaml: custom.acme_token: line 9: match example 'acme_short'" in err
    assert "tokens.yaml: custom.acme_token: line 12: no_match example 'acme_abcdefghij'" in err


@st.composite
def broken_overlays(draw):
    """Files of rule patches, some fields wrong: {file name: [(rule id, {field: value})]}; a rule id
    appears once in the directory (a second one is a problem of its own)."""
    ids = draw(st.lists(st.sampled_from(RULE_IDS), min_size=1, max_size=len(RULE_IDS), unique=True))
    cuts = sorted(
        draw(st.lists(st.integers(1, len(ids) - 1), max_size=2, unique=True)) if len(ids) > 1 else []
    )
    files = {}
    for number, (start, end) in enumerate(itertools.pairwise([0, *cuts, len(ids)])):
        files[f"f{number}.yaml"] = [
            (rule_id, draw(st.dictionaries(st.sampled_from(sorted(WRONG_FIELDS)), st.just(True), max_size=3)))
            for rule_id in ids[start:end]
        ]
    return files


@settings(max_examples=60, deadline=None)
@given(broken_overlays())
def test_each_wrong_field_is_reported_once_at_its_own_line(tmp_path_factory, files):
    folder = tmp_path_factory.mktemp("overlay")
    expected = set()
    for name, rules in files.items():
        lines = ["rules:"]
        for rule_id, wrong in rules:
            lines.append(f"  - id: {rule_id}")
            for field in wrong:
                lines.append(f"    {field}: {WRONG_FIELDS[field][0]}")
                expected.add((name, rule_id, len(lines), field))
        (folder / name).write_text("\n".join(lines) + "\n")
    # The loader's problems as rules check prints them (the rules alone: no detector is built).
    try:
        load_policy(DEFAULT_RULES, [folder], with_detectors=False)
        printed: list[str] = []
    except PolicyError as exc:
        printed = [describe_problem(problem) for problem in exc.problems]
    reported = set()
    for line in printed:
        found = re.match(r"(.+): rule '([^']+)': line (\d+): field '(\w+)'", line)
        assert found, line
        reported.add((Path(found[1]).name, found[2], int(found[3]), found[4]))
    assert reported == expected


# Top-level fields a file may get wrong, each with a wrong value and the problem's field name.
WRONG_TOP_LEVEL = {
    "flag_threshold": ("loud", "flag_threshold"),
    "lists": ("[1]", "lists"),
    "rulez": ("[]", "rulez"),  # a misspelt key
}


def test_a_wrong_top_level_field_does_not_hide_the_rules_problems(capsys, tmp_path):
    (tmp_path / "x.yaml").write_text("rulez: []\nrules:\n  - id: claims.health\n    severity: loud\n")
    status, _, err = run_check(capsys, tmp_path)
    assert status == 2
    assert f"{tmp_path / 'x.yaml'}: line 1: field 'rulez': no such field" in err
    assert f"{tmp_path / 'x.yaml'}: rule 'claims.health': line 4: field 'severity'" in err
    assert err.splitlines()[-1] == "policy invalid: 2 problem(s) in 1 file(s)"


@settings(max_examples=50, deadline=None)
@given(
    st.lists(st.sampled_from(sorted(WRONG_TOP_LEVEL)), min_size=1, unique=True),
    st.lists(st.sampled_from(RULE_IDS), min_size=1, max_size=3, unique=True),
    st.sampled_from(sorted(WRONG_FIELDS)),
)
def test_every_top_level_problem_and_every_rules_problem_at_once(tmp_path_factory, top, rule_ids, field):
    folder = tmp_path_factory.mktemp("overlay")
    lines = [f"{key}: {WRONG_TOP_LEVEL[key][0]}" for key in top] + ["rules:"]
    for rule_id in rule_ids:
        lines += [f"  - id: {rule_id}", f"    {field}: {WRONG_FIELDS[field][0]}"]
    (folder / "x.yaml").write_text("\n".join(lines) + "\n")
    try:
        load_policy(DEFAULT_RULES, [folder], with_detectors=False)
        problems = []
    except PolicyError as exc:
        problems = list(exc.problems)
    top_level = {p.field.split(".")[0] for p in problems if p.rule_id is None and p.field}
    assert top_level == {WRONG_TOP_LEVEL[key][1] for key in top}
    assert {(p.rule_id, p.field) for p in problems if p.rule_id} == {(r, field) for r in rule_ids}


def test_a_file_of_another_schema_version_is_not_read_further(tmp_path):
    # Its rules may mean something else under that version: their "problems" would mislead.
    (tmp_path / "x.yaml").write_text("schema_version: 2\nrules:\n  - id: claims.health\n    severity: loud\n")
    try:
        load_policy(DEFAULT_RULES, [tmp_path], with_detectors=False)
        problems = []
    except PolicyError as exc:
        problems = list(exc.problems)
    assert [(p.rule_id, p.field) for p in problems] == [(None, "schema_version")]
