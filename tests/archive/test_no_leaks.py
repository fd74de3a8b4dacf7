"""Nothing of a draft's raw sensitive values reaches the archive or the archive's logs."""

from __future__ import annotations

import io
from typing import Any

from preflight.streams import archive as archive_stream

from tests.archive.conftest import Archive, FakeContext, bodies, partition, screen, stream_event

RAW_VALUES = ["jane.doe@gmail.com", "4111 1111 1111 1111", "4111111111111111", "415.555.0199", "078-05-1120"]
DRAFT = (
    "Mail jane.doe@gmail.com or call 415.555.0199; card 4111 1111 1111 1111 (or 4111111111111111), "
    "SSN 078-05-1120."
)


def test_no_raw_sensitive_value_in_any_archived_body_or_log(
    screen_handler: Any, dynamodb: Any, s3: Any, archive: Archive, captured_logs: io.StringIO
) -> None:
    decision_id = screen(screen_handler, DRAFT, key="leak-check")
    images = partition(dynamodb, decision_id)
    assert archive_stream.handle(stream_event(images), FakeContext(), archive.service) == {
        "batchItemFailures": []
    }
    stored = bodies(s3, archive.name)
    assert stored, "nothing was archived"
    for key, body in stored.items():
        text = body.decode("utf-8")
        for value in RAW_VALUES:
            assert value not in text, (key, value)
            assert value not in key
        # The original is there, sealed (ciphertext only).
        assert '"original":{"M":{' in text and '"ciphertext"' in text
    logged = captured_logs.getvalue()
    assert decision_id in logged
    for value in RAW_VALUES:
        assert value not in logged
