"""The settings the engine reads, and nothing else: the policy's folders, the spaCy pipeline and the
limits on one draft. The service's ``Settings`` (preflight.settings) holds the defaults and reads the
environment; it hands the engine this (``Settings.engine_config()``), so the engine knows nothing
of tables, keys or origins."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True, slots=True)
class EngineConfig:
    # The default policy, and the overlay folders merged on top of it, in order.
    default_rules_dir: Path
    overlay_dirs: tuple[Path, ...]
    # The spaCy pipeline to load.
    spacy_model: str
    # Longest draft accepted, in code points.
    max_text_length: int
    # Characters the named-entity pass and the token patterns may read per draft (their trigger and
    # anchor sentences); a draft over either budget is reported incomplete.
    ner_char_budget: int
    token_char_budget: int


class ConfiguresEngine(Protocol):
    """What can configure an engine: the service's Settings, or a test's."""

    def engine_config(self) -> EngineConfig: ...
