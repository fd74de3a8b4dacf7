"""The detector interface and its registry.

A detector is a small class bound to one policy rule. It reads the shared ``ScanContext`` (the
matching view of the draft, its sentences, its tokens and named entities, each computed at most once
per draft) and yields ``Hit`` spans. Detectors are registered by name; the policy's ``detector``
field picks one and its ``options`` are validated against the detector's ``Options`` model.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict

from preflight.engine.findings import Hit

if TYPE_CHECKING:
    from preflight.engine.context import ScanContext
    from preflight.engine.nlp import NlpResources
    from preflight.engine.policy.model import PolicyLists, Rule


class DetectorOptions(BaseModel):
    """Base of every detector's options: unknown keys are errors, so a typo cannot pass silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Detector(ABC):
    name: ClassVar[str]
    Options: ClassVar[type[DetectorOptions]] = DetectorOptions
    # Set by detectors that read named entities: they say which spans of the draft need NER.
    uses_ner: ClassVar[bool] = False
    # Set by detectors that read spaCy tokens (Matcher/PhraseMatcher).
    uses_tokens: ClassVar[bool] = False

    def __init__(self, rule: Rule, options: DetectorOptions, lists: PolicyLists) -> None:
        self.rule = rule
        self.options = options
        self.lists = lists

    def bind(self, detectors: Sequence[Detector]) -> None:  # noqa: B027 - optional hook
        """Called once the policy's detectors are all built (this one among them), so that a detector
        can reuse other rules: the encoded-credential detector screens what it decodes with the
        policy's credential rules."""

    def warm_up(self, nlp: NlpResources) -> None:  # noqa: B027 - optional hook
        """Build what needs the spaCy vocabulary (matchers). Called once, before any draft."""

    def token_spans(self, ctx: ScanContext) -> Iterable[tuple[int, int]]:
        """Spans of the matching view that this detector needs spaCy tokens for (all of it by default)."""
        return [(0, len(ctx.text))]

    def ner_spans(self, ctx: ScanContext) -> Iterable[tuple[int, int]]:
        """Spans of the matching view that this detector needs named entities for."""
        return ()

    @abstractmethod
    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        """Yield the spans this rule reports, in matching-view coordinates."""


_REGISTRY: dict[str, type[Detector]] = {}
D = TypeVar("D", bound=type[Detector])


def register(cls: D) -> D:
    if cls.name in _REGISTRY:
        raise RuntimeError(f"detector {cls.name!r} registered twice")
    _REGISTRY[cls.name] = cls
    return cls


def registered() -> dict[str, type[Detector]]:
    # Importing the package registers the built-in detectors.
    import preflight.engine.detectors  # noqa: F401

    return dict(_REGISTRY)


def get_detector(name: str) -> type[Detector] | None:
    return registered().get(name)
