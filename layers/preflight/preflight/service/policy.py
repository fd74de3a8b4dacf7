"""What reviewers and auditors see of the policy (GET /policy): its version, the finding categories and
each rule's wording, so that the console can offer the categories as a filter and explain findings.

Never the organisation's lists: unreleased code names and allow-listed addresses are not for every
reader. The policy is loaded without its detectors: this never imports spaCy.
"""

from __future__ import annotations

from typing import Any

from preflight.settings import Settings

RULE_FIELDS = ("id", "category", "severity", "message", "guidance", "enabled")


def policy_summary(settings: Settings) -> dict[str, Any]:
    """The policy the screening function loads (defaults and PREFLIGHT_RULES overlays), summarised."""
    # Imported here, on the first GET /policy: the policy loader brings YAML, phonenumbers and stdnum,
    # which reading a decision (the same function) never needs.
    from preflight.engine.policy import TAXONOMY, load_policy

    policy = load_policy(settings.default_rules_dir, settings.overlay_dirs, with_detectors=False)
    custom = sorted({r.category for r in policy.rules} - set(TAXONOMY))
    return {
        "policy_version": policy.version,
        "flag_threshold": policy.flag_threshold,
        "categories": [*TAXONOMY, *custom],
        "rules": [
            {name: getattr(rule, name) for name in RULE_FIELDS}
            for rule in sorted(policy.rules, key=lambda r: r.id)
        ],
    }
