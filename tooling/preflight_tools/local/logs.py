"""Readable handler logs for the local runner's terminal.

In Lambda, Powertools writes one JSON object per line for CloudWatch to index. On a laptop the same
records are easier to read as one line each: time, level, function, message, then the extra keys
(decision id, categories...), without the Lambda context fields that are the same on every line.
The records themselves are unchanged: only their rendering differs.
"""

from __future__ import annotations

import json
import logging
import os
import sys

from aws_lambda_powertools.logging.formatter import LambdaPowertoolsFormatter

# Keys every line carries in Lambda; locally they are noise (the function is named separately).
_CONTEXT = {
    "timestamp", "service", "cold_start", "function_name", "function_memory_size", "function_arn",
    "function_request_id", "location", "xray_trace_id", "sampling_rate", "level", "message",
}  # fmt: skip
_COLOURS = {"ERROR": "\033[31m", "WARNING": "\033[33m", "CRITICAL": "\033[31m"}


class ReadableFormatter(LambdaPowertoolsFormatter):
    """Powertools' formatter (same keys, same redaction of nothing extra), rendered as one line."""

    def __init__(self, colour: bool, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.colour = colour

    def format(self, record: logging.LogRecord) -> str:
        try:
            data = json.loads(super().format(record))
        except ValueError:
            return super().format(record)
        level = str(data.get("level", record.levelname))
        function = str(data.get("function_name", "")).removeprefix("preflight-local-") or "-"
        extras = " ".join(
            f"{k}={v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)}"
            for k, v in data.items()
            if k not in _CONTEXT
        )
        moment = self.formatTime(record, "%H:%M:%S")
        line = f"{moment} {level:<7} {function}: {data.get('message', '')}" + (
            f"  {extras}" if extras else ""
        )
        if self.colour and level in _COLOURS:
            return f"{_COLOURS[level]}{line}\033[0m"
        return line


def install(service: str) -> None:
    """Render the Powertools logger ``service``'s records readably (PREFLIGHT_LOG_FORMAT=json keeps
    Lambda's JSON lines)."""
    if os.environ.get("PREFLIGHT_LOG_FORMAT", "").lower() == "json":
        return
    colour = sys.stdout.isatty()
    for handler in logging.getLogger(service).handlers:
        if isinstance(handler.formatter, LambdaPowertoolsFormatter):
            handler.setFormatter(ReadableFormatter(colour=colour))
