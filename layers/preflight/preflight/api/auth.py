"""Who is calling, from the claims API Gateway's Cognito authorizer passed on.

The authorizer has already validated the token (and the OAuth scope on routes for machine clients);
it cannot check groups, so roles are decided here: ``screen`` from the OAuth scope of a machine
client, ``review`` and ``audit`` from the user's Cognito groups.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from preflight.api.errors import ApiError
from preflight.settings import Settings


class Role(StrEnum):
    screen = "screen"
    review = "review"
    audit = "audit"


@dataclass(frozen=True)
class Caller:
    client_id: str
    user: str | None
    roles: frozenset[Role]

    def require(self, *allowed: Role) -> Role:
        """The caller's role among ``allowed`` (the most privileged first), or 403."""
        for role in allowed:
            if role in self.roles:
                return role
        raise ApiError("forbidden", f"this route needs the role {' or '.join(allowed)}")


def _groups(value: Any) -> set[str]:
    # A REST authorizer passes a list claim as a string: "review", "review,audit" or "[review audit]".
    if isinstance(value, list):
        return {str(v) for v in value}
    if not isinstance(value, str):
        return set()
    return {g for g in value.strip("[]").replace(",", " ").split() if g}


def caller_from_event(event: dict[str, Any], settings: Settings) -> Caller:
    claims = ((event.get("requestContext") or {}).get("authorizer") or {}).get("claims") or {}
    if not claims:
        raise ApiError("unauthorized", "a valid access token is required")
    scopes = set(str(claims.get("scope", "")).split())
    groups = _groups(claims.get("cognito:groups"))
    roles = set()
    if settings.screen_scope in scopes:
        roles.add(Role.screen)
    if settings.review_group in groups:
        roles.add(Role.review)
    if settings.audit_group in groups:
        roles.add(Role.audit)
    client_id = str(claims.get("client_id") or claims.get("aud") or "")
    user = claims.get("username") or claims.get("cognito:username")
    if not client_id:
        raise ApiError("unauthorized", "the token names no client")
    return Caller(client_id=client_id, user=str(user) if user else None, roles=frozenset(roles))
