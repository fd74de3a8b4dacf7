"""The API's roles: ``screen`` (a machine client with the screening scope), ``review`` and ``audit``
(people in those Cognito groups). preflight.api.auth decides a caller's roles; this module only
names them, light enough for the CLI and the local runner's tokens to read.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    screen = "screen"
    review = "review"
    audit = "audit"
