"""The draft's language (engine/language.py) and what it decides: which languages' lexicons are
consulted. A word is judged by the draft's language ("kut" is Dutch swearing, not German; "retard"
is a French delay), no English finding is lost (English swearing is read in drafts of every
language, but for its words that are ordinary words of the draft's language), short or mixed drafts
consult every language, and a language's lexicon is compiled only when a draft needs it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from preflight.engine import Engine
from preflight.engine.detectors.profanity import ProfanityDetector
from preflight.engine.language import RECOGNISED, languages_of
from preflight.engine.policy import load_policy

REPO = Path(__file__).resolve().parents[2]
PROFANITY = REPO / "rules" / "default" / "profanity.yaml"

# A sentence of each language with a slot for one word: what an employee writes about a supplier.
SENTENCES = {
    "en": "Honestly, this is what we got from the vendor again, and it is {} for all of us.",
    "fr": "Franchement, c'est ce que nous avons reçu du fournisseur, et c'est {} pour nous tous.",
    "de": "Ehrlich gesagt ist das wieder nicht das, was wir vom Lieferanten bekommen haben: {} für uns alle.",
    "es": "Sinceramente, esto es lo que hemos recibido del proveedor otra vez, y es {} para todos nosotros.",
    "it": "Sinceramente, questo è quello che abbiamo ricevuto dal fornitore, ed è {} per tutti noi.",
    "pt": "Sinceramente, isto é o que recebemos do fornecedor outra vez, e é {} para todos nós.",
    "nl": "Eerlijk gezegd is dit wat we weer van de leverancier kregen, en het is {} voor ons allemaal.",
}

DETECTED = [
    ("en", "The release is late again and nobody told the customers."),
    ("fr", "Le train a dix minutes de retard"),
    ("fr", "Nous avons reçu la facture, merci de la payer avant vendredi."),
    ("de", "So eine Scheiße, der Zug fällt aus"),
    ("de", "Wir haben die Rechnung bekommen, bitte bis Freitag bezahlen."),
    ("es", "Hemos recibido la factura, por favor pagadla antes del viernes."),
    ("it", "Abbiamo ricevuto la fattura, per favore pagatela entro venerdì."),
    ("pt", "Recebemos a fatura, por favor paguem até sexta-feira."),
    ("nl", "We hebben de factuur ontvangen, graag voor vrijdag betalen."),
    *((language, sentence.format("x")) for language, sentence in SENTENCES.items()),
]

UNKNOWN = [
    "Putain!",  # one word
    "Eres un gilipollas",  # too little evidence
    "#launch #product #team",
    "東京都港区六本木の新しいオフィスに移転しました。 fuck the move",  # mostly another script
    "Отличная работа команды, the team",
    "",
]


@pytest.mark.parametrize(("language", "text"), DETECTED)
def test_a_draft_is_read_as_its_language(language, text):
    assert languages_of(text).codes == {language}


@pytest.mark.parametrize("text", UNKNOWN)
def test_short_or_other_script_drafts_are_of_unknown_language(text):
    detected = languages_of(text)
    assert not detected.known
    assert all(detected.may_be(code) for code in RECOGNISED)


def test_a_mixed_draft_is_in_each_of_its_languages():
    text = "Der Typ vom Lieferanten ist echt ein Arschloch, sorry not sorry."
    assert languages_of(text).codes == {"de", "en"}
    text = SENTENCES["fr"].format("nul") + " " + SENTENCES["it"].format("brutto")
    assert languages_of(text).codes == {"fr", "it"}


def test_words_of_addresses_and_file_names_are_no_evidence():
    assert not languages_of("Orders: shop.com, blog.com, news.com, mail.com, ana@de.de").known
    assert languages_of("Mail the plan to ana@gmail.com or see acme.io and blog.com").codes == {"en"}


def test_a_language_the_rule_cannot_tell_is_always_consulted():
    assert languages_of(SENTENCES["fr"].format("x")).may_be("sv")


# ---------------------------------------------------------------------------------------------
# The class: a word is judged by the draft's language
# ---------------------------------------------------------------------------------------------
def _lexicons() -> dict[str, set[str]]:
    """Each language's words, every tier (as the generated policy holds them)."""
    words: dict[str, set[str]] = {}
    for rule in yaml.safe_load(PROFANITY.read_text(encoding="utf-8"))["rules"]:
        for language, lists in rule["options"]["languages"].items():
            words.setdefault(language, set()).update(lists.get("words", []))
    return words


def _borrowed() -> set[str]:
    """The oaths read in drafts of every language (``borrowed``: "putain", "kurwa")."""
    return {
        word
        for rule in yaml.safe_load(PROFANITY.read_text(encoding="utf-8"))["rules"]
        for lists in rule["options"]["languages"].values()
        for word in lists.get("borrowed", [])
    }


LEXICONS = _lexicons()
BORROWED = _borrowed()
ONLY_IN = sorted(
    (language, other, word)
    for language, words in LEXICONS.items()
    if language != "en" and language in RECOGNISED  # English is read everywhere (below); so is a
    # language the draft-language rule cannot tell apart (DraftLanguages.may_be)
    for word in words
    if word not in LEXICONS["en"]  # "hoer": Dutch, and an English spelling of "whore"
    and word not in BORROWED  # an oath borrowed into every language ("putain"), read everywhere as English is
    # nor of a language read in every draft ("neger": Dutch, and Swedish and Polish too)
    and not any(word in lexicon for code, lexicon in LEXICONS.items() if code not in RECOGNISED)
    for other in SENTENCES
    if other != language and word not in LEXICONS.get(other, set())
)


@settings(max_examples=200, deadline=None)
@given(case=st.sampled_from(ONLY_IN))
def test_a_word_profane_only_in_one_language_is_judged_by_the_drafts_language(findings, case):
    """Swearing of language A (other than English) written in a draft of language B is an ordinary
    word of B ("kut", "figa", "fica", "cona"...): no finding; in a draft of A it is flagged."""
    language, other, word = case
    elsewhere = SENTENCES[other].format(word)
    assert languages_of(elsewhere).codes == {other}
    assert findings(elsewhere, "profanity") == [], elsewhere
    at_home = SENTENCES[language].format(word)
    found = [at_home[f.start : f.end] for f in findings(at_home, "profanity")]
    assert word in found, at_home


def _ordinary_in() -> dict[str, set[str]]:
    """The English words that are ordinary words of each other language ("tard", "bimbo", "hoor")."""
    ordinary: dict[str, set[str]] = {}
    for rule in _RULES:
        for language, words in rule["options"]["languages"]["en"].get("ordinary_in", {}).items():
            ordinary.setdefault(language, set()).update(words)
    return ordinary


_RULES = yaml.safe_load(PROFANITY.read_text(encoding="utf-8"))["rules"]
ORDINARY_IN = _ordinary_in()
ENGLISH = sorted(LEXICONS["en"] - {w for other in SENTENCES if other != "en" for w in LEXICONS[other]})
# (language, English word) for each English word that is no ordinary word of that language.
BORROWED = sorted(
    (language, word)
    for language in SENTENCES
    if language != "en"
    for word in ENGLISH
    if word not in ORDINARY_IN.get(language, set())
)
# Of the languages language.py tells apart: the others' false friends (Swedish "slut") are told by the
# profanity rules' own stop words (tests/engine/profanity/test_round9_ordinary_words.py).
FALSE_FRIENDS = sorted(
    (language, word) for language, words in ORDINARY_IN.items() if language in SENTENCES for word in words
)


@settings(max_examples=200, deadline=None)
@given(case=st.sampled_from(BORROWED))
def test_english_swearing_is_read_in_a_draft_of_any_language(findings, case):
    """ "Das ist totaler Bullshit": English swearing is borrowed everywhere, with no English around it."""
    language, word = case
    text = SENTENCES[language].format(word)
    assert languages_of(text).codes == {language}
    assert word in [text[f.start : f.end] for f in findings(text, "profanity")], text


@pytest.mark.parametrize(("language", "word"), FALSE_FRIENDS)
def test_an_english_word_that_is_ordinary_in_the_drafts_language_is_left_alone(findings, language, word):
    """ "Il est trop tard", "Ho visto il bimbo", "Dat is goed, hoor": ordinary in a draft of that
    language alone; still flagged in English and in a draft of unknown language."""
    assert findings(SENTENCES[language].format(word), "profanity") == []
    english = SENTENCES["en"].format(word)
    assert word in [english[f.start : f.end] for f in findings(english, "profanity")]
    assert word in [f"{word}!"[f.start : f.end] for f in findings(f"{word}!", "profanity")]


CLAUSES = [
    "the build is {}",
    "this is {} and you know it",
    "what a {} of a week",
    "{} this, we are done",
]


@settings(max_examples=150, deadline=None)
@given(
    word=st.sampled_from(ENGLISH),
    clause=st.sampled_from(CLAUSES),
    other=st.sampled_from(sorted(set(SENTENCES) - {"en"})),
    repeats=st.integers(min_value=1, max_value=8),
    english_first=st.booleans(),
)
def test_no_english_finding_is_lost_to_a_draft_mostly_in_another_language(
    findings, word, clause, other, repeats, english_first
):
    """However much of the draft is in another language, an English clause keeps the English lexicon in."""
    foreign = " ".join([SENTENCES[other].format("x")] * repeats)
    english = clause.format(word)
    text = f"{english}. {foreign}" if english_first else f"{foreign} {english}."
    assert "en" in languages_of(text).codes
    assert word in [text[f.start : f.end].lower() for f in findings(text, "profanity")], text


# ---------------------------------------------------------------------------------------------
# Disguises, in every language
# ---------------------------------------------------------------------------------------------
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def _leet(word: str, i: int) -> str | None:
    spots = [j for j, ch in enumerate(word) if ch.lower() in _LEET]
    if not spots:
        return None
    j = spots[i % len(spots)]
    return word[:j] + _LEET[word[j].lower()] + word[j + 1 :]


def _star(word: str, i: int) -> str | None:
    if len(word) < 4:
        return None
    j = 1 + i % (len(word) - 2)
    return word[:j] + "*" + word[j + 1 :]


def _stretch(word: str, i: int) -> str | None:
    j = i % len(word)
    return word[: j + 1] + word[j] * 3 + word[j + 1 :]


def _spaced(word: str, i: int) -> str | None:
    return " ".join(word) if word.isascii() and len(word) <= 20 else None


def _cut(word: str, i: int) -> str | None:
    """Cut by a hyphen or an underscore, one piece of one or two letters ("a-hole", "merd_e")."""
    if len(word) < 4:
        return None
    at = (1, 2, len(word) - 2, len(word) - 1)[i % 4]
    return word[:at] + "-_"[i // 4 % 2] + word[at:]


DISGUISES = {"leet": _leet, "star": _star, "stretch": _stretch, "spaced": _spaced, "cut": _cut}
# Names flag only in lower case ("Dick Smith", the brand FCUK), and so do the words holding one.
NAMES = {
    n
    for rule in _RULES
    for lists in rule["options"]["languages"].values()
    for n in lists.get("capitalised_is_name", [])
}
STRONG = sorted(
    (language, word)
    for rule in _RULES
    if rule["id"] != "profanity.mild"
    for language, lists in rule["options"]["languages"].items()
    if language in SENTENCES
    for word in lists.get("words", [])
    if not any(name in word for name in NAMES)
)


@settings(max_examples=200, deadline=None)
@given(
    case=st.sampled_from(STRONG),
    disguise=st.sampled_from(sorted(DISGUISES)),
    i=st.integers(min_value=0, max_value=30),
    upper=st.booleans(),
)
def test_disguised_profanity_is_flagged_in_every_language(categories, case, disguise, i, upper):
    language, word = case
    disguised = DISGUISES[disguise](word.upper() if upper else word, i)
    if disguised is None:
        return
    text = SENTENCES[language].format(disguised)
    assert "profanity" in categories(text), text


# ---------------------------------------------------------------------------------------------
# Loaded only as needed, and cheap
# ---------------------------------------------------------------------------------------------
def test_a_languages_lexicon_is_compiled_only_when_a_draft_needs_it(engine, settings):
    fresh = Engine(load_policy(settings.default_rules_dir), settings, nlp=engine.nlp).warm_up()
    detectors = [d for d in fresh.policy.detectors if isinstance(d, ProfanityDetector)]
    # A language the draft-language rule cannot tell apart (Polish, Swedish, Turkish, Hindi) is read
    # in every draft (DraftLanguages.may_be), so its lexicon is compiled with the first draft.
    always = set().union(*(d.compiled_languages for d in detectors)) - {"en"}
    assert detectors and not always & RECOGNISED
    fresh.screen(SENTENCES["fr"].format("nul"))
    assert set().union(*(d.compiled_languages for d in detectors)) == {"en", "fr"} | always
    fresh.screen("Putain!")  # unknown: every language
    assert set().union(*(d.compiled_languages for d in detectors)) == set(SENTENCES) | always


def test_an_overlays_words_count_in_every_language(engine, settings, tmp_path):
    """An organisation's own words (options.words, outside languages) flag whatever the draft's
    language, and its per-language words only in drafts that may be in that language."""
    (tmp_path / "words.yaml").write_text(
        "rules:\n"
        "  - id: acme.profanity\n"
        "    category: profanity\n"
        "    detector: profanity\n"
        "    severity: medium\n"
        "    message: Acme's banned words.\n"
        "    guidance: Remove the word.\n"
        "    options:\n"
        "      disguised_severity: medium\n"
        "      words: [frak]\n"
        "      languages:\n"
        "        fr: {words: [zut]}\n",
        encoding="utf-8",
    )
    custom = Engine(load_policy(settings.default_rules_dir, [tmp_path]), settings, nlp=engine.nlp)

    def flagged(text: str) -> list[str]:
        return [text[f.start : f.end] for f in custom.screen(text).findings if f.category == "profanity"]

    for language in ("en", "de", "fr"):
        assert flagged(SENTENCES[language].format("frak")) == ["frak"], language
    assert flagged(SENTENCES["fr"].format("zut")) == ["zut"]
    assert flagged(SENTENCES["de"].format("zut")) == []
