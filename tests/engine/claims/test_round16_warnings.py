"""Round 16: a warning against those who promise a cure or a guaranteed return is no claim.

Class closed: "beware of / distrust / don't trust / stay away from X that promises to cure Y" (and
"... who promise guaranteed returns"), in English, Spanish, Portuguese, French, Italian, German, Dutch
and Polish: a warning word, then within its sentence a verb of promising or claiming, or a relative
pronoun opening who or what promises ("Vorsicht bei Anbietern, die ..."). The expressions are the
``denials_before`` of claims.guarantee* and claims.health* (claims.yaml, claims-<language>.yaml), the
same in every file because each language's rules also read its neighbours' drafts.
Hard positives: the same warning words as a hook before a claim made ("Careful: our tea cures colds",
"Achtung: unser Tee heilt Migräne"), and a promise without a warning ("Our tea promises to cure ...").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

GUARANTEE = "claims.guarantee"
HEALTH = "claims.health"
CLAIMS = {GUARANTEE, HEALTH}
common = settings(max_examples=60, deadline=None)

WARNINGS = [
    "Be wary of any cream that claims to heal psoriasis overnight.",
    "Stay away from sellers promising to cure your arthritis in a week.",
    "Don't trust gummies that say they prevent the flu, ask your GP instead.",
    "Never trust a broker who promises guaranteed profits.",
    "Desconfíen de las pastillas que aseguran curar la migraña.",
    "No te fíes de quien te promete un rendimiento garantizado.",
    "Desconfiem de chás que dizem tratar a hipertensão, procurem um médico.",
    "Cuidado com quem promete lucro garantido no Instagram.",
    "Méfiez-vous des gélules qui prétendent soigner la migraine.",
    "Ne faites pas confiance aux sites qui promettent un rendement garanti.",
    "Diffidate delle creme che promettono di curare la psoriasi.",
    "Non fidarti di chi promette guadagni garantiti.",
    "Finger weg von Kapseln, die angeblich Arthrose heilen.",
    "Vorsicht bei Plattformen, die garantierte Gewinne versprechen.",
    "Wantrouw pillen die beweren migraine te genezen.",
    "Pas op voor beleggers die gegarandeerd rendement beloven.",
]

# The same words as a hook, a claim made, or a promise without a warning: still flagged.
CLAIMS_MADE = [
    "Careful: this balm cures eczema so fast you'll forget you had it.",
    "Don't trust big pharma — our drops cure migraines naturally.",
    "Our capsules promise to cure arthritis in 30 days.",
    "Cuidado: este jarabe cura la gripe en 24 horas.",
    "Atenção: o nosso chá cura a diabetes!",
    "Attention : notre sérum guérit l'eczéma en 7 jours.",
    "Attenzione: il nostro integratore cura l'artrosi.",
    "Achtung: Unser Tee heilt Migräne!",
    "Pas op: onze thee geneest migraine.",
    "Beware, competitors: our returns are guaranteed 12% a year.",
]


@pytest.mark.parametrize("text", WARNINGS)
def test_a_warning_against_those_who_promise_is_no_claim(categories, text: str) -> None:
    assert not categories(text) & CLAIMS


@pytest.mark.parametrize("text", CLAIMS_MADE)
def test_warning_words_as_a_hook_or_a_promise_made_are_still_claims(categories, text: str) -> None:
    assert categories(text) & CLAIMS


# Property: a warning frame around a promise of a cure is clean; the promise said of our product is flagged.
FRAMES = {
    "en": ("Beware of {p} that promise to cure {d}.", "Our {p} cure {d}."),
    "es": ("Desconfía de los {p} que prometen curar {d}.", "Nuestros {p} curan {d}."),
    "pt": ("Desconfie de {p} que prometem curar {d}.", "Os nossos {p} curam {d}."),
    "fr": ("Méfiez-vous des {p} qui promettent de guérir {d}.", "Nos {p} guérissent {d}."),
    "it": ("Diffidate dei {p} che promettono di curare {d}.", "I nostri {p} curano {d}."),
}
PRODUCTS = {
    "en": ["supplements", "teas", "drops"],
    "es": ["suplementos", "tés", "remedios"],
    "pt": ["suplementos", "chás", "remédios"],
    "fr": ["compléments", "thés", "remèdes"],
    "it": ["integratori", "tè", "rimedi"],
}
DISEASES = {
    "en": ["diabetes", "arthritis", "migraines", "eczema"],
    "es": ["la diabetes", "la artritis", "la migraña", "el eccema"],
    "pt": ["a diabetes", "a artrite", "a enxaqueca", "o eczema"],
    "fr": ["le diabète", "l'arthrite", "la migraine", "l'eczéma"],
    "it": ["il diabete", "l'artrite", "l'emicrania", "l'eczema"],
}


@common
@given(data=st.data(), language=st.sampled_from(sorted(FRAMES)), warned=st.booleans())
def test_a_cure_promised_is_a_claim_unless_warned_against(
    categories, data, language: str, warned: bool
) -> None:
    product = data.draw(st.sampled_from(PRODUCTS[language]))
    disease = data.draw(st.sampled_from(DISEASES[language]))
    warning, claim = FRAMES[language]
    text = (warning if warned else claim).format(p=product, d=disease)
    assert (HEALTH in categories(text)) == (not warned)
