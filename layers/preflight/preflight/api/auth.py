"""Who is calling, from the claims API Gateway's Cognito authorizer passed on, and who may call.

The authorizer has already validated the token (and the OAuth scope on routes for machine clients);
it cannot check groups, so roles are decided here: ``screen`` from the OAuth scope of a machine
client, ``review`` and ``audit`` from the user's Cognito groups.

Each route declares the roles it admits once, with ``**access(Role...)`` in its decorator: that one
declaration is the OpenAPI document's ``security`` entry (the scopes follow from the roles), its
``x-preflight-roles`` and its tags, and the role check made before the route runs (a route
middleware that reads the roles back from the matched route; ``new_resolver`` makes the same check
before it shows a validation error). The route reads its caller with ``admitted(app)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response
from aws_lambda_powertools.event_handler.middlewares import NextMiddleware

from preflight.api.errors import ApiError
from preflight.api.openapi import ROLES_EXTENSION, SECURITY_SCHEME
from preflight.roles import Role as Role  # re-exported: the routes declare their roles with it
from preflight.settings import PEOPLE_SCOPE, Settings, get_settings


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


@dataclass(frozen=True)
class Admitted:
    """A caller a route admitted, and the role it was admitted under (the first of the route's
    roles the caller holds)."""

    caller: Caller
    role: Role


def scope_of(role: Role, settings: Settings) -> str:
    """The OAuth scope a token must carry for API Gateway to pass on a caller of ``role``."""
    return settings.screen_scope if role is Role.screen else PEOPLE_SCOPE


# The OpenAPI tag of each role's operations (preflight.api.openapi.TAGS describes them).
TAG_OF = {Role.screen: "screening", Role.review: "review", Role.audit: "audit"}
_ADMITTED = "preflight_admitted"


def access(*roles: Role) -> dict[str, Any]:
    """A route's keyword arguments declaring who may call it: the ``roles`` the handler admits,
    the most privileged first. The OpenAPI ``security`` entry lists the OAuth scopes of those roles
    (what API Gateway's authorizer accepts; template.yaml AuthorizationScopes), the tags their
    groups; the route middleware checks the caller against the same roles."""
    if not roles:
        raise ValueError("a route admits at least one role")
    settings = get_settings()
    scopes = list(dict.fromkeys(scope_of(role, settings) for role in roles))
    return {
        "security": [{SECURITY_SCHEME: scopes}],
        "openapi_extensions": {ROLES_EXTENSION: [str(role) for role in roles]},
        "tags": list(dict.fromkeys(TAG_OF[role] for role in roles)),
        "middlewares": [check_roles],
    }


def admitted_roles(openapi_extensions: dict[str, Any] | None) -> tuple[Role, ...]:
    """The roles a route declared with ``access`` (none: the route admits nobody)."""
    return tuple(Role(name) for name in (openapi_extensions or {}).get(ROLES_EXTENSION, ()))


def admit(event: dict[str, Any], roles: Sequence[Role], settings: Settings) -> Admitted:
    """The caller of ``event`` if it holds one of ``roles``; ApiError 401 without claims, 403
    without the role (and for a route that declared no roles)."""
    caller = caller_from_event(event, settings)
    if not roles:
        raise ApiError("forbidden", "this route admits no role")
    return Admitted(caller, caller.require(*roles))


def admit_current(app: APIGatewayRestResolver) -> Admitted:
    """Check the current request's caller against the matched route's roles, and remember it."""
    route = app.context.get("_route")
    roles = admitted_roles(getattr(route, "openapi_extensions", None))
    found = admit(app.current_event.raw_event, roles, get_settings())
    app.append_context(**{_ADMITTED: found})
    return found


def check_roles(app: APIGatewayRestResolver, next_middleware: NextMiddleware) -> Response:
    """The route middleware ``access`` adds: the route runs only for a caller it admits."""
    admit_current(app)
    return next_middleware(app)


def admitted(app: APIGatewayRestResolver) -> Admitted:
    """The caller the current route admitted, and under which of its roles."""
    found = app.context.get(_ADMITTED)
    if not isinstance(found, Admitted):  # a route without ``**access(...)`` admits nobody
        raise ApiError("forbidden", "this route admits no role")
    return found


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
