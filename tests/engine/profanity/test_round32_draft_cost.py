"""Profanity, round 32 (issue 11, the cost per draft): what the three tiers skip or share, and that
skipping or sharing it never changes a finding.

- A tier's ``Silence`` reads a compound head ("kutdag"), a word shown by its first and last letters
  ("f-ing") only when the letters fit a ``known_by_initial`` word (a contraction such as "don't" no
  longer has every vocabulary read), a phrase only when all its words are there, a plain token only
  among the words (not their collapsed spellings: "as" is no stretched "ass"), and a masked reading
  ("f*cking") or a spelled-out run ("s.h.i.t") by asking each lexicon.
- Regexes rewritten to skip to their first character (``_DASH_MASK``, ``_MINCED_MASK``, the grawlix
  test): each finds what the former pattern found.
- Stop words of each language counted by one set intersection (``_Counted``).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from preflight.engine import Engine
from preflight.engine.context import ScanContext
from preflight.engine.detectors import profanity
from preflight.engine.detectors.profanity import (
    _CUT,
    _DASH_MASK,
    _GRAWLIX,
    _MINCED,
    _STRETCHED,
    _TRIPLED,
    DraftTokens,
    ProfanityDetector,
    Silence,
    _has_grawlix,
    _minced_in,
    _mixed_in,
)
from preflight.engine.language import RECOGNISED, DraftLanguages
from preflight.engine.stopwords import STOP_WORDS
from preflight.engine.text import normalise

common = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# The patterns as they were before round 32, to read the rewritten ones against.
_OLD_DASH_MASK = re.compile(r"(?<=[^\W\d_])[—–](?=[^\W\d_])")
_OLD_CUT = re.compile(r"[^\W\d_][-_][^\W\d_]")

# Letters (accented, a dotted capital I that lowers to two characters), digits, the marks of minced
# words, underscores, spaces and symbols: what decides where these patterns match.
_CHARS = st.sampled_from([*"abSHfXé9_ .'’-—–#%@$!*İß", "\u3042"])
_TEXTS = st.lists(
    _CHARS | st.sampled_from(["it's", "f-ing", "sh-t", "a—hole", "f@#%", "#tag"]), max_size=24
).map("".join)


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int, str, str]]:
    return [(m.start(), m.end(), m.group(1), m.group(2)) for m in matches]


@common
@given(text=_TEXTS | st.text(max_size=20))
def test_minced_words_found_from_their_marks_are_those_minced_finds(text: str) -> None:
    assert _minced_in(text) == _spans(list(_MINCED.finditer(text)))


@pytest.mark.parametrize(
    "text",
    [
        "f-ing", "sh-t", "don't", "ab'cd'ef", "ab'cd'e'fg", "a-a-a-a-a", "abcd'e", "x9ab'cd", "_it's",
        "a''''b", "ab''c", "f—k and s–t", "e-mail", "İt's", "", "'", "-a", "a-",
    ],
)  # fmt: skip
def test_minced_words_found_from_their_marks_case_table(text: str) -> None:
    assert _minced_in(text) == _spans(list(_MINCED.finditer(text)))


@common
@given(text=_TEXTS | st.text(max_size=20))
def test_a_grawlix_is_looked_for_only_where_one_begins(text: str) -> None:
    assert _has_grawlix(text) == (_GRAWLIX.search(text) is not None)


@pytest.mark.parametrize(
    ("text", "grawlix"),
    [("f@#%", True), ("sh%t", True), ("what the f#@k", True), ("#launch day", False), ("50% off", False),
     ("a @#", False), ("é#", True), ("9#", False), ("_#", False), ("a*@!%x", True), ("", False)],
)  # fmt: skip
def test_a_grawlix_case_table(text: str, grawlix: bool) -> None:
    assert _has_grawlix(text) is grawlix is (_GRAWLIX.search(text) is not None)


@common
@given(text=_TEXTS | st.text(max_size=20))
def test_the_dash_mask_masks_what_it_masked_before(text: str) -> None:
    assert _DASH_MASK.sub("*", text) == _OLD_DASH_MASK.sub("*", text)


@common
@given(text=_TEXTS | st.text(max_size=20))
def test_the_cut_test_finds_what_it_found_before(text: str) -> None:
    assert (_CUT.search(text) is None) is (_OLD_CUT.search(text) is None)


_TRIPLES = st.lists(st.sampled_from([*"aAéÉİıßẞ9 *!$€ǅǆσΣяЯ_", "\u0307"]), max_size=12).map("".join)


@common
@given(text=_TRIPLES | st.text(max_size=12))
def test_a_stretched_letter_is_tripled_in_any_text(text: str) -> None:
    """``_TRIPLED`` is the cheap test before ``_STRETCHED``: it must find every run that one finds,
    in lower case or not (the haystack is lower case; "İ" lowers to two characters)."""
    for variant in (text, text.lower(), text * 3, "".join(ch * 3 for ch in text)):
        if _STRETCHED.search(variant):
            assert _TRIPLED.search(variant)


@common
@given(tokens=st.sets(st.text(alphabet=st.sampled_from([*"aAİΣσ9$ ẞ"]), max_size=5), max_size=6))
def test_tokens_lowered_one_by_one_are_those_lowered_joined(tokens: set[str]) -> None:
    tokens = {t for t in tokens if t and " " not in t}
    assert set(map(str.lower, tokens)) == set(" ".join(tokens).lower().split())


def _profanity_rules(engine: Engine) -> list[ProfanityDetector]:
    return [d for d in engine.policy.detectors if isinstance(d, ProfanityDetector)]


_STOP_WORDS = sorted({w for words in STOP_WORDS.values() for w in words})


@common
@given(
    tokens=st.sets(st.sampled_from(_STOP_WORDS) | st.text(max_size=4), max_size=12),
    codes=st.frozensets(st.sampled_from([*sorted(RECOGNISED), "xx"]), max_size=3),
)
def test_stop_words_counted_at_once_are_those_counted_language_by_language(
    engine: Engine, tokens: set[str], codes: frozenset[str]
) -> None:
    for rule in _profanity_rules(engine):
        signs = {code: frozenset(words) for code, words in rule.options.signs.items()}
        assert rule._signs.held(tokens) == frozenset(
            c for c, words in signs.items() if len(words & tokens) >= 2
        )
    languages = DraftLanguages(codes)
    others = [STOP_WORDS.get(c, frozenset()) for c in codes]
    expected = (
        frozenset(c for c in RECOGNISED - codes if len(STOP_WORDS[c].difference(*others) & tokens) >= 2)
        if codes
        else frozenset()
    )
    assert _mixed_in(languages, tokens) == expected


# Pieces of drafts built from the lexicons' own words and what the new skips are about: compound
# heads, minced words and contractions, phrases and their words alone, collapsed spellings, masked
# readings and spelled-out runs; stop words of many languages so that every vocabulary is consulted.
def _lexicon_pieces(engine: Engine) -> list[str]:
    pieces: set[str] = set()
    for rule in _profanity_rules(engine):
        for lists in [rule.options, *rule.options.languages.values()]:
            pieces.update(lists.words[:40:3])
            pieces.update(lists.phrases)
            pieces.update(w for p in lists.phrases for w in p.split())
            pieces.update(f"{h}dag" for h in lists.compound_heads)
            pieces.update(f"{h.capitalize()}wetter" for h in lists.compound_heads)
            pieces.update(f"{h[0]}*{h[2:]}week" for h in lists.compound_heads)
            pieces.update(lists.fragments)
            pieces.update(lists.unspaced[:30:4])
            pieces.update(f"{w[0]}-{w[-2:]}" for w in lists.known_by_initial)
            pieces.update(f"{w[:2]}'{w[-1]}" for w in lists.known_by_initial)
            pieces.update(f"{w[0]}{'*' * (len(w) - 1)}" for w in lists.known_by_initial)
            pieces.update(f"{w[:2]}*{w[3:]}" for w in lists.words[:60:5] if len(w) > 4)
            pieces.update(" ".join(w) for w in lists.words[:30:7])
            pieces.update(".".join(w) for w in lists.words[:30:11])
    return sorted(pieces)


_FIXED = ["don't", "it's", "we're", "e-mail", "as", "she", "2", "master", "ass", "asss", "fuuuck",
          "Mon*Fri", "f*cking", "sh*tty", "a s.h.i.t", "f u c k", "Dick", "Sarah B****", "kutsch", "och",
          "och att", "und die", "het een", "que la", "¡", "!", "—", "#", "@sshole", "a$$clown", "sh1t",
          "他妈的", "ㅅㅂ"]  # fmt: skip


@pytest.fixture(scope="module")
def pieces(engine: Engine) -> list[str]:
    return _lexicon_pieces(engine) + _FIXED


def _context(engine: Engine, text: str) -> ScanContext:
    return ScanContext(normalise(text), engine.nlp)


def _detected(engine: Engine, text: str) -> list[list[tuple[int, int, object]]]:
    return [
        [(h.start, h.end, h.severity) for h in rule.detect(_context(engine, text))]
        for rule in _profanity_rules(engine)
    ]


@common
@given(data=st.data(), glue=st.sampled_from([" ", ", ", ". ", "", "-"]))
def test_a_tier_or_vocabulary_left_unread_would_have_found_nothing(
    engine: Engine, pieces: list[str], data: st.DataObject, glue: str
) -> None:
    """With every Silence forced off (every vocabulary of every tier read in full), each tier finds
    exactly what it finds skipping."""
    parts = data.draw(st.lists(st.sampled_from(pieces) | st.text(max_size=5), min_size=1, max_size=8))
    text = glue.join(parts)
    skipping = _detected(engine, text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Silence, "holds_for", lambda self, draft: False)
        reading_all = _detected(engine, text)
    assert skipping == reading_all, text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # contractions, hyphenated words and collapsed spellings of no word: every tier silent
        ("We don't ship on Sundays, it's the e-mail team's call.", set()),
        ("As agreed, the master plan ships as is.", set()),
        # a word shown by its first and last letters that fits a known word: the strong tier reads
        ("Who scheduled this f-ing all-hands?", {"profanity.strong"}),
        # a compound head (Dutch "kut"): the strong tier reads, in a draft that may be Dutch
        ("Wat een kutdag vandaag", {"profanity.strong"}),
        # a masked reading only the strong lexicon spells
        ("What a f*cking mess", {"profanity.strong"}),
        # a masked reading no lexicon spells ("Mon*Fri", opening hours)
        ("Open Mon*Fri 9-5", set()),
    ],
)
def test_which_tiers_read_a_draft(engine: Engine, text: str, read: set[str]) -> None:
    ctx = _context(engine, text)
    reading = set()
    for rule in _profanity_rules(engine):
        draft = rule._reader.tokens_of(ctx.typed_digits)
        if not rule._plan_for(ctx.languages, draft).silence.holds_for(draft):
            reading.add(rule.rule.id)
    assert reading == read


def test_the_minced_words_of_a_draft_are_found_once_for_every_tier(engine: Engine, monkeypatch) -> None:
    calls: list[str] = []
    found = profanity._minced_in

    def counting(text: str) -> list[tuple[int, int, str, str]]:
        calls.append(text)
        return found(text)

    monkeypatch.setattr(profanity, "_minced_in", counting)
    text = "Who scheduled this f-ing all-hands, and sh-t, why?"
    findings = _detected(engine, text)
    assert len(calls) == 1 and any(findings)


def test_a_draft_read_once_is_shared_by_the_tiers(engine: Engine, monkeypatch) -> None:
    """The first tier reads the draft and works out its case; the others take both from the draft's
    context (``ScanContext.memo``), and find what they find reading it themselves."""
    read: list[str] = []
    init = DraftTokens.__init__

    def counting(self: DraftTokens, text: str, reader: object) -> None:
        read.append(text)
        init(self, text, reader)  # type: ignore[arg-type]

    text = "What a shitty week, f-ing printer, and the a$$clown from IT is out."
    ctx = _context(engine, text)
    monkeypatch.setattr(DraftTokens, "__init__", counting)
    shared = [[(h.start, h.end) for h in rule.detect(ctx)] for rule in _profanity_rules(engine)]
    assert len(read) == 1 and any(shared)
    alone = []
    for rule in _profanity_rules(engine):
        rule._reader._last = None
        alone.append([(h.start, h.end) for h in rule.detect(_context(engine, text))])
    assert alone == shared and len(read) == 1 + len(shared)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("这个项目真是他妈的麻烦", ["他妈的"]),
        ("这个 fucking 项目又延期了", ["fucking"]),
        ("会议改到明天，谢谢大家", []),
        ("진짜 씨발 또 야근이야", ["씨발"]),
        ("ファックスで送ってください", []),
    ],
)
def test_a_draft_in_an_unspaced_script_reads_only_what_it_may_hold(
    engine: Engine, text: str, found: list[str]
) -> None:
    """In a draft of Han, kana or Hangul holding nothing else a vocabulary reads, only the
    vocabularies of unspaced words are read; a Latin swear word in it is still found."""
    ctx = _context(engine, text)
    words = [text[h.start : h.end] for rule in _profanity_rules(engine) for h in rule.detect(ctx)]
    assert words == found
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Silence, "holds_for", lambda self, draft: False)
        ctx = _context(engine, text)
        assert [text[h.start : h.end] for rule in _profanity_rules(engine) for h in rule.detect(ctx)] == found
