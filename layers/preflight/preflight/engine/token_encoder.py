"""The NER model's token encoder run as one function, for the short windows the engine gives it.

en_core_web_sm's entity recogniser reads a draft's trigger sentences, a few dozen tokens at most. Its
encoder (spaCy's HashEmbedCNN: four hashed embeddings, a mixing layer, four windowed residual layers,
then a projection) is about forty thinc layers; for inputs that small their dispatch, not their
arithmetic, is most of the cost: about 0.7 ms a call of fixed cost against 15 µs a token (issue 11:
the named-entity check was the largest single cost per draft).

``TokenEncoder`` runs the same operations in the same order on the same weights (the model's own ops
for hashing, gathering, matrix products, maxout and windows; numpy for the layer norms, as thinc
writes them) in one function. It is put in place of the parser's first layer only when the model's
layout is the one it was written for and its output equals the model's own, bit for bit, on check
sentences (``install``); otherwise spaCy's encoder runs, as before. The transition system, the
entities and the model file are untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from thinc.api import Model

# Sentences of the kinds the engine gives the model (names, numbers, symbols, emoji, other scripts, a
# long one), each alone and all in one batch: what the encoder must reproduce before it is used.
CHECK_TEXTS = (
    "Our client Tom Baker was just diagnosed with diabetes, so let's send him a card.",
    "HR: Kevin O'Neil's SSN 219-09-9999 is on file; he was laid off Friday 🍾 #team",
    "Jess",
    "Anna Berg är 62 år och går i pension — Grüße an Zoë Müller-Lüdenscheidt (Köln) 😀",
    "佐藤健一さん, 김민준 and राहुल वर्मा met at 10:30 on 12/03/2026 in São Paulo.",
    " ".join(["Dr. Amy Lin from accounting at ACME Corp., who earns $140k a year"] * 6),
)


@dataclass(frozen=True, slots=True)
class _MaxoutNorm:
    """A maxout layer (``nP`` pieces) followed by a layer norm: thinc's Maxout(normalize=True)."""

    weights: Any  # (nO * nP, nI), as thinc's maxout reshapes its W
    bias: Any  # (nO * nP,)
    n_out: int
    pieces: int
    gain: Any  # the layer norm's G
    shift: Any  # the layer norm's b

    def __call__(self, ops: Any, inputs: Any) -> Any:
        summed = ops.gemm(inputs, self.weights, trans2=True)
        summed += self.bias
        best, _ = ops.maxout(ops.reshape3f(summed, summed.shape[0], self.n_out, self.pieces))
        # thinc's LayerNorm, expression for expression (so rounding is the same)
        mean = best.mean(axis=1, keepdims=True)
        variance = best.var(axis=1, keepdims=True) + 1e-08
        normed = (best - mean) * variance ** (-1.0 / 2.0)
        out = normed * self.gain
        out += self.shift
        return out


class TokenEncoder:
    """spaCy's HashEmbedCNN encoder with its output projection, as one call over a batch of docs."""

    def __init__(
        self,
        ops: Any,
        columns: list[int | str],
        embeddings: list[tuple[int, int, Any]],
        mix: _MaxoutNorm,
        blocks: list[_MaxoutNorm],
        pad: int,
        window: int,
        projection: tuple[Any, Any],
    ) -> None:
        self._ops = ops
        self._columns = columns
        self._embeddings = embeddings  # (column, seed, table) per hashed embedding
        self._mix = mix
        self._blocks = blocks
        self._pad = pad
        self._window = window
        self._projection = projection

    @classmethod
    def of(cls, tok2vec: Model[Any, Any]) -> TokenEncoder | None:
        """The encoder of ``tok2vec`` (the parser's first layer), or None for any other layout."""
        try:
            return cls._read(tok2vec)
        except (AttributeError, IndexError, KeyError, TypeError, ValueError):
            return None

    @classmethod
    def _read(cls, tok2vec: Model[Any, Any]) -> TokenEncoder | None:
        names = [layer.name for layer in tok2vec.layers]
        if names[1:] != ["list2array", "linear"]:
            return None
        embed, encode = tok2vec.layers[0].layers
        extract, to_ragged, hashed, mixing, to_list = embed.layers
        if [extract.name, to_ragged.name, to_list.name] != ["extract_features", "list2ragged", "ragged2list"]:
            return None
        embeddings = []
        for getitem_embed in hashed.layers[0].layers:
            getitem, table = getitem_embed.layers
            if getitem.name != "ints-getitem" or table.name != "hashembed":
                return None
            index = getitem.attrs["index"]
            if index[0] != slice(0, None, None) or table.attrs["column"] != index[1]:
                return None
            embeddings.append((int(index[1]), int(table.attrs["seed"]), table.get_param("E")))
        if hashed.attrs["pad"] != 0 or mixing.attrs["pad"] != 0:
            return None
        mix = _maxout_norm(mixing.layers[0])
        if encode.name.startswith("with_array") is False:
            return None
        blocks = []
        window = None
        for residual in encode.layers[0].layers:
            if not residual.name.startswith("residual("):
                return None
            expand, maxout_norm = residual.layers[0].layers
            if expand.name != "expand_window":
                return None
            if window is not None and expand.attrs["window_size"] != window:
                return None
            window = int(expand.attrs["window_size"])
            blocks.append(_maxout_norm(maxout_norm))
        projection = tok2vec.layers[2]
        if window is None or window < 1:
            return None
        return cls(
            tok2vec.ops,
            list(extract.attrs["columns"]),
            embeddings,
            mix,
            blocks,
            int(encode.attrs["pad"]),
            window,
            (projection.get_param("W"), projection.get_param("b")),
        )

    def __call__(self, docs: Sequence[Doc]) -> Any:
        """The token vectors of ``docs``, one row per token in order: what the parser's first layer
        returns. Every doc must hold a token (the engine's windows do)."""
        ops = self._ops
        features = [ops.asarray2i(doc.to_array(self._columns), dtype="uint64") for doc in docs]
        lengths = [len(f) for f in features]
        ids = numpy.concatenate(features)
        embedded = numpy.hstack(
            [
                ops.gather_add(
                    table, ops.hash(ops.as_contig(ids[:, column], dtype="uint64"), seed) % table.shape[0]
                )
                for column, seed, table in self._embeddings
            ]
        )
        mixed = self._mix(ops, embedded)
        # thinc's with_array(pad=…): each doc between rows of zeros, the layers run over the whole
        padding = numpy.zeros((self._pad, mixed.shape[1]), dtype=mixed.dtype)
        pieces = [padding]
        offsets = []
        start = 0
        row = self._pad
        for length in lengths:
            pieces.extend((mixed[start : start + length], padding))
            offsets.append(row)
            start += length
            row += length + self._pad
        hidden = numpy.concatenate(pieces)
        # Each layer reads ``window`` rows either side, so after layer i only the rows at least
        # i * window from the array's ends still reach a token: the outer padding rows thinc computes
        # through every layer are left out, layer by layer (a fifth of the work for one sentence).
        # The rows kept see exactly the neighbours they see in thinc's run.
        rows = len(hidden)
        for depth, block in enumerate(self._blocks, start=1):
            first, last = depth * self._window, rows - depth * self._window
            windows = ops.seq2col(hidden[first - self._window : last + self._window], self._window)
            hidden[first:last] = hidden[first:last] + block(ops, windows[self._window : -self._window])
        tokens = numpy.concatenate(
            [hidden[offset : offset + length] for offset, length in zip(offsets, lengths, strict=True)]
        )
        weights, bias = self._projection
        out = ops.gemm(tokens, weights, trans2=True)
        out += bias
        return out

    def as_layer(self) -> Model[Any, Any]:
        """A thinc layer the parser calls as its first: inference only (no training through it)."""
        from thinc.api import Model

        def forward(
            model: Model[Any, Any], docs: Sequence[Doc], is_train: bool
        ) -> tuple[Any, Callable[..., Any]]:
            if is_train:
                raise RuntimeError("the engine's token encoder is for inference only")
            return self(docs), _no_gradient

        return Model("preflight_token_encoder", forward)


def _no_gradient(_: Any) -> list[Any]:
    return []


def _maxout_norm(chain: Model[Any, Any]) -> _MaxoutNorm:
    """The maxout and layer norm of a "maxout>>layernorm>>dropout" chain (the dropout is off at
    inference)."""
    (maxout, norm), dropout = chain.layers[0].layers, chain.layers[1]
    if (maxout.name, norm.name, dropout.name) != ("maxout", "layernorm", "dropout"):
        raise ValueError(chain.name)
    n_out, pieces, n_in = maxout.get_dim("nO"), maxout.get_dim("nP"), maxout.get_dim("nI")
    ops = maxout.ops
    return _MaxoutNorm(
        ops.reshape2f(maxout.get_param("W"), n_out * pieces, n_in),
        ops.reshape1f(maxout.get_param("b"), n_out * pieces),
        n_out,
        pieces,
        norm.get_param("G"),
        norm.get_param("b"),
    )


def install(nlp: Language, check_texts: Sequence[str] = CHECK_TEXTS) -> bool:
    """Put a ``TokenEncoder`` in place of the NER parser's first layer when it reproduces that layer
    exactly on ``check_texts`` (each alone and all together). Whether it was installed."""
    if "ner" not in nlp.pipe_names:
        return False
    model = nlp.get_pipe("ner").model  # type: ignore[attr-defined]
    layers = model.layers
    original = layers[0]
    encoder = TokenEncoder.of(original)
    if encoder is None:
        return False
    docs = [nlp.tokenizer(text) for text in check_texts]
    for batch in [*([doc] for doc in docs), docs]:
        expected = original.predict(batch)
        if not numpy.array_equal(encoder(batch), expected):
            return False
    layers[0] = encoder.as_layer()
    return True
