"""Confidential information that is not a credential: the organisation's code names and its internal
hosts (private IP addresses and ranges, internal host names, intranet links).

Markings such as "internal only" are plain patterns and live in the policy (``regex`` rules).

A 100,000-character draft must stay cheap to scan, so each search here starts with something the
regex engine can jump to (a literal, a dot) instead of a look-behind or a character class it would
test at every position. The full pattern then runs only next to what was found.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from typing import Any

from pydantic import Field, field_validator

from preflight.engine.context import ScanContext
from preflight.engine.detectors.base import Detector, DetectorOptions, all_match, register
from preflight.engine.detectors.keywords import derive_keywords
from preflight.engine.detectors.scout import first_char_scout, scouted_finditer, scouted_search
from preflight.engine.findings import Hit
from preflight.engine.text import after_login_command, any_of, inside_quotation, longest_first, token_start

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def _continues_word(text: str, start: int, extra: str = "") -> bool:
    """Whether the character before ``start`` belongs to the same word (or is one of ``extra``)."""
    if start == 0:
        return False
    before = text[start - 1]
    return before.isalnum() or before == "_" or before in extra


# Scripts written without spaces between words (Han, kana, Hangul and their punctuation-free
# neighbours): a Latin name glued to them ("Bluebird内测版", "Project Falconのデモ") still stands
# alone, though Python counts their characters as word characters.
_UNSPACED_SCRIPTS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_UNSPACED = re.compile(f"[{_UNSPACED_SCRIPTS}]")


# ---------------------------------------------------------------------------------------------
# Code names


class CodeNameOptions(DetectorOptions):
    # Code names are proper names: "Bluebird" the project, not "bluebird" the bird. A name of one
    # word is then matched as written and in capitals ("BLUEBIRD").
    case_sensitive: bool
    # A name of several words is matched in any case even so: "project falcon" typed in lower case
    # is still the project (no ordinary phrase reads "project falcon" or "orion x").
    phrases_any_case: bool
    # Also match a name of several words written as one word, a hashtag or not: "#ProjectFalcon",
    # "ProjectFalcon".
    hashtags: bool
    # A code name of one word is often an ordinary word too, in any script ("Bluebird", "ブルーバード"
    # are birds). A draft holding a word of such ordinary things (``ordinary_sense_words``: "bird",
    # "野鳥", "Vogel") and no word of a product or a project (``project_words``: "launch", "発売",
    # "beta") uses the name in its ordinary sense: no finding. Names of several words ("Project
    # Falcon") are always the project. Words of Latin letters match whole, others (CJK) anywhere.
    ordinary_sense_words: list[str] = Field(default_factory=list)
    project_words: list[str] = Field(default_factory=list)
    # A one-word name right before or after one of these words is the proper name of a place or a
    # business ("Bluebird Café", "the Nightjar Bar", "Hotel Falcon", "Café Bluebird"), not the
    # project, whatever else the draft says; the name elsewhere in the draft is still reported.
    place_words: list[str] = Field(default_factory=list)
    # A listed name -> its spellings in other scripts ("Bluebird": ["ブルーバード", "블루버드"]), found
    # as the name is: an overlay sets them next to its names. Those of a name not listed are unused.
    spellings: dict[str, list[str]] = Field(default_factory=dict)
    # A name of several words opening with one of these words is also written with the word in
    # another language ("Project Falcon": "Projet Falcon", "Projeto Falcon", "Projekt Falcon"): the
    # word -> its translations, matched case-free as the word itself.
    prefix_translations: dict[str, list[str]] = Field(default_factory=dict)
    # Languages that write such a word after the name, glued to it or not ("Falcon项目", "Falconプロ
    # ジェクト", "Falcon 프로젝트" are "Project Falcon"): the word -> its translations placed after the
    # rest of the name. A name so spelt holds its project word: never the ordinary word.
    suffix_translations: dict[str, list[str]] = Field(default_factory=dict)
    # A one-word name in a draft telling of a year before this one, and of no product or project
    # (``project_words``), is a public thing of that past, not the project: a record boat or car, a
    # rocket ("Donald Campbell set the record in Bluebird K7 in 1955"). The organisation's code names
    # are current; none of them was a project then.
    history_before_year: int
    # A one-word name that a person's full name owns is a work or a famous thing of theirs, not the
    # project: a song, a film, a record car ("„Bluebird“ von Paul McCartney", "el Bluebird de Donald
    # Campbell", "Donald Campbell's Bluebird"). These words join the name to its person ("by", "von").
    # A company's name is no person's ("Bluebird by Acme Corp"): ``company_suffixes`` end one.
    creator_words: list[str] = Field(default_factory=list)
    company_suffixes: list[str] = Field(default_factory=list)
    # A one-word name as a segment of an identifier, in any case, is the project: a branch, a module,
    # a service ("feature/bluebird-payments-v2", "bluebird_api", "#nightjar"). A segment is bounded by
    # "/", "_", "-", "." or "#" on one side at least, within a run of such characters and letters.
    identifiers: bool
    # A run of words joined by hyphens only reads as a hyphenated word ("blue-grey"), unless one of its
    # parts, or the word right after it, is one of these words of software: then it is a repository's,
    # a service's or a job's name, and a one-word name in it is the project ("the nightjar-ingest repo",
    # "bluebird-api is down").
    identifier_words: list[str] = Field(default_factory=list)
    # A one-word name in a quotation (opening a quoted title of several words, or inside a quoted line
    # or title), in a draft holding one of these words and no project word, is that work's words: "we
    # sang 'Bluebird of happiness' at the care home", "song of the day: “Bluebird, bluebird, through my
    # window”", "book club episode: 'The Nightjar Murders'".
    work_words: list[str] = Field(default_factory=list)
    # A one-word name given as the title of a public work is that work, whatever else the draft says:
    # right after a noun of such a work or its maker (``work_nouns``: "the song Bluebird", "the band
    # Nightjar", "la canción «Bluebird»"), or followed by a creator word and a few words ending in a
    # maker (``artist_words``: "'Bluebird' by our favourite indie band", "„Bluebird“ von unserer
    # Lieblingsband"), or by a year in brackets in a draft about a work ("watching Bluebird (2019)").
    work_nouns: list[str] = Field(default_factory=list)
    artist_words: list[str] = Field(default_factory=list)


def _any_word(words: list[str]) -> re.Pattern[str] | None:
    """One case-free regex for ``words``: a word in spaced scripts as a whole word, CJK anywhere.
    Written as tries (``any_of``): each is only ever asked whether the draft holds one."""
    if not words:
        return None
    unspaced = [w for w in words if _UNSPACED.search(w)]
    spaced = [w for w in words if not _UNSPACED.search(w)]
    alternatives = [rf"(?<!\w)(?:{any_of(spaced)})(?!\w)"] * bool(spaced) + [any_of(unspaced)] * bool(
        unspaced
    )
    return re.compile("|".join(alternatives), re.IGNORECASE)


@register
class CodeNameDetector(Detector[CodeNameOptions]):
    """The organisation's code names (``lists.code_names``), as whole phrases."""

    name = "code_names"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        opts = self.options
        names = self.lists.code_names + tuple(
            spelling for name in self.lists.code_names for spelling in opts.spellings.get(name, ())
        )
        names += _translated_prefixes(self.lists.code_names, opts.prefix_translations)
        with_suffix = _translated_suffixes(self.lists.code_names, opts.suffix_translations)
        names += with_suffix
        self._regex = _phrase_alternation(names, opts)
        # The one-word names cut in two, written whole again before the draft is read for the names'
        # ordinary sense: the second piece of "Blue-bird" is no bird.
        self._cut = _cut_alternation(names, opts)
        # Names of any case ("(?i:project falcon)") leave the regex engine no first characters to skip to.
        self._scout = first_char_scout(self._regex) if self._regex is not None else None
        # The names of one word, which may be ordinary words ("#ProjectFalcon" is no one-word name).
        self._one_word_names = {
            n.strip().lower() for n in names if len(n.split()) == 1 and n not in with_suffix
        }
        self._ordinary_sense = _any_word(opts.ordinary_sense_words)
        self._project = _any_word(opts.project_words)
        # A place word capitalised as in a proper name ("Nightjar Bar", "HOTEL FALCON"), after the name
        # (one space or a hyphen between) or before it: "the Nightjar bar chart" is still the project.
        spellings = {f(w) for w in opts.place_words for f in (str.capitalize, str.upper)}
        place = longest_first(spellings)
        # Han, kana and Hangul words end where a particle glued to them starts ("ナイトジャー カフェの").
        unspaced = {w for w in spellings if _UNSPACED.search(w)}
        place_after = "|".join(
            [longest_first(unspaced)] * bool(unspaced)
            + [rf"(?:{longest_first(spellings - unspaced)})(?!\w)"] * bool(spellings - unspaced)
        )
        self._place_after = re.compile(rf"[ \-](?:{place_after})") if place else None
        self._place_before = re.compile(rf"(?<!\w)(?:{place}) \Z") if place else None
        self._creator_after, self._creator_before = _creator_regexes(
            opts.creator_words, opts.company_suffixes
        )
        self._identifier = _identifier_segments(self._one_word_names) if opts.identifiers else None
        self._software_words = frozenset(w.lower() for w in opts.identifier_words)
        self._work = _any_word(opts.work_words)
        self._work_noun_before, self._artist_after = _public_work_regexes(
            opts.work_nouns, opts.creator_words, opts.artist_words
        )

    @property
    def required_keywords(self) -> frozenset[str] | None:
        """The literals of which every match of the names holds one (``derive_keywords``), and the
        one-word names themselves (read inside identifiers in any case): a draft without any of them
        holds no code name."""
        if self._regex is None:
            return None
        keywords = derive_keywords(self._regex.pattern)
        if keywords is None:
            return None  # a name too short to select drafts by: read every draft
        return frozenset(keywords) | self._one_word_names

    def _names_a_place(self, text: str, start: int, end: int) -> bool:
        """Whether the one-word name at ``text[start:end]`` is part of a place's name (``place_words``)."""
        if self._place_after is None or self._place_before is None:
            return False
        return (
            self._place_after.match(text, end) is not None
            or self._place_before.search(text, max(0, start - 24), start) is not None
        )

    def _names_a_persons_work(self, text: str, start: int, end: int) -> bool:
        """Whether the one-word name at ``text[start:end]`` is a person's work or famous thing (see
        ``CodeNameOptions.creator_words``)."""
        return (self._creator_after is not None and self._creator_after.match(text, end) is not None) or (
            self._creator_before is not None
            and self._creator_before.search(text, max(0, start - 64), start) is not None
        )

    def _names_a_quoted_work(self, text: str, start: int, end: int) -> bool:
        """Whether the one-word name at ``text[start:end]`` stands in a quoted title or line of several
        words (opening it, or inside a quotation: a song's line, a book's title) in a draft about a
        work (``CodeNameOptions.work_words``) and no project."""
        if self._work is None:
            return False
        opens_a_title = start > 0 and text[start - 1] in _OPENING_QUOTES and _TITLE_REST.match(text, end)
        return (
            bool(opens_a_title or inside_quotation(text, start, end))
            and self._work.search(text) is not None
            and (self._project is None or self._project.search(text) is None)
        )

    def _names_a_public_work(self, text: str, start: int, end: int) -> bool:
        """Whether the one-word name at ``text[start:end]`` is given as a public work's title (see
        ``CodeNameOptions.work_nouns``)."""
        before = self._work_noun_before
        if before is not None and before.search(text, max(0, start - 40), start):
            return True
        if self._artist_after is not None and self._artist_after.match(text, end):
            return True
        return (
            self._work is not None
            and _WORK_YEAR.match(text, end) is not None
            and self._work.search(text) is not None
        )

    def _in_ordinary_sense(self, text: str) -> bool:
        """Whether a one-word name in ``text`` is the ordinary word or a thing of the past (see
        ``CodeNameOptions``)."""
        ordinary = self._ordinary_sense is not None and self._ordinary_sense.search(text) is not None
        return (ordinary or self._tells_of_the_past(text)) and (
            self._project is None or self._project.search(text) is None
        )

    def _tells_of_the_past(self, text: str) -> bool:
        """Whether ``text`` names a year before ``history_before_year`` ("in 1955", "the 1960s")."""
        before = self.options.history_before_year
        return any(_FIRST_YEAR <= int(year.group(1)) < before for year in _YEAR.finditer(text))

    def _names_software(self, text: str, token: re.Match[str]) -> bool:
        """Whether a run of hyphen-joined words is a repository's or a service's name: one of its
        parts, or the word right after it, is one of ``identifier_words`` ("nightjar-ingest repo")."""
        if not self._software_words:
            return False
        parts = {part.lower() for part in re.split(r"[/_.#-]", token.group())}
        if not parts.isdisjoint(self._software_words):
            return True
        after = _NEXT_WORD.match(text, token.end())
        return after is not None and after.group(1).lower() in self._software_words

    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        if self._regex is None:
            return
        text = ctx.text
        ordinary: bool | None = None  # decided once per draft, at its first one-word name
        pos = 0
        while (match := scouted_search(self._regex, self._scout, text, pos)) is not None:
            # Not the tail of a longer word ("Superbluebird"): resume one character later, so a
            # real name overlapping the rejected match is not lost. Han, kana and Hangul before it
            # are another word ("内测版Bluebird").
            start = match.start()
            if _continues_word(text, start) and not _UNSPACED.match(text, start - 1):
                pos = match.start() + 1
                continue
            pos = match.end()
            written = match.group().lower()
            if written not in self._one_word_names and _uncut(written) not in self._one_word_names:
                yield Hit(match.start(), match.end())
                continue
            if (
                self._names_a_place(text, match.start(), match.end())
                or self._names_a_persons_work(text, match.start(), match.end())
                or self._names_a_quoted_work(text, match.start(), match.end())
                or self._names_a_public_work(text, match.start(), match.end())
            ):
                continue
            if ordinary is None:
                ordinary = self._in_ordinary_sense(self._uncut_names(text))
            if not ordinary:
                yield Hit(match.start(), match.end())
        lowered = text.lower() if self._identifier is not None else ""
        if self._identifier is not None and any(n in lowered for n in self._one_word_names):
            # Names in any case inside identifiers; a name the search above reported is not reported twice.
            reported = {m.span() for m in scouted_finditer(self._regex, self._scout, text)}
            tokens = [
                t.span()
                for t in _IDENTIFIER.finditer(text)
                if _is_identifier(t.group()) or self._names_software(text, t)
            ]
            # A word written spaced out or cut to hide it ("bl.ue.bi.rd") is hidden on purpose, as
            # an identifier is written on purpose: any case.
            tokens.extend(ctx.view.hidden_words)
            for token_start, token_end in tokens:
                for match in self._identifier.finditer(text, token_start, token_end):
                    if match.span() in reported:
                        continue
                    if ordinary is None:
                        ordinary = self._in_ordinary_sense(self._uncut_names(text))
                    if not ordinary:
                        yield Hit(match.start(), match.end())

    def _uncut_names(self, text: str) -> str:
        """``text`` with each one-word name written cut in two written whole (``_split_spellings``)."""
        return self._cut.sub(lambda m: _uncut(m.group()), text) if self._cut is not None else text


# A capitalised word of a person's name ("Paul", "McCartney", "O'Brien", "Jean-Luc", "Ødegaard").
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w-]*(?:['’][A-ZÀ-ÖØ-Þ][\w-]*)?"
# Quotes that may close a title before its author ("„Bluebird“ von ...", "'Nightjar' by ...").
_CLOSING_QUOTES = "”“\"'’‘»«"


# A quoted title's opening quote, and the rest of a title of several words after its first word, up to its
# closing quote ("'Bluebird of happiness'", "“Nightjar at Dusk”").
_OPENING_QUOTES = "'\"‘“«„"
_TITLE_REST = re.compile(r"(?:[ \u00a0][\w’'-]+){1,6}[’'\"”»“]")
# An identifier: words joined by "/", "_", ".", "#" or "-" (a branch, a module, a hashtag).
_IDENTIFIER = re.compile(r"#?\w+(?:[/_.#-]\w+)+|#\w+")
# The word right after an identifier, past spaces (its noun: "the nightjar-ingest repo").
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
_FILE_SUFFIX = re.compile(r"\.(?:py|js|ts|go|rs|rb|java|kt|yaml|yml|json|toml|md)$", re.IGNORECASE)


def _is_identifier(token: str) -> bool:
    """Whether a run of joined words reads as an identifier, not a hyphenated word ("blue-grey"): it
    holds "/", "_" or "#", a digit, or ends in a source file's suffix."""
    return (
        any(c in token for c in "/_#")
        or any(c.isdigit() for c in token)
        or _FILE_SUFFIX.search(token) is not None
    )


def _identifier_segments(names: set[str]) -> re.Pattern[str] | None:
    """A one-word name, in any case, as a whole segment of an identifier ("feature/bluebird-payments-v2",
    "bluebird_api", "#nightjar"): bounded by anything but a letter or a digit ("_" included)."""
    latin = sorted((n for n in names if not _UNSPACED.search(n)), key=len, reverse=True)
    if not latin:
        return None
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(map(re.escape, latin))})(?![^\W_])", re.IGNORECASE)


def _creator_regexes(
    creator_words: list[str], company_suffixes: list[str]
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """A person's full name after a name (a title's closing quote, a creator word, two capitalised
    words, the second no company suffix), and a person's full name owning it before ("Donald
    Campbell's ")."""
    if not creator_words:
        return None, None
    not_company = rf"(?!(?:{longest_first(set(company_suffixes))})(?!\w))" if company_suffixes else ""
    person = rf"{_NAME_WORD}[ \u00a0]{not_company}{_NAME_WORD}"
    creator = longest_first(set(creator_words))
    # a title's closing quote, French spaced too ("« Nightjar » de ..."); the person's name ends there,
    # and is not their team's or squad's ("Bluebird by Maria Lopez's team ships Friday")
    quote = rf"(?:[ \u00a0\u202f]?[{_CLOSING_QUOTES}])?"
    space = "[ \u00a0]{1,3}"
    after = re.compile(rf"{quote}{space}(?:{creator}){space}{person}(?![\w'’-])")
    before = re.compile(rf"(?<!\w){person}['’]s[ \u00a0]\Z")
    return after, before


# A work's year in brackets after its title ("Bluebird (2019)", "„Nightjar“ (1998)").
_WORK_YEAR = re.compile(r"[”“\"'’»]?[ \u00a0]?\((?:19|20)\d\d\)")


def _public_work_regexes(
    work_nouns: list[str], creator_words: list[str], artist_words: list[str]
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """A noun of a work or its maker right before a name, an opening quote allowed ("the band
    Nightjar", "la canción «Bluebird»"), and after a name a creator word and up to four words ending
    in a maker ("'Bluebird' by our favourite indie band")."""
    before = None
    if work_nouns:
        nouns = longest_first({w.lower() for w in work_nouns})
        spaces = "[ \u00a0\u202f]"
        before = re.compile(
            rf"(?<!\w)(?:{nouns}){spaces}{{1,3}}[{_OPENING_QUOTES}]?{spaces}?\Z", re.IGNORECASE
        )
    after = None
    if creator_words and artist_words:
        creator = longest_first(set(creator_words))
        artists = longest_first({w.lower() for w in artist_words})
        quote = rf"(?:[ \u00a0\u202f]?[{_CLOSING_QUOTES}])?"
        few_words = r"(?:[\w'’-]+[ \u00a0]){0,4}"
        after = re.compile(
            rf"{quote}[ \u00a0]{{1,3}}(?:{creator})[ \u00a0]{{1,3}}{few_words}(?:{artists})(?!\w)",
            re.IGNORECASE,
        )
    return before, after


# A year standing alone or as a decade ("1955", "the 1960s"), not part of a longer number or code;
# years before the first are no history this policy tells of (a part number "1200").
_YEAR = re.compile(r"(?<![\w.,/:-])(1[89]\d\d)(?:s|[’']s)?(?![\w.,/:-]\d|\w)")
_FIRST_YEAR = 1850


def _translated_prefixes(names: tuple[str, ...], translations: dict[str, list[str]]) -> tuple[str, ...]:
    """Each name of several words whose first word has translations, written with each of them
    ("Project Falcon" -> "Projet Falcon", "Projeto Falcon")."""
    by_word = {word.lower(): spellings for word, spellings in translations.items()}
    translated = []
    for name in names:
        first, _, rest = name.strip().partition(" ")
        if rest:
            translated += [f"{spelling} {rest}" for spelling in by_word.get(first.lower(), ())]
    return tuple(translated)


def _translated_suffixes(names: tuple[str, ...], translations: dict[str, list[str]]) -> tuple[str, ...]:
    """Each name of several words whose first word has translations written after the rest, glued to
    it and spaced ("Project Falcon" -> "Falcon项目", "Falcon 项目"); the glued spelling is matched as
    written (a name's case), the spaced one as any name of several words."""
    by_word = {word.lower(): spellings for word, spellings in translations.items()}
    translated = []
    for name in names:
        first, _, rest = name.strip().partition(" ")
        if rest:
            for spelling in by_word.get(first.lower(), ()):
                translated += [f"{rest}{spelling}", f"{rest} {spelling}"]
    return tuple(translated)


def _spelling(words: tuple[str, ...] | list[str], hashtags: bool) -> str:
    """One name's words with their separators, and its words joined, a hashtag or not, when it
    has several."""
    spelled = r"(?:\s{1,16}|[-_])".join(re.escape(w) for w in words)
    if hashtags and len(words) > 1:
        spelled += f"|#?{re.escape(''.join(words))}"
    return spelled


def _phrase_alternation(names: tuple[str, ...], opts: CodeNameOptions) -> re.Pattern[str] | None:
    """One regex for every name, longest first so that "Orion X" wins over a shorter "Orion".

    Words of a name may be separated by any run of white space (a line break too), a hyphen or an
    underscore ("Project-Falcon", "project_falcon"); a name must not run on into a longer word
    ("Bluebirds" is not "Bluebird"), but may run into Han, kana or Hangul, which are written without
    spaces ("Project Falconのデモ"). The left side is checked by the caller: a look-behind in front
    would make the regex engine stop at every character."""
    phrases = {tuple(name.split()) for name in names if name.split()}
    if not phrases:
        return None
    ordered = sorted(phrases, key=lambda words: (-len(" ".join(words)), words))
    alternatives = []
    for words in ordered:
        if not opts.case_sensitive or (opts.phrases_any_case and len(words) > 1):
            alternatives.append(f"(?i:{_spelling(words, opts.hashtags)})")
            alternatives += [f"(?i:{split})" for split in _split_spellings(words)]
        else:
            capitals = [w.upper() for w in words]
            alternatives += sorted({_spelling(words, opts.hashtags), _spelling(capitals, opts.hashtags)})
            alternatives += [*_split_spellings(words), *_split_spellings(capitals)]
    return re.compile(rf"(?:{'|'.join(alternatives)})(?![^\W{_UNSPACED_SCRIPTS}])")


def _cut_alternation(names: tuple[str, ...], opts: CodeNameOptions) -> re.Pattern[str] | None:
    """One regex for the one-word names cut in two, in the cases ``_phrase_alternation`` reads them."""
    cuts = []
    for name in names:
        words = name.split()
        if not opts.case_sensitive:
            cuts += [f"(?i:{split})" for split in _split_spellings(words)]
        else:
            cuts += [*_split_spellings(words), *_split_spellings([w.upper() for w in words])]
    return re.compile("|".join(cuts)) if cuts else None


# A one-word name cut in two by a hyphen or an underscore ("Blue-bird", "Night_jar", "BLUE-BIRD"), the
# letter after the cut in either case ("Blue-Bird"): the same name, written so it reads as two words.
# Each piece has at least this many letters, so a name of fewer than twice as many is never cut.
_SPLIT_PIECE_MIN_LETTERS = 3
_SPLIT_SEPARATOR = "[-_]"


def _uncut(written: str) -> str:
    """A one-word name written cut in two (``_split_spellings``), as it is listed."""
    return written.replace("-", "").replace("_", "")


def _split_spellings(words: tuple[str, ...] | list[str]) -> list[str]:
    """The spellings of a one-word name cut once, as regular expressions; none for a longer name."""
    if len(words) != 1 or not words[0].isalpha():
        return []
    (name,) = words
    cuts = range(_SPLIT_PIECE_MIN_LETTERS, len(name) - _SPLIT_PIECE_MIN_LETTERS + 1)
    return [
        f"{re.escape(name[:cut])}{_SPLIT_SEPARATOR}[{name[cut].lower()}{name[cut].upper()}]"
        f"{re.escape(name[cut + 1 :])}"
        for cut in cuts
    ]


# ---------------------------------------------------------------------------------------------
# Internal hosts


class InternalHostOptions(DetectorOptions):
    # Address ranges that only exist inside an organisation. Deliberately not ``is_private``, which
    # also covers the documentation ranges (203.0.113.0/24 ...) that appear in public examples.
    networks: list[str]
    # Host names ending in one of these are internal: "erp.finance.corp", "printer.office.local".
    host_suffixes: list[str]
    # Host names starting with one of these are internal: "intranet.contoso.com".
    host_prefixes: list[str]
    # A dotted quad right after one of these words is a version number, not an address
    # ("Build 10.2.14.5 is rolling out").
    version_words: list[str]
    # The addresses home routers answer at out of the box ("192.168.1.1", "192.168.178.1"): in a
    # draft that gives a tip about the reader's or everyone's router (``home_router_words``: "your
    # router", "most routers", "home Wi-Fi"), such an address is public knowledge, not the
    # organisation's network. Elsewhere it is reported as any private address.
    home_router_addresses: list[str]
    home_router_words: list[str]

    @field_validator("home_router_addresses")
    @classmethod
    def _addresses_parse(cls, values: list[str]) -> list[str]:
        for value in values:
            try:
                ipaddress.IPv4Address(value)
            except ValueError as exc:
                raise ValueError(f"IPv4 addresses ({exc})") from exc
        return values

    @field_validator("networks")
    @classmethod
    def _networks_parse(cls, values: list[str]) -> list[str]:
        for value in values:
            try:
                ipaddress.ip_network(value)
            except ValueError as exc:
                raise ValueError(f"IP networks in CIDR notation ({exc})") from exc
        return values

    @field_validator("version_words")
    @classmethod
    def _words(cls, values: list[str]) -> list[str]:
        return all_match(values, r"[A-Za-z]+", "single words of letters")

    @field_validator("host_suffixes", "host_prefixes")
    @classmethod
    def _dotted_labels(cls, values: list[str]) -> list[str]:
        labels = r"\.?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.?"
        return all_match(values, labels, "host name labels such as '.corp' or 'intranet.'")


# The last three octets of a dotted-quad candidate: a dot is what the search jumps to. A longer
# dotted run is read whole, so a draft of "1.1.1.1..." is a handful of candidates, not thousands.
_IPV4_TAIL = re.compile(r"\.[0-9]{1,3}(?:\.[0-9]{1,3}){2,15}+")
# Four octets and an optional CIDR prefix length, not followed by more of a dotted number
# ("1.2.3.4.5") or a word. The values are checked in code.
_IPV4 = re.compile(r"([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})(?:/([0-9]{1,2}))?(?!\w|\.[0-9])")
# IPv6: two colons at most four hex digits apart say one may be there; the candidate is a run of
# colon-separated hex groups, validated by ipaddress.
_IPV6_HINT = re.compile(r":[0-9A-Fa-f]{0,4}:")
_IPV6 = re.compile(r"(?<![\w:.])[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:/[0-9]{1,3})?(?![\w:])")
# One DNS label followed by its dot.
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\."
# A host name ends here: not in the middle of a word, nor before another label ("x.local.py").
_HOST_END = r"(?![\w-]|\.[A-Za-z0-9])"
# The longest host name looked for before an internal suffix.
_MAX_HOST = 253


@register
class InternalHostDetector(Detector[InternalHostOptions]):
    """Private IP addresses and ranges, and host names that only resolve inside the organisation."""

    name = "internal_host"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        opts = self.options
        networks = [ipaddress.ip_network(n) for n in opts.networks]
        self._ipv4_ranges = [
            (int(n.network_address), int(n.netmask), n.prefixlen) for n in networks if n.version == 4
        ]
        self._ipv6_networks = [n for n in networks if n.version == 6]
        self._version_before = _version_regex(opts.version_words)
        self._home_router_addresses = set(opts.home_router_addresses)
        self._home_router_tip = _any_word(opts.home_router_words)
        self._suffix = _suffix_regexes(opts.host_suffixes)
        self._prefixes = _prefix_regexes(opts.host_prefixes)

    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        text = ctx.text
        if "." in text:
            if self._ipv4_ranges:
                yield from self._ipv4(text)
            yield from self._suffix_hosts(text)
            for regex in self._prefixes:
                for match in regex.finditer(text):
                    start = _host_start(text, match.start())
                    if start is not None:
                        yield Hit(start, match.end())
        if self._ipv6_networks and _IPV6_HINT.search(text):
            yield from self._ipv6(text)

    def _ipv4(self, text: str) -> Iterator[Hit]:
        router_tip: bool | None = None  # decided once per draft, at its first home router address
        for tail in _IPV4_TAIL.finditer(text):
            # Back over the first octet (at most three digits) to where the address would start.
            start = tail.start()
            while start > tail.start() - 3 and start > 0 and text[start - 1].isdigit():
                start -= 1
            # Not glued to a word or a longer dotted number ("v10.0.0.1", "1.10.0.0.1").
            if start == tail.start() or _continues_word(text, start, extra="."):
                continue
            match = _IPV4.match(text, start)
            if (
                match is not None
                and self._is_internal_ipv4(match)
                and not self._after_version_word(text, start)
            ):
                if match.group() in self._home_router_addresses:
                    if router_tip is None:
                        router_tip = self._home_router_tip is not None and bool(
                            self._home_router_tip.search(text)
                        )
                    if router_tip:
                        continue
                yield Hit(match.start(), match.end())

    def _is_internal_ipv4(self, match: re.Match[str]) -> bool:
        """Integer arithmetic on the octets: ipaddress's parser is slow for a draft that holds
        thousands of addresses. An octet over 255 or with a leading zero is not an address."""
        *octets, length = match.groups()
        value = 0
        for octet in octets:
            number = int(octet)
            if number > 255 or (octet[0] == "0" and len(octet) > 1):
                return False
            value = value << 8 | number
        prefix = int(length) if length else 32
        if prefix > 32:
            return False
        return any(prefix >= n_prefix and value & mask == base for base, mask, n_prefix in self._ipv4_ranges)

    def _after_version_word(self, text: str, start: int) -> bool:
        if self._version_before is None:
            return False
        # Only a letter can end a version word (or "to" after one): look for one before running the regex.
        before = text[max(0, start - 32) : start].rstrip(" \t:#.")
        return (
            before[-1:].isalpha() and self._version_before.search(text, max(0, start - 32), start) is not None
        )

    def _ipv6(self, text: str) -> Iterator[Hit]:
        for match in _IPV6.finditer(text):
            try:
                network = ipaddress.IPv6Network(match.group(), strict=False)
            except ValueError:
                continue  # a time of day, a MAC-like string ...
            if any(network.subnet_of(n) for n in self._ipv6_networks):
                yield Hit(match.start(), match.end())

    def _suffix_hosts(self, text: str) -> Iterator[Hit]:
        """Find each internal suffix (a cheap search for ".corp" ...), then the host name ending
        there, by matching the full host pattern from the start of that word. Windows closer than
        a host name's length are merged, so a draft full of them costs one plain scan."""
        if self._suffix is None:
            return
        anchor, host = self._suffix
        window_start = window_end = -1
        for suffix in anchor.finditer(text):
            if suffix.start() - _MAX_HOST > window_end:
                if window_end > window_start:
                    yield from _hits(text, host.finditer(text, window_start, window_end))
                window_start = token_start(text, suffix.start(), _MAX_HOST)
            window_end = suffix.end()
        if window_end > window_start:
            yield from _hits(text, host.finditer(text, window_start, window_end))


def _hits(text: str, matches: Iterator[re.Match[str]]) -> Iterator[Hit]:
    for match in matches:
        start = match.start()
        if (
            text[start - 1 : start] != "@"
            or _after_url_userinfo(text, start)
            or after_login_command(text, token_start(text, start, 80))
        ):
            yield Hit(start, match.end())


# The user and password of a URL, right before its host: "postgres://reader:s3cret@", "redis://:pw@".
_URL_USERINFO = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,31}://[^\s/?#@]{0,256}@\Z")


def _after_url_userinfo(text: str, host_start: int) -> bool:
    """Whether the '@' before a host name ends a URL's user information (the host is the URL's,
    "postgres://bi:pw@db.internal") rather than an e-mail address's local part."""
    return _URL_USERINFO.search(text, token_start(text, host_start, 300), host_start) is not None


# Labels a host name may have before an internal prefix ("a.b.intranet.example.com").
_MAX_LABELS_BEFORE = 6
# The DNS label (and its dot) that ends where a search stops.
_LABEL_BEFORE = re.compile(rf"(?<![A-Za-z0-9-]){_LABEL}\Z")


def _host_start(text: str, prefix_start: int) -> int | None:
    """Where a host name found by its internal prefix starts: the prefix itself, or labels before
    it ("supervision.intranet.example.fr"), at most ``_MAX_LABELS_BEFORE`` of them: a longer dotted
    run is no host name, and reading it back whole for every prefix in it would cost its square.
    None for the domain of an e-mail address."""
    start = prefix_start
    for _ in range(_MAX_LABELS_BEFORE + 1):
        if start == 0 or text[start - 1] != ".":
            break
        label = _LABEL_BEFORE.search(text, max(0, start - 64), start)
        if label is None:
            return None
        start -= len(label.group())
    else:
        return None
    if (
        start > 0
        and text[start - 1] == "@"
        and not _after_url_userinfo(text, start)
        and not after_login_command(text, token_start(text, start, 80))
    ):
        return None
    return start


def _version_regex(words: list[str]) -> re.Pattern[str] | None:
    """A version word ending just before an address: "Build ", "v", "release: " ("v10.0.0.1" is
    already refused as glued to a word; the look-behind keeps "nav 10.0.0.1" an address)."""
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    # "updated to 10.0.3.1", "Update auf 10.2.0.4": a version word, then "to" in a few languages.
    to = r"(?:(?:to|auf|zu|naar|vers|para|alla)\s{1,3})?"
    return re.compile(rf"(?<![A-Za-z])(?:{alternation})\.?[\s:#]{{0,3}}{to}\Z", re.IGNORECASE)


def _suffix_regexes(suffixes: list[str]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The suffix on its own (to find candidates fast) and a host name ending in it.

    The suffix must end the name ("settings.local.py" is a file, not a host) and be written in one
    case ("fileserver.corp", "FILESERVER.CORP"), so a sentence run on after a full stop ("... the
    team.Local news") is not a host. The name may not continue an e-mail address or a path."""
    endings = sorted({s.strip(".").lower() for s in suffixes if s.strip(".")}, key=len, reverse=True)
    if not endings:
        return None
    cased = "|".join([re.escape(e) for e in endings] + [re.escape(e.upper()) for e in endings])
    anchor = re.compile(rf"\.(?:{cased}){_HOST_END}")
    # After an '@' only as a URL's host ("postgres://user:pw@db.internal"): checked in ``_hits``.
    host = re.compile(rf"(?<![\w.-])(?:{_LABEL}){{1,10}}(?:{cased}){_HOST_END}")
    return anchor, host


def _prefix_regexes(prefixes: list[str]) -> list[re.Pattern[str]]:
    """Host names starting with an internal prefix ("intranet.contoso.com", "Intranet.contoso.com").

    One regex per prefix and spelling, each starting with the literal prefix, then a look-behind
    spelling it again: not preceded by a word or a hyphen (labels before it and an '@' are checked
    by ``_host_start``). At least two more labels must follow, so a sentence run on after the word
    ("our intranet.So glad") does not count."""
    regexes = []
    for prefix in sorted({p.strip(".").lower() for p in prefixes if p.strip(".")}):
        for spelling in sorted({prefix, prefix.capitalize()}):
            literal = re.escape(spelling + ".")
            regexes.append(
                re.compile(rf"{literal}(?<![\w-]{literal})(?:{_LABEL}){{1,8}}[A-Za-z]{{2,63}}{_HOST_END}")
            )
    return regexes
