"""link.suspicious round 9: regional shorteners no list holds. A host named for shortening links in
its language ("encurtador.com.br", "acortar.link", "raccourcir.fr") is a shortener's, with a path;
ordinary sites whose path or name merely says "short" or "abbreviation" stay clean."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

# Drafts of this test, not of any set: (draft, the link as written).
SHORTENED = [
    ("Confira a promoção de verão 👉 encurtador.com.br/verao26", "encurtador.com.br/verao26"),
    ("Descuentos de otoño en https://acortador.es/oto26", "https://acortador.es/oto26"),
    ("Soldes d'hiver : raccourcisseur.fr/hiver", "raccourcisseur.fr/hiver"),
    ("Neue Kollektion: https://kurzlink.de/herbst26", "https://kurzlink.de/herbst26"),
    ("Nowa kolekcja: skracacz.pl/jesien", "skracacz.pl/jesien"),
    ("Our new brochure: https://go.shortener.io/fall26", "https://go.shortener.io/fall26"),
]

CLEAN = [
    "Keyboard shortcuts guide: https://acme.com/help/shortcuts",
    "Abbreviations used in this report: https://forkortelse.dk/ord/asap",
    "Short story contest rules: https://stories.acme.com/short-story-2026",
    "Visit encurtador.com.br for the service itself",
    "Our tiny homes catalogue: https://tinyhomes.example.org/catalogue",
    "Read https://acme.com/blog/how-to-shorten-your-sales-cycle today",
]


@pytest.mark.parametrize(("text", "link"), SHORTENED)
def test_a_host_named_for_shortening_is_a_shortener(findings, text, link):
    assert [text[f.start : f.end] for f in findings(text, "link.suspicious")] == [link]


@pytest.mark.parametrize("text", CLEAN)
def test_ordinary_sites_that_say_short_stay_clean(findings, text):
    assert findings(text, "link.suspicious") == []


WORDS = ["encurtador", "encurtar", "acortador", "acortar", "raccourcir", "kurzlink", "skracacz", "shortener"]


@settings(max_examples=120, deadline=None)
@given(
    word=st.sampled_from(WORDS),
    prefix=st.sampled_from(["", "go.", "meu", "my-", "www."]),
    tld=st.sampled_from(["com.br", "es", "fr", "de", "pl", "link", "io", "me"]),
    path=st.text(alphabet="abcdefghijkmnpqrstuvwxyz0123456789", min_size=2, max_size=8),
    scheme=st.sampled_from(["", "https://", "http://"]),
)
def test_property_any_host_named_for_shortening_with_a_path_is_reported_whole(
    findings, word, prefix, tld, path, scheme
):
    link = f"{scheme}{prefix}{word}.{tld}/{path}"
    text = f"Nova campanha 👉 {link} — vejam!"
    assert [text[f.start : f.end] for f in findings(text, "link.suspicious")] == [link], text


@settings(max_examples=80, deadline=None)
@given(
    word=st.sampled_from(WORDS),
    tld=st.sampled_from(["com.br", "es", "fr", "de"]),
)
def test_property_such_a_host_without_a_path_is_no_link_through_it(findings, word, tld):
    text = f"O serviço {word}.{tld} encurta links."
    assert findings(text, "link.suspicious") == [], text
