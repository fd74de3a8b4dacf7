"""Profanity in Polish, Swedish, Turkish and Hindi (Hinglish in Latin letters, and Devanagari):
the LDNOOBW lists of those languages, curated as the others are, and the ordinary words of every
language those lists would collide with left alone (the four languages are read in every draft)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.engine.profanity.test_languages import _builder

# (language, draft, the text of the medium-or-high finding): wording of this test, not of any set.
PROFANE = [
    ("pl", "O kurwa, znowu padł serwer pocztowy", "kurwa"),
    ("pl", "Ten nowy system to jakaś chujnia", "chujnia"),
    ("pl", "Spierdalaj z tym raportem, nie mam czasu", "Spierdalaj"),
    ("pl", "Zajebiście, klient znowu zmienił zdanie", "Zajebiście"),
    ("pl", "Pierdolę to, idę do domu", "Pierdolę"),
    ("sv", "Jävla möte, det tog tre timmar", "Jävla"),
    ("sv", "Vad fan håller leverantören på med?", "Vad fan"),
    ("sv", "Han är en riktig skitstövel mot kunderna", "skitstövel"),
    ("tr", "Siktirin gidin, bu fiyata kimse almaz", "Siktirin"),
    ("tr", "Bu ne biçim hizmet amk", "amk"),
    ("tr", "Muhasebedeki o yavşak yine maaşları geciktirdi", "yavşak"),
    ("tr", "Orospu çocuğu gibi davranmayı bırak", "Orospu"),
    ("hi", "Bhenchod, phir se server down ho gaya", "Bhenchod"),
    ("hi", "Woh naya intern bilkul gaandu hai", "gaandu"),
    ("hi", "Kya chutiyapa hai yeh process", "chutiyapa"),
    ("hi", "ये सप्लायर पूरा मादरचोद है", "मादरचोद"),
    ("hi", "कोई भी हरामखोर फाइल नहीं भेजता", "हरामखोर"),
]

# Ordinary drafts of each language, and of others, holding words the four lists left out or that
# resemble kept words: each stays clean.
ORDINARY = [
    "Jutro spotkanie zarządu o dziesiątej, proszę o punktualność.",
    "Suka sudah dikirim? Saya suka kopi ini.",  # Indonesian "suka": to like
    "The CIPA filter blocks those sites in schools.",
    "Vi åt sik och potatis till middag, sedan kom Fan Bingbing på tv.",
    "Stakeholders met in Lund and Randi from Oslo joined by video.",
    "Yarın saat onda toplantı var, lütfen geç kalmayın; amı da not alın.",
    "I got a pic of the sikte at the range; Göte says hi.",
    "Chalo, kal milte hain, chod do yeh baat. Kutta park mein hai.",
    "Le chut! dit la maîtresse. Il faut de l'eau de Javel.",
    "मसाला चाय पीकर हम लंडन के लिए निकले।",
    "Lodo vuole la cucina: la loda anche il critico.",
    "I got the job and I'm so happy, my pic is on the website.",
]


@pytest.mark.parametrize(("language", "text", "span"), PROFANE)
def test_flags_profanity_of_polish_swedish_turkish_and_hindi(findings, language, text, span):
    hits = [f for f in findings(text, "profanity") if f.severity in ("medium", "high")]
    assert [text[f.start : f.end] for f in hits] == [span], language


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_words_near_the_new_lists_are_left_alone(findings, text):
    assert findings(text, "profanity") == [], text


@pytest.mark.parametrize(
    ("text", "span"),
    [("Turecki szef znowu krzyczał: amcik!", "amcik"), ("Ta pierdola znowu gada", "pierdola")],
)
def test_turkish_and_polish_words_typed_without_their_letters(findings, text, span):
    """ "ı" and "ł" do not decompose: a keyboard without them types "i" and "l"."""
    assert [text[f.start : f.end] for f in findings(text, "profanity")] == [span]


def _devanagari() -> list[str]:
    builder = _builder()
    return sorted(w for tier in ("slur", "strong") for w in builder.DEVANAGARI.get(tier, ()))


@settings(max_examples=100, deadline=None)
@given(
    word=st.sampled_from(_devanagari()),
    before=st.sampled_from(["", "यह ", "वो आदमी ", "Yaar "]),
    after=st.sampled_from(["", " है", "!", "।", " hai yaar"]),
)
def test_any_devanagari_word_is_flagged_between_any_words(categories, word, before, after):
    assert "profanity" in categories(f"{before}{word}{after}")


_CLEAN_HINDI = [
    *("कल", "सुबह", "दस", "बजे", "मीटिंग", "है", "कृपया", "समय", "पर", "आएं"),
    *("मसाला", "चाय", "लंडन", "शाखा", "हराम", "पाठशाला", "कमल"),
]


@settings(max_examples=100, deadline=None)
@given(words=st.lists(st.sampled_from(_CLEAN_HINDI), min_size=3, max_size=12))
def test_ordinary_hindi_sentences_are_left_alone(findings, words):
    text = " ".join(words) + "।"
    assert findings(text, "profanity") == [], text
