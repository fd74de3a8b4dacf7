"""A named person with a sensitive fact in the phrasings of round 9 (own cases, other names and
languages than the set that showed each class): pay told as what someone gets, earns or moves to, in
chat pastes too (en, fr, pt, de, es, it, nl, and zh after hearsay with no title). And the hard
negatives of each class: job adverts and pay bands with no named person, prices, money off.
The case tables are read by test_person_sensitive_tables.py.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.engine.person_cases import NAME as _NAME
from tests.engine.person_cases import common

CATEGORY = "pii.person_sensitive"

PAY_SENSITIVE = [
    ('from #people: "so Priya Raman is getting $96k after her review" - nice', "Priya Raman"),
    ("Heads up, Owen Castillo will earn €71,000 once the new contract starts.", "Owen Castillo"),
    ("Marcus Feld moves to £64k in April, per HR.", "Marcus Feld"),
    ("Quick one: Leah Brandon goes up to $88k after the reorg.", "Leah Brandon"),
    ("Nadine Roux passera à 5 400 € net en janvier, c'est validé.", "Nadine Roux"),
    ("Dans le chat : « Camille Perrin va toucher 61 000 € » !", "Camille Perrin"),
    ("O Rafael Lima passa a ganhar 9.800 reais depois da promoção, né?", "Rafael Lima"),
    ("Confirmado: a Beatriz Nunes vai receber R$ 12.300 a partir de março.", "Beatriz Nunes"),
    ("Sofía Paredes va a cobrar 3.900 € al mes desde enero.", "Sofía Paredes"),
    ("Lukas Brandt bekommt ab März 6.200 € Grundgehalt, sagt die Personalabteilung.", "Lukas Brandt"),
    ("Unsere Kollegin Jana Wolff steigt auf 82.000 € Bruttogehalt.", "Jana Wolff"),
    ("Francesca Serra passa a 52.000 € lordi dopo la promozione.", "Francesca Serra"),
    ("Daan Mulder krijgt € 5.400 bruto per maand vanaf juni.", "Daan Mulder"),
    ("据说王芳跳槽后月薪三万五。", "王芳"),
    ("郭明升职后年薪涨到了60万。", "郭明"),
]

PAY_CLEAN = [
    "We're hiring a Senior Analyst: the role gets £78k plus bonus, apply by Friday.",
    "Band C moves to £45k in April for everyone in the team.",
    "Pay bands for 2027: Level 3 goes up to €64k, Level 4 to €78k.",
    "Nous recrutons : le poste passe à 42 000 € brut, postulez avant le 12.",
    "Estamos contratando: el puesto pasa a 2.800 € al mes, envía tu currículum.",
    "Wir suchen Verstärkung: Das Fixgehalt beträgt 55.000 €, bewirb dich bis Mai.",
    "Tickets for the Ed Sheeran gig go up to £150 on Friday.",
    "Mia Torres got $20 off her order with the spring code.",
    "听说公司今年年薪普遍上涨。",
]

SENSITIVE = PAY_SENSITIVE
NOT_SENSITIVE = PAY_CLEAN

# {a} {b}: a made-up name; {n}: thousands of the currency. In English a made-up name is found without
# the model only when a link word stands before the verb ("is getting", "will earn"): "moves to" is said
# of prices too ("Premium Plan moves to $20"), so there the model must know the name (the case table).
_PAY = [
    "ok so {a} {b} is getting £{n}k after the promo",
    "{a} {b} will earn ${n},000 from June.",
    "Heads up: {a} {b} is now on €{n}k base.",
    "Copié du canal #rh : « {a} {b} passe à {n} 000 € brut » !",
    "Saiu a tabela: o {a} {b} vai ganhar R$ {n}.500 por mês.",
    "Der neue Teamleiter {a} {b} bekommt {n}.000 € Fixgehalt.",
    "Al final {a} {b} va a cobrar {n}.000 € brutos al año.",
    "Ufficiale: {a} {b} passa a {n}.000 € lordi.",
    "Vanaf juli krijgt {a} {b} {n}.000 euro per jaar.",
]
_PAY_NO_ONE = [
    "We're hiring: the role gets £{n}k, apply via {a} {b}.",
    "Pay band {n} moves to £{n}k in April for the whole grade.",
    "Nous recrutons ! Le poste passe à {n} 000 € brut, candidature à {a} {b}.",
    "Estamos contratando: el puesto pasa a {n}.000 € al año, envía tu currículum a {a} {b}.",
    "Tickets for the {a} {b} tour go up to £{n} on Friday.",
]


@common
@given(template=st.sampled_from(_PAY), a=_NAME, b=_NAME, n=st.integers(min_value=20, max_value=99))
def test_pay_told_as_what_a_named_person_gets_is_flagged(findings, template, a, b, n) -> None:
    text = template.format(a=a, b=b, n=n)
    found = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert any(f"{a} {b}" in span for span in found), (text, found)


@common
@given(template=st.sampled_from(_PAY_NO_ONE), a=_NAME, b=_NAME, n=st.integers(min_value=20, max_value=99))
def test_pay_of_a_post_a_band_or_a_ticket_is_no_ones(categories, template, a, b, n) -> None:
    assert CATEGORY not in categories(template.format(a=a, b=b, n=n))


_ZH_SURNAME = st.sampled_from(["王", "李", "张", "刘", "陈", "杨", "赵", "吴"])
_ZH_GIVEN = st.sampled_from(["芳", "伟", "敏", "静", "磊", "洋", "艳", "勇"])
_ZH_PAY = ["听说{name}年薪{n}万。", "据说{name}升职后年薪涨到了{n}万。", "听说{name}跳槽后月薪{n}千。"]


@common
@given(surname=_ZH_SURNAME, given_name=_ZH_GIVEN, template=st.sampled_from(_ZH_PAY), n=st.integers(10, 99))
def test_chinese_pay_after_hearsay_and_a_bare_name(findings, surname, given_name, template, n) -> None:
    name = surname + given_name
    text = template.format(name=name, n=n)
    assert any(name in text[f.start : f.end] for f in findings(text, CATEGORY)), text
