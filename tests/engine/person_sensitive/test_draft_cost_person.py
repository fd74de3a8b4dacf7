"""What a draft costs the person rules (issue 11, session 32): a patterned term runs only on a draft
holding one of the words its every match holds, the Hindi rule reads only drafts with a Devanagari
letter, a rule with ``language_words`` is not called on a draft without one, and apposed ages are
looked for only where one can start. Each skip is checked against the same work done without it."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from preflight.engine import Engine
from preflight.engine.context import ScanContext
from preflight.engine.detectors.person_sensitive import PersonSensitiveDetector
from preflight.engine.detectors.person_sensitive.detector import HAS_DIGIT, _apposed_ages
from preflight.engine.detectors.person_sensitive.literals import cover_words, required_literals
from preflight.engine.detectors.person_sensitive.names import AGE_AFTER, AGE_SIGN
from preflight.engine.detectors.person_sensitive.terms import PatternedTerm, term_words
from preflight.engine.text import normalise

common = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _rules(engine: Engine) -> list[PersonSensitiveDetector]:
    return [d for d in engine.policy.detectors if isinstance(d, PersonSensitiveDetector)]


def _context(engine: Engine, text: str) -> ScanContext:
    return ScanContext(normalise(text), engine.nlp)


def _patterned(engine: Engine) -> list[PatternedTerm]:
    return [term for rule in _rules(engine) for term in rule._terms._patterned]


# Letters whose lower case is longer (İ), folds onto an ASCII letter only under a case flag (ſ, the
# Kelvin sign) or depends on its neighbours (Σ): the drafts where the lowered text is not the draft's.
_ODD = ["İ", "ſ", "\u212a", "Σ", "ΑΣ", "ß", "Straße", "\u00a0"]
_SIGNS = ["12", "7", "1.5", "3,000", "45", "€", "$", "k", "-", ".", ",", "(", ")", "'", ":"]


def _pieces(term: PatternedTerm) -> list[str]:
    """The term's own words (as written, lower-cased and capitalised), numbers, signs, odd letters."""
    words = set(re.findall(r"[^\W\d_]+", term.fast.pattern))
    return sorted(words | {w.lower() for w in words} | {w.capitalize() for w in words}) + _SIGNS + _ODD


@st.composite
def _term_and_draft(draw: st.DrawFn, terms: list[PatternedTerm]) -> tuple[PatternedTerm, str]:
    term = draw(st.sampled_from(terms))
    pieces = _pieces(term)
    in_order = re.findall(r"[^\W\d_]+|\\d", term.fast.pattern)
    start = draw(st.integers(0, max(0, len(in_order) - 1)))
    run = [("45" if w == "\\d" else w) for w in in_order[start : start + draw(st.integers(0, 5))]]
    words = [
        *draw(st.lists(st.sampled_from(pieces), max_size=4)),
        *run,
        *draw(st.lists(st.sampled_from(pieces), max_size=4)),
    ]
    glue = draw(st.lists(st.sampled_from([" ", " ", "", ", "]), min_size=len(words), max_size=len(words)))
    text = "".join(w + g for w, g in zip(words, glue, strict=True))
    return term, draw(st.sampled_from([text, text.lower(), text.upper()]))


@common
@given(data=st.data())
def test_every_match_of_a_term_holds_one_of_its_words(engine: Engine, data: st.DataObject) -> None:
    """The claim the skip rests on (``term_words``): wherever a term matches, the lowered draft holds
    one of its words. Checked on drafts built from the term's own words, in its own order too."""
    terms = [t for t in _patterned(engine) if term_words(t.fast.pattern, t.fast is not t.exact)]
    term, text = data.draw(_term_and_draft(terms))
    case_free = term.fast is not term.exact
    words = term_words(term.fast.pattern, case_free)
    assert words is not None
    lowered = text.lower()
    read = lowered if case_free else text
    if case_free and len(lowered) != len(text):
        return  # that term runs over the draft itself there, unfiltered
    if term.fast.search(read):
        assert any(w in lowered for w in words), (term.fast.pattern[:80], text, sorted(words))


@common
@given(data=st.data())
def test_the_terms_a_draft_skips_would_have_found_nothing(engine: Engine, data: st.DataObject) -> None:
    """Each rule's trigger terms find the same in a draft whether or not the terms whose words it
    lacks are skipped (with the skip forced off: every term runs)."""
    _, text = data.draw(_term_and_draft(_patterned(engine)))
    for rule in _rules(engine):
        ctx = _context(engine, text)
        has_digit = HAS_DIGIT.search(ctx.text) is not None
        skipping = rule._terms.find(ctx, has_digit)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(rule._terms, "_words", None)
            every_term = rule._terms.find(_context(engine, text), has_digit)
        assert skipping == every_term, (rule.rule.id, text)


def test_most_terms_of_the_default_policy_have_words(engine: Engine) -> None:
    terms = _patterned(engine)
    with_words = [t for t in terms if term_words(t.fast.pattern, t.fast is not t.exact)]
    assert len(with_words) >= 0.8 * len(terms)


def test_a_term_whose_words_the_draft_lacks_is_not_run(engine: Engine) -> None:
    (english,) = [r for r in _rules(engine) if r.rule.id == "pii.person_sensitive"]
    terms = english._terms
    transplant = [
        t
        for t in terms._patterned
        if "transplant" in (term_words(t.fast.pattern, t.fast is not t.exact) or ())
    ]
    assert transplant
    ran: list[str] = []
    original = PatternedTerm.matches

    def spy(self: PatternedTerm, text: str):  # type: ignore[no-untyped-def]
        ran.append(self.fast.pattern)
        return original(self, text)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(PatternedTerm, "matches", spy)
        terms.find(_context(engine, "Quick update: the quarterly review is on Thursday."), False)
        assert not any(t.fast.pattern in ran for t in transplant)
        ran.clear()
        found = terms.find(_context(engine, "Dana had a kidney transplant in May."), False)
        assert any(t.fast.pattern in ran for t in transplant)
        assert any(topic == "health" for _, _, topic in found)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("transplant", {"transplant"}),
        # an alternation: one string from each alternative
        (
            r"(?:hijab|turban)|(?:converted|convert) to Islam",
            {"hijab", "turban", "converted to Islam", "convert to Islam"},
        ),
        (r"licenci[ée]e?", {"licencié", "licenciée", "licencie", "licenciee"}),
        # the term's edges and look-arounds are zero-width: no string of theirs
        (r"(?<![\w-])fired(?! up\b)", {"fired"}),
        # a space only (``cover_words`` finds it too short to tell drafts apart)
        (r"[A-Z]{2} \d{5}", {" "}),
        (r"\d+|salary", None),  # one alternative holds no string
        # a case flag inside: not read (the draft is searched as written)
        (r"(?i:calle) mayor", {" mayor"}),
        (r"(?i)calle", None),
    ],
)
def test_the_strings_a_pattern_needs(pattern: str, expected: set[str] | None) -> None:
    found = required_literals(pattern)
    assert (None if found is None else set(found)) == expected


def test_a_terms_words_are_the_fewest_long_ones() -> None:
    strings = required_literals(r"(?:had|has) an? (?:kidney |liver )?transplant")
    assert strings is not None and "had a kidney transplant" in strings
    assert cover_words(strings) == {"transplant"}


@pytest.mark.parametrize(
    ("strings", "words"),
    [
        ({"kidney transplant", "liver transplant", "transplant"}, {"transplant"}),
        ({"k p.a."}, {"k p.a."}),
        ({"$"}, None),  # too short to tell drafts apart: the term runs on every draft
        ({"is ", "a "}, None),
    ],
)
def test_the_words_that_stand_for_the_strings(strings: set[str], words: set[str] | None) -> None:
    found = cover_words(frozenset(strings))
    assert (None if found is None else set(found)) == words


@settings(max_examples=200, deadline=None)
@given(strings=st.sets(st.text(alphabet="abcde $.-", min_size=1, max_size=12), min_size=1, max_size=12))
def test_each_string_holds_one_of_its_cover_words(strings: set[str]) -> None:
    """What the skip needs of ``cover_words``: a draft holding a string holds one of its words."""
    words = cover_words(frozenset(strings))
    if words is None:
        return
    assert all(any(w in s for w in words) for s in strings)
    assert all(any(w in s for s in strings) for w in words)


_HI_PIECES = ["राहुल वर्मा", "वर्मा", "शर्मा", "कैंसर", "समलैंगिक", "है", "।", "सैलरी", "₹ 45,000", "ICU में भर्ती"]
_LATIN_PIECES = ["Rahul Verma", "cancer", "salary", "ICU", "45", "is", "।", "Dana", "Sharma ji", "दिल्ली"]


@common
@given(
    parts=st.lists(st.sampled_from(_HI_PIECES + _LATIN_PIECES) | st.text(max_size=5), min_size=1, max_size=7)
)
def test_the_hindi_rule_skipping_drafts_without_devanagari_finds_what_it_finds_reading_them(
    engine: Engine, parts: list[str]
) -> None:
    text = " ".join(parts)
    (hindi,) = [r for r in _rules(engine) if r._names_need_devanagari]
    gated = [(h.start, h.end, h.message) for h in hindi.detect(_context(engine, text))]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(hindi, "_names_need_devanagari", False)
        every_draft = [(h.start, h.end, h.message) for h in hindi.detect(_context(engine, text))]
    assert gated == every_draft


def test_only_the_hindi_rule_needs_devanagari_names(engine: Engine) -> None:
    assert [r.rule.id for r in _rules(engine) if r._names_need_devanagari] == ["pii.person_sensitive.hi"]
    (hindi,) = [r for r in _rules(engine) if r._names_need_devanagari]
    ctx = _context(engine, "Rahul Verma has cancer and is in the ICU.")
    assert hindi._trigger_matches(ctx) == []
    assert [(h.start, h.end) for h in hindi.detect(_context(engine, "राहुल वर्मा को कैंसर है।"))]


_MIXED = [
    "Jan Hoffmann wurde wegen seiner Spielsucht entlassen",
    "Marie Dubois est enceinte",
    "Lucía Navarro tiene cáncer",
    "Giulia Bianchi, 39 anni",
    "Daan Visser is ontslagen",
    "Ola Berg har kreft",
    "Sameer Joshi ko terminate kar diya",
    "si Maria ay buntis",
    "Dana Whitfield was diagnosed",
    "and", "the", "der", "und", "les", "y", "og", "och", "hai", "ang", "się", "için", ".", ",",
]  # fmt: skip


@common
@given(parts=st.lists(st.sampled_from(_MIXED), min_size=1, max_size=6))
def test_a_rule_the_engine_does_not_call_for_lacking_its_words_would_have_found_nothing(
    engine: Engine, parts: list[str]
) -> None:
    """The engine leaves out a rule whose ``required_words`` (its ``language_words``) the draft lacks:
    called anyway, the rule asks the model for nothing and finds nothing there."""
    text = " ".join(parts)
    ctx = _context(engine, text)
    chosen = engine._detectors_for(ctx)
    for rule in _rules(engine):
        words = rule.required_words
        if words is None:
            assert rule in chosen
            continue
        assert (rule in chosen) == (not words.isdisjoint(ctx.word_positions))
        if rule not in chosen:
            assert list(rule.ner_spans(ctx)) == []
            assert list(rule.detect(ctx)) == []


def test_rules_with_language_words_have_required_words(engine: Engine) -> None:
    by_id = {r.rule.id: r for r in _rules(engine)}
    assert by_id["pii.person_sensitive"].required_words is None  # English reads every draft it may
    assert "und" in (by_id["pii.person_sensitive.de"].required_words or ())
    assert by_id["pii.person_sensitive.de"] not in engine._detectors_for(_context(engine, "Dana was fired."))


_AGE_PIECES = st.sampled_from(
    ["Anna Weber", ",", ", ", "(", ")", " (", "42", "7", "1990", "anni", "years", "yrs", "of", "di", " ", "x",
     "((", ",,", "(1", ", 4", "Jahre"]
)  # fmt: skip


@common
@given(parts=st.lists(_AGE_PIECES | st.text(max_size=3), min_size=1, max_size=10))
def test_apposed_ages_tried_only_at_their_signs_are_those_found_everywhere(parts: list[str]) -> None:
    text = "".join(parts)
    assert [m.span() for m in _apposed_ages(text)] == [m.span() for m in AGE_AFTER.finditer(text)]
    if AGE_AFTER.search(text):
        assert AGE_SIGN.search(text)


@pytest.mark.parametrize(
    ("text", "sign", "age"),
    [
        ("Maureen Kelly, 60, retires", True, True),
        ("Anna Weber (42) is", True, True),
        ("Anna Weber ( 42) is", True, False),
        ("Jean Dubois,64 ans", True, True),
        ("No age here, none at all, 2 of them", True, False),
        ("No age here at all", False, False),
    ],
)
def test_the_sign_of_an_apposed_age(text: str, sign: bool, age: bool) -> None:
    assert (AGE_SIGN.search(text) is not None, AGE_AFTER.search(text) is not None) == (sign, age)
