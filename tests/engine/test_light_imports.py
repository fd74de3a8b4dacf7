"""The engine's vocabulary and configuration import alone: a function that only reads decisions (the
notifier, the read routes) uses the engine's names without loading the policy loader, phonenumbers,
stdnum, YAML or spaCy; and the engine is configured by its own small object, not the service's
Settings."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from typing import get_args

import pytest
from preflight.engine.config import EngineConfig
from preflight.engine.findings import DECISIONS, DecisionName, Severity, SeverityName
from preflight.settings import Settings

HEAVY = ("phonenumbers", "stdnum", "yaml", "spacy", "preflight.engine.engine", "preflight.engine.policy")


def _loaded_after(statement: str) -> list[str]:
    probe = f"import json, sys\n{statement}\nprint(json.dumps(sorted(sys.modules)))\n"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


@pytest.mark.parametrize(
    "statement",
    [
        "import preflight.engine.findings",
        "from preflight.engine import Severity",
        "import preflight.engine.config",
        "import preflight.settings",
        "import preflight.service.notify",
        # The functions that only read decisions (GET /policy loads the policy on its first call).
        "import preflight.api.decisions",
        "import preflight.api.audit",
        "import preflight.api.original",
    ],
)
def test_reading_the_vocabulary_loads_nothing_heavy(statement: str) -> None:
    loaded = _loaded_after(statement)
    heavy = [m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert heavy == [], f"{statement} loads {heavy}"


def test_the_engine_package_still_gives_its_names() -> None:
    loaded = _loaded_after("from preflight.engine import Engine, InputError")
    assert "preflight.engine.engine" in loaded


def test_the_engine_does_not_import_the_service_settings() -> None:
    loaded = _loaded_after("import preflight.engine.engine")
    assert "preflight.settings" not in loaded


def test_severity_names_are_the_scale() -> None:
    assert tuple(Severity.__members__) == get_args(SeverityName)
    assert [int(s) for s in Severity] == sorted(int(s) for s in Severity)
    assert DECISIONS == get_args(DecisionName) == ("approve", "flag")


def test_the_engine_config_is_the_settings_it_reads() -> None:
    settings = Settings(max_text_length=7, ner_char_budget=3, token_char_budget=5, spacy_model="m")
    config = settings.engine_config()
    assert dataclasses.is_dataclass(config) and isinstance(config, EngineConfig)
    for field in dataclasses.fields(EngineConfig):
        assert getattr(config, field.name) == getattr(settings, field.name), field.name
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.max_text_length = 1  # type: ignore[misc]
