"""Round 16 classes of financial claims (claims.yaml's claims.financial, claims-deals-and-tips.yaml,
claims-pl.yaml).

1. An earnings beat leaked with its size, in trader slang: "we're beating EPS by 3 cents", "gonna crush
   earnings by a mile", "we'll top consensus by 5c" (beat_metric_by_amount).
2. Fear of missing the move before our results: "... you're leaving money on the table", next to our
   stock or the results (money_on_the_table_before_results).
3. Our shares said to go up, with the phrasal "go up": English "our stock is going up 30%", German "unsere
   Aktie geht bald nach oben", French "nos actions vont monter de 40 %", Polish "akcje pójdą w górę", and
   the Polish tip to buy before the report ("warto kupić przed raportem").
4. A takeover said to be imminent with a company noun and no date: "we're about to acquire a big rival".
Hard negatives: history, someone else's results, a hope or a question, a negotiation's money on the
table, prices or rents going up, "about to buy a company car".
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

FINANCIAL = "claims.financial"
common = settings(max_examples=60, deadline=None)

FLAGGED = [
    # 1. a beat and its size
    "Word from the CFO: we're beating EPS by 3 cents this quarter.",
    "We will top consensus by 5c, mark my words.",
    "Gonna crush earnings by a mile on Thursday, load up.",
    "We are smashing the revenue estimate by 8% next week.",
    # 2. leaving money on the table before results
    "Anyone not holding our shares into the results is leaving money on the table.",
    "Seriously, skip our stock before earnings and you're leaving cash on the table.",
    # 3. go up (en, de, fr, pl)
    "Our share price is about to go up 40%, trust the process.",
    "Our stock is going up by at least 25% after the launch.",
    "Unsere Aktie geht nach der Hauptversammlung durch die Decke.",
    "Unser Kurs schießt demnächst um 30 % nach oben.",
    "Nos actions vont bientôt grimper de 35 % après l'annonce.",
    "Notre titre va monter en flèche la semaine prochaine.",
    "Akcje spółki niedługo polecą w górę, mówię wam.",
    "Nasz kurs wkrótce wystrzeli w kosmos.",
    "Dokupcie akcje przed wynikami, będzie dobrze.",
    # 4. about to acquire a company
    "We're about to acquire a fintech in Berlin, stay tuned.",
    "Our group is about to buy up a regional bank.",
    "We are finally about to purchase a rival brewery.",
]

CLEAN = [
    "Last quarter we beat EPS by 4c.",
    "Globex beat EPS by 12c, according to Reuters.",
    "If we beat EPS by 10c next week I'll buy everyone pizza.",
    "Are we beating EPS by 5c?",
    "The union left money on the table in the pay talks.",
    "Don't leave money on the table: file your expense claims by Friday.",
    "Our stock of masks is going up 20% after the new order.",
    "The temperature is going up 5% this week.",
    "Is our stock going up 30% after earnings?",
    "Unsere Mieten gehen nächstes Jahr nach oben.",
    "Unsere Aktie ging letztes Jahr um 30 % nach oben.",
    "Nos prix vont monter de 5 % en janvier.",
    "Nos actions ont monté de 40 % en 2021.",
    "Ceny pójdą w górę od stycznia.",
    "Nasze akcje poszły w górę o 20% w zeszłym roku.",
    "Czy warto kupić akcje przed raportem?",
    "Kupiłem akcje przed raportem i straciłem.",
    "We are about to buy a new company car.",
    "We're about to acquire new customers in Spain.",
    "Reuters says Globex is about to acquire a rival.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round16_financial_leaks_are_flagged(categories, text: str) -> None:
    assert FINANCIAL in categories(text)


@pytest.mark.parametrize("text", CLEAN)
def test_round16_financial_hard_negatives_stay_clean(categories, text: str) -> None:
    assert FINANCIAL not in categories(text)


# 1. A beat ahead with its size, and the same beat as history or a hope
BEATS = ["we're beating", "we will beat", "we'll crush", "we're gonna top", "we are smashing"]
METRICS = ["EPS", "earnings", "revenue", "the numbers", "Q3 EPS"]
SIZES = ["3c", "12 cents", "a mile", "$0.08", "7%"]
NOT_LEAKS = [
    "last quarter we beat {m} by {s}",
    "if {b} {m} by {s} I'll be amazed",
    "any chance {b} {m} by {s}?",
]


@common
@given(
    beat=st.sampled_from(BEATS),
    metric=st.sampled_from(METRICS),
    size=st.sampled_from(SIZES),
    leak=st.booleans(),
    data=st.data(),
)
def test_a_beat_with_its_size_is_a_leak_unless_history_a_hope_or_a_question(
    categories, beat: str, metric: str, size: str, leak: bool, data
) -> None:
    if leak:
        text = f"Heads up: {beat} {metric} by {size} next week."
    else:
        template = data.draw(st.sampled_from(NOT_LEAKS))
        text = template.format(b=beat, m=metric, s=size)
    assert (FINANCIAL in categories(text)) == leak


# 3. Our shares going up, per language: (ahead, history)
GO_UP = {
    "en": ("Our stock is going up {n}% after the launch.", "Our stock went up {n}% last year."),
    "de": (
        "Unsere Aktie geht nach den Zahlen um {n} % nach oben.",
        "Unsere Aktie ging 2021 um {n} % nach oben.",
    ),
    "fr": ("Nos actions vont monter de {n} % après l'annonce.", "Nos actions ont monté de {n} % en 2021."),
    "pl": ("Nasze akcje pójdą w górę o {n}% po raporcie.", "Nasze akcje poszły w górę o {n}% w 2021."),
}


@common
@given(language=st.sampled_from(sorted(GO_UP)), n=st.integers(5, 95), ahead=st.booleans())
def test_our_shares_going_up_is_flagged_unless_history(
    categories, language: str, n: int, ahead: bool
) -> None:
    forecast, history = GO_UP[language]
    text = (forecast if ahead else history).format(n=n)
    assert (FINANCIAL in categories(text)) == ahead
