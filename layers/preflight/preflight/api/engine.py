"""The screening engine built from this process's settings, one per process.

The screen route builds it at initialisation (its first request must not pay for spaCy); the review
route builds it only for the first note to mask. A process that serves both, as the local runner
does, builds it once: before this, a reviewer's first note built a second engine (4 s, and up to
17 s on a busy laptop) while the runner's one-request-at-a-time lock made every other user wait.
"""

from __future__ import annotations

from functools import cache

from preflight.engine import Engine
from preflight.settings import get_settings


@cache
def screening_engine() -> Engine:
    return Engine.from_config(get_settings().engine_config()).warm_up()
