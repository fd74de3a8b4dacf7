"""The screening engine: policy, detectors, the NLP pass and decision assembly."""

from preflight.engine.engine import Engine
from preflight.engine.errors import InputError, PolicyError, PreflightError
from preflight.engine.findings import Decision, Finding, Severity

__all__ = ["Decision", "Engine", "Finding", "InputError", "PolicyError", "PreflightError", "Severity"]
