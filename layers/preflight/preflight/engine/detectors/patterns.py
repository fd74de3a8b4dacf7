"""The ``regex`` detector: rules whose patterns are plain regular expressions kept in the policy.

Credentials and confidentiality markings use it, so adding a token format is a policy change, not a
code change. Patterns are compiled once at load; a pattern that does not compile is a policy error
naming the rule and the pattern.

Two engines. The default policy's patterns run in Python's ``re`` (they need look-behind and
possessive repetition); they are written to be linear and the bench's hostile inputs check it. A
pattern an organisation supplies cannot be vetted that way (``(a+)+$`` takes exponential time in a
backtracking engine), so every pattern an overlay sets runs in RE2 (``google-re2``), whose matching
time is linear in the text whatever the pattern: the loader passes ``linear_time_patterns`` in the
validation context for rules whose options come from an overlay, which forces ``engine: re2``. A
pattern RE2 cannot compile (look-around, backreferences, possessive repetition) is then a policy
error, so a bad overlay is rejected by ``preflight rules check`` and by the loader alike.

Only the patterns whose keywords occur in a draft run (``keywords.KeywordPrefilter``, shared by all
the policy's regex rules once they are bound).
"""

from __future__ import annotations

import binascii
import json
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Literal, NamedTuple, cast

import re2
from pydantic import Field, ValidationInfo, field_validator, model_validator

from preflight.engine.context import ScanContext
from preflight.engine.detectors.base import Detector, DetectorOptions, register, written_by_overlay
from preflight.engine.detectors.keywords import (
    MIN_KEYWORD_LENGTH,
    KeywordPrefilter,
    derive_keywords,
    keyword_length,
)
from preflight.engine.detectors.scout import first_char_scout, scouted_finditer
from preflight.engine.findings import Hit, Severity
from preflight.engine.text import inside_quotation, longest_first

_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False  # a pattern RE2 rejects is reported as a policy problem, not on stderr


def _jwt_header(token: str) -> bool:
    """The first segment of a JWT base64url-decodes to a JSON object naming its algorithm: what no
    run of letters that merely starts "eyJ" does."""
    header = token.split(".", 1)[0]
    try:
        decoded = json.loads(binascii.a2b_base64(header.translate(_URL_SAFE) + "=" * (-len(header) % 4)))
    except (binascii.Error, ValueError):
        return False
    return isinstance(decoded, dict) and isinstance(decoded.get("alg"), str)


_URL_SAFE = str.maketrans("-_", "+/")
# What documentation writes in place of a credential. A mask (xxxx, ****, 00000000:
# AKIAXXXXXXXXXXXXXXXX, sk_live_xxxxxxxx) is never one: a random token of the usual lengths holds
# none by chance (a run of four x among 40 letters and digits: about 1 in 25,000); a private key's
# long base64 body might, so its rule does not skip placeholders. A value spelling EXAMPLE (AWS's
# published example keys, AKIAIOSFODNN7EXAMPLE) is a placeholder when the draft calls it one (docs,
# example, sample... within _EXAMPLE_CONTEXT characters); pasted as someone's configuration it is
# screened like any key, since the rest of that configuration may be real.
# A value ending in a run of eight of one letter or digit (AKIAZZZZZZZZZZZZZZZZ, sk_live_AAAAAAAA) is
# a mask too: a random token ends in one about once in 64^7. (Only at the end: Twitter's bearer
# tokens begin with a run of A.)
_MASK = re.compile(r"(?i:x{4})|\*{4}|0{8}|([A-Za-z0-9])\1{7}$")
_SPELLS_EXAMPLE = re.compile(r"(?i:example)")
_CALLED_AN_EXAMPLE = re.compile(r"(?i)\b(?:examples?|docs|documentation|samples?|placeholders?|dummy|fake)\b")
_EXAMPLE_CONTEXT = 200


def is_placeholder(text: str, start: int, end: int) -> bool:
    """The value at ``text[start:end]`` is a mask, or a documentation example the draft calls one."""
    value = text[start:end]
    if _MASK.search(value):
        return True
    if not _SPELLS_EXAMPLE.search(value):
        return False
    around = f"{text[max(0, start - _EXAMPLE_CONTEXT) : start]} {text[end : end + _EXAMPLE_CONTEXT]}"
    return _CALLED_AN_EXAMPLE.search(around) is not None


# Checks a match must pass beyond its pattern (``check``), by name: one home for each. Each reads the
# reported span in its text (text, start, end).
MATCH_CHECKS: dict[str, Callable[[str, int, int], bool]] = {
    "jwt_header": lambda text, start, end: _jwt_header(text[start:end]),
    "not_placeholder": lambda text, start, end: not is_placeholder(text, start, end),
}


def compile_pattern(pattern: str, *, engine: str, ignore_case: bool) -> Any:
    """The compiled expression (``re.Pattern`` or RE2's equivalent). Raises ValueError naming why not."""
    try:
        if engine == "re2":
            return re2.compile(f"(?i){pattern}" if ignore_case else pattern, _RE2_OPTIONS)
        return re.compile(pattern, re.IGNORECASE if ignore_case else 0)
    except (re.error, re2.error) as exc:
        if engine == "re2":
            reason = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
            raise ValueError(
                "a valid regular expression that RE2 accepts (an overlay's patterns run in a linear-time "
                f"engine: no look-around, backreferences or possessive repetition): {reason}"
            ) from exc
        raise ValueError(f"a valid regular expression ({exc})") from exc


class RegexPattern(DetectorOptions):
    name: str = Field(min_length=1)
    # re: Python's backtracking engine (the default policy); re2: linear time (forced for overlays).
    # Declared before the pattern, which is compiled with it.
    engine: Literal["re", "re2"] = "re"
    ignore_case: bool = False
    pattern: str = Field(min_length=1)
    # The group whose span is reported (0: the whole match), e.g. the value of ``password: value``.
    group: int | str = 0
    message: str | None = None
    # What the author should do about this pattern's match, when the rule's guidance does not fit it.
    guidance: str | None = Field(default=None, min_length=1)
    severity: str | None = Field(default=None, pattern="^(low|medium|high)$")
    # Keywords are matched as written when a format's case is what sets it apart from prose (Twilio's
    # "AC" + hex; "ace" and "accept" hold the same letters). Declared before the keywords it governs.
    keywords_match_case: bool = False
    # Literals one of which every match contains, matched case-insensitively unless
    # ``keywords_match_case`` (keywords.py); derived from the pattern when not given.
    keywords: list[str] | None = None
    # Why this pattern has no keywords and runs on every draft (it costs every draft something): a
    # pattern with neither keywords nor a derivable literal must say why in the default policy.
    always_run: str | None = Field(default=None, min_length=1)
    # A check the reported span must also pass (MATCH_CHECKS), where a regular expression cannot say
    # it: ``jwt_header``, the token's header decodes to a JSON object with an "alg";
    # ``not_placeholder``, the value is no mask or documentation example (is_placeholder): credential
    # patterns set it, so "AKIAXXXXXXXXXXXXXXXX" in a how-to stays clean.
    check: Literal["jwt_header", "not_placeholder"] | None = None
    # Words that, earlier in the match's clause (after the last of ``clause_stops``, within
    # ``clause_window`` characters), make it a denial, a warning or hearsay: "没有稳赚不赔的投资",
    # "警惕'保本保息'骗局". For scripts written without spaces, where a regular expression cannot look
    # back a variable distance and there are no tokens to read.
    not_after: list[str] = Field(default_factory=list)
    # A free-form value no one can tell from an invented one: a famous joke's (made_up_values, "hunter2"),
    # or any value where the draft says, within ``made_up_window`` characters, that it is fiction or a
    # joke (made_up_context: "short story", "my novel", "meme"). Only for passwords and keyword
    # assignments: a provider's token format is real wherever it is pasted.
    made_up_values: list[str] = Field(default_factory=list)
    made_up_context: list[str] = Field(default_factory=list)
    made_up_window: int = Field(default=200, ge=1, le=1000)
    clause_stops: str = "。！？!?；;，,：:\n"
    clause_window: int = Field(default=30, ge=1, le=200)
    # Words that present a draft as a work read out or sung (a novel's reading, a song's lyrics, an
    # episode): a match inside a quotation (text.inside_quotation) in a draft holding one of them is
    # the work's text, not the author's ("Krimi-Lesung: '... ein Schild: streng vertraulich'"). Matched
    # case-insensitively as whole words.
    quoted_work_words: list[str] = Field(default_factory=list)
    # Words that name a quoted phrase as a phrase ("the phrase", "the word", "la mention", "der
    # Begriff") or say what it means ("means", "bedeutet", "signifie"): a match that is the whole of
    # a quotation, with one of them just before its opening quote or just after its closing one, is
    # talk about the phrase, not the phrase at work ("the phrase 'internal only' on a slide means
    # ..."). Matched case-insensitively as whole words.
    mention_words: list[str] = Field(default_factory=list)
    # Words that say the material bears the quoted phrase ("porte la mention « Confidentiel »", "bears
    # the words 'internal only'", "trägt den Vermerk"): a mention word right after one of them names
    # the marking the material carries, which is the marking at work, not talk about it.
    bearing_words: list[str] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _linear_time_for_overlays(cls, data: Any, info: ValidationInfo) -> Any:
        if isinstance(data, dict) and written_by_overlay(info, "patterns"):
            return {**data, "engine": "re2"}
        return data

    @field_validator("keywords")
    @classmethod
    def _usable_keywords(cls, value: list[str] | None, info: ValidationInfo) -> list[str] | None:
        if value is None:
            return None
        if not value or any(keyword_length(k) < MIN_KEYWORD_LENGTH for k in value):
            raise ValueError(
                f"a non-empty list of literals of at least {MIN_KEYWORD_LENGTH} characters"
                " (two of Han, kana or Hangul)"
            )
        return sorted(set(value) if info.data.get("keywords_match_case") else {k.lower() for k in value})

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str, info: ValidationInfo) -> str:
        compile_pattern(
            value, engine=info.data.get("engine", "re"), ignore_case=info.data.get("ignore_case", False)
        )
        return value

    @field_validator("group")
    @classmethod
    def _names_a_group(cls, value: int | str, info: ValidationInfo) -> int | str:
        if "pattern" not in info.data:
            return value  # the pattern itself is reported
        compiled = compile_pattern(
            info.data["pattern"], engine=info.data.get("engine", "re"), ignore_case=False
        )
        if (isinstance(value, str) and value not in compiled.groupindex) or (
            isinstance(value, int) and not 0 <= value <= compiled.groups
        ):
            raise ValueError("the name or number of a group of the pattern")
        return value

    @model_validator(mode="after")
    def _runs_always_or_has_keywords(self) -> RegexPattern:
        if self.always_run is not None and self.keywords is not None:
            raise ValueError("keywords or always_run (the reason it has none), not both")
        if self.keywords_match_case and self.keywords is None:
            raise ValueError("keywords to match as written (keywords_match_case needs keywords)")
        return self

    @property
    def effective_keywords(self) -> list[str] | None:
        if self.always_run is not None:
            return None
        return self.keywords if self.keywords is not None else derive_keywords(self.pattern)


class _MadeUpFilter:
    """``RegexPattern.made_up_values`` and ``made_up_context``, compiled: is the value invented?"""

    def __init__(self, spec: RegexPattern) -> None:
        self._values = {v.lower() for v in spec.made_up_values}
        words = sorted(spec.made_up_context, key=len, reverse=True)
        alternatives = "|".join(map(re.escape, words))
        self._context = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE) if words else None
        self._window = spec.made_up_window

    def made_up(self, text: str, start: int, end: int) -> bool:
        if text[start:end].lower() in self._values:
            return True
        if self._context is None:
            return False
        window = self._window
        return bool(
            self._context.search(text, max(0, start - window), start)
            or self._context.search(text, end, end + window)
        )


class _ClauseFilter:
    """``RegexPattern.not_after``, compiled: is one of the words in the clause before a match?"""

    def __init__(self, spec: RegexPattern) -> None:
        stops = re.escape(spec.clause_stops)
        # The first clause stop in the reversed text before a match (a Latin sentence's ". " ends a
        # clause too): one linear scan, whatever the window.
        self._stop = re.compile(f"[{stops}]| \\." if stops else " \\.")
        # A case-insensitive pattern's denials are too ("Nie gwarantujemy" opening a sentence).
        self._words = re.compile(
            "|".join(map(re.escape, sorted(spec.not_after, key=len, reverse=True))),
            re.IGNORECASE if spec.ignore_case else 0,
        )
        self._window = spec.clause_window

    def denied(self, text: str, start: int, end: int) -> bool:
        reversed_before = text[max(0, start - self._window) : start][::-1]
        stop = self._stop.search(reversed_before)
        clause = reversed_before[: stop.start()] if stop else reversed_before
        return self._words.search(clause[::-1]) is not None


class _QuotedWork:
    """``RegexPattern.quoted_work_words``, compiled: is a match a quotation from a work the draft
    presents?"""

    def __init__(self, words: list[str]) -> None:
        self._words = re.compile(rf"(?<!\w)(?:{longest_first(set(words))})(?!\w)", re.IGNORECASE)

    def quotes(self, text: str, start: int, end: int) -> bool:
        return inside_quotation(text, start, end) and self._words.search(text) is not None


# A short quotation holding the match ("'internal only'", "'strictly confidential'"): an opening
# quote (no letter before it) at most a few words before the match, a closing quote (no letter after
# it) at most a few words after, no quote between.
_QUOTE_BEFORE = re.compile(r"(?<![^\W_])['\"‘’“”„«‚][^'\"‘’“”„«»‚\n]{0,30}\Z")
_QUOTE_AFTER = re.compile(r"[^'\"‘’“”„«»‚\n]{0,30}?['\"‘’“”»](?![^\W_])")
# How far before the opening quote or after the closing one a mention word may stand.
_MENTION_REACH = 30


class _Mention:
    """``RegexPattern.mention_words``, compiled: is a match a phrase the draft talks about?"""

    def __init__(self, words: list[str], bearing: list[str]) -> None:
        self._words = re.compile(rf"(?<!\w)(?:{longest_first(set(words))})(?!\w)", re.IGNORECASE)
        # a bearing word, then at most two more words ("stamped with the"), then the mention word
        self._borne: re.Pattern[str] | None = (
            re.compile(rf"(?<!\w)(?:{longest_first(set(bearing))})(?:\W+\w+){{0,2}}\W+\Z", re.IGNORECASE)
            if bearing
            else None
        )

    def mentioned(self, text: str, start: int, end: int) -> bool:
        before = _QUOTE_BEFORE.search(text, max(0, start - 31), start)
        after = _QUOTE_AFTER.match(text, end)
        if before is None or after is None:
            return False
        opening, closing = before.start(), after.end()
        # the mention word nearest the quote
        named = max(
            self._words.finditer(text, max(0, opening - _MENTION_REACH), opening),
            key=lambda m: m.start(),
            default=None,
        )
        named_before = named is not None and not (
            self._borne is not None
            and self._borne.search(text, max(0, named.start() - _MENTION_REACH), named.start()) is not None
        )
        return named_before or self._words.search(text, closing, closing + _MENTION_REACH) is not None


# A veto drops a match: (text, start, end) -> True when the match is not what it reads as.
Veto = Callable[[str, int, int], bool]


class _CompiledPattern(NamedTuple):
    regex: Any
    group: int
    message: str | None
    severity: Severity | None
    guidance: str | None
    check: Callable[[str, int, int], bool] | None
    vetoes: tuple[Veto, ...]


class RegexOptions(DetectorOptions):
    patterns: list[RegexPattern] = Field(min_length=1)


@register
class RegexDetector(Detector[RegexOptions]):
    name = "regex"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        opts = self.options
        self._compiled: list[_CompiledPattern] = []
        for p in opts.patterns:
            regex = compile_pattern(p.pattern, engine=p.engine, ignore_case=p.ignore_case)
            group = (
                regex.groupindex[p.group] if isinstance(p.group, str) else p.group
            )  # RE2 spans take numbers
            severity = Severity.parse(p.severity) if p.severity else None
            check = MATCH_CHECKS[p.check] if p.check else None
            # What makes a match something else than it reads as: a denial in its clause, a quotation
            # from a work the draft presents, a value the draft says is invented.
            vetoes: list[Veto] = []
            if p.not_after:
                vetoes.append(_ClauseFilter(p).denied)
            if p.quoted_work_words:
                vetoes.append(_QuotedWork(p.quoted_work_words).quotes)
            if p.mention_words:
                vetoes.append(_Mention(p.mention_words, p.bearing_words).mentioned)
            if p.made_up_values or p.made_up_context:
                vetoes.append(_MadeUpFilter(p).made_up)
            self._compiled.append(
                _CompiledPattern(regex, group, p.message, severity, p.guidance, check, tuple(vetoes))
            )
        # Each Python pattern's scout (``first_char_scout``), built the first time the pattern runs: a
        # pattern opening with a look-behind or in any case is otherwise tried at every position of
        # the draft, and most patterns never run in a process (their keywords select no draft).
        self._scouts: dict[int, re.Pattern[str] | None] = {}
        self.pattern_keywords: list[list[str] | None] = [p.effective_keywords for p in opts.patterns]
        self.pattern_keywords_match_case = [p.keywords_match_case for p in opts.patterns]
        self._always = [i for i, keywords in enumerate(self.pattern_keywords) if not keywords]
        # Until the policy binds its detectors, this rule's own keywords select its patterns.
        self.prefilter = KeywordPrefilter([self])
        self._shared = False

    def bind(self, detectors: Sequence[Detector]) -> None:
        """One prefilter for all the policy's regex rules, and the other rules gated by keywords
        (``Detector.required_keywords``), built by the first regex rule to be bound."""
        if self._shared:
            return
        regex_detectors = [d for d in detectors if isinstance(d, RegexDetector)]
        others = [d for d in detectors if not isinstance(d, RegexDetector)]
        shared = KeywordPrefilter(regex_detectors, others)
        for detector in regex_detectors:
            detector.prefilter = shared
            detector._shared = True

    @property
    def keyword_gated(self) -> bool:
        """Every pattern has keywords: on a draft the prefilter does not select it for, nothing runs."""
        return not self._always

    def selection(self, ctx: ScanContext) -> dict[Detector[Any], set[int]]:
        """The prefilter's selection for the draft, made once per draft for all the rules sharing it."""
        plan = ctx.memo.get(self.prefilter)
        if plan is None:
            plan = ctx.memo[self.prefilter] = self.prefilter.select(ctx.text)
        return cast("dict[Detector[Any], set[int]]", plan)

    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        return self.find(ctx.text, self.selection(ctx))

    def _scout(self, index: int) -> re.Pattern[str] | None:
        if index not in self._scouts:
            regex = self._compiled[index].regex
            self._scouts[index] = first_char_scout(regex) if isinstance(regex, re.Pattern) else None
        return self._scouts[index]

    def find(self, text: str, plan: dict[Detector[Any], set[int]] | None = None) -> Iterator[Hit]:
        """The spans this rule's patterns report in ``text`` (a matching view, or a decoded run).
        ``plan`` is the prefilter's selection for ``text`` when the caller already has it."""
        if plan is None:
            plan = self.prefilter.select(text)
        selected = plan.get(self)
        indexes = sorted({*self._always, *selected}) if selected else self._always
        for index in indexes:
            regex, group, message, severity, guidance, check, vetoes = self._compiled[index]
            for match in scouted_finditer(regex, self._scout(index), text):
                start, end = match.span(group)
                if (
                    end > start
                    and (check is None or check(text, start, end))
                    and not any(veto(text, start, end) for veto in vetoes)
                ):
                    yield Hit(start, end, severity=severity, message=message, guidance=guidance)
