"""Decisions table stream -> Preflight event bus; see preflight.notify_stream. Never imports spaCy."""

from preflight.notify_stream import lambda_handler

__all__ = ["lambda_handler"]
