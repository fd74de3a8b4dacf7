"""The options of a person-fact rule: each a policy field of ``rules/default/person_sensitive*.yaml``."""

from __future__ import annotations

import re

from pydantic import Field, ValidationInfo, field_validator

from preflight.engine.detectors.base import DetectorOptions, written_by_overlay
from preflight.engine.detectors.person_sensitive.terms import runs_without_backtracking


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
    # Words only the rule's language writes (not English, not a neighbour's): a draft holding two
    # different ones is read even where engine/language.py names other languages only, as it does for a
    # sentence in the language with a longer note in English ("Jan ... wurde wegen seiner Spielsucht
    # entlassen, don't mention it at the party"). Empty: ``languages`` alone decides.
    mixed_draft_words: list[str] = Field(default_factory=list)
    # topic -> words that make its trigger impersonal in that sentence: an office address in a press
    # release ("our new office at Hauptstraße 12") is no one's home.
    impersonal_words: dict[str, list[str]]
    # topic -> words that make it personal again whatever impersonal word the sentence holds: a
    # letter sent "to her home address" is someone's home even in a note "for the office".
    personal_words: dict[str, list[str]] = Field(default_factory=dict)
    # topic -> regular expressions read as ``personal_words`` are: a home stated with a verb of living
    # before a street ("vive en la calle ...", "wohnt in der Goethestraße") is someone's, even in a
    # sentence that names their office or their shop ("X, del almacén de ..., vive en la calle ...").
    # Where the street is part of a compound (German, Dutch, Swedish) no list of words can say it.
    personal_patterns: dict[str, list[str]] = Field(default_factory=dict)
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
    # Words that mark a draft as fiction anywhere in it ("short story", "chapter one", "Kurzgeschichte"):
    # a character's illness or age is no one's fact. Empty: no draft is read so.
    fiction_words: list[str] = Field(default_factory=list)
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
    # Words after which such a clause starts in Chinese though no punctuation stands between: hearsay
    # and wishes before the name ("听说李伟年薪涨到了80万", "恭喜王芳").
    words_before_surnames: list[str] = Field(default_factory=list)
    # Common surnames written in Devanagari ("वर्मा", "शर्मा"): that script has no capitals to show a
    # name, so a word of it right before one of these is a name with it ("राहुल वर्मा").
    devanagari_surnames: list[str] = Field(default_factory=list)

    @field_validator("topics")
    @classmethod
    def _terms_compile(cls, value: dict[str, list[str]], info: ValidationInfo) -> dict[str, list[str]]:
        from_overlay = written_by_overlay(info, "topics")
        for topic, terms in value.items():
            if not terms:
                raise ValueError(f"at least one term for topic {topic!r}")
            for term in terms:
                if term != term.strip():
                    # the detector bounds a term by word edges: a space at its edge never matches
                    raise ValueError(f"terms without spaces at their edges ({term!r} in {topic!r})")
                _vet_expression(
                    term,
                    topic,
                    "terms",
                    from_overlay,
                    "plain terms in an overlay: words, spaces, apostrophes and hyphens, optional letters"
                    " ('licenciée?'), letter classes ('despedid[oa]') and groups of plain alternatives"
                    " ('(?:his|her) salary')",
                )
        return value

    @field_validator("personal_patterns")
    @classmethod
    def _patterns_compile(cls, value: dict[str, list[str]], info: ValidationInfo) -> dict[str, list[str]]:
        from_overlay = written_by_overlay(info, "personal_patterns")
        for topic, patterns in value.items():
            for pattern in patterns:
                _vet_expression(
                    pattern,
                    topic,
                    "patterns",
                    from_overlay,
                    "plain words in an overlay's personal_patterns (as in topics)",
                )
        return value


def _vet_expression(expression: str, topic: str, what: str, from_overlay: bool, overlay_may: str) -> None:
    """A topic's term or pattern compiles; from an overlay it must also run without backtracking of its
    own: the detector runs it in Python's backtracking engine, where an overlay's "(a+)+$" or
    "\\d+\\d+x" cannot be vetted and could hang screening. ``overlay_may`` says what an overlay may write."""
    try:
        re.compile(expression)
    except re.error as exc:
        raise ValueError(f"valid {what} ({expression!r} in {topic!r}: {exc})") from exc
    if from_overlay and not runs_without_backtracking(expression):
        raise ValueError(f"{overlay_may}; got {expression!r} in {topic!r}")
