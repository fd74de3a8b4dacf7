"""``preflight audit export``: exactly-once streaming output, CSV formula neutralisation, atomic files,
range splitting, and the API source against a small local HTTP server."""

from __future__ import annotations

import csv
import io
import itertools
import json
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from preflight_tools.cli import audit_export
from preflight_tools.cli.audit_export import (
    CSV_COLUMNS,
    ApiSource,
    ExportError,
    neutralise,
    parse_time,
    split_range,
)
from preflight_tools.cli.main import main


def record(decision_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "decision_id": decision_id,
        "screened_at": "2025-03-01T10:00:00.000Z",
        "decision": "flag",
        "status": "pending_review",
        "author": "jane",
        "channel": "x",
        "categories": ["pii.phone"],
        "findings": [{"category": "pii.phone", "start": 11, "end": 23}],
        "complete": True,
        **fields,
    }


class FakeSource:
    """Pages ``pages[0]``, ``pages[1]``... with cursors "c1", "c2"...; raises at page ``fail_at``."""

    def __init__(self, pages: list[list[dict[str, Any]]], fail_at: int | None = None) -> None:
        self.pages, self.fail_at, self.cursors = pages, fail_at, []

    def fetch_page(self, cursor: str | None) -> tuple[list[dict[str, Any]], str | None]:
        self.cursors.append(cursor)
        index = 0 if cursor is None else int(cursor[1:])
        if index == self.fail_at:
            raise ExportError(f"page {index + 1} timed out")
        next_cursor = f"c{index + 1}" if index + 1 < len(self.pages) else None
        return self.pages[index], next_cursor


def use_sources(monkeypatch: pytest.MonkeyPatch, *sources: FakeSource) -> list[tuple[datetime, datetime]]:
    """Routes the command to ``sources`` (one per window, in order); returns the windows asked for."""
    windows: list[tuple[datetime, datetime]] = []
    queue = list(sources)

    def factory(args: Any, settings: Any) -> Callable[[datetime, datetime], FakeSource]:
        def open_window(start: datetime, end: datetime) -> FakeSource:
            windows.append((start, end))
            return queue.pop(0)

        return open_window

    monkeypatch.setattr(audit_export, "source_from_args", factory)
    return windows


def export(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["audit", "export", "--no-progress", *argv])
    out, err = capsys.readouterr()
    return code, out, err


RANGE = ("--from", "2025-03-01", "--to", "2025-03-08")


# --- exactly once, in order, streamed ---


def test_every_record_once_in_source_order(monkeypatch, capsys, tmp_path: Path) -> None:
    a, b, c, d = (record(i) for i in ("D4", "D3", "D2", "D1"))
    # D3 shows up again on the next page (it moved while we paged): written once, counted.
    use_sources(monkeypatch, FakeSource([[a, b], [c, dict(b)], [d]]))
    out = tmp_path / "log.jsonl"
    code, stdout, err = export(capsys, *RANGE, "-o", str(out))
    assert code == 0, err
    assert stdout == ""
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["decision_id"] for line in lines] == ["D4", "D3", "D2", "D1"]
    assert "4 records written to" in err and "3 pages, 1 duplicate skipped" in err and str(out) in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log.jsonl"]  # no temporary file left
    assert out.stat().st_mode & 0o777 == 0o600


def test_jsonl_lines_have_sorted_keys_and_raw_unicode(monkeypatch, capsys) -> None:
    use_sources(monkeypatch, FakeSource([[record("D1", author="José", redacted_text="a\nb")]]))
    code, stdout, err = export(capsys, *RANGE)
    assert code == 0, err
    assert stdout.count("\n") == 1  # the newline inside the text is escaped, one line per record
    line = stdout.rstrip("\n")
    assert '"author": "José"' in line
    keys = list(json.loads(line))
    assert keys == sorted(keys)
    assert "1 record written to standard output (1 page, 0 duplicates skipped)" in err


def test_a_failing_page_leaves_no_file_and_exits_1(monkeypatch, capsys, tmp_path: Path) -> None:
    use_sources(monkeypatch, FakeSource([[record("D3")], [record("D2")], [record("D1")]], fail_at=1))
    out = tmp_path / "log.csv"
    code, _, err = export(capsys, *RANGE, "--format", "csv", "-o", str(out))
    assert code == 1
    assert "page 2 timed out" in err and f"{out} was not written" in err
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_leaves_an_existing_file_as_it_was(monkeypatch, capsys, tmp_path: Path) -> None:
    out = tmp_path / "log.jsonl"
    out.write_text("yesterday's export\n", encoding="utf-8")
    use_sources(monkeypatch, FakeSource([[record("D2")], [record("D1")]], fail_at=1))
    code, _, _ = export(capsys, *RANGE, "-o", str(out))
    assert code == 1
    assert out.read_text(encoding="utf-8") == "yesterday's export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["log.jsonl"]


def test_a_failure_on_stdout_says_the_output_is_partial(monkeypatch, capsys) -> None:
    use_sources(monkeypatch, FakeSource([[record("D2")], [record("D1")]], fail_at=1))
    code, stdout, err = export(capsys, *RANGE)
    assert code == 1
    assert [json.loads(line)["decision_id"] for line in stdout.splitlines()] == ["D2"]
    assert "partial export (1 record)" in err


def test_a_record_without_an_id_fails_the_export(monkeypatch, capsys, tmp_path: Path) -> None:
    use_sources(monkeypatch, FakeSource([[record("D2"), {"decision": "flag"}]]))
    code, _, err = export(capsys, *RANGE, "-o", str(tmp_path / "x.jsonl"))
    assert code == 1 and "without a decision_id" in err
    assert list(tmp_path.iterdir()) == []


def test_a_cursor_that_does_not_advance_is_an_error_not_a_loop(monkeypatch, capsys) -> None:
    class Stuck:
        def fetch_page(self, cursor: str | None) -> tuple[list[dict[str, Any]], str | None]:
            return [record(f"D{cursor}")], "same"

    monkeypatch.setattr(audit_export, "source_from_args", lambda args, settings: lambda s, e: Stuck())
    code, _, err = export(capsys, *RANGE)
    assert code == 1 and "'same'" in err


def test_output_in_a_missing_directory_is_bad_input(monkeypatch, capsys, tmp_path: Path) -> None:
    use_sources(monkeypatch, FakeSource([[record("D1")]]))
    code, _, err = export(capsys, *RANGE, "-o", str(tmp_path / "nowhere" / "log.jsonl"))
    assert code == 2 and "cannot write" in err and "nowhere" in err


# --- CSV ---


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+SUM(A1)", "'+SUM(A1)"),
        ("-2", "'-2"),  # negative-number-looking text too: no column is numeric
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@cmd", "'@cmd"),
        ("\t=x", "'\t=x"),
        ("\r=x", "'\r=x"),
        ("\0=x", "'\0=x"),
        (" =x", "' =x"),  # stricter than OWASP: some importers trim leading white space
        ("\n  @SUM(1)", "'\n  @SUM(1)"),
        ('=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'),
        ("Happy Friday = fun", "Happy Friday = fun"),  # only the first character matters
        ("a-b@c", "a-b@c"),
        ("2025-03-01T10:00:00.000Z", "2025-03-01T10:00:00.000Z"),
        ("3.5", "3.5"),
        ("'=x", "'=x"),  # already text for a spreadsheet
        ("", ""),
        ("   ", "   "),
    ],
)
def test_formula_cells_are_neutralised(cell: str, written: str) -> None:
    assert neutralise(cell) == written


def test_csv_round_trips_through_csv_reader(monkeypatch, capsys, tmp_path: Path) -> None:
    hostile = record(
        "D2",
        author="=cmd|' /C calc'!A0",
        redacted_text='Line one, "quoted"\nline two; ***********',
        categories=["pii.phone", "confidential.marking"],
        findings=[{"category": "pii.phone", "excerpt": "=1+1 ünïcode", "start": 0, "end": 4}],
        complete=False,
        status="rejected_by_reviewer",
        reviewed_by="rita",
        reviewed_at="2025-03-02T09:00:00.000Z",
        review_action="reject",
        record_hash="ab" * 32,
        metadata={"not": "a column"},
    )
    plain = record("D1", decision="approve", status="approved", categories=[], findings=[])
    use_sources(monkeypatch, FakeSource([[hostile, plain]]))
    out = tmp_path / "log.csv"
    code, _, err = export(capsys, *RANGE, "--format", "csv", "-o", str(out))
    assert code == 0, err
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == list(CSV_COLUMNS)
    first = dict(zip(CSV_COLUMNS, rows[1], strict=True))
    assert first["decision_id"] == "D2"
    assert first["author"] == "'=cmd|' /C calc'!A0"
    assert first["redacted_text"] == hostile["redacted_text"]
    assert first["categories"] == "pii.phone;confidential.marking"
    assert json.loads(first["findings"]) == hostile["findings"]
    compact = json.dumps(hostile["findings"], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert first["findings"] == compact
    assert first["complete"] == "false"
    assert (first["reviewed_by"], first["review_action"]) == ("rita", "reject")
    second = dict(zip(CSV_COLUMNS, rows[2], strict=True))
    assert second["categories"] == "" and second["findings"] == "[]" and second["complete"] == "true"
    assert second["reviewed_by"] == "" and second["client_id"] == ""
    assert len(rows) == 3
    # Every cell is quoted: a comma inside a value can never start a new cell.
    assert out.read_text(encoding="utf-8").startswith('"decision_id","screened_at",')


# --- ranges ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03-01", datetime(2025, 3, 1, tzinfo=UTC)),
        ("2025-03-01T08:30:00", datetime(2025, 3, 1, 8, 30, tzinfo=UTC)),  # naive is UTC
        ("2025-03-01T08:30:00Z", datetime(2025, 3, 1, 8, 30, tzinfo=UTC)),
        ("2025-03-01T08:30:00.250Z", datetime(2025, 3, 1, 8, 30, 0, 250_000, tzinfo=UTC)),
        ("2025-03-01T10:30:00+02:00", datetime(2025, 3, 1, 8, 30, tzinfo=UTC)),
    ],
)
def test_times_are_read_as_utc(text: str, expected: datetime) -> None:
    got = parse_time(text, "--from")
    assert got == expected and got.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("2025-03-08", "2025-03-01", "must be before --to"),
        ("2025-03-01", "2025-03-01", "must be before --to"),
        ("2025-03-01T10:00:00+02:00", "2025-03-01T08:00:00Z", "must be before --to"),
        ("yesterday", "2025-03-01", "--from 'yesterday' is not an ISO 8601"),
        ("2025-03-01", "2025-02-30", "--to '2025-02-30' is not an ISO 8601"),
    ],
)
def test_bad_ranges_exit_2_naming_the_problem(monkeypatch, capsys, start, end, message) -> None:
    use_sources(monkeypatch)  # never reached
    code, stdout, err = export(capsys, "--from", start, "--to", end)
    assert code == 2 and message in err and stdout == ""


def _check_windows(start: datetime, end: datetime, windows: list[tuple[datetime, datetime]]) -> None:
    assert windows[0][1] == end and windows[-1][0] == start
    for (lower, _), (_, next_upper) in itertools.pairwise(windows):
        assert next_upper == lower  # contiguous, newest first, no gap and no overlap
    for lower, upper in windows:
        assert timedelta(0) < upper - lower <= timedelta(days=92)
        last_day = (upper - timedelta(microseconds=1)).date()
        assert (last_day - lower.date()).days + 1 <= 92  # UTC days touched


@pytest.mark.parametrize(
    ("start", "end", "count"),
    [
        (datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 3, 8, tzinfo=UTC), 1),
        (datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 4, 3, tzinfo=UTC), 1),  # exactly 92 days
        (datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 4, 3, 0, 0, 1, tzinfo=UTC), 2),
        (datetime(2024, 1, 1, tzinfo=UTC), datetime(2025, 1, 1, tzinfo=UTC), 4),  # a leap year
        (datetime(2022, 5, 17, 13, 5, tzinfo=UTC), datetime(2025, 2, 3, 7, 45, 12, tzinfo=UTC), 11),
        (datetime(2025, 1, 1, 12, tzinfo=UTC), datetime(2025, 4, 2, 12, tzinfo=UTC), 1),  # 92 UTC days
        (datetime(2025, 1, 1, 12, tzinfo=UTC), datetime(2025, 4, 3, 12, tzinfo=UTC), 2),  # 92 d, 93 UTC days
    ],
)
def test_long_ranges_split_into_92_day_windows(start: datetime, end: datetime, count: int) -> None:
    windows = split_range(start, end)
    assert len(windows) == count
    _check_windows(start, end, windows)


def test_the_command_asks_for_windows_newest_first(monkeypatch, capsys, tmp_path: Path) -> None:
    windows = use_sources(
        monkeypatch,
        FakeSource([[record("D6"), record("D5")], [record("D4")]]),
        FakeSource([[record("D3")]]),
        FakeSource([[record("D2"), record("D1")]]),
    )
    out = tmp_path / "year.jsonl"
    code, _, err = export(capsys, "--from", "2024-06-01", "--to", "2025-01-01", "-o", str(out))
    assert code == 0, err
    assert len(windows) == 3
    _check_windows(datetime(2024, 6, 1, tzinfo=UTC), datetime(2025, 1, 1, tzinfo=UTC), windows)
    ids = [json.loads(line)["decision_id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["D6", "D5", "D4", "D3", "D2", "D1"]


# --- choosing the source ---


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "no source: give --api URL and --token"),
        (["--api", "http://127.0.0.1:3000"], "--api needs a token with the audit role"),
        (["--api", "http://api.example.com", "--token", "t"], "plain http is only allowed to this machine"),
        (["--api", "ftp://example.com", "--token", "t"], "is not an http(s) URL"),
        (["--api", "https://example.com/v1?x=1", "--token", "t"], "without query or fragment"),
    ],
)
def test_a_missing_or_unsafe_source_is_bad_input(monkeypatch, capsys, argv, message) -> None:
    monkeypatch.delenv("PREFLIGHT_API_URL", raising=False)
    monkeypatch.delenv("PREFLIGHT_TOKEN", raising=False)
    code, _, err = export(capsys, *RANGE, *argv)
    assert code == 2 and message in err


# --- the API source against a local HTTP server ---


class FakeApi:
    """Serves ``GET /v1/decisions``: records every request; answers ``script`` first (status, body,
    headers), then pages from ``pages(query) -> (items, next_cursor)``."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, str], dict[str, str]]] = []
        self.script: list[tuple[int, dict[str, Any], dict[str, str]]] = []
        self.pages: Callable[[dict[str, str]], tuple[list[dict[str, Any]], str | None]] = lambda q: ([], None)
        self.url = ""


@pytest.fixture
def api() -> Iterator[FakeApi]:
    fake = FakeApi()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urllib.parse.urlsplit(self.path)
            query = dict(urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
            fake.requests.append((parts.path, query, dict(self.headers)))
            if fake.script:
                status, body, headers = fake.script.pop(0)
            elif parts.path != "/v1/decisions":
                status, body, headers = 404, {"error": {"code": "not_found", "message": "no route"}}, {}
            else:
                items, cursor = fake.pages(query)
                status, body, headers = 200, {"items": items, "next_cursor": cursor}, {}
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:  # keep the test output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    fake.url = f"http://127.0.0.1:{server.server_address[1]}/v1/"
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()


def paged(pages: dict[str | None, tuple[list[str], str | None]]):
    return lambda query: (
        [record(i) for i in pages[query.get("cursor")][0]],
        pages[query.get("cursor")][1],
    )


def test_api_pages_with_token_and_query(api: FakeApi, capsys, tmp_path: Path) -> None:
    api.pages = paged({None: (["D3", "D2"], "opaque/+=="), "opaque/+==": (["D2", "D1"], None)})
    out = tmp_path / "log.jsonl"
    code, _, err = export(
        capsys,
        "--from", "2025-03-01", "--to", "2025-03-08T12:00:00+01:00",
        "--api", api.url, "--token", "tok-123",
        "--decision", "flag", "--category", "pii.phone", "--policy-version", "abc",
        "-o", str(out),
    )  # fmt: skip
    assert code == 0, err
    ids = [json.loads(line)["decision_id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["D3", "D2", "D1"]
    assert "3 records written" in err and "2 pages, 1 duplicate skipped" in err
    assert len(api.requests) == 2
    for path, query, headers in api.requests:
        assert path == "/v1/decisions"
        assert headers["Authorization"] == "Bearer tok-123"
        assert query["from"] == "2025-03-01T00:00:00Z" and query["to"] == "2025-03-08T11:00:00Z"
        assert query["limit"] == "100"
        assert (query["decision"], query["category"], query["policy_version"]) == ("flag", "pii.phone", "abc")
        assert not {"status", "channel", "author", "reviewer"} & set(query)  # unset filters are not sent
    assert "cursor" not in api.requests[0][1]
    assert api.requests[1][1]["cursor"] == "opaque/+=="  # the opaque cursor survives URL encoding


def test_api_env_defaults(api: FakeApi, monkeypatch, capsys) -> None:
    monkeypatch.setenv("PREFLIGHT_API_URL", api.url)
    monkeypatch.setenv("PREFLIGHT_TOKEN", "from-env")
    api.pages = paged({None: (["D1"], None)})
    code, stdout, err = export(capsys, *RANGE)
    assert code == 0, err
    assert json.loads(stdout)["decision_id"] == "D1"
    assert api.requests[0][2]["Authorization"] == "Bearer from-env"


def test_api_503_then_200_is_retried(api: FakeApi, capsys) -> None:
    unavailable = {"error": {"code": "unavailable", "message": "try again"}}
    api.script = [(503, unavailable, {"Retry-After": "0"}), (429, {}, {"Retry-After": "0"})]
    api.pages = paged({None: (["D1"], None)})
    code, stdout, err = export(capsys, *RANGE, "--api", api.url, "--token", "t")
    assert code == 0, err
    assert json.loads(stdout)["decision_id"] == "D1"
    assert len(api.requests) == 3 and api.requests[0][1] == api.requests[2][1]


def test_api_400_message_is_surfaced_with_exit_2(api: FakeApi, capsys, tmp_path: Path) -> None:
    message = "decision must be one of approve, flag"
    api.script = [(400, {"error": {"code": "validation_error", "message": message, "details": []}}, {})]
    out = tmp_path / "log.jsonl"
    code, _, err = export(capsys, *RANGE, "--api", api.url, "--token", "t", "--decision", "x", "-o", str(out))
    assert code == 2
    assert f"the API answered 400 validation_error: {message}" in err
    assert len(api.requests) == 1  # a 4xx is not retried
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("status", "code", "hint"),
    [(401, "unauthorized", "unexpired"), (403, "forbidden", "audit role"), (404, "not_found", "base URL")],
)
def test_api_refusals_exit_1_with_a_hint(api: FakeApi, capsys, status, code, hint) -> None:
    api.script = [(status, {"error": {"code": code, "message": "refused"}}, {})]
    exit_code, _, err = export(capsys, *RANGE, "--api", api.url, "--token", "t")
    assert exit_code == 1
    assert f"the API answered {status} {code}: refused" in err and hint in err


def test_api_windows_of_a_long_range(api: FakeApi, capsys) -> None:
    api.pages = lambda query: ([record("D" + query["from"])], None)
    code, stdout, err = export(
        capsys, "--from", "2024-01-01", "--to", "2025-01-01", "--api", api.url, "--token", "t"
    )
    assert code == 0, err
    asked = [(q["from"], q["to"]) for _, q, _ in api.requests]
    assert asked == [
        ("2024-10-01T00:00:00Z", "2025-01-01T00:00:00Z"),
        ("2024-07-01T00:00:00Z", "2024-10-01T00:00:00Z"),
        ("2024-03-31T00:00:00Z", "2024-07-01T00:00:00Z"),
        ("2024-01-01T00:00:00Z", "2024-03-31T00:00:00Z"),
    ]
    assert [json.loads(line)["decision_id"] for line in stdout.splitlines()] == [f"D{f}" for f, _ in asked]


def test_api_gives_up_after_bounded_retries(api: FakeApi) -> None:
    api.script = [(503, {"error": {"code": "unavailable", "message": "down"}}, {})] * 3
    delays: list[float] = []
    start, end = datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 3, 2, tzinfo=UTC)
    source = ApiSource(api.url.rstrip("/"), "t", start, end, {}, retries=2, sleep=delays.append)
    with pytest.raises(ExportError) as caught:
        source.fetch_page(None)
    assert caught.value.exit_code == 1
    assert "503 unavailable after 3 attempts: down" in caught.value.message
    assert delays == [0.5, 1.0]  # exponential backoff


def test_api_connection_errors_are_retried_then_reported() -> None:
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    delays: list[float] = []
    start, end = datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 3, 2, tzinfo=UTC)
    source = ApiSource(f"http://127.0.0.1:{port}", "t", start, end, {}, retries=3, sleep=delays.append)
    with pytest.raises(ExportError, match=r"cannot reach the API at .* after 4 attempts"):
        source.fetch_page(None)
    assert delays == [0.5, 1.0, 2.0]


def test_api_redirects_are_not_followed_with_the_token(api: FakeApi, capsys) -> None:
    api.script = [(302, {}, {"Location": "http://elsewhere.example/decisions"})]
    code, _, err = export(capsys, *RANGE, "--api", api.url, "--token", "t")
    assert code == 2 and "redirect to http://elsewhere.example/decisions" in err
    assert len(api.requests) == 1


def test_api_answer_that_is_not_a_page_fails(api: FakeApi, capsys) -> None:
    api.script = [(200, {"decisions": []}, {})]
    code, _, err = export(capsys, *RANGE, "--api", api.url, "--token", "t")
    assert code == 1 and "not a page of decisions" in err


def test_progress_bar_goes_to_stderr_only_when_asked(monkeypatch, capsys) -> None:
    # The bar needs a terminal; pretend stderr is one and check records land on stdout untouched.
    use_sources(monkeypatch, FakeSource([[record("D2")], [record("D1")]]))
    fake_err = io.StringIO()
    fake_err.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stderr", fake_err)
    code = main(["audit", "export", *RANGE])
    out, _ = capsys.readouterr()
    assert code == 0
    assert [json.loads(line)["decision_id"] for line in out.splitlines()] == ["D2", "D1"]
    assert "records" in fake_err.getvalue() and "pages=2" in fake_err.getvalue()


# --- the table source, under moto (the real audit service and store) ---


@pytest.fixture
def decisions_table(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A decisions table from template.yaml holding 40 decisions over about 120 days, written the way
    the screening service writes them (item, time index keys, counters); yields the name and the
    decisions, newest first."""
    import boto3
    from moto import mock_aws
    from preflight.records import DecisionRecord
    from preflight.service.ids import new_decision_id, shard_of
    from preflight.settings import Settings
    from preflight.store import keys
    from preflight.store.dynamodb import DecisionStore
    from preflight_tools.local.template import create_table_from_template

    for name, value in {
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    shards = Settings().shards
    with mock_aws():
        create_table_from_template(boto3.client("dynamodb"), "DecisionsTable", "audit-export-test")
        store = DecisionStore("audit-export-test")
        written = []
        start = datetime(2024, 11, 1, 6, tzinfo=UTC)
        for n in range(40):
            # Several decisions a day on some days, none on others; both sides of midnight.
            now = start + timedelta(hours=72 * n + (n % 3) * 7)
            decision_id = new_decision_id(now)
            screened_at = now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"
            day, shard = screened_at[:10], shard_of(decision_id, shards)
            verdict = "flag" if n % 4 == 0 else "approve"
            decision = {
                **record(decision_id, screened_at=screened_at, decision=verdict, author=f"=author{n % 5}"),
                "status": "pending_review" if verdict == "flag" else "approved",
                "day": day,
            }
            # The store keys the item (time index under the day and shard) as screening does.
            store.put_decision(DecisionRecord.from_attributes(decision), shard, {"total": 1}, None)
            decision["GSI2SK"] = keys.time_sk(screened_at, decision_id)
            written.append(decision)
        yield "audit-export-test", sorted(written, key=lambda d: d["GSI2SK"], reverse=True)


def test_table_source_exports_every_decision_once(
    decisions_table, monkeypatch, capsys, tmp_path: Path
) -> None:
    name, written = decisions_table
    monkeypatch.setattr(audit_export, "PAGE_LIMIT", 7)  # several pages per window, with real cursors
    out = tmp_path / "log.csv"
    span = ("--from", "2024-11-01", "--to", "2025-03-05", "--table", name)
    code, _, err = export(capsys, *span, "--format", "csv", "-o", str(out))
    assert code == 0, err
    with out.open(encoding="utf-8", newline="") as stream:
        rows = [dict(zip(CSV_COLUMNS, row, strict=True)) for row in list(csv.reader(stream))[1:]]
    assert [r["decision_id"] for r in rows] == [d["decision_id"] for d in written]  # all, once, newest first
    assert rows[0]["author"].startswith("'=author")
    assert "40 records written" in err and "0 duplicates skipped" in err
    # 124 days: two windows, each paged 7 at a time with the service's own cursors.
    windows = split_range(datetime(2024, 11, 1, tzinfo=UTC), datetime(2025, 3, 5, tzinfo=UTC))
    per_window = [
        sum(lo.isoformat() <= d["screened_at"] < hi.isoformat() for d in written) for lo, hi in windows
    ]
    assert len(windows) == 2 and all(per_window)
    assert f"{sum(-(-n // 7) for n in per_window)} pages" in err

    code, stdout, err = export(capsys, *span, "--decision", "flag")
    assert code == 0, err
    flagged = [d["decision_id"] for d in written if d["decision"] == "flag"]
    assert [json.loads(line)["decision_id"] for line in stdout.splitlines()] == flagged

    code, _, err = export(capsys, *RANGE, "--table", name, "--status", "nonsense")
    assert code == 2 and "status must be one of" in err
