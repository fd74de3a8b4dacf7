"""``preflight audit export``: every decision in a time range, exactly once, as JSON lines or CSV.

Sources
    Records come from one of two sources behind one small interface,
    ``fetch_page(cursor) -> (items, next_cursor)``: the API (``GET {api}/decisions`` with a token that
    has the ``audit`` role) or, with ``--table``, the decisions table read directly with the caller's
    AWS credentials (``--table`` wins when both are configured, because ``--api`` may come from the
    environment). The API's answers 429, 5xx and connection failures are retried with exponential
    backoff; any other error is reported with the API's own message.

Ranges
    ``--from`` inclusive, ``--to`` exclusive, ISO 8601: a date is midnight UTC, a time without an
    offset is UTC, ``Z`` is accepted. The API answers at most 92 days per request, so a longer range
    is split into windows of at most 92 days, newest window first; each window comes newest first,
    so the whole export is newest first. Window boundaries (other than ``--from`` and ``--to``) fall
    on UTC midnight, so a window also touches at most 92 UTC days, however the server counts them.

Exactly once
    Keyset pages do not overlap, but the exporter still skips any ``decision_id`` it has already
    written (and counts it in the summary): a record that moves between pages while the export runs
    must not be written twice. Records are written as they arrive; memory stays constant apart from
    the set of ids. A file is written to a temporary file in the same directory and renamed over
    the target only when the export succeeded: a failed export leaves no file (and exits non-zero).
    The file is created readable by its owner only (an export holds authors and redacted drafts).
    Standard output cannot be taken back: after a failure it holds a partial export, and the
    message says so.

Formats
    ``jsonl``: one JSON object per line, keys sorted, UTF-8 (not ``\\u`` escapes).
    ``csv``: a header row, then the columns of ``CSV_COLUMNS`` in that order; ``categories`` joined
    by ``;``, ``findings`` as compact JSON, booleans ``true``/``false``, a missing value empty. Every
    cell is quoted, so a separator or quote inside a value can never start a new cell.

CSV formula neutralisation (OWASP "CSV Injection"; ASVS 5.0 requirement 1.2.10)
    Spreadsheets run a cell that begins with ``=``, ``+``, ``-`` or ``@`` as a formula, and tab and
    carriage return (and, per ASVS, NUL) can lead into one. Rule: a cell whose first character is one
    of ``= + - @ TAB CR NUL`` is written with a ``'`` in front, which spreadsheets read as "this is
    text" and do not display. Stricter than OWASP's first-character rule, the same applies when
    that character follows leading white space (``" =x"``), because some importers trim it first.
    Negative-number-looking text (``"-2"``) is neutralised too: no column of this export is numeric,
    so nothing is lost, and payloads such as ``-2+3+cmd|...`` begin like numbers. csv.reader gives
    back the prefixed text (``'-2``); a program that needs the exact values should read JSON lines.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import http.client
import io
import ipaddress
import json
import os
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, Protocol

from preflight import __version__
from preflight.service import times
from preflight.service.log_query import LIST_FILTERS as FILTERS
from preflight.service.paging import MAX_PAGE_SIZE as PAGE_LIMIT
from preflight.service.views import CSV_COLUMNS
from preflight.settings import Settings

from preflight_tools.cli.common import EXIT_BAD_INPUT, EXIT_FOUND, EXIT_INTERRUPTED, EXIT_OK, batch_progress

EXIT_FAILED = EXIT_FOUND  # the export could not be completed

# The API's limit per request (GET /decisions answers at most MAX_LIST_DAYS, PAGE_LIMIT records a page).
MAX_WINDOW = timedelta(days=times.MAX_LIST_DAYS)
# First characters a spreadsheet may run as (or lead into) a formula; see the module docstring.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0")


class ExportError(Exception):
    """Ends the export with ``message`` on stderr and ``exit_code`` (2 bad input, 1 failure)."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


class PageSource(Protocol):
    """One time window of the log, page by page: ``cursor`` None for the first page; the answer's
    ``next_cursor`` is None after the last."""

    def fetch_page(self, cursor: str | None) -> tuple[list[dict[str, Any]], str | None]: ...


# Opens the source of one window [start, end).
SourceFactory = Callable[[datetime, datetime], PageSource]


# --- time ranges ---


def parse_time(text: str, option: str) -> datetime:
    """An ISO 8601 date (midnight UTC) or date and time (UTC when it has no offset), as aware UTC,
    read as the API reads it (preflight.service.times)."""
    try:
        return times.parse_instant(text, option)
    except times.InvalidQuery:
        raise ExportError(
            f"{option} {text!r} is not an ISO 8601 date or time (e.g. 2025-01-31 or 2025-01-31T08:00:00Z)",
            EXIT_BAD_INPUT,
        ) from None


def parse_range(start: str, end: str) -> tuple[datetime, datetime]:
    begin, finish = parse_time(start, "--from"), parse_time(end, "--to")
    if begin >= finish:
        raise ExportError(
            f"--from ({iso(begin)}) must be before --to ({iso(finish)}): --from is inclusive, --to exclusive",
            EXIT_BAD_INPUT,
        )
    return begin, finish


def split_range(
    start: datetime, end: datetime, max_span: timedelta = MAX_WINDOW
) -> list[tuple[datetime, datetime]]:
    """[start, end) as contiguous windows of at most ``max_span``, newest first.

    Inner boundaries are UTC midnights counted back from the midnight at or after ``end``, so each
    window both lasts at most ``max_span`` and touches at most ``max_span`` UTC days (a server that
    counts calendar days, not hours, accepts it too).
    """
    midnight = end.replace(hour=0, minute=0, second=0, microsecond=0)
    boundary = midnight if midnight == end else midnight + timedelta(days=1)
    windows = []
    upper = end
    while upper > start:
        boundary -= max_span
        lower = max(start, boundary)
        windows.append((lower, upper))
        upper = lower
    return windows


def iso(moment: datetime) -> str:
    """UTC with ``Z``; microseconds only when there are any."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z"


# --- the API source ---


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    # urllib would send the bearer token on to wherever a redirect points; refuse to follow instead.
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        raise ExportError(
            f"the API answered {code} (redirect to {newurl}): give the final URL with --api", EXIT_BAD_INPUT
        )


_HINTS = {
    401: " (is the token valid and unexpired?)",
    403: " (the token needs the audit role)",
    404: " (is --api the API's base URL, stage included?)",
}


def check_api_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ExportError(f"--api {url!r} is not an http(s) URL", EXIT_BAD_INPUT)
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        # A bearer token over plain HTTP can be read by anyone on the path.
        raise ExportError(
            f"--api {url!r}: plain http is only allowed to this machine; use https", EXIT_BAD_INPUT
        )
    if parts.query or parts.fragment:
        raise ExportError(f"--api {url!r} must be a base URL without query or fragment", EXIT_BAD_INPUT)
    return url.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class ApiSource:
    """``GET {base}/decisions`` for one window, page by page, with bounded retries."""

    def __init__(
        self,
        base_url: str,
        token: str,
        start: datetime,
        end: datetime,
        filters: dict[str, str],
        *,
        retries: int = 4,
        backoff: float = 0.5,
        timeout: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = base_url
        self._token = token
        self._params = {"from": iso(start), "to": iso(end), "limit": str(PAGE_LIMIT), **filters}
        self.retries, self.backoff, self.timeout, self._sleep = retries, backoff, timeout, sleep
        self._opener = urllib.request.build_opener(_NoRedirects)

    def fetch_page(self, cursor: str | None) -> tuple[list[dict[str, Any]], str | None]:
        params = dict(self._params)
        if cursor:
            params["cursor"] = cursor
        url = f"{self.base_url}/decisions?{urllib.parse.urlencode(params)}"
        return _parse_page(self._get(url))

    def _get(self, url: str) -> bytes:
        request = urllib.request.Request(
            url,
            headers={
                "Authorization": f"Bearer {self._token}",
                "Accept": "application/json",
                "User-Agent": f"preflight/{__version__}",
            },
        )
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            try:
                with self._opener.open(request, timeout=self.timeout) as response:
                    return response.read()
            except urllib.error.HTTPError as err:
                body = _read_quietly(err)
                if (err.code == 429 or err.code >= 500) and not last:
                    self._sleep(self._delay(attempt, err.headers.get("Retry-After")))
                    continue
                raise ExportError(
                    _api_error(err.code, body, attempts=attempt + 1), _exit_for(err.code)
                ) from None
            except (urllib.error.URLError, http.client.HTTPException, OSError) as err:
                # Connection refused or reset, DNS failure, timeout, a truncated answer.
                if not last:
                    self._sleep(self._delay(attempt, None))
                    continue
                reason = getattr(err, "reason", None) or err
                raise ExportError(
                    f"cannot reach the API at {self.base_url} after {attempt + 1} attempts: {reason}"
                ) from None
        raise AssertionError("unreachable")  # the loop returns or raises on its last attempt

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        if retry_after and retry_after.strip().isdigit():
            return min(float(retry_after), 60.0)  # the server knows best, within reason
        return min(self.backoff * 2**attempt, 20.0)


def _read_quietly(err: urllib.error.HTTPError) -> bytes:
    try:
        return err.read()
    except (OSError, http.client.HTTPException):
        return b""


def _exit_for(status: int) -> int:
    # The API judged the request itself invalid (a bad filter, a bad range): bad input. Anything
    # else (authentication, permissions, a missing route, exhausted retries) is a failure.
    return EXIT_BAD_INPUT if status in (400, 422) else EXIT_FAILED


def _api_error(status: int, body: bytes, *, attempts: int) -> str:
    code, message = "", ""
    with contextlib.suppress(ValueError, AttributeError, TypeError):
        error = json.loads(body)["error"]
        code, message = str(error.get("code", "")), str(error.get("message", ""))
    if not message:
        message = body.decode("utf-8", "replace").strip()[:200] or "no message"
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    label = f"{status} {code}".strip()
    return f"the API answered {label}{tries}: {message}{_HINTS.get(status, '')}"


def _parse_page(body: bytes) -> tuple[list[dict[str, Any]], str | None]:
    try:
        page = json.loads(body)
    except ValueError:
        raise ExportError("the API's answer is not JSON") from None
    items = page.get("items") if isinstance(page, dict) else None
    cursor = page.get("next_cursor") if isinstance(page, dict) else None
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ExportError('the API\'s answer is not a page of decisions (expected {"items": [...]})')
    if cursor is not None and not isinstance(cursor, str):
        raise ExportError("the API's answer has a next_cursor that is not a string")
    return items, cursor


# --- the table source ---


class TableSource:
    """One window read from the table through the audit service (the same queries as the API)."""

    def __init__(self, audit_log: Any, query: Any, table_name: str) -> None:
        self._log, self._query, self._table = audit_log, query, table_name

    def fetch_page(self, cursor: str | None) -> tuple[list[dict[str, Any]], str | None]:
        from botocore.exceptions import BotoCoreError, ClientError
        from preflight.store.errors import StoreError

        try:
            page = self._log.list_decisions(self._query, limit=PAGE_LIMIT, cursor=cursor)
        except (StoreError, BotoCoreError, ClientError) as exc:
            raise ExportError(f"cannot read table {self._table}: {exc}") from None
        except ValueError as exc:  # the service refused the query (a bad filter value)
            raise ExportError(f"the query was refused: {exc}", EXIT_BAD_INPUT) from None
        return list(page.items), page.next_cursor


def table_source_factory(table_name: str, settings: Settings, filters: dict[str, str]) -> SourceFactory:
    # Imported here: boto3 and the service stay out of the API path (and of every other command).
    from preflight.service.audit import AuditLog
    from preflight.service.log_query import ListQuery
    from preflight.store.dynamodb import DecisionStore

    audit_log = AuditLog(DecisionStore(table_name), shards=settings.shards)
    wanted = {name: filters.get(name) for name in FILTERS}

    def open_window(start: datetime, end: datetime) -> PageSource:
        try:
            query = ListQuery(start=start, end=end, **wanted)
        except ValueError as exc:
            raise ExportError(f"the query was refused: {exc}", EXIT_BAD_INPUT) from None
        return TableSource(audit_log, query, table_name)

    return open_window


def source_from_args(args: argparse.Namespace, settings: Settings) -> SourceFactory:
    filters = {name: value for name in FILTERS if (value := getattr(args, name, None)) is not None}
    if args.table:
        return table_source_factory(args.table, settings, filters)
    if not args.api:
        raise ExportError(
            "no source: give --api URL and --token TOKEN (or PREFLIGHT_API_URL and PREFLIGHT_TOKEN), "
            "or --table NAME to read the table with your AWS credentials",
            EXIT_BAD_INPUT,
        )
    base = check_api_url(args.api)
    if not args.token:
        raise ExportError(
            "--api needs a token with the audit role: --token TOKEN or PREFLIGHT_TOKEN", EXIT_BAD_INPUT
        )
    return lambda start, end: ApiSource(base, args.token, start, end, filters)


# --- writing ---


def neutralise(cell: str) -> str:
    """The cell with a leading ``'`` when a spreadsheet could run it as a formula (module docstring)."""
    if cell.startswith(FORMULA_TRIGGERS) or cell.lstrip().startswith(FORMULA_TRIGGERS):
        return "'" + cell
    return cell


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_json_default)


def _cell(column: str, value: Any) -> str:
    if value is None:
        return ""
    if column == "categories" and isinstance(value, list | tuple):
        return ";".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list | tuple):
        return _compact(value)
    return str(value)


def csv_row(record: dict[str, Any]) -> list[str]:
    return [neutralise(_cell(column, record.get(column))) for column in CSV_COLUMNS]


def _json_default(value: Any) -> Any:
    # The table source may hand over DynamoDB numbers; write them as JSON numbers.
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def make_writer(fmt: str, stream: IO[str]) -> Callable[[dict[str, Any]], None]:
    if fmt == "csv":
        writer = csv.writer(stream, quoting=csv.QUOTE_ALL)
        writer.writerow(CSV_COLUMNS)
        return lambda record: writer.writerow(csv_row(record))

    def write_line(record: dict[str, Any]) -> None:
        stream.write(json.dumps(record, ensure_ascii=False, sort_keys=True, default=_json_default) + "\n")

    return write_line


@contextlib.contextmanager
def open_output(path: str) -> Iterator[IO[str]]:
    """Standard output for ``-``; otherwise a temporary file beside ``path``, renamed over it only
    when the block ends without an exception (and removed when it does not)."""
    if path == "-":
        yield from _stdout()
        return
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"--output {path} is a directory", EXIT_BAD_INPUT)
    try:
        # Same directory, so the final rename is atomic (never across file systems).
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror}", EXIT_BAD_INPUT) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    _sync_directory(target.parent)


def _stdout() -> Iterator[IO[str]]:
    # UTF-8 whatever the locale says (an export must not fail on a non-ASCII author), no newline
    # translation (the CSV writer ends its rows with CRLF itself); detached, never closed.
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    sys.stdout.flush()
    stream = io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)
    try:
        yield stream
    finally:
        stream.flush()
        stream.detach()


def _sync_directory(directory: Path) -> None:
    # Makes the rename itself durable; not every platform can open a directory.
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# --- the export ---


@dataclass
class Summary:
    records: int = 0
    pages: int = 0
    duplicates: int = 0
    windows: int = 0


def export(
    windows: Sequence[tuple[datetime, datetime]],
    open_source: SourceFactory,
    write: Callable[[dict[str, Any]], None],
    summary: Summary,
    on_page: Callable[[Summary], None] | None = None,
) -> Summary:
    """Writes every record of every window once, in the order the sources give them."""
    seen: set[str] = set()
    for start, end in windows:
        source = open_source(start, end)
        cursor: str | None = None
        while True:
            items, next_cursor = source.fetch_page(cursor)
            summary.pages += 1
            for item in items:
                decision_id = item.get("decision_id")
                if not isinstance(decision_id, str) or not decision_id:
                    raise ExportError(
                        f"page {summary.pages} holds a record without a decision_id; cannot export it once"
                    )
                if decision_id in seen:
                    summary.duplicates += 1
                    continue
                seen.add(decision_id)
                write(item)
                summary.records += 1
            if on_page is not None:
                on_page(summary)
            if not next_cursor:
                break
            if next_cursor == cursor:
                # The same page again would loop forever.
                raise ExportError(f"the source answered the cursor it was given ({cursor!r}) as the next one")
            cursor = next_cursor
        summary.windows += 1
    return summary


@contextlib.contextmanager
def _progress(wanted: bool) -> Iterator[Callable[[Summary], None] | None]:
    # The total is unknown (the API does not count), so the bar counts records and shows pages.
    with batch_progress(None, " records", wanted=wanted) as bar:
        if bar is None:
            yield None
            return

        def update(summary: Summary) -> None:
            bar.update(summary.records - bar.n)
            # One refresh per page (at most 100 records): the bar moves even when pages come quickly.
            bar.set_postfix(pages=summary.pages)

        yield update


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    summary = Summary()
    to_file = args.output != "-"
    where = args.output if to_file else "standard output"
    try:
        start, end = parse_range(args.start, args.end)
        windows = split_range(start, end)
        open_source = source_from_args(args, settings)
        with open_output(args.output) as stream, _progress(not args.no_progress) as on_page:
            export(windows, open_source, make_writer(args.format, stream), summary, on_page)
    except ExportError as exc:
        return _failed(exc.message, exc.exit_code, summary, to_file, where)
    except KeyboardInterrupt:
        # The temporary file is already gone (open_output cleans up on any exception).
        return _failed("interrupted", EXIT_INTERRUPTED, summary, to_file, where)
    except OSError as exc:  # writing failed: a full disk (a closed pipe is main's business)
        if isinstance(exc, BrokenPipeError):
            raise
        return _failed(f"cannot write {where}: {exc.strerror or exc}", EXIT_FAILED, summary, to_file, where)
    print(
        f"preflight: {_plural(summary.records, 'record')} written to {where} "
        f"({_plural(summary.pages, 'page')}, {_plural(summary.duplicates, 'duplicate')} skipped)",
        file=sys.stderr,
    )
    return EXIT_OK


def _failed(message: str, code: int, summary: Summary, to_file: bool, where: str) -> int:
    print(f"preflight: {message}", file=sys.stderr)
    if to_file:
        print(f"preflight: export failed; {where} was not written (left as it was)", file=sys.stderr)
    elif summary.records:
        print(
            f"preflight: export failed; standard output holds a partial export "
            f"({_plural(summary.records, 'record')})",
            file=sys.stderr,
        )
    return code
