"""What a draft costs (issue 11, the mean per draft): work that cannot change a finding is skipped or
done once per draft, and skipping or sharing it never changes what a rule finds."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from preflight.engine import Engine
from preflight.engine.context import ScanContext
from preflight.engine.detectors import claims as claims_module
from preflight.engine.detectors.claims import TokenPatternDetector
from preflight.engine.detectors.confidential import CodeNameDetector
from preflight.engine.detectors.person_sensitive import PersonSensitiveDetector
from preflight.engine.detectors.profanity import ProfanityDetector
from preflight.engine.language import DraftLanguages, languages_of
from preflight.engine.stopwords import STOP_WORDS
from preflight.engine.text import normalise

common = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _person_rules(engine: Engine) -> list[PersonSensitiveDetector]:
    return [d for d in engine.policy.detectors if isinstance(d, PersonSensitiveDetector)]


def _cjk_rules(engine: Engine) -> list[PersonSensitiveDetector]:
    return [d for d in _person_rules(engine) if d._names_need_cjk]


def _context(engine: Engine, text: str) -> ScanContext:
    return ScanContext(normalise(text), engine.nlp)


class _NotToBeRead(list[Any]):
    def __iter__(self):
        raise AssertionError("the rule's trigger patterns were run over the draft")


def test_a_rule_that_names_people_only_in_cjk_does_not_search_a_draft_without_cjk_letters(
    engine: Engine, monkeypatch
) -> None:
    (rule,) = _cjk_rules(engine)  # the default policy's Chinese, Japanese and Korean rule
    monkeypatch.setattr(rule._terms, "_patterned", _NotToBeRead())
    ctx = _context(engine, "Flat 12-3-45: Dana was diagnosed in May, says her manager.")
    assert rule._trigger_matches(ctx) == [] and list(rule.detect(ctx)) == []


def test_the_english_rule_still_reads_latin_drafts(engine: Engine) -> None:
    assert not any(d._names_need_cjk for d in _person_rules(engine) if d.options.read_entities)


_CJK_PIECES = ["王伟", "李娜", "张", "女士", "先生", "さん", "씨", "同事", "确诊", "癌", "住院", "工资"]
_CJK_PIECES += ["年薪", "解雇", "被", "今年", "45岁", "12号", "3-4-56", "김민준", "田中", "，", "。", "因为"]
_LATIN_PIECES = ["Dana Whitfield", "Mme Dupont", "was diagnosed", "cancer", "12-3-45", "salary", "Herr"]
_PIECES = st.sampled_from(_CJK_PIECES + _LATIN_PIECES) | st.text(max_size=6)


@common
@given(parts=st.lists(_PIECES, min_size=1, max_size=8), glue=st.sampled_from(["", " "]))
def test_skipping_drafts_without_cjk_letters_never_changes_what_the_cjk_rule_finds(
    engine: Engine, parts: list[str], glue: str
) -> None:
    text = glue.join(parts)
    for rule in _cjk_rules(engine):
        gated = [(h.start, h.end, h.message) for h in rule.detect(_context(engine, text))]
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(rule, "_names_need_cjk", False)
            every_draft = [(h.start, h.end, h.message) for h in rule.detect(_context(engine, text))]
        assert gated == every_draft


_LATIN_DRAFTS = st.lists(
    st.sampled_from(
        ["Maureen Kelly, 60,", "earns $90k a year", "is 45 and", "born 04/09/1991", "did 18 months for",
         "cobra 95.000 € al año", "Giulia Bianchi, 39 anni", "Anna Weber (42)", "lives at 22 MG Road",
         "diagnosed with cancer", "İstanbul", "ß", "Straße 14"]
    ) | st.text(max_size=10),
    min_size=1,
    max_size=6,
)  # fmt: skip


@common
@given(parts=_LATIN_DRAFTS)
def test_rules_sharing_a_drafts_lowered_text_and_ages_find_what_each_finds_alone(
    engine: Engine, parts: list[str]
) -> None:
    text = " ".join(parts)
    shared = _context(engine, text)
    for rule in _person_rules(engine):
        alone = _context(engine, text)
        assert rule._trigger_matches(shared) == rule._trigger_matches(alone)


def _profanity_rules(engine: Engine) -> list[ProfanityDetector]:
    return [d for d in engine.policy.detectors if isinstance(d, ProfanityDetector)]


def test_which_vocabularies_a_draft_needs_is_decided_once_per_case(engine: Engine, monkeypatch) -> None:
    rule = _profanity_rules(engine)[0]
    decided: list[DraftLanguages] = []
    plan = rule._plan

    def counting(languages: DraftLanguages, unspaced: bool, signed: frozenset[str], mixed: frozenset[str]):
        decided.append(languages)
        return plan(languages, unspaced, signed, mixed)

    monkeypatch.setattr(rule, "_plans", {})
    monkeypatch.setattr(rule, "_plan", counting)
    drafts = ("What a shitty week, and the printer is down again.", "The office is closed on Monday, sorry.")
    for text in drafts:
        list(rule.detect(_context(engine, text)))
    # Two English drafts: one case, decided for the first and kept for the second.
    assert languages_of(drafts[0]) == languages_of(drafts[1]) and decided == [languages_of(drafts[0])]


_CODES = st.frozensets(st.sampled_from(["en", "fr", "de", "es", "it", "pt", "nl", "xx"]), max_size=3)


@common
@given(codes=_CODES, leaning=_CODES, unspaced=st.booleans())
def test_the_kept_decision_is_the_one_made_for_each_draft(
    engine: Engine, codes: frozenset[str], leaning: frozenset[str], unspaced: bool
) -> None:
    languages = DraftLanguages(codes, frozenset() if codes else leaning)
    # No stop word of a language language.py does not recognise (``ProfanityOptions.signs``).
    draft = type("Draft", (), {"unspaced": unspaced, "lowered": set(), "signs_read": {}})()
    for rule in _profanity_rules(engine):
        for _ in range(2):  # decided, then kept
            consulted = [(v, ordinary) for v, ordinary, _ in rule._consulted(languages, draft)]  # type: ignore[arg-type]
            fresh = [
                (rule.vocabulary(code), ordinary)
                # no stop word in the draft: no language signed, none mixed in
                for code, ordinary in rule._plan(languages, unspaced, frozenset(), frozenset())
            ]
            assert consulted == fresh


def _languages_reading_every_word(text: str) -> DraftLanguages:
    """The language rule as it was written before it visited only the draft's stop words: every word
    in the draft's order (the reference the faster rule must equal, float sums included)."""
    from preflight.engine import language

    words: dict[str, list[int]] = {}
    for match in language._WORD.finditer(text):
        words.setdefault(match.group().lower(), []).append(match.start())
    scores: dict[str, float] = {}
    matched = []
    other = 0
    for word, positions in words.items():
        if not word.isascii() and max(word) > language._LAST_LATIN:
            other += len(positions) * len(word)
        weights = language._WEIGHTS.get(word)
        if weights is not None:
            n = len(positions) - sum(1 for p in positions if p and text[p - 1] in language._NOT_PROSE_BEFORE)
            if not n:
                continue
            matched.append((n, weights))
            for code, weight in weights:
                scores[code] = scores.get(code, 0.0) + n * weight
    if not scores:
        return language.UNKNOWN
    latin = sum(len(p) * len(w) for w, p in words.items() if w.isascii() or max(w) <= language._LAST_LATIN)
    if other and other > latin:
        return language.UNKNOWN
    best = max(scores.values())
    if best < language.MIN_EVIDENCE:
        return DraftLanguages(leaning=frozenset(scores))
    floor = max(language.MIN_EVIDENCE, language.MIXED_SHARE * best)
    codes = {code for code, score in scores.items() if score >= floor}
    if "en" not in codes and language._english_evidence(matched, codes) >= language.MIN_EVIDENCE:
        codes.add("en")
    return DraftLanguages(frozenset(codes))


_STOP_WORDS_OF_ALL = sorted(set().union(*STOP_WORDS.values()))
_ODD_WORDS = ["Putain", "gmail.com", "@de", "王伟确诊", "İstanbul", "x"]
_WORDS = st.sampled_from(_STOP_WORDS_OF_ALL) | st.sampled_from(_ODD_WORDS)


@common
@given(st.lists(_WORDS | st.text(max_size=5), min_size=1, max_size=14), st.sampled_from([" ", ", ", ".", ""]))
def test_visiting_only_the_stop_words_decides_every_draft_as_reading_every_word(
    words: list[str], glue: str
) -> None:
    text = glue.join(words)
    assert languages_of(text) == _languages_reading_every_word(text)


def _claim_rules(engine: Engine) -> list[TokenPatternDetector]:
    return [d for d in engine.policy.detectors if isinstance(d, TokenPatternDetector)]


def _claim_patterns(engine: Engine) -> list[tuple[TokenPatternDetector, int]]:
    return [(rule, i) for rule in _claim_rules(engine) for i in range(len(rule.options.patterns))]


def _pattern_words(pattern: list[dict[str, Any]]) -> list[str]:
    """Every word a pattern spells, as written (LOWER, ORTH, TEXT, NORM; one value or an IN list)."""
    words: list[str] = []
    for spec in pattern:
        for attr in ("LOWER", "ORTH", "TEXT", "NORM"):
            value = spec.get(attr)
            values = value.get("IN", []) + value.get("NOT_IN", []) if isinstance(value, dict) else [value]
            words.extend(v for v in values if isinstance(v, str))
    return words


_plain_matchers: dict[tuple[str, str], Any] = {}


def _plain_matches(engine: Engine, rule: TokenPatternDetector, i: int, window: Any) -> list[tuple[int, int]]:
    """The pattern's matches as one spaCy Matcher holding the pattern as the policy states it finds
    them over the whole window: the reference the faster path must equal, order included."""
    from spacy.matcher import Matcher

    spec = rule.options.patterns[i]
    matcher = _plain_matchers.get((rule.rule.id, spec.name))
    if matcher is None:
        matcher = Matcher(engine.nlp.nlp.vocab)
        matcher.add(spec.name, [spec.pattern])
        _plain_matchers[(rule.rule.id, spec.name)] = matcher
    return [(start, end) for _, start, end in matcher(window)]


_FILLERS = ["the", "we", "10", "20%", "%", "$", "ACME", "$ACME", ",", ".", "?", "!", "not", "no", "x", "2027"]


def _spec_words(spec: dict[str, Any]) -> list[str]:
    return _pattern_words([spec]) or _FILLERS


def _repeats(op: str | None) -> tuple[int, int]:
    """How many tokens a pattern token of this operator takes (``!`` a token that does not match)."""
    fixed = {None: (1, 1), "?": (0, 1), "*": (0, 3), "+": (1, 3), "!": (0, 1)}
    if op in fixed:
        return fixed[op]
    low, _, high = op.strip("{}").partition(",")  # "{n}", "{n,m}", "{n,}", "{,m}"
    if "," not in op:
        return int(low), int(low)
    return int(low or 0), int(high) if high else int(low or 0) + 2


@st.composite
def _walks(draw: st.DrawFn, pattern: list[dict[str, Any]]) -> list[str]:
    """Words that walk the pattern token by token, any of them at times replaced by another word of the
    pattern or a filler (or left out), in any case: text that matches, nearly matches or does not."""
    own = _pattern_words(pattern)
    words: list[str] = []
    for spec in pattern:
        low, high = _repeats(spec.get("OP"))
        for _ in range(draw(st.integers(low, high))):
            words.append(draw(st.sampled_from(_spec_words(spec))))
    noise = st.sampled_from(own or _FILLERS) | st.sampled_from(_FILLERS) | st.text(max_size=4)
    for _ in range(draw(st.integers(0, 3))):
        words.insert(draw(st.integers(0, len(words))), draw(noise))
    if words and draw(st.booleans()):
        del words[draw(st.integers(0, len(words) - 1))]
    case = st.sampled_from([str, str, str.upper, str.title])
    return [draw(case)(w) for w in words]


def _lowers(engine: Engine, window: Any) -> frozenset[int]:
    """The window's lower-case words as the tokenizer's string hashes, read word by word."""
    strings = engine.nlp.nlp.vocab.strings
    return frozenset(strings[t.lower_] for t in window)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_matching_only_windows_holding_a_patterns_required_words_finds_what_its_plain_matcher_finds(
    engine: Engine, data: st.DataObject
) -> None:
    # A pattern drawn from the whole policy, over text walking it: its matches, near misses and more.
    rule, i = data.draw(st.sampled_from(_claim_patterns(engine)))
    words = data.draw(_walks(rule.options.patterns[i].pattern))
    text = data.draw(st.sampled_from([" ", " ", ""])).join(words)
    (doc,) = engine.nlp.tokenize([text])
    window = doc[0 : len(doc)]
    assert rule._pattern_matches(window, _lowers(engine, window), i) == _plain_matches(
        engine, rule, i, window
    )


def test_the_faster_claim_matching_still_finds_claims(engine: Engine) -> None:
    # The property's reference is worth something only if the patterns do match such text.
    found = 0
    for rule, i in _claim_patterns(engine):
        (doc,) = engine.nlp.tokenize(
            ["We guarantee returns: revenue will double next year, the deal signs next week."]
        )
        window = doc[0 : len(doc)]
        plain = _plain_matches(engine, rule, i, window)
        assert rule._pattern_matches(window, _lowers(engine, window), i) == plain
        found += len(plain)
    assert found >= 3


def _disguised_head_as_written(words: frozenset[str], lowered: str, readings: tuple[str, ...]) -> str | None:
    """``Lexicon.disguised_head`` as it was written before the token's part was worked out once per
    token: the reference the faster one must equal."""
    for reading in readings:
        for size in range(3, len(reading) - 3 + 1):
            head, tail = reading[:size], lowered[size:]
            if head in words and tail.isalpha() and not lowered[:size].isalpha():
                return head
    return None


_HEAD_PIECES = st.sampled_from(
    ["a$$", "@ss", "sh1t", "b!tch", "ass", "shit", "fuck", "clown", "hat", "3", "$", "*", "-", "é", "ß", "İ"]
)


@common
@given(pieces=st.lists(_HEAD_PIECES | st.text(max_size=3), min_size=1, max_size=5))
def test_a_disguised_compound_head_is_found_as_when_every_lexicon_read_the_whole_token(
    engine: Engine, pieces: list[str]
) -> None:
    from preflight.engine.detectors.profanity import first_head_size

    core = "".join(pieces)
    for rule in _profanity_rules(engine):
        readings = (core.lower(),) if core.isalpha() else rule._reader.readings(core)
        for vocabulary in [rule.vocabulary(code) for code in rule.options.languages] + [rule._any_language]:
            if vocabulary is None:
                continue
            lexicon = vocabulary._lexicon
            assert lexicon.disguised_head(
                readings, first_head_size(core.lower())
            ) == _disguised_head_as_written(lexicon.words, core.lower(), readings)


_ANCHOR_DRAFT_WORDS = st.sampled_from(
    ["revenue", "will", "double", "guaranteed", "returns", "cures", "cancer", "deal", "signs", "Umsatz",
     "garanti", "rendement", "wird", "sich", "verdoppeln", "risk-free", "$", "100%", "next", "year", "."]
)  # fmt: skip


@common
@given(words=st.lists(_ANCHOR_DRAFT_WORDS | st.text(max_size=6), min_size=1, max_size=12))
def test_a_claim_rule_runs_the_patterns_whose_anchor_the_draft_holds(
    engine: Engine, words: list[str]
) -> None:
    # The anchors each rule meets are the draft's words looked up once among every rule's anchors.
    text = " ".join(words)
    for rule in _claim_rules(engine):
        ctx = _context(engine, text)
        present = rule._anchor_words & frozenset(ctx.word_positions)
        anchors = rule._pattern_anchors
        words_held = frozenset(ctx.word_positions)
        # ... and of those, the patterns each of whose required tokens' words the draft holds
        expected = [
            i
            for i, a in enumerate(anchors)
            if (a is None or not a.isdisjoint(present))
            and all(not need.isdisjoint(words_held) for need in rule._draft_needs[i])
        ]
        _, active = rule._present(ctx)
        assert active == (expected if present or rule._anchors is None else [])


def _claims_words(engine: Engine) -> list[str]:
    """Words that the token-pattern rules require, a few of each required token (sorted: reproducible)."""
    words: set[str] = set()
    for detector in engine.policy.detectors:
        if isinstance(detector, TokenPatternDetector):
            for needs in detector._draft_needs:
                for need in needs:
                    words.update(sorted(need)[:3])
    return sorted(words)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_pattern_skipped_for_a_missing_required_word_would_have_found_nothing(engine: Engine, data) -> None:
    """A token pattern is not run, and its sentence not tokenized, in a draft whose words lack one of its
    required tokens' words: in one sentence built from those very words, the claims found are those
    found when every pattern whose anchor is present runs."""
    vocabulary = [*_claims_words(engine), "100", "%", "our", "fund", "next", "week", "you", "it", "cannot"]
    words = data.draw(st.lists(st.sampled_from(vocabulary), min_size=2, max_size=9))
    draft = " ".join(words) + data.draw(st.sampled_from(["", "!", "."]))
    detectors = [d for d in engine.policy.detectors if isinstance(d, TokenPatternDetector)]
    kept = [d._draft_needs for d in detectors]
    filtered = [(f.rule_id, f.start, f.end) for f in engine.screen(draft).findings]
    try:
        for detector in detectors:
            detector._draft_needs = [[] for _ in detector._draft_needs]
        unfiltered = [(f.rule_id, f.start, f.end) for f in engine.screen(draft).findings]
    finally:
        for detector, needs in zip(detectors, kept, strict=True):
            detector._draft_needs = needs
    assert filtered == unfiltered


def test_a_draft_without_a_required_word_does_not_run_that_pattern(engine: Engine) -> None:
    """ "The deal is done" holds the anchor of "the deal signs next week" but not its time word."""
    (financial,) = [d for d in engine.policy.detectors if d.rule.id == "claims.financial"]
    assert isinstance(financial, TokenPatternDetector)
    names = [p.name for p in financial.options.patterns]

    def running(text: str) -> set[str]:
        return {names[i] for i in financial._present(ScanContext(normalise(text), engine.nlp))[1]}

    assert "deal_signs_soon" not in running("The deal is done, thanks everyone.")
    assert "deal_signs_soon" in running("The deal signs next week, then we own them.")


_PRODUCTS = ["Our herbal tonic", "This tea", "The new balm", "Our supplement", "Grandma's remedy"]
_CLAIM_VERBS = ["cures", "prevents", "heals", "reverses", "treats"]
_ILLNESSES = ["arthritis", "diabetes", "cancer", "asthma", "depression"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    product=st.sampled_from(_PRODUCTS),
    verb=st.sampled_from(_CLAIM_VERBS),
    illness=st.sampled_from(_ILLNESSES),
)
def test_a_health_trigger_the_text_sets_aside_asks_the_model_for_nothing(
    engine: Engine, product: str, verb: str, illness: str
) -> None:
    """A product's claim ("Our herbal tonic cures arthritis") is no one's health fact whatever the model
    would say: the person rules ask for no named-entity window for it, and find nothing."""
    draft = f"{product} {verb} {illness}, try it today."
    ctx = ScanContext(normalise(draft), engine.nlp)
    person_rules = [d for d in engine.policy.detectors if isinstance(d, PersonSensitiveDetector)]
    assert [span for d in person_rules for span in d.ner_spans(ctx)] == []
    assert "pii.person_sensitive" not in {f.category for f in engine.screen(draft).findings}


def test_a_health_fact_about_a_named_person_still_asks_the_model(engine: Engine) -> None:
    ctx = ScanContext(
        normalise("Get well soon to Raj Patel, who is recovering from heart surgery."), engine.nlp
    )
    person_rules = [d for d in engine.policy.detectors if isinstance(d, PersonSensitiveDetector)]
    assert [span for d in person_rules for span in d.ner_spans(ctx)] != []


def _profanity_words() -> list[str]:
    """Every lexicon word, fragment and phrase of the default policy's profanity rules."""
    from preflight.engine.policy import load_policy

    from tests.conftest import DEFAULT_RULES

    policy = load_policy(DEFAULT_RULES, with_detectors=False)
    found: set[str] = set()
    for rule in policy.rules:
        if rule.detector != "profanity":
            continue
        tables = [rule.options, *rule.options.get("languages", {}).values()]
        for table in tables:
            for key in ("words", "fragments", "phrases", "unspaced", "borrowed", "compound_heads"):
                found.update(table.get(key, []))
    return sorted(found)


_SWEARS = _profanity_words()
_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "$", "t": "7"})


def _disguised(word: str, how: str) -> str:
    """One way writers hide a word: digits for letters, stars, stretched letters, spaced or cut
    letters, a leading "@", capitals, edge punctuation, glued to another word."""
    if len(word) < 3:
        return word
    middle = len(word) // 2
    return {
        "leet": word.translate(_LEET),
        "star": word[0] + "*" * (len(word) - 2) + word[-1],
        "one_star": word[:middle] + "*" + word[middle + 1 :],
        "stretch": word[:middle] + word[middle] * 4 + word[middle + 1 :],
        "spaced": " ".join(word),
        "cut": word[:2] + "-" + word[2:],
        "at": "@" + word[1:] if word[0] == "a" else word,
        "upper": word.upper(),
        "edges": f"({word})!",
        "glued": f"{word}face",
        "head": f"{word[:middle].translate(_LEET)}{word[middle:]}clown",
        "minced": f"{word[0]}-{word[-1]}",
    }[how]


_HOW = [
    "leet",
    "star",
    "one_star",
    "stretch",
    "spaced",
    "cut",
    "at",
    "upper",
    "edges",
    "glued",
    "head",
    "minced",
]
_PIECES_OF_DRAFTS = (
    st.builds(_disguised, st.sampled_from(_SWEARS), st.sampled_from(_HOW))
    | st.sampled_from(_SWEARS)
    | st.sampled_from(sorted({w for words in STOP_WORDS.values() for w in words}))
    | st.sampled_from(
        ["Mon*Fri", "v4", "9am", "ES64", "bob@example.com", "3xPrize", "f***", "Sh**!", "—", "#%&"]
    )
    | st.text(max_size=8)
)


@common
@given(parts=st.lists(_PIECES_OF_DRAFTS, min_size=1, max_size=10), glue=st.sampled_from([" ", ", ", ""]))
def test_a_vocabulary_left_unread_would_have_found_nothing(
    engine: Engine, parts: list[str], glue: str
) -> None:
    """A vocabulary is not read when the draft holds none of its words, readings or fragments
    (``Vocabulary.finds_nothing_in``), nor a tier's vocabularies when it holds none of any of theirs
    (``Silence``, the same test for all of them at once): reading every vocabulary of every tier
    finds exactly the same."""
    from preflight.engine.detectors.profanity import Silence

    text = glue.join(parts)
    for rule in _profanity_rules(engine):
        skipping = [(h.start, h.end, h.severity) for h in rule.detect(_context(engine, text))]
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(Silence, "holds_for", lambda self, draft: False)
            reading_all = [(h.start, h.end, h.severity) for h in rule.detect(_context(engine, text))]
        assert skipping == reading_all, text


def _code_name_rule(engine: Engine) -> CodeNameDetector:
    (rule,) = [d for d in engine.policy.detectors if isinstance(d, CodeNameDetector)]
    return rule


def test_the_code_name_rule_is_gated_by_the_keyword_prefilter(engine: Engine) -> None:
    """The code names' literals join the regex rules' keyword automaton: a draft without any of them
    does not visit the rule; one with a name, or a name inside an identifier, does."""
    rule = _code_name_rule(engine)
    assert rule.required_keywords and {"bluebird", "nightjar"} <= rule.required_keywords

    def visited(text: str) -> bool:
        return rule in engine._detectors_for(ScanContext(normalise(text), engine.nlp))

    assert not visited("Our spring launch is on Tuesday: see you at the booth!")
    assert visited("Bluebird ships next week.")
    assert visited("deploy NIGHTJAR-ingest before the freeze")
    assert visited("ブルーバードの内测版")


# Pieces a draft about code names is made of: the names of rules/examples/acme, cut, spaced, glued,
# in identifiers and scripts, near misses, and the words that make a name ordinary or a public work.
_CODE_NAME_PIECES = [
    *["Bluebird", "bluebird", "BLUEBIRD", "Blue-bird", "blue bird", "bl.ue.bi.rd", "Bluebirds"],
    *["Nightjar", "night jar", "Night-jar", "nightjar-ingest", "#ProjectFalcon", "Project Falcon"],
    *["project falcon", "Falcon", "falcons", "Orion X", "OrionX", "orion", "ナイトジャー", "内测版Bluebird"],
    *["the song", "by our favourite band", "bird", "feeder", "Bar", "repo", "(2019)", "in 1955"],
    *["'", "\u201c", "\u201d", "project", "codename", "launch", "we", "saw", "a", "at", "the", "\n", "."],
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(_CODE_NAME_PIECES), min_size=1, max_size=10))
def test_the_code_name_gate_never_changes_what_the_rule_finds(engine: Engine, words: list[str]) -> None:
    """What the engine reports for the code-name rule, gated by its keywords, is what the rule finds
    when it reads the draft itself; and a draft the gate skips is one where it finds nothing."""
    rule = _code_name_rule(engine)
    text = " ".join(words)
    ctx = ScanContext(normalise(text), engine.nlp)
    alone = sorted(ctx.view.to_original(h.start, h.end) for h in rule.detect(ctx))
    gated = sorted((s, e) for rule_id, s, e in engine.hits(text) if rule_id == rule.rule.id)
    assert gated == alone
    if rule not in engine._detectors_for(ScanContext(normalise(text), engine.nlp)):
        assert alone == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(alphabet="aB é İß 9$%.,'-\n🙂Ωж", min_size=1, max_size=60),
    data=st.data(),
)
def test_a_windows_words_read_from_its_token_array_are_its_words_lower_cased(
    engine: Engine, text: str, data: st.DataObject
) -> None:
    """The claim rules read a window's words once a draft from the token array (spaCy's LOWER): the
    same words as each token's lower-case form, looked up one by one."""
    (doc,) = engine.nlp.tokenize([text])
    start = data.draw(st.integers(0, len(doc)))
    window = doc[start : data.draw(st.integers(start, len(doc)))]
    assert claims_module._window_lowers(_context(engine, text), window) == _lowers(engine, window)
