"""Decisions table stream -> Preflight event bus; see preflight.streams.notify. Never imports spaCy."""

from preflight.streams.notify import lambda_handler

__all__ = ["lambda_handler"]
