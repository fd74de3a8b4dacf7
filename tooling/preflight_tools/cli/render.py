"""The human view of a decision (``preflight screen`` on a terminal, or ``--format text``): the draft
with each finding highlighted and numbered, then one line per finding.

What a draft holds is printed to a terminal, so nothing of it may act on the terminal: control
characters (an escape sequence could move the cursor, retitle the window or hide text), bidirectional
overrides (which reorder what is shown) and other invisible format characters are printed as
visible escapes (``\\x1b``, ``\\u202e``), which also shows a reader the hidden characters a finding
may be about. The same holds for the policy's messages and guidance. Colour is ANSI (SGR) and only
on request (``colour``: a terminal without NO_COLOR); without it, highlighted runs are «bracketed».
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from preflight.engine.findings import Severity

RESET = "\x1b[0m"
DIM = "\x1b[2m"
BOLD = "\x1b[1m"
# Highlight of a span by the highest severity covering it: reverse video in the severity's colour.
SPAN_STYLE = {"high": "\x1b[1;7;31m", "medium": "\x1b[1;7;33m", "low": "\x1b[7;36m"}
SEVERITY_STYLE = {"high": "\x1b[1;31m", "medium": "\x1b[1;33m", "low": "\x1b[36m"}
DECISION_STYLE = {"flag": "\x1b[1;31m", "approve": "\x1b[1;32m"}
OPEN, CLOSE = "«", "»"
# Zero-width joiner: it holds emoji sequences together and moves no text; every other format
# character (bidi controls, zero-width spaces, the BOM...) is shown escaped.
_KEPT_FORMAT = {"\u200d"}


def _is_safe(char: str) -> bool:
    if char in "\n\t":
        return True
    category = unicodedata.category(char)
    if category in ("Cc", "Cs", "Co", "Cn", "Zl", "Zp"):
        return False
    return category != "Cf" or char in _KEPT_FORMAT


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def visible(text: str) -> str:
    """``text`` with every character that could act on a terminal, or hide, shown as an escape."""
    return "".join(char if _is_safe(char) else _escape(char) for char in text)


def _paint(text: str, style: str, colour: bool) -> str:
    return f"{style}{text}{RESET}" if colour and text else text


def _strongest(severities: Sequence[str]) -> str:
    # The engine's own scale ranks them (an unknown name, from a newer policy, ranks lowest).
    return max(severities, key=lambda s: Severity[s] if s in Severity.__members__ else 0)


def highlighted_draft(text: str, findings: Sequence[Mapping[str, Any]], *, colour: bool) -> str:
    """The draft, each finding's span highlighted and followed by its number ``[n]`` (numbers in the
    order of ``findings``, starting at 1). Overlapping spans share one highlight, painted in the
    highest severity among them. Findings of a metadata field (``field``) are not in the text."""
    spans = [
        (number, int(f["start"]), int(f["end"]), str(f.get("severity", "low")))
        for number, f in enumerate(findings, start=1)
        if f.get("field") is None and 0 <= int(f["start"]) <= int(f["end"]) <= len(text)
    ]
    # Cut the text wherever a span starts or ends; each piece is covered by a fixed set of spans.
    cuts = sorted({0, len(text), *(s for _, s, _, _ in spans), *(e for _, _, e, _ in spans)})
    ends_at: dict[int, list[int]] = {}
    for number, _, end, _ in spans:
        ends_at.setdefault(end, []).append(number)

    def numbers(position: int) -> str:
        return _paint("".join(f"[{n}]" for n in ends_at.get(position, ())), DIM, colour)

    out = [numbers(0)]
    covered = False
    for start, end in itertools.pairwise(cuts):
        covering = [severity for _, s, e, severity in spans if s <= start and end <= e]
        piece = visible(text[start:end])
        if colour:
            out.append(_paint(piece, SPAN_STYLE[_strongest(covering)], colour) if covering else piece)
        else:
            if bool(covering) != covered:
                out.append(OPEN if covering else CLOSE)
            out.append(piece)
            covered = bool(covering)
            if covered and end in ends_at and not any(s <= end < e for _, s, e, _ in spans):
                out.append(CLOSE)  # before the numbers: «value»[1]
                covered = False
        out.append(numbers(end))
    if covered:
        out.append(CLOSE)
    return "".join(out)


def finding_line(number: int, finding: Mapping[str, Any], *, colour: bool, width: int = 0) -> str:
    """``  [n] SEVERITY  category  rule_id  message — guidance`` (guidance when the rule has one)."""
    severity = str(finding.get("severity", ""))
    parts = [
        f"  [{number}]",
        _paint(f"{severity:<6}", SEVERITY_STYLE.get(severity, ""), colour),
        f"{visible(str(finding.get('category', ''))):<{width}}",
        _paint(visible(str(finding.get("rule_id", ""))), DIM, colour),
        visible(str(finding.get("message", ""))),
    ]
    line = " ".join(parts)
    guidance = finding.get("guidance")
    if guidance:
        line += " — " + visible(str(guidance))
    where = finding.get("field")
    if where:
        line += f" (in {visible(str(where))})"
    return line


def decision_text(text: str, result: Mapping[str, Any], *, colour: bool, title: str = "") -> str:
    """The whole human view of one decision (``result``: ``Decision.to_dict()``)."""
    findings = list(result.get("findings") or [])
    decision = str(result.get("decision", ""))
    count = f"{len(findings)} finding" + ("" if len(findings) == 1 else "s")
    head = _paint(decision.upper(), DECISION_STYLE.get(decision, BOLD), colour)
    lines = [f"{visible(title) + '  ' if title else ''}{head}  {count}"]
    if not result.get("complete", True):
        reasons = ", ".join(visible(str(r)) for r in result.get("incomplete_reasons") or []) or "unknown"
        lines.append(f"  not read whole ({reasons}): flagged for a person to read")
    lines += ["", highlighted_draft(text, findings, colour=colour), ""]
    width = max((len(visible(str(f.get("category", "")))) for f in findings), default=0)
    lines += [
        finding_line(number, f, colour=colour, width=width) for number, f in enumerate(findings, start=1)
    ]
    version = str(result.get("policy_version", ""))[:12]
    if version:
        lines.append(
            _paint(f"policy {version}, engine {visible(str(result.get('engine_version', '')))}", DIM, colour)
        )
    return "\n".join(lines) + "\n"
