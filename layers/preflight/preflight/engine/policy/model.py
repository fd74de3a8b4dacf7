"""The policy's schema. Field names and the category taxonomy are a contract with API clients."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from preflight.engine.detectors.base import Detector
from preflight.engine.findings import Severity, SeverityName

SCHEMA_VERSION = 1

# The finding categories (rules/README.md has the table with their meaning).
TAXONOMY: tuple[str, ...] = (
    "pii.email",
    "pii.phone",
    "pii.credit_card",
    "pii.us_ssn",
    "pii.iban",
    "pii.person_sensitive",
    "secret",
    "profanity",
    "confidential.marking",
    "confidential.codename",
    "confidential.internal_host",
    "claims.guarantee",
    "claims.financial",
    "claims.health",
    "link.suspicious",
)
# Categories whose spans are raw sensitive values: masked in redacted_text and excerpts.
SENSITIVE_PREFIXES = ("pii.", "secret")


class MatchExample(BaseModel):
    """A text holding a credential, and the credential: the rule must report exactly that span."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=1, max_length=10_000)
    secret: str = Field(min_length=1)

    @field_validator("secret")
    @classmethod
    def _inside_text(cls, value: str, info: ValidationInfo) -> str:
        if "text" in info.data and value not in info.data["text"]:
            raise ValueError("a part of the example's text")
        return value


class RuleExamples(BaseModel):
    """Texts a rule must report (``match``: a string is reported whole; ``{text, secret}`` reports the
    secret inside the text) and texts it must not (``no_match``). ``preflight rules check`` runs them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    match: tuple[str | MatchExample, ...] = ()
    no_match: tuple[str, ...] = ()


class Rule(BaseModel):
    """One rule of the merged policy."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9_]+(\.[a-z0-9_-]+)*$", max_length=100)
    category: str
    detector: str
    severity: SeverityName
    message: str = Field(min_length=1, max_length=300)
    # What the author should do (shown with each finding). Every rule of the default policy has one
    # (tests/engine/test_policy.py checks it); an overlay may set or replace it, and its own rules may
    # go without.
    guidance: str | None = Field(default=None, min_length=1, max_length=500)
    enabled: bool = True
    options: dict[str, Any] = Field(default_factory=dict)
    # Checked by `preflight rules check`; they do not change what is screened, so the version (the
    # hash of `canonical`) leaves them out.
    examples: RuleExamples | None = None

    @field_validator("category")
    @classmethod
    def _known_category(cls, value: str) -> str:
        if value not in TAXONOMY and not value.startswith("custom."):
            raise ValueError(f"one of {', '.join(TAXONOMY)}, or 'custom.<name>' for your own")
        return value

    @property
    def sensitive(self) -> bool:
        return self.category.startswith(SENSITIVE_PREFIXES)

    @property
    def severity_level(self) -> Severity:
        return Severity.parse(self.severity)


class PolicyLists(BaseModel):
    """Organisation-specific lists that overlays extend (each overlay's entries are added)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code_names: tuple[str, ...] = ()
    allowed_email_domains: tuple[str, ...] = ()
    allowed_email_addresses: tuple[str, ...] = ()
    allowed_phone_numbers: tuple[str, ...] = ()
    allowed_link_domains: tuple[str, ...] = ()

    @field_validator("*", mode="after")
    @classmethod
    def _non_empty_entries(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        for v in values:
            if not v.strip():
                raise ValueError("non-empty strings")
        return values


class PolicyFile(BaseModel):
    """The top level of one YAML file. Rules are validated after merging, one by one."""

    model_config = ConfigDict(extra="forbid")

    schema_version: Literal[1] = 1
    flag_threshold: SeverityName | None = None
    lists: dict[str, list[str]] = Field(default_factory=dict)
    rules: list[dict[str, Any]] = Field(default_factory=list)


@dataclass(frozen=True)
class Policy:
    flag_threshold: SeverityName
    lists: PolicyLists
    rules: tuple[Rule, ...]
    detectors: tuple[Detector, ...]
    sources: tuple[str, ...]
    # The file each rule's examples come from (or the file that defined it), for `rules check`.
    rule_files: dict[str, str] = field(default_factory=dict)

    def canonical(self) -> dict[str, Any]:
        """The merged policy as plain data, in a stable order: what the version hashes."""
        return {
            "schema_version": SCHEMA_VERSION,
            "flag_threshold": self.flag_threshold,
            "lists": {k: sorted(set(v)) for k, v in self.lists.model_dump().items()},
            "rules": [r.model_dump(exclude={"examples"}) for r in sorted(self.rules, key=lambda r: r.id)],
        }

    def canonical_json(self) -> str:
        return json.dumps(self.canonical(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    @cached_property
    def version(self) -> str:
        return hashlib.sha256(self.canonical_json().encode("utf-8")).hexdigest()

    @property
    def rules_by_id(self) -> dict[str, Rule]:
        return {r.id: r for r in self.rules}

    @property
    def threshold(self) -> Severity:
        return Severity.parse(self.flag_threshold)
