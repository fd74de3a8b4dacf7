"""The clients: keep-alive HTTP connections to the runner, the concurrent run of POST /screen, and
the read-back of every decision."""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import json
import queue
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from preflight_tools.loadtest.drafts import Draft
from preflight_tools.loadtest.limits import BARRIER_SECONDS, HTTP_TIMEOUT, IN_PROGRESS_ATTEMPTS, LoadTestError


def require_loopback(url: str, what: str) -> tuple[str, int]:
    """(host, port) of an http:// URL on loopback, or LoadTestError."""
    split = urlsplit(url)
    host = split.hostname or ""
    if split.scheme != "http" or not host:
        raise LoadTestError(f"{what} must be an http://host:port URL, not {url!r}")
    loopback = host == "localhost"
    with contextlib.suppress(ValueError):  # a name other than localhost is not resolved: refused
        loopback = loopback or ipaddress.ip_address(host).is_loopback
    if not loopback:
        raise LoadTestError(f"{what} {url} is not on loopback: the load test only runs against this machine")
    return host, split.port or 80


@dataclass
class Answer:
    status: int
    ms: float
    body: Any = None
    error: str = ""  # transport error (no status)


class Connection:
    """One keep-alive HTTP/1.1 connection per client thread."""

    def __init__(self, host: str, port: int) -> None:
        self.conn = http.client.HTTPConnection(host, port, timeout=HTTP_TIMEOUT)

    def call(self, method: str, path: str, token: str, body: Any = None, key: str | None = None) -> Answer:
        headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if key:
            headers["Idempotency-Key"] = key
        started = time.perf_counter()
        try:
            self.conn.request(method, path, data, headers)
            response = self.conn.getresponse()
            raw = response.read()
        except (OSError, http.client.HTTPException) as exc:
            # Not resent: a POST without a key could then be decided twice, and the count check
            # would blame the service for the client's retry.
            self.conn.close()
            return Answer(
                0,
                (time.perf_counter() - started) * 1000,
                error=f"{type(exc).__name__}: {exc} at {time.strftime('%H:%M:%S')}",
            )
        ms = (time.perf_counter() - started) * 1000
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = {"unparsed": raw[:200].decode("utf-8", "replace")}
        return Answer(response.status, ms, parsed)

    def close(self) -> None:
        self.conn.close()


# --- the run --------------------------------------------------------------------------------------


@dataclass
class Sent:
    """What one logical send of a draft got (after any 409 in-progress waits)."""

    draft: Draft
    attempt: int  # 0 first send, 1 the retry with the same key
    answer: Answer
    in_progress_waits: int = 0
    concurrent: bool = False  # the two sends really left together (the barrier was passed)


@dataclass
class Check:
    name: str
    ok: bool
    detail: str = ""


@dataclass
class Run:
    drafts: list[Draft]
    sent: list[Sent] = field(default_factory=list)
    reads: dict[str, Answer] = field(default_factory=dict)
    http_statuses: Counter[int] = field(default_factory=Counter)  # every POST /screen HTTP answer
    post_ms: list[float] = field(default_factory=list)
    read_ms: list[float] = field(default_factory=list)
    post_seconds: float = 0.0
    read_seconds: float = 0.0
    aborted: str = ""


def _screen(
    conn: Connection, token: str, sent: Sent, run: Run, lock: threading.Lock, deadline: float
) -> None:
    draft = sent.draft
    for _ in range(IN_PROGRESS_ATTEMPTS):
        answer = conn.call("POST", "/screen", token, draft.body, draft.key)
        with lock:
            run.http_statuses[answer.status] += 1
            run.post_ms.append(answer.ms)
        code = (answer.body or {}).get("error", {}).get("code") if isinstance(answer.body, dict) else None
        if answer.status == 409 and code == "idempotency_in_progress" and time.monotonic() < deadline:
            sent.in_progress_waits += 1
            time.sleep(0.05 * sent.in_progress_waits)
            continue
        break
    sent.answer = answer


def _work(
    conn: Connection, jobs: queue.Queue[Any], handle: Any, deadline: float, stop: threading.Event
) -> None:
    try:
        while not stop.is_set():
            try:
                job = jobs.get_nowait()
            except queue.Empty:
                return
            if time.monotonic() > deadline:
                stop.set()
                return
            handle(conn, job)
    finally:
        conn.close()


def _pool(target: tuple[str, int], clients: int, jobs: list[Any], handle: Any, deadline: float) -> bool:
    """Run ``handle(conn, job)`` for every job from ``clients`` threads; False if the deadline hit."""
    work: queue.Queue[Any] = queue.Queue()
    for job in jobs:
        work.put(job)
    stop = threading.Event()
    # Connected one after the other before any request: 16 clients connecting in the same instant
    # overflow the runner's listen backlog (socketserver's default, 5) and some get reset; that is
    # the local HTTP server's limit, not the service's, and a keep-alive client connects only once.
    connections = []
    for _ in range(clients):
        conn = Connection(*target)
        try:
            conn.conn.connect()
        except OSError as exc:
            raise LoadTestError(f"cannot connect to the runner at {target[0]}:{target[1]}: {exc}") from exc
        connections.append(conn)
    threads = [
        threading.Thread(target=_work, args=(conn, work, handle, deadline, stop), daemon=True)
        for conn in connections
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()) + HTTP_TIMEOUT)
    return not stop.is_set() and work.empty() and not any(t.is_alive() for t in threads)


def send_all(
    target: tuple[str, int], drafts: list[Draft], tokens: dict[str, str], clients: int, deadline: float
) -> Run:
    run = Run(drafts)
    lock = threading.Lock()
    # A concurrent pair is two adjacent jobs sharing a barrier: the next free thread takes the
    # second while the first waits, so both sends leave together (16 threads, FIFO queue).
    jobs: list[tuple[Draft, int, threading.Barrier | None]] = []
    for draft in drafts:
        if draft.mode == "concurrent":
            barrier = threading.Barrier(2)
            jobs += [(draft, 0, barrier), (draft, 1, barrier)]
        else:
            jobs.append((draft, 0, None))

    def handle(conn: Connection, job: tuple[Draft, int, threading.Barrier | None]) -> None:
        draft, attempt, barrier = job
        together = False
        if barrier is not None:
            try:
                barrier.wait(BARRIER_SECONDS)
                together = True
            except threading.BrokenBarrierError:
                pass  # sent anyway, reported as not concurrent
        sends = [Sent(draft, attempt, Answer(0, 0.0), concurrent=together)]
        if draft.mode == "retry":
            sends.append(Sent(draft, 1, Answer(0, 0.0)))
        for sent in sends:
            _screen(conn, tokens[draft.client], sent, run, lock, deadline)
            with lock:
                run.sent.append(sent)

    started = time.perf_counter()
    finished = _pool(target, clients, jobs, handle, deadline)
    run.post_seconds = time.perf_counter() - started
    if not finished:
        run.aborted = f"the sends did not finish within --max-seconds ({len(run.sent)} of {len(jobs)} done)"
    return run


def read_back(
    target: tuple[str, int], run: Run, tokens: dict[str, str], clients: int, deadline: float
) -> None:
    """GET /decisions/{id} for every distinct decision id answered, with its client's own token."""
    owners: dict[str, str] = {}
    for sent in run.sent:
        if sent.answer.status == 200 and isinstance(sent.answer.body, dict):
            owners.setdefault(sent.answer.body.get("decision_id", ""), sent.draft.client)
    lock = threading.Lock()

    def handle(conn: Connection, decision_id: str) -> None:
        answer = conn.call("GET", f"/decisions/{decision_id}", tokens[owners[decision_id]])
        with lock:
            run.reads[decision_id] = answer
            run.read_ms.append(answer.ms)

    started = time.perf_counter()
    finished = _pool(target, clients, sorted(owners), handle, deadline)
    run.read_seconds = time.perf_counter() - started
    if not finished and not run.aborted:
        run.aborted = f"the read-back did not finish within --max-seconds ({len(run.reads)} of {len(owners)})"
