"""ArchiveFunction: the decisions table's stream to the Object Lock bucket; see preflight.archive_stream."""

from preflight.archive_stream import lambda_handler

__all__ = ["lambda_handler"]
