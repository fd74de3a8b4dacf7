"""Local access tokens: the runner plays the Cognito authorizer, so it mints and checks its own.

header.payload.signature, base64url, HMAC-SHA-256 with a key kept in the local state folder
(``.preflight/`` in the repository, or PREFLIGHT_LOCAL_STATE). The claims have the shape of Cognito
access tokens: a machine client's carries ``client_id`` and the scope ``preflight/screen``; a
person's carries ``username``, ``cognito:groups`` and ``aws.cognito.signin.user.admin``.
Only the local runner accepts these tokens; they mean nothing to the deployed API."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from preflight.roles import Role
from preflight.settings import PEOPLE_SCOPE, SCREEN_SCOPE

from preflight_tools.local.template import REPO

ROLES = tuple(role.value for role in Role)
ISSUER = "preflight-local"
KEY_FILE = "token-signing.key"
# A person's token carries the scopes the people's app client asks for (template.yaml's
# AllowedOAuthScopes): OpenID's two and the one API Gateway checks.
PERSON_SCOPES = f"openid email {PEOPLE_SCOPE}"
DEFAULT_TTL = 8 * 3600


class InvalidToken(Exception):
    """The token is malformed, not signed with the local key, or expired."""


def state_dir() -> Path:
    configured = os.environ.get("PREFLIGHT_LOCAL_STATE", "").strip()
    return Path(configured) if configured else REPO / ".preflight"


def signing_key(directory: Path | None = None) -> bytes:
    """The local signing key, created (mode 0600, in a 0700 folder) on first use."""
    directory = directory if directory is not None else state_dir()
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = directory / KEY_FILE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        key = path.read_text(encoding="ascii").strip()
        if len(key) < 64:
            raise InvalidToken(f"{path} holds no usable key; delete it to make a new one") from None
        return key.encode("ascii")
    key = secrets.token_hex(32)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key + "\n")
    return key.encode("ascii")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def claims_for(
    role: str | Sequence[str],
    *,
    client: str | None = None,
    user: str | None = None,
    now: float | None = None,
    ttl: int = DEFAULT_TTL,
) -> dict[str, Any]:
    """Claims of a token for one role, or for several (a list): a person in the review/audit groups
    whose app client may also request the screening scope, as a Cognito user-pool client can be
    allowed to (the contract test calls every route with one such token)."""
    roles = [role] if isinstance(role, str) else list(dict.fromkeys(role))
    if not roles or any(r not in (*ROLES, "none") for r in roles) or ("none" in roles and len(roles) > 1):
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    if len(roles) > 1:
        groups = [r for r in roles if r != "screen"]
        if "screen" not in roles:
            person = claims_for(groups[0], client=client, user=user, now=now, ttl=ttl)
            return {**person, "cognito:groups": groups}
        person = claims_for(groups[0], client=client or "local-screen-client", user=user, now=now, ttl=ttl)
        return {**person, "scope": f"{SCREEN_SCOPE} {PERSON_SCOPES}", "cognito:groups": groups}
    role = roles[0]
    issued = int(time.time() if now is None else now)
    common = {
        "iss": ISSUER,
        "token_use": "access",
        "auth_time": issued,
        "iat": issued,
        "exp": issued + ttl,
        "jti": str(uuid.uuid4()),
        "version": 2,
    }
    if role == "screen":
        client = client or "local-screen-client"
        return {"sub": client, "client_id": client, "scope": SCREEN_SCOPE, **common}
    # A person; "none" is a signed-in person in no group (the handlers answer 403).
    user = user or f"local-{role}-user"
    claims = {
        "sub": str(uuid.uuid5(uuid.NAMESPACE_URL, f"preflight-local:{user}")),
        "client_id": client or "local-people-app",
        "username": user,
        "scope": PERSON_SCOPES,
        **common,
    }
    if role != "none":
        claims["cognito:groups"] = [role]
    return claims


def encode(claims: dict[str, Any], key: bytes) -> str:
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": ISSUER}, separators=(",", ":")).encode())
    payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
    signature = hmac.new(key, f"{header}.{payload}".encode("ascii"), hashlib.sha256).digest()
    return f"{header}.{payload}.{_b64(signature)}"


def mint(
    role: str | Sequence[str],
    *,
    client: str | None = None,
    user: str | None = None,
    ttl: int = DEFAULT_TTL,
    key: bytes | None = None,
) -> str:
    return encode(claims_for(role, client=client, user=user, ttl=ttl), key or signing_key())


def verify(token: str, key: bytes, *, now: float | None = None) -> dict[str, Any]:
    """The token's claims, or InvalidToken."""
    parts = token.strip().split(".")
    if len(parts) != 3 or not all(parts):
        raise InvalidToken("not a token")
    try:
        expected = hmac.new(key, f"{parts[0]}.{parts[1]}".encode("ascii"), hashlib.sha256).digest()
        if not hmac.compare_digest(expected, _unb64(parts[2])):
            raise InvalidToken("bad signature")
        header = json.loads(_unb64(parts[0]))
        claims = json.loads(_unb64(parts[1]))
    except (ValueError, UnicodeError) as exc:  # binascii.Error and JSONDecodeError are ValueErrors
        raise InvalidToken("malformed token") from exc
    if not isinstance(header, dict) or header.get("alg") != "HS256" or not isinstance(claims, dict):
        raise InvalidToken("unexpected token header")
    exp = claims.get("exp")
    if not isinstance(exp, int | float) or exp <= (time.time() if now is None else now):
        raise InvalidToken("expired")
    if claims.get("token_use") != "access" or claims.get("iss") != ISSUER:
        raise InvalidToken("not a local access token")
    return claims


def bearer(header_value: str | None) -> str | None:
    """The token of an Authorization header ("Bearer <token>", or the bare token as Cognito accepts)."""
    if not header_value:
        return None
    value = header_value.strip()
    if value.lower().startswith("bearer "):
        value = value[7:].strip()
    return value or None
