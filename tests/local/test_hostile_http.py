"""The local runner's HTTP server against hostile or careless clients: every request gets an answer
(a 4xx for bad input), never a dropped connection, and no connection holds a thread forever.

The server runs in process with stand-in handlers (what a function answers is not the point here);
one test starts the real runner the way a non-interactive shell starts a background job."""

from __future__ import annotations

import json
import signal
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from preflight_tools.local import tokens
from preflight_tools.local.routes import find_routes
from preflight_tools.local.server import LocalApi, _request_handler, _Server
from preflight_tools.local.template import load_template

from tests.runner import local_runner

TIMEOUT_S = 0.5


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, str, list[dict[str, Any]]]]:
    """(port, a screen token, the events the stand-in handlers received)."""
    key = tokens.signing_key(tmp_path_factory.mktemp("state"))
    api = LocalApi(load_template(), find_routes(), key)
    seen: list[dict[str, Any]] = []

    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        seen.append(event)
        return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": "{}"}

    api.handlers = {route.function: handler for route in api.routes}
    httpd = _Server(("127.0.0.1", 0), _request_handler(api, TIMEOUT_S))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_address[1], tokens.encode(tokens.claims_for("screen"), key), seen
    httpd.shutdown()
    httpd.server_close()


def _exchange(port: int, raw: bytes, wait_s: float = 5.0) -> bytes:
    """Send ``raw`` and read until the server closes the connection or ``wait_s`` passes."""
    with socket.create_connection(("127.0.0.1", port), timeout=wait_s) as sock:
        sock.sendall(raw)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except TimeoutError:
            pass
        return b"".join(chunks)


def _status(answer: bytes) -> int:
    assert answer.startswith(b"HTTP/1.1 "), answer[:200]
    return int(answer.split(b" ", 2)[1])


def _body(answer: bytes) -> dict[str, Any]:
    return json.loads(answer.split(b"\r\n\r\n", 1)[1])


def _post(token: str, body: bytes, **headers: str) -> bytes:
    lines = [
        "POST /screen HTTP/1.1",
        "Host: localhost",
        f"Authorization: Bearer {token}",
        "Connection: close",
        *(f"{k.replace('_', '-')}: {v}" for k, v in headers.items()),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


@pytest.mark.parametrize("length", ["abc", "-5", "+5", "5 5", "0x10", "٥", "99999999999999999999999"])
def test_a_content_length_that_is_not_a_length_is_answered(server: Any, length: str) -> None:
    port, token, _ = server
    answer = _exchange(port, _post(token, b'{"text": "hi", "author": "a"}', Content_Length=length))
    status = _status(answer)
    assert status in (400, 413)
    assert _body(answer)["error"]["code"] == ("payload_too_large" if status == 413 else "bad_request")


def test_a_json_body_nested_thousands_deep_is_answered(server: Any) -> None:
    port, token, _ = server
    deep = b'{"text": ' + b"[" * 5_000 + b"]" * 5_000 + b', "author": "a"}'
    request = _post(token, deep, Content_Type="application/json", Content_Length=str(len(deep)))
    answer = _exchange(port, request)
    # Passed on to the function whole (its 400 is tests/service's); the gateway emulation of a route
    # that validates bodies answers 400 (tests/local/test_gateway_and_docs.py).
    assert _status(answer) == 200 and server[2][-1]["body"] == deep.decode()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(garbage=st.binary(min_size=1, max_size=300))
def test_any_request_bytes_get_an_answer_or_a_close_never_a_hang(server: Any, garbage: bytes) -> None:
    """Whatever a client sends, the server answers or closes within the socket timeout, and keeps
    serving (the next well-formed request is answered)."""
    port, _, _ = server
    started = time.monotonic()
    answer = _exchange(port, garbage, wait_s=TIMEOUT_S * 4)
    assert time.monotonic() - started < TIMEOUT_S * 4
    assert answer == b"" or answer.startswith(b"HTTP/1."), answer[:100]
    ok = _exchange(port, b"GET /no-such-route HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 30)
    assert _status(ok) == 404


def test_idle_and_half_sent_connections_are_closed(server: Any) -> None:
    port, token, _ = server
    half_sent = _post(token, b'{"te', Content_Length="100")
    for partial in (b"", b"POST /screen HTTP/1.1\r\nHost: x\r\n", half_sent):
        started = time.monotonic()
        with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT_S * 10) as sock:
            sock.sendall(partial)
            assert sock.recv(65536) == b""  # closed by the server, not by our own timeout
        assert time.monotonic() - started < TIMEOUT_S * 5


def test_a_body_larger_than_the_gateway_takes_is_refused_unread(server: Any) -> None:
    port, token, seen = server
    before = len(seen)
    answer = _exchange(port, _post(token, b"{}", Content_Length=str(11 * 1024 * 1024)))
    assert _status(answer) == 413 and len(seen) == before


def test_the_runner_stops_on_sigint_when_started_as_a_background_job(tmp_path: Path) -> None:
    """A non-interactive shell starts background jobs with SIGINT ignored; the runner still stops."""
    as_background_job = lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)  # noqa: E731 - as `cmd &`
    with local_runner(tmp_path, preexec_fn=as_background_job) as (_, _, process):
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
