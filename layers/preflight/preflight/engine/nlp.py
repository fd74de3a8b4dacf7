"""spaCy, loaded once: the tokenizer every token-pattern rule reads and the NER component.

Only the tokenizer and the entity recogniser are loaded (en_core_web_sm's NER has its own tok2vec),
which keeps both the load and each call small. Loading happens in the engine's warm-up, so a Lambda
function pays for it at initialisation (where SnapStart can snapshot it), never in a request.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, cast

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import EntityRecognizer
    from spacy.tokens import Doc


class _Tokenizer(Protocol):
    """What the engine uses of spaCy's Tokenizer (a Cython class that ships without type stubs)."""

    def pipe(self, texts: Iterable[str]) -> Iterator[Doc]: ...


_UNUSED_COMPONENTS = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
# French and Italian elide an article or pronoun into the next word ("l'action", "d'affaires",
# "dall'AIFA", "qu'il"): split off as its own token, as spaCy's French and Italian tokenizers do, so a
# token pattern reads "action" and "AIFA". Only before a letter: English "'s", "o'clock" and "rock 'n'
# roll" are untouched (no listed elision precedes them), and "l'" alone stays one token.
# English contractions typed without an apostrophe that are common words of other languages: German
# "im" ("im nächsten Quartal") is one word, not "I'm"; Italian "gotta" (gout) is not "got ta".
NOT_CONTRACTIONS = {"im", "Im", "IM", "gotta", "Gotta", "GOTTA"}
ELISION = (
    r"(?i:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|dell|dall|nell|sull|all|coll|un|quest|quell|anch|tutt)"
    r"['’](?=[^\W\d_])"
)


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    label: str
    text: str


class NlpResources:
    def __init__(self, model_name: str) -> None:
        self.model_name = model_name
        self._nlp: Language | None = None
        self.encoder_installed = False

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = self._load()
        return self._nlp

    def _load(self) -> Language:
        import spacy
        from spacy.util import compile_prefix_regex

        from preflight.engine import token_encoder

        try:
            nlp = spacy.load(self.model_name, exclude=_UNUSED_COMPONENTS)
        except OSError:
            # A model installed as a package but not linked under its name: load the module.
            module = importlib.import_module(self.model_name)
            nlp = module.load(exclude=_UNUSED_COMPONENTS)
        tokenizer = cast(Any, nlp.tokenizer)  # a Cython Tokenizer, without type stubs
        prefixes = list(nlp.Defaults.prefixes or [])
        tokenizer.prefix_search = compile_prefix_regex([ELISION, *prefixes]).search
        tokenizer.rules = {k: v for k, v in tokenizer.rules.items() if k not in NOT_CONTRACTIONS}
        # The entity recogniser's token encoder as one function where it reproduces the model's own
        # exactly (token_encoder.py): the same entities at about two thirds of the cost a call.
        self.encoder_installed = token_encoder.install(nlp)
        return nlp

    @property
    def model_version(self) -> str:
        meta = self.nlp.meta
        return f"{meta.get('lang', 'xx')}_{meta.get('name', self.model_name)}-{meta.get('version', '?')}"

    def tokenize(self, texts: list[str]) -> list[Doc]:
        """Tokens of the draft's pieces (tokenizer only): the draft's one tokenization pass."""
        # spaCy types Language.tokenizer as any callable; the loaded pipeline's is a Tokenizer.
        tokenizer = cast(_Tokenizer, self.nlp.tokenizer)
        return list(tokenizer.pipe(texts))

    def entities(self, pieces: list[tuple[int, Doc]]) -> list[Entity]:
        """Named entities of each ``(offset, doc)`` piece, in the view's coordinates: one NER pass."""
        if not pieces:
            return []
        ner = cast("EntityRecognizer", self.nlp.get_pipe("ner"))
        found: list[Entity] = []
        offsets = [offset for offset, _ in pieces]
        for offset, doc in zip(offsets, ner.pipe(doc for _, doc in pieces), strict=True):
            found.extend(
                Entity(offset + e.start_char, offset + e.end_char, e.label_, e.text) for e in doc.ents
            )
        return found
