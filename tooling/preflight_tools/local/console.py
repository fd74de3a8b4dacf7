"""The console on the local runner: the built assets (``console/dist``, ``make console``) at /console/,
a ``config.json`` pointing the console at this runner, and a local sign-in page.

The sign-in page and the token it hands out belong to the runner alone: the deployed console (the same
``dist/`` behind CloudFront) signs in with Cognito and has no code that could make a token. The page
answers only on loopback (client address and Host header), so neither another machine nor a web page
that re-binds a DNS name to 127.0.0.1 can mint one. The token goes back in the URL fragment of the
redirect, which the browser never sends to a server (docs/console.md, "Security")."""

from __future__ import annotations

import html
import ipaddress
import json
import mimetypes
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from preflight_tools.local import tokens
from preflight_tools.local.template import REPO

DIST = REPO / "console" / "dist"
PREFIX = "/console/"
CONFIG = "/console/config.json"
SIGN_IN = "/console/local-sign-in"
CONSOLE_ROLES = ("review", "audit")
DEFAULT_REVIEW_TARGET_HOURS = 4
# The template parameter that sets the review-time target when the template has it.
REVIEW_TARGET_PARAMETER = "ReviewTimeTargetHours"
USER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
HOST_HEADER = re.compile(r"[A-Za-z0-9.\-]+(:\d{1,5})?|\[[0-9A-Fa-f:.]+\](:\d{1,5})?")
LOOPBACK_NAMES = ("localhost",)
SIGN_IN_FORM_MAX = 4096

# What CloudFront's response-headers policy sends for the deployed console (template.yaml,
# docs/console.md), so local runs and the browser tests hold the console to the same rules: no inline
# script or style, no eval, no form submitted as a navigation, no framing. Locally the API is the
# runner itself ('self'), and there is no HTTPS to upgrade to.
CONSOLE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "manifest-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; "
    "frame-ancestors 'none'"
)
# The runner's sign-in page alone posts a form (to itself).
SIGN_IN_CSP = CONSOLE_CSP.replace("form-action 'none'", "form-action 'self'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CONSOLE_CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".json": "application/json",
}

Response = tuple[int, dict[str, list[str]], bytes, str]


def owns(path: str) -> bool:
    """Paths the console answers: its own folder, and / and /console which lead there."""
    return path in ("/", "/console") or path.startswith(PREFIX)


def built(dist: Path = DIST) -> bool:
    return (dist / "index.html").is_file()


def banner_line(host: str, port: int, dist: Path = DIST) -> str:
    if built(dist):
        return f"  console: http://{host}:{port}/console/ (local sign-in on loopback)"
    return "  console: not built; run `make console` (Node 20 and npm), then open /console/"


def _response(status: int, body: bytes, content_type: str, note: str, **extra: str) -> Response:
    headers = {name: [value] for name, value in SECURITY_HEADERS.items()}
    headers["Content-Type"] = [content_type]
    headers["Cache-Control"] = [extra.pop("cache", "no-store")]
    if "csp" in extra:
        headers["Content-Security-Policy"] = [extra.pop("csp")]
    for name, value in extra.items():
        headers[name.replace("_", "-")] = [value]
    return status, headers, body, note


def _text(status: int, message: str, note: str) -> Response:
    return _response(status, message.encode() + b"\n", "text/plain; charset=utf-8", note)


def _header(headers: list[tuple[str, str]], name: str) -> str | None:
    return next((value for key, value in headers if key.lower() == name), None)


def _host_name(host_header: str) -> str:
    if host_header.startswith("["):
        return host_header[1 : host_header.index("]")]
    return host_header.rsplit(":", 1)[0] if ":" in host_header else host_header


def _loopback(name: str) -> bool:
    if name.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _origin(headers: list[tuple[str, str]]) -> str | None:
    """http://<Host> when the Host header is a plain host[:port]; the console calls the API there."""
    host = (_header(headers, "host") or "").strip()
    return f"http://{host}" if HOST_HEADER.fullmatch(host) else None


def _on_loopback(headers: list[tuple[str, str]], source_ip: str) -> bool:
    host = (_header(headers, "host") or "").strip()
    return _loopback(source_ip) and bool(HOST_HEADER.fullmatch(host)) and _loopback(_host_name(host))


def review_target_hours(template: dict[str, Any]) -> float:
    parameter = (template.get("Parameters") or {}).get(REVIEW_TARGET_PARAMETER) or {}
    try:
        hours = float(parameter.get("Default", DEFAULT_REVIEW_TARGET_HOURS))
    except (TypeError, ValueError):
        return DEFAULT_REVIEW_TARGET_HOURS
    return hours if hours > 0 else DEFAULT_REVIEW_TARGET_HOURS


def config(headers: list[tuple[str, str]], template: dict[str, Any]) -> dict[str, Any]:
    """The local console's config.json (docs/console.md, "Configuration")."""
    origin = _origin(headers)
    if origin is None:
        raise ValueError("no usable Host header")
    return {
        "apiUrl": origin,
        "auth": {"mode": "local", "signInUrl": "./local-sign-in"},
        "reviewTargetHours": review_target_hours(template),
    }


SIGN_IN_PAGE = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="./favicon.svg" type="image/svg+xml">
<title>Local sign-in - Preflight console</title></head>
<body>
<main>
<h1>Local sign-in</h1>
<p>This page is the local runner's (<code>make run</code>), served on loopback only: it signs you in with a
local token the runner alone accepts. The deployed console signs in with Cognito.</p>
{error}
<form method="post" action="./local-sign-in">
<p><label for="user">User name</label><br>
<input id="user" name="user" required maxlength="64" autocomplete="username" value="{user}"></p>
<fieldset><legend>Roles</legend>
<p><input type="checkbox" id="role-review" name="role" value="review"{review}>
<label for="role-review">review: the review queue, approve and reject flagged drafts</label></p>
<p><input type="checkbox" id="role-audit" name="role" value="audit"{audit}>
<label for="role-audit">audit: the decision log, original texts (each read recorded), exports,
dashboard</label></p>
</fieldset>
<p><button type="submit">Sign in</button></p>
</form>
</main>
</body>
</html>
"""


def _sign_in_page(
    status: int = 200, error: str = "", user: str = "", roles: tuple[str, ...] = ()
) -> Response:
    page = SIGN_IN_PAGE.format(
        error=f'<p role="alert"><strong>{html.escape(error)}</strong></p>' if error else "",
        user=html.escape(user, quote=True),
        review=" checked" if "review" in roles or not roles else "",
        audit=" checked" if "audit" in roles else "",
    )
    # The form posts to the page itself; no-referrer would make the browser's Origin "null".
    return _response(
        status, page.encode(), "text/html; charset=utf-8", "local sign-in page", csp=SIGN_IN_CSP,
        Referrer_Policy="same-origin",
    )  # fmt: skip


def sign_in(method: str, headers: list[tuple[str, str]], body: bytes, source_ip: str, key: bytes) -> Response:
    """GET: the form. POST: a local token for the user and roles picked, in the redirect's fragment."""
    if not _on_loopback(headers, source_ip):
        return _text(404, "Not found.", "local sign-in refused: not loopback")
    if method in ("GET", "HEAD"):
        return _sign_in_page()
    if method != "POST":
        return _text(405, "GET or POST.", "local sign-in: method not allowed")
    # A form posted from another site would sign this browser in as a user that site chose.
    fetch_site = _header(headers, "sec-fetch-site")
    origin = _header(headers, "origin")
    if (fetch_site is not None and fetch_site not in ("same-origin", "none")) or (
        origin not in (None, "null") and origin != _origin(headers)
    ):
        return _text(403, "Sign-in from another origin refused.", "local sign-in: foreign origin")
    if len(body) > SIGN_IN_FORM_MAX:
        return _sign_in_page(413, "The form is too large.")
    form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
    user = (form.get("user") or [""])[0].strip()
    roles = tuple(role for role in CONSOLE_ROLES if role in form.get("role", []))
    if not USER_NAME.fullmatch(user):
        return _sign_in_page(400, "User name: 1 to 64 letters, digits, '.', '_', '@' or '-'.", user, roles)
    if not roles or set(form.get("role", [])) - set(CONSOLE_ROLES):
        return _sign_in_page(400, "Pick at least one role: review, audit.", user, roles)
    token = tokens.mint(list(roles), user=user, key=key)
    return _response(
        303, b"", "text/plain; charset=utf-8", f"local sign-in as {user}", Location=f"./#local_token={token}"
    )


def _asset(path: str, dist: Path) -> Response:
    relative = path[len(PREFIX) :] or "index.html"
    parts = relative.split("/")
    if any(part in ("", ".", "..") or part.startswith(".") for part in parts):
        return _text(404, "Not found.", "console: bad path")
    root = dist.resolve()
    candidate = (dist / relative).resolve()
    if not candidate.is_relative_to(root) or not candidate.is_file():
        return _text(404, "Not found.", "console: no such file")
    content_type = (
        CONTENT_TYPES.get(candidate.suffix.lower())
        or mimetypes.guess_type(candidate.name)[0]
        or "application/octet-stream"
    )
    # Vite's hashed file names under assets/ never change content: cache them; the rest is re-read.
    cache = "public, max-age=31536000, immutable" if parts[0] == "assets" else "no-cache"
    return _response(200, candidate.read_bytes(), content_type, f"console {relative}", cache=cache)


def serve(
    method: str,
    target: str,
    headers: list[tuple[str, str]],
    body: bytes,
    source_ip: str,
    key: bytes,
    template: dict[str, Any],
    dist: Path = DIST,
) -> Response:
    """The runner's answer for a path ``owns`` accepts."""
    path = urlsplit(target).path
    if path in ("/", "/console"):
        return _response(302, b"", "text/plain; charset=utf-8", "to the console", Location=PREFIX)
    if path == SIGN_IN:
        return sign_in(method, headers, body, source_ip, key)
    if method not in ("GET", "HEAD"):
        return _text(405, "The console's files are read with GET.", "console: method not allowed")
    if path == CONFIG:
        try:
            document = config(headers, template)
        except ValueError:
            return _text(400, "A Host header naming this runner is required.", "console config: no host")
        return _response(200, json.dumps(document).encode(), "application/json", "console config")
    if not built(dist):
        return _text(
            503,
            "The console is not built. Run `make console` (Node 20 and npm), or `make run`, which builds it.",
            "console not built",
        )
    return _asset(path, dist)


__all__ = ["DIST", "banner_line", "built", "config", "owns", "serve", "sign_in"]
