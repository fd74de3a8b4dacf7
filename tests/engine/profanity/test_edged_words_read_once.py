"""A word with punctuation at its edges ("shit!", "(crap)", "damnnn,") is read against each lexicon by
set intersection (``DraftTokens.edged``) instead of one by one like a disguised token: the hits must be
exactly those the one-by-one reading (``Lexicon.spelled_by``) gives, on any draft of such words."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st
from preflight.engine import Engine
from preflight.engine.detectors.profanity import DraftTokens, ProfanityDetector, Vocabulary, first_head_size

# Lexicon words, stretched and capitalised ones, fragments inside words, names (counted in lower case
# only) and ordinary words, each between edge punctuation.
_WORDS = [
    "shit", "shiiiit", "Shit", "SHIT", "crap", "craaap", "damn", "fuck", "clusterfuck", "motherfuckers",
    "bitch", "Dick", "dick", "scheiße", "merde", "putain", "cazzo", "kurwa", "hello", "team", "Scunthorpe",
    "assessment", "Essex", "grass", "hell", "Hell", "cocktail", "aaargh", "sooo", "helllo",
]  # fmt: skip
_EDGES = ["", "!", ",", ".", "...", "(", ")", '"', "'", "?!", "*", "#", ":"]


def _one_by_one(draft: DraftTokens) -> DraftTokens:
    """The draft as read before: every edged core among the disguised tokens, read one by one."""
    for lowered, cores in draft.edged.items():
        for core in cores:
            draft.disguised[core] = ((lowered,), first_head_size(lowered))
    draft.edged = {}
    draft.edged_stretched = {}
    return draft


def _vocabularies(engine: Engine) -> list[tuple[ProfanityDetector, Vocabulary]]:
    detectors = [d for d in engine.policy.detectors if isinstance(d, ProfanityDetector)]
    return [
        (d, vocabulary)
        for d in detectors
        for vocabulary in [d.vocabulary(code) for code in d.options.languages] + [d._any_language]
        if vocabulary is not None
    ]


def _hits(vocabulary: Vocabulary, draft: DraftTokens) -> Counter[tuple[int, int, object]]:
    return Counter((h.start, h.end, h.severity) for h in vocabulary.hits(draft))


@settings(max_examples=150, deadline=None)
@given(
    tokens=st.lists(
        st.tuples(st.sampled_from(_EDGES), st.sampled_from(_WORDS), st.sampled_from(_EDGES)),
        min_size=1,
        max_size=8,
    )
)
def test_edged_words_give_the_hits_of_reading_them_one_by_one(engine: Engine, tokens) -> None:
    text = " ".join(f"{before}{word}{after}" for before, word, after in tokens)
    for detector, vocabulary in _vocabularies(engine):
        reader = detector._reader
        fast = _hits(vocabulary, DraftTokens(text, reader))
        slow = _hits(vocabulary, _one_by_one(DraftTokens(text, reader)))
        assert fast == slow, (text, detector.rule.id)


def test_an_edged_swear_word_is_still_found(findings) -> None:
    text = "What a day (shit!) and the build is craaap."
    assert {text[f.start : f.end] for f in findings(text, "profanity")} >= {"shit", "craaap"}
