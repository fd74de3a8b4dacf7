"""The integrity checks (answers against the table) and the report's figures."""

from __future__ import annotations

from collections import Counter
from typing import Any

from preflight_tools.loadtest.client import Answer, Check, Run, Sent
from preflight_tools.loadtest.table import Table

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
