"""Words hidden from every detector by what is put between their letters, and hosts whose dots are
hidden: the matching view reads them as written (engine/text.py), so every category finds them, and
a finding covers exactly the characters the author typed.

The family: letters spaced out ("C O N F I D E N T I A L"), joined by one repeated separator
("c-u-r-e-s", "s.e.c.r.e.t", "h_e_i_l_t", "c - u - r - e"), a word cut into pieces of one or two
letters ("bl.ue.bi.rd"), dots spaced out or defanged in hosts and links ("bit . ly / x", "10[.]0[.]3[.]7",
"tinyurl (dot) com", "hxxps[:]//"). What must stay as it is: initials, abbreviations, single-letter
words of prose, lists, grades, chess moves, maths, Korean.
"""

from __future__ import annotations

import re
from unittest import mock

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from preflight.engine import text as text_module

common = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def findings(engine, text: str) -> set[tuple[str, str]]:
    """(category, the original text it covers) of every finding at medium or above."""
    return {
        (f.category, text[f.start : f.end])
        for f in engine.screen(text).findings
        if f.severity in ("medium", "high")
    }


def categories(engine, text: str) -> set[str]:
    return {category for category, _ in findings(engine, text)}


# (category, draft, what the finding covers: exactly, or None when the finding reaches further, as a
# claim's does, and only has to hold the hidden word)
HIDDEN = [
    # code names (the overlay's Bluebird, Nightjar, Orion X, Project Falcon)
    ("confidential.codename", "Heads up: N-I-G-H-T-J-A-R ships to beta next week", "N-I-G-H-T-J-A-R"),
    ("confidential.codename", "Die Folien zu N i g h t j a r liegen im Teamordner", "N i g h t j a r"),
    (
        "confidential.codename",
        "la démo de P r o j e c t  F a l c o n est prête",
        "P r o j e c t  F a l c o n",
    ),
    ("confidential.codename", "roadmap for O.r.i.o.n X is frozen", "O.r.i.o.n X"),
    ("confidential.codename", "kickoff: n i g h t j a r launch slides are ready", "n i g h t j a r"),
    ("confidential.codename", "n.ig.ht.ja.r retro moved to Thursday", "n.ig.ht.ja.r"),
    ("confidential.codename", "el equipo de B·l·u·e·b·i·r·d sale mañana", "B·l·u·e·b·i·r·d"),
    # markings
    ("confidential.marking", "S T R I C T L Y  C O N F I D E N T I A L: Q3 roadmap attached", None),
    ("confidential.marking", "I N T E R N A L  O N L Y - do not forward the pricing deck", None),
    ("confidential.marking", "V E R T R A U L I C H: Entwurf der Preisliste", "V E R T R A U L I C H"),
    ("confidential.marking", "C. O. N. F. I. D. E. N. T. I. A. L. draft of the org chart", None),
    # guarantees
    ("claims.guarantee", "we g u a r a n t e e you will double your money in a week", None),
    ("claims.guarantee", "Rendimiento g-a-r-a-n-t-i-z-a-d-o del 20% cada mes", None),
    ("claims.guarantee", "Résultats g.a.r.a.n.t.i.s en 30 jours ou remboursé", None),
    ("claims.guarantee", "Gains g-u-a-r-a-n-t-e-e-d: 5% a week, every week", None),
    # health claims
    ("claims.health", "Este suplemento c u r a la diabetes en dos semanas", None),
    ("claims.health", "Our tea c.u.r.e.s anxiety and insomnia, try it", None),
    ("claims.health", "Dieses Öl h_e_i_l_t Arthrose in 14 Tagen", None),
    ("claims.health", "this balm c - u - r - e - s eczema for good", None),
    # addresses, links and hosts
    (
        "pii.email",
        "Write to m a r i a . l o p e z @ g m a i l . c o m for tickets",
        "m a r i a . l o p e z @ g m a i l . c o m",
    ),
    ("pii.email", "contact: jan.kowalski[at]wp[.]pl for the form", "jan.kowalski[at]wp[.]pl"),
    ("link.suspicious", "Promo link: tinyurl (dot) com / y7abc2 grab it", "tinyurl (dot) com / y7abc2"),
    ("link.suspicious", "Code: hxxps://bit[.]ly/4kLmN2 for the giveaway", "hxxps://bit[.]ly/4kLmN2"),
    ("link.suspicious", "full deck: bit . ly/ 9QwErT if the other one fails", "bit . ly/ 9QwErT"),
    (
        "confidential.internal_host",
        "Staging dashboard: 192[.]168[.]4[.]17 until Friday",
        "192[.]168[.]4[.]17",
    ),
    ("confidential.internal_host", "Metabase moved to 10 . 0 . 12 . 9 for now", "10 . 0 . 12 . 9"),
    ("confidential.internal_host", "builds run on ci{.}acme{.}corp again", "ci{.}acme{.}corp"),
]


@pytest.mark.parametrize(("category", "text", "covered"), HIDDEN)
def test_a_hidden_word_is_found_where_it_was_typed(
    engine, category: str, text: str, covered: str | None
) -> None:
    found = [span for cat, span in findings(engine, text) if cat == category]
    assert found, f"{category} not found in {text!r}"
    if covered is not None:
        assert covered in found


# The spelled version reads as the plain one: warnings, negations and questions stay what they were.
SAME_AS_PLAIN = [
    (
        "Is it true that this tea c u r e s anxiety? My doctor says no",
        "Is it true that this tea cures anxiety? My doctor says no",
    ),
    ("No product c-u-r-e-s diabetes, talk to your doctor", "No product cures diabetes, talk to your doctor"),
    (
        "Nothing in life is g u a r a n t e e d, enjoy the ride",
        "Nothing in life is guaranteed, enjoy the ride",
    ),
    ("saw a b l u e b i r d at the feeder this morning", "saw a bluebird at the feeder this morning"),
    ("this is a s h i t idea", "this is a shit idea"),
]


@pytest.mark.parametrize(("spelled", "plain"), SAME_AS_PLAIN)
def test_a_spelled_word_reads_as_the_word(engine, spelled: str, plain: str) -> None:
    assert categories(engine, spelled) == categories(engine, plain)


# Single letters, initials, abbreviations and dots that are what they look like.
CLEAN = [
    "Plan A B C failed, so we went with D",
    "J. R. R. Tolkien wrote it in the U.S.A., i.e. not here, a.k.a. there",
    "il y a à faire demain, y a-t-il du pain ?",
    "Options: a, b, c, d or e",
    "Grades this term: A B C D F across the class",
    "1. e4 e5 2. Nf3 Nc6 3. Bb5 a6, the Ruy Lopez",
    "Let x y z w be vectors in R n",
    "이 책 좀 봐 정말 좋아",
    "Read the docs at example[.]com before asking",
    "see example . com for more",
    "why we moved from .local names to .internal ones, and from .com to .io",
    "Never click evil[.]com links, they are phishing",
    "The up-to-date list is in the wiki",
    "Version 4 . 2 ships on Monday",
    "The x-y-z axes are labelled in the figure",
]


@pytest.mark.parametrize("text", CLEAN)
def test_what_hides_nothing_is_not_flagged(engine, text: str) -> None:
    assert not categories(engine, text)


# ---------------------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------------------

SEPARATORS = [" ", "-", ".", "_", "\u00b7", "|", " - ", " . ", " _ "]
# (category, word or name, drafts it stands in: "{w}" is the word)
FAMILIES = [
    (
        "confidential.codename",
        "Nightjar",
        ["Slides for {w} are in the shared drive", "{w} ships next week, keep it quiet"],
    ),
    (
        "confidential.codename",
        "Bluebird",
        ["Standup for {w} moved to 10:30", "the {w} beta opens to staff on Monday"],
    ),
    (
        "confidential.codename",
        "Orion X",
        ["Big things coming with {w}, stay tuned", "Die Demo von {w} ist fertig"],
    ),
    (
        "confidential.marking",
        "CONFIDENTIAL",
        ["{w}: the Q3 roster is attached", "{w} — early look at the redesign"],
    ),
    (
        "confidential.marking",
        "VERTRAULICH",
        ["{w}: Entwurf der Preisliste", "{w} - bitte nicht weiterleiten"],
    ),
]


def spelled(word: str, separator: str) -> str:
    """Each word of ``word`` with ``separator`` between its letters; words apart by two spaces when
    the separator is a space (one gap wider than the letters'), by one space otherwise."""
    gap = "  " if separator == " " else " "
    return gap.join(separator.join(part) for part in word.split())


@common
@given(family=st.sampled_from(FAMILIES), separator=st.sampled_from(SEPARATORS), data=st.data())
def test_a_spelled_word_of_every_family_is_found_exactly(engine, family, separator: str, data) -> None:
    category, word, templates = family
    hidden = spelled(word, separator)
    text = data.draw(st.sampled_from(templates)).format(w=hidden)
    assert (category, hidden) in findings(engine, text)


@common
@given(
    separator=st.sampled_from(SEPARATORS),
    template=st.sampled_from(
        [
            "we {w} you will double your money in a month",
            "Your returns are {w}, or we pay you back",
            "100% {w} results or your money back",
        ]
    ),
)
def test_a_spelled_guarantee_is_found(engine, separator: str, template: str) -> None:
    word = "guaranteed" if "{w}," in template or "% {w}" in template else "guarantee"
    hidden = spelled(word, separator)
    text = template.format(w=hidden)
    spans = [span for category, span in findings(engine, text) if category == "claims.guarantee"]
    assert any(hidden in span for span in spans)


# Ordinary words, single-letter words of several languages, initials, abbreviations, numbers,
# hyphenated words, hosts and punctuation: sentences of them read the same with and without the pass.
ORDINARY_LINES = (
    "the team meeting moved to Thursday and a coffee I you we y a à e o i u",
    "il est ça va en de la el por que und ist nicht w z na się",
    "J. R. R. U.S.A. e.g. i.e. a.k.a. Ph.D. Plan A B C D x y z",
    "up-to-date a-t-il e-mail T-shirt x-ray 3.5 4.2.1 10:30 2024 $12.99 50%",
    "example.com www.acme.org bit.ly/abc , . ; : - ! ? ( ) Anna Kowalski Paris",
)
ORDINARY = [word for line in ORDINARY_LINES for word in line.split()]


@common
@given(words=st.lists(st.sampled_from(ORDINARY), min_size=3, max_size=25))
def test_ordinary_sentences_read_the_same_with_and_without_the_pass(engine, words: list[str]) -> None:
    text = " ".join(words)
    with_pass = findings(engine, text)
    with mock.patch.object(text_module, "_unhidden", lambda view: view):
        without = findings(engine, text)
    assert with_pass == without


# ---------------------------------------------------------------------------------------------
# Cyrillic and Greek words stay themselves; Latin words typed with their look-alikes read as Latin
# ---------------------------------------------------------------------------------------------
NATIVE_NAMES = ["Ракета", "Сокол", "Πήγασος", "Αστέρι"]


@pytest.fixture(scope="module")
def native_engine(settings, tmp_path_factory):
    """The default policy with code names written in Cyrillic and Greek ("Ракета" holds look-alikes
    only, "Сокол" a letter of its own)."""
    from preflight.engine import Engine

    overlay = tmp_path_factory.mktemp("native")
    names = "\n".join(f"    - {name}" for name in NATIVE_NAMES)
    (overlay / "names.yaml").write_text(f"lists:\n  code_names:\n{names}\n", encoding="utf-8")
    return Engine.from_settings(settings, [overlay]).warm_up()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Запуск проекта Ракета перенесли на пятницу.", "Ракета"),
        ("Команда Сокол закончила бета-тест.", "Сокол"),
        ("Презентацію Ракета перенесли на вівторок.", "Ракета"),  # Ukrainian
        ("Το Πήγασος βγαίνει τον Μάρτιο.", "Πήγασος"),
        ("Η ομάδα του Αστέρι ετοιμάζει την παρουσίαση.", "Αστέρι"),
    ],
)
def test_a_cyrillic_or_greek_name_is_found_in_its_language(native_engine, text: str, name: str) -> None:
    assert ("confidential.codename", name) in findings(native_engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ракеты летят к Марсу: читайте нашу статью.",  # another word of the same root
        "Сок и молоко по акции.",
        "Αστέρια και πλανήτες απόψε στον ουρανό.",
    ],
)
def test_other_cyrillic_words_are_not_a_name(native_engine, text: str) -> None:
    assert findings(native_engine, text) == set()


@pytest.mark.parametrize(
    ("text", "category", "typed"),
    [
        ("Войди на раураl.com/login и подтверди карту", "link.suspicious", "раураl.com/login"),
        ("Войдите на раура.com и подтвердите платёж", "link.suspicious", "раура.com"),
        ("Στείλε τον κωδικό στο αρple.com σήμερα", "link.suspicious", "αρple.com"),
        ("Это СОNFIDENTIAL: план на Q3", "confidential.marking", "СОNFIDENTIAL"),
        ("Вluebird выходит в понедельник", "confidential.codename", "Вluebird"),
    ],
)
def test_look_alike_latin_words_in_cyrillic_or_greek_prose_are_still_found(
    engine, text: str, category: str, typed: str
) -> None:
    assert (category, typed) in findings(engine, text)


@common
@given(
    prose=st.sampled_from(["Запуск {} в пятницу.", "Το {} βγαίνει σύντομα.", "Проект {} готов."]),
    name=st.sampled_from(NATIVE_NAMES),
)
def test_a_native_name_in_native_prose_is_found_exactly(native_engine, prose: str, name: str) -> None:
    text = prose.format(name)
    assert ("confidential.codename", name) in findings(native_engine, text)


# ---------------------------------------------------------------------------------------------
# Digits typed for letters inside words ("leetspeak"), in every category
# ---------------------------------------------------------------------------------------------
# The family: a word of any rule with some of its letters typed as the digits that look like them
# (3 e, 4 a, 0 o, 5 s, 7 t, 1 i or l) between its other letters, in any language. What must stay:
# numbers, units, versions, model names and codes ("3x", "10k", "B2B", "4G", "H2O", "COVID-19",
# "Web3", "mp3", "A1B3-77"), and credentials, which the secret detectors read as typed.
LEET = [
    ("claims.guarantee", "Rendimiento g4r4nt1z4do del 15% cada mes", "Rendimiento g4r4nt1z4do"),
    ("claims.guarantee", "Unser Fonds ist r1s1kofr3i: 8% im Jahr", "r1s1kofr3i"),
    ("claims.guarantee", "Zero-r1sk 1nvestment, g4ranteed returns", "Zero-r1sk"),
    ("claims.guarantee", "Résultats g4r4nt1s en 30 jours", "Résultats g4r4nt1s"),
    ("claims.health", "This tea is cl1n1cally pr0ven to calm nerves", "cl1n1cally pr0ven"),
    ("claims.health", "Ce complément gu3rit le d1abète en 2 semaines", "gu3rit le d1abète"),
    ("confidential.marking", "C0NF1DENT1AL: Q3 board deck attached", "C0NF1DENT1AL"),
    ("confidential.marking", "Documento r1s3rv4to, non inoltrare", None),
    ("confidential.codename", "Proyecto B1uebird listo para la demo", "B1uebird"),
    ("confidential.codename", "N1ghtj4r slides are in the team folder", "N1ghtj4r"),
]


@pytest.mark.parametrize(("category", "text", "typed"), LEET)
def test_a_word_typed_with_digits_for_letters_is_found(engine, category: str, text: str, typed) -> None:
    spans = [span for found, span in findings(engine, text) if found == category]
    assert spans, text
    if typed is not None:
        assert typed in spans


@pytest.mark.parametrize(
    "text",
    [
        "Our B2B platform: 3x faster, 10k seats, 4G and 5G modems, H2O filters.",
        "COVID-19 boosters, Web3 talks and mp3 files: all in the Q4 newsletter.",
        "Order A1B3-77 shipped; tracking id X7K4Q, model RTX4070, room B12.",
        "Meet me at 10am, 3pm or 7pm in building 4A, floor 3.",
        "The kit has 5mg tablets, 2x daily for 7days.",
        "Get 50% off for 24h at w3schools.com and our 1st anniversary sale.",
        "Ping @b0b about the A1c results, or j0hn.d03 on the intranet wiki.",
    ],
)
def test_numbers_units_models_and_codes_are_not_words(engine, text: str) -> None:
    assert findings(engine, text) == set()


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("password: gu4r4nt33d", "gu4r4nt33d"),
        ("pwd=r1skfr3e123", "r1skfr3e123"),
        ("Das Passwort ist c0nf1d3nt1al77", "c0nf1d3nt1al77"),
    ],
)
def test_a_credential_is_read_as_typed(engine, text: str, typed: str) -> None:
    assert ("secret", typed) in findings(engine, text)


def test_profanity_reads_digits_as_typed(engine) -> None:
    """A digit may hide any letter to the profanity detector ("sh0t"): the view's reading of it does not
    take that away."""
    assert {
        span for category, span in findings(engine, "what a bullsh0t excuse") if category == "profanity"
    } == {"bullsh0t"}


_LEET_OF = {"e": "3", "a": "4", "o": "0", "s": "5", "t": "7"}


@common
@given(
    case=st.sampled_from(
        [
            ("claims.guarantee", "Our fund is {} and pays 12% a year.", "risk-free"),
            ("claims.guarantee", "{} returns of 10% a month", "guaranteed"),
            ("confidential.marking", "{}: the Q3 board deck", "CONFIDENTIAL"),
            ("confidential.codename", "the {} demo is on Friday", "Nightjar"),
            ("claims.health", "our balm is {} to heal eczema", "clinically proven"),
        ]
    ),
    data=st.data(),
)
def test_any_word_of_the_family_with_digits_is_found_exactly(engine, case, data) -> None:
    """Any inner letter that has a look-alike digit typed as the digit: the same finding, over exactly
    the characters typed."""
    category, template, word = case
    inner = [
        i
        for i in range(1, len(word) - 1)
        if word[i].lower() in _LEET_OF and word[i - 1].isalpha() and word[i + 1].isalpha()
    ]
    chosen = set(data.draw(st.lists(st.sampled_from(inner), min_size=1, max_size=3, unique=True)))
    # at most two digits side by side, and fewer digits than letters in each word
    typed = "".join(_LEET_OF[ch.lower()] if i in chosen else ch for i, ch in enumerate(word))
    assume(not re.search(r"[0-9]{3}", typed))
    text = template.format(typed)
    plain = template.format(word)
    expected = {(c, s) for c, s in findings(engine, plain) if c == category}
    assert expected, plain
    start = text.index(typed)
    got = {(c, s) for c, s in findings(engine, text) if c == category}
    assert {(c, s.replace(typed, word)) for c, s in got} == expected
    assert any(start >= 0 and typed in s for _, s in got)


# ---------------------------------------------------------------------------------------------
# An e-mail address with its dots (and at sign) spaced out
# ---------------------------------------------------------------------------------------------
# The family: an address whose dots have a space before them (and after them or not), its at sign
# spaced too or not, in the local part, the domain or both, in any language's sentence. What must
# stay: a sentence spaced around a full stop, an at sign for "at" before a time or a place.
SPACED_ADDRESSES = [
    ("Schreib mir: lena . vogt @ posteo . de", "lena . vogt @ posteo . de"),
    ("Escríbeme a marta . ruiz @ gmail . com hoy", "marta . ruiz @ gmail . com"),
    ("contact: j . smith . ops @ proton . me", "j . smith . ops @ proton . me"),
    ("Écrivez à paul.marin @ orange . fr demain", "paul.marin @ orange . fr"),
    ("Pisz na ola . nowak@wp . pl", "ola . nowak@wp . pl"),
]


@pytest.mark.parametrize(("text", "typed"), SPACED_ADDRESSES)
def test_an_address_with_spaced_dots_is_found_as_typed(engine, text: str, typed: str) -> None:
    assert ("pii.email", typed) in findings(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "Coffee @ 5 . Then the demo",
        "see you @ home . ok",
        "merci . de rien",
        "Prices @ 5 . 99 each",
        "Meet @ Café . de la Paix",
        "we were @ the beach . it was great",
        "Lunch @ noon . me and Ana bring the slides",
        "score 2 @ half . de facto a draw",
    ],
)
def test_a_sentence_spaced_around_its_full_stop_is_no_address(engine, text: str) -> None:
    assert "pii.email" not in categories(engine, text)


_LABEL = st.from_regex(r"\A[a-z][a-z0-9]{1,7}\Z")


@common
@given(
    local=st.lists(_LABEL, min_size=1, max_size=3),
    domain=_LABEL,
    tld=st.sampled_from(["com", "de", "me", "fr", "io", "org"]),
    dot=st.sampled_from([" . ", " ."]),
    at=st.sampled_from([" @ ", "@", " @", "@ "]),
    template=st.sampled_from(["mail me: {}", "Schreib an {} bitte", "{} — escríbeme"]),
)
def test_any_spaced_address_reads_as_the_address(engine, local, domain, tld, dot, at, template) -> None:
    assume(len(local) > 1 or at != " @ ")  # one word, " @ ", one word: a sentence (below)
    typed = dot.join(local) + at + domain + dot + tld
    plain = ".".join(local) + "@" + domain + "." + tld
    # The spaced address is read as the same address written plainly: reported exactly when that one
    # is (a role mailbox such as "ap@…" is low either way).
    reported = ("pii.email", plain) in findings(engine, template.format(plain))
    assert (("pii.email", typed) in findings(engine, template.format(typed))) == reported, typed
