"""E-mail addresses, plain and obfuscated ("jane.doe at gmail dot com"); role mailboxes, mailboxes
the draft publishes in the organisation's voice and allow-listed addresses are `low`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic import Field

from preflight.engine.context import ScanContext
from preflight.engine.detectors.base import Detector, DetectorOptions, register
from preflight.engine.detectors.pii.numbers import WORD, each_reading, found_near, phrase_regex
from preflight.engine.findings import Hit, Severity
from preflight.engine.text import after_login_command, longest_first

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
# Internationalised domains in their punycode (xn--d1acufc.xn--p1ai): the top-level domain too.
_TLD = r"(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9]{2,59})"
# Anchored on "@": the domain after it, then the local part read backwards from it.
# An address may wrap onto the next line on either side of its "@" ("jane.doe@\nexample.com",
# "jane.doe\n@example.com"): a line break, with a little horizontal space around it.
_LINE_WRAP = r"[^\S\n]{0,3}\n[^\S\n]{0,3}"
_EMAIL_DOMAIN = re.compile(
    rf"@(?:{_LINE_WRAP})?(?P<domain>(?:{_LABEL}\.){{1,8}}{_TLD})(?!{WORD}|-|\.[A-Za-z0-9])"
)
# A CJK character before the local part or after the domain ends the address: those scripts put no
# space between an address and the words around it ("邮箱zhang.wei@example.cn联系").
_EMAIL_LOCAL = re.compile(rf"(?<!{WORD}|[.%+\-])[A-Za-z0-9](?:{WORD}|[.%+\-]){{0,63}}\Z")
_WRAPPED_BEFORE_AT = re.compile(rf"{_LINE_WRAP}\Z")
# Before a wrapped "@" only a local part that looks like a person's handle counts (jane.doe, j_doe,
# jdoe84): a line that starts with "@name.bsky.social" after a word is a mention, not an address.
_WRAPPED_LOCAL = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[._+\-][A-Za-z0-9]+)+|[A-Za-z]+[0-9]+")
# "git@github.com:org/repo.git" is an SSH remote, not an address.
_SCP_PATH = re.compile(r":[\w~/]")
# The user information of a link ends where an address's "@" would be: a user and a password
# (https://user:secret@host) or a token alone (https://ghp_...@github.com/org/repo): a credential in
# a link, which the secret rules judge, not an address.
_URL_USERINFO = re.compile(r"://[^\s/@]{0,400}\Z")

# Obfuscated forms: "jane.doe at gmail dot com", "luis [at] protonmail [dot] com", "x (at) y (dot) org",
# and the words of other languages for "@" and "." (``at_words``, ``dot_words``: "giulia(chiocciola)
# libero.it", "lucia arroba gmail punto com"). Found from their "at" (bracketed, or a bare word between
# spaces), then read forwards and backwards. A plain "@" too, when the domain after it is obfuscated:
# "john.doe@acme[DOT]com".
_OBF_WORD = r"[a-z0-9][a-z0-9_%+\-]{0,62}"


def _obfuscated_at(words: set[str]) -> re.Pattern[str]:
    alternation = longest_first(words)
    # Most white space is followed by no word for "at": a look-ahead for their first letters (and the
    # "@") rejects it at once, where the engine would try each word (a third of a draft's cost here).
    guard = f"(?=[{''.join(sorted({re.escape(w[0]) for w in words}))}@])" if all(words) else ""
    return re.compile(
        rf"[\[({{<]\s{{0,2}}(?:{alternation})\s{{0,2}}[\])}}>]|\s{guard}(?:(?:{alternation})\s|@\s)|@",
        re.IGNORECASE,
    )


def _obfuscated_dot(words: str) -> str:
    bracketed = rf"\s{{0,2}}[\[({{<]\s{{0,2}}(?:{words})\s{{0,2}}[\])}}>]\s{{0,2}}"
    # and a dot between spaces ("ben . kowalski @ proton . me"), read as spelled (``_deobfuscate``)
    return rf"(?:{bracketed}|\s{{1,2}}(?:{words})\s{{1,2}}|\.|[^\S\n]{{1,2}}\.[^\S\n]{{1,2}})"


_HANDLE = re.compile(r"[a-z][a-z0-9]{0,62}(?:[._][a-z][a-z0-9]{0,62}){1,3}")
# A person's initials and digits: a short role word ("hr", "pr", "ir") followed by digits is one.
_INITIALS_AND_DIGITS = re.compile(r"[a-z]{1,3}\d+")
# What separates the words of a compound role local part: separators and digits ("guest-relations2024").
_ROLE_PIECES = re.compile(r"[._+\-\d]+")
# Longer unseparated runs are not read as compounds of role words (bounded work per address).
_MAX_COMPOUND = 40
# A role word this short before a separator may be a person's initials: "ap.smith", "it.jones".
_MAX_INITIALS = 2
# A local part shaped like no person's name: one run of letters ("claims", "werkenbij"), not
# first.last, first_last, a name with digits (anna84) or digits alone.
_ONE_WORD = re.compile(r"[a-z]{2,40}")
# Capitalised words of the draft: a one-word local part that spells one of them, or an initial and
# one of them, is that person's ("Marta ... marta@", "John Doe ... jdoe@").
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_SENTENCE_START = re.compile(r"(?:\A|[.!?:¿¡]\s*|\n\s*)\Z")
# Shorter capitalised words are not looked for inside a local part ("Al", "Jo" are inside anything).
_MIN_NAME = 3


class EmailOptions(DetectorOptions):
    # Local parts of an organisation's role mailboxes, reported at low severity; also with a suffix
    # after . _ - + or digits ("support.emea", "jobs2025").
    role_mailboxes: list[str]
    # Words that name whom a role mailbox serves (patient, guest, customer): a local part made only of
    # these and role mailbox words, with or without separators ("patientservices", "guest-relations",
    # "customer_care_team"), is a role mailbox too; on their own they are not one.
    role_words: list[str] = Field(default_factory=list)
    role_message: str
    # Local parts that are a role mailbox only at the listed top-level domains: a greeting in one
    # language that is a first name in another ("ola@" of a Portuguese shop is its "hello" mailbox;
    # Ola in Oslo or Kraków is a person).
    role_mailboxes_at: dict[str, list[str]] = Field(default_factory=dict)
    # A mailbox the draft publishes in the organisation's voice ("report it to fraud@...", "request a
    # copy from ap@...", "solliciteer via werkenbij@..."): these phrases within published_before /
    # _after characters make a local part shaped like no person's name (one word, not a name the
    # draft mentions) `low`, except at a free-mail domain or next to personal_context.
    published_context: list[str] = Field(default_factory=list)
    published_before: int = Field(ge=0, le=300)
    published_after: int = Field(ge=0, le=300)
    # Words that make an address someone's own ("my", "her", "personal", "perso"): near them no
    # published_context lowers it. Searched within personal_before / personal_after characters.
    personal_context: list[str] = Field(default_factory=list)
    personal_before: int = Field(ge=0, le=300)
    personal_after: int = Field(ge=0, le=300)
    # Free-mail providers: an address there is a person's, whatever the draft says around it.
    free_mail_domains: list[str] = Field(default_factory=list)
    published_message: str
    allowed_message: str
    # What the author should do about those (the rule's own guidance is for a personal address).
    role_guidance: str
    allowed_guidance: str
    # Domains reserved for documentation (RFC 2606, RFC 6761): no one's mailbox, reported at low
    # severity. Whole domains (with their subdomains) and top-level domains.
    reserved_domains: list[str] = Field(default_factory=list)
    reserved_tlds: list[str] = Field(default_factory=list)
    # ... only where the draft says it is documentation ("API docs", "tutorial", "sample payload"),
    # within reserved_context_before / _after characters: elsewhere a reserved domain stands in for a
    # real one, and the address is read as written.
    reserved_context: list[str] = Field(default_factory=list)
    reserved_context_before: int
    reserved_context_after: int
    reserved_message: str
    reserved_guidance: str
    # The words a template address is made of ("name@domain.tld", "nome@dominio.com", "vorname.nachname
    # @firma.de"): an address whose local part and domain (the top-level domain aside) are made only
    # of these stands for the reader's own and reaches no one, `low`.
    placeholder_words: list[str] = Field(default_factory=list)
    placeholder_message: str
    placeholder_guidance: str
    # Top-level domains accepted at the end of an obfuscated address ("... dot com").
    obfuscation_tlds: list[str] = Field(min_length=1)
    # Words for "@" and "." besides "at" and "dot", in each language's own spelling ("chiocciola",
    # "arroba", "Klammeraffe", "arobase", "apenstaartje", "małpa"; "punto", "Punkt", "point"): bracketed
    # or between spaces, as "at" and "dot" are. A bare one of these needs no handle before it: unlike
    # "at", none is a word of prose before a domain.
    at_words: list[str] = Field(default_factory=list)
    dot_words: list[str] = Field(default_factory=list)
    # Words that are not a domain in prose: "looked at the dot com boom".
    not_domain_words: list[str]
    # File extensions that look like a top-level domain: "logo@2x.png" is an asset, not an address.
    not_email_tlds: list[str]


@register
class EmailDetector(Detector[EmailOptions]):
    name = "email"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        opts = self.options
        self._roles = {r.lower() for r in opts.role_mailboxes}
        self._roles_at = {
            r.lower(): {t.lower().lstrip(".") for t in tlds} for r, tlds in opts.role_mailboxes_at.items()
        }
        # The words a compound role local part is read as (each at least two letters, so that no
        # single letter fills a gap: "patientservices", never "ana" as "an" + "a").
        self._role_vocabulary = {w for w in self._roles | {r.lower() for r in opts.role_words} if len(w) > 1}
        self._longest_role_word = max(map(len, self._role_vocabulary), default=0)
        self._not_domain = {w.lower() for w in opts.not_domain_words}
        self._not_tlds = {t.lower() for t in opts.not_email_tlds}
        self._tlds = {t.lower() for t in opts.obfuscation_tlds}
        self._allowed_addresses = {a.strip().lower() for a in self.lists.allowed_email_addresses}
        self._allowed_domains = {d.strip().lower().lstrip("@") for d in self.lists.allowed_email_domains}
        self._reserved_domains = {d.strip().lower() for d in opts.reserved_domains}
        self._reserved_tlds = {t.strip().lower().lstrip(".") for t in opts.reserved_tlds}
        self._reserved_context = phrase_regex(opts.reserved_context)
        self._published_context = phrase_regex(opts.published_context)
        self._personal_context = phrase_regex(opts.personal_context)
        self._free_mail = {d.strip().lower() for d in opts.free_mail_domains}
        self._placeholder_words = {w.lower() for w in opts.placeholder_words}
        tlds = longest_first(self._tlds)
        self._obf_at = _obfuscated_at({"at", *opts.at_words})
        obf_dot = _obfuscated_dot(longest_first({"dot", *opts.dot_words}))
        self._obf_local = re.compile(
            rf"(?<!{WORD}|[.%+\-@'’]){_OBF_WORD}(?:{obf_dot}{_OBF_WORD}){{0,3}}\s{{0,2}}\Z", re.IGNORECASE
        )
        self._obf_separator = re.compile(obf_dot, re.IGNORECASE)
        self._obfuscated_tail = re.compile(
            rf"\s{{0,2}}(?P<domain>{_LABEL}(?:{obf_dot}{_LABEL}){{0,3}})(?P<dot>{obf_dot})(?P<tld>{tlds})"
            rf"(?!{WORD}|-)",
            re.IGNORECASE,
        )

    def detect(self, ctx: ScanContext) -> Iterator[Hit]:
        return each_reading(ctx, self._find, spaced_figures=False)

    def _find(self, text: str) -> Iterator[Hit]:
        if "@" in text:
            yield from self._plain(text)
        yield from self._obfuscated(text)

    def _plain(self, text: str) -> Iterator[Hit]:
        for m in _EMAIL_DOMAIN.finditer(text):
            at = m.start()
            wrap = _WRAPPED_BEFORE_AT.search(text, max(0, at - 8), at)
            local_end = at if wrap is None else wrap.start()
            local = _EMAIL_LOCAL.search(text, max(0, local_end - 64), local_end)
            domain = m.group("domain").lower()
            if local is None or domain.rsplit(".", 1)[1] in self._not_tlds or _SCP_PATH.match(text, m.end()):
                continue
            if after_login_command(text, local.start()):
                continue  # "ssh deploy@build01.corp": a login name and a host, no mailbox
            if wrap is not None and not _WRAPPED_LOCAL.fullmatch(local.group()):
                continue
            if _URL_USERINFO.search(text, max(0, at - 400), at):
                continue  # https://user:password@host, https://token@host: a link's user, not an address
            if local.start() > 0 and text[local.start() - 1] == "@" and not self._free_mail_domain(domain):
                continue  # @user@instance.social: a Fediverse handle, no mailbox (one at gmail.com is)
            yield self._hit(local.start(), m.end(), local.group().lower(), domain, text)

    def _obfuscated(self, text: str) -> Iterator[Hit]:
        last_end = 0
        for at in self._obf_at.finditer(text):
            if at.start() < last_end:
                continue
            tail = self._obfuscated_tail.match(text, at.end())
            if tail is None:
                continue
            local = self._obf_local.search(text, max(last_end, at.start() - 260), at.start())
            if local is None:
                continue
            address = self._deobfuscate(local.group().strip(), at.group(), tail)
            if address is not None:
                last_end = tail.end()
                yield self._hit(local.start(), tail.end(), *address, text)

    def _deobfuscate(self, local: str, at: str, tail: re.Match[str]) -> tuple[str, str] | None:
        """The (local part, domain) an obfuscated address spells, or None when it reads as prose."""
        if at == "@" and not self._spelled_dot(tail.group()):
            return None  # a plain address: read by _plain
        local = self._obf_separator.sub(".", local).lower()
        labels = self._obf_separator.sub(".", tail.group("domain")).lower().split(".")
        if labels[0] in self._not_domain:
            return None
        if (
            self._spaced_dot(tail.group())
            and not self._handle(local)
            and not self._free_mail_domain(".".join([*labels, tail.group("tld").lower()]))
        ):
            # A dot between spaces is also a sentence's end ("ping me @ lunch . it was fun"): an address
            # only with a handle before its "@" or a free-mail provider after it.
            return None
        if at.strip().lower() == "at" and tail.group("dot").strip() == "." and not self._handle(local):
            # A bare "at" and a real dot is prose ("sign in at outlook.com", "we are at contoso.com")
            # unless what precedes looks like a handle: "jane.doe at contoso.com".
            return None
        return local, ".".join([*labels, tail.group("tld").lower()])

    def _spelled_dot(self, tail: str) -> bool:
        """Whether ``tail`` spells a dot in a word or brackets ("acme[DOT]com", "gmail punto com"), or
        writes one between spaces ("proton . me")."""
        return any(m.group() != "." for m in self._obf_separator.finditer(tail))

    def _spaced_dot(self, tail: str) -> bool:
        """Whether ``tail`` writes a plain dot between spaces ("proton . me")."""
        return any(m.group() != "." and m.group().strip() == "." for m in self._obf_separator.finditer(tail))

    def _handle(self, local: str) -> bool:
        """jane.doe, j_doe: letters joined by . or _ (not "v2.0", not a domain like "x.com")."""
        return bool(_HANDLE.fullmatch(local)) and local.rsplit(".", 1)[-1] not in self._tlds

    def _hit(self, start: int, end: int, local: str, domain: str, text: str) -> Hit:
        opts = self.options
        if f"{local}@{domain}" in self._allowed_addresses or self._domain_allowed(domain):
            return Hit(start, end, Severity.low, opts.allowed_message, opts.allowed_guidance)
        if self._is_reserved(domain) and found_near(
            self._reserved_context,
            text,
            start,
            end,
            opts.reserved_context_before,
            opts.reserved_context_after,
        ):
            return Hit(start, end, Severity.low, opts.reserved_message, opts.reserved_guidance)
        if self._is_placeholder(local, domain):
            return Hit(start, end, Severity.low, opts.placeholder_message, opts.placeholder_guidance)
        if self._is_role(local) or domain.rsplit(".", 1)[-1].lower() in self._roles_at.get(local, ()):
            return Hit(start, end, Severity.low, opts.role_message, opts.role_guidance)
        if self._published(local, domain, text, start, end):
            return Hit(start, end, Severity.low, opts.published_message, opts.role_guidance)
        return Hit(start, end)

    def _published(self, local: str, domain: str, text: str, start: int, end: int) -> bool:
        """Whether the draft publishes the address as the organisation's: said in its voice, with a
        local part no person's name is shaped like, at no free-mail domain, with nothing making it
        someone's own."""
        opts = self.options
        if not _ONE_WORD.fullmatch(local) or self._free_mail_domain(domain):
            return False
        if not found_near(
            self._published_context, text, start, end, opts.published_before, opts.published_after
        ):
            return False
        if found_near(self._personal_context, text, start, end, opts.personal_before, opts.personal_after):
            return False
        return not _names_someone_mentioned(local, text)

    def _free_mail_domain(self, domain: str) -> bool:
        labels = domain.split(".")
        # gmail.com, mail.yahoo.co.uk, outlook.de: the provider's name, whatever the country suffix.
        return any(
            ".".join(labels[i:]) in self._free_mail or labels[i] in self._free_mail
            for i in range(len(labels))
        )

    def _is_placeholder(self, local: str, domain: str) -> bool:
        """name@domain.tld, vorname.nachname@firma.de: template words only, before the top-level domain.
        At a domain reserved for examples only the local part need be ("firstname.lastname@example.com",
        "prenom.nom@exemple.fr", "name@example.co.uk"): the format of an address, no one's."""
        local_words = [w for w in re.split(r"[._+\-]", local) if w]
        if not all(w in self._placeholder_words for w in local_words):
            return False
        return self._is_reserved(domain) or all(w in self._placeholder_words for w in domain.split(".")[:-1])

    def _is_reserved(self, domain: str) -> bool:
        if domain.rsplit(".", 1)[-1] in self._reserved_tlds:
            return True
        # "gemeente-voorbeeld.nl", "stadt-beispiel.de": a made-up organisation at a placeholder name.
        return any(domain == d or domain.endswith(("." + d, "-" + d)) for d in self._reserved_domains)

    def _domain_allowed(self, domain: str) -> bool:
        return any(domain == d or domain.endswith("." + d) for d in self._allowed_domains)

    def _is_role(self, local: str) -> bool:
        if local in self._roles:
            return True
        if _INITIALS_AND_DIGITS.fullmatch(local):
            return False  # "hr84", "pr1990": a person's initials, not the HR or PR mailbox
        head = re.split(r"[._+\-\d]", local, maxsplit=1)[0]
        if head != local and head in self._roles and not self._initials_and_name(head, local):
            return True
        # A role written in words joined by separators: servizio.clienti, customer-service,
        # atencion_al_cliente, kunden.service (also with a suffix: customer.service.emea).
        words = [w for w in re.split(r"[._+\-]", local) if w]
        if any("".join(words[:n]) in self._roles for n in range(2, len(words) + 1)):
            return True
        return self._is_compound_role(local)

    def _initials_and_name(self, head: str, local: str) -> bool:
        """ "ap.smith", "it.jones": a short role word that is a person's initials, then a word that is
        no role vocabulary (unlike "hr.emea", "ap2026")."""
        rest = local[len(head) + 1 :]
        return len(head) <= _MAX_INITIALS and rest.isalpha() and rest not in self._role_vocabulary

    def _is_compound_role(self, local: str) -> bool:
        """Whether ``local`` is made only of role vocabulary, joined by separators, digits or nothing,
        with at least one role mailbox word: patientservices, patient.services, billing-accounts,
        guestrelations2024. A person's name is never wholly made of such words."""
        words: list[str] = []
        for piece in _ROLE_PIECES.split(local):
            if piece:
                split = self._role_words_of(piece)
                if split is None:
                    return False
                words += split
        return any(w in self._roles for w in words)

    def _role_words_of(self, piece: str) -> list[str] | None:
        """``piece`` split into the fewest role vocabulary words, or None if it cannot be."""
        if len(piece) > _MAX_COMPOUND:
            return None
        vocabulary, longest = self._role_vocabulary, self._longest_role_word
        # best[k]: the fewest words spelling piece[:k], grown forwards from the positions reached so
        # far, so that a local part starting with no role word costs a few look-ups (hostile drafts
        # hold thousands of addresses).
        best: list[list[str] | None] = [[]] + [None] * len(piece)
        for start, head in enumerate(best):
            if head is None:
                continue
            for end in range(start + 2, min(len(piece), start + longest) + 1):
                word, known = piece[start:end], best[end]
                if word in vocabulary and (known is None or len(head) + 1 < len(known)):
                    best[end] = [*head, word]
        return best[len(piece)]


def _names_someone_mentioned(local: str, text: str) -> bool:
    """Whether a one-word local part spells a name the draft writes: the name ("Ingrid": ingrid@), or
    begins or ends with one written inside a sentence ("Pieter de Vries": pdevries@, "Femi Adeyemi":
    femiadeyemi@). A capitalised word opening a sentence ("Recall questions? Email recallunit@") is
    as likely an ordinary word, and counts only spelled whole."""
    for m in _CAPITALISED.finditer(text):
        word = m.group().lower()
        if local == word:
            return True
        inside_a_sentence = not _SENTENCE_START.search(text, max(0, m.start() - 4), m.start())
        if len(word) >= _MIN_NAME and inside_a_sentence and (local.startswith(word) or local.endswith(word)):
            return True
    return False
