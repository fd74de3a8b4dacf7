"""Where in its YAML file a policy problem is: the line of the rule, field or example it names.

The policy loader reports problems by file, rule id and field path (``options.patterns[0].name``);
``preflight rules check`` adds the line by composing the file (``yaml.compose`` keeps every node's
position) and following that path from the rule with that id, or from the top of the file."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path

import yaml
from preflight.engine.errors import PolicyProblem
from preflight.engine.policy.examples import Example

_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


@functools.lru_cache(maxsize=64)
def _compose(path: str) -> yaml.Node | int | None:
    """The file's node tree; the line of its syntax error (an int) if it has one; None if unreadable."""
    try:
        return yaml.compose(Path(path).read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return mark.line + 1 if mark is not None else None
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None


def _parts(field: str) -> Iterator[str | int]:
    for name, index in _PART.findall(field):
        yield int(index) if index else name


def _child(node: yaml.Node, part: str | int) -> tuple[yaml.Node, yaml.Node] | None:
    """(the node that names ``part``: a mapping key or the item itself, the value) or None."""
    if isinstance(node, yaml.MappingNode) and isinstance(part, str):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == part:
                return key, value
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        return node.value[part], node.value[part]
    return None


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _rule(root: yaml.Node, rule_id: str) -> yaml.Node | None:
    found = _child(root, "rules")
    if found is None or not isinstance(found[1], yaml.SequenceNode):
        return None
    for item in found[1].value:
        named = _child(item, "id")
        if named is not None and isinstance(named[1], yaml.ScalarNode) and named[1].value == rule_id:
            return item
    return None


def _follow(node: yaml.Node, field: str | None) -> int:
    """The line of the deepest node of ``field`` that the file has (a missing field: its parent)."""
    line = _line(node)
    for part in _parts(field or ""):
        found = _child(node, part)
        if found is None:
            break
        line, node = _line(found[0]), found[1]
    return line


def problem_line(problem: PolicyProblem) -> int | None:
    root = _compose(problem.file)
    if root is None or isinstance(root, int):
        return root
    start = root if problem.rule_id is None else _rule(root, problem.rule_id)
    if start is None:
        return None
    return _follow(start, problem.field)


def example_line(example: Example) -> int | None:
    root = _compose(example.file)
    rule = _rule(root, example.rule_id) if isinstance(root, yaml.Node) else None
    found = _child(rule, "examples") if rule is not None else None
    if found is None:
        return _line(rule) if rule is not None else None
    kind = _child(found[1], example.kind)
    if kind is None or not isinstance(kind[1], yaml.SequenceNode):
        return _line(found[0])
    for item in kind[1].value:
        text = _child(item, "text")
        scalar = text[1] if text is not None else item
        if isinstance(scalar, yaml.ScalarNode) and scalar.value == example.text:
            return _line(item)
    return _line(kind[0])


def describe_problem(problem: PolicyProblem) -> str:
    """``file: rule 'id': line N: field 'path': what was expected``."""
    where = [problem.file]
    if problem.rule_id:
        where.append(f"rule {problem.rule_id!r}")
    line = problem_line(problem)
    if line is not None:
        where.append(f"line {line}")
    if problem.field:
        where.append(f"field {problem.field!r}")
    return f"{': '.join(where)}: {problem.expected}"
