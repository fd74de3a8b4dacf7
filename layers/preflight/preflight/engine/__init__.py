"""The screening engine: policy, detectors, the NLP pass and decision assembly.

The names below are loaded when first used, not when the package is: the engine's vocabulary
(``preflight.engine.findings``) and its configuration (``preflight.engine.config``) are read by
functions that never screen (the notifier, the read routes), and importing them must not load the
policy loader, phonenumbers, stdnum or YAML (``tests/engine/test_light_imports.py``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from preflight.engine.config import EngineConfig
    from preflight.engine.engine import Engine
    from preflight.engine.errors import InputError, PolicyError, PreflightError
    from preflight.engine.findings import Decision, Finding, Severity

_HOMES = {
    "Decision": "preflight.engine.findings",
    "Engine": "preflight.engine.engine",
    "EngineConfig": "preflight.engine.config",
    "Finding": "preflight.engine.findings",
    "InputError": "preflight.engine.errors",
    "PolicyError": "preflight.engine.errors",
    "PreflightError": "preflight.engine.errors",
    "Severity": "preflight.engine.findings",
}

__all__ = [
    "Decision", "Engine", "EngineConfig", "Finding", "InputError", "PolicyError", "PreflightError",
    "Severity",
]  # fmt: skip


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
