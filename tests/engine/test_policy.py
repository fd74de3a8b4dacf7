"""Policy as data: validation that names what is wrong, overlays, and the version auditors rely on."""

from __future__ import annotations

import hashlib
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from preflight.engine import Engine, PolicyError
from preflight.engine.policy import TAXONOMY, load_policy
from preflight.settings import Settings

from tests.conftest import ACME, DEFAULT_RULES


def write(directory: Path, name: str, body: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def test_default_policy_covers_every_category_of_the_taxonomy() -> None:
    policy = load_policy(DEFAULT_RULES)
    flagging = {r.category for r in policy.rules if r.enabled and r.severity in ("medium", "high")}
    assert flagging == set(TAXONOMY)


def test_version_is_sha256_of_the_canonical_policy_and_stable() -> None:
    first, second = load_policy(DEFAULT_RULES, [ACME]), load_policy(DEFAULT_RULES, [ACME])
    assert first.version == second.version
    assert first.version == hashlib.sha256(first.canonical_json().encode()).hexdigest()
    assert load_policy(DEFAULT_RULES).version != first.version  # the overlay is part of the version


def test_overlay_extends_lists_patches_adds_and_disables(tmp_path: Path) -> None:
    overlay = tmp_path / "org"
    write(
        overlay,
        "org.yaml",
        """
        flag_threshold: high
        lists:
          code_names: [Kestrel]
          allowed_email_domains: [example.org]
        rules:
          - id: claims.guarantee
            severity: high
          - id: claims.health
            enabled: false
          - id: custom.competitor
            category: custom.competitor
            detector: regex
            severity: medium
            message: Names a competitor
            options:
              patterns: [{name: globex, pattern: "\\\\bGlobex\\\\b"}]
        """,
    )
    policy = load_policy(DEFAULT_RULES, [ACME, overlay])
    rules = {r.id: r for r in policy.rules}
    assert policy.flag_threshold == "high"
    assert set(policy.lists.code_names) == {"Project Falcon", "Bluebird", "Nightjar", "Orion X", "Kestrel"}
    assert policy.lists.allowed_email_domains == ("example.org",)
    assert rules["claims.guarantee"].severity == "high"
    assert (
        rules["claims.guarantee"].options
        == load_policy(DEFAULT_RULES).rules_by_id["claims.guarantee"].options
    )
    assert rules["claims.health"].enabled is False
    assert "claims.health" not in {d.rule.id for d in policy.detectors}
    assert rules["custom.competitor"].category == "custom.competitor"

    engine = Engine(policy, Settings(default_rules_dir=DEFAULT_RULES))
    decision = engine.screen("Kestrel beats Globex, and it cures migraines.")
    assert {f.category for f in decision.findings} >= {"confidential.codename", "custom.competitor"}
    assert "claims.health" not in {f.category for f in decision.findings}


def test_overlays_apply_in_order(tmp_path: Path) -> None:
    write(tmp_path / "a", "a.yaml", "rules: [{id: claims.health, severity: high}]\n")
    write(tmp_path / "b", "b.yaml", "rules: [{id: claims.health, severity: low}]\n")
    ab = load_policy(DEFAULT_RULES, [tmp_path / "a", tmp_path / "b"]).rules_by_id["claims.health"]
    ba = load_policy(DEFAULT_RULES, [tmp_path / "b", tmp_path / "a"]).rules_by_id["claims.health"]
    assert (ab.severity, ba.severity) == ("low", "high")


def test_settings_read_overlay_path_list_from_environment(tmp_path: Path) -> None:
    settings = Settings.from_env({"PREFLIGHT_RULES": f"{tmp_path / 'a'}:{tmp_path / 'b'}"})
    assert settings.overlay_dirs == (tmp_path / "a", tmp_path / "b")


@pytest.mark.parametrize(
    ("body", "rule_id", "field", "expected"),
    [
        (
            "rules: [{id: claims.health, severity: severe}]",
            "claims.health",
            "severity",
            "'low', 'medium' or 'high'",
        ),
        ("rules: [{id: claims.health, colour: red}]", "claims.health", "colour", "no such field"),
        (
            "rules: [{id: x.new, category: pii.email, detector: nope, severity: low, message: m}]",
            "x.new",
            "detector",
            "registered detectors",
        ),
        (
            "rules: [{id: x.new, category: gossip, detector: regex, severity: low, message: m, "
            "options: {patterns: [{name: a, pattern: a}]}}]",
            "x.new",
            "category",
            "custom.<name>",
        ),
        (
            "rules: [{id: x.new, category: secret, detector: regex, severity: high}]",
            "x.new",
            "message",
            "required",
        ),
        (
            "rules: [{id: x.new, category: secret, detector: regex, severity: high, message: m, "
            "options: {patterns: [{name: bad, pattern: '(unclosed'}]}}]",
            "x.new",
            "options.patterns[0].pattern",
            "valid regular expression",
        ),
        (
            "rules: [{id: claims.health, options: {patterns: [{name: p, pattern: [{LOWER: {IN: 3}}]}]}}]",
            "claims.health",
            "options.patterns[0].pattern",
            "spaCy Matcher token pattern",
        ),
        (
            "rules: [{id: claims.health, options: {speed: fast}}]",
            "claims.health",
            "options.speed",
            "no such field",
        ),
        ("lists: {favourite_colours: [red]}", None, "lists.favourite_colours", "code_names"),
        ("flag_threshold: sometimes", None, "flag_threshold", "'low', 'medium' or 'high'"),
        ("rules: [{severity: low}]", None, "rules[0].id", "rule id"),
    ],
)
def test_invalid_overlay_names_file_rule_field_and_expectation(
    tmp_path: Path, body: str, rule_id: str | None, field: str, expected: str
) -> None:
    path = write(tmp_path / "bad", "bad.yaml", body + "\n")
    with pytest.raises(PolicyError) as caught:
        load_policy(DEFAULT_RULES, [tmp_path / "bad"])
    problems = caught.value.problems
    assert any(
        p.file == str(path) and p.rule_id == rule_id and p.field == field and expected in p.expected
        for p in problems
    ), problems
    assert str(path) in str(caught.value)


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path / "bad", "broken.yaml", "rules:\n  - id: a\n   severity: [unclosed\n")
    with pytest.raises(PolicyError) as caught:
        load_policy(DEFAULT_RULES, [tmp_path / "bad"])
    (problem,) = caught.value.problems
    assert problem.file == str(path)
    assert "line" in problem.expected


def test_non_utf8_policy_file_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "latin1.yaml").write_bytes("lists: {code_names: [Caf\xe9]}\n".encode("latin-1"))
    with pytest.raises(PolicyError, match="UTF-8"):
        load_policy(DEFAULT_RULES, [tmp_path / "bad"])


def test_duplicate_rule_id_within_one_directory(tmp_path: Path) -> None:
    rule = (
        "rules: [{id: custom.a, category: custom.a, detector: regex, severity: low, message: m, "
        "options: {patterns: [{name: a, pattern: a}]}}]\n"
    )
    write(tmp_path / "dup", "1.yaml", rule)
    write(tmp_path / "dup", "2.yaml", rule)
    with pytest.raises(PolicyError, match="unique rule id"):
        load_policy(DEFAULT_RULES, [tmp_path / "dup"])


def test_missing_directory_and_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(PolicyError) as caught:
        load_policy(DEFAULT_RULES, [tmp_path / "missing", tmp_path / "empty"])
    assert {p.file for p in caught.value.problems} == {str(tmp_path / "missing"), str(tmp_path / "empty")}


def test_one_bad_file_loads_nothing(tmp_path: Path) -> None:
    """No half-loaded policy: good files beside a bad one do not produce a policy either."""
    write(tmp_path / "org", "1-good.yaml", "lists: {code_names: [Kestrel]}\n")
    write(tmp_path / "org", "2-bad.yaml", "rules: [{id: claims.health, severity: loud}]\n")
    with pytest.raises(PolicyError) as caught:
        load_policy(DEFAULT_RULES, [tmp_path / "org"])
    assert len(caught.value.problems) == 1


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    write(
        tmp_path / "org",
        "bad.yaml",
        "rules: [{id: claims.health, severity: loud}, {id: claims.financial, x: 1}]\n",
    )
    with pytest.raises(PolicyError) as caught:
        load_policy(DEFAULT_RULES, [tmp_path / "org"])
    assert {p.rule_id for p in caught.value.problems} == {"claims.health", "claims.financial"}


# --- guidance: what the author should do, policy data like the message ---------------------------


def test_every_default_rule_has_guidance() -> None:
    for rule in load_policy(DEFAULT_RULES).rules:
        assert rule.guidance and rule.guidance.strip() == rule.guidance, rule.id
        assert rule.guidance != rule.message, rule.id  # it says what to do, not what was found


def test_overlay_sets_replaces_or_omits_guidance(tmp_path: Path) -> None:
    write(
        tmp_path / "org",
        "org.yaml",
        """
        rules:
          - id: pii.phone
            guidance: Use +1 800 555 0100, the published support line.
          - id: custom.rival
            category: custom.rival
            detector: regex
            severity: medium
            message: Names a rival
            guidance: Name no competitor; ask the press office.
            options: {patterns: [{name: globex, pattern: "Globex"}]}
          - id: custom.quiet
            category: custom.quiet
            detector: regex
            severity: low
            message: A word of our own
            options: {patterns: [{name: q, pattern: "hush"}]}
        """,
    )
    rules = load_policy(DEFAULT_RULES, [tmp_path / "org"]).rules_by_id
    assert rules["pii.phone"].guidance == "Use +1 800 555 0100, the published support line."
    assert rules["custom.rival"].guidance == "Name no competitor; ask the press office."
    assert rules["custom.quiet"].guidance is None  # an overlay's own rule may go without
    assert rules["pii.email"].guidance == load_policy(DEFAULT_RULES).rules_by_id["pii.email"].guidance
    assert ACME.joinpath("acme.yaml").read_text().count("guidance:") == 1
    assert "press office" in (
        load_policy(DEFAULT_RULES, [ACME]).rules_by_id["confidential.codename"].guidance or ""
    )


@pytest.mark.parametrize("value", ["42", "[remove it]", "{do: this}", "''", "true"])
def test_guidance_that_is_not_text_is_refused(tmp_path: Path, value: str) -> None:
    path = write(tmp_path / "bad", "bad.yaml", f"rules: [{{id: pii.phone, guidance: {value}}}]\n")
    with pytest.raises(PolicyError) as caught:
        load_policy(DEFAULT_RULES, [tmp_path / "bad"])
    assert any(
        p.file == str(path) and p.rule_id == "pii.phone" and p.field == "guidance"
        for p in caught.value.problems
    ), caught.value.problems


def test_guidance_is_part_of_the_version(tmp_path: Path) -> None:
    write(tmp_path / "org", "org.yaml", "rules: [{id: pii.phone, guidance: Call the press office.}]\n")
    assert load_policy(DEFAULT_RULES, [tmp_path / "org"]).version != load_policy(DEFAULT_RULES).version


def test_policy_without_detectors_has_the_same_version_and_no_detector() -> None:
    shown = load_policy(DEFAULT_RULES, [ACME], with_detectors=False)
    screening = load_policy(DEFAULT_RULES, [ACME])
    assert shown.version == screening.version and shown.rules == screening.rules
    assert shown.detectors == () and screening.detectors


_FRAGMENTS = (
    "Mail jane.doe@gmail.com today.",
    "Write to support@example.com.",
    "Call me at 415.555.0199.",
    "Call our toll-free line 1-800-555-0100.",
    "Card 4111 1111 1111 1111.",
    "SSN 123-45-6789.",
    "IBAN GB82 WEST 1234 5698 7654 32.",
    "Guaranteed 20% returns, risk-free!",
    "Our revenue will double next quarter.",
    "This cream cures eczema.",
    "Internal only: do not share.",
    "Embargoed until Monday.",
    "See http://10.0.0.12/admin and bit.ly/x1y2.",
    "key AKIAIOSFODNN7EXAMPLE",
    "password: hunter2hunter2",
    "This damn launch, what the fuck.",
    "Project Falcon ships soon.",
    "Jane Smith was diagnosed with cancer.",
    "Happy Friday from the whole team!",
)


@settings(max_examples=60, deadline=None)
@given(parts=st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=6))
def test_every_finding_of_the_default_policy_says_what_to_do(engine: Engine, parts: list[str]) -> None:
    # The class: no finding, whatever the detector or its per-hit wording, reaches an author without
    # guidance under the default policy (with the example overlay).
    for finding in engine.screen(" ".join(parts)).findings:
        assert finding.guidance and finding.guidance.strip(), finding


def test_a_detector_that_rewords_a_finding_also_says_what_to_do(engine: Engine) -> None:
    # A published line or role mailbox is reported at low with the detector's own guidance (the
    # rule's is for a personal number or address); a regex pattern may carry its own too.
    rules = engine.policy.rules_by_id
    (line,) = [f for f in engine.screen("Call our toll-free line 1-800-555-0100.").findings]
    assert line.severity == "low" and line.guidance == rules["pii.phone"].options["business_guidance"]
    (mailbox,) = [f for f in engine.screen("Write to support@example.com.").findings]
    assert mailbox.severity == "low" and mailbox.guidance == rules["pii.email"].options["role_guidance"]


def test_a_regex_pattern_may_carry_its_own_guidance(tmp_path: Path, settings: Settings) -> None:
    write(
        tmp_path / "org",
        "org.yaml",
        """
        rules:
          - id: custom.rival
            category: custom.rival
            detector: regex
            severity: medium
            message: Names a rival
            guidance: Name no competitor.
            options:
              patterns:
                - {name: globex, pattern: "Globex"}
                - {name: initech, pattern: "Initech", guidance: "Say 'another vendor' instead."}
        """,
    )
    engine = Engine(load_policy(DEFAULT_RULES, [tmp_path / "org"]), settings)
    found = [(f.start, f.guidance) for f in engine.screen("Globex and Initech").findings]
    assert found == [(0, "Name no competitor."), (11, "Say 'another vendor' instead.")]
