"""Decision assembly: thresholds, masking, offsets, one finding per category, bad input, fail closed."""

from __future__ import annotations

import pytest
from preflight.engine import Engine, InputError
from preflight.engine.engine import MASK
from preflight.engine.nlp import NlpResources
from preflight.settings import Settings

from tests.conftest import ACME, DEFAULT_RULES


def test_clean_draft_is_approved_with_versions(engine: Engine) -> None:
    decision = engine.screen("Thank you, Nashville! See you at next year's conference.")
    assert decision.decision == "approve"
    assert decision.findings == []
    assert decision.complete is True
    assert decision.policy_version == engine.policy.version
    assert decision.engine_version.startswith("preflight-")
    assert decision.redacted_text == "Thank you, Nashville! See you at next year's conference."


def test_low_findings_alone_do_not_flag(engine: Engine) -> None:
    decision = engine.screen("It was one hell of a launch week.")
    assert {f.severity for f in decision.findings} == {"low"}
    assert decision.decision == "approve"


def test_medium_finding_flags_and_threshold_comes_from_policy(engine: Engine, tmp_path) -> None:
    text = "Our herbal tea cures migraines."
    assert engine.screen(text).decision == "flag"
    (tmp_path / "lenient").mkdir()
    (tmp_path / "lenient" / "t.yaml").write_text("flag_threshold: high\n")
    lenient = Engine.from_settings(Settings(default_rules_dir=DEFAULT_RULES), [ACME, tmp_path / "lenient"])
    lenient.nlp = engine.nlp  # reuse the loaded model
    assert lenient.screen(text).decision == "approve"


def test_sensitive_spans_are_masked_with_the_same_length(engine: Engine) -> None:
    text = "Refund to card 4111 1111 1111 1111 or mail me at jo.smith77@gmail.com please 🙏"
    decision = engine.screen(text)
    assert len(decision.redacted_text) == len(text)
    for f in decision.findings:
        if f.category.startswith("pii.") or f.category == "secret":
            value = text[f.start : f.end]
            assert set(decision.redacted_text[f.start : f.end]) <= {MASK, " "}
            assert value not in decision.redacted_text
            assert value not in f.excerpt
    assert "4111" not in decision.redacted_text and "gmail" not in decision.redacted_text


def test_offsets_are_code_points_and_utf16_for_javascript(engine: Engine) -> None:
    text = "🎉🎉 Party! Our tea cures migraines"
    (finding,) = [f for f in engine.screen(text).findings if f.category == "claims.health"]
    assert text[finding.start : finding.end] == "cures migraines"
    utf16 = text.encode("utf-16-le")
    assert utf16[finding.utf16_start * 2 : finding.utf16_end * 2].decode("utf-16-le") == "cures migraines"
    assert finding.utf16_start == finding.start + 2  # two astral emoji before it


def test_offsets_point_into_the_original_when_the_view_differs(engine: Engine) -> None:
    text = "Our tea ｃｕｒｅｓ migr\u200baines!"
    (finding,) = [f for f in engine.screen(text).findings if f.category == "claims.health"]
    assert text[finding.start : finding.end] == "ｃｕｒｅｓ migr\u200baines"


def test_overlapping_findings_of_one_category_are_reported_once(engine: Engine) -> None:
    # "100% guaranteed" and "guaranteed results" are two patterns of one rule that overlap.
    decision = engine.screen("100% guaranteed results for every client.")
    guarantees = [f for f in decision.findings if f.category == "claims.guarantee"]
    assert len(guarantees) == 1
    assert decision.redacted_text[guarantees[0].start : guarantees[0].end] == "100% guaranteed results"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty_text"),
        ("   \n\t ", "empty_text"),
        (None, "invalid_type"),
        (42, "invalid_type"),
        (["a list"], "invalid_type"),
        ("x" * 100_001, "text_too_long"),
    ],
)
def test_bad_input_gets_a_clear_error(engine: Engine, text: object, code: str) -> None:
    with pytest.raises(InputError) as caught:
        engine.screen(text)
    assert caught.value.code == code
    assert caught.value.message


def test_maximum_length_is_a_setting(engine: Engine) -> None:
    short = Engine(engine.policy, Settings(default_rules_dir=DEFAULT_RULES, max_text_length=10), engine.nlp)
    with pytest.raises(InputError, match="maximum is 10"):
        short.screen("eleven chars")
    assert short.screen("ten chars!").decision == "approve"


class CountingNlp(NlpResources):
    def __init__(self, inner: NlpResources) -> None:
        super().__init__(inner.model_name)
        self._nlp = inner.nlp
        self.ner_calls = 0
        self.token_calls = 0

    def entities(self, pieces):
        self.ner_calls += 1
        return super().entities(pieces)

    def tokenize(self, texts):
        self.token_calls += 1
        return super().tokenize(texts)


def test_nlp_runs_at_most_once_per_draft_and_not_at_all_without_triggers(engine: Engine) -> None:
    counting = CountingNlp(engine.nlp)
    probe = Engine(engine.policy, engine.settings, counting).warm_up()
    counting.ner_calls = counting.token_calls = 0
    probe.screen("Tom Baker was diagnosed with diabetes. Sarah Kim got fired. Revenue will double!")
    assert (counting.ner_calls, counting.token_calls) == (1, 1)
    probe.screen("A plain post about croissants.")
    assert (counting.ner_calls, counting.token_calls) == (1, 1)  # no trigger or anchor word: no NLP


def test_draft_beyond_the_ner_budget_is_incomplete_and_flagged(engine: Engine) -> None:
    small_budget = Settings(default_rules_dir=DEFAULT_RULES, ner_char_budget=40)
    probe = Engine(engine.policy, small_budget, engine.nlp)
    text = " ".join(f"Person number {i} was diagnosed today." for i in range(5))
    decision = probe.screen(text)
    assert decision.complete is False
    assert decision.decision == "flag"
    assert decision.incomplete_reasons


def test_warm_up_is_idempotent(engine: Engine) -> None:
    assert engine.warm_up() is engine


def test_findings_are_capped_per_category_but_every_value_is_masked(engine: Engine) -> None:
    from preflight.engine.engine import MAX_FINDINGS_PER_CATEGORY

    addresses = [f"person{i}.name@gmail.com" for i in range(MAX_FINDINGS_PER_CATEGORY + 20)]
    decision = engine.screen("Mailing list: " + ", ".join(addresses))
    emails = [f for f in decision.findings if f.category == "pii.email"]
    assert len(emails) == MAX_FINDINGS_PER_CATEGORY
    assert "gmail" not in decision.redacted_text


def test_draft_beyond_the_claim_pattern_budget_is_incomplete_and_flagged(engine: Engine) -> None:
    small_budget = Settings(default_rules_dir=DEFAULT_RULES, token_char_budget=60)
    probe = Engine(engine.policy, small_budget, engine.nlp)
    text = "Our revenue will double. " * 3 + "Thanks to the team for a lovely quarter."
    decision = probe.screen(text)
    assert decision.complete is False and decision.decision == "flag"
    assert any("claim patterns" in reason for reason in decision.incomplete_reasons)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("One. Two! Three?", ["One.", " Two!", " Three?"]),
        ("Version 4.12.0 is out... really.", ["Version 4.12.0 is out...", " really."]),
        ("Line one\nLine two", ["Line one\n", "Line two"]),
        ("." * 50, ["." * 50]),
    ],
)
def test_sentence_bounds(engine: Engine, text: str, sentences: list[str]) -> None:
    from preflight.engine.context import ScanContext
    from preflight.engine.text import normalise

    ctx = ScanContext(normalise(text), engine.nlp)
    assert [text[s:e] for s, e in ctx.sentence_bounds] == sentences
