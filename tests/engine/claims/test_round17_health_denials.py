"""Round 17: a health claim denied, warned against, mentioned or asked about is not made.

Classes closed (claims.health, claims.health.<language>: claims.yaml, claims-<language>.yaml):
- a negation after the verb, inside the match ("voorkomt geen griep", "heilt keinen Krebs", "botar inte
  cancer", "prevents no disease") or right after the disease in its clause ("verhindert Grippe leider
  nicht"): the gap of ``cures_disease`` / ``cure_verb`` refuses the negation words, ``exclude_next``
  reads ``next_window`` tokens up to a punctuation mark;
- a denial as the subject opening the sentence, further back than a token window ("No supplement on
  the market cures ...", "Nessun integratore della nostra erboristeria cura ...", "Kein Präparat aus
  unserer Apotheke heilt ..."): a ``denials_before`` expression;
- a warning after the claim against whoever makes it ("...: diffidate di chi lo afferma"):
  ``denials_after``;
- the claim's words mentioned, not used ("the words clinically proven", "les mentions « cliniquement
  prouvé »", "terms such as ...", quotes «», "", ‘’, „“, 「」): a ``denials_before`` expression;
- a status asked about ("Is it FDA approved yet?", "Ist es schon zugelassen?", "¿Ya está aprobado por
  la FDA?") and a question put to others ("Does anyone know whether ..."): ``asked_with`` on the
  approval and proof patterns, ``question_openers``.
Hard positives: the same words where the claim is made ("No more migraines: our drops cure them",
"It's no secret that our tonic cures arthritis", "...: diffidate di chi dice il contrario", a
question answered yes).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

HEALTH = "claims.health"
common = settings(max_examples=60, deadline=None)

NOT_MADE = [
    # a negation after the verb
    "Dit middel geneest geen kanker, wat de verkoper ook zegt.",
    "Deze thee voorkomt griep echt niet, ga gewoon naar de huisarts.",
    "Onze pillen genezen helaas geen migraine.",
    "Dieses Mittel heilt keinen Krebs, egal was im Internet steht.",
    "Der Tee verhindert Grippe leider nicht, lasst euch lieber impfen.",
    "Den här teet botar inte cancer.",
    "Tabletterna förebygger inte influensa.",
    "Our supplement prevents no disease whatsoever.",
    "Cette tisane ne prévient aucune maladie.",
    # a denial as the subject
    "No supplement on the market cures cancer.",
    "None of these creams cure eczema, see a dermatologist.",
    "Not a single product in our shop treats arthritis.",
    "Nessun integratore della nostra erboristeria cura l'artrosi.",
    "Ningún suplemento de esta tienda cura la diabetes.",
    "Nenhum chá da nossa loja cura a gripe.",
    "Kein Präparat aus unserer Apotheke heilt Arthrose.",
    "Geen enkel product uit onze winkel geneest reuma.",
    "Inget av våra kosttillskott botar cancer.",
    # a warning after the claim
    "Questo tè cura il diabete: diffidate di chi lo afferma.",
    "This balm cures psoriasis — beware of anyone who says so.",
    "Ce sirop guérit la grippe : méfiez-vous de ceux qui le prétendent.",
    "Este jarabe cura la gripe: desconfía de quien lo diga.",
    # the claim's words mentioned
    "The regulator says the words clinically proven need evidence behind them.",
    "Ads may only use terms such as clinically proven when a trial backs them.",
    "L'autorité rappelle que les mentions « cliniquement testé » exigent des études.",
    "Die Behörde prüft Angaben wie „klinisch bewiesen“ sehr streng.",
    "La ley exige pruebas para expresiones como «clínicamente probado».",
    "広告で「clinically proven」という表現は使えません。",
    # a status asked about, a question put to others
    "Is the new inhaler FDA approved yet?",
    "Ist das Spray schon von der FDA zugelassen?",
    "¿Ya está aprobado por la FDA este dispositivo?",
    "Est-ce que ce test est déjà approuvé par la FDA ?",
    "Weiß jemand, ob das Mittel klinisch getestet ist?",
    "Does anybody know if this patch is clinically proven? My doctor had no idea.",
]

MADE = [
    "No more migraines: our drops cure them for good.",
    "No side effects, and our balm heals eczema overnight.",
    "It's no secret that our tonic cures arthritis.",
    "Nothing beats our tea, it prevents the flu.",
    "Keine Chemie, nur Natur: unser Tee heilt Migräne.",
    "Onze thee geneest migraine, niet te geloven!",
    "Questo tè cura il diabete: diffidate di chi dice il contrario.",
    "Is it true that turmeric cures arthritis? Yes, ours does, in days!",
    "Why wait? Our pills are FDA approved and cure migraines.",
    "Unser Spray ist schon vom BfArM zugelassen!",
    "Our new label: clinically proven to end insomnia.",
    "Den här teet botar förkylning på en dag.",
]


@pytest.mark.parametrize("text", NOT_MADE)
def test_a_claim_denied_warned_against_mentioned_or_asked_is_not_made(categories, text: str) -> None:
    assert HEALTH not in categories(text)


@pytest.mark.parametrize("text", MADE)
def test_the_same_words_where_the_claim_is_made_are_still_flagged(categories, text: str) -> None:
    assert HEALTH in categories(text)


# Property: a denial as the subject, the product's kind and the disease in any of eight languages.
SUBJECT_DENIALS = {
    "en": (
        "No {p} in our shop cures {d}.",
        "Our {p} cures {d}.",
        ["tea", "supplement", "cream"],
        ["cancer", "arthritis", "eczema"],
    ),
    "it": (
        "Nessun {p} della nostra farmacia cura {d}.",
        "Il nostro {p} cura {d}.",
        ["integratore", "tè", "sciroppo"],
        ["il diabete", "l'artrosi", "l'insonnia"],
    ),
    "es": (
        "Ningún {p} de esta tienda cura {d}.",
        "Nuestro {p} cura {d}.",
        ["suplemento", "té", "jarabe"],
        ["la diabetes", "la gripe", "la artrosis"],
    ),
    "pt": (
        "Nenhum {p} da nossa loja cura {d}.",
        "O nosso {p} cura {d}.",
        ["suplemento", "chá", "xarope"],
        ["a diabetes", "a gripe", "a artrose"],
    ),
    "de": (
        "Kein {p} aus unserer Apotheke heilt {d}.",
        "Unser {p} heilt {d}.",
        ["Tee", "Präparat", "Sirup"],
        ["Krebs", "Arthrose", "Migräne"],
    ),
    "nl": (
        "Geen enkel {p} uit onze winkel geneest {d}.",
        "Onze {p} geneest {d}.",
        ["thee", "supplement", "siroop"],
        ["kanker", "reuma", "migraine"],
    ),
}


@common
@given(
    lang=st.sampled_from(sorted(SUBJECT_DENIALS)),
    index=st.integers(0, 2),
    disease=st.integers(0, 2),
    denied=st.booleans(),
)
def test_a_denial_as_the_subject_is_no_claim_in_any_language(
    categories, lang: str, index: int, disease: int, denied: bool
) -> None:
    denial, claim, products, diseases = SUBJECT_DENIALS[lang]
    text = (denial if denied else claim).format(p=products[index], d=diseases[disease])
    assert (HEALTH in categories(text)) == (not denied)


# Property: a negation after the verb (Dutch, German, Swedish, English) denies the claim.
AFTER_VERB = {
    "nl": (
        "Deze thee {v} geen {d}.",
        "Deze thee {v} {d}.",
        ["geneest", "voorkomt", "bestrijdt"],
        ["griep", "migraine", "kanker"],
    ),
    "de": (
        "Dieser Tee {v} keinen {d}.",
        "Dieser Tee {v} {d}.",
        ["heilt", "verhindert", "bekämpft"],
        ["Krebs", "Husten", "Tumor"],
    ),
    "sv": (
        "Teet {v} inte {d}.",
        "Teet {v} {d}.",
        ["botar", "förebygger", "behandlar"],
        ["cancer", "migrän", "astma"],
    ),
    "en": (
        "This tea {v} no {d} at all.",
        "This tea {v} {d}.",
        ["cures", "prevents", "treats"],
        ["disease", "infection", "illness"],
    ),
}


@common
@given(
    lang=st.sampled_from(sorted(AFTER_VERB)),
    verb=st.integers(0, 2),
    disease=st.integers(0, 2),
    denied=st.booleans(),
)
def test_a_negation_after_the_verb_is_no_claim(
    categories, lang: str, verb: int, disease: int, denied: bool
) -> None:
    negated, claim, verbs, diseases = AFTER_VERB[lang]
    text = (negated if denied else claim).format(v=verbs[verb], d=diseases[disease])
    assert (HEALTH in categories(text)) == (not denied)


# Property: a proof or an approval mentioned in quotation marks after a word of mention is no claim; the
# same phrase used of a product is.
QUOTES = [("«", "»"), ("“", "”"), ('"', '"'), ("‘", "’"), ("„", "“"), ("「", "」")]
PHRASES = ["clinically proven", "FDA approved", "clinically validated"]
LEADS = ["The watchdog says the phrase", "Regulators police words such as", "Our lawyers flagged the term"]


@common
@given(
    quote=st.sampled_from(QUOTES),
    phrase=st.sampled_from(PHRASES),
    lead=st.sampled_from(LEADS),
    used=st.booleans(),
)
def test_a_quoted_mention_is_no_claim(
    categories, quote: tuple[str, str], phrase: str, lead: str, used: bool
) -> None:
    if used:
        text = f"Our serum is {phrase} and works in a week."
    else:
        text = f"{lead} {quote[0]}{phrase}{quote[1]} in supplement ads."
    assert (HEALTH in categories(text)) == used
