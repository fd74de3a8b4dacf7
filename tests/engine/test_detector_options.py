"""Each detector's options: one model per detector, named once (its type parameter)."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import get_args, get_origin

import pytest
import yaml
from preflight.engine.detectors import Detector, DetectorOptions, registered
from preflight.engine.errors import PolicyError
from preflight.engine.policy import Policy, Rule, load_policy

from tests.conftest import DEFAULT_RULES


def _type_parameter(cls: type[Detector]) -> object:
    for klass in cls.__mro__:
        for base in klass.__dict__.get("__orig_bases__", ()):
            if get_origin(base) is Detector:
                return get_args(base)[0]
    return None


@pytest.mark.parametrize("name", sorted(registered()))
def test_each_detector_validates_its_options_with_its_type_parameter(name: str) -> None:
    cls = registered()[name]
    options_type = _type_parameter(cls)
    assert isinstance(options_type, type) and issubclass(options_type, DetectorOptions)
    assert options_type is not DetectorOptions, f"{name}: declare Detector[<its options model>]"
    assert cls.Options is options_type


# ---------------------------------------------------------------------------------------------------
# The YAML is the only source of option values: the default policy states every option of every
# rule, and the option models state no default but an empty one (which cannot disagree with it).
# ---------------------------------------------------------------------------------------------------


def _default_rules() -> list[tuple[str, dict]]:
    """(file, rule) of every rule of the default policy as written, before any validation."""
    rules = []
    for path in sorted(DEFAULT_RULES.glob("*.yaml")):
        rules += [
            (path.name, rule) for rule in (yaml.safe_load(path.read_text("utf-8")) or {}).get("rules", [])
        ]
    return rules


def test_the_default_policy_states_every_option_of_each_rule() -> None:
    incomplete = {
        f"{file}: {rule['id']}": sorted(
            set(registered()[rule["detector"]].Options.model_fields) - set(rule.get("options") or {})
        )
        for file, rule in _default_rules()
    }
    assert {where: missing for where, missing in incomplete.items() if missing} == {}


@pytest.mark.parametrize("name", sorted(registered()))
def test_no_option_model_restates_a_value_of_the_policy(name: str) -> None:
    """A field is required (the policy states it) or defaults to an empty list or table, which an
    organisation's own rule may leave out."""
    restated = {
        field: info.get_default(call_default_factory=True)
        for field, info in registered()[name].Options.model_fields.items()
        if not info.is_required() and info.get_default(call_default_factory=True) not in ([], {})
    }
    assert restated == {}


def _overlay(tmp_path: Path, body: str) -> Path:
    (tmp_path / "overlay.yaml").write_text(textwrap.dedent(body), "utf-8")
    return tmp_path


def _rule(policy: Policy, rule_id: str) -> Rule:
    return next(r for r in policy.rules if r.id == rule_id)


def test_an_overlay_may_patch_some_options_of_a_default_rule(tmp_path: Path) -> None:
    overlay = _overlay(
        tmp_path,
        """
        rules:
          - id: pii.email
            options: {role_mailboxes: [support, kundenservice]}
        """,
    )
    default = {r.id: r for r in load_policy(DEFAULT_RULES, with_detectors=False).rules}["pii.email"]
    patched = {r.id: r for r in load_policy(DEFAULT_RULES, [overlay], with_detectors=False).rules}[
        "pii.email"
    ]
    assert patched.options["role_mailboxes"] == ["support", "kundenservice"]
    assert {k: v for k, v in patched.options.items() if k != "role_mailboxes"} == {
        k: v for k, v in default.options.items() if k != "role_mailboxes"
    }


def test_a_new_rule_of_a_built_in_detector_states_its_options(tmp_path: Path) -> None:
    overlay = _overlay(
        tmp_path,
        """
        rules:
          - id: acme.ssn
            category: pii.us_ssn
            detector: us_ssn
            severity: high
            message: m
            options: {labels: [ssn], not_ssn_labels: [sku], not_label_phrases: []}
        """,
    )
    with pytest.raises(PolicyError) as err:
        load_policy(DEFAULT_RULES, [overlay], with_detectors=False)
    problems = {(p.rule_id, p.field, p.expected) for p in err.value.problems}
    assert problems == {
        ("acme.ssn", "options.label_before", "a value is required"),
        ("acme.ssn", "options.label_after", "a value is required"),
    }
