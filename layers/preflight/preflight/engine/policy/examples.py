"""Runs every rule's ``examples`` through the engine: the same check for the default policy and for an
organisation's overlay rules (``preflight rules check``, tests/engine/secrets/test_secret_examples.py).

A ``match`` example must give a hit of its rule over exactly its secret (the whole text when the
example is a plain string); a ``no_match`` example must give no hit of its rule. Hits are read before
overlapping findings of a category are merged, through the whole engine (keyword prefilter included),
so a keyword that would hide a pattern fails here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from preflight.engine.policy.model import MatchExample

if TYPE_CHECKING:
    from preflight.engine.engine import Engine
    from preflight.engine.policy.model import Rule

_SHOWN = 60


@dataclass(frozen=True)
class Example:
    rule_id: str
    file: str
    kind: str  # "match" or "no_match"
    text: str
    secret: str | None  # for a match: the span the rule must report

    @property
    def label(self) -> str:
        shown = self.text if len(self.text) <= _SHOWN else self.text[: _SHOWN - 1] + "…"
        return f"{self.rule_id} {self.kind} {shown!r}"


@dataclass(frozen=True)
class ExampleFailure:
    example: Example
    reason: str

    def __str__(self) -> str:
        e = self.example
        return f"{e.file}: {e.rule_id}: {e.kind} example {e.label.split(' ', 2)[2]}: {self.reason}"


def examples_of(rules: tuple[Rule, ...], rule_files: dict[str, str]) -> Iterator[Example]:
    """Every example of the enabled rules (a disabled rule has no detector to run)."""
    for rule in rules:
        if rule.examples is None or not rule.enabled:
            continue
        file = rule_files.get(rule.id, "?")
        for item in rule.examples.match:
            text, secret = (item.text, item.secret) if isinstance(item, MatchExample) else (item, item)
            yield Example(rule.id, file, "match", text, secret)
        for text in rule.examples.no_match:
            yield Example(rule.id, file, "no_match", text, None)


def check_example(engine: Engine, example: Example) -> ExampleFailure | None:
    spans = [(start, end) for rule_id, start, end in engine.hits(example.text) if rule_id == example.rule_id]
    if example.kind == "no_match":
        if spans:
            start, end = spans[0]
            return ExampleFailure(example, f"the rule reported characters {start}-{end}")
        return None
    assert example.secret is not None
    at = example.text.find(example.secret)
    expected = (at, at + len(example.secret))
    if expected in spans:
        return None
    if not spans:
        return ExampleFailure(example, "the rule reported nothing")
    got = ", ".join(f"{s}-{e}" for s, e in spans)
    return ExampleFailure(example, f"the rule reported characters {got}, not {expected[0]}-{expected[1]}")


def check_examples(engine: Engine) -> tuple[int, list[ExampleFailure]]:
    """(examples run, failures) for the engine's policy."""
    policy = engine.policy
    examples = list(examples_of(policy.rules, policy.rule_files))
    failures = [f for f in (check_example(engine, e) for e in examples) if f is not None]
    return len(examples), failures
