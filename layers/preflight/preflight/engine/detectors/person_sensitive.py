"""``person_sensitive``: a named person together with sensitive information about them.

A cheap pass first: the policy's trigger terms (health, salary, dismissal, home address, age,
religion, orientation, criminal record) are found with one compiled expression. Only the sentences
that hold a trigger are handed to NER (``ner_spans``), in the draft's single NER pass; a PERSON entity
in the same sentence as a trigger makes the finding. Most drafts hold no trigger and pay nothing.

Terms written with capitals (``ALS``, ``HIV``) match case-sensitively, so that "als" or "hiv" inside
other words or languages do not fire; all-lower-case terms match in any case.

Each language is a rule of its own (``rules/default/person_sensitive*.yaml``), with its vocabulary. The
English model finds names in other languages only partly and labels capitalised common words there as
people ("Buchhaltung", "Lindenstraße 14"), so the rules of other languages take an entity as a person
only through its name-shaped words (``trim_entities_to_names``): capitalised words, with particles
such as "de" or "van" between them, at least two of them. A title ("Mme", "Herr", "Sr.", "dhr.")
followed by capitalised words names a person in every language, whatever the model says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, NamedTuple, cast

from pydantic import Field, field_validator

from preflight.engine.context import ScanContext
from preflight.engine.detectors.base import Detector, DetectorOptions, register
from preflight.engine.detectors.pii.numbers import CJK
from preflight.engine.findings import Hit
from preflight.engine.nlp import Entity
from preflight.engine.text import longest_first

# How far around a trigger NER reads when a "sentence" is very long (no punctuation).
_WINDOW = 300
# Terms of letters (accented ones too: "licencié", "gekündigt"), apostrophes, spaces and hyphens are
# found through the draft's word index; the others are regular expressions run over the draft.
_PLAIN_TERM = re.compile(r"[^\W\d_](?:[^\W\d_]|['’ -])*")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# Letters of names up to Latin Extended-B: "Yıldız", "Łukasz", "Dvořák", "Şahin" are names too.
_EXTENDED = [chr(c) for c in range(0x100, 0x250)]
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED if c.isupper())
_LOWER = "a-zß-öø-ÿ" + "".join(c for c in _EXTENDED if c.islower())
_NAME_WORD = re.compile(rf"[{_UPPER}][{_LOWER}]+(?:['’-][{_UPPER}]?[{_LOWER}]+)?")
_WORD_SPAN = re.compile(r"\S+")
# A capitalised word right after a term ("Christian| Müller").
_NAME_AFTER = re.compile(rf" ({_NAME_WORD.pattern})(?![\w-])")
# Where a title may stand before the sentence that holds a trigger: "M. Dupont" splits into the
# sentences "M." and "Dupont ...".
_TITLE_LOOKBACK = 12
# An age in apposition right after a name ("Maureen Kelly, 60, ...", "a Giulia Bianchi, 39 anni",
# "Anna Weber (42)"), in every language: the age of the person it follows, not of another one in the
# sentence; and a run of names it follows is a person even after a preposition that otherwise makes it
# a place ("a Milano").
_AGE_AFTER = re.compile(
    r"(?:, ?\d{1,3}(?: ?(?:anni|ans|jahre|años|anos|jaar|years)\b(?! ?(?:di|de|d'|of|von|van)\b)|,(?! ?\d))"
    r"| ?\(\d{1,3}\))",
    re.IGNORECASE,
)
# What stands between a name and a fact in apposition to it ("à Julien Moreau, hospitalisé").
_APPOSITION = re.compile(r",\s?")
# Facts that a place before them in apposition cannot have, so they do not make it a person: "em São
# Paulo, salário R$ 6.500" is a job's pay in a city, "à Lyon, 8 rue ..." an address there.
_NOT_APPOSED_TOPICS = frozenset({"salary", "home_address"})
# Entities of the model that are places: a run of names that one of them covers, with the fact used as
# an attribute of a noun after it ("San Francisco is a gay| mecca"), is a place, not a person linked
# to a fact (``fact_links``). The model calls some unknown names places too ("Baea Baaea" a FAC), so
# a fact standing alone ("... is a Jehovah's Witness.") is a person's whatever the label. Only where
# the model's labels are taken as they are (English): elsewhere most unknown names are places to it.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_ATTRIBUTIVE = re.compile(r" [a-z]")
# What ends a possessive name ("Reyes's", "Reyes'"): the person is then another's relation.
_APOSTROPHES = ("'", "’", "'s", "’s")
# How far before a name a self-introduction may start ("my name is ").
_SELF_REACH = 24
# Titles used across languages ("Dr", "Mr"): a title of a rule is a sign of its language (see
# ``language_words``) only when it is not one of these.
_SHARED_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "prof"})
# How far before a trigger the words of ``impersonal_before`` are looked for (three words and the word).
_BEFORE_REACH = 80
# How far before a run of names a word addressing it may stand ("Auguri | a Marco Testa").
_ADDRESS_REACH = 30
# The trigger of such an age (reported as the "age" topic).
_APPOSED_AGE = "age after a name"
# How far from an entity of the model its name may reach ("Visser" found, "Daan" before it missed).
_NAME_REACH = 40
_HAS_DIGIT = _DIGIT = re.compile(r"\d")
_CJK_CHAR = re.compile(f"[{CJK}]")
# The letters of a CJK name: Han, kana, Hangul syllables.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_CJK_NAME = "\u3400-\u4dbf\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fa\uac00-\ud7a3"
_CJK_NAME_CHAR = re.compile(f"[{_CJK_NAME}]")
# The letters, vowel signs and marks of Devanagari (Hindi, Marathi, Nepali), without its danda (।).
_DEVANAGARI = "\u0900-\u0963\u0966-\u097f"
# Per-draft readings every rule of this detector makes the same way: computed by the first rule that
# asks, kept in ``ctx.memo`` under these keys (the default policy has one rule per language).
_LOWERED = "person_sensitive:lowered"
_APPOSED_AGES = "person_sensitive:apposed ages"
# A term's parts that expand into plain words: an optional letter ("licenciée?"), a class of letters
# ("despedid[oa]"), a group of plain alternatives, optional or not ("(?:his|her|their) home").
_EXPANDABLE = re.compile(r"\(\?:([^()\\]*)\)(\?)?|\[([^\]\\^-]+)\](\?)?|(.)(\?)?", re.DOTALL)
_MAX_VARIANTS = 32


# A term's edges: not inside a word (a letter, digit or underscore, or a hyphen), where a CJK letter
# on either side of the edge ends a word. Written with a positive CJK class and case-sensitive
# (`(?-i:…)`), the same edges as "(?<![^\W{CJK}]|-)": a negated or case-folded class of these ranges
# costs Python's compiler 4-7x more, and every patterned term of every language compiles it twice
# (load_policy went from about 1.5 s to 5 s with the CJK edges added in round 7).
_CJK_LETTER = f"[{CJK}]"
_TERM_START = rf"(?-i:(?={_CJK_LETTER})|(?<!\w|-)|(?<={_CJK_LETTER}))"
_TERM_END = rf"(?-i:(?<={_CJK_LETTER})|(?!\w|-)|(?={_CJK_LETTER}))"
# A word's edges for word lists, "(?<![^\W{CJK}])" and "(?![^\W{CJK}])", written as above.
_NOT_AFTER_WORD = rf"(?-i:(?<!\w)|(?<={_CJK_LETTER}))"
_NOT_BEFORE_WORD = rf"(?-i:(?!\w)|(?={_CJK_LETTER}))"


class _PatternedTerm(NamedTuple):
    fast: re.Pattern[str]  # run over the draft (lower-cased when the term is in any case)
    exact: re.Pattern[str]  # with its look-behind and case flag: where lower-casing moved offsets
    topic: str
    needs_digit: bool
    anchor: str | None  # a word the draft must hold for the term to match


def _patterned_term(
    term: str, topic: str, any_case: bool, needs_digit: bool, anchor: str | None
) -> _PatternedTerm:
    # A CJK neighbour ends a word: those scripts put no space between words. A term's own CJK letter
    # at its edge ends it too, whatever follows: digits are glued to CJK words ("年収1200万円").
    fast = re.compile(rf"(?:{term}){_TERM_END}")
    exact = re.compile(rf"{_TERM_START}(?:{term}){_TERM_END}", re.IGNORECASE) if any_case else fast
    return _PatternedTerm(fast, exact, topic, needs_digit, anchor)


# A literal word of a term, outside groups and classes, standing alone ("years" in "\\d{1,3} years
# old", "nagar" in "[A-Z][a-z]+ Nagar"): a draft without it cannot match the term.
_TERM_TOKEN = re.compile(r"\\.|\[(?:\\.|[^\]])*\]|[()]|[A-Za-z]+|.", re.DOTALL)


def _anchor_word(term: str) -> str | None:
    tokens = _TERM_TOKEN.findall(term)
    depth = 0
    best: str | None = None
    for i, token in enumerate(tokens):
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        elif token == "|" and depth == 0:
            return None
        elif depth == 0 and token.isalpha() and len(token) >= 3:
            before = tokens[i - 1] if i else " "
            after = tokens[i + 1] if i + 1 < len(tokens) else " "
            # a colon ends a word too ("income: $5,400")
            if (
                before in (" ", "-")
                and after in (" ", "-", ",", ":")
                and (best is None or len(token) > len(best))
            ):
                best = token.lower()
    return best


def _plain_variants(term: str) -> list[str] | None:
    """The plain words ``term`` stands for, if it is no more than optional letters, letter classes and
    groups of plain alternatives (then it is found through the word index like a plain term)."""
    if _CJK_CHAR.search(term):
        return None  # CJK words are glued to their neighbours: the word index does not hold them
    variants = [""]
    for m in _EXPANDABLE.finditer(term):
        group, group_optional, letters, letters_optional, char, char_optional = m.groups()
        if group is not None:
            choices = group.split("|") + ([""] if group_optional else [])
        elif letters is not None:
            choices = list(letters) + ([""] if letters_optional else [])
        else:
            if char in "\\.*+{}()[]|^$?":
                return None
            choices = [char, ""] if char_optional else [char]
        variants = [v + c for v in variants for c in choices]
        if len(variants) > _MAX_VARIANTS:
            return None
    if not all(_PLAIN_TERM.fullmatch(v) for v in variants):
        return None
    return variants


def _any_case_alternatives(words: list[str]) -> str:
    """An alternation of ``words``, longest first: lower-case ones in any case, others exactly."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w) if w != w.lower() else f"(?i:{re.escape(w)})" for w in ordered)


def _needs_digit(term: str) -> bool:
    """Whether every match of ``term`` holds a digit: a ``\\d`` outside any group and alternation."""
    depth = 0
    digit = False
    for i, ch in enumerate(term):
        if ch == "\\" and term[i + 1 : i + 2] == "d" and depth == 0:
            digit = True
        elif ch == "(" and (i == 0 or term[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and term[i - 1] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            return False
    return digit


class PersonSensitiveOptions(DetectorOptions):
    # topic name -> trigger terms; a term may use regular-expression syntax for numbers (\d).
    topics: dict[str, list[str]] = Field(min_length=1)
    entity_label: str
    # Whether the model's entities may name a person here: not in scripts it cannot read (Chinese,
    # Japanese, Korean), where only titles do; nor is the model run for such a rule.
    read_entities: bool
    # The small English model sometimes labels a two-word personal name as an organisation ("they
    # fired Nadia Sorensen" -> ORG). Entities with these labels count as a person when they are
    # exactly two capitalised words and neither is one of ``organisation_words``.
    person_like_labels: list[str] = Field(default_factory=list)
    organisation_words: list[str] = Field(default_factory=list)
    # Titles before a name ("Mme", "Herr", "Sr.", "dhr."): a title followed by one to three
    # capitalised words is a person, whatever the model labelled them. Matched in any case.
    titles: list[str]
    # Nouns of a form or a file before the name they label ("applicant Jenna Park", "tenant: Oliver
    # Brandt"): a person, as after a title. Matched only as written (lower case): a capitalised
    # compound is a name of its own ("Customer Service", "Client Portal").
    role_nouns: list[str] = Field(default_factory=list)
    # Titles after a name, in Chinese, Japanese and Korean ("女士", "さん", "씨"): one Han letter or two
    # to four characters before one are a person's name.
    title_suffixes: list[str]
    # Words before a name in Chinese ("同事李娜", "员工王伟"): the two Han characters after one are a
    # name, and a third too unless it is one of ``not_name_characters`` (words that start the rest of
    # the sentence: "同事李娜今年45岁" -> "李娜"), which cannot start a name either ("同事们").
    title_prefixes: list[str]
    not_name_characters: str
    # Lower-case words inside a name: "Willem de Groot", "Ludwig van Beethoven".
    name_particles: list[str]
    # Capitalised words that are no part of a name, such as German nouns before one ("Kollegin"); in
    # CJK, words ending in a title that name no one ("お客様", "고객님": the customer).
    not_name_words: list[str]
    # For languages the NER model was not trained on: an entity counts only through a run of at least
    # two name-shaped words inside it ("Il collega Giorgio Rossi" -> "Giorgio Rossi").
    trim_entities_to_names: bool
    # Where a language writes its nouns in lower case (French, Spanish, Italian, Portuguese, Dutch),
    # any run of two or more capitalised words in the sentence is taken as a name. (The model's
    # labels do not tell a place from an unknown name there: "Knun Paae" is a GPE to it.)
    capitalised_names: bool
    # Words right before such a run that make it a place or a thing rather than a person: prepositions
    # of place and articles ("en Buenos Aires", "el Día del Orgullo").
    not_before_names: list[str]
    # Frequent words of the rule's language that English does not use: a draft holding none of them
    # is not in that language, and the rule does not read it (its vocabulary shares words with
    # English and with its neighbours: "cobra", "christen", "preso"). Empty: every draft.
    language_words: list[str]
    # The languages (codes of engine/language.py) the rule's vocabulary is in: a draft that cannot be
    # in any of them is not read ("de Lyon" next to "Cancer" in a French draft is no English name).
    # Empty: every draft.
    languages: list[str]
    # topic -> words that make its trigger impersonal in that sentence: an office address in a press
    # release ("our new office at Hauptstraße 12") is no one's home.
    impersonal_words: dict[str, list[str]]
    # topic -> words that make it personal again whatever impersonal word the sentence holds: a
    # letter sent "to her home address" is someone's home even in a note "for the office".
    personal_words: dict[str, list[str]] = Field(default_factory=dict)
    # topic -> words that, up to three words before a trigger in the same clause, make it no one's
    # fact: a product's claim ("Grandma Rosie's tonic cures arthritis", "previene el cáncer de colon")
    # or the reader's own data named in advice ("never post your Social Security number, date of
    # birth"), whatever name a brand or a kind of data holds. Only before the trigger: "her illness
    # prevents her from working" is still hers.
    impersonal_before: dict[str, list[str]] = Field(default_factory=dict)
    # Pronouns that, starting a sentence, refer to the single person named in the sentence before
    # ("Shoutout to Priya Nair who just moved! She's at 12 Birch Lane"): a fact of
    # ``pronoun_topics`` told there is that person's. Two names there, or none: the pronoun is not read.
    pronoun_subjects: list[str] = Field(default_factory=list)
    pronoun_topics: list[str] = Field(default_factory=list)
    # Relative pronouns only a person takes ("who", "whose"): the run of two or more names right before
    # one is a person whatever the model says ("Shoutout to Priya Nair who just moved"), unless
    # a preposition of place stands before it ("everyone in New York who ...").
    person_relatives: list[str] = Field(default_factory=list)
    # topics whose impersonal words count anywhere in the draft, not only in the trigger's sentence: a
    # job advert ("Estamos contratando! ... salário R$ 6.500") pays a post, not a person, even when it
    # names a contact.
    impersonal_in_draft: list[str] = Field(default_factory=list)
    # Words that join a name to a fact about it ("is", "ist", "est", "a", "devout"): a run of
    # name-shaped words, then a comma or one to four of these, then a trigger of ``linked_topics`` is
    # that person's fact, whether or not the model found the name ("Yusuf Haddad, a Christian
    # convert", "Daniel Reyes is gay", "Lorena Vidal got fired ayer"). Empty: no such link.
    fact_links: list[str] = Field(default_factory=list)
    linked_topics: list[str] = Field(default_factory=list)
    # topic -> titles whose bearer's fact of that topic is their role, not a private one ("Rabbi
    # Daniel Cohen", "Imam Ali", "Pfarrer Huber"): the person right after one is not reported for it,
    # while another person in the same sentence still is ("Rabbi Cohen will lead the reflection, and
    # Leila Haddad is fasting for Ramadan").
    role_titles: dict[str, list[str]] = Field(default_factory=dict)
    # Words that address the run of names after a preposition of ``not_before_names`` ("Auguri a
    # Marco Testa", "merci à Julie Martin", "felicidades a Ana Ruiz"): a person greeted or thanked,
    # not a place.
    addressing_words: list[str] = Field(default_factory=list)
    # Words right before a name with which the author introduces themselves ("I'm", "my name is",
    # "ich bin"): a fact about that person is the author's own, told with consent.
    self_introductions: list[str]
    # Whether a term written with a capital right before a capitalised word is part of a name
    # ("Christian Müller", "Cristiano Ronaldo", "Catholic Church") rather than a fact: not where every
    # noun is capitalised (German: "Diagnose Krebs").
    capitalised_term_before_name_is_a_name: bool
    # Common Chinese surnames (not those that also start common words: 周末, 马上, 许多, 任何): one
    # of them with one or two Han characters at the start of a clause is a name ("李强因为...被辞退").
    surnames: list[str] = Field(default_factory=list)
    # Common surnames written in Devanagari ("वर्मा", "शर्मा"): that script has no capitals to show a
    # name, so a word of it right before one of these is a name with it ("राहुल वर्मा").
    devanagari_surnames: list[str] = Field(default_factory=list)

    @field_validator("topics")
    @classmethod
    def _terms_compile(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for topic, terms in value.items():
            if not terms:
                raise ValueError(f"at least one term for topic {topic!r}")
            for term in terms:
                if term != term.strip():
                    # the detector bounds a term by word edges: a space at its edge never matches
                    raise ValueError(f"terms without spaces at their edges ({term!r} in {topic!r})")
                try:
                    re.compile(term)
                except re.error as exc:
                    raise ValueError(f"valid terms ({term!r} in {topic!r}: {exc})") from exc
        return value


@register
class PersonSensitiveDetector(Detector[PersonSensitiveOptions]):
    name = "person_sensitive"
    uses_ner = True

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        opts = self.options
        self._organisation_words = {w.lower() for w in opts.organisation_words}
        self._words_no_name = {w.lower() for w in opts.not_name_words}
        self._not_name_words = self._words_no_name | self._organisation_words
        self._particles = {w.lower() for w in opts.name_particles}
        self._titled_name: re.Pattern[str] | None = None
        if opts.titles or opts.role_nouns:
            titles = longest_first(opts.titles) if opts.titles else "(?!)"
            roles = longest_first(opts.role_nouns) if opts.role_nouns else "(?!)"
            particle = "|".join(map(re.escape, sorted(self._particles))) or "(?!)"
            name = _NAME_WORD.pattern
            self._titled_name = re.compile(
                rf"(?<![^\W_])(?:(?i:{titles})|(?:{roles}):?)(?!\w)\s{{1,3}}"
                rf"(?P<name>{name}(?:\s(?:(?:{particle})\s)?{name}){{0,2}})"
            )
        # A title written with a full stop ends no sentence ("... Day: Dr. Amy Lin talks ..."): a
        # sentence that starts right after one is read with the sentence of the title.
        dotted = [t for t in opts.titles if t.endswith(".")]
        self._dotted_title_at_end: re.Pattern[str] | None = (
            re.compile(rf"(?<![^\W_])(?i:{longest_first(dotted)})\s*$") if dotted else None
        )
        self._name_titled_after: re.Pattern[str] | None = None
        self._titled_no_name = tuple(w for w in opts.not_name_words if _CJK_CHAR.search(w))
        if opts.title_suffixes:
            suffixes = longest_first(opts.title_suffixes)
            # a one-character surname too ("周先生", "郑女士"): a Han letter right before the title
            self._name_titled_after = re.compile(rf"(?:[{_CJK_NAME}]{{2,4}} ?|[{_HAN}])(?:{suffixes})")
        self._name_titled_before: re.Pattern[str] | None = None
        if opts.title_prefixes:
            prefixes = longest_first(opts.title_prefixes)
            other = rf"(?![{re.escape(opts.not_name_characters)}])" if opts.not_name_characters else ""
            self._name_titled_before = re.compile(
                rf"(?:{prefixes})(?P<name>{other}[{_HAN}]{{2}}(?:{other}[{_HAN}])?)"
            )
        # A title of the language ("Mme", "Sra.") is a sign of it too.
        self._language_words = (
            {w.lower() for w in opts.language_words}
            | {
                bare
                for bare in (t.lower().strip(".") for t in opts.titles)
                if len(bare) > 1 and bare.isalpha() and bare not in _SHARED_TITLES
            }
            if opts.language_words
            else set()
        )
        self._not_before_names = {w.lower() for w in opts.not_before_names}
        # A rule that reads no entities and has no titles of a Latin script finds people only through
        # its CJK name patterns (a name before a title suffix, after a title prefix, a surname at a
        # clause start), each of which needs a Han, kana or Hangul letter: a draft without one has no
        # one for its triggers to be about, so they are not looked for (most drafts, at no cost).
        self._names_need_cjk = not opts.read_entities and not opts.titles and not opts.devanagari_surnames
        self._devanagari_name: re.Pattern[str] | None = None
        if opts.devanagari_surnames:
            surnames = longest_first(opts.devanagari_surnames)
            self._devanagari_name = re.compile(
                rf"(?<![{_DEVANAGARI}])[{_DEVANAGARI}]+ (?:{surnames})(?![{_DEVANAGARI}])"
            )
        self._name_at_clause_start: re.Pattern[str] | None = None
        if opts.surnames:
            surnames = longest_first(opts.surnames)
            other = rf"(?![{re.escape(opts.not_name_characters)}])" if opts.not_name_characters else ""
            self._name_at_clause_start = re.compile(
                rf"(?:^|(?<=[\s，。！？；：、,.!?;:]))(?P<name>(?:{surnames}){other}[{_HAN}](?:{other}[{_HAN}])?)"
            )
            # The name ends where the rest of the clause starts ("李强|因为", "刘芳|被") or at the fact
            # itself ("张伟|确诊"): "张家界景区" runs on, a place.
            self._clause_rest = re.compile(
                rf"[{re.escape(opts.not_name_characters)}\s，。！？；：、,.!?;:]|$"
            )
        # A title right before where the search ends (the name's start); as with terms, one written
        # with a capital matches only so ("Sister Mary", not "her sister Mary").
        self._role_title: dict[str, re.Pattern[str]] = {
            topic: re.compile(rf"(?<!\w)(?:{_any_case_alternatives(titles)})\.?\s*$")
            for topic, titles in opts.role_titles.items()
            if titles
        }
        self._addressed: re.Pattern[str] | None = None
        if opts.addressing_words:
            words = longest_first(opts.addressing_words)
            self._addressed = re.compile(rf"(?<!\w)(?i:{words})\W{{1,3}}\S+\s+$")
        self._self_introduction: re.Pattern[str] | None = None
        if opts.self_introductions:
            intros = longest_first(opts.self_introductions)
            self._self_introduction = re.compile(rf"(?<!\w)(?i:{intros})\s+(?=[{_UPPER}])")
        self._fact_after_name: re.Pattern[str] | None = None
        if opts.fact_links and opts.linked_topics:
            links = longest_first(opts.fact_links)
            particle = "|".join(map(re.escape, sorted(self._particles))) or "(?!)"
            name = _NAME_WORD.pattern
            # Anchored at the trigger (searched with the trigger's start as end position).
            self._fact_after_name = re.compile(
                rf"(?<![\w-])(?P<name>{name}(?:\s(?:(?:{particle})\s)?{name}){{1,4}})"
                rf"(?:,\s?(?:(?i:{links})\s){{0,4}}|\s(?:(?i:{links})\s){{1,4}})$"
            )
        self._impersonal: dict[str, re.Pattern[str]] = {
            topic: re.compile(
                rf"{_NOT_AFTER_WORD}(?:{'|'.join(map(re.escape, words))}){_NOT_BEFORE_WORD}", re.IGNORECASE
            )
            for topic, words in opts.impersonal_words.items()
            if words
        }
        self._personal: dict[str, re.Pattern[str]] = {
            topic: re.compile(
                rf"{_NOT_AFTER_WORD}(?:{'|'.join(map(re.escape, words))}){_NOT_BEFORE_WORD}", re.IGNORECASE
            )
            for topic, words in opts.personal_words.items()
            if words
        }
        self._impersonal_before: dict[str, re.Pattern[str]] = {
            topic: re.compile(
                rf"{_NOT_AFTER_WORD}(?:{'|'.join(map(re.escape, words))})(?:[ ,]+[^\s.!?;:]+){{0,3}}[ ,]+$",
                re.IGNORECASE,
            )
            for topic, words in opts.impersonal_before.items()
            if words
        }
        particles = "|".join(map(re.escape, sorted(self._particles))) or "(?!)"
        self._name_run = re.compile(rf"{_NAME_WORD.pattern}(?:\s(?:(?:{particles})\s)?{_NAME_WORD.pattern})+")
        self._pronoun: re.Pattern[str] | None = None
        if opts.pronoun_subjects and opts.pronoun_topics:
            pronouns = longest_first(opts.pronoun_subjects)
            self._pronoun = re.compile(rf"\s*(?:{pronouns})(?!\w)", re.IGNORECASE)
        self._name_before_relative: re.Pattern[str] | None = None
        if opts.person_relatives:
            relatives = longest_first(opts.person_relatives)
            particle = "|".join(map(re.escape, sorted(self._particles))) or "(?!)"
            name = _NAME_WORD.pattern
            self._name_before_relative = re.compile(
                rf"(?<![\w-])(?P<name>{name}(?:\s(?:(?:{particle})\s)?{name}){{1,3}}),?\s(?:{relatives})(?!\w)"
            )
        # Terms that are plain words (or expand into a few: "licenciée?", "despedid[oa]") are found
        # through the draft's word index (their first word), then confirmed where they stand. Terms
        # with regular-expression syntax are run over the draft: a term holding a literal word
        # ("\\d{1,3} years old") only when the draft holds that word, one that needs a digit only
        # when the draft holds one; the others of a topic as one expression, so the draft is read
        # once per topic. Without look-behind and, for lower-case terms, on the lower-cased draft
        # without IGNORECASE: so the regex engine can skip ahead to a first character.
        self._by_first_word: dict[str, list[tuple[re.Pattern[str], str]]] = {}
        self._patterned: list[_PatternedTerm] = []
        unanchored: dict[tuple[str, bool, bool], list[str]] = {}
        for topic, terms in opts.topics.items():
            for term in terms:
                any_case = term == term.lower()
                flags = re.IGNORECASE if any_case else 0
                variants = _plain_variants(term)
                if variants is not None:
                    for variant in variants:
                        first = _FIRST_WORD.match(variant).group().lower()  # type: ignore[union-attr]
                        bounded = rf"(?<![\w-])(?:{re.escape(variant)})(?![\w-])"
                        self._by_first_word.setdefault(first, []).append((re.compile(bounded, flags), topic))
                elif (anchor := _anchor_word(term)) is not None:
                    self._patterned.append(_patterned_term(term, topic, any_case, _needs_digit(term), anchor))
                else:
                    unanchored.setdefault((topic, any_case, _needs_digit(term)), []).append(term)
        for (topic, any_case, needs_digit), group in unanchored.items():
            combined = "|".join(f"(?:{term})" for term in group)
            self._patterned.append(_patterned_term(combined, topic, any_case, needs_digit, None))

    def _trigger_matches(self, ctx: ScanContext) -> list[tuple[int, int, str]]:
        cached = ctx.memo.get(self)
        if cached is not None:
            return cached  # type: ignore[return-value]
        found: set[tuple[int, int, str]] = set()
        words = ctx.word_positions
        opts = self.options
        if (
            (opts.languages and not any(map(ctx.languages.may_be, opts.languages)))
            or (self._language_words and not self._language_words & words.keys())
            or (self._names_need_cjk and not _CJK_NAME_CHAR.search(ctx.text))
        ):
            ctx.memo[self] = []
            return []
        for first in self._by_first_word.keys() & words.keys():
            for position in words[first]:
                for regex, topic in self._by_first_word[first]:
                    m = regex.match(ctx.text, position)
                    if m and not self._starts_a_name(ctx.text, m.start(), m.end()):
                        found.add((m.start(), m.end(), topic))
        lowered = cast(str | None, ctx.memo.get(_LOWERED))
        if lowered is None:
            lowered = ctx.memo[_LOWERED] = ctx.text.lower()
        same_length = len(lowered) == len(ctx.text)
        has_digit = _DIGIT.search(ctx.text) is not None
        for fast, exact, topic, needs_digit, anchor in self._patterned:
            if (needs_digit and not has_digit) or (anchor is not None and anchor not in words):
                continue
            case_free = fast is not exact
            if case_free and not same_length:  # lower() changed offsets (rare letters): slow path
                found.update((m.start(), m.end(), topic) for m in exact.finditer(ctx.text))
                continue
            for m in fast.finditer(lowered if case_free else ctx.text):
                before = ctx.text[m.start() - 1] if m.start() else " "
                glued = (before.isalnum() and not _CJK_CHAR.match(before)) or before in "_-"
                if not glued or _CJK_CHAR.match(ctx.text, m.start()):
                    found.add((m.start(), m.end(), topic))
        if has_digit:
            ages = cast(list[tuple[int, int, str]] | None, ctx.memo.get(_APPOSED_AGES))
            if ages is None:
                ages = ctx.memo[_APPOSED_AGES] = list(self._ages_after_names(ctx.text))
            found.update(ages)
        ordered = sorted(found)
        ctx.memo[self] = ordered
        return ordered

    def _starts_a_name(self, text: str, start: int, end: int) -> bool:
        """Whether the term found at ``start:end`` is the first word of a name: written with a capital
        and followed by a capitalised word that may be a name ("Christian Müller")."""
        if not (self.options.capitalised_term_before_name_is_a_name and text[start].isupper()):
            return False
        # An organisation's word after it is a name too ("Catholic Church"); a word that is no name
        # ("Meet", "Kollegin") is not.
        following = _NAME_AFTER.match(text, end)
        return following is not None and following.group(1).lower() not in self._words_no_name

    @staticmethod
    def _ages_after_names(text: str) -> Iterator[tuple[int, int, str]]:
        """Ages in apposition after a word ending in a letter (a name's last letter): triggers that count
        only for the person ending right there (``detect``)."""
        for m in _AGE_AFTER.finditer(text):
            if m.start() and text[m.start() - 1].isalpha():
                yield m.start(), m.end(), _APPOSED_AGE

    def _scope(self, ctx: ScanContext, start: int, end: int) -> tuple[int, int]:
        s_start, s_end = ctx.sentence_at(start)
        if (
            s_start
            and self._dotted_title_at_end is not None
            and self._dotted_title_at_end.search(ctx.text, max(0, s_start - _TITLE_LOOKBACK), s_start)
        ):
            s_start = ctx.sentence_at(s_start - 1)[0]
        return max(s_start, start - _WINDOW), min(s_end, end + _WINDOW)

    def ner_spans(self, ctx: ScanContext) -> list[tuple[int, int]]:
        if not self.options.read_entities:
            return []
        triggers = self._trigger_matches(ctx)
        spans = [(start, end) for start, end, _ in triggers]
        # the sentence a pronoun at the start of the trigger's refers back to
        for start, _, topic in triggers:
            previous = self._previous_sentence_of_a_pronoun(ctx, start, topic)
            if previous is not None:
                spans.append((previous[0], previous[0] + 1))
        return ctx.windows(spans, _WINDOW)

    def _looks_like_a_name(self, text: str) -> bool:
        words = text.split()
        return len(words) == 2 and all(
            _NAME_WORD.fullmatch(w) and w.lower() not in self._organisation_words for w in words
        )

    def _people_between(
        self, ctx: ScanContext, start: int, end: int, trigger: tuple[int, int], topic: str
    ) -> list[Entity]:
        trigger_start = trigger[0]
        opts = self.options
        apposable = topic not in _NOT_APPOSED_TOPICS
        if not opts.read_entities:
            people = []
        elif opts.trim_entities_to_names:
            people = self._names_in_languages_the_model_misreads(ctx, start, end, trigger_start, apposable)
        else:
            people = [
                self._with_given_name(ctx, p)
                for p in ctx.entities_between(start, end, opts.entity_label)
                # "04/09/1991", "Flat 4B": no one's name; nor words the model takes for one ("Yung",
                # Tagalog for "the one", in a Taglish draft)
                if not _HAS_DIGIT.search(p.text) and not self._not_a_name_at_all(p.text.split())
            ]
            for label in opts.person_like_labels:
                people.extend(
                    e for e in ctx.entities_between(start, end, label) if self._looks_like_a_name(e.text)
                )
        if self._name_titled_after is not None:
            for m in self._name_titled_after.finditer(ctx.text, start, end):
                # "お客様", "고객님": a customer addressed by a title is no one in particular
                if not m.group().endswith(self._titled_no_name):
                    people.append(Entity(m.start(), m.end(), opts.entity_label, m.group()))
        if self._devanagari_name is not None:
            for m in self._devanagari_name.finditer(ctx.text, start, end):
                people.append(Entity(m.start(), m.end(), opts.entity_label, m.group()))
        if self._name_titled_before is not None:
            for m in self._name_titled_before.finditer(ctx.text, start, end):
                people.append(Entity(m.start("name"), m.end(), opts.entity_label, m.group("name")))
        if self._name_at_clause_start is not None:
            for m in self._name_at_clause_start.finditer(ctx.text, start, end):
                for name_end in range(m.end(), m.start("name") + 1, -1):  # "王磊确|诊" -> "王磊|确诊"
                    # the subject of the fact, before it, and a whole word
                    if name_end <= trigger_start and (
                        name_end == trigger_start or self._clause_rest.match(ctx.text, name_end)
                    ):
                        name = ctx.text[m.start("name") : name_end]
                        people.append(Entity(m.start("name"), name_end, opts.entity_label, name))
                        break
        if self._fact_after_name is not None and topic in opts.linked_topics:
            linked = self._name_linked_to_fact(ctx, start, trigger)
            if linked is not None:
                people.append(linked)
        if self._name_before_relative is not None:
            for m in self._name_before_relative.finditer(ctx.text, start, end):
                words = list(re.finditer(r"\S+", m.group("name")))
                last_not_a_name = max(
                    (i for i, w in enumerate(words) if self._not_a_name([w.group()])), default=-1
                )
                words = words[last_not_a_name + 1 :]
                name_start = m.start("name") + words[0].start() if words else m.end("name")
                before = ctx.text[max(start, name_start - 20) : name_start].split()
                place = bool(before) and before[-1].lower() in self._not_before_names
                addressed = self._addressed is not None and self._addressed.search(
                    ctx.text, max(0, name_start - _ADDRESS_REACH), name_start
                )
                if len(words) >= 2 and (not place or addressed):
                    name_end = m.end("name")
                    people.append(
                        Entity(name_start, name_end, opts.entity_label, ctx.text[name_start:name_end])
                    )
        if self._titled_name is not None:
            for m in self._titled_name.finditer(ctx.text, max(0, start - _TITLE_LOOKBACK), end):
                if m.end("name") > start and not self._not_a_name(m.group("name").split()):
                    people.append(Entity(m.start(), m.end(), opts.entity_label, m.group()))
        return people

    def _the_author(self, text: str, person: Entity) -> bool:
        """Whether ``person`` is the author, introducing themselves ("I'm Daniel Reyes and I'm proud
        to be gay", "Soy Lucía Navarro y ..."): a fact one tells of oneself is told with consent. Not
        "I'm Daniel Reyes's manager": the fact is then another's."""
        possessive = text[person.end : person.end + 1] in _APOSTROPHES or person.text.endswith(_APOSTROPHES)
        if self._self_introduction is None or possessive:
            return False
        for m in self._self_introduction.finditer(text, max(0, person.start - _SELF_REACH), person.end):
            # the model may take only the surname ("I'm Cşek| Baaaa"): a given name between is the same
            given_name = text[m.end() : person.start]
            if (
                m.end() == person.start
                or (given_name.endswith(" ") and _NAME_WORD.fullmatch(given_name[:-1]))
                or (m.start() == person.start and m.end() < person.end)
            ):
                return True
        return False

    def _name_linked_to_fact(self, ctx: ScanContext, start: int, trigger: tuple[int, int]) -> Entity | None:
        """The run of names the fact at ``trigger_start`` is said of (``fact_links``), the words before
        it that are no name ("Kollegin", "Meet") left out; not a place the model recognised."""
        assert self._fact_after_name is not None
        trigger_start, trigger_end = trigger
        m = self._fact_after_name.search(ctx.text, start, trigger_start)
        if m is None:
            return None
        words = list(re.finditer(r"\S+", m.group("name")))
        # The words after the last that is no name: "Unser Teamleiter | Jan Hoffmann"; none after an
        # organisation's word ("Acme Labs").
        last_not_a_name = max((i for i, w in enumerate(words) if self._not_a_name([w.group()])), default=-1)
        words = words[last_not_a_name + 1 :]
        if len(words) < 2:
            return None
        name_start, name_end = m.start("name") + words[0].start(), m.end("name")
        before = ctx.text[max(start, name_start - 20) : name_start].split()
        if before and before[-1].lower() in self._not_before_names:
            return None
        if (
            not self.options.trim_entities_to_names
            and _ATTRIBUTIVE.match(ctx.text, trigger_end)
            and any(
                e.label in _PLACE_LABELS and e.start <= name_start and e.end >= name_end for e in ctx.entities
            )
        ):
            return None
        return Entity(name_start, name_end, self.options.entity_label, ctx.text[name_start:name_end])

    def _names_in_languages_the_model_misreads(
        self, ctx: ScanContext, start: int, end: int, trigger_start: int, apposable: bool
    ) -> list[Entity]:
        """Runs of name-shaped words that an entity of the model overlaps ("Il collega Giorgio Rossi"
        -> "Giorgio Rossi"; "Visser" -> "Daan Visser"), and, where the language writes its nouns in
        lower case (``capitalised_names``), every such run."""
        opts = self.options
        label = opts.entity_label
        labels = (label, *opts.person_like_labels)
        entities = [e for lb in labels for e in ctx.entities_between(start, end, lb)]
        people: list[Entity] = []
        for e in entities:
            window_start, window_end = max(start, e.start - _NAME_REACH), min(end, e.end + _NAME_REACH)
            for run_start, run_end in self._name_runs(
                ctx.text, window_start, window_end, trigger_start, apposable
            ):
                if run_start < e.end and run_end > e.start:
                    people.append(Entity(run_start, run_end, label, ctx.text[run_start:run_end]))
        if opts.capitalised_names:
            for run_start, run_end in self._name_runs(ctx.text, start, end, trigger_start, apposable):
                people.append(Entity(run_start, run_end, label, ctx.text[run_start:run_end]))
        return people

    def _not_a_name(self, words: list[str]) -> bool:
        return any(w.lower() in self._not_name_words for w in words)

    def _not_a_name_at_all(self, words: list[str]) -> bool:
        return all(w.lower() in self._words_no_name for w in words)

    def _in_role(self, text: str, person: Entity, topic: str) -> bool:
        """Whether ``person`` bears a title whose fact of ``topic`` is their role (``role_titles``):
        before the name ("Rabbi| Daniel Cohen") or as the first word the model gave it."""
        role = self._role_title.get(topic)
        if role is None:
            return False
        first_word_end = person.start + len(person.text) - len(person.text.lstrip().split(" ", 1)[-1])
        return role.search(text, max(0, person.start - _ADDRESS_REACH), person.start) is not None or (
            " " in person.text.strip() and role.search(text, person.start, first_word_end) is not None
        )

    def _name_runs(
        self, text: str, start: int, end: int, trigger_start: int = -1, apposable: bool = True
    ) -> Iterator[tuple[int, int]]:
        """The runs of at least two name-shaped words in ``text[start:end]``, particles allowed between
        them ("Willem de Groot"); punctuation after a word ends its run. A run next to an
        organisation word is the organisation's name ("Fondazione Umberto Veronesi", "Rossi Srl"), and
        one right after a preposition of place or an article a place or a thing ("en Buenos Aires"),
        unless the sensitive fact stands in apposition right after it ("nos pensées à Julien Moreau,
        hospitalisé depuis lundi"): a place is not hospitalised. The fact itself ends a run: in "Neha
        Kapoor hospital mein" the organisation word "hospital" starts the fact, not a name."""
        run_start = run_end = -1
        names = 0
        particle = organisation = False
        previous = before_run = ""
        for m in _WORD_SPAN.finditer(text, start, end):
            word = m.group().rstrip(",.;:!?)")
            lower = word.lower()
            ends_here = word != m.group()
            if m.start() == trigger_start:
                break
            if lower in self._organisation_words:
                names, particle, organisation = 0, False, not ends_here
                continue
            if _NAME_WORD.fullmatch(word) and lower not in self._not_name_words:
                if organisation:
                    organisation = not ends_here
                    continue
                if names == 0:
                    run_start, before_run = m.start(), previous
                run_end, names, particle = m.start() + len(word), names + 1, False
                if not ends_here:
                    continue
            elif names and not particle and not ends_here and lower in self._particles:
                particle = True
                continue
            if names >= 2 and self._a_person_here(
                text, before_run, run_start, run_end, trigger_start, apposable
            ):
                yield run_start, run_end
            names, particle, organisation = 0, False, False
            previous = "" if ends_here else lower
        if names >= 2 and self._a_person_here(text, before_run, run_start, run_end, trigger_start, apposable):
            yield run_start, run_end

    def _a_person_here(
        self, text: str, before_run: str, run_start: int, run_end: int, trigger_start: int, apposable: bool
    ) -> bool:
        return (
            before_run not in self._not_before_names
            or _AGE_AFTER.match(text, run_end) is not None
            # greeted or thanked ("Auguri a Marco Testa"): a person, not a place
            or (
                self._addressed is not None
                and self._addressed.search(text, max(0, run_start - _ADDRESS_REACH), run_start) is not None
            )
            # a participle or an adjective ("hospitalisé", "condamné"): "em São Paulo, R$ 8.000" is a place
            or (
                apposable
                and trigger_start > run_end
                and text[trigger_start : trigger_start + 1].islower()
                and _APPOSITION.fullmatch(text, run_end, trigger_start) is not None
            )
        )

    def _with_given_name(self, ctx: ScanContext, person: Entity) -> Entity:
        """A one-word PERSON right after a capitalised word the model labelled otherwise ("Marta" as
        GPE, then "Kowalczyk" as PERSON) is one name: report the whole of it."""
        if " " in person.text:
            return person
        for other in ctx.entities:
            if (
                other.end + 1 == person.start
                and ctx.text[other.end] == " "
                and _NAME_WORD.fullmatch(other.text)
            ):
                return Entity(other.start, person.end, person.label, ctx.text[other.start : person.end])
        return person

    def _previous_sentence_of_a_pronoun(
        self, ctx: ScanContext, trigger_start: int, topic: str
    ) -> tuple[int, int] | None:
        """The sentence before the trigger's when that starts with a pronoun of ``pronoun_subjects``
        ("... Priya Nair who just moved! She's at 12 Birch Lane"), for a topic of
        ``pronoun_topics``."""
        if self._pronoun is None or topic not in self.options.pronoun_topics:
            return None
        s_start, _ = ctx.sentence_at(trigger_start)
        if s_start == 0 or not self._pronoun.match(ctx.text, s_start):
            return None
        return ctx.sentence_at(s_start - 1)

    def _person_a_pronoun_refers_to(
        self, ctx: ScanContext, trigger: tuple[int, int], topic: str
    ) -> list[Entity]:
        """The single person named in the sentence before one that starts with a pronoun: whom the
        pronoun refers to. Two names there, or none, and the pronoun is not read."""
        previous = self._previous_sentence_of_a_pronoun(ctx, trigger[0], topic)
        if previous is None:
            return []
        p_start, p_end = previous
        impersonal = self._impersonal.get(topic)
        if impersonal is not None and impersonal.search(ctx.text, p_start, p_end):
            return []
        people = self._people_between(ctx, p_start, p_end, trigger, topic)
        # Every candidate counts, the names the model missed too: "Tom Reed and Ana Silva" are two.
        candidates = [(p.start, p.end) for p in people] + [
            m.span() for m in self._name_run.finditer(ctx.text, p_start, p_end)
        ]
        merged: list[tuple[int, int]] = []
        for c_start, c_end in sorted(candidates):
            if merged and c_start < merged[-1][1]:  # the same name read twice (PERSON and ORG, a run)
                merged[-1] = (merged[-1][0], max(merged[-1][1], c_end))
            else:
                merged.append((c_start, c_end))
        if not people or len(merged) != 1:
            return []
        return [max(people, key=lambda p: p.end - p.start)]  # "Bsnotir Baae" rather than "Baae"

    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        reported: set[tuple[int, int]] = set()
        for start, end, trigger in self._trigger_matches(ctx):
            apposed = trigger == _APPOSED_AGE
            topic = "age" if apposed else trigger
            scope_start, scope_end = self._scope(ctx, start, end)
            impersonal = self._impersonal.get(topic)
            personal = self._personal.get(topic)
            in_draft = topic in self.options.impersonal_in_draft
            impersonal_start, impersonal_end = (0, len(ctx.text)) if in_draft else (scope_start, scope_end)
            if (
                impersonal is not None
                and impersonal.search(ctx.text, impersonal_start, impersonal_end)
                and not (personal is not None and personal.search(ctx.text, scope_start, scope_end))
            ):
                continue
            before = self._impersonal_before.get(topic)
            if before is not None and before.search(ctx.text, max(scope_start, start - _BEFORE_REACH), start):
                continue
            people = [
                # a street's name the model took for a person ("12 Birch Lane") is no one; a name
                # inside a trigger without a number is ("let Martin Keane go")
                p
                for p in self._people_between(ctx, scope_start, scope_end, (start, end), topic)
                if not (start <= p.start and p.end <= end and _HAS_DIGIT.search(ctx.text, start, end))
            ] + self._person_a_pronoun_refers_to(ctx, (start, end), topic)
            for person in people:
                if (
                    (person.start, person.end) in reported
                    or (
                        # the term is the person's own name ("Christian" is a first name too)
                        person.start <= start < person.end
                    )
                    or self._the_author(ctx.text, person)
                    or self._in_role(ctx.text, person, topic)
                    or (
                        # a first name and a last name right before the age ("Lyon (69)" is a département)
                        apposed and (person.end != start or " " not in person.text.strip())
                    )
                ):
                    continue
                reported.add((person.start, person.end))
                topic_words = topic.replace("_", " ")
                yield Hit(person.start, person.end, message=f"Named person with {topic_words} information")
