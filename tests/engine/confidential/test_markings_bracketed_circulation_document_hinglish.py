"""Markings: a bracketed embargo stamp before its time or date ("[EMBARGO: 06:00 GMT 3 March]");
"not for circulation"; Spanish/Italian/Portuguese "de uso interno" after a document's name; Hinglish
"ye deck confidential hai"."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

MARKING = "confidential.marking"

# Own wording.
MARKED = [
    "Launch note (EMBARGO: 9am CET Thursday) — comments welcome",
    "Statement draft [Embargoed: 14:00 BST 12 May], please review",
    "Q4 investor memo — strictly not for circulation beyond the board",
    "Not for circulation: revised org chart attached",
    "Informe de uso interno: previsiones de ventas para el verano",
    "Bozza per uso interno 👇 i nuovi turni di magazzino",
    "Apresentação de uso interno sobre a nova tabela de preços",
    "Yeh numbers confidential hain, kisi ko mat batana",
    "Ye pricing sheet abhi secret hai, launch ke baad share karenge",
]
CLEAN = [
    "The 1807 Embargo Act (embargo on British trade) is on this week's history quiz",
    "Medicamento de uso interno: tomar con agua después de las comidas",
    "El uso interno del agua en la fábrica bajó un 12 %",
    "Aapka data confidential hai, hum kabhi share nahi karte 🙏",
    "Kya ye confidential hai? Client ne poocha",
]


@pytest.mark.parametrize("text", MARKED)
def test_marked(categories, text: str) -> None:
    assert MARKING in categories(text)


@pytest.mark.parametrize("text", CLEAN)
def test_clean(categories, text: str) -> None:
    assert MARKING not in categories(text)


@settings(max_examples=80, deadline=None)
@given(
    bracket=st.sampled_from(["[{m}: {t}]", "({m}: {t})", "[{m} – {t}]"]),
    marking=st.sampled_from(["EMBARGO", "Embargo", "EMBARGOED", "embargo"]),
    time=st.sampled_from(["06:00 GMT 3 March", "9am Tuesday", "10.30 CET 4 June", "00:01 UTC"]),
    lead=st.sampled_from(["Draft press release", "Results statement", "Partner announcement"]),
)
def test_a_bracketed_embargo_before_its_time_is_a_marking(categories, bracket, marking, time, lead) -> None:
    text = f"{lead} {bracket.format(m=marking, t=time)} — feedback by noon"
    assert MARKING in categories(text), text


@settings(max_examples=60, deadline=None)
@given(
    noun=st.sampled_from(["Presentación", "Documento", "Informe", "Presentazione", "Apresentação"]),
    link=st.sampled_from(["de", "para", "per"]),
    rest=st.sampled_from(["👇 los turnos de Navidad", ": cifras del trimestre", "— no reenviar"]),
)
def test_a_document_of_internal_use_is_a_marking(categories, noun, link, rest) -> None:
    text = f"{noun} {link} uso interno {rest}"
    assert MARKING in categories(text), text
