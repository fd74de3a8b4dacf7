"""A casual request not to share or announce the post yet is a confidentiality marking in every
language ("pls do not share yet:", "(nog niet aankondigen aub)", "bitte noch nicht teilen", "ne
partagez pas encore"), in brackets, after a colon or a dash, or as a request of its own.

An invitation to share, a product "not yet available", a public denial with its subject ("we can't
share details yet"), "yet another", and questions stay clean."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

CATEGORY = "confidential.marking"

# (language, draft, the text the finding covers): own wording, not the sets'.
MARKINGS = [
    ("en", "pls don't share yet: Q3 bonus scheme attached", "pls don't share yet"),
    ("en", "New shift rota for Lisbon (do not post this yet)", "do not post this yet"),
    ("en", "Mascot redesign 👇 please don't announce yet!", "please don't announce yet"),
    ("en", "Price list v2 — don't forward just yet 🙏", "don't forward just yet"),
    ("en", "dont tweet this for now, the venue isn't confirmed", "dont tweet this for now"),
    ("nl", "Nieuwe tarieven vanaf maart (nog niet delen aub)", "nog niet delen"),
    ("nl", "Vestiging Zwolle opent in mei – voorlopig niet bekendmaken!", "voorlopig niet bekendmaken"),
    ("de", "Neue Filiale in Graz, bitte noch nicht teilen.", "bitte noch nicht teilen"),
    ("de", "Sommerkollektion: vorerst nicht posten!", "vorerst nicht posten"),
    ("fr", "Nouvelle grille tarifaire, ne partagez pas encore !", "ne partagez pas encore"),
    ("fr", "Menu d'automne : ne pas encore publier.", "ne pas encore publier"),
    ("es", "Nuevo horario de tiendas, no lo compartáis todavía.", "no lo compartáis todavía"),
    ("es", "Campaña de otoño – todavía no publicar.", "todavía no publicar"),
    ("it", "Nuovo listino, non condividete ancora!", "non condividete ancora"),
    ("pt", "Novas metas da equipa, não divulguem ainda.", "não divulguem ainda"),
]

NOT_MARKINGS = [
    ("en", "New menu is live, feel free to share!"),
    ("en", "The dark mode is not yet available on Android."),
    ("en", "We can't share details yet, but stay tuned."),
    ("en", "We don't share yet, we publish on Monday."),
    ("en", "Why don't you share it yet?"),
    ("en", "Don't share yet another screenshot of that meme in the group"),
    ("en", "Do you not post yet?"),
    ("nl", "We kunnen het nog niet aankondigen, maar het komt eraan."),
    ("de", "Wir können das noch nicht teilen, sorry."),
    ("fr", "Nous ne partageons pas encore les résultats."),
    ("es", "El producto todavía no está disponible."),
    ("it", "Il prodotto non è ancora disponibile."),
    ("pt", "O produto ainda não está disponível."),
]


@pytest.mark.parametrize(("language", "text", "marking"), MARKINGS)
def test_not_yet_request_is_a_marking(findings, language: str, text: str, marking: str | None) -> None:
    spans = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert spans, language
    if marking is not None:
        assert spans == [marking], language


@pytest.mark.parametrize(("language", "text"), NOT_MARKINGS)
def test_denials_products_and_questions_are_not_markings(findings, language: str, text: str) -> None:
    assert findings(text, CATEGORY) == [], language


REQUESTS = [
    "pls do not share yet",
    "don't post this yet",
    "please don't announce just yet",
    "nog niet aankondigen aub",
    "graag nog niet delen",
    "bitte noch nicht teilen",
    "ne partagez pas encore",
    "ne pas encore diffuser",
    "todavía no publicar",
    "non pubblicate ancora",
    "não partilhem ainda",
]
NEWS = [
    "the Porto kiosk opens in June",
    "neue Preise ab Juli",
    "de nieuwe huisstijl",
    "le salon de Nantes est annulé",
    "loyalty tiers v3",
]


@settings(max_examples=150, deadline=None)
@given(
    request=st.sampled_from(REQUESTS),
    news=st.sampled_from(NEWS),
    form=st.sampled_from(["{r}: {n}", "{n} ({r})", "{n} – {r}!", "{n}, {r}.", "{n} [{r}] 👀"]),
)
def test_not_yet_request_is_found_wherever_it_stands(findings, request, news, form):
    text = form.format(r=request, n=news)
    if text[0].isalpha():
        text = text[0].upper() + text[1:]
    spans = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert spans and all(span.lower() in request.lower() for span in spans), text
