"""Health cures in casual words (round 13): a condition cleared "for good", a cure behind "doesn't just
help —", and "say goodbye to <medicine>" in en/fr/de/es/it/pt/nl. "Helps soothe", public-health goals
and advice, history, myth-busting, a warning not to drop a medicine and "ask your doctor" alone stay
clean, as does "say goodbye to" anything that is no treatment.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

HEALTH = "claims.health"
WATCHED = {HEALTH, "claims.guarantee", "claims.financial"}

common = settings(max_examples=80, deadline=None)

CASUAL_CURES = [
    "This cream clears psoriasis for good in three weeks.",
    "Our capsules kick migraines for good.",
    "The gummies wipe out migraines for good.",
    "Our drops get rid of glaucoma for good.",
    "This supplement doesn't only ease the pain, it actually cures arthritis.",
    "Our spray doesn't just soothe — it heals eczema in most children.",
    "Say goodbye to insulin with our new diet plan.",
    "Say goodbye to your blood pressure pills — our tea does the job.",
    "Bye-bye antidepressants: our mood gummies do it naturally.",
    "Notre baume fait disparaître l'eczéma pour de bon.",
    "Dites adieu à l'insuline grâce à notre cure.",
    "Sag Tschüss zu Insulin mit unserem Tee.",
    "Dile adiós a la insulina con nuestra infusión.",
    "Dì addio all'insulina con la nostra tisana.",
    "Diga adeus à insulina com o nosso chá.",
    "Zeg vaarwel tegen insuline met onze thee.",
]

HARD_NEGATIVES = [
    "Our balm helps soothe dry, itchy skin.",
    "Ask your doctor before stopping any medicine.",
    "Ask your pharmacist about our new inhaler.",
    "Say goodbye to dry skin this winter with our new balm.",
    "Say goodbye to summer: our autumn collection is here.",
    "Say goodbye to paper tablets — our new e-reader is here.",
    "Vaccines have helped wipe out smallpox for good.",
    "Myth: this balm clears eczema for good. Fact: no cream cures eczema.",
    "In 1922 insulin changed diabetes care for good.",
    "Don't say goodbye to your inhaler without asking your GP.",
    "We said goodbye to our old office this week.",
    "This cream doesn't just moisturise, it also protects against the sun.",
    "Stopping smoking for good lowers your risk of cancer.",
    "Il faut revoir les médicaments avec votre médecin.",
    "Dites adieu aux soucis de stationnement avec notre appli.",
    "Sag Tschüss zum Winterblues mit unserem neuen Kalender.",
    "Adiós al verano: llega la colección de otoño.",
    "Niet zonder je arts: zeg nooit zomaar vaarwel tegen je medicijnen.",
    "Nessuna crema elimina la psoriasi per sempre: diffidate.",
]


@pytest.mark.parametrize("text", CASUAL_CURES)
def test_a_cure_in_casual_words_is_a_health_claim(categories, text: str) -> None:
    assert categories(text) & WATCHED == {HEALTH}


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_soothing_advice_history_and_other_goodbyes_stay_clean(categories, text: str) -> None:
    assert categories(text) & WATCHED == set()


# "Say goodbye to <medicine>" per language, and the same goodbye to something that is no treatment.
GOODBYES = {
    "en": ("Say goodbye to {m} with our {p}.", ["insulin", "your inhaler", "steroid creams", "painkillers"]),
    "fr": ("Dites adieu {m} grâce à notre {p}.", ["à l'insuline", "aux somnifères", "aux antidépresseurs"]),
    "de": ("Sag Tschüss zu {m} mit unserem {p}.", ["Insulin", "Schlaftabletten", "deinem Asthmaspray"]),
    "es": ("Dile adiós {m} con nuestro {p}.", ["a la insulina", "a los corticoides", "al inhalador"]),
    "it": ("Dì addio {m} con il nostro {p}.", ["all'insulina", "agli antidolorifici", "ai sonniferi"]),
    "pt": ("Diga adeus {m} com o nosso {p}.", ["à insulina", "aos remédios", "à bombinha"]),
    "nl": ("Zeg vaarwel tegen {m} met onze {p}.", ["insuline", "je pufjes", "slaappillen"]),
}
NOT_TREATMENTS = {
    "en": ["the winter blues", "paper maps", "long queues"],
    "fr": ["aux embouteillages", "à l'hiver", "aux files d'attente"],
    "de": ["dem Winterblues", "langen Schlangen", "Papierkram"],
    "es": ["al verano", "a las colas", "al papeleo"],
    "it": ["all'inverno", "alle code", "alla carta"],
    "pt": ["ao inverno", "às filas", "à papelada"],
    "nl": ["de winterdip", "lange rijen", "papierwerk"],
}
PRODUCTS = ["tea", "balm", "app", "plan", "gummies"]


@common
@given(
    data=st.data(),
    language=st.sampled_from(sorted(GOODBYES)),
    product=st.sampled_from(PRODUCTS),
    medicine=st.booleans(),
)
def test_goodbye_to_a_medicine_is_a_health_claim_and_to_anything_else_is_not(
    categories, data, language: str, product: str, medicine: bool
) -> None:
    template, medicines = GOODBYES[language]
    what = data.draw(st.sampled_from(medicines if medicine else NOT_TREATMENTS[language]))
    text = template.format(m=what, p=product)
    assert (HEALTH in categories(text)) == medicine


CONDITIONS = ["eczema", "psoriasis", "migraines", "asthma", "insomnia"]
VERBS = ["clears", "wipes out", "gets rid of", "kicks", "banishes"]
ENDINGS = ["for good", "forever", "permanently"]


@common
@given(
    condition=st.sampled_from(CONDITIONS),
    verb=st.sampled_from(VERBS),
    ending=st.sampled_from(ENDINGS),
    ours=st.booleans(),
)
def test_a_condition_cleared_for_good_by_a_product_is_a_claim_and_a_myth_is_not(
    categories, condition: str, verb: str, ending: str, ours: bool
) -> None:
    claim = f"Our new balm {verb} {condition} {ending}."
    text = claim if ours else f"Myth: a balm {verb} {condition} {ending}. Fact: nothing cures {condition}."
    assert (HEALTH in categories(text)) == ours
