"""Round 17: confidential.marking.

Classes closed (rules/default/confidential.yaml):
- an embargo marking written with the participle of a neighbouring language, before a time or a date
  ("Embargado hasta el ...", "Embargato fino alle ...", "Embargado até às ...", "Embargué jusqu'au ...",
  Polish "objęte embargiem do ...") and Swedish/English "Embargo till kl. 10" opening a line
  (``languages_participle_until``, ``heading_till``);
- "TOP SECRET" as a classification: in capitals as a heading, or in brackets (``top_secret_stamp``).
Hard negatives: a trade embargo in the news, a seizure ("embargado hasta saldar la deuda"), an ad's
"top secret recipe", "TOP SECRET" inside a sentence, "Top secret:" as a teaser in title case.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

MARKING = "confidential.marking"
common = settings(max_examples=50, deadline=None)

MARKED = [
    "Embargada hasta el martes a las 9:00 — la nota de prensa del nuevo hospital.",
    "Comunicado embargado hasta las 12 del mediodía: resultados del trimestre.",
    "Embargato fino alle 7 di domani: il nuovo piano industriale.",
    "Embargado até às 10h de quinta: contas do semestre.",
    "Embarguée jusqu'au 3 mars 9h : le rapport annuel.",
    "Informacja objęta embargiem do godz. 8:00, prosimy nie publikować.",
    "Embargo till kl. 06.00 måndag: årsrapporten.",
    "TOP SECRET: draft of the reorganisation, for the board",
    "TOP SECRET\nQ3 pricing deck below",
    "[Top Secret] minutes of the partners' meeting",
]

CLEAN = [
    "Su sueldo fue embargado hasta saldar la deuda con Hacienda.",
    "El embargo a Cuba sigue vigente hasta hoy, recuerda el diario.",
    "The US trade embargo on the region was lifted in 2016.",
    "L'embargo sur l'acier a été levé jusqu'à nouvel ordre.",
    "Our top secret recipe is finally in stores!",
    "Nuestra receta TOP SECRET ya está en la tienda.",
    "Top secret: our new donut drops Friday 🍩",
]


@pytest.mark.parametrize("text", MARKED)
def test_an_embargo_or_top_secret_marking_is_flagged(categories, text: str) -> None:
    assert MARKING in categories(text)


@pytest.mark.parametrize("text", CLEAN)
def test_news_of_an_embargo_a_seizure_or_a_recipe_is_clean(categories, text: str) -> None:
    assert MARKING not in categories(text)


PARTICIPLES = [
    "Embargado hasta",
    "Embargada hasta",
    "Embargato fino alle",
    "Embargata fino alle",
    "Embargado até às",
]
TIMES = ["9:00", "10", "15/01 10:00", "8h"]
TOPICS = ["resultados", "il piano", "o relatório", "las cifras"]


@common
@given(
    participle=st.sampled_from(PARTICIPLES),
    time=st.sampled_from(TIMES),
    topic=st.sampled_from(TOPICS),
    seized=st.booleans(),
)
def test_a_participle_before_a_time_is_an_embargo_and_a_seizure_is_not(
    categories, participle: str, time: str, topic: str, seized: bool
) -> None:
    if seized:
        text = f"La cuenta fue {participle.split()[0].lower()} hasta pagar la multa; {topic} siguen igual."
    else:
        text = f"{participle} {time}: {topic}."
    assert (MARKING in categories(text)) == (not seized)
