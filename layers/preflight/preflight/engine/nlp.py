"""spaCy, loaded once: the tokenizer every token-pattern rule reads and the NER component.

Only the tokenizer and the entity recogniser are loaded (en_core_web_sm's NER has its own tok2vec),
which keeps both the load and each call small. Loading happens in the engine's warm-up, so a Lambda
function pays for it at initialisation (where SnapStart can snapshot it), never in a request.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_UNUSED_COMPONENTS = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]


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

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = self._load()
        return self._nlp

    def _load(self) -> Language:
        import spacy

        try:
            return spacy.load(self.model_name, exclude=_UNUSED_COMPONENTS)
        except OSError:
            # A model installed as a package but not linked under its name: load the module.
            module = importlib.import_module(self.model_name)
            return module.load(exclude=_UNUSED_COMPONENTS)

    @property
    def model_version(self) -> str:
        meta = self.nlp.meta
        return f"{meta.get('lang', 'xx')}_{meta.get('name', self.model_name)}-{meta.get('version', '?')}"

    def tokens(self, text: str) -> Doc:
        return self.nlp.make_doc(text)

    def entities(self, doc: Doc, spans: list[tuple[int, int]]) -> list[Entity]:
        """Named entities inside the given character spans of ``doc``, found by one NER call each."""
        if not spans:
            return []
        ner = self.nlp.get_pipe("ner")
        found: list[Entity] = []
        pieces = []
        for start, end in spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                pieces.append((span.start_char, span.as_doc()))
        for offset, piece in zip((p[0] for p in pieces), ner.pipe(p[1] for p in pieces), strict=True):
            found.extend(
                Entity(offset + ent.start_char, offset + ent.end_char, ent.label_, ent.text)
                for ent in piece.ents
            )
        return found
