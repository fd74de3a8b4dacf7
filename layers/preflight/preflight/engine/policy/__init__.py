"""The policy: rules as validated data, merged from the defaults and overlays."""

from preflight.engine.policy.loader import load_policy
from preflight.engine.policy.model import TAXONOMY, Policy, PolicyLists, Rule

__all__ = ["TAXONOMY", "Policy", "PolicyLists", "Rule", "load_policy"]
