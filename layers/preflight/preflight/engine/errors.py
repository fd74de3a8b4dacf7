"""Errors the engine raises. Each names what is wrong so a caller can show it as it is."""

from __future__ import annotations

from dataclasses import dataclass


class PreflightError(Exception):
    """Base class of the engine's errors."""


class InputError(PreflightError):
    """A draft that cannot be screened: empty, not text, too long."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class PolicyProblem:
    file: str
    rule_id: str | None
    field: str | None
    expected: str

    def __str__(self) -> str:
        where = [self.file]
        if self.rule_id:
            where.append(f"rule {self.rule_id!r}")
        if self.field:
            where.append(f"field {self.field!r}")
        return f"{': '.join(where)}: {self.expected}"


class PolicyError(PreflightError):
    """A policy that failed validation. Nothing of it was loaded."""

    def __init__(self, problems: list[PolicyProblem]) -> None:
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"invalid policy ({len(problems)} problem(s)):\n{lines}")
