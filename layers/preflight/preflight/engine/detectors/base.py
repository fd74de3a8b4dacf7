"""The detector interface and its registry.

A detector is a small class bound to one policy rule. It reads the shared ``ScanContext`` (the
matching view of the draft, its sentences, its tokens and named entities, each computed at most once
per draft) and yields ``Hit`` spans. Detectors are registered by name; the policy's ``detector``
field picks one and its ``options`` are validated against the detector's ``Options`` model.

A detector names its options model once, as its type parameter (``class PhoneDetector(Detector[
PhoneOptions])``): ``self.options`` is then typed as that model and ``Options`` is derived from it.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, get_args, get_origin

from pydantic import BaseModel, ConfigDict, ValidationInfo

from preflight.engine.findings import Hit

if TYPE_CHECKING:
    from preflight.engine.context import ScanContext
    from preflight.engine.nlp import NlpResources
    from preflight.engine.policy.model import PolicyLists, Rule


# Validation-context key set by the policy loader: the names of a rule's options that an overlay
# wrote, as opposed to the default policy. An option whose values reach Python's backtracking regex
# engine accepts from an overlay only what cannot backtrack, or runs in RE2: an organisation's
# "(a+)+$" would take exponential time on every draft, and its authors cannot be vetted as the
# default policy's are. Per option, not per rule: patching one key of a default rule leaves the
# default's expressions in the others, which stay the default's.
OVERLAY_OPTIONS = "overlay_options"


def written_by_overlay(info: ValidationInfo, option: str) -> bool:
    """Whether the option ``option`` of the rule being validated comes from an overlay."""
    return option in (info.context or {}).get(OVERLAY_OPTIONS, ())


class DetectorOptions(BaseModel):
    """Base of every detector's options: unknown keys are errors, so a typo cannot pass silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def all_match(values: list[str], pattern: str, what: str) -> list[str]:
    """An options validator's check: ``values`` when each one matches ``pattern`` whole; else a
    ValueError naming the first that does not and saying ``what`` the values must be."""
    for value in values:
        if not re.fullmatch(pattern, value):
            raise ValueError(f"{what} (got {value!r})")
    return values


OptionsT = TypeVar("OptionsT", bound=DetectorOptions)


class Detector(ABC, Generic[OptionsT]):
    name: ClassVar[str]
    # The model the rule's options are validated against: the type parameter, set by __init_subclass__.
    Options: ClassVar[type[DetectorOptions]] = DetectorOptions
    # Set by detectors that read named entities: they say which spans of the draft need NER.
    uses_ner: ClassVar[bool] = False
    # Set by detectors that read spaCy tokens (Matcher/PhraseMatcher).
    uses_tokens: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for base in cls.__dict__.get("__orig_bases__", ()):
            if get_origin(base) is Detector:
                (options_type,) = get_args(base)
                if isinstance(options_type, type) and issubclass(options_type, DetectorOptions):
                    cls.Options = options_type

    def __init__(self, rule: Rule, options: OptionsT, lists: PolicyLists) -> None:
        self.rule = rule
        self.options: OptionsT = options
        self.lists = lists

    def bind(self, detectors: Sequence[Detector[Any]]) -> None:
        """Called once the policy's detectors are all built (this one among them), so that a detector
        can reuse other rules: the encoded-credential detector screens what it decodes with the
        policy's credential rules."""

    def warm_up(self, nlp: NlpResources) -> None:
        """Build what needs the spaCy vocabulary (matchers). Called once, before any draft."""

    def token_spans(self, ctx: ScanContext) -> Iterable[tuple[int, int]]:
        """Spans of the matching view that this detector needs spaCy tokens for (all of it by default)."""
        return [(0, len(ctx.text))]

    def ner_spans(self, ctx: ScanContext) -> Iterable[tuple[int, int]]:
        """Spans of the matching view that this detector needs named entities for."""
        return ()

    @property
    def required_words(self) -> frozenset[str] | None:
        """Words (keys of the draft's word index) of which a draft must hold one for this detector to
        find anything, or None when it has no such list. The engine does not call a detector whose
        words a draft lacks: one lookup per draft for all of them, instead of one call per rule."""
        return None

    @property
    def required_keywords(self) -> frozenset[str] | None:
        """Literal strings, lower-cased as the keyword prefilter folds a draft
        (``keywords.fold``), of which a draft must hold one for this detector to find anything; None
        when it has no such list. The policy's keyword prefilter reads them with the regex rules'
        keywords, in the same one pass over the draft, and the engine does not call a detector whose
        keywords the draft lacks."""
        return None

    @abstractmethod
    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        """Yield the spans this rule reports, in matching-view coordinates."""


_REGISTRY: dict[str, type[Detector[Any]]] = {}
D = TypeVar("D", bound=type[Detector[Any]])


def register(cls: D) -> D:
    if cls.name in _REGISTRY:
        raise RuntimeError(f"detector {cls.name!r} registered twice")
    _REGISTRY[cls.name] = cls
    return cls


def registered() -> dict[str, type[Detector[Any]]]:
    # Importing the package registers the built-in detectors.
    import preflight.engine.detectors  # noqa: F401

    return dict(_REGISTRY)


def get_detector(name: str) -> type[Detector[Any]] | None:
    return registered().get(name)
