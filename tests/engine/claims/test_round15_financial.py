"""Round 15 classes of financial claims (rules/default/claims-deals-and-tips.yaml, claims.yaml's companies).

1. Our own shares said to double or soar, in the Romance languages, with the possessive that makes them
   ours and words between the subject and the verb ("nuestras acciones van a doblar su valor").
2. A takeover by us of a named company with a date ahead, Swedish and English ("vi ska förvärva Solvik
   Energi före sommaren", "we will acquire Meridian Foods before the end of the year"), and "we're
   acquiring a big telco / carrier / airline in Q3" (company nouns the English list lacked).
3. A tip to buy shares before a company event in German word order ("vor der Hauptversammlung noch
   Aktien kaufen", "Aktien nachkaufen vor den Quartalszahlen").
4. An internal projection: a metric "projected at" an amount, in English, German, Spanish, Portuguese,
   French and Italian ("FY27 EBITDA projected at €410m", "Umsatz prognostiziert auf 2 Mrd.").
Hard negatives: published history, a source, a question, a denial or a warning, shopping, and other
uses of the same words.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

FINANCIAL = "claims.financial"

common = settings(max_examples=60, deadline=None)

FLAGGED = [
    # 1. our shares will double / soar (Romance languages)
    "Nuestras acciones van a triplicar su precio en 2027, comprad antes del verano.",
    "Nuestra acción va a doblar con creces su cotización este año.",
    "Nossas ações vão duplicar o seu valor até dezembro, comprem já.",
    "Le nostre azioni raddoppieranno il loro valore entro l'estate, comprate!",
    "Nos actions vont tripler de valeur cette année, achetez maintenant.",
    "Notre action va franchement exploser cette année.",
    # 2. a takeover of a named company with a date ahead; English company nouns
    "Vi ska förvärva Solvik Energi före sommaren, säg inget.",
    "Vi köper upp Berglund & Co innan jul!",
    "Vi kommer att ta över Nordhav Shipping nästa kvartal.",
    "We will acquire Meridian Foods before the end of the year.",
    "We're buying Castellan Group next quarter, not public yet.",
    "Can't say who, but we're acquiring a regional airline in Q3.",
    "Not allowed to share details but we are buying a big telecom next month 🤫",
    "We're quietly acquiring a mobile carrier, deal closes in May.",
    # 3. buy shares before a company event (German order)
    "Kleiner Tipp für alle Kollegen: vor den Quartalszahlen noch Aktien kaufen!",
    "Vor der HV unbedingt noch ein paar Aktien nachkaufen, der Kurs zieht danach an.",
    "Aktien schnell kaufen vor der Hauptversammlung, glaubt mir.",
    "Unter uns: vor der Bilanzpressekonferenz Aktien sichern!",
    # 4. internal projections
    "Confidential: FY26 revenue projected at $1.2bn, up 15%.",
    "Our EBITDA is projected at €95m for next year.",
    "Next year's operating profit is forecast at $88m, internal numbers.",
    "Intern: Umsatz 2027 prognostiziert auf 2,4 Mrd. Euro.",
    "Interno: ingresos previstos de 300 millones para 2027.",
    "Prévision interne : chiffre d'affaires 2027 projeté à 2,1 milliards €.",
    "Dato riservato: fatturato 2027 stimato a 640 milioni.",
    "Confidencial: faturamento projetado de 900 milhões para 2027.",
]

CLEAN = [
    # history, hearsay, questions
    "Nuestras acciones subieron un 20% el año pasado.",
    "¿Nuestras acciones van a doblar su valor este año?",
    "Nos actions ont doublé en 2021.",
    "Le nostre azioni sono quotate a Milano dal 2010.",
    "Ofrecemos acciones formativas este año para todos los empleados.",
    "Vi köpte Nordic Solar 2021.",
    "Vi köper in nya datorer innan årsskiftet.",
    "Vi köper inte Solvik Energi, det är bara ett rykte.",
    "We acquired Meridian Foods in 2022.",
    "Reuters reports that Globex is acquiring a telco.",
    "Are we acquiring anyone this year?",
    "We are acquiring new customers every day!",
    "We are buying new laptops for the whole team before year end.",
    "We will buy Christmas presents before the party.",
    "We're not buying a carrier, whatever the rumours say.",
    # warnings, rules, facts about the event
    "Kauft keine Aktien vor der Hauptversammlung, das ist Insiderhandel!",
    "Mitarbeiter dürfen vor den Quartalszahlen keine Aktien kaufen.",
    "Die Hauptversammlung findet am 12. Mai statt.",
    "Sollte ich vor der Hauptversammlung Aktien kaufen?",
    "Tipp unter Kollegen: die Kantine hat jetzt vegane Gerichte.",
    # published or someone else's numbers
    "Our FY25 EBITDA was €380m, up 12%, as published in the annual report.",
    "Our FY25 EBITDA was projected at €380m and came in higher.",
    "Analysts projected Apple's revenue at $400bn.",
    "Global GDP growth is projected at 3% next year, says the IMF.",
    "Is our EBITDA projected at €410m?",
    "Laut Analysten wird der Umsatz der Branche auf 2 Mrd. prognostiziert.",
    "Der Umsatz 2024 war mit 1,9 Mrd. Euro veranschlagt und wurde erreicht.",
    "We are hiring a finance analyst to build revenue forecasts.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round15_financial_leaks_are_flagged(categories, text: str) -> None:
    assert FINANCIAL in categories(text)


@pytest.mark.parametrize("text", CLEAN)
def test_round15_hard_negatives_stay_clean(categories, text: str) -> None:
    assert FINANCIAL not in categories(text)


# 1. Our shares doubling, per language: (claim, history)
SHARES = {
    "es": ("Nuestras acciones van a {v} su valor {w}.", "Nuestras acciones subieron un {n}% en 2021."),
    "pt": ("Nossas ações vão {v} de valor {w}.", "Nossas ações caíram {n}% em 2021."),
    "it": ("Le nostre azioni {v} il loro valore {w}.", "Le nostre azioni sono salite del {n}% nel 2021."),
    "fr": ("Nos actions vont {v} de valeur {w}.", "Nos actions ont gagné {n}% en 2021."),
}
VERBS = {
    "es": ["doblar", "duplicar", "triplicar"],
    "pt": ["dobrar", "duplicar", "triplicar"],
    "it": ["raddoppieranno", "triplicheranno"],
    "fr": ["doubler", "tripler"],
}
WHEN = {
    "es": ["este año", "antes de diciembre", "en 2027"],
    "pt": ["este ano", "até dezembro", "em 2027"],
    "it": ["quest'anno", "entro dicembre", "nel 2027"],
    "fr": ["cette année", "avant décembre", "en 2027"],
}


@common
@given(data=st.data(), language=st.sampled_from(sorted(SHARES)), n=st.integers(2, 90), claim=st.booleans())
def test_our_shares_doubling_is_flagged_in_romance_languages_unless_history(
    categories, data, language: str, n: int, claim: bool
) -> None:
    verb = data.draw(st.sampled_from(VERBS[language]))
    when = data.draw(st.sampled_from(WHEN[language]))
    forecast, history = SHARES[language]
    text = (forecast if claim else history).format(v=verb, w=when, n=n)
    assert (FINANCIAL in categories(text)) == claim


# 2. A takeover of a named company with a date ahead, and the same name bought in the past or asked
NAMES = ["Solvik Energi", "Meridian Foods", "Nordhav Shipping", "Castellan Group", "Berglund Tech"]
TAKEOVERS = {
    "sv": ("Vi ska förvärva {p} {w}.", "Vi förvärvade {p} år 2019."),
    "sv-upp": ("Vi kommer att köpa upp {p} {w}!", "Köper vi {p} {w}?"),
    "en": ("We will acquire {p} {w}.", "We acquired {p} back in 2019."),
    "en-buy": ("We're buying {p} {w}, keep it quiet.", "Are we buying {p} {w}?"),
}
DEADLINES = {
    "sv": ["före sommaren", "innan årsskiftet", "nästa kvartal", "i höst"],
    "en": ["before the summer", "by December", "next quarter", "in Q3"],
}


@common
@given(
    data=st.data(),
    form=st.sampled_from(sorted(TAKEOVERS)),
    party=st.sampled_from(NAMES),
    claim=st.booleans(),
)
def test_a_named_takeover_with_a_date_ahead_is_flagged_unless_past_or_asked(
    categories, data, form: str, party: str, claim: bool
) -> None:
    when = data.draw(st.sampled_from(DEADLINES[form.split("-")[0]]))
    deal, clean = TAKEOVERS[form]
    text = (deal if claim else clean).format(p=party, w=when)
    assert (FINANCIAL in categories(text)) == claim


# 3. Buy shares before a company event (German), and the same words as a rule or a warning
EVENTS_DE = ["der Hauptversammlung", "den Quartalszahlen", "der Bilanz", "der HV", "den Jahreszahlen"]
TIPS_DE = [
    "Tipp: vor {e} noch schnell Aktien kaufen!",
    "Vor {e} unbedingt Aktien nachkaufen, der Kurs steigt.",
    "Leute, Aktien holen vor {e}!",
]
WARNINGS_DE = [
    "Vor {e} dürfen Mitarbeiter keine Aktien kaufen.",
    "Achtung: wer vor {e} Aktien kauft, macht Insiderhandel.",
    "{e_cap} ist am Dienstag, die Aktien liegen im Depot.",
]


@common
@given(event=st.sampled_from(EVENTS_DE), tip=st.booleans(), data=st.data())
def test_a_tip_to_buy_shares_before_a_company_event_is_flagged_unless_a_warning(
    categories, event: str, tip: bool, data
) -> None:
    template = data.draw(st.sampled_from(TIPS_DE if tip else WARNINGS_DE))
    text = template.format(e=event, e_cap=event[0].upper() + event[1:])
    assert (FINANCIAL in categories(text)) == tip


# 4. A metric projected at an amount (ours, unpublished), and the same metric as history or a question
METRICS_EN = ["EBITDA", "revenue", "net income", "operating profit", "free cash flow"]
PROJECTIONS = [
    "Internal: FY{y} {m} projected at €{n}m.",
    "Heads up, {m} for FY{y} is forecast at ${n}m.",
    "Our FY{y} {m} is budgeted at £{n}m, keep it in the team.",
]
NOT_PROJECTIONS = [
    "Our FY{y} {m} was €{n}m, as published in the annual report.",
    "Is FY{y} {m} projected at €{n}m?",
    "FY{y} {m} was projected at €{n}m and came in higher.",
]


@common
@given(
    metric=st.sampled_from(METRICS_EN),
    year=st.integers(24, 30),
    n=st.integers(5, 900),
    leak=st.booleans(),
    data=st.data(),
)
def test_an_internal_projection_is_flagged_unless_history_or_a_question(
    categories, metric: str, year: int, n: int, leak: bool, data
) -> None:
    template = data.draw(st.sampled_from(PROJECTIONS if leak else NOT_PROJECTIONS))
    text = template.format(m=metric, y=year, n=n)
    assert (FINANCIAL in categories(text)) == leak
