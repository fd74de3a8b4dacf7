"""Profanity in French, German, Spanish, Italian, Portuguese and Dutch: the words each language's
swearing uses are flagged (with or without accents, in any case, through the usual disguises), and
ordinary words of those languages that hold or resemble them are left alone."""

from __future__ import annotations

import functools
import importlib.util
import json
import sys
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from preflight.engine.detectors.profanity import ProfanityOptions
from preflight.engine.language import RECOGNISED
from pydantic import ValidationError

REPO = Path(__file__).resolve().parents[3]
BUILDER = REPO / "tools" / "build_profanity_lexicon.py"
SOURCES = REPO / "tools" / "sources" / "naughty-words"


@functools.cache
def _builder():
    """The lexicon builder's tables (a script, not a package: loaded by path)."""
    spec = importlib.util.spec_from_file_location("build_profanity_lexicon", BUILDER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


# (draft, the text of the medium-or-high finding)
PROFANE = [
    ("fr", "Putain, le train est encore supprimé", "Putain"),
    ("fr", "Quel connard a garé sa voiture devant l'entrée ?", "connard"),
    ("fr", "C'est de la merde, ce logiciel", "merde"),
    ("fr", "Espèce d'enculé, rends-moi mon badge", "enculé"),
    ("fr", "espece d'encule, rends-moi mon badge", "encule"),
    ("fr", "MERDE ! Le serveur est tombé", "MERDE"),
    ("fr", "Ce client est un vrai trou du cul", "trou du cul"),
    ("de", "So eine Scheiße, der Zug fällt aus", "Scheiße"),
    ("de", "So eine Scheisse, der Zug fällt aus", "Scheisse"),
    ("de", "SCHEISSE, schon wieder Montag", "SCHEISSE"),
    ("de", "Der Typ ist ein echtes Arschloch", "Arschloch"),
    ("de", "Was für ein Wichser", "Wichser"),
    ("de", "Sch31ße, der Build ist rot", "Sch31ße"),
    ("es", "Joder, otra vez se cayó el servidor", "Joder"),
    ("es", "Eres un gilipollas", "gilipollas"),
    ("es", "Qué mierda de servicio", "mierda"),
    ("es", "Ese cabrón me robó el sitio", "cabrón"),
    ("es", "Ese cabron me robó el sitio", "cabron"),
    ("it", "Che cazzo stai facendo?", "cazzo"),
    ("it", "Sei proprio uno stronzo", "stronzo"),
    ("it", "Vaffanculo, il treno è in ritardo", "Vaffanculo"),
    ("it", "che c@zzo di giornata", "c@zzo"),
    ("pt", "Caralho, perdi o autocarro outra vez", "Caralho"),
    ("pt", "Que merda de reunião", "merda"),
    ("pt", "Filho da puta, roubou o meu lugar", "puta"),
    ("pt", "vai tomar no cu, cliente", "vai tomar no cu"),
    ("nl", "Kut, de trein is weer te laat", "Kut"),
    ("nl", "Godverdomme, de server ligt eruit", "Godverdomme"),
    ("nl", "Wat een klootzak is die buurman", "klootzak"),
    ("nl", "Die vent is een hufter", "hufter"),
    # English swearing is borrowed in every language.
    ("de", "Das ist totaler Bullshit, sorry", "Bullshit"),
    ("fr", "Ce projet est un fucking désastre", "fucking"),
]

SLURS = [
    ("fr", "Arrête de le traiter de pédé", "pédé"),
    ("de", "Er nannte ihn eine Schwuchtel", "Schwuchtel"),
    ("es", "No le llames maricón", "maricón"),
    ("it", "Smettila di chiamarlo frocio", "frocio"),
    ("pt", "Ele chamou-lhe paneleiro", "paneleiro"),
    ("nl", "Noem hem geen flikker", "flikker"),
]

MILD = [
    ("fr", "Quel bordel dans ce bureau", "bordel"),
    ("de", "Verdammt, ich habe den Schlüssel vergessen", "Verdammt"),
    ("it", "Porca miseria, piove ancora", "Porca miseria"),
    ("pt", "Que bosta de tempo", "bosta"),
    ("nl", "Klote, mijn fiets is gestolen", "Klote"),
]

# Ordinary words of these languages that hold a profane string, mean something else, or are
# swearing in another language: no profanity finding at all.
INNOCENT = [
    ("fr", "Le concours est ouvert et la conclusion du rapport est prête"),
    ("fr", "Un café con leche, por favor: on est à Madrid"),
    ("fr", "Appuyez sur la pédale de frein, la tapette à mouches est dans le tiroir"),
    ("fr", "Notre chatte a eu trois chatons, et la rue est un cul-de-sac"),
    ("fr", "Une conserverie de Concarneau recrute"),
    ("de", "Bitte die Schwanzflosse des Wals beachten"),
    ("de", "Vorsicht, Gift! Die Vögeln im Park nicht füttern"),
    ("de", "Unsere Muschi schläft auf dem Sofa, der Kanal ist nackt und leer"),
    ("de", "Der Arschin ist ein altes russisches Maß"),
    ("es", "Café con leche y una computadora nueva para la oficina"),
    ("es", "Voy a coger el autobús de las ocho con mi hermano"),
    ("es", "La concha del caracol y el pinche de cocina"),
    ("es", "Un cono de helado, por favor"),
    ("es", "La porra del mundial: ¿quién gana?"),
    ("it", "La cazzuola del muratore è sul tavolo"),
    ("it", "Finocchio, palle di neve e il bocchino del sassofono"),
    ("it", "Pasta con le vongole e un bicchiere di vino"),
    ("it", "Visita a Troia e al museo archeologico"),
    ("pt", "Ele fica em casa com o pai e come bolo"),
    ("pt", "Uma bicha enorme no supermercado, e um veado no parque"),
    ("pt", "Cuidado com o cão; comer fora é caro"),
    ("pt", "O corno do touro e o pau de madeira"),
    ("pt", "O cliente pede a conta, e a Xana paga"),
    ("nl", "Zet de pot op het vuur en maak een gat in de paal"),
    ("nl", "Naaien is een hobby; de pijpen zijn lek"),
    ("nl", "De eikel viel van de eik en KWF zet zich in tegen kanker"),
    ("nl", "Je moet de tering naar de nering zetten"),
    ("nl", "We huren een auto voor het weekend"),
    ("sv", "Jag fick ett mejl från kunden i morse"),
    # English swearing that is an everyday word of the draft's language (read only in English).
    ("fr", "Il est trop tard, le train a du retard et la douche est froide"),
    ("it", "Ho visto il bimbo al parco con la mamma"),
    ("nl", "Dat is goed hoor, het is klaar"),
    ("de", "Wir haben großen Kummer mit dem neuen Lieferanten"),
]


@pytest.mark.parametrize(("language", "text", "span"), PROFANE + SLURS)
def test_flags_profanity_of_each_language(categories, findings, language, text, span):
    assert "profanity" in categories(text), language
    flagged = [f for f in findings(text, "profanity") if f.severity != "low"]
    assert [text[f.start : f.end] for f in flagged] == [span]


@pytest.mark.parametrize(("language", "text", "span"), SLURS)
def test_slurs_of_each_language_are_high(findings, language, text, span):
    [finding] = findings(text, "profanity")
    assert (finding.severity, finding.rule_id) == ("high", "profanity.slur"), language


@pytest.mark.parametrize(("language", "text", "span"), MILD)
def test_mild_words_of_each_language_are_low(categories, findings, language, text, span):
    assert "profanity" not in categories(text), language
    [finding] = findings(text, "profanity")
    assert (finding.severity, text[finding.start : finding.end]) == ("low", span)


@pytest.mark.parametrize(("language", "text"), INNOCENT)
def test_ordinary_words_of_each_language_are_left_alone(findings, language, text):
    assert findings(text, "profanity") == [], language


def test_every_kept_word_comes_from_its_language_source():
    builder = _builder()
    for language, tiers in builder.LANGUAGES.items():
        source = {e.strip().lower() for e in json.loads((SOURCES / f"{language}.json").read_text("utf-8"))}
        for entries in tiers.values():
            assert set(entries) <= source, language


def test_the_source_licence_is_recorded():
    licences = (REPO / "rules" / "LICENSES.md").read_text("utf-8")
    assert "naughty-words" in licences and "CC-BY-4.0" in licences
    assert (SOURCES / "LICENSE").read_text("utf-8").startswith("Attribution 4.0 International")


def _kept_words() -> list[tuple[str, str]]:
    """(language, word) for every slur and strong word of the six languages."""
    builder = _builder()
    words = set()
    for language in builder.LANGUAGES:
        for tier in ("slur", "strong"):
            for entry in (
                *builder.LANGUAGES[language].get(tier, ()),
                *builder.LANGUAGE_ADDITIONS[language].get(tier, ()),
            ):
                if " " not in entry and "-" not in entry and entry not in builder.LANGUAGE_NAMES:
                    words.add((language, entry))
    return sorted(words)


KEPT = _kept_words()
CASES = (str.lower, str.upper, str.capitalize)
# What may come before a word: nothing that names a language, or words of the word's own language
# (a word is judged by the draft's language: Dutch swearing after "Ça alors" is not French swearing).
NEUTRAL_OPENERS = ["", "Honestly, ", "— ", "\n"]
OPENERS = {
    "fr": "Ça alors: ",
    "it": "Ma che ",
    "de": "Das ist ja ",
    "es": "Vaya, qué ",
    "pt": "Olha só: ",
    "nl": "Nou zeg: ",
    "pl": "No nie: ",
    "sv": "Det är ju: ",  # two of the Swedish stop words (signs) that words like "fan" need
    "tr": "Yahu: ",
    "hi": "Yaar kya hai: ",  # two Hinglish signs, that abbreviations like "bc" need
}


@settings(max_examples=150, deadline=None)
@given(
    kept=st.sampled_from(KEPT),
    case=st.sampled_from(CASES),
    folded=st.booleans(),
    own_opener=st.booleans(),
    neutral=st.sampled_from(NEUTRAL_OPENERS),
    after=st.sampled_from(["", "!", " today.", "...", ", sorry", "\n"]),
)
def test_any_kept_word_is_flagged_in_any_case_with_or_without_accents(
    categories, kept, case, folded, own_opener, neutral, after
):
    """Every slur and strong word of the six languages, as typed in any case, with its accents or
    without them (where the bare spelling is not another word), between any punctuation."""
    builder = _builder()
    language, word = kept
    if folded and not builder.keeps_accents(word):
        word = builder.fold_accents(word)
    # A word that reads as a first name once folded or capitalised ("amına": "Amina", "AMINA") counts
    # in lower case only, as the names of LANGUAGE_NAMES do.
    if builder.fold_accents(word) in builder.LANGUAGE_NAMES:
        case = str.lower
    # A word that is an ordinary word of a close language ("porra") counts in a draft of its own
    # language, not in one that may be the other.
    close = {w for others in builder.ORDINARY_IN_CLOSE_LANGUAGE.get(language, {}).values() for w in others}
    # A word read only where the draft's stop words show its language (Swedish "fan", ordinary in
    # English) counts after an opener of its own language.
    signed_only = set(builder.ONLY_WITH_SIGNS.get(language, ()))
    before = OPENERS[language] if own_opener or word in close or word in signed_only else neutral
    # Hindi "loda" is Italian for "praises": with no stop word language.py knows, the draft may be
    # Italian, so the word is left alone by design (the draft language cannot be told for Hindi).
    assume(not (word in close and language not in RECOGNISED))
    assert "profanity" in categories(f"{before}{case(word)}{after}")


def test_french_retard_is_a_delay(findings):
    assert findings("Le train a dix minutes de retard", "profanity") == []


# Ordinary words of each language, chosen near the lexicon: words holding a profane string
# ("concours", "Schwanzflosse", "cazzuola"), words left out as ordinary ("con", "fica", "pot", "Gift",
# "coger"), and swearing of one language that is an ordinary word of another.
_ORDINARY = {
    "fr": "con concours conclusion connaissance conseil culture cul-de-sac bite pédale chatte tapette "
    "retarder putatif computation salade bordereau",
    "de": "Gift Schwanzflosse Arschin Muschel Vögeln bitte Kuh Konto Fichte Hurrikan Scheibe Fotografie "
    "nackt Kanal Wichtel",
    "es": "con computadora coger concha pinche porra cono culebra putativo miércoles mamá follaje "
    "puntual verdad",
    "it": "con cazzuola finocchio scopare bocchino palle figura fica cogliere cono troiano meridiano "
    "strozzapreti pompiere",
    "pt": "com fica cuidado comer pau bicha veado corno conta merecer carambola putativo fofura cachecol",
    "nl": "pot gat hol paal naaien pijpen huren lullen kutsch eikel kanker tering rietje snoep koffie kaart",
}
ORDINARY = {language: words.split() for language, words in _ORDINARY.items()}


@settings(max_examples=150, deadline=None)
@given(data=st.data(), language=st.sampled_from(sorted(ORDINARY)))
def test_sentences_of_ordinary_words_are_left_alone(findings, data, language):
    words = data.draw(st.lists(st.sampled_from(ORDINARY[language]), min_size=3, max_size=12))
    case = data.draw(st.sampled_from([str, str.lower, str.capitalize]))
    text = " ".join(case(w) for w in words) + "."
    assert findings(text, "profanity") == [], text


@pytest.mark.parametrize(
    ("options", "accepted"),
    [
        ({"words": ["scheiße", "enculé", "coño"]}, True),
        ({"phrases": ["nique ta mère"]}, True),
        ({"words": ["Scheiße"]}, False),  # words are lower case: the detector lower-cases drafts
        ({"words": ["блядь"]}, False),  # Latin letters only: the tokeniser reads Latin script
        ({"words": ["a÷b"]}, False),
    ],
)
def test_lexicon_words_may_hold_accented_latin_letters(options, accepted):
    options = {"disguised_severity": "medium", **options}
    if accepted:
        ProfanityOptions(**options)
    else:
        with pytest.raises(ValidationError):
            ProfanityOptions(**options)
