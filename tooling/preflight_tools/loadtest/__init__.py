"""Load test of the local runner (`make loadtest`, `scripts/loadtest`): many concurrent POST /screen
requests, then integrity checks read from the table after the run.

What it measures: the runner serialises handler invocations with a lock (moto's in-process backend
is not guaranteed thread-safe), so the 16 clients queue for one handler at a time, as 16 callers
would queue for one Lambda instance. The figures are the service's latency and throughput under
serialised storage, not DynamoDB's. The checks do not depend on that luck either way: they are made
after the last request, from what the table holds (a scan of the decision items, the sum of the
daily counters, the idempotency guards), compared with what the clients were answered.

Loopback only: the script starts its own runner on a free loopback port, or targets `--url` of a
running one on loopback, and refuses anything else (it writes thousands of decisions and scans the
table).
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import ipaddress
import json
import os
import queue
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

DEFAULT_REQUESTS = 10_000
DEFAULT_CLIENTS = 16
DEFAULT_MAX_SECONDS = 1800.0
DEFAULT_RETRY_FRACTION = 0.05
CLIENT_IDS = 4
TABLE = "preflight-local-decisions"  # server.TABLES["DecisionsTable"]; not imported: boto3-free start
HTTP_TIMEOUT = 60.0
# A same-key request still running answers 409 idempotency_in_progress (the service's documented
# behaviour); the client waits and asks again, at most this many times.
IN_PROGRESS_ATTEMPTS = 50
STARTUP_SECONDS = 120.0
BARRIER_SECONDS = 30.0


class LoadTestError(Exception):
    """A precondition failed (non-loopback target, the runner did not start, time budget exceeded)."""


# --- drafts ---------------------------------------------------------------------------------------

_OPENERS = [
    "Happy Friday from the whole team!",
    "Our spring collection is here.",
    "Thank you to everyone who joined the webinar yesterday.",
    "We are hiring designers in Lisbon and Berlin.",
    "Meet us at booth 42 at the trade fair next week.",
    "The new release makes reports twice as easy to share.",
    "Big thanks to our community for the thoughtful feedback.",
    "Registration for the autumn workshop is now open.",
    "Five tips for planning a calmer content calendar.",
    "Our team is here for you all weekend.",
]
_MIDDLES = [
    "Read the full story on our blog.",
    "Tell us what you would like to see next.",
    "Bring a friend and a good question.",
    "Seats are limited, so sign up early.",
    "See the photos from the launch event.",
    "The recording is on our website.",
    "Share it with a colleague who plans campaigns.",
    "",
]
_CLOSERS = ["See you soon!", "Have a great weekend.", "Stay tuned.", "Cheers, the team", ""]
_TAGS = ["#marketing", "#teamwork", "#launch", "#events", "#design", ""]
_NAMES = ["jane", "ali", "mei", "omar", "sofia", "lukas", "priya", "tom"]
_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "proton.me"]
_CARDS = ["4111 1111 1111 1111", "5555 5555 5555 4444", "4012 8888 8888 1881"]  # test numbers, Luhn-valid
_CHANNELS = ["linkedin", "x", "facebook", "instagram", "threads", "bluesky", "mastodon", "other"]


def _phone(rng: random.Random) -> str:
    area = rng.choice(["415", "212", "646", "303", "617"])
    return rng.choice(["{a}.555.{n}", "({a}) 555-{n}", "+1 {a} 555 {n}"]).format(
        a=area, n=f"{rng.randrange(100, 200):04d}"
    )


# Each entry writes one sentence that the default policy flags (at medium or above).
_RISKS = [
    lambda r: f"Questions? Mail me at {r.choice(_NAMES)}.{r.randrange(10, 99)}@{r.choice(_DOMAINS)}.",
    lambda r: f"Call me directly at {_phone(r)} to get the deal.",
    lambda r: f"Pay with card {r.choice(_CARDS)} for the discount.",
    lambda r: f"This {r.choice(['shit', 'fucking', 'bullshit'])} deal will not last.",
    lambda r: f"Our fund offers guaranteed {r.choice([12, 15, 20, 30])}% returns every year.",
    lambda r: f"It is a risk-free investment with guaranteed {r.choice([10, 20, 25])}% returns.",
]


@dataclass(frozen=True)
class Draft:
    index: int
    client: str
    body: dict[str, Any]
    expected: str  # the generator's intent: approve or flag (reported, not a check)
    key: str | None = None
    mode: str = "single"  # single | retry (same client, twice in a row) | concurrent (two clients at once)


def draft_body(rng: random.Random, flagged: bool) -> dict[str, Any]:
    parts = [rng.choice(_OPENERS), rng.choice(_MIDDLES)]
    if flagged:
        parts.insert(rng.randrange(0, 3), rng.choice(_RISKS)(rng))
    parts += [rng.choice(_CLOSERS), rng.choice(_TAGS)]
    body: dict[str, Any] = {"text": " ".join(p for p in parts if p), "author": rng.choice(_NAMES)}
    if rng.random() < 0.8:  # some clients omit the channel (the API defaults it to "other")
        body["channel"] = rng.choice(_CHANNELS)
    if rng.random() < 0.3:
        body["metadata"] = {"campaign": f"c-{rng.randrange(1, 40)}", "draft": str(rng.randrange(10**6))}
    return body


def make_drafts(
    requests: int, retry_fraction: float, clients: list[str], rng: random.Random, concurrent: bool = True
) -> list[Draft]:
    """Drafts whose sends add up to ``requests`` POSTs: a ``retry_fraction`` of the POSTs are second
    sends of a draft with the same Idempotency-Key, half of them from two clients at the same time."""
    retries = round(requests * retry_fraction)
    drafts = []
    for index in range(requests - retries):
        flagged = rng.random() < 0.4
        mode, key = "single", None
        if index < retries:
            mode = "concurrent" if concurrent and index % 2 else "retry"
            key = f"load-{uuid.uuid4()}"
        elif rng.random() < 0.1:  # a key sent once: the guard is written, nothing else changes
            key = f"load-{uuid.uuid4()}"
        drafts.append(
            Draft(
                index,
                rng.choice(clients),
                draft_body(rng, flagged),
                "flag" if flagged else "approve",
                key,
                mode,
            )
        )
    rng.shuffle(drafts)
    return drafts


# --- HTTP -----------------------------------------------------------------------------------------


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
class Table:
    """What the table holds for this run, read after the last request."""

    decision_ids: list[str]  # DEC# #DECISION items of this run's clients (a list: duplicates would show)
    counter_total_delta: int  # sum of COUNT# `total` after the run minus before
    guards: dict[str, str]  # GUARD# items of this run's clients: PK -> decision_id


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


# --- the table ------------------------------------------------------------------------------------


def _dynamodb(endpoint: str) -> Any:
    import boto3  # only here: the pure parts of this module import without it

    return boto3.client(
        "dynamodb",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="local",
        aws_secret_access_key="local",
    )


def _scan(client: Any, table: str, prefix: str, attributes: list[str]) -> list[dict[str, Any]]:
    names = {f"#a{i}": a for i, a in enumerate(["PK", "SK", *attributes])}
    args: dict[str, Any] = {
        "TableName": table,
        "FilterExpression": "begins_with(#a0, :prefix)",
        "ProjectionExpression": ", ".join(names),
        "ExpressionAttributeNames": names,
        "ExpressionAttributeValues": {":prefix": {"S": prefix}},
        "ConsistentRead": True,
    }
    items: list[dict[str, Any]] = []
    while True:
        page = client.scan(**args)
        items += page.get("Items", [])
        if not page.get("LastEvaluatedKey"):
            return items
        args["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def counter_total(endpoint: str, table: str = TABLE) -> int:
    """The sum of `total` over every daily counter shard (COUNT#<day>#<shard>)."""
    items = _scan(_dynamodb(endpoint), table, "COUNT#", ["total"])
    return sum(int(i["total"]["N"]) for i in items if "total" in i)


def read_table(endpoint: str, clients: list[str], total_before: int, table: str = TABLE) -> Table:
    client = _dynamodb(endpoint)
    ours = set(clients)
    decisions = [
        i["decision_id"]["S"]
        for i in _scan(client, table, "DEC#", ["decision_id", "client_id"])
        if i["SK"]["S"] == "#DECISION" and i.get("client_id", {}).get("S") in ours
    ]
    guards = {
        i["PK"]["S"]: i.get("decision_id", {}).get("S", "")
        for i in _scan(client, table, "GUARD#", ["decision_id", "client_id"])
        if i.get("client_id", {}).get("S") in ours
    }
    return Table(decisions, counter_total(endpoint, table) - total_before, guards)


# --- checks ---------------------------------------------------------------------------------------

_SAME = ("decision", "status", "findings")


def evaluate(run: Run, table: Table | None) -> list[Check]:
    """The integrity checks, from the answers and from what the table holds after the run."""
    checks: list[Check] = []
    expected_posts = sum(2 if d.mode != "single" else 1 for d in run.drafts)
    checks.append(
        Check(
            "every send answered",
            not run.aborted and len(run.sent) == expected_posts,
            run.aborted or f"{len(run.sent)} of {expected_posts} sends",
        )
    )
    fivexx = sum(n for s, n in run.http_statuses.items() if s >= 500)
    fivexx += sum(1 for a in run.reads.values() if a.status >= 500)
    checks.append(Check("no 5xx", fivexx == 0, f"{fivexx} answers 5xx"))
    transport = [s.answer.error for s in run.sent if s.answer.error]
    transport += [a.error for a in run.reads.values() if a.error]
    checks.append(Check("no transport error", not transport, "; ".join(sorted(set(transport))[:3]) or "none"))
    bad = Counter(s.answer.status for s in run.sent if s.answer.status != 200)
    checks.append(
        Check(
            "every screening answered 200",
            not bad,
            ", ".join(f"{k} x {v}" for k, v in bad.items()) or f"{len(run.sent)} of {len(run.sent)}",
        )
    )

    ok = [s for s in run.sent if s.answer.status == 200 and isinstance(s.answer.body, dict)]
    ids = {s.answer.body.get("decision_id") for s in ok}
    by_draft: dict[int, list[Sent]] = {}
    for sent in run.sent:
        by_draft.setdefault(sent.draft.index, []).append(sent)
    keyed = [d for d in run.drafts if d.mode != "single"]
    diverged = []
    for draft in keyed:
        answers = [s.answer.body for s in by_draft.get(draft.index, []) if s.answer.status == 200]
        if (
            len(answers) != 2
            or answers[0].get("decision_id") != answers[1].get("decision_id")
            or any(answers[0].get(k) != answers[1].get(k) for k in _SAME)
        ):
            diverged.append(draft.key or "")
    checks.append(
        Check(
            "idempotent retries return the original decision",
            not diverged,
            f"{len(keyed) - len(diverged)} of {len(keyed)} same id and answer"
            + (f"; differing keys: {', '.join(diverged[:3])}" if diverged else ""),
        )
    )
    single_ids = [s.answer.body.get("decision_id") for s in ok if s.draft.mode == "single"]
    checks.append(
        Check(
            "distinct drafts got distinct ids",
            len(set(single_ids)) == len(single_ids) and len(ids) == len({s.draft.index for s in ok}),
            f"{len(ids)} ids for {len({s.draft.index for s in ok})} drafts",
        )
    )

    first = {s.answer.body["decision_id"]: s.answer.body for s in ok if s.answer.body.get("decision_id")}
    unread = [i for i in first if run.reads.get(i, Answer(0, 0)).status != 200]
    changed = [
        i
        for i, body in first.items()
        if i not in unread and any(run.reads[i].body.get(k) != body.get(k) for k in ("decision_id", *_SAME))
    ]
    checks.append(
        Check(
            "every decision reads back identical",
            not unread and not changed,
            f"{len(first) - len(unread) - len(changed)} of {len(first)} read back identical"
            + (f"; unread {unread[:3]}" if unread else "")
            + (f"; differing {changed[:3]}" if changed else ""),
        )
    )

    if table is None:
        checks.append(Check("table matches the answers", False, "the table was not read"))
        return checks
    stored = Counter(table.decision_ids)
    doubled = [i for i, n in stored.items() if n > 1]
    missing = ids - set(stored)
    extra = set(stored) - ids
    checks.append(
        Check(
            "decision items = distinct successful decision ids",
            len(table.decision_ids) == len(ids) and not missing and not extra and not doubled,
            f"{len(table.decision_ids)} items, {len(ids)} ids"
            + (f"; missing {sorted(missing)[:3]}" if missing else "")
            + (f"; not answered {sorted(extra)[:3]}" if extra else ""),
        )
    )
    checks.append(
        Check(
            "daily counters' total = distinct successful decision ids",
            table.counter_total_delta == len(ids),
            f"total +{table.counter_total_delta}, ids {len(ids)}",
        )
    )
    keyed_ids = {
        s.answer.body["decision_id"]
        for s in ok
        if s.draft.key is not None and s.answer.body.get("decision_id")
    }
    keys_sent = {d.key for d in run.drafts if d.key is not None}
    guard_ids = Counter(table.guards.values())
    checks.append(
        Check(
            "one idempotency guard per key, naming its decision",
            len(table.guards) == len(keys_sent)
            and set(guard_ids) == keyed_ids
            and max(guard_ids.values(), default=1) == 1,
            f"{len(table.guards)} guards, {len(keys_sent)} keys",
        )
    )
    return checks


# --- figures and report ---------------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (the value below which p% of the samples fall)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))  # ceil(n * p / 100)
    return ordered[int(rank) - 1]


def summary(run: Run, checks: list[Check], config: dict[str, Any]) -> dict[str, Any]:
    ok = [s for s in run.sent if s.answer.status == 200 and isinstance(s.answer.body, dict)]
    first = {s.answer.body.get("decision_id"): s for s in ok}
    decisions = Counter(s.answer.body.get("decision") for s in first.values())
    posts = sum(run.http_statuses.values())
    return {
        "config": config,
        "post_requests": posts,
        "duration_s": round(run.post_seconds, 2),
        "throughput_rps": round(posts / run.post_seconds, 1) if run.post_seconds else 0.0,
        "latency_ms": {
            "p50": round(percentile(run.post_ms, 50), 1),
            "p95": round(percentile(run.post_ms, 95), 1),
            "p99": round(percentile(run.post_ms, 99), 1),
            "max": round(max(run.post_ms, default=0.0), 1),
        },
        "status_counts": {str(k): v for k, v in sorted(run.http_statuses.items())},
        "decisions": {"approve": decisions.get("approve", 0), "flag": decisions.get("flag", 0)},
        "distinct_decisions": len(first),
        "unexpected_decisions": sum(
            1 for s in first.values() if s.answer.body.get("decision") != s.draft.expected
        ),
        "idempotent_retries": sum(1 for d in run.drafts if d.mode != "single"),
        "concurrent_retries": sum(1 for s in run.sent if s.concurrent and s.attempt == 1),
        "in_progress_409_waits": sum(s.in_progress_waits for s in run.sent),
        "read_back": {
            "requests": len(run.reads),
            "duration_s": round(run.read_seconds, 2),
            "status_counts": {
                str(k): v for k, v in sorted(Counter(a.status for a in run.reads.values()).items())
            },
            "p50_ms": round(percentile(run.read_ms, 50), 1),
            "p99_ms": round(percentile(run.read_ms, 99), 1),
        },
        "checks": [{"name": c.name, "ok": c.ok, "detail": c.detail} for c in checks],
        "passed": bool(checks) and all(c.ok for c in checks),
    }


def render(report: dict[str, Any]) -> str:
    c, lat, rb = report["config"], report["latency_ms"], report["read_back"]
    lines = [
        f"Preflight load test against {c['url']} ({c['runner']}): {report['post_requests']} POST /screen "
        f"from {c['clients']} clients, {c['client_ids']} client ids",
        f"  duration {report['duration_s']:.1f} s, throughput {report['throughput_rps']:.1f} requests/s",
        f"  latency ms: p50 {lat['p50']:.1f}, p95 {lat['p95']:.1f}, p99 {lat['p99']:.1f}, "
        f"max {lat['max']:.1f}",
        "  status codes: " + ", ".join(f"{k} x {v}" for k, v in report["status_counts"].items()),
        f"  decisions: approve {report['decisions']['approve']}, flag {report['decisions']['flag']} "
        f"({report['distinct_decisions']} distinct; {report['unexpected_decisions']} decided otherwise "
        "than the generator meant)",
        f"  idempotent retries: {report['idempotent_retries']} ({report['concurrent_retries']} sent "
        f"concurrently from two clients), 409 in-progress waits {report['in_progress_409_waits']}",
        f"  read-back: {rb['requests']} GET /decisions/{{id}} in {rb['duration_s']:.1f} s, "
        + ", ".join(f"{k} x {v}" for k, v in rb["status_counts"].items())
        + f", p50 {rb['p50_ms']:.1f} ms, p99 {rb['p99_ms']:.1f} ms",
        "  checks:",
    ]
    lines += [f"    {'ok  ' if ch['ok'] else 'FAIL'} {ch['name']}: {ch['detail']}" for ch in report["checks"]]
    if c.get("runner_log"):
        lines.append(f"  the runner's log is kept in {c['runner_log']}")
    lines.append("PASS" if report["passed"] else "FAIL")
    return "\n".join(lines)


# --- the runner -----------------------------------------------------------------------------------

_URL_LINE = re.compile(r"Preflight local runner: (http://\S+)")
# Both forms of the banner's data line end the DynamoDB endpoint with " at http://host:port".
_DATA_LINE = re.compile(r"data: DynamoDB tables .*? at (http://[\w.\[\]:-]+?)(?::? |\s*$)", re.M)


def parse_banner(text: str) -> tuple[str, str] | None:
    """(runner URL, DynamoDB endpoint) from the runner's start-up banner, once both are printed."""
    url, data = _URL_LINE.search(text), _DATA_LINE.search(text)
    return (url.group(1), data.group(1)) if url and data else None


class OwnRunner:
    """`preflight local serve --port 0` in a subprocess, with its own state folder (token key)."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.log_path = workdir / "runner.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, deadline: float) -> tuple[str, str]:
        # Only this machine: no AWS_* or PREFLIGHT_* settings reach the runner (no endpoint override).
        env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "PREFLIGHT_"))}
        env["PREFLIGHT_LOCAL_STATE"] = str(self.workdir)
        with self.log_path.open("wb") as log:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "preflight_tools.cli.main",
                    "local",
                    "serve",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    "0",
                ],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        until = min(deadline, time.monotonic() + STARTUP_SECONDS)
        while time.monotonic() < until:
            found = parse_banner(self.log())
            if found:
                return found
            if self.proc.poll() is not None:
                raise LoadTestError(f"the runner exited with status {self.proc.returncode}:\n{self.tail()}")
            time.sleep(0.2)
        raise LoadTestError(f"the runner printed no banner in time:\n{self.tail()}")

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""

    def tail(self, lines: int = 30) -> str:
        return "\n".join(self.log().splitlines()[-lines:])

    def stop(self) -> int | None:
        if self.proc is None or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else None
        self.proc.send_signal(signal.SIGINT)
        try:
            return self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()


# --- command line ---------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="loadtest",
        description="Load test of the local runner: concurrent POST /screen, then integrity checks.",
    )
    parser.add_argument(
        "--requests",
        type=int,
        default=DEFAULT_REQUESTS,
        help="POST /screen requests in all, retries included (default: %(default)s)",
    )
    parser.add_argument(
        "--clients",
        type=int,
        default=DEFAULT_CLIENTS,
        help="concurrent clients (threads; default: %(default)s)",
    )
    parser.add_argument(
        "--max-seconds",
        type=float,
        default=DEFAULT_MAX_SECONDS,
        help="fail if the whole run takes longer (default: %(default)s)",
    )
    parser.add_argument(
        "--retry-fraction",
        type=float,
        default=DEFAULT_RETRY_FRACTION,
        help="share of the requests that are same-key retries (default: %(default)s)",
    )
    parser.add_argument(
        "--client-ids", type=int, default=CLIENT_IDS, help="distinct screen client ids (default: %(default)s)"
    )
    parser.add_argument(
        "--seed", type=int, default=None, help="seed of the draft generator (default: random)"
    )
    parser.add_argument("--url", help="a running runner on loopback (default: start one on a free port)")
    parser.add_argument(
        "--dynamodb-endpoint", help="with --url: the runner's DynamoDB endpoint, from its banner"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def run_load_test(args: argparse.Namespace) -> dict[str, Any]:
    if args.requests < 1 or args.clients < 1 or args.client_ids < 1 or not 0 <= args.retry_fraction <= 0.5:
        raise LoadTestError(
            "--requests, --clients and --client-ids must be positive, --retry-fraction in [0, 0.5]"
        )
    deadline = time.monotonic() + args.max_seconds
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    run_id = uuid.uuid4().hex[:8]
    # Client ids unique to this run: against a runner with older data, the checks see only this run's.
    clients = [f"load-{run_id}-{n}" for n in range(1, args.client_ids + 1)]
    from preflight_tools.local import tokens

    runner_log = ""
    with tempfile.TemporaryDirectory(prefix="preflight-loadtest-") as scratch:
        runner: OwnRunner | None = None
        try:
            if args.url:
                if not args.dynamodb_endpoint:
                    raise LoadTestError("--url needs --dynamodb-endpoint (the runner's banner prints it)")
                url, endpoint = args.url.rstrip("/"), args.dynamodb_endpoint
                key = tokens.signing_key()  # the running runner's key: .preflight/ or PREFLIGHT_LOCAL_STATE
            else:
                runner = OwnRunner(Path(scratch))
                url, endpoint = runner.start(deadline)
                key = tokens.signing_key(Path(scratch))
            target = require_loopback(url, "the runner's URL")
            require_loopback(endpoint, "the DynamoDB endpoint")
            minted = {
                c: tokens.mint("screen", client=c, key=key, ttl=int(args.max_seconds) + 3600) for c in clients
            }
            total_before = counter_total(endpoint)
            drafts = make_drafts(
                args.requests, args.retry_fraction, clients, random.Random(seed), concurrent=args.clients > 1
            )
            run = send_all(target, drafts, minted, args.clients, deadline)
            if not run.aborted:
                read_back(target, run, minted, args.clients, deadline)
            table = None if run.aborted else read_table(endpoint, clients, total_before)
            checks = evaluate(run, table)
            if runner is not None:
                status = runner.stop()
                checks.append(Check("the runner stopped cleanly", status == 0, f"exit status {status}"))
                if not all(c.ok for c in checks):  # kept for the diagnosis; the folder goes away
                    kept = Path(tempfile.gettempdir()) / f"preflight-loadtest-{run_id}-runner.log"
                    shutil.copyfile(runner.log_path, kept)
                    runner_log = str(kept)
        finally:
            if runner is not None:
                runner.stop()
    config = {
        "url": url,
        "runner": "started by this script" if runner is not None else "given by --url",
        "requests": args.requests,
        "clients": args.clients,
        "client_ids": args.client_ids,
        "retry_fraction": args.retry_fraction,
        "max_seconds": args.max_seconds,
        "seed": seed,
        "cpus": os.cpu_count(),
        "runner_log": runner_log,  # kept only when a check failed
    }
    return summary(run, checks, config)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        report = run_load_test(args)
    except LoadTestError as exc:
        if args.json:
            print(json.dumps({"passed": False, "error": str(exc)}, indent=2))
        print(f"loadtest: {exc}\nFAIL", file=sys.stderr)
        return 1
    print(json.dumps(report, indent=2) if args.json else render(report))
    return 0 if report["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
