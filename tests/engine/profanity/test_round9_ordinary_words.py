"""Profanity round 9: ordinary words of one language that a lexicon would read as swearing.

- English swearing is read in every draft, and some of its words are everyday words of languages
  engine/language.py does not recognise (Swedish, Danish, Norwegian "slut", the end; "fart", speed;
  Swedish "kock", a cook): the detector tells those languages by their stop words (``signs``) and
  leaves those words alone in their drafts; in English drafts they still flag.
- An accented word listed also without its accents must not become another word once folded:
  "coños" is no "conos" (cones), "amına" no "Amina" (a first name).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from preflight.engine.detectors.profanity import ProfanityOptions

# Drafts of this test (not of any set), each in a language that writes the word innocently.
SCANDINAVIAN_ORDINARY = [
    "Sommarrean är snart slut, så passa på att handla idag!",
    "Till slut fick vi leveransen, och kunderna är nöjda.",
    "Vår nya kock börjar på måndag och lagar lunch för alla.",
    "Full fart framåt: vi har öppnat en ny butik i Malmö.",
    "Udsalget er slut i morgen, så kom forbi butikken i dag.",
    "Vi har fuld fart på produktionen, og alle er glade.",
    "Det er fart på salget i år, og vi har ansatt flere.",
    "Ta en titt på vår nye kolleksjon, den er ute nå og vi er stolte.",
]

# English drafts: the same words still flag.
ENGLISH_PROFANE = [
    ("Don't call her a slut, that's harassment", "slut"),
    ("He called the new cook a slut in the group chat", "slut"),
]

# Folded spellings that are ordinary words or names, and words near them.
FOLDED_ORDINARY = [
    "Hoy hay conos de helado gratis en la tienda de Valencia, ¡venid!",
    "Los conos naranjas marcan la zona de obras del aparcamiento.",
    "Vale la pena probar la nueva carta de otoño.",
    "Welcome Amina Diallo to the support team!",
    "AMINA joins us from the Lagos office next week.",
]
FOLDED_STILL_PROFANE = [
    ("¡Qué coños hacéis con el pedido!", "coños"),
    ("¿Qué coño pasa con la entrega?", "coño"),
    ("Bu ne biçim iş, amına koyayım", "amına"),
]


def _profane(findings, text: str) -> list[str]:
    return [text[f.start : f.end] for f in findings(text, "profanity") if f.severity != "low"]


@pytest.mark.parametrize("text", SCANDINAVIAN_ORDINARY)
def test_english_words_ordinary_in_scandinavian_drafts_are_left_alone(findings, text):
    assert findings(text, "profanity") == []


@pytest.mark.parametrize(("text", "word"), ENGLISH_PROFANE)
def test_those_words_still_flag_in_english_drafts(findings, text, word):
    assert word in _profane(findings, text)


@pytest.mark.parametrize("text", FOLDED_ORDINARY)
def test_folded_spellings_that_are_other_words_are_left_alone(findings, text):
    assert findings(text, "profanity") == []


@pytest.mark.parametrize(("text", "word"), FOLDED_STILL_PROFANE)
def test_accented_words_still_flag(findings, text, word):
    assert word in _profane(findings, text)


def test_a_single_swedish_looking_word_does_not_hide_english_swearing(findings):
    # "i" and "dag" alone are words any language may borrow: two distinct stop words are needed.
    assert "slut" in _profane(findings, "What a slut, i swear")


def test_ordinary_in_a_language_language_py_cannot_tell_needs_its_signs():
    with pytest.raises(ValueError, match="signs"):
        ProfanityOptions.model_validate(
            {
                "disguised_severity": "medium",
                "languages": {"en": {"words": ["slut"], "everywhere": True, "ordinary_in": {"sv": ["slut"]}}},
            }
        )
    with pytest.raises(ValueError, match="does not recognise"):
        ProfanityOptions.model_validate(
            {"disguised_severity": "medium", "words": ["x"], "signs": {"fr": ["le"]}}
        )


SWEDISH_FILLERS = ["Butiken", "rean", "lagret", "sortimentet", "kampanjen", "veckan"]
SWEDISH_STOPS = ["och", "är", "på", "att", "för", "som", "vi", "har", "till", "också"]


@settings(max_examples=60, deadline=None)
@given(
    word=st.sampled_from(["slut", "fart", "kock"]),
    filler=st.sampled_from(SWEDISH_FILLERS),
    stops=st.lists(st.sampled_from(SWEDISH_STOPS), min_size=2, max_size=4, unique=True),
    capital=st.booleans(),
)
def test_property_swedish_ordinary_words_with_swedish_stop_words_stay_clean(
    findings, word, filler, stops, capital
):
    said = word.capitalize() if capital else word
    text = f"{filler} {stops[0]} {said} {' '.join(stops[1:])} i dag."
    assert findings(text, "profanity") == []


@settings(max_examples=60, deadline=None)
@given(
    word=st.sampled_from(["conos", "conoses", "Amina", "AMINA", "pena", "anos"]),
    before=st.sampled_from(["Los", "Hay", "Meet", "Con", "Tres"]),
)
def test_property_folded_spellings_of_kept_words_are_never_ordinary_words(findings, word, before):
    text = f"{before} {word} en la tienda"
    assert findings(text, "profanity") == []
