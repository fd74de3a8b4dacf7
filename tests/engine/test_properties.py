"""Properties that hold for any draft: spans slice what they describe, masked values never leak."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from preflight.engine.engine import MASK

SENSITIVE_VALUES = [
    "jamie.lee84@gmail.com",
    "priya [at] outlook [dot] com",
    "4111 1111 1111 1111",
    "5500-0000-0000-0004",
    "371449635398431",
    "536-22-8841",
    "DE89 3704 0044 0532 0130 00",
    "GB82WEST12345698765432",
    "(312) 555-0147",
    "+44 7700 900555",
    "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
    "AKIA" + "QWERTYUIOPASDFGH",
    "password: hunter2!",
    "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx",
]
WORDS = [
    "launch", "team", "Friday", "revenue", "guaranteed", "cures", "Project Falcon", "f*ck", "hell",
    "internal only", "bit.ly/x1", "10.0.0.8", "Tom Baker was diagnosed", "café", "🎉", "👩‍💻", "ｆｕｌｌ",
    "zero\u200bwidth", "pаypal", "\n", "  ", ",", ".", "!", "123", "2024-09-15",
]  # fmt: skip

fragments = st.lists(st.sampled_from(SENSITIVE_VALUES + WORDS), min_size=1, max_size=25)
separators = st.sampled_from([" ", " ", "\n", " — ", ", ", "\u200b"])


@st.composite
def drafts(draw) -> str:
    parts = draw(fragments)
    seps = draw(st.lists(separators, min_size=len(parts), max_size=len(parts)))
    text = "".join(p + s for p, s in zip(parts, seps, strict=True)).strip()
    return text or "x"


common = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@common
@given(text=drafts())
def test_every_finding_slices_the_text_it_describes(engine, text: str) -> None:
    decision = engine.screen(text)
    utf16 = text.encode("utf-16-le")
    for f in decision.findings:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end].strip()
        assert utf16[f.utf16_start * 2 : f.utf16_end * 2].decode("utf-16-le") == text[f.start : f.end]
    assert len(decision.redacted_text) == len(text)


@common
@given(text=drafts())
def test_no_masked_value_survives_in_redacted_text_or_excerpts(engine, text: str) -> None:
    decision = engine.screen(text)
    sensitive = [f for f in decision.findings if f.category.startswith("pii.") or f.category == "secret"]
    for f in sensitive:
        assert set(decision.redacted_text[f.start : f.end]) <= {MASK} | set(" \n\t\r\u200b")
        value = text[f.start : f.end]
        if len(value.strip()) >= 6:
            assert value not in decision.redacted_text
            assert all(value not in other.excerpt for other in decision.findings)


@common
@given(text=drafts())
def test_decision_follows_findings_and_completeness(engine, text: str) -> None:
    decision = engine.screen(text)
    should_flag = not decision.complete or any(f.severity in ("medium", "high") for f in decision.findings)
    assert decision.decision == ("flag" if should_flag else "approve")


@common
@given(value=st.sampled_from(SENSITIVE_VALUES), before=st.sampled_from(WORDS), after=st.sampled_from(WORDS))
def test_each_sensitive_value_is_found_and_masked_in_context(
    engine, value: str, before: str, after: str
) -> None:
    text = f"{before} {value} {after}"
    decision = engine.screen(text)
    assert decision.decision == "flag"
    start = text.index(value)
    masked = decision.redacted_text[start : start + len(value)]
    assert sum(ch == MASK for ch in masked) >= sum(not ch.isspace() for ch in value) // 2
