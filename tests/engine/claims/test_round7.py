"""Round 7 claim families (case tables of the team's own examples, with each family's hard negatives,
and a property per family).

Families: a pet's or a horse's condition cured or treated ("heals itchy skin in cats", "behandelt
juckende Haut bei Katzen"); a health claim asked as a question and answered with doubt ("Can zinc
cure a cold? No, ..."); money promised never to get worse ("guarantees your premiums will never go
up") and "risk-free" as an afterthought after a comma; "risk-free" asked about, not used ("people ask
whether our account is risk-free"); code-mixed forecasts, a deal about to be announced, guidance said
to go up; a code name in its cultural sense (a song, a record car).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

HEALTH = "claims.health"
GUARANTEE = "claims.guarantee"
FINANCIAL = "claims.financial"
CODENAME = "confidential.codename"
CLAIMS = {HEALTH, GUARANTEE, FINANCIAL}

common = settings(max_examples=80, deadline=None)

ANIMAL_CONDITIONS = [
    ("Our joint chews cure hip dysplasia in dogs within weeks.", {HEALTH}),
    ("This salmon kibble heals itchy skin in cats for good.", {HEALTH}),
    ("Our omega drops treat joint stiffness in senior dogs.", {HEALTH}),
    ("Our herbal balm cures mange in two weeks.", {HEALTH}),
    ("Il nostro integratore guarisce la rogna nei gatti in una settimana.", {HEALTH}),
    ("Ce shampooing soigne les démangeaisons chez les chiens.", {HEALTH}),
    ("Este champú trata la sarna en perros y gatos.", {HEALTH}),
    ("Unsere Tropfen behandeln juckende Haut bei Katzen.", {HEALTH}),
    ("Deze kruiden genezen jeuk bij paarden.", {HEALTH}),
    ("Este óleo trata a sarna nos cães.", {HEALTH}),
    # hard negatives: snacks, care, training, toys, denials, a vet's opening hours
    ("Grain-free treats for dogs with sensitive tummies, now 20% off.", set()),
    ("Our crunchy treats in dog shapes are back.", set()),
    ("We treat every dog in our care like family.", set()),
    ("Our vet treats cats and dogs six days a week.", set()),
    ("Our puzzle toy prevents boredom in dogs.", set()),
    ("This harness stops pulling in dogs in a week.", set()),
    ("No supplement cures hip dysplasia in dogs, whatever the ads say.", set()),
    ("Aucun complément ne guérit la dysplasie chez le chien.", set()),
    ("Ningún pienso cura la displasia en perros.", set()),
    ("La cura en perros mayores requiere paciencia y paseos cortos.", set()),
    ("Wir behandeln jeden Hund bei uns wie Familie.", set()),
]

DOUBTED_QUESTIONS = [
    ("Does zinc cure a cold faster? No, but it may shorten it slightly, says our pharmacist.", set()),
    ("Myth or fact: does garlic prevent the flu? Myth — nothing replaces the flu jab.", set()),
    ("Can turmeric really reverse arthritis? The research is inconclusive so far.", set()),
    ("Verhindert Ingwer wirklich Erkältungen? Die Studienlage ist leider dünn, sagt sie.", set()),
    ("Heilt Zink eine Erkältung? Nein, aber es kann sie etwas verkürzen.", set()),
    ("¿El ajo previene la gripe? No hay pruebas sólidas, explica nuestra farmacéutica.", set()),
    ("¿Es verdad que la cúrcuma cura la artritis? La evidencia es escasa.", set()),
    ("Le miel guérit-il la toux ? Les études sont mitigées, répond notre pharmacien.", set()),
    ("Il limone previene il raffreddore? Purtroppo le prove sono scarse.", set()),
    ("Voorkomt vitamine C griep? Het bewijs is zwak, zegt onze apotheker.", set()),
    ("O alho previne a gripe? Não há provas sólidas, diz a nossa farmacêutica.", set()),
    ("People often ask whether turmeric cures arthritis. The honest answer: the evidence is weak.", set()),
    ("Customers ask if our honey prevents colds; we can't say it does.", set()),
    # the claim made: answered yes, or no question at all
    ("Can turmeric cure arthritis? Our capsules do, in four weeks!", {HEALTH}),
    ("Can our balm heal eczema? Yes, in two weeks.", {HEALTH}),
    ("Want to beat migraines? Our roll-on cures them in minutes.", {HEALTH}),
    ("Our tea prevents cancer. Don't believe the doubters.", {HEALTH}),
    ("Unser Tee verhindert Erkältungen. Probieren Sie ihn jetzt!", {HEALTH}),
    ("Nuestro té previene la gripe. ¡Pruébalo hoy!", {HEALTH}),
]

MONEY_NEVER_WORSE = [
    ("Our fixed plan guarantees your rates will never rise.", {GUARANTEE}),
    ("With us your price is guaranteed never to increase.", {GUARANTEE}),
    ("This cover promises your premium will never go up, whatever you claim.", {GUARANTEE}),
    ("Switch today and save, risk-free for life.", {GUARANTEE}),
    ("Lock in today, totally risk-free.", {GUARANTEE}),
    ("Our new saver pays 4.1% fixed, and it's risk-free for a full year.", {GUARANTEE}),
    ("This guarantees your premiums will never rise.", {GUARANTEE}),
    ("Unser Tarif garantiert, dass Ihre Beiträge niemals steigen.", {GUARANTEE}),
    ("Nuestro seguro garantiza que tu cuota nunca subirá.", {GUARANTEE}),
    ("Notre contrat garantit que vos cotisations n'augmenteront jamais.", {GUARANTEE}),
    ("Garantiamo che la tua rata non salirà mai.", {GUARANTEE}),
    ("Deze polis garandeert dat je premie nooit stijgt.", {GUARANTEE}),
    ("O nosso plano garante que a sua mensalidade nunca vai subir.", {GUARANTEE}),
    # hard negatives: a product's quality, a denial, the word asked about
    ("We guarantee our coffee will never go stale.", set()),
    ("Wir garantieren, dass Sie nie allein sind.", set()),
    ("Wir garantieren nicht, dass die Beiträge nie steigen.", set()),
    ("Nadie puede garantizar que tu cuota nunca suba.", set()),
    ("Nous garantissons que vous ne serez jamais seul face à un sinistre.", set()),
    ("Non possiamo garantire che il premio non aumenti mai.", set()),
    ("Our paint is guaranteed never to fade.", set()),
    ("Our warranty guarantees the parts will never rust for 10 years.", set()),
    ("We can't guarantee your premiums will never go up; they follow claims costs.", set()),
    ("Nobody can promise rates will never rise.", set()),
    ("Is anything truly risk-free? No, and anyone who says so is selling something.", set()),
    ("People ask if our bond fund is risk-free. Honest answer: no fund is.", set()),
    ("Customers often wonder whether crypto staking is risk-free. It isn't.", set()),
    ("A question we hear: is our cash ISA risk-free? It's protected up to the limit, nothing more.", set()),
]

FORECASTS_AND_DEALS = [
    ("Next quarter earnings van a estar brutales, ya vi el borrador.", {FINANCIAL}),
    ("Las ventas del Q4 van a estar increíbles, confiad.", {FINANCIAL}),
    ("Os resultados do trimestre vão ser incríveis, confiem.", {FINANCIAL}),
    ("Die Revenue wird sich nächstes Jahr verdreifachen, glaubt mir.", {FINANCIAL}),
    ("Le revenue va exploser l'an prochain, croyez-moi.", {FINANCIAL}),
    ("I ricavi will double next year, fidatevi.", {FINANCIAL}),
    ("Our Umsatz is going to double next year.", {FINANCIAL}),
    ("Onze revenue gaat volgend jaar verdubbelen.", {FINANCIAL}),
    ("Nuestra previsión para 2027 es súper bullish, comprad ya.", {FINANCIAL}),
    ("Honestly our internal outlook is insanely bullish for FY28.", {FINANCIAL}),
    ("We're about to announce the purchase of a payments startup in Ohio.", {FINANCIAL}),
    ("We are on the verge of buying a logistics firm, keep it quiet.", {FINANCIAL}),
    ("We're days away from acquiring Harbor Analytics, say nothing yet.", {FINANCIAL}),
    ("The deal signs next week, then we own the biggest rival in town.", {FINANCIAL}),
    ("Our FY26 revenue guidance goes up next month, trust me.", {FINANCIAL}),
    ("We'll raise our full-year guidance on Thursday's call.", {FINANCIAL}),
    ("Wir stehen kurz davor, die Übernahme von Nordlicht bekanntzugeben.", {FINANCIAL}),
    ("Wir sind kurz davor, ein Softwarehaus in Leipzig zu kaufen.", {FINANCIAL}),
    ("Unsere Umsatzprognose geht nächste Woche nach oben.", {FINANCIAL}),
    ("Wir werden unsere Prognose am Donnerstag anheben.", {FINANCIAL}),
    ("Vamos a subir nuestra previsión de ingresos el jueves.", {FINANCIAL}),
    ("Nous allons relever nos prévisions de chiffre d'affaires jeudi.", {FINANCIAL}),
    ("Alzeremo la guidance sui ricavi giovedì.", {FINANCIAL}),
    ("We gaan onze omzetprognose donderdag verhogen.", {FINANCIAL}),
    ("Vamos aumentar o guidance de receita na quinta-feira.", {FINANCIAL}),
    # hard negatives: results reported, announced deals, questions, others' views, a garden
    ("Die Prognose wurde im Mai angehoben, wie gemeldet.", set()),
    ("Kurz davor, die Firma zu verlassen, schrieb er ein Buch.", set()),
    ("Wir waren kurz davor, die Übernahme abzuschließen, dann platzte sie.", set()),
    ("Last year revenue doubled, as reported in our annual report.", set()),
    ("Our revenue guidance went up in May, as announced.", set()),
    ("Analysts ask whether guidance goes up this year.", set()),
    ("We just announced the purchase of a fiber startup, press release on our site.", set()),
    ("The council is about to announce the purchase of new buses.", set()),
    ("Los resultados de 2023 fueron increíbles, gracias equipo.", set()),
    ("¿Las ventas van a estar increíbles? Nadie lo sabe.", set()),
    ("Our bullish case for the garden: tomatoes will double this year.", set()),
    ("The lease deal signs next week, then we move into the new office.", set()),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, id=f"{family}-{i}")
        for family, cases in (
            ("animal", ANIMAL_CONDITIONS),
            ("doubted", DOUBTED_QUESTIONS),
            ("never-worse", MONEY_NEVER_WORSE),
            ("forecast-or-deal", FORECASTS_AND_DEALS),
        )
        for i, (text, expected) in enumerate(cases)
    ],
)
def test_round7_claim_families(categories, text: str, expected: set[str]) -> None:
    assert categories(text) & CLAIMS == expected


CURES = ["cures", "heals", "treats", "reverses"]
ANIMAL_PROBLEMS = ["hip dysplasia", "itchy skin", "joint stiffness", "hot spots", "ear infections"]
ANIMALS = ["dogs", "cats", "senior dogs", "horses", "older cats", "puppies"]
PRODUCTS = ["Our chew", "This balm", "The new kibble", "Our drops", "This shampoo"]


@common
@given(
    product=st.sampled_from(PRODUCTS),
    verb=st.sampled_from(CURES),
    problem=st.sampled_from(ANIMAL_PROBLEMS),
    animal=st.sampled_from(ANIMALS),
    denied=st.booleans(),
)
def test_a_product_curing_an_animals_condition_is_a_health_claim(
    categories, product: str, verb: str, problem: str, animal: str, denied: bool
) -> None:
    claim = f"{product} {verb} {problem} in {animal}."
    text = f"No product {verb} {problem} in {animal}, whatever the ads say." if denied else claim
    assert (HEALTH in categories(text)) == (not denied)


QUESTIONS = [
    "Can {thing} {verb} {disease}?",
    "Is it true that {thing} {verbs} {disease}?",
    "Does {thing} really {verb} {disease}?",
]
THINGS = ["vitamin C", "green tea", "garlic", "zinc", "honey", "turmeric"]
HEALTH_VERBS = [("prevent", "prevents"), ("cure", "cures"), ("treat", "treats")]
DISEASES = ["colds", "the flu", "cancer", "arthritis", "migraines"]
DOUBTS = [
    "Studies don't show a clear benefit.",
    "Short answer: the evidence is mixed.",
    "No, but it can help a little.",
    "The research is inconclusive.",
    "That's a myth, says our pharmacist.",
]
AFFIRMATIONS = ["Yes, ours does, in days!", "Absolutely, try our capsules today.", "Ours does. Order now."]


@common
@given(
    question=st.sampled_from(QUESTIONS),
    thing=st.sampled_from(THINGS),
    verbs=st.sampled_from(HEALTH_VERBS),
    disease=st.sampled_from(DISEASES),
    answer=st.sampled_from(DOUBTS + AFFIRMATIONS),
)
def test_a_health_claim_asked_and_answered_with_doubt_is_not_a_claim(
    categories, question: str, thing: str, verbs: tuple[str, str], disease: str, answer: str
) -> None:
    text = question.format(thing=thing, verb=verbs[0], verbs=verbs[1], disease=disease) + " " + answer
    assert (HEALTH in categories(text)) == (answer in AFFIRMATIONS)


MONEY = ["premiums", "rates", "monthly price", "bill", "fees"]
WORSE = ["go up", "rise", "increase", "climb"]


@common
@given(
    money=st.sampled_from(MONEY),
    worse=st.sampled_from(WORSE),
    asked=st.booleans(),
    lead=st.sampled_from(["Good news: ", "", "Switch now! "]),
)
def test_money_promised_never_to_get_worse_is_a_guarantee(
    categories, money: str, worse: str, asked: bool, lead: str
) -> None:
    if asked:
        text = f"{lead}People ask whether our plan is risk-free and if your {money} can {worse}. They can."
    else:
        text = f"{lead}Our plan guarantees your {money} will never {worse}, risk-free for life."
    assert (GUARANTEE in categories(text)) == (not asked)


EN_NOUNS = ["revenue", "earnings", "sales", "profit"]
MIXED_FORECASTS = [
    "Nächstes Jahr wird sich unser {noun} verdoppeln, glaubt mir.",
    "Ojo: los {noun} van a duplicar el año que viene.",
    "Les {noun} vont doubler l'an prochain, croyez-moi.",
    "Il {noun} dovrebbe raddoppiare entro l'estate.",
    "Onze {noun} gaat volgend jaar verdubbelen.",
    "A nossa {noun} vai triplicar no próximo ano.",
]
REPORTED = [
    "Letztes Jahr hat sich unser {noun} verdoppelt, wie berichtet.",
    "El año pasado los {noun} se duplicaron, como publicamos.",
    "L'an dernier, les {noun} ont doublé, comme annoncé.",
]


@common
@given(
    noun=st.sampled_from(EN_NOUNS),
    template=st.sampled_from(MIXED_FORECASTS + REPORTED),
)
def test_a_code_mixed_forecast_is_a_financial_claim(categories, noun: str, template: str) -> None:
    text = template.format(noun=noun)
    assert (FINANCIAL in categories(text)) == (template in MIXED_FORECASTS)


@common
@given(
    lead=st.sampled_from(["We're about to announce", "We are set to announce", "Next week we'll announce"]),
    deal=st.sampled_from(["the purchase of", "the acquisition of"]),
    target=st.sampled_from(["a fiber startup", "a regional bank", "a Dutch insurer", "a software company"]),
    public=st.booleans(),
)
def test_a_purchase_about_to_be_announced_is_a_financial_claim(
    categories, lead: str, deal: str, target: str, public: bool
) -> None:
    announced = f"Today we announced {deal} {target}; the release is on our site."
    text = announced if public else f"{lead} {deal} {target}."
    assert (FINANCIAL in categories(text)) == (not public)


NEVER_WORSE_IN_LANGUAGES = [
    ("Unser {product} garantiert, dass Ihre {money} niemals steigen.", ["Beiträge", "Prämien", "Preise"]),
    ("Nuestro {product} garantiza que tu {money} nunca subirá.", ["cuota", "prima", "tarifa"]),
    ("Notre {product} garantit que vos {money} n'augmenteront jamais.", ["cotisations", "primes", "tarifs"]),
    ("La nostra {product} garantisce che il {money} non aumenterà mai.", ["premio", "canone", "prezzo"]),
    ("Onze {product} garandeert dat je {money} nooit stijgt.", ["premie", "prijs", "huur"]),
    ("O nosso {product} garante que a sua {money} nunca vai subir.", ["mensalidade", "tarifa", "renda"]),
]
DENIED_IN_LANGUAGES = [
    "Niemand kann garantieren, dass Ihre {money} niemals steigen.",
    "Nadie puede garantizar que tu {money} nunca suba.",
    "Personne ne garantit que vos {money} n'augmenteront jamais.",
    "Nessuno garantisce che il {money} non aumenterà mai.",
    "Niemand garandeert dat je {money} nooit stijgt.",
    "Ninguém garante que a sua {money} nunca vai subir.",
]


@common
@given(data=st.data(), product=st.sampled_from(["plan", "seguro", "contrat", "polizza", "polis", "plano"]))
def test_money_promised_never_to_get_worse_is_a_guarantee_in_other_languages(
    categories, data, product: str
) -> None:
    i = data.draw(st.integers(min_value=0, max_value=len(NEVER_WORSE_IN_LANGUAGES) - 1))
    template, moneys = NEVER_WORSE_IN_LANGUAGES[i]
    money = data.draw(st.sampled_from(moneys))
    denied = data.draw(st.booleans())
    promised = template.format(product=product, money=money)
    text = DENIED_IN_LANGUAGES[i].format(money=money) if denied else promised
    assert (GUARANTEE in categories(text)) == (not denied)
