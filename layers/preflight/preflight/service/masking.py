"""Free text that comes with a decision (a reviewer's note) masked as the engine masks a draft.

One definition of "sensitive": the policy's. The engine (and spaCy with it) is built on the first
text that needs it, so a function that never masks anything never loads it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from preflight.engine import Engine


class Masker:
    def __init__(self, engine: Callable[[], Engine]) -> None:
        self._engine = cache(engine)

    def __call__(self, text: str) -> str:
        """``text`` with every sensitive value the engine finds masked (its ``redacted_text``)."""
        if not text.strip():  # nothing to mask (and the engine refuses blank text)
            return text
        return self._engine().screen(text).redacted_text
