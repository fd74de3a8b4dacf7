"""Shared fixtures: one warmed-up engine per test session (loading spaCy takes about a second)."""

from __future__ import annotations

import os
from pathlib import Path

# Powertools reads these when preflight.observability is first imported, which a test module's
# imports may do before any fixture runs: set them first (as the template's Globals do).
os.environ.setdefault("POWERTOOLS_SERVICE_NAME", "preflight")
os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "Preflight")
os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "1")

import pytest
from hypothesis import settings as hypothesis_settings
from preflight.engine import Engine
from preflight.settings import Settings

# Property tests explore new random cases on a developer's machine, and CI runs the same cases every
# time (derandomized), so a CI result is reproducible and a red CI is never a roll of the dice; a case
# a developer's run finds is printed with its reproduction blob and belongs in a test table.
hypothesis_settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
hypothesis_settings.register_profile("dev", print_blob=True)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "dev")

REPO = Path(__file__).resolve().parents[1]
DEFAULT_RULES = REPO / "rules" / "default"
ACME = REPO / "rules" / "examples" / "acme"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(default_rules_dir=DEFAULT_RULES)


@pytest.fixture(scope="session")
def engine(settings: Settings) -> Engine:
    """The default policy with the example overlay (code names Project Falcon, Bluebird, ...)."""
    return Engine.from_settings(settings, [ACME]).warm_up()


@pytest.fixture(scope="session")
def categories(engine: Engine):
    """categories(text) -> the set of categories reported at medium or above."""

    def _categories(text: str, *, min_severity: str = "medium") -> set[str]:
        order = {"low": 1, "medium": 2, "high": 3}
        decision = engine.screen(text)
        return {f.category for f in decision.findings if order[f.severity] >= order[min_severity]}

    return _categories


@pytest.fixture(scope="session")
def findings(engine: Engine):
    """findings(text, category=None) -> the findings (all severities), optionally of one category."""

    def _findings(text: str, category: str | None = None):
        return [f for f in engine.screen(text).findings if category is None or f.category == category]

    return _findings
