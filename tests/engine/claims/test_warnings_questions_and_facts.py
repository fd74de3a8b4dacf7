"""False flags of round 12 (class 3): a guarantee warned about, denied after it ("... bestaat niet",
"... risk-free nahi hota", "... doesn't exist") or asked about ("Is there such a thing as a guaranteed
return?", "Gibt es garantierte Renditen?"); a health claim in a myth-or-fact quiz whose verdict opens the
next sentence ("... Mit —", "... Myth:"), public-health advice ("the most effective ways to prevent
serious disease") and history ("which went on to treat millions"). The same claims made, and a
question that is a hook ("Want guaranteed 12% returns?"), are still flagged; and a Hinglish product
claim "COVID ko prevent karta hai" is one.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

HEALTH = "claims.health"
GUARANTEE = "claims.guarantee"
WATCHED = {HEALTH, GUARANTEE}
common = settings(max_examples=100, deadline=None)

NOT_MADE = [
    "Guaranteed returns do not exist, whatever the ad says.",
    "Are there guaranteed returns in crypto? No.",
    "Bestaat gegarandeerd rendement? Nee.",
    "Gibt es garantierte Renditen? Nein.",
    "Garantierte Renditen gibt es nicht, egal was die Werbung sagt.",
    "Existe-t-il un rendement garanti ? Non.",
    "La rentabilidad garantizada no existe.",
    "Il rendimento garantito non esiste.",
    "Look out for 'risk-free' trading schemes on Telegram.",
    "Myth or fact? Garlic cures colds. Myth: it may ease symptoms, no more.",
    "Kya haldi cancer ko cure karti hai? Nahi, koi proof nahi.",
    "Doctor kehte hain vaccine flu ko prevent karti hai.",
    "Five tips to prevent flu this winter: wash your hands, sleep, get your jab.",
    "In 1796 Edward Jenner invented a vaccine that went on to end smallpox.",
]
MADE = [
    ("Want guaranteed 12% returns? DM us.", GUARANTEE),
    ("Our plan is 100% risk-free, guaranteed 8% returns.", GUARANTEE),
    ("Unsere Anleihe: garantierte Rendite von 7 %!", GUARANTEE),
    ("Fact or fiction? Our cream cures eczema. Fact: it does, clinically shown.", HEALTH),
    ("Ye churan sugar ko jad se khatam karta hai!", HEALTH),
    ("Hamara naya syrup dengue ko prevent karta hai 🌿", HEALTH),
]


@pytest.mark.parametrize("text", NOT_MADE)
def test_a_warned_denied_asked_or_historical_claim_is_not_flagged(categories, text: str) -> None:
    assert not categories(text) & WATCHED


@pytest.mark.parametrize(("text", "category"), MADE)
def test_the_claim_made_is_still_flagged(categories, text: str, category: str) -> None:
    assert category in categories(text)


# A guarantee per language, and the same words denied after it or asked about.
GUARANTEES = {
    "en": (
        "guaranteed returns of {n}% a year",
        ["{c} don't exist.", "Is there such a thing as {c}?", "{c}!"],
    ),
    "nl": ("gegarandeerd rendement van {n}%", ["{c} bestaat niet.", "Bestaat {c}?", "{c}!"]),
    "de": ("garantierte Renditen von {n} %", ["{c} gibt es nicht.", "Gibt es {c}?", "{c}!"]),
    "es": ("rentabilidad garantizada del {n}%", ["{c} no existe.", "¿Existe {c}?", "¡{c}!"]),
    "hinglish": ("risk-free {n}% return", ["Koi bhi {c} nahi hota.", "Kya koi {c} hai?", "{c} pakka!"]),
}


@common
@given(
    language=st.sampled_from(sorted(GUARANTEES)),
    n=st.integers(min_value=3, max_value=40),
    frame=st.integers(0, 2),
)
def test_a_guarantee_denied_after_or_asked_about_is_not_made(
    categories, language: str, n: int, frame: int
) -> None:
    claim, frames = GUARANTEES[language]
    text = frames[frame].format(c=claim.format(n=n))
    text = text[0].upper() + text[1:]
    made = frame == 2
    assert (GUARANTEE in categories(text)) == made


# A quiz: a cure claimed, then the verdict opening the next sentence.
@common
@given(
    opener=st.sampled_from(["Myth or fact?", "Fact or myth?", "True or false?", "Quiz time!"]),
    product=st.sampled_from(["Garlic", "Vitamin C", "Our herbal tea", "Manuka honey"]),
    disease=st.sampled_from(["colds", "the flu", "migraines", "insomnia"]),
    verdict=st.sampled_from(["Myth", "False", "Fake"]),
    refuted=st.booleans(),
)
def test_a_quiz_claim_refuted_by_its_verdict_is_not_made(
    categories, opener: str, product: str, disease: str, verdict: str, refuted: bool
) -> None:
    answer = f"{verdict}: it may ease symptoms, no more." if refuted else "Try it today!"
    text = f"{opener} {product} cures {disease}. {answer}"
    assert (HEALTH in categories(text)) != refuted
