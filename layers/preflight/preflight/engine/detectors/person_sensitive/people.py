"""Who a person fact is about: the named people around a trigger, found through the NER model's
entities, runs of name-shaped words, titles, role nouns, CJK and Devanagari name patterns, names a fact
is linked to ("Daniel Reyes is gay") and the person a pronoun refers back to."""

from __future__ import annotations

import re
from collections.abc import Iterator

from preflight.engine.context import ScanContext
from preflight.engine.detectors.person_sensitive.names import (
    AGE_AFTER,
    CJK_CHAR,
    CJK_NAME,
    DEVANAGARI,
    HAN,
    HAS_DIGIT,
    NAME_WORD,
    TITLE_LOOKBACK,
    UPPER,
    WORD_SPAN,
)
from preflight.engine.detectors.person_sensitive.options import PersonSensitiveOptions
from preflight.engine.nlp import Entity
from preflight.engine.text import longest_first

# What stands between a name and a fact in apposition to it ("à Julien Moreau, hospitalisé"), or in a
# relative clause only a person takes ("à Mathilde Caron, qui se bat contre un cancer").
_APPOSITION = re.compile(r",\s?(?:(?:qui|que|che|die|der|who)\s)?")
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
# A house number right after a run of names: the run is a street ("Via Roma 12", "Calle de Alcalá, 145").
_HOUSE_NUMBER = re.compile(r",? ?\d")
# An elided article or preposition before a word: "l'", "dell'", "all'", "d’".
_ELIDED = re.compile(r"^\w{1,5}['’]")
# What ends a possessive name ("Reyes's", "Reyes'"): the person is then another's relation.
_APOSTROPHES = ("'", "’", "'s", "’s")
# How far before a name a self-introduction may start ("my name is ").
_SELF_REACH = 24
# How far before a run of names a word addressing it may stand ("Auguri | a Marco Testa").
_ADDRESS_REACH = 30
# How far from an entity of the model its name may reach ("Visser" found, "Daan" before it missed).
_NAME_REACH = 40
# The age of ``name_before_age``: two or three digits, not a count of one ("Open Roles (3)").
_TWO_DIGITS = re.compile(r"(?<!\d)\d{2,3}(?!\d)")


def _any_case_alternatives(words: list[str]) -> str:
    """An alternation of ``words``, longest first: lower-case ones in any case, others exactly."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w) if w != w.lower() else f"(?i:{re.escape(w)})" for w in ordered)


class People:
    """The named people of a rule's language that a fact may be about."""

    def __init__(self, opts: PersonSensitiveOptions) -> None:
        self.options = opts
        self._organisation_words = {w.lower() for w in opts.organisation_words}
        self._words_no_name = {w.lower() for w in opts.not_name_words}
        self._not_name_words = self._words_no_name | self._organisation_words
        self._particles = {w.lower() for w in opts.name_particles}
        # Where every noun is written with a capital and the model's entities are trimmed to runs of
        # names (German), a run "Einweihungsparty von Petra Vogel" starts at a noun: after an article
        # ("Die ...") it is a thing, and the name after its particle is whose it is.
        self._noun_before_particle = opts.trim_entities_to_names and not opts.capitalised_names
        self._titled_name: re.Pattern[str] | None = None
        if opts.titles or opts.role_nouns:
            titles = longest_first(opts.titles) if opts.titles else "(?!)"
            roles = longest_first(opts.role_nouns) if opts.role_nouns else "(?!)"
            particle = "|".join(map(re.escape, sorted(self._particles))) or "(?!)"
            name = NAME_WORD.pattern
            self._titled_name = re.compile(
                rf"(?<![^\W_])(?:(?i:{titles})|(?:{roles}):?)(?!\w)\s{{1,3}}"
                rf"(?P<name>{name}(?:\s(?:(?:{particle})\s)?{name}){{0,2}})"
            )
        self._name_titled_after: re.Pattern[str] | None = None
        self._titled_no_name = tuple(w for w in opts.not_name_words if CJK_CHAR.search(w))
        if opts.title_suffixes:
            suffixes = longest_first(opts.title_suffixes)
            # a one-character surname too ("周先生", "郑女士"): a Han letter right before the title; a
            # surname's repeated letter ("佐々木陽子さん") is one more than the four; the possessive
            # particle before a name is none of it ("経理の|佐藤さん", "公司的|王先生")
            self._name_titled_after = re.compile(
                rf"(?:(?:[{HAN}]\u3005)?(?:(?![の的])[{CJK_NAME}]){{2,4}} ?|[{HAN}])(?:{suffixes})"
            )
        self._name_titled_before: re.Pattern[str] | None = None
        if opts.title_prefixes:
            prefixes = longest_first(opts.title_prefixes)
            other = rf"(?![{re.escape(opts.not_name_characters)}])" if opts.not_name_characters else ""
            self._name_titled_before = re.compile(
                rf"(?:{prefixes})(?P<name>{other}[{HAN}]{{2}}(?:{other}[{HAN}])?)"
            )
        self._not_before_names = {w.lower() for w in opts.not_before_names}
        self._devanagari_name: re.Pattern[str] | None = None
        if opts.devanagari_surnames:
            surnames = longest_first(opts.devanagari_surnames)
            self._devanagari_name = re.compile(
                rf"(?<![{DEVANAGARI}])[{DEVANAGARI}]+ (?:{surnames})(?![{DEVANAGARI}])"
            )
        self._name_at_clause_start: re.Pattern[str] | None = None
        if opts.surnames:
            surnames = longest_first(opts.surnames)
            other = rf"(?![{re.escape(opts.not_name_characters)}])" if opts.not_name_characters else ""
            # one look-behind a word: each must be of a fixed width
            after_words = "".join(f"|(?<={re.escape(w)})" for w in opts.words_before_surnames)
            self._name_at_clause_start = re.compile(
                rf"(?:^|(?<=[\s，。！？；：、,.!?;:]){after_words})"
                rf"(?P<name>(?:{surnames}){other}[{HAN}](?:{other}[{HAN}])?)"
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
            self._self_introduction = re.compile(rf"(?<!\w)(?i:{intros})\s+(?=[{UPPER}])")
        self._fact_after_name: re.Pattern[str] | None = None
        if opts.fact_links and opts.linked_topics:
            links = longest_first(opts.fact_links)
            particle = "|".join(map(re.escape, sorted(self._particles))) or "(?!)"
            name = NAME_WORD.pattern
            # Anchored at the trigger (searched with the trigger's start as end position).
            self._fact_after_name = re.compile(
                rf"(?<![\w-])(?P<name>{name}(?:\s(?:(?:{particle})\s)?{name}){{1,4}})"
                rf"(?:,\s?(?:(?i:{links})\s){{0,4}}|\s(?:(?i:{links})\s){{1,4}})$"
            )
        particles = "|".join(map(re.escape, sorted(self._particles))) or "(?!)"
        self._name_run = re.compile(rf"{NAME_WORD.pattern}(?:\s(?:(?:{particles})\s)?{NAME_WORD.pattern})+")
        # A run of names that ends where the search ends (an age in apposition after it).
        self._name_run_at_end = re.compile(rf"(?<![\w-])(?:{self._name_run.pattern})$")
        # A sentence that opens by greeting a named person ("Welcome back Hannah Fox!", "Get well soon
        # Tariq Lund."): the fact in the next sentence, which names no one, is theirs ("So glad the
        # spinal surgery went well").
        self._greeting: re.Pattern[str] | None = None
        if opts.addressing_words:
            greetings = longest_first(opts.addressing_words)
            self._greeting = re.compile(rf"\W*(?i:{greetings}),?\s(?={self._name_run.pattern})")
        self._pronoun: re.Pattern[str] | None = None
        self._pronoun_after_clause: re.Pattern[str] | None = None
        if opts.pronoun_subjects and opts.pronoun_topics:
            pronouns = longest_first(opts.pronoun_subjects)
            self._pronoun = re.compile(rf"\s*(?:{pronouns})(?!\w)", re.IGNORECASE)
            # ... or right after a clause put before it ("After beating his addiction, he's back").
            self._pronoun_after_clause = re.compile(
                rf"\s*[^,.!?;:\n]{{1,80}},\s*(?:{pronouns})(?!\w)", re.IGNORECASE
            )
        self._name_before_relative: re.Pattern[str] | None = None
        if opts.person_relatives:
            relatives = longest_first(opts.person_relatives)
            particle = "|".join(map(re.escape, sorted(self._particles))) or "(?!)"
            name = NAME_WORD.pattern
            self._name_before_relative = re.compile(
                rf"(?<![\w-])(?P<name>{name}(?:\s(?:(?:{particle})\s)?{name}){{1,3}}),?\s(?:{relatives})(?!\w)"
            )

    def holds_name_run(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a run of at least two name-shaped words."""
        return self._name_run.search(text, start, end) is not None

    def _looks_like_a_name(self, text: str) -> bool:
        words = text.split()
        return len(words) == 2 and all(
            NAME_WORD.fullmatch(w) and w.lower() not in self._organisation_words for w in words
        )

    def between(
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
                if not HAS_DIGIT.search(p.text) and not self._not_a_name_at_all(p.text.split())
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
                # a name of two characters before the fact ("同事李娜|骨折"): the third starts the fact
                name_end = trigger_start if m.start("name") + 2 == trigger_start < m.end() else m.end()
                name = ctx.text[m.start("name") : name_end]
                people.append(Entity(m.start("name"), name_end, opts.entity_label, name))
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
            for m in self._titled_name.finditer(ctx.text, max(0, start - TITLE_LOOKBACK), end):
                if m.end("name") > start and not self._not_a_name(m.group("name").split()):
                    people.append(Entity(m.start(), m.end(), opts.entity_label, m.group()))
        return people

    def the_author(self, text: str, person: Entity) -> bool:
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
                or (given_name.endswith(" ") and NAME_WORD.fullmatch(given_name[:-1]))
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
        # a place, unless greeted or thanked ("Shoutout to Baei Baaa for leading Friday prayers")
        addressed = self._addressed is not None and self._addressed.search(
            ctx.text, max(0, name_start - _ADDRESS_REACH), name_start
        )
        if before and before[-1].lower() in self._not_before_names and not addressed:
            return None
        if (
            not self.options.trim_entities_to_names
            and _ATTRIBUTIVE.match(ctx.text, trigger_end)
            # a word used as an attribute, not a phrase ("... for leading Friday prayers at the depot")
            and " " not in ctx.text[trigger_start:trigger_end]
            # an amount is no attribute of a noun: "Beeeiim Caaa is getting £20k after ..." (a FAC)
            and not HAS_DIGIT.search(ctx.text, trigger_start, trigger_end)
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
            for run_start, run_end, whole_start in self._name_runs(
                ctx.text, window_start, window_end, trigger_start, apposable
            ):
                # the entity may hold the noun before the name ("Die Einweihungsparty von" as an ORG)
                if whole_start < e.end and run_end > e.start:
                    people.append(Entity(run_start, run_end, label, ctx.text[run_start:run_end]))
        if opts.capitalised_names:
            for run_start, run_end, _ in self._name_runs(ctx.text, start, end, trigger_start, apposable):
                people.append(Entity(run_start, run_end, label, ctx.text[run_start:run_end]))
        return people

    def name_before_age(self, ctx: ScanContext, start: int, age: tuple[int, int]) -> Entity | None:
        """The run of names right before an age in apposition ("Ana Lima, 29, was promoted", "Sanne de
        Vries (38) is ...") where the model read no person there (it took "Lima" for a city): a first
        and a last name followed by an age of two or three digits are someone's. Not a run the model
        read as one place ("Le Mans (72)"), nor an organisation's ("Sales Team (12)"), and the words
        before the name that are none of it ("Meet", "Congrats") are left out."""
        age_start, age_end = age
        m = self._name_run_at_end.search(ctx.text, start, age_start)
        if m is None or len(_TWO_DIGITS.findall(ctx.text, age_start, age_end)) != 1:
            return None
        words = list(WORD_SPAN.finditer(ctx.text, m.start(), m.end()))
        last_not_a_name = max((i for i, w in enumerate(words) if self._not_a_name([w.group()])), default=-1)
        if last_not_a_name >= 0 and words[last_not_a_name].group().lower() in self._organisation_words:
            return None
        words = words[last_not_a_name + 1 :]
        # after a preposition of place or a verb of travel, in the run or before it: "Visit Le Mans (72)"
        before = ctx.text[max(start, m.start() - 20) : m.start()].split()[-1:]
        if any(w.lower() in self._not_before_names for w in before + [w.group() for w in words]):
            return None
        names = [w for w in words if w.group().lower() not in self._particles]
        if len(names) < 2 or words[0].group().lower() in self._particles:
            return None
        name_start = words[0].start()
        # A number in brackets follows a place too (a French département: "Le Mans (72)"); one between
        # commas a person only ("Flaua Daae, 18, was promoted", whatever the model took it for).
        if ctx.text[age_start:age_end].lstrip().startswith("(") and any(
            e.label in _PLACE_LABELS and e.start <= name_start and e.end >= m.end() for e in ctx.entities
        ):
            return None
        return Entity(name_start, m.end(), self.options.entity_label, ctx.text[name_start : m.end()])

    def _not_a_name(self, words: list[str]) -> bool:
        return any(w.lower() in self._not_name_words for w in words)

    def _not_a_name_at_all(self, words: list[str]) -> bool:
        return all(w.lower() in self._words_no_name for w in words)

    def in_role(self, text: str, person: Entity, topic: str) -> bool:
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
    ) -> Iterator[tuple[int, int, int]]:
        """The runs of at least two name-shaped words in ``text[start:end]``, particles allowed between
        them ("Willem de Groot"); punctuation after a word ends its run. A run next to an
        organisation word is the organisation's name ("Fondazione Umberto Veronesi", "Rossi Srl"), and
        one right after a preposition of place or an article a place or a thing ("en Buenos Aires"),
        unless the sensitive fact stands in apposition right after it ("nos pensées à Julien Moreau,
        hospitalisé depuis lundi"): a place is not hospitalised. The fact itself ends a run: in "Neha
        Kapoor hospital mein" the organisation word "hospital" starts the fact, not a name; the runs
        after it are read too. Each as (start, end, start of the whole run it was read from): where a
        noun opens the run (``_noun_before_particle``), the name is the part after its particle."""
        run_start = run_end = -1
        names = 0
        particle = organisation = False
        previous = before_run = ""
        # the particle after the run's first word and where the next name starts ("von", "Petra")
        after_noun: tuple[str, int] | None = None
        noun_particle = ""
        for m in WORD_SPAN.finditer(text, start, end):
            word = m.group().rstrip(",.;:!?)")
            lower = word.lower()
            ends_here = word != m.group()
            if m.start() == trigger_start:
                # the run before the fact ends here; a name after it may be the person too ("Feliz 60
                # cumpleaños a Pilar Ortega")
                found = self._run_read(
                    text, before_run, run_start, run_end, names, after_noun, trigger_start, apposable
                )
                if found is not None:
                    yield found
                names, particle, organisation, after_noun = 0, False, False, None
                previous = ""
                continue
            # an elided article or preposition is no part of the word ("dell'ospedale San Raffaele")
            if _ELIDED.sub("", lower) in self._organisation_words:
                names, particle, organisation, after_noun = 0, False, not ends_here, None
                continue
            if NAME_WORD.fullmatch(word) and lower not in self._not_name_words:
                if organisation:
                    organisation = not ends_here
                    continue
                if names == 0:
                    run_start, before_run, after_noun = m.start(), previous, None
                elif particle and names == 1 and self._noun_before_particle:
                    after_noun = (noun_particle, m.start())
                run_end, names, particle = m.start() + len(word), names + 1, False
                if not ends_here:
                    continue
            elif names and not particle and not ends_here and lower in self._particles:
                particle, noun_particle = True, lower
                continue
            found = self._run_read(
                text, before_run, run_start, run_end, names, after_noun, trigger_start, apposable
            )
            if found is not None:
                yield found
            names, particle, organisation, after_noun = 0, False, False, None
            previous = "" if ends_here else lower
        found = self._run_read(
            text, before_run, run_start, run_end, names, after_noun, trigger_start, apposable
        )
        if found is not None:
            yield found

    def _run_read(
        self,
        text: str,
        before_run: str,
        run_start: int,
        run_end: int,
        names: int,
        after_noun: tuple[str, int] | None,
        trigger_start: int,
        apposable: bool,
    ) -> tuple[int, int, int] | None:
        """The person a run of ``names`` name-shaped words is (``_name_runs``), or None."""
        if names < 2:
            return None
        if self._a_person_here(text, before_run, run_start, run_end, trigger_start, apposable):
            return run_start, run_end, run_start
        # "Die Einweihungsparty von Petra Vogel": the article is the noun's, the name after "von" a
        # person's (two names at least)
        if after_noun is not None and names >= 3:
            noun_particle, name_start = after_noun
            if self._a_person_here(text, noun_particle, name_start, run_end, trigger_start, apposable):
                return name_start, run_end, run_start
        return None

    def _a_person_here(
        self, text: str, before_run: str, run_start: int, run_end: int, trigger_start: int, apposable: bool
    ) -> bool:
        if 0 <= trigger_start < run_start and _HOUSE_NUMBER.match(text, run_end):
            return False  # a street after the fact ("a casa sua, Via Roma 12"), not who it is about
        return (
            before_run not in self._not_before_names
            or AGE_AFTER.match(text, run_end) is not None
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
                and NAME_WORD.fullmatch(other.text)
            ):
                return Entity(other.start, person.end, person.label, ctx.text[other.start : person.end])
        return person

    def previous_sentence_referred_to(
        self, ctx: ScanContext, trigger_start: int, topic: str
    ) -> tuple[int, int] | None:
        """The sentence before the trigger's when that starts with a pronoun of ``pronoun_subjects``
        ("... Priya Nair who just moved! She's at 12 Birch Lane") or holds the given name alone of
        someone named in full there ("Congrats to Hal Brennan! ... Hal lives at 14 Orchard Row"), for
        a topic of ``pronoun_topics``."""
        if self._pronoun is None or topic not in self.options.pronoun_topics:
            return None
        s_start, s_end = ctx.sentence_at(trigger_start)
        opens_with_pronoun = self.opens_with_pronoun(ctx.text, trigger_start)
        # "Big cheers for Oskar Lind: he's 58 now": the pronoun of the fact refers to the name before
        # it in its own sentence.
        if opens_with_pronoun and self._name_run.search(ctx.text, s_start, trigger_start):
            return s_start, trigger_start
        if s_start == 0:
            return None
        previous = ctx.sentence_at(s_start - 1)
        if (
            self._said_with_pronoun(ctx, trigger_start)
            or self._given_name_again(ctx.text, (s_start, s_end), previous)
            or self._greeted_before(ctx.text, previous, (s_start, trigger_start))
        ):
            return previous
        return None

    def _greeted_before(self, text: str, previous: tuple[int, int], before_trigger: tuple[int, int]) -> bool:
        """Whether ``previous`` opens by greeting a named person and the trigger's sentence names no one
        before the trigger: the fact is the greeted person's."""
        return (
            self._greeting is not None
            and self._greeting.match(text, *previous) is not None
            and self._name_run.search(text, *before_trigger) is None
        )

    def _said_with_pronoun(self, ctx: ScanContext, trigger_start: int) -> bool:
        """Whether the trigger's sentence says its fact of "he" or "she" (``pronoun_subjects``): the
        sentence opens with one, alone or after a clause put before it ("After beating his addiction,
        he's back"), or the trigger does ("Now she's 46")."""
        if self._pronoun is None:
            return False
        s_start = ctx.sentence_at(trigger_start)[0]
        return (
            self.opens_with_pronoun(ctx.text, trigger_start)
            or self._pronoun.match(ctx.text, s_start) is not None
            or (
                self._pronoun_after_clause is not None
                and self._pronoun_after_clause.match(ctx.text, s_start) is not None
            )
        )

    def opens_with_pronoun(self, text: str, trigger_start: int) -> bool:
        """Whether the trigger itself opens with a pronoun of ``pronoun_subjects`` ("... Now she's 46"):
        it refers back wherever in its sentence it stands."""
        return self._pronoun is not None and self._pronoun.match(text, trigger_start) is not None

    def _given_name_again(self, text: str, sentence: tuple[int, int], previous: tuple[int, int]) -> bool:
        """Whether ``sentence`` holds, as a word of its own, the first word of a run of names in the
        sentence ``previous``: the given name of someone named there in full."""
        given_names = {m.group().split()[0] for m in self._name_run.finditer(text, *previous)}
        return bool(given_names) and any(
            m.group() in given_names and not NAME_WORD.match(text, m.end() + 1)
            for m in NAME_WORD.finditer(text, *sentence)
        )

    def pronoun_referent(
        self, ctx: ScanContext, trigger: tuple[int, int], topic: str, impersonal: re.Pattern[str] | None
    ) -> list[Entity]:
        """The single person named in the sentence before one that starts with a pronoun or holds their
        given name alone: whom it refers to. Two names there, or none, and it is not read; nor when
        that sentence holds an ``impersonal`` word of the topic."""
        previous = self.previous_sentence_referred_to(ctx, trigger[0], topic)
        if previous is None:
            return []
        p_start, p_end = previous
        if impersonal is not None and impersonal.search(ctx.text, p_start, p_end):
            return []
        people = self.between(ctx, p_start, p_end, trigger, topic)
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
        if len(merged) != 1:
            return []
        run_start, run_end = merged[0]
        if people:
            # "Bsnotir Baae" rather than "Baae": the whole run of names the model read part of
            person = max(people, key=lambda p: p.end - p.start)
            return [Entity(run_start, run_end, person.label, ctx.text[run_start:run_end])]
        # A run the model did not read is the person when its given name comes back alone ("Congrats
        # to Caaa Reie! ... Caaa lives at"): a place or a firm is not called by its first word; nor
        # is it "she" or "he" ("... Caaa Reie joined us. Now she's 46").
        if (
            self._said_with_pronoun(ctx, trigger[0])
            or self._given_name_again(ctx.text, ctx.sentence_at(trigger[0]), (run_start, run_end))
            or self._greeted_before(ctx.text, (p_start, p_end), (ctx.sentence_at(trigger[0])[0], trigger[0]))
        ):
            return [Entity(run_start, run_end, self.options.entity_label, ctx.text[run_start:run_end])]
        return []
