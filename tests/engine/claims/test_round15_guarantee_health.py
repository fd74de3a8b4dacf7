"""Round 15, claims.guarantee and claims.health.

Classes closed:
1. A guarantee denied by its sentence's subject, further back than a token window reads ("No scheme
   can give you a guaranteed return", "Niemand kann Ihnen eine garantierte Rendite versprechen",
   Hinglish "... guaranteed return nahi de sakta"), and a quoted scam phrase warned about in Japanese
   (「絶対儲かる」話には注意): a warning, not a promise, in every language the guarantee rules cover.
2. Savings guaranteed ("risparmio garantito", "ahorro garantizado"), a pass promised by "we guarantee
   that you will pass" ("garantimos que vais passar"), a multiple of the stake guaranteed ("guaranteed
   5x on your deposit") and a cost or a cure promise closed by ", guaranteed!".
3. A product said to cure burnout or a condition in Hinglish ("... thyroid ko 30 din mein khatam
   karta hai", "... asthma hamesha ke liye theek ho jaata hai").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

GUARANTEE = "claims.guarantee"
HEALTH = "claims.health"
common = settings(max_examples=60, deadline=None)

# Class 1: warnings and denials, the nearest clean sentences to a guarantee.
DENIED_GUARANTEES = [
    "Careful out there: no bank or broker can offer you a guaranteed return.",
    "No legitimate fund will ever promise guaranteed profits, so hang up.",
    "Nobody can really give you guaranteed returns on crypto.",
    "Vorsicht: Kein seriöser Anbieter kann Ihnen garantierte Gewinne zusagen.",
    "Niemand darf Ihnen wirklich eine garantierte Rendite versprechen.",
    "Nessuno può davvero offrirti un rendimento garantito, diffida.",
    "Nadie puede ofrecerte una rentabilidad garantizada, cuidado con las estafas.",
    "Ninguém pode prometer um retorno garantido, cuidado com golpes.",
    "Personne ne peut vous promettre un rendement garanti.",
    "Niemand kan je echt een gegarandeerd rendement beloven.",
    "Koi bhi app guaranteed profit nahi de sakta, aise messages ignore karo",
    "Yaad rakho, koi broker guaranteed returns nahi deta.",
    "「必ず儲かる」という話には要注意です。",
    "「元本保証」の勧誘には注意してください。",
]

# Class 2: guarantees of savings, a pass, a multiple, a cost or a cure.
GUARANTEES = [
    "Bolletta della luce: risparmio garantito del 30% già dal primo mese!",
    "Seguro de hogar con ahorro garantizado del 100% o le devolvemos la diferencia.",
    "Mude de operadora: poupança garantida de 200 euros por ano!",
    "Garantizamos que vas a aprobar el examen de conducir a la primera.",
    "Garantiamo che supererai l'esame di inglese al primo colpo!",
    "We guarantee you will pass your CPA exam on the first try.",
    "Garantimos que vai passar na prova da OAB, ou devolvemos o dinheiro.",
    "Join today: guaranteed 5x on your deposit within a month!",
    "Our VIP signals: guaranteed 10x on every trade 🚀",
    "Switch to our dental plan and pay zero out-of-pocket costs, guaranteed!",
    "Ye herbal tablet thyroid ko jad se khatam karti hai, guaranteed!",
]

NOT_GUARANTEES = [
    "Your deposits are protected up to 100,000 euros by the national scheme.",
    "Delivery within 48 hours, guaranteed!",
    "Non garantiamo che supererai l'esame: dipende da te.",
    "Nadie garantiza que vayas a aprobar el examen.",
    "Our app loads 3x faster on older phones.",
    "Risparmio energetico: ecco dieci consigli per la tua casa.",
    "Fresh bread every morning, guaranteed.",
]


@pytest.mark.parametrize("text", DENIED_GUARANTEES)
def test_a_guarantee_denied_or_warned_about_is_clean(categories, text: str) -> None:
    assert GUARANTEE not in categories(text)


@pytest.mark.parametrize("text", GUARANTEES)
def test_savings_a_pass_a_multiple_or_a_cost_guaranteed_is_flagged(categories, text: str) -> None:
    assert GUARANTEE in categories(text)


@pytest.mark.parametrize("text", NOT_GUARANTEES)
def test_deposit_protection_delivery_times_denials_and_speed_stay_clean(categories, text: str) -> None:
    assert GUARANTEE not in categories(text)


# Class 3: a product cures a condition (German burnout, Hinglish cure verbs).
CURES = [
    "Unser Kräutertee heilt Burnout in nur zwei Wochen.",
    "Dieses Retreat heilt deinen Burnout dauerhaft.",
    "Our weekend retreat cures burnout for good.",
    "Yeh powder thyroid ko 30 din mein khatam karta hai",
    "Is kadhe se asthma hamesha ke liye theek ho jaata hai",
    "Hamara oil joint pain ko 7 din mein door karta hai",
]
NOT_CURES = [
    "Burnout ist eine ernste Erkrankung, sprich mit deinem Arzt.",
    "Kein Tee heilt Burnout, sagt die Ärztin.",
    "Nothing cures burnout except rest and support.",
    "Thyroid ka ilaaj doctor se hi karwao, koi powder ise khatam nahi karta.",
    "Mera sar dard ab theek ho gaya hai, thanks for asking!",
]


@pytest.mark.parametrize("text", CURES)
def test_a_product_curing_a_condition_is_flagged(categories, text: str) -> None:
    assert HEALTH in categories(text)


@pytest.mark.parametrize("text", NOT_CURES)
def test_a_denied_cure_or_a_personal_recovery_is_clean(categories, text: str) -> None:
    assert HEALTH not in categories(text)


# Properties: the same promise made and denied by the sentence's subject, per language.
DENIAL_FRAMES = {
    "en": ("We give you a guaranteed {thing}.", "No {who} can give you a guaranteed {thing}."),
    "de": ("Wir bieten Ihnen garantierte {thing}.", "Kein {who} kann Ihnen garantierte {thing} bieten."),
    "it": ("Ti offriamo un {thing} garantito.", "Nessun {who} può offrirti un {thing} garantito."),
    "es": ("Te ofrecemos una {thing} garantizada.", "Ningún {who} puede ofrecerte una {thing} garantizada."),
}  # fmt: skip
THINGS = {
    "en": ["return", "profit", "income"],
    "de": ["Rendite", "Gewinne", "Zinsen"],
    "it": ["rendimento", "guadagno", "profitto"],
    "es": ["rentabilidad", "ganancia"],
}
WHO = ["broker", "fund", "app", "advisor", "platform"]


@common
@given(language=st.sampled_from(sorted(DENIAL_FRAMES)), data=st.data(), who=st.sampled_from(WHO))
def test_a_guarantee_made_is_flagged_and_denied_by_its_subject_is_not(
    categories, language, data, who
) -> None:
    made, denied = DENIAL_FRAMES[language]
    thing = data.draw(st.sampled_from(THINGS[language]))
    assert GUARANTEE in categories(made.format(thing=thing))
    assert GUARANTEE not in categories(denied.format(thing=thing, who=who))


@common
@given(
    times=st.integers(min_value=2, max_value=50),
    stake=st.sampled_from(["crypto", "deposit", "investment", "stake", "money", "portfolio"]),
)
def test_a_multiple_of_the_stake_guaranteed_is_flagged_and_asked_is_not(
    categories, times: int, stake: str
) -> None:
    assert GUARANTEE in categories(f"Sign up now: guaranteed {times}x on your {stake}!")
    assert GUARANTEE not in categories(f"Nobody can give you a guaranteed {times}x on your {stake}.")


@common
@given(
    condition=st.sampled_from(["thyroid", "asthma", "migraine", "diabetes", "arthritis"]),
    days=st.integers(min_value=3, max_value=90),
    product=st.sampled_from(["powder", "churan", "tel", "kadha", "capsule"]),
)
def test_a_hinglish_cure_is_flagged_and_denied_is_not(
    categories, condition: str, days: int, product: str
) -> None:
    assert HEALTH in categories(f"Yeh {product} {condition} ko {days} din mein khatam karta hai")
    assert HEALTH not in categories(f"Koi bhi {product} {condition} ko {days} din mein khatam nahi karta")
