"""The ``token_patterns`` detector: spaCy Matcher patterns kept in the policy.

Risky claims (guarantees, forward-looking financial statements, health claims) are phrasings, not
strings: "guaranteed ... returns" with a few words between, "revenue will ... double". spaCy's
token Matcher expresses that as data, and runs over the draft's tokens, which are computed once per
draft and shared by every rule that uses this detector. Only lexical attributes (LOWER, ORTH,
IS_PUNCT, LIKE_NUM...) are available: the tagger and parser are not loaded, to keep a draft cheap.

``exclude_next`` drops a match when the token right after it is one of the listed words (idioms such
as "can't lose sight of"); ``exclude_previous`` when one of the ``previous_window`` tokens before it
is (negations such as "there is no such thing as a risk-free ...", "nothing is proven to cure").
``negations`` is a second such list with its own ``negation_window``, for a pattern whose
``exclude_previous`` reads a single token (the article that makes Spanish "cura" a noun) but which a
denial further back must still drop ("ningún suplemento cura la diabetes").
``context`` keeps a match only when one of its words is within ``context_window`` tokens before or
after it (outside the match): an
idiom of certainty ("a sure thing") is a claim next to a stock or a bet, not next to a birthday cake.
``doubted_by`` drops a match asked as a question and answered with doubt: a "?" ends the match's
sentence and one of its words is within ``doubt_window`` tokens after it ("Can vitamin D prevent
colds? Studies don't show a clear benefit", "¿El té verde previene el cáncer? La evidencia es mixta").
``reads_previous_sentence`` lets a pattern's window (and so its ``context``) take in the sentence before
its anchor's: a guarantee often stands alone after its promise ("Your bill drops by 40%. Guaranteed.").

Words of other languages are written with their accents ("guérit", "garantía"); each pattern also
accepts them without ("guerit"), as drafts are often typed without accents, so the YAML lists a word
once. Rules of other languages live in their own files (``claims-fr.yaml``...), one rule per category
and language (``claims.health.fr``), so a language can be switched off, or loaded only for drafts in
that language, without touching the others.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal, cast

from pydantic import Field, ValidationInfo, field_validator

from preflight.engine.context import ScanContext
from preflight.engine.detectors.base import Detector, DetectorOptions, register, written_by_overlay
from preflight.engine.detectors.scout import first_char_scout, scouted_search
from preflight.engine.findings import Hit
from preflight.engine.nlp import ELISION, NOT_CONTRACTIONS
from preflight.engine.text import any_of

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span

    from preflight.engine.nlp import NlpResources

# Around an anchor word, the sentence is cut to this many characters each side: the longest pattern
# spans about a dozen tokens, and reading less keeps anchor-dense drafts cheap.
_WINDOW = 150
_OPTIONAL_OPS = {"?", "*", "!"}
# Words too common to make a good anchor: a pattern anchored on "to" would tokenize every sentence.
_EVERYDAY_WORDS = {
    "to", "is", "'s", "’s", "the", "a", "an", "of", "in", "on", "and", "or", "it", "be", "we", "i",
    "you", "your", "our", "will", "'ll", "’ll", "about", "going", "set", "up", "not", "no", "can",
    "ca", "n't", "n’t", "for", "with", "at", "by", "this", "that", "it's", "are", "do", "make", "get",
    "go", "have", "take", "thing", "money", "way",
}  # fmt: skip


# An anchor is looked up among the draft's words (ScanContext.word_positions): only values that are
# one such word can be anchors ("d'" or "covid-19" never appear there whole).
_ANCHOR_WORD = re.compile(r"[^\W_]+|[$€£¥]")
# Every anchor word of every token-pattern rule built: a draft's words are looked up in it once (kept
# in ScanContext.memo under _DRAFT_ANCHORS), and each rule's anchors meet those few words, not the draft.
_KNOWN_ANCHORS: set[str] = set()
_DRAFT_ANCHORS = object()
# The key of a window's lower-case word hashes in ``ScanContext.memo`` (``_window_lowers``).
_WINDOW_LOWERS = object()
# Matcher attributes whose string values are words a draft may type without their accents.
_WORD_ATTRS = ("LOWER", "NORM")


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _with_unaccented(values: list[Any]) -> list[Any]:
    """The values, each followed by its accent-free spelling when that differs ("guérit", "guerit")."""
    out: list[Any] = []
    for value in values:
        out.append(value)
        if isinstance(value, str):
            bare = unicodedata.normalize("NFC", _unaccented(value))
            if bare != value and bare not in values and bare not in out:
                out.append(bare)
    return out


def _accepting_unaccented(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    result = []
    for spec in pattern:
        spec = dict(spec)
        for attr in _WORD_ATTRS:
            value = spec.get(attr)
            if isinstance(value, str) and _unaccented(value) != value:
                spec[attr] = {"IN": _with_unaccented([value])}
            elif isinstance(value, dict):
                value = dict(value)
                for op in ("IN", "NOT_IN"):
                    if isinstance(value.get(op), list):
                        value[op] = _with_unaccented(value[op])
                spec[attr] = value
        result.append(spec)
    return result


def _optional(spec: dict[str, Any]) -> bool:
    """Whether a token of a pattern may be absent from a match (``?``, ``*``, ``!``, ``{0,n}``)."""
    op = spec.get("OP")
    return op in _OPTIONAL_OPS or (isinstance(op, str) and op.startswith(("{0", "{,")))


def _anchor_words(pattern: list[dict[str, Any]]) -> set[str] | None:
    """The literal words of the pattern's most selective required token (longest shortest value)."""
    best: tuple[tuple[int, int, int], set[str]] | None = None
    for spec in pattern:
        if _optional(spec):
            continue
        for attr in ("LOWER", "ORTH", "TEXT", "NORM"):
            value = spec.get(attr)
            if isinstance(value, str):
                values = {value}
            elif isinstance(value, dict) and isinstance(value.get("IN"), list) and value["IN"]:
                values = {str(v) for v in value["IN"]}
            else:
                continue
            if not all(_ANCHOR_WORD.fullmatch(v) for v in values):
                continue
            # Prefer sets without everyday words, then longer words, then fewer of them.
            common = any(v.lower() in _EVERYDAY_WORDS for v in values)
            score = (0 if common else 1, min(len(v) for v in values), -len(values))
            if best is None or score > best[0]:
                best = (score, {v.lower() for v in values})
    return best[1] if best else None


def _required_words(pattern: list[dict[str, Any]]) -> list[frozenset[str]]:
    """For each required token of the pattern spelled by LOWER, ORTH or TEXT, the lower-cased words it
    accepts: a window whose tokens lack one of these sets cannot hold a match, so its Matcher is not
    run (the anchor alone leaves most windows to the Matcher: "deal" is common, "deal ... signs" not)."""
    required: list[frozenset[str]] = []
    for spec in pattern:
        if _optional(spec):
            continue
        for attr in ("LOWER", "ORTH", "TEXT"):  # each a spelling: its lower case is the token's lower_
            value = spec.get(attr)
            if isinstance(value, dict):
                value = value.get("IN")
            if isinstance(value, str):
                value = [value]
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                required.append(frozenset(v.lower() for v in value))
    return required


@functools.cache
def _special_case_witnesses(nlp: NlpResources) -> dict[str, frozenset[str]]:
    """For each lower-cased token the tokenizer's special cases cut out of a longer word ("is" of
    "isn't", "can" and "not" of "cannot", "gon" of "gonna"), the first index word (ScanContext
    .word_positions) of each such longer word: a draft holds the token only if it holds one of those."""
    witnesses: dict[str, set[str]] = {}
    sources = [source for source, pieces in cast(Any, nlp.nlp.tokenizer).rules.items() if len(pieces) > 1]
    for source, doc in zip(sources, nlp.tokenize(sources), strict=True):
        first = _ANCHOR_WORD.search(source.lower())
        if first is not None:
            for token in doc:
                witnesses.setdefault(token.lower_, set()).add(first.group())
    return {piece: frozenset(words) for piece, words in witnesses.items()}


def _spelled_out_first_token(pattern: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The pattern as one pattern per word of its first token's ``IN`` list, when that token is
    required: the same matches, but the token every position of a window is tried against is compared
    by the Matcher itself instead of by a Python predicate called for each token."""
    first, rest = pattern[0], pattern[1:]
    if "OP" in first:
        return [pattern]
    for attr in ("LOWER", "NORM", "ORTH", "TEXT"):
        value = first.get(attr)
        if (
            isinstance(value, dict)
            and set(value) == {"IN"}
            and value["IN"]
            and all(isinstance(v, str) for v in value["IN"])
        ):
            return [[{**first, attr: word}, *rest] for word in dict.fromkeys(value["IN"])]
    return [pattern]


# spaCy's tokenizer splits a hyphen that follows a letter or digit and precedes a letter ("start-up" is
# "start", "-", "up"), and one between digits ("0-0", a score or a range); "covid-19" stays whole. A
# pattern word written so can never equal one token, and its pattern is dead.
_SPLIT_BY_HYPHEN = re.compile(r"(?:[^\W\d_]|[0-9])-(?=[^\W\d_])|[0-9]-(?=[0-9-])")
# It splits at an apostrophe too: "'s" off any word ("deal's", "90's" are "deal" "'s"), an elided French
# or Italian article or pronoun off the word after it ("s'envoler" is "s'" "envoler": nlp.ELISION), and
# the other English clitics through special cases (next). Alone, a clitic ("'s", "n't") or an elision
# ("l'") is one token, as it is in a draft ("don't", "l'action").
_SPLIT_AT_APOSTROPHE = re.compile(rf"[^\W_]['’][sS]\Z|\A(?!(?i:n['’]t)\Z){ELISION}")


@functools.cache
def _special_cases() -> frozenset[str]:
    """The English tokenizer's special cases that make more than one token ("we're", "cannot", "gonna",
    "let's"...): the model's tokenizer starts from them, less those nlp.py takes out."""
    from spacy.lang.en.tokenizer_exceptions import TOKENIZER_EXCEPTIONS

    return frozenset(
        word
        for word, pieces in TOKENIZER_EXCEPTIONS.items()
        if len(pieces) > 1 and word not in NOT_CONTRACTIONS
    )


def _split_by_special_case(value: str) -> bool:
    return value in _special_cases()


# What an overlay may give as a ``denials_before`` expression: words, spaces and apostrophes.
_PLAIN_PHRASE = re.compile(r"[^\W_]+(?:[ '’][^\W_]+)*")


def _spelled_values(spec: dict[str, Any]) -> Iterator[str]:
    """The literal words a pattern token compares a token's text with (LOWER, ORTH, TEXT, NORM)."""
    for attr in ("LOWER", "ORTH", "TEXT", "NORM"):
        value = spec.get(attr)
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict) and isinstance(value.get("IN"), list):
            # NOT_IN words are left alone: a dead one excludes nothing, which is harmless
            yield from (v for v in value["IN"] if isinstance(v, str))


def _holds_regex(value: Any) -> bool:
    """Whether a token pattern compares anything with a regular expression (a ``REGEX`` predicate, on
    any attribute, custom ones under ``_`` included)."""
    if isinstance(value, dict):
        return "REGEX" in value or any(_holds_regex(v) for v in value.values())
    if isinstance(value, list):
        return any(_holds_regex(v) for v in value)
    return False


def _one_token_each(values: Iterable[str], info: ValidationInfo) -> None:
    """Raises for a value that the tokenizer splits (at a hyphen, at an apostrophe, or by a special
    case): compared with one token, it is dead. The special cases are spaCy's: not read where the
    policy is loaded without it (to be shown, not to screen), as the Matcher's own check is not."""
    values = set(values)
    checks: list[tuple[str, Callable[[str], object]]] = [
        ("at its hyphen", _SPLIT_BY_HYPHEN.search),
        ("at its apostrophe", _SPLIT_AT_APOSTROPHE.search),
    ]
    if not (info.context or {}).get("without_nlp"):
        checks.append(("by a special case of the tokenizer", _split_by_special_case))
    for where, splits in checks:
        split = sorted(v for v in values if splits(v))
        if split:
            raise ValueError(
                f"one token per value: {', '.join(map(repr, split))} is split {where} into several"
                " tokens, so it can never equal one (write each part as a token of its own, or leave it out)"
            )


class TokenPattern(DetectorOptions):
    name: str = Field(min_length=1, pattern=r"^[a-z0-9_]+$")
    pattern: list[dict[str, Any]] = Field(min_length=1)
    exclude_next: list[str] = Field(default_factory=list)
    # How many tokens after the match ``exclude_next`` looks at, up to a punctuation mark (a negation
    # after the disease: German "heilt Krebs leider nicht", Dutch "voorkomt griep echt niet").
    next_window: int = Field(default=1, ge=1, le=6)
    exclude_previous: list[str] = Field(default_factory=list)
    # How many tokens before the match ``exclude_previous`` looks at ("no such thing as a risk-free").
    previous_window: int = Field(default=1, ge=1, le=8)
    negations: list[str] = Field(default_factory=list)
    # How many tokens before the match ``negations`` looks at.
    negation_window: int = Field(default=4, ge=1, le=8)
    context: list[str] = Field(default_factory=list)
    # How many tokens either side of the match ``context`` looks at.
    context_window: int = Field(default=8, ge=1, le=20)
    # The match reads the sentence before its anchor's too: a promise is often followed by its
    # guarantee as a sentence of its own ("Your bill drops by 40%. Guaranteed.").
    reads_previous_sentence: bool = False
    # A claim asked as a question ("Is it true that X prevents Y?") and answered with one of these
    # words of doubt or denial within ``doubt_window`` tokens after the question mark is not made.
    doubted_by: list[str] = Field(default_factory=list)
    doubt_window: int = Field(default=12, ge=1, le=30)
    # A match inside a question holding one of these words is asked, not claimed ("Is the monitor FDA
    # approved yet?", "Ist das Spray schon zugelassen?", "¿Ya está aprobado por la FDA?"): a status
    # nobody claims, asked with "yet", "already", "whether".
    asked_with: list[str] = Field(default_factory=list)
    # A match followed in its clause by one of these phrases is forbidden, not made: a policy reminder
    # naming the tips it bans ("Sharing insider tips here is strictly prohibited", Hinglish "Stock tips
    # dena rules ke khilaf hai", "Aktientipps sind hier verboten"). Read in the rest of the match's
    # sentence up to a colon or a dash (what follows "Stock tip:" is the tip itself), within
    # ``_FORBIDDEN_REACH`` characters; matched as whole words, case- and accent-insensitively.
    forbidden_after: list[str] = Field(default_factory=list)
    # Nouns a negation before the match may deny instead of it: a selling point of its own ("No hidden
    # fees, guaranteed returns", "Zero paperwork guaranteed approval", "Keine Gebühren, garantierte
    # Rendite"). A word of ``exclude_previous`` or ``negations`` followed, before the match, by one of
    # them and by no conjunction ("no fees or guaranteed returns" denies both) does not drop the match.
    negates_other: list[str] = Field(default_factory=list)
    message: str | None = None

    @field_validator("pattern")
    @classmethod
    def _valid_matcher_pattern(
        cls, value: list[dict[str, Any]], info: ValidationInfo
    ) -> list[dict[str, Any]]:
        _one_token_each((v for spec in value for v in _spelled_values(spec)), info)
        if written_by_overlay(info, "patterns") and _holds_regex(value):
            # spaCy runs a REGEX predicate with Python's backtracking engine on every token it reaches:
            # an organisation's "(a+)+$" cannot be vetted there, and a word list says the same safely.
            raise ValueError(
                "words and IN lists in an overlay's token patterns, no REGEX predicate (it runs in Python's"
                " backtracking engine, where an expression such as '(a+)+$' can hang screening)"
            )
        if (info.context or {}).get("without_nlp"):
            # A policy loaded to be shown, not to screen (load_policy with_detectors=False): the same
            # options as when screening, so that both give the same policy version.
            return _accepting_unaccented(value)
        from spacy.schemas import validate_token_pattern

        errors = validate_token_pattern(value)
        if errors:
            raise ValueError(f"a spaCy Matcher token pattern ({'; '.join(errors)})")
        return _accepting_unaccented(value)

    @field_validator(
        "exclude_next",
        "exclude_previous",
        "negations",
        "context",
        "doubted_by",
        "asked_with",
        "negates_other",
    )
    @classmethod
    def _lower_case(cls, value: list[str], info: ValidationInfo) -> list[str]:
        _one_token_each(value, info)
        return _with_unaccented([w.lower() for w in value])

    @field_validator("forbidden_after")
    @classmethod
    def _lower_case_phrases(cls, value: list[str]) -> list[str]:
        return _with_unaccented([w.lower() for w in value])


class TokenPatternOptions(DetectorOptions):
    patterns: list[TokenPattern] = Field(min_length=1)
    # A match in quotation marks is mentioned, not made, when its sentence holds one of these words
    # (or phrases) or asks a question: "why 'risk-free' is a red flag", "fined over 'risk-free' ads",
    # "Is a 'guaranteed 20% return' realistic?". Without quotation marks the claim is made.
    mention_words: list[str] = Field(default_factory=list)
    # A sentence opened by one of these words and a colon or a dash reports a claim to refute it
    # ("Myth: garlic cures colds. Fact: ...").
    refuting_labels: list[str] = Field(default_factory=list)
    # A claim followed closely in its sentence by one of these phrases is denied, not made
    # ("gegarandeerd rendement bestaat niet", "risk-free nahi hota", "guaranteed returns don't exist").
    denials_after: list[str] = Field(default_factory=list)
    # Shared lists of such phrases, named, added to ``denials_after`` (one home for the rules of every
    # language): "warnings", a warning against whoever makes the claim, in any language whose rules read
    # each other's drafts ("...: beware of anyone who says so", "diffidate di chi lo afferma", "wantrouw wie
    # dat beweert"), ``WARNED_AFTER``.
    shared_denials_after: list[Literal["warnings"]] = Field(default_factory=list)
    # A claim inside a question opened by one of these phrases asks whether such a thing exists, it
    # does not make it ("Is there such a thing as a guaranteed return?", "Gibt es garantierte
    # Renditen?"); a question opened otherwise may still be a hook ("Want guaranteed returns?"), and one
    # asking whether a claim is true may be answered yes ("Is it true that X cures colds? Ours does.").
    question_openers: list[str] = Field(default_factory=list)
    # A claim whose sentence, before it, opens a denial of anyone's power to make it is denied, not
    # made: regular expressions (case-insensitive) such as "nobody can", "no <one or two words> can",
    # "niemand kann", "nessuno può" ("No scheme can give you a guaranteed return", "Niemand kann
    # Ihnen eine garantierte Rendite versprechen"). Where a token window cannot reach the denial.
    denials_before: list[str] = Field(default_factory=list)
    # A claim inside a yes/no question opened by one of these phrases asks about it, it does not make
    # it ("Is our stock guaranteed to double?", "Will our shares go to the moon?"), unless the next
    # sentence opens with one of ``affirmations`` ("Is our fund guaranteed to pay 8%? Yes, every year.").
    asked_openers: list[str] = Field(default_factory=list)
    affirmations: list[str] = Field(default_factory=list)

    @field_validator("denials_before")
    @classmethod
    def _valid_expressions(cls, value: list[str], info: ValidationInfo) -> list[str]:
        for expression in value:
            # These run in Python's backtracking engine: an overlay's cannot be vetted ("(a+)+$" takes
            # exponential time), so an overlay may only give plain phrases, which cannot backtrack.
            if written_by_overlay(info, "denials_before") and not _PLAIN_PHRASE.fullmatch(expression):
                raise ValueError(f"plain phrases in an overlay (words, spaces, apostrophes): {expression!r}")
            try:
                re.compile(expression)
            except re.error as exc:
                raise ValueError(f"a regular expression ({expression!r}: {exc})") from exc
        return value

    @field_validator(
        "mention_words",
        "refuting_labels",
        "denials_after",
        "question_openers",
        "asked_openers",
        "affirmations",
    )
    @classmethod
    def _lower_case_words(cls, value: list[str]) -> list[str]:
        return [v.lower() for v in value]

    @field_validator("patterns")
    @classmethod
    def _unique_names(cls, value: list[TokenPattern]) -> list[TokenPattern]:
        names = [p.name for p in value]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"unique pattern names (repeated: {', '.join(duplicates)})")
        return value


@register
class TokenPatternDetector(Detector[TokenPatternOptions]):
    name = "token_patterns"
    uses_tokens = True

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        opts = self.options
        anchors = [_anchor_words(p.pattern) for p in opts.patterns]
        # A pattern can only match where its anchor word is: only those sentences are tokenized, and
        # only the patterns whose anchor the draft holds are run over them (each has its own Matcher:
        # one Matcher holding every pattern pays for all of them on every token). A pattern without a
        # literal, required token makes the whole draft necessary.
        self._pattern_anchors = anchors
        # Per pattern, the word sets a window must hold for its Matcher to run: its anchor and every
        # other required token spelled out in the policy.
        self._window_needs = [
            ([a] if a is not None else []) + _required_words(p.pattern)
            for a, p in zip(anchors, opts.patterns, strict=True)
        ]
        # Per pattern, the word sets the draft must hold (its word index) for the pattern to be run at
        # all: set by warm_up, which knows the tokenizer's special cases; until then none.
        self._draft_needs: list[list[frozenset[str]]] = [[] for _ in opts.patterns]
        # The patterns anchored by each word, and those without an anchor (run wherever the rule is).
        self._patterns_by_anchor: dict[str, list[int]] = {}
        for i, anchor in enumerate(anchors):
            for word in anchor or ():
                self._patterns_by_anchor.setdefault(word, []).append(i)
        self._unanchored = [i for i, anchor in enumerate(anchors) if anchor is None]
        _KNOWN_ANCHORS.update(self._patterns_by_anchor)
        known = [a for a in anchors if a is not None]
        # Every anchor word of the rule; ``_anchors`` is None when some pattern has none (then the
        # rule runs on every draft, its anchored patterns still only where their anchors are).
        self._anchor_words: set[str] = set().union(*known)
        self._anchors: set[str] | None = self._anchor_words if len(known) == len(anchors) else None
        # Anchors whose pattern reads the sentence before: their window starts one sentence earlier.
        self._backward_anchors: set[str] = set().union(
            *(a for a, spec in zip(anchors, opts.patterns, strict=True) if a and spec.reads_previous_sentence)
        )
        self._mention = _word_alternation(opts.mention_words)
        labels = _word_alternation(opts.refuting_labels)
        self._refuting = (
            re.compile(rf"\s*[^\w\s]{{0,3}}\s*{labels.pattern}{_LABEL_NUMBER}\s*[:—–-]", re.IGNORECASE)
            if labels
            else None
        )
        # The same label as the verdict opening the next sentence, after a quiz's claim ("Fact or myth?
        # Garlic cures colds. Myth: ...", "... Myth.").
        self._verdict = (
            re.compile(rf"\s*[^\w\s]{{0,3}}\s*{labels.pattern}\s*[:—–.!-]", re.IGNORECASE) if labels else None
        )
        self._denial_after = _word_alternation(
            [
                *opts.denials_after,
                *(p for name in opts.shared_denials_after for p in SHARED_DENIALS_AFTER[name]),
            ]
        )
        self._denial_before = (
            re.compile("|".join(f"(?:{e})" for e in opts.denials_before), re.IGNORECASE)
            if opts.denials_before
            else None
        )
        openers = _word_alternation(opts.question_openers)
        self._question_opener = re.compile(rf"[\W_]*{openers.pattern}", re.IGNORECASE) if openers else None
        asked = _word_alternation(opts.asked_openers)
        self._asked_opener = re.compile(rf"[\W_]*{asked.pattern}", re.IGNORECASE) if asked else None
        affirmations = _word_alternation(opts.affirmations)
        self._affirmation = (
            re.compile(rf"\s*[\W_]*{affirmations.pattern}", re.IGNORECASE) if affirmations else None
        )
        # Anchors whose pattern reads the answer to its question (doubted_by): the next sentence too.
        self._forward_anchors: set[str] = set().union(
            *(a for a, spec in zip(anchors, opts.patterns, strict=True) if a and spec.doubted_by)
        )

    def _present(self, ctx: ScanContext) -> tuple[list[tuple[int, int]], list[int]]:
        """The draft's spans to tokenize for this rule, and the indexes of the patterns to run."""
        cached = ctx.memo.get(self)
        if cached is not None:
            return cached  # type: ignore[return-value]
        draft_anchors = cast("set[str] | None", ctx.memo.get(_DRAFT_ANCHORS))
        if draft_anchors is None:
            draft_anchors = ctx.memo[_DRAFT_ANCHORS] = _KNOWN_ANCHORS.intersection(ctx.word_positions)
        present = self._anchor_words & draft_anchors
        if self._anchors is not None and not present:  # the usual case: none of this rule's words
            ctx.memo[self] = ([], [])
            return [], []
        by_anchor = self._patterns_by_anchor
        words = ctx.word_positions
        # (a view's isdisjoint walks the smaller side in C: a required token may list many words)
        held = words.keys()
        active = sorted(
            i
            for i in {i for word in present for i in by_anchor[word]}.union(self._unanchored)
            if all(not held.isdisjoint(need) for need in self._draft_needs[i])
        )
        if not active:
            ctx.memo[self] = ([], [])
            return [], []
        running = set(active)
        present = {w for w in present if not running.isdisjoint(by_anchor[w])}
        spans: list[tuple[int, int]]
        if not running.isdisjoint(self._unanchored):
            spans = [(0, len(ctx.text))]
        else:
            hits = [(start, start + len(w)) for w in present for start in words[w]]
            for w in present & self._backward_anchors:
                for start in words[w]:
                    sentence_start = ctx.sentence_at(start)[0]
                    if sentence_start > 0:  # the previous sentence's last character holds it in
                        hits.append((sentence_start - 1, sentence_start))
            text = ctx.text
            for w in present & self._forward_anchors:
                for start in words[w]:
                    # the next sentence's first character holds it in
                    answer_start = ctx.sentence_at(start)[1]
                    while answer_start < len(text) and text[answer_start].isspace():
                        answer_start += 1
                    if answer_start < len(text):
                        hits.append((answer_start, answer_start + 1))
            spans = ctx.windows(hits, _WINDOW)
        ctx.memo[self] = (spans, active)
        return spans, active

    def token_spans(self, ctx: ScanContext) -> list[tuple[int, int]]:
        return self._present(ctx)[0]

    @property
    def required_words(self) -> frozenset[str] | None:
        # every pattern anchored: a draft without one of the anchors runs none (``_present``)
        return frozenset(self._anchors) if self._anchors is not None else None

    def warm_up(self, nlp: NlpResources) -> None:
        from spacy.matcher import Matcher

        # A required token's words can be looked up in the draft's word index before anything is
        # tokenized, as an anchor is: a pattern "deal … signs … next" is not run (nor its sentence
        # tokenized) in a draft without "signs". A token the tokenizer's special cases cut out of a
        # longer word ("is" of "isn't", "can" of "cannot") is not in the index as such: the first word
        # of each such longer word stands in for it ("isn", "cannot").
        witnesses = _special_case_witnesses(nlp)
        self._draft_needs = [
            [
                need.union(*(witnesses.get(w, ()) for w in need))
                for need in _required_words(spec.pattern)
                if all(_ANCHOR_WORD.fullmatch(w) for w in need)
            ]
            for spec in self.options.patterns
        ]

        # The window words as the tokenizer's hashes of their lower-case forms (spaCy's LOWER), so a
        # window's words are read from its token array in one call (``_window_lowers``).
        strings = nlp.nlp.vocab.strings
        self._window_need_ids = [
            [frozenset(strings[w] for w in need) for need in needs] for needs in self._window_needs
        ]

        self._matchers: list[tuple[Matcher, TokenPattern]] = []
        for spec in self.options.patterns:
            matcher = Matcher(nlp.nlp.vocab, validate=True)
            matcher.add(f"{self.rule.id}:{spec.name}", _spelled_out_first_token(spec.pattern))
            self._matchers.append((matcher, spec))

    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        spans, active = self._present(ctx)
        if not spans:  # the usual case: none of this rule's anchors in the draft
            return
        for window in ctx.token_windows(spans):
            words = _window_lowers(ctx, window)
            for i in active:
                spec = self._matchers[i][1]
                forbidding = tuple(spec.forbidden_after)
                for hit in self._matches(window, self._pattern_matches(window, words, i), spec):
                    if forbidding and _forbidden_after(ctx.text, hit.end, forbidding):
                        continue
                    if not self._mentioned(ctx, hit.start, hit.end):
                        yield hit

    def _pattern_matches(self, window: Span, words: frozenset[int], i: int) -> list[tuple[int, int]]:
        """(start, end) in the window of each match of pattern ``i``, in the Matcher's order. A long
        draft has many windows, each holding the anchor of one pattern or two and the other required
        words (``words``: the window's, lower-cased, as hashes) of fewer still: only those are matched."""
        if not all(not need.isdisjoint(words) for need in self._window_need_ids[i]):
            return []
        return [(start, end) for _, start, end in self._matchers[i][0](window)]

    @functools.cached_property
    def _denial_before_scout(self) -> re.Pattern[str] | None:
        """The denials' scout (``first_char_scout``: they are of any case and open with a look-behind),
        built the first time a claim is read for one: most processes read few."""
        return first_char_scout(self._denial_before) if self._denial_before is not None else None

    def _mentioned(self, ctx: ScanContext, start: int, end: int) -> bool:
        """Whether the claim at start:end is mentioned, asked, denied or refuted rather than made
        (``mention_words``, ``question_openers``, ``denials_after``, ``refuting_labels``)."""
        text = ctx.text
        sentence_start, sentence_end = ctx.sentence_at(start)
        if self._denial_after is not None and self._denial_after.search(
            text[end : min(sentence_end + 1, end + _DENIAL_REACH)].lower()
        ):
            return True
        if self._denial_before is not None and scouted_search(
            self._denial_before, self._denial_before_scout, text, sentence_start, start
        ):
            return True
        if self._question_opener is not None and self._question_opener.match(text, sentence_start, start):
            sentence = text[sentence_start : min(len(text), sentence_end + 1)]
            if "?" in sentence or "？" in sentence:
                return True
        if (
            self._asked_opener is not None
            and self._asked_opener.match(text, sentence_start, start)
            and _QUESTION_MARK.search(text, end, sentence_end)
            and not (self._affirmation is not None and self._affirmation.match(text, sentence_end))
        ):
            return True
        if self._refuting is None and self._mention is None:
            return False
        if self._refuting is not None and self._refuting.match(text, sentence_start, start):
            return True
        if self._verdict is not None and sentence_end < len(text) and self._verdict.match(text, sentence_end):
            return True
        if self._mention is None:
            return False
        opened = _OPEN_QUOTE_BEFORE.search(text, max(sentence_start, start - 40), start) is not None
        if not opened or not _CLOSING_QUOTE.match(text, end, min(len(text), end + 30)):
            return False
        sentence = text[sentence_start : min(len(text), sentence_end + 1)]
        return "?" in sentence or "？" in sentence or self._mention.search(sentence.lower()) is not None

    def _matches(self, window: Span, matches: list[tuple[int, int]], spec: TokenPattern) -> Iterator[Hit]:
        doc = window.doc
        for start, end in matches:
            start, end = start + window.start, end + window.start
            if spec.exclude_next and _next_excluded(doc, end, spec.exclude_next, spec.next_window):
                continue
            if spec.exclude_previous and _denied_before(
                doc[max(0, start - spec.previous_window) : start], spec.exclude_previous, spec.negates_other
            ):
                continue
            if spec.negations and _denied_before(
                doc[max(0, start - spec.negation_window) : start], spec.negations, spec.negates_other
            ):
                continue
            if spec.context and not any(
                t.lower_ in spec.context
                for side in (
                    doc[max(0, start - spec.context_window) : start],
                    doc[end : end + spec.context_window],
                )
                for t in side
            ):
                continue
            if spec.doubted_by and _answered_with_doubt(doc, end, spec.doubted_by, spec.doubt_window):
                continue
            if spec.asked_with and _asked_with(doc, start, end, spec.asked_with):
                continue
            span = doc[start:end]
            offset = window.doc.user_data["offset"]
            yield Hit(offset + span.start_char, offset + span.end_char, message=spec.message)


# A warning against whoever makes a claim, said after it ("Garlic cures colds: beware of anyone who says
# so"), in English, Italian, Spanish, Portuguese, French, German and Dutch: each opener followed by each
# of its tails. ``shared_denials_after: [warnings]`` adds them to a rule's ``denials_after`` (one home for
# every language's rules, which read each other's drafts).
_EN = (
    "says so",
    "says that",
    "claims so",
    "claims it",
    "claims that",
    "promises it",
    "promises that",
    "tells you so",
    "tells you that",
    "say so",
    "claim it",
    "claim that",
)
_ES = ("diga", "dice", "afirme", "afirma", "prometa", "promete", "asegure", "asegura")
_PT = ("diga", "diz", "afirme", "afirma", "prometa", "promete", "garanta", "garante")
_FR = (
    "le disent",
    "le dit",
    "le prétendent",
    "le prétend",
    "le affirment",
    "le affirme",
    "le promettent",
    "le promet",
)
_WARNINGS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("beware of anyone who", "beware of those who", "beware of whoever"), _EN),
    (("don't believe anyone who", "don’t believe anyone who", "don't trust anyone who",
      "don’t trust anyone who"), _EN),
    (("diffidate di chi lo", "diffidate da chi lo", "non fidatevi di chi lo", "non credete a chi lo",
      "diffida di chi lo", "non fidarti di chi lo", "non credere a chi lo"),
     ("afferma", "dice", "promette", "sostiene", "garantisce")),
    (("desconfía de quien lo", "desconfíe de quien lo", "desconfiad de quien lo", "desconfíen de quien lo",
      "no creas a quien lo", "no crea a quien lo", "no crean a quien lo"), _ES),
    (("desconfie de quem o", "desconfiem de quem o", "não acredite em quem o",
      "não acreditem em quem o"), _PT),
    (("méfiez-vous de ceux qui", "méfiez-vous de quiconque", "méfie-toi de ceux qui",
      "ne croyez pas ceux qui", "ne croyez pas quiconque"), _FR),
    (("misstrauen sie jedem, der das", "misstraut jedem, der das", "glauben sie niemandem, der das",
      "glaubt niemandem, der das", "glaub niemandem, der das", "misstrauen sie allen, die das",
      "misstraut allen, die das"), ("behauptet", "behaupten", "verspricht", "versprechen", "sagt", "sagen")),
    (("wantrouw wie dat", "wantrouw wie het", "wantrouw iedereen die dat", "wantrouw iedereen die het",
      "geloof niemand die dat", "geloof niemand die het", "vertrouw niemand die dat",
      "vertrouw niemand die het"),
     ("beweert", "zegt", "belooft", "claimt")),
)  # fmt: skip
WARNED_AFTER: tuple[str, ...] = tuple(
    f"{opener} {tail}" for openers, tails in _WARNINGS for opener in openers for tail in tails
)
# The shared lists ``shared_denials_after`` names.
SHARED_DENIALS_AFTER: dict[str, tuple[str, ...]] = {"warnings": WARNED_AFTER}


# How far after a claim, in characters (and within its sentence), ``denials_after`` is looked for: a
# few words ("... risk-free nahi hota", "... bestaat niet bij beleggen").
_DENIAL_REACH = 40
# The question mark ending a question asked with ``asked_openers``.
_QUESTION_MARK = re.compile(r"[?？]")
# A refuting label's number in a series ("Myth #2:", "Mito n.º 1:", "Mythe n°3 :", "Fabel 4 —").
_LABEL_NUMBER = r"(?:\s*(?:#|n\.?\s?[º°o]\.?)?\s*\d{1,3}\.?)?"
# Quotation marks around a mentioned phrase: one opened (and not closed) a few words before the match, a
# straight one not an apostrophe ("« C'est garanti à 100 % ! »"); a closing one a few characters after.
_OPEN_QUOTE_BEFORE = re.compile(r"(?:[“«„‘‹「『]|(?<!\w)['\"])[^”»›」』\"\n]*\Z")
_CLOSING_QUOTE = re.compile(r"[^\"”»›」』\n]{0,25}?(?:[”»›“」』]|['’\"](?!\w))")


def _word_alternation(words: list[str]) -> re.Pattern[str] | None:
    """One expression matching any of ``words`` as whole words (phrases allowed), or None. Written as
    a trie (``any_of``): each is only ever asked whether it matches."""
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{any_of(words)})(?!\w)")


# Tokens that end a sentence: a "?" among them makes the sentence a question.
_SENTENCE_ENDS = {".", "!", "?", "。", "！", "？"}
# The longest question read after a match, in tokens, before its question mark.
_QUESTION_TAIL = 25


# How far after a match, in characters, ``forbidden_after`` is looked for: a clause of a dozen words
# ("... share karna company policy ke against hai", "... in the public channels is strictly prohibited").
_FORBIDDEN_REACH = 90
# Where the clause read by ``forbidden_after`` ends: a sentence's end, a colon or a dash (the tip itself
# follows "Stock tip:" or "My pick —").
_FORBIDDEN_STOP = re.compile(r"[.!?。！？:;\n—–]|\s-\s")


def _window_lowers(ctx: ScanContext, window: Span) -> frozenset[int]:
    """The hashes of the window's lower-case words (spaCy's LOWER attribute), read from its token
    array once a draft for every claim rule."""
    key = (_WINDOW_LOWERS, window.start, window.end, id(window.doc))
    lowers = cast("frozenset[int] | None", ctx.memo.get(key))
    if lowers is None:
        lowers = frozenset(window.doc.to_array("LOWER")[window.start : window.end].tolist())
        ctx.memo[key] = lowers
    return lowers


@functools.lru_cache(maxsize=64)
def _forbidding(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _forbidden_after(text: str, end: int, phrases: tuple[str, ...]) -> bool:
    """Whether one of ``phrases`` follows ``end`` in its clause (up to a sentence end, a colon or a
    dash, within ``_FORBIDDEN_REACH`` characters): the thing matched is forbidden, not given."""
    tail = text[end : end + _FORBIDDEN_REACH]
    stop = _FORBIDDEN_STOP.search(tail)
    if stop is not None and stop.group() in "?？" and not tail[: stop.start()].strip():
        # the thing named as a topic, then ruled on ("Stock tips? Not allowed in this group.")
        tail = tail[stop.end() :]
        stop = _FORBIDDEN_STOP.search(tail)
    if stop is not None:
        tail = tail[: stop.start()]
    return _forbidding(phrases).search(tail) is not None


# Conjunctions that carry a negation across a noun to the match ("no fees or guaranteed returns").
_CONJUNCTIONS = frozenset({
    "and", "or", "nor", "und", "oder", "noch", "et", "ou", "ni", "y", "o", "e", "ed", "né", "nè", "en", "of",
    "maar", "och", "eller", "ani", "lub", "albo", "ve", "veya",
})  # fmt: skip


def _denied_before(before: Span, words: list[str], others: list[str]) -> bool:
    """Whether one of ``words`` is among the tokens ``before`` a match and denies the match, not one of
    ``others`` (a noun it negates instead, with no conjunction between it and the match)."""
    tokens = list(before)
    for i, token in enumerate(tokens):
        if token.lower_ not in words:
            continue
        between = [t.lower_ for t in tokens[i + 1 :]]
        if others and any(w in others for w in between) and not any(w in _CONJUNCTIONS for w in between):
            continue
        return True
    return False


def _next_excluded(doc: Doc, end: int, words: list[str], window: int) -> bool:
    """Whether one of ``words`` follows the match (ending at token ``end``) within ``window`` tokens:
    the very next token, or one further in the same clause (no punctuation between: "heilt Krebs
    leider nicht", not "geneest migraine, niet te geloven")."""
    for i in range(end, min(len(doc), end + window)):
        if doc[i].lower_ in words:
            return True
        if doc[i].is_punct:
            return False
    return False


def _asked_with(doc: Doc, start: int, end: int, words: list[str]) -> bool:
    """Whether the sentence holding the match (tokens ``start`` to ``end``) is a question, and holds
    one of ``words`` (before, inside or after the match, up to its question mark)."""
    seen = False
    for i in range(start - 1, max(-1, start - _QUESTION_TAIL), -1):
        text = doc[i].text
        if text in _SENTENCE_ENDS or (doc[i].is_punct and text[-1:] in _SENTENCE_ENDS):
            break
        seen = seen or doc[i].lower_ in words
    seen = seen or any(t.lower_ in words for t in doc[start:end])
    for i in range(end, min(len(doc), end + _QUESTION_TAIL)):
        text = doc[i].text
        if text in _SENTENCE_ENDS or (doc[i].is_punct and text[-1:] in _SENTENCE_ENDS):
            return seen and ("?" in text or "？" in text)
        seen = seen or doc[i].lower_ in words
    return False


def _answered_with_doubt(doc: Doc, end: int, doubt_words: list[str], window: int) -> bool:
    """Whether the sentence holding the match (ending at token ``end``) is a question whose answer,
    within ``window`` tokens after its question mark, holds one of ``doubt_words``."""
    for i in range(end, min(len(doc), end + _QUESTION_TAIL)):
        text = doc[i].text
        if text in _SENTENCE_ENDS or (doc[i].is_punct and text[-1:] in _SENTENCE_ENDS):
            if "?" not in text and "？" not in text:
                return False
            answer = doc[i + 1 : i + 1 + window]
            return any(t.lower_ in doubt_words for t in answer)
    return False
