"""Profanity classes of round 13:

- Portuguese swearing built on "porra", a word Spanish uses ordinarily (a betting pool, a club): in a
  draft that may be Portuguese or Spanish, "porra" alone stays unread, but the Portuguese
  constructions swear ("que porra", "porra nenhuma", "essa porra", "da porra").
- Hinglish abbreviations ("bc", "mc", "bsdk", "bkl"), read only in a draft with Hinglish words
  (``signs``): "bc" is also "because", "BC" a province or an era, "MC" a master of ceremonies.
- A Dutch compound head ("kut") at the start of a word of a language language.py does not detect
  (Turkish "kutluyor", "kutsal", "kutu"; Finnish "kutsu"; Hungarian "kutya"), and Turkish suffixes
  after an apostrophe ("1923'te", "İstanbul'da", "Ankara'dan"): never a profane token."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

CATEGORY = "profanity"

SWEARING = [
    ("pt", "Que porra de impressora, encravou outra vez 😤", "Que porra"),
    ("pt", "Não entendi porra nenhuma da reunião de hoje.", "porra nenhuma"),
    ("pt", "Essa porra de VPN caiu de novo no fecho.", "Essa porra"),
    ("pt", "O novo portal ficou lento da porra.", "da porra"),
    ("pt", "Caralho, o deploy falhou outra vez!", "Caralho"),
    ("pt", "Que merda de semana, nada funciona.", "merda"),
    ("hinglish", "Yaar ye kya bakwaas hai, mc phir se server down", "mc"),
    ("hinglish", "bsdk kya kar raha hai tu, kaam karo", "bsdk"),
    ("hinglish", "Vendor ne phir se invoice galat bheja, bc kya hai yeh", "bc"),
    ("hinglish", "bkl meeting phir se postpone ho gayi yaar", "bkl"),
    ("nl", "Wat een kutdag, alles gaat mis.", "kutdag"),
    ("nl", "Kutweer vandaag!", "Kutweer"),
]

CLEAN = [
    ("es", "Hemos hecho una porra para la final, ¿quién se apunta?"),
    ("es", "La porra del mundial ya está abierta en la oficina."),
    ("en", "I left early bc I was sick, sorry!"),
    ("en", "Vancouver, BC is lovely in May."),
    ("en", "The temple was built in 300 BC."),
    ("hinglish", "Shaadi ka MC bahut accha tha yaar"),
    ("en", "Our MC tonight is Priya Nair, welcome her!"),
    ("tr", "1923'te kurulan şirketimiz bugün 100. yılını kutluyor 🇹🇷"),
    ("tr", "Kutlama programımız cuma günü, kutsal günler kutlu olsun."),
    ("tr", "Bu kutuyu Ankara'dan gönderdik, 2024'te ulaştı."),
    ("tr", "İstanbul'da yeni ofisimiz açıldı, Kuzey Kutbu sergisi de orada!"),
    ("fi", "Kutsu juhlaan tuli eilen."),
    ("hu", "A kutya a kertben van, a kutató pedig az irodában."),
]


@pytest.mark.parametrize(("language", "text", "word"), SWEARING)
def test_close_language_constructions_and_hinglish_abbreviations_swear(findings, language, text, word):
    spans = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert spans == [word], (language, spans)


@pytest.mark.parametrize(("language", "text"), CLEAN)
def test_ordinary_words_of_other_languages_are_not_profanity(findings, language, text):
    assert findings(text, CATEGORY) == [], language


# The class: a Turkish stem (a year, a place, a name, a number) with any case suffix after an
# apostrophe, in a Turkish sentence with the "kut-" words of celebrating, is never profanity.
STEMS = [
    "1923",
    "2024",
    "İstanbul",
    "Ankara",
    "İzmir",
    "Bursa",
    "Ayşe",
    "Kemal",
    "5",
    "100",
    "Acme",
    "Dick",
    "Hull",
]
SUFFIXES = [
    "te",
    "ta",
    "de",
    "da",
    "den",
    "dan",
    "ten",
    "tan",
    "e",
    "a",
    "ye",
    "ya",
    "in",
    "ın",
    "un",
    "ün",
    "nin",
    "nın",
    "deki",
    "daki",
    "le",
    "la",
    "i",
    "ı",
    "u",
    "ü",
]
SENTENCES = [
    "{w} kurulan şirketimiz bugün yıl dönümünü kutluyor",
    "{w} yeni ofisimiz açıldı, hep birlikte kutlayalım",
    "Kutlu olsun! {w} gelen kutuyu açtık",
    "{w} kutsal bir gün, bayramınız kutlu olsun",
]


@settings(max_examples=200, deadline=None)
@given(
    stem=st.sampled_from(STEMS),
    suffix=st.sampled_from(SUFFIXES),
    sentence=st.sampled_from(SENTENCES),
    apostrophe=st.sampled_from(["'", "’"]),
)
def test_turkish_apostrophe_suffixes_and_kut_words_are_never_profanity(
    findings, stem, suffix, sentence, apostrophe
):
    text = sentence.format(w=f"{stem}{apostrophe}{suffix}") + " 🎉"
    assert findings(text, CATEGORY) == [], text


# ...while the Dutch compounds and the Portuguese constructions still swear in any sentence around them.
SWEARS_AND_FRAMES = {
    "nl": (
        ["kutdag", "kutzooi", "klotebaan"],
        ["{s}, de server ligt er weer uit", "Wat een {s} is dit", "{s} vandaag, alles ligt eruit"],
    ),
    "pt": (
        ["que porra", "porra nenhuma", "essa porra"],
        ["Olha, {s}, caiu tudo de novo", "{s}! O sistema não abre", "Hoje foi {s} o dia todo"],
    ),
}


@settings(max_examples=120, deadline=None)
@given(data=st.data(), language=st.sampled_from(sorted(SWEARS_AND_FRAMES)))
def test_dutch_compounds_and_portuguese_constructions_still_swear(findings, data, language):
    swears, frames = SWEARS_AND_FRAMES[language]
    swear, frame = data.draw(st.sampled_from(swears)), data.draw(st.sampled_from(frames))
    text = frame.format(s=swear)
    spans = [text[f.start : f.end].lower() for f in findings(text, CATEGORY)]
    # the construction, or its swearword alone where the draft can only be Portuguese
    assert spans and all(span in swear for span in spans), (text, spans)


# Hinglish abbreviations: in a draft with Hinglish words, found; the same draft in English, clean.
@settings(max_examples=120, deadline=None)
@given(
    abbreviation=st.sampled_from(["bc", "mc", "bsdk", "bkl"]),
    hinglish=st.booleans(),
)
def test_hinglish_abbreviations_need_a_hinglish_draft(findings, abbreviation, hinglish):
    text = (
        f"Client ne phir se scope badal diya, {abbreviation} kya bakwaas hai yaar"
        if hinglish
        else f"The client changed the scope again, {abbreviation} the sprint is already full"
    )
    spans = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert spans == ([abbreviation] if hinglish else []), text
