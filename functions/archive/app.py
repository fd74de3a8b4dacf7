"""ArchiveFunction: the decisions table's stream to the Object Lock bucket; see preflight.streams.archive."""

from preflight.streams.archive import lambda_handler

__all__ = ["lambda_handler"]
