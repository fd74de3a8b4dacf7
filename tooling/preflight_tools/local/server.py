"""The local runner's HTTP server: API Gateway (routes, Cognito authorizer, gateway responses) in
front of the real handlers, with DynamoDB, KMS and Secrets Manager from moto's server, in process."""

from __future__ import annotations

import base64
import json
import logging
import os
import signal
import sys
import threading
import time
import traceback
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from preflight_tools.local import console, logs, state, tokens
from preflight_tools.local.events import build_event
from preflight_tools.local.functions import LambdaContext
from preflight_tools.local.routes import Handler, Route, find_routes, match_route, openapi_document
from preflight_tools.local.template import (
    REPO,
    cors_preflight,
    create_table_from_template,
    gateway_response,
    load_template,
    stage_name,
)

MAX_BODY = 10 * 1024 * 1024  # API Gateway's payload limit
# A connection that sends nothing (or stops half-way through a request) for this long is closed, so
# idle and half-sent connections cannot hold the runner's threads forever.
SOCKET_TIMEOUT_S = 30.0
# Served by the runner itself, without a token; API Gateway has no such routes.
DESCRIPTION_PATHS = ("/openapi.json", "/docs")
# What the API functions' context reports: a 1769 MB function (one full vCPU) and API Gateway's 30 s.
API_FUNCTION_LIMITS: dict[str, Any] = {"memory_mb": 1769, "timeout_s": 30.0}
TABLES = {"DecisionsTable": "preflight-local-decisions", "IdempotencyTable": "preflight-local-idempotency"}
LOCAL_CREDENTIALS = {
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_ACCESS_KEY_ID": "local",
    "AWS_SECRET_ACCESS_KEY": "local",
}


def _log(message: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {message}", file=sys.stderr, flush=True)


@dataclass
class Backend:
    """Where the data lives: moto's server in this process, or PREFLIGHT_DYNAMODB_ENDPOINT."""

    template: dict[str, Any]
    moto: Any = None
    endpoint: str = ""
    dynamodb_endpoint: str = ""
    env: dict[str, str] = field(default_factory=dict)
    archive: Any = None  # preflight_tools.local.streams.LocalArchive: the stream -> archive bucket path

    def start(self) -> None:
        import boto3

        from preflight_tools.local.moto_server import SerialMotoServer

        for name, value in LOCAL_CREDENTIALS.items():
            os.environ.setdefault(name, value)
        os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "1")
        # Metrics are EMF JSON lines for CloudWatch: on a terminal they only bury the logs.
        os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
        logging.getLogger("werkzeug").setLevel(logging.ERROR)  # moto's access lines are noise here
        # Transactions and queries that cost what they touch, not the whole table (moto_speedups.py).
        from preflight_tools.local import moto_speedups

        moto_speedups.install()
        # One request at a time: conditional writes and transactions are atomic, as in DynamoDB.
        self.moto = SerialMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        self.moto.start()
        host, port = self.moto.get_host_and_port()
        self.endpoint = f"http://{host}:{port}"
        os.environ["AWS_ENDPOINT_URL"] = self.endpoint
        self.dynamodb_endpoint = os.environ.get("PREFLIGHT_DYNAMODB_ENDPOINT", "").strip()
        if self.dynamodb_endpoint:
            os.environ["AWS_ENDPOINT_URL_DYNAMODB"] = self.dynamodb_endpoint
        else:
            os.environ.pop("AWS_ENDPOINT_URL_DYNAMODB", None)
        kms = boto3.client("kms")
        key_arn = kms.create_key(Description="Preflight local originals key")["KeyMetadata"]["Arn"]
        # The decision log's MAC key, as template.yaml's AuditMacKey (HMAC_256, GENERATE_VERIFY_MAC).
        mac_key_arn = kms.create_key(
            Description="Preflight local audit MAC key", KeySpec="HMAC_256", KeyUsage="GENERATE_VERIFY_MAC"
        )["KeyMetadata"]["Arn"]
        secrets = boto3.client("secretsmanager")
        secret = secrets.create_secret(
            Name="preflight-local-fingerprint", SecretString=uuid.uuid4().hex + uuid.uuid4().hex
        )
        cursor_secret = secrets.create_secret(
            Name="preflight-local-cursors", SecretString=uuid.uuid4().hex + uuid.uuid4().hex
        )
        dynamodb = boto3.client("dynamodb")
        existing = set(dynamodb.list_tables().get("TableNames", []))
        for logical_id, name in TABLES.items():
            if name not in existing:
                create_table_from_template(dynamodb, logical_id, name, self.template)
        # The functions' environment (Globals), with the local resources in place of the Refs.
        variables = self.template.get("Globals", {}).get("Function", {}).get("Environment", {})
        for name, value in (variables.get("Variables") or {}).items():
            if isinstance(value, str):
                os.environ.setdefault(name, value)
        os.environ["PREFLIGHT_TABLE_NAME"] = TABLES["DecisionsTable"]
        os.environ["PREFLIGHT_IDEMPOTENCY_TABLE_NAME"] = TABLES["IdempotencyTable"]
        os.environ["PREFLIGHT_ORIGINALS_KEY_ID"] = key_arn
        os.environ["PREFLIGHT_FINGERPRINT_SECRET_ARN"] = secret["ARN"]
        os.environ["PREFLIGHT_AUDIT_MAC_KEY_ID"] = mac_key_arn
        os.environ["PREFLIGHT_CURSOR_SECRET_ARN"] = cursor_secret["ARN"]
        from preflight_tools.local.streams import LocalArchive

        self.archive = LocalArchive(self.template, TABLES["DecisionsTable"])
        os.environ.update(self.archive.prepare())  # PREFLIGHT_ARCHIVE_BUCKET, PREFLIGHT_ARCHIVE_KEY_ID
        from preflight.settings import get_settings

        get_settings.cache_clear()

    def describe(self) -> str:
        tables = ", ".join(TABLES.values())
        if self.dynamodb_endpoint:
            return (
                f"DynamoDB tables {tables} at {self.dynamodb_endpoint} (PREFLIGHT_DYNAMODB_ENDPOINT); "
                f"KMS and Secrets Manager in memory at {self.endpoint}"
            )
        return (
            f"DynamoDB tables {tables}, KMS and Secrets Manager in moto's in-memory server at "
            f"{self.endpoint}: the data is gone when this process stops"
        )

    def stop(self) -> None:
        if self.moto is not None:
            self.moto.stop()
            self.moto = None


class LocalApi:
    """Everything API Gateway does before and after the handler, for one request at a time."""

    def __init__(self, template: dict[str, Any], routes: list[Route], key: bytes) -> None:
        self.template = template
        self.routes = routes
        self.stage = stage_name(template)
        self.key = key
        self.handlers: dict[str, Handler] = {}
        # moto's in-process backend is not guaranteed thread-safe: one invocation at a time.
        self.lock = threading.Lock()
        self._document: dict[str, Any] | None = None

    def load_handlers(self) -> None:
        for route in self.routes:
            if route.function not in self.handlers:
                self.handlers[route.function] = route.load_handler()

    def document(self) -> dict[str, Any]:
        """The OpenAPI document of the routes served, built once from the loaded functions."""
        with self.lock:
            if self._document is None:
                self._document = openapi_document(self.routes)
            return self._document

    def describe(self, path: str, query: str) -> tuple[int, dict[str, list[str]], bytes, str]:
        """GET /openapi.json and /docs: the runner's own pages (no token; not routes of the API)."""
        headers = {"Cache-Control": ["no-store"]}
        # Swagger UI puts ?format=json on the page's address for the document it shows.
        if path == "/openapi.json" or "format=json" in query:
            body = json.dumps(self.document(), indent=2).encode()
            return 200, {**headers, "Content-Type": ["application/json"]}, body, "OpenAPI document"
        from aws_lambda_powertools.event_handler.openapi import swagger_ui
        from aws_lambda_powertools.event_handler.openapi.swagger_ui import generate_swagger_html

        # Swagger UI from the copy Powertools ships, inlined: the page works offline.
        assets = Path(swagger_ui.__file__).parent
        page = generate_swagger_html(
            # The document is inlined in a <script>: no "</" may end it early (the same JSON either way).
            json.dumps(self.document()).replace("</", "<\\/"),
            (assets / "swagger-ui-bundle.min.js").read_text(encoding="utf-8"),
            (assets / "swagger-ui.min.css").read_text(encoding="utf-8"),
            swagger_base_url="",
            oauth2_config=None,
            persist_authorization=True,
        )
        return 200, {**headers, "Content-Type": ["text/html; charset=utf-8"]}, page.encode(), "API docs"

    def gateway(
        self, response_type: str, request_id: str, message: str = ""
    ) -> tuple[int, dict[str, str], bytes]:
        status, headers, body = gateway_response(self.template, response_type, message=message)
        error_type = {
            "UNAUTHORIZED": "UnauthorizedException",
            "ACCESS_DENIED": "AccessDeniedException",
            "MISSING_AUTHENTICATION_TOKEN": "MissingAuthenticationTokenException",
            "REQUEST_TOO_LARGE": "RequestTooLargeException",
        }.get(response_type, "InternalServerErrorException" if status >= 500 else "BadRequestException")
        return status, {**headers, "x-amzn-ErrorType": error_type, "x-amzn-RequestId": request_id}, body

    def handle(
        self, method: str, target: str, headers: list[tuple[str, str]], body: bytes, source_ip: str
    ) -> tuple[int, dict[str, list[str]], bytes, str]:
        """(status, headers, body, what to log)."""
        request_id = str(uuid.uuid4())
        split = urlsplit(target)
        path = unquote(split.path) or "/"
        if method in ("GET", "HEAD") and path in DESCRIPTION_PATHS:
            return self.describe(path, split.query)
        if console.owns(path):  # the console's files, its config.json and the local sign-in page
            return console.serve(method, target, headers, body, source_ip, self.key, self.template)
        preflight = cors_preflight(self.template) if method == "OPTIONS" else None
        if preflight is not None and any(r.match(split.path or "/") is not None for r in self.routes):
            # API Gateway answers the preflight itself (the Api's Cors: a mock, no authorizer).
            return 200, {k: [v] for k, v in preflight.items()}, b"", "CORS preflight"
        found = match_route(self.routes, method, split.path or "/")
        if found is None:
            return self._single(self.gateway("MISSING_AUTHENTICATION_TOKEN", request_id), "no route")
        route, params = found
        if len(body) > MAX_BODY:
            return self._single(self.gateway("REQUEST_TOO_LARGE", request_id), "too large")
        claims = None
        if route.authorizer:
            token = tokens.bearer(next((v for k, v in headers if k.lower() == "authorization"), None))
            if token is None:
                return self._single(self.gateway("UNAUTHORIZED", request_id), "no token")
            try:
                claims = tokens.verify(token, self.key)
            except tokens.InvalidToken as exc:
                return self._single(self.gateway("UNAUTHORIZED", request_id), f"token refused: {exc}")
            # An access token must carry one of the method's scopes; API Gateway answers 401 otherwise.
            granted = set(str(claims.get("scope", "")).split())
            if route.scopes and not granted.intersection(route.scopes):
                return self._single(self.gateway("UNAUTHORIZED", request_id), "scope not granted")
        # The method's request validator runs after the authorizer, before the function.
        content_type = next((v for k, v in headers if k.lower() == "content-type"), None)
        problem = route.body_problem(content_type, body)
        if problem is not None:
            response = self.gateway("BAD_REQUEST_BODY", request_id, problem)
            return self._single(response, f"body refused by the {route.body_model} model")
        event = build_event(
            route,
            params,
            method=method,
            path=path,
            query=split.query,
            headers=headers,
            body=body,
            claims=claims,
            stage=self.stage,
            source_ip=source_ip,
            request_id=request_id,
        )
        who = (claims or {}).get("username") or (claims or {}).get("client_id") or "-"
        try:
            with self.lock:
                result = self.handlers[route.function](
                    event, LambdaContext(route.function, request_id, **API_FUNCTION_LIMITS)
                )
            status = int(result["statusCode"])
        except Exception:
            traceback.print_exc()
            status, single, raw = self.gateway("DEFAULT_5XX", request_id)
            return 502, {k: [v] for k, v in single.items()}, raw, f"{route.function} failed"
        out: dict[str, list[str]] = {
            k: [str(x) for x in v] for k, v in (result.get("multiValueHeaders") or {}).items()
        }
        for name, value in (result.get("headers") or {}).items():
            out.setdefault(name, [str(value)])
        out.setdefault("x-amzn-RequestId", [request_id])
        raw_body = result.get("body") or ""
        data = base64.b64decode(raw_body) if result.get("isBase64Encoded") else str(raw_body).encode("utf-8")
        return status, out, data, f"{route.function} as {who}"

    @staticmethod
    def _single(
        response: tuple[int, dict[str, str], bytes], note: str
    ) -> tuple[int, dict[str, list[str]], bytes, str]:
        status, headers, body = response
        return status, {k: [v] for k, v in headers.items()}, body, note


def _content_length(value: str | None) -> int | None:
    """The body's length as the request states it, or None when the header is not a length."""
    if value is None:
        return 0
    value = value.strip()
    # Digits only: int() would also take "+5", " 5", "5_0" and non-ASCII digits.
    return int(value) if value.isascii() and value.isdigit() else None


def _request_handler(api: LocalApi, timeout_s: float = SOCKET_TIMEOUT_S) -> type[BaseHTTPRequestHandler]:
    class RequestHandler(BaseHTTPRequestHandler):
        server_version = "preflight-local"
        protocol_version = "HTTP/1.1"
        # socketserver sets it on the connection: a read that waits longer raises TimeoutError, which
        # http.server answers by closing the connection.
        timeout = timeout_s

        def _serve(self) -> None:
            started = time.perf_counter()
            length = _content_length(self.headers.get("Content-Length"))
            if length is None or length > MAX_BODY:
                # Where the body ends is unknown (or it is too large to read): answer, then close.
                self.close_connection = True
                kind = "REQUEST_TOO_LARGE" if length else "DEFAULT_4XX"
                message = "Content-Length is not a number of bytes" if length is None else ""
                status, headers, data, note = api._single(
                    api.gateway(kind, str(uuid.uuid4()), message), "Content-Length refused"
                )
            else:
                body = self.rfile.read(length) if length > 0 else b""
                try:
                    status, headers, data, note = api.handle(
                        self.command, self.path, list(self.headers.items()), body, self.client_address[0]
                    )
                except Exception:  # the runner's own fault: an answer, never a dropped connection
                    traceback.print_exc()
                    status, headers, data, note = api._single(
                        api.gateway("DEFAULT_5XX", str(uuid.uuid4())), "the runner failed"
                    )
            self.send_response(status)
            for name, values in headers.items():
                if name.lower() in ("content-length", "connection", "transfer-encoding"):
                    continue
                for value in values:
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)
            elapsed = (time.perf_counter() - started) * 1000
            _log(f"{self.command} {urlsplit(self.path).path} -> {status} in {elapsed:.0f} ms ({note})")

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_HEAD = _serve

        def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
            """What http.server answers itself (a request line or headers it cannot read, a URI too
            long): the API's JSON error shape, with a status line (never an HTTP/0.9 bare body)."""
            if self.request_version == "HTTP/0.9":
                self.request_version = "HTTP/1.0"
            self.close_connection = True
            body = json.dumps(
                {"error": {"code": "bad_request", "message": message or "bad request", "details": []}}
            ).encode()
            self.send_response(code, message)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD" and code >= 200 and code not in (204, 304):
                self.wfile.write(body)
            _log(f"{self.command or '-'} -> {code} ({message or 'bad request'})")

        def __getattr__(self, name: str) -> Any:
            # Any other method (TRACE, PROPFIND...) gets API Gateway's answer for a method the API
            # does not have, not http.server's 501 page.
            if name.startswith("do_"):
                return self._serve
            raise AttributeError(name)

        def log_message(self, format: str, *args: Any) -> None:  # the access line is _serve's
            pass

    return RequestHandler


class _Server(ThreadingHTTPServer):
    # socketserver's default listen backlog is 5: sixteen clients connecting at once were reset.
    request_queue_size = 128


class LocalRunner:
    def __init__(
        self, host: str = "127.0.0.1", port: int = state.DEFAULT_PORT, template_path: Path | None = None
    ) -> None:
        self.host, self.port = host, port
        self.template = load_template(template_path or REPO / "template.yaml")
        self.routes = find_routes(self.template, (template_path or REPO / "template.yaml").parent)
        self.backend = Backend(self.template)
        self.httpd: ThreadingHTTPServer | None = None
        self.api: LocalApi | None = None
        self._serving: threading.Thread | None = None

    def start(self) -> None:
        key = tokens.signing_key()
        self.backend.start()
        self.api = LocalApi(self.template, self.routes, key)
        self.api.load_handlers()  # after the environment is set: the handlers read it at import
        logs.install(os.environ.get("POWERTOOLS_SERVICE_NAME", "preflight"))
        if self.backend.archive is not None:  # the same lock: one invocation at a time, stream included
            self.backend.archive.start(self.api.lock, self.backend.dynamodb_endpoint)
        self.httpd = _Server((self.host, self.port), _request_handler(self.api))
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        # For `preflight audit verify|rearchive --local`: the embedded endpoint changes at every start.
        state.publish(
            self.port,
            {
                "url": f"http://{self.host}:{self.port}",
                "aws_endpoint": self.backend.endpoint,
                "dynamodb_endpoint": self.backend.dynamodb_endpoint,
                "table": TABLES["DecisionsTable"],
                "bucket": os.environ.get("PREFLIGHT_ARCHIVE_BUCKET", ""),
                "archive_key_id": os.environ.get("PREFLIGHT_ARCHIVE_KEY_ID", ""),
                "audit_mac_key_id": os.environ.get("PREFLIGHT_AUDIT_MAC_KEY_ID", ""),
            },
        )

    def banner(self) -> str:
        lines = [
            f"Preflight local runner: http://{self.host}:{self.port} (stage {stage_name(self.template)})"
        ]
        lines += [
            f"  {r.method:6} {r.resource:20} -> {r.module_path.relative_to(REPO)}:{r.handler.split('.')[-1]}"
            for r in self.routes
        ]
        lines.append(f"  API description: http://{self.host}:{self.port}/openapi.json, docs at /docs")
        lines.append(console.banner_line(self.host, self.port))
        lines.append(f"  data: {self.backend.describe()}")
        if self.backend.archive is not None:
            lines.append(f"  {self.backend.archive.describe(self.backend.endpoint, self.port)}")
        lines.append(
            f"  tokens: preflight local token --role screen|review|audit (key in {tokens.state_dir()})"
        )
        lines.append("  Ctrl-C stops.")
        return "\n".join(lines)

    def serve_in_background(self) -> threading.Thread:
        assert self.httpd is not None
        self._serving = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._serving.start()
        return self._serving

    def stop(self) -> None:
        if self.httpd is not None:
            state.withdraw(self.port)
            # shutdown() waits for serve_forever to return: never called if it was never started
            # (a signal between the port opening and the serving thread would hang otherwise).
            if self._serving is not None:
                self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None
        if self.backend.archive is not None:
            self.backend.archive.stop()
        self.backend.stop()


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def serve(host: str, port: int) -> int:
    # A background job of a non-interactive shell starts with SIGINT ignored, and Python then keeps
    # it ignored: `make test` hung where a script started the runner that way. Ctrl-C and SIGINT
    # stop the runner however it was started. Installed before the port opens: a client that sees
    # the port open may signal at once (a signal in between was lost under load).
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGINT, _interrupt)
    runner = LocalRunner(host, port)
    try:
        try:
            runner.start()
        except OSError as exc:
            print(f"preflight: cannot serve on {host}:{port}: {exc}", file=sys.stderr)
            return 2
        print(runner.banner(), file=sys.stderr, flush=True)
        thread = runner.serve_in_background()
        while thread.is_alive():
            thread.join(0.5)
    except KeyboardInterrupt:
        _log("stopping")
    finally:
        runner.stop()
    return 0


def token_command(role: str | list[str], client: str | None, user: str | None, ttl: int) -> int:
    print(tokens.mint(role, client=client, user=user, ttl=ttl))
    return 0


__all__ = ["LocalApi", "LocalRunner", "serve", "token_command"]
