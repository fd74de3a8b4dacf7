"""Built-in detectors. Importing this package registers each of them by name."""

from preflight.engine.detectors import (  # noqa: F401 - imported to register
    claims,
    confidential,
    encoded,
    links,
    patterns,
    person_sensitive,
    pii,
    profanity,
)
from preflight.engine.detectors.base import Detector, DetectorOptions, register, registered

__all__ = ["Detector", "DetectorOptions", "register", "registered"]
