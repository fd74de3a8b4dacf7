"""Loads the default policy and its overlays, validates all of it, and builds the detectors.

Every directory is read in order: the defaults, then each overlay. Within a directory the YAML files
are read in name order and a rule id may appear once. An overlay may:
  - extend any list under ``lists`` (code names, allow-listed domains, addresses, numbers);
  - patch an existing rule by id (``severity: low``, ``enabled: false``, new ``options`` keys);
  - add a new rule (all fields required);
  - change ``flag_threshold``.
Options an overlay writes are validated with ``linear_time_patterns`` in the context: their regular
expressions must compile in RE2 and run there (preflight.engine.detectors.patterns), so an
organisation's pattern cannot hang screening.
Problems are collected across all files and reported together; if there is any, nothing loads.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from preflight.engine.detectors.base import OVERLAY_OPTIONS, Detector, registered
from preflight.engine.errors import PolicyError, PolicyProblem
from preflight.engine.policy.model import Policy, PolicyFile, PolicyLists, Rule

_RULE_FIELDS = set(Rule.model_fields)
# libyaml's safe loader when PyYAML was built with it (its wheels are): ten times faster than the
# pure-Python one, which took half a second of the cold start on the default policy.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _field_path(loc: Sequence[int | str]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _describe(error: ErrorDetails) -> str:
    message = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
    if error.get("type") == "missing":
        return "a value is required"
    if error.get("type") == "extra_forbidden":
        return "no such field"
    given = error.get("input")
    if isinstance(given, dict | list) or given is None:
        return message
    shown = repr(given)
    return f"{message} (got {shown[:60] + '…' if len(shown) > 60 else shown})"


def _problems(err: ValidationError, file: str, rule_id: str | None, prefix: str = "") -> list[PolicyProblem]:
    out = []
    for e in err.errors():
        path = _field_path(e["loc"])
        field = f"{prefix}.{path}" if prefix and path else (prefix or path or None)
        out.append(PolicyProblem(file, rule_id, field, _describe(e)))
    return out


# Validation context of the detectors' options when the policy is loaded without its detectors: checks
# that need spaCy (Matcher token patterns) are skipped (preflight.engine.detectors.claims).
WITHOUT_NLP = {"without_nlp": True}


def _valid_fields(raw: object, err: ValidationError) -> PolicyFile | None:
    """The fields of a file's top level that no error in ``err`` names, or None when nothing can be
    read (not a mapping, or of another schema version, whose rules would be read wrongly)."""
    if not isinstance(raw, dict):
        return None
    invalid = {error["loc"][0] for error in err.errors() if error["loc"]}
    if "schema_version" in invalid:
        return None
    try:
        return PolicyFile.model_validate({key: value for key, value in raw.items() if key not in invalid})
    except ValidationError:
        return None


class _Merger:
    def __init__(self) -> None:
        self.problems: list[PolicyProblem] = []
        self.flag_threshold = "medium"
        self.lists: dict[str, list[str]] = {}
        self.rules: dict[str, dict[str, Any]] = {}
        self.field_sources: dict[str, dict[str, str]] = {}
        # rule id -> option name -> the file that wrote it (an overlay may patch one option of a rule)
        self.option_sources: dict[str, dict[str, str]] = {}
        self.sources: list[str] = []
        self.default_files: set[str] = set()

    def read_directory(self, directory: Path, *, is_default: bool) -> None:
        if not directory.is_dir():
            self.problems.append(
                PolicyProblem(str(directory), None, None, "a directory of YAML policy files")
            )
            return
        files = sorted(p for p in directory.iterdir() if p.suffix in {".yaml", ".yml"} and p.is_file())
        if not files:
            self.problems.append(PolicyProblem(str(directory), None, None, "at least one .yaml policy file"))
        seen_here: dict[str, str] = {}
        for path in files:
            self.read_file(path, seen_here, is_default=is_default)

    def read_file(self, path: Path, seen_here: dict[str, str], *, is_default: bool) -> None:
        name = str(path)
        self.sources.append(name)
        if is_default:
            self.default_files.add(name)
        try:
            raw = yaml.load(path.read_bytes().decode("utf-8"), Loader=_YAML_LOADER)
        except UnicodeDecodeError as exc:
            self.problems.append(
                PolicyProblem(name, None, None, f"UTF-8 text ({exc.reason} at byte {exc.start})")
            )
            return
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            reason = getattr(exc, "problem", None) or str(exc)
            self.problems.append(PolicyProblem(name, None, None, f"valid YAML{where}: {reason}"))
            return
        if raw is None:
            return
        try:
            doc = PolicyFile.model_validate(raw)
        except ValidationError as err:
            self.problems.extend(_problems(err, name, None))
            # The file's valid fields are still read, so that one run names every problem: a
            # misspelt top-level key does not hide the problems of the file's rules.
            valid = _valid_fields(raw, err)
            if valid is None:
                return
            doc = valid
        if doc.flag_threshold:
            self.flag_threshold = doc.flag_threshold
        for list_name, entries in doc.lists.items():
            if list_name not in PolicyLists.model_fields:
                known = ", ".join(PolicyLists.model_fields)
                self.problems.append(PolicyProblem(name, None, f"lists.{list_name}", f"one of: {known}"))
                continue
            self.lists.setdefault(list_name, []).extend(entries)
        for index, rule in enumerate(doc.rules):
            self.merge_rule(rule, index, name, seen_here, is_default=is_default)

    def merge_rule(
        self, rule: dict[str, Any], index: int, file: str, seen_here: dict[str, str], *, is_default: bool
    ) -> None:
        rule_id = rule.get("id")
        if not isinstance(rule_id, str) or not rule_id:
            self.problems.append(PolicyProblem(file, None, f"rules[{index}].id", "a rule id (a string)"))
            return
        if rule_id in seen_here:
            self.problems.append(
                PolicyProblem(
                    file, rule_id, "id", f"a unique rule id (already defined in {seen_here[rule_id]})"
                )
            )
            return
        seen_here[rule_id] = file
        unknown = set(rule) - _RULE_FIELDS
        for field in sorted(unknown):
            self.problems.append(
                PolicyProblem(
                    file, rule_id, field, f"no such field; rule fields are {', '.join(Rule.model_fields)}"
                )
            )
        existing = self.rules.get(rule_id)
        sources = self.field_sources.setdefault(rule_id, {})
        options = rule.get("options")
        option_names = list(options) if isinstance(options, dict) else []
        if existing is None or is_default:
            self.rules[rule_id] = dict(rule)
            sources.update(dict.fromkeys(rule, file))
            self.option_sources[rule_id] = dict.fromkeys(option_names, file)
            return
        # An overlay patches the rule: fields replace, option keys replace one by one.
        for field, value in rule.items():
            if field == "options" and isinstance(value, dict) and isinstance(existing.get("options"), dict):
                existing["options"] = {**existing["options"], **value}
                self.option_sources.setdefault(rule_id, {}).update(dict.fromkeys(option_names, file))
            elif field == "options":
                existing[field] = value
                self.option_sources[rule_id] = dict.fromkeys(option_names, file)
            else:
                existing[field] = value
            sources[field] = file

    def build(self, *, with_detectors: bool = True) -> Policy:
        detector_types = registered()
        rules: list[Rule] = []
        detectors: list[Detector] = []
        try:
            lists = PolicyLists.model_validate(self.lists)
        except ValidationError as err:
            self.problems.extend(_problems(err, self.sources[-1] if self.sources else "lists", None, "lists"))
            lists = PolicyLists()
        for rule_id, raw in self.rules.items():
            sources = self.field_sources[rule_id]
            first_file = next(iter(sources.values()))
            try:
                rule = Rule.model_validate(raw)
            except ValidationError as err:
                for e in err.errors():
                    field = str(e["loc"][0]) if e["loc"] else None
                    file = sources.get(field, first_file) if field else first_file
                    self.problems.append(
                        PolicyProblem(file, rule_id, _field_path(e["loc"]) or None, _describe(e))
                    )
                continue
            detector_type = detector_types.get(rule.detector)
            if detector_type is None:
                self.problems.append(
                    PolicyProblem(
                        sources.get("detector", first_file),
                        rule_id,
                        "detector",
                        f"one of the registered detectors: {', '.join(sorted(detector_types))} "
                        f"(got {rule.detector!r})",
                    )
                )
                continue
            context: dict[str, object] = {} if with_detectors else dict(WITHOUT_NLP)
            overlay_options = {
                name
                for name, file in self.option_sources.get(rule_id, {}).items()
                if file not in self.default_files
            }
            if overlay_options:
                context[OVERLAY_OPTIONS] = overlay_options
            try:
                options: BaseModel = detector_type.Options.model_validate(
                    rule.options, context=context or None
                )
            except ValidationError as err:
                self.problems.extend(_problems(err, sources.get("options", first_file), rule_id, "options"))
                continue
            # Store the options as validated, defaults filled in: that is what the version hashes.
            rule = rule.model_copy(update={"options": options.model_dump(mode="json")})
            rules.append(rule)
            if rule.enabled and with_detectors:
                detectors.append(detector_type(rule, options, lists))
        if self.problems:
            raise PolicyError(self.problems)
        for detector in detectors:
            detector.bind(detectors)
        return Policy(
            flag_threshold=self.flag_threshold,  # type: ignore[arg-type]
            lists=lists,
            rules=tuple(rules),
            detectors=tuple(detectors),
            sources=tuple(self.sources),
            rule_files={
                rule.id: self.field_sources[rule.id].get(
                    "examples", next(iter(self.field_sources[rule.id].values()))
                )
                for rule in rules
            },
        )


def load_policy(
    default_dir: Path, overlay_dirs: Sequence[Path] = (), *, with_detectors: bool = True
) -> Policy:
    """Load, merge and validate a policy. Raises ``PolicyError`` naming every problem found.

    ``with_detectors=False`` loads the rules alone, for functions that show the policy but never
    screen (GET /policy): no detector is built and spaCy is not imported, so the Matcher patterns'
    spaCy check is left to the screening function's load; the version is the same."""
    merger = _Merger()
    merger.read_directory(Path(default_dir), is_default=True)
    for directory in overlay_dirs:
        merger.read_directory(Path(directory), is_default=False)
    return merger.build(with_detectors=with_detectors)
