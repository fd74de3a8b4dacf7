"""A named person's pay told with everyday verbs, in the languages of the policy (own cases, other names
and wordings than the sets that showed the class): "prende/porta a casa" (it), "cobra/gana/se lleva" (es),
"touche/gagne" (fr), "kriegt/verdient" with the verb at the end (de), "ganha/leva para casa" (pt),
"krijgt/verdient" (nl), "får/tjänar" (sv), "dostaje/zarabia" (pl); the figure with or without a currency,
in thousands written out ("120 mila", "75 mil", "900 tusen", "14 tys."), or as "80k". Hard negatives:
a job advert or a post's pay said in general ("si guadagna", "man verdient", "on gagne"), the average
worker's pay, a firm's earnings.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.engine.person_sensitive.person_cases import NAME, assert_flagged_on, common

CATEGORY = "pii.person_sensitive"

PAY_IN_CASUAL_VERBS = [
    ("Sai che Chiara Lodi prende 95 mila euro all'anno? Pazzesco.", "Chiara Lodi"),
    ("Tra noi: Davide Serra guadagna 80k l'anno e non fa niente.", "Davide Serra"),
    ("Paola Conti porta a casa 3.200 euro al mese.", "Paola Conti"),
    ("Sabíais que Tomás Ibarra gana 75 mil euros al año?", "Tomás Ibarra"),
    ("Ojo, Lucía Marín se lleva 90.000 al año y ni viene a las reuniones.", "Lucía Marín"),
    ("Entre nous, Hugo Lefèvre touche 80 k€ par an pour ça.", "Hugo Lefèvre"),
    ("Wusstet ihr, dass Jonas Keller 95.000 im Jahr verdient?", "Jonas Keller"),
    ("Unter uns: Lena Brandt kriegt 7.000 im Monat.", "Lena Brandt"),
    ("Sabiam que a Rita Moura ganha 4 mil euros por mês?", "Rita Moura"),
    ("Cá entre nós, o Paulo Reis ganha 120 mil por ano.", "Paulo Reis"),
    ("Marina Costa leva para casa 5.000 euros por mês.", "Marina Costa"),
    ("Wist je dat Daan Visser 85.000 per jaar verdient?", "Daan Visser"),
    ("Bram de Wit krijgt 7.200 per maand, wist je dat?", "Bram de Wit"),
    ("Nils Ek får 65 000 kr i månaden numera.", "Nils Ek"),
    ("Kasia Wróbel dostaje 14 tys. zł miesięcznie, a my nie.", "Kasia Wróbel"),
]

PAY_IN_GENERAL = [
    "Cerchiamo un contabile: si guadagna 40 mila euro l'anno, candidature a Luca Bassi.",
    "Un infermiere medio guadagna 30 mila euro l'anno in Italia.",
    "Come commerciale si guadagna 50 mila euro l'anno, scrivete a Luca Bassi.",
    "Buscamos desarrollador, se cobra 45.000 al año. Escribe a Marta Gil.",
    "Un enfermero medio gana 28.000 al año en España.",
    "Comme développeur on gagne 50 000 euros par an, dit Paul Girard.",
    "Wir suchen eine Pflegekraft (m/w/d), man verdient 45.000 im Jahr. Bewerbung an Eva Roth.",
    "In der Pflege verdient man 3.000 im Monat, sagt Eva Roth.",
    "Vacature: je verdient 4.000 per maand. Solliciteer bij Kim de Jong.",
    "En genomsnittlig sjuksköterska tjänar 35 000 i månaden.",
    "Firma Kowalski zarabia 2 mln rocznie na eksporcie.",
]


@pytest.mark.parametrize(("text", "person"), PAY_IN_CASUAL_VERBS)
def test_a_named_persons_pay_in_everyday_verbs_is_flagged(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


@pytest.mark.parametrize("text", PAY_IN_GENERAL)
def test_pay_of_a_post_or_an_average_worker_is_not_flagged(categories, text) -> None:
    assert CATEGORY not in categories(text)


# {a} {b}: a made-up name (with a title in German, where every noun is capitalised); {n}: a figure in
# thousands.
_TEMPLATES = [
    "Giusto per sapere: {a} {b} prende {n} mila euro l'anno.",
    "Oye, {a} {b} cobra {n}.000 al año y nadie lo sabe.",
    "Entre nous, {a} {b} touche {n} k€ par an.",
    "Unter uns: Frau {a} {b} kriegt {n}.000 im Jahr.",
    "Sabiam que {a} {b} ganha {n} mil por ano?",
    "Wist je dat {a} {b} {n}.000 per jaar verdient?",
    "Visste ni att {a} {b} får {n} 000 kr i månaden?",
]


@common
@given(template=st.sampled_from(_TEMPLATES), a=NAME, b=NAME, n=st.integers(min_value=20, max_value=400))
def test_pay_in_everyday_verbs_flags_any_named_person(findings, template, a, b, n) -> None:
    assert_flagged_on(findings, template.format(a=a, b=b, n=n), f"{a} {b}")
