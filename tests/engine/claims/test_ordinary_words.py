"""Risky claims in ordinary words, in English and the other languages (case tables of the team's own
examples, with each family's hard negatives, and a property per family).

Families: an unannounced deal said as chat ("we're buying a software house, announcement Monday",
"on rachète une PME le mois prochain"), a stock tip without finance jargon ("load up on QRTZ before
Friday", "our analysts reckon it triples", "the stocks we expect to double"), a guaranteed result as a
percentage or with a money-back tail ("guaranteed a 25% heavier harvest or your money back",
"Garantiert 30 % Ersparnis"), and a Japanese promise word in a sentence about profits (利益が確実,
絶対に損しません). The negatives are the same words announced, past, asked, denied or warned about, a
product's attribute, a service promise, a shopping list, a market's size, and a recipe that doubles.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

GUARANTEE = "claims.guarantee"
FINANCIAL = "claims.financial"
HEALTH = "claims.health"
CLAIMS = {GUARANTEE, FINANCIAL, HEALTH}

DEALS = [
    ("Keep it quiet, we're acquiring a Lisbon software company next month, contract's signed.", {FINANCIAL}),
    ("Between us: we're buying Helios Labs, announcement on Monday.", {FINANCIAL}),
    ("Not official yet, but the group is acquiring a ferry operator in Norway.", {FINANCIAL}),
    ("Off the record: our company is taking over a rival brewery before summer.", {FINANCIAL}),
    ("We'll acquire Tailspin Toys next quarter, paperwork is almost done.", {FINANCIAL}),
    ("Word on the street is true, we're merging with Contoso, press release in ten days.", {FINANCIAL}),
    ("Can't share details, but we are buying a Polish payments startup next month.", {FINANCIAL}),
    ("Hush: the bank is buying a wealth-management firm in Geneva.", {FINANCIAL}),
    ("Psst, we are merging with a Belgian insurer before the summer.", {FINANCIAL}),
    ("Entre nous, on rachète une PME lyonnaise le mois prochain, c'est quasi signé.", {FINANCIAL}),
    ("La rumeur est vraie : nous fusionnons avec Verdana, annonce dans deux semaines.", {FINANCIAL}),
    ("Pas encore public, mais la banque rachète une boutique de gestion à Genève.", {FINANCIAL}),
    (
        "Unter uns: wir kaufen nächsten Monat eine Brauerei in Bayern, Vertrag so gut wie unterschrieben.",
        {FINANCIAL},
    ),
    ("Das Gerücht stimmt, wir fusionieren mit Nordlicht, Ankündigung in zwei Wochen.", {FINANCIAL}),
    ("Noch nicht öffentlich, aber die Bank kauft eine Vermögensverwaltung in Zürich.", {FINANCIAL}),
    ("Entre nosotros, estamos comprando una bodega en Rioja, el acuerdo está casi firmado.", {FINANCIAL}),
    ("El rumor es cierto: nos fusionamos con Alameda, anuncio en dos semanas.", {FINANCIAL}),
    (
        "Tra noi, stiamo acquisendo una cantina in Toscana il mese prossimo, accordo quasi firmato.",
        {FINANCIAL},
    ),
    ("Confermo la voce: ci fondiamo con Solaria, annuncio tra due settimane.", {FINANCIAL}),
    (
        "Cá entre nós, estamos comprando uma vinícola no Douro no mês que vem, acordo praticamente assinado.",
        {FINANCIAL},
    ),
    ("O boato é verdade: vamos nos fundir com a Marisol, anúncio em duas semanas.", {FINANCIAL}),
    (
        "Onder ons: we kopen volgende maand een brouwerij in Gent, het contract is zo goed als getekend.",
        {FINANCIAL},
    ),
    ("Het gerucht klopt, we fuseren met Noorderlicht, aankondiging over twee weken.", {FINANCIAL}),
    # hard negatives: done or announced, another company's public deal, asked, denied, not a company
    ("We completed the acquisition of Litware last year, see the annual report.", set()),
    ("As announced this morning, we have merged with Fabrikam.", set()),
    ("As announced today, we're merging with Fabrikam to serve more customers.", set()),
    ("Reuters reports that Microsoft is acquiring a gaming studio.", set()),
    ("Google is acquiring a cybersecurity startup, the deal was announced on Tuesday.", set()),
    ("Deutsche Bank is buying a Berlin fintech, deal expected next week.", set()),
    ("Tata Group is acquiring a British carmaker, announcement soon according to Reuters.", set()),
    ("Our bank is buying a Berlin fintech in secret, announcement next week.", {FINANCIAL}),
    ("Is it true that we're acquiring Globex?", set()),
    ("We can't confirm that we're acquiring Globex.", set()),
    ("Nobody knows if we're buying Helios, don't believe the rumour.", set()),
    ("We're not acquiring anyone this year, despite the rumours.", set()),
    ("In 2019 we were acquiring a rival when the deal collapsed.", set()),
    ("We're buying new laptops for the whole team next month.", set()),
    ("Our group is buying new furniture for the office next month.", set()),
    ("We're taking over the Friday stand-up next week.", set()),
    ("We're merging with the Design team next month to form one studio.", set()),
    ("The company will buy lunch for everyone on Friday.", set()),
    ("Nous avons finalisé le rachat de Verdana l'an dernier.", set()),
    ("Comme annoncé ce matin, nous fusionnons avec Verdana.", set()),
    ("Selon la presse, Danone rachète une start-up le mois prochain.", set()),
    ("Nous fusionnons avec l'équipe marketing le mois prochain.", set()),
    ("On achète une maison le mois prochain, le compromis est signé !", set()),
    ("Wir kaufen nächste Woche neue Laptops für das Team.", set()),
    ("Wie heute angekündigt, fusionieren wir mit Nordlicht.", set()),
    ("Wir fusionieren mit dem Team aus Köln nächsten Monat.", set()),
    ("Estamos comprando sillas nuevas para la oficina el mes que viene.", set()),
    ("Stiamo acquisendo nuove competenze con il corso del mese prossimo.", set()),
    ("Estamos comprando material escolar para as crianças no mês que vem.", set()),
    ("We kopen volgende maand nieuwe laptops voor het team.", set()),
    # a company word that is not the head ("company car", "brand new"), a brand bought as goods
    ("We're buying a brand new van for deliveries next month!", set()),
    ("We are buying a company car for the sales team next month.", set()),
    ("We're buying group tickets for the concert next Friday.", set()),
    ("We're taking a group photo next Monday, don't be late.", set()),
    ("We are taking the bank holiday off, back next Tuesday.", set()),
    ("We're buying Apple laptops for all new hires next month.", set()),
    ("We're merging with Slack channels next week, please update your bookmarks.", set()),
    ("We will take Paris by storm next month with our pop-up.", set()),
    ("Nous achetons une nouvelle marque de café le mois prochain pour la cafétéria.", set()),
    ("Estamos comprando una nueva marca de café para la oficina el mes que viene.", set()),
    ("Compramos Nespresso para la oficina el mes que viene.", set()),
    ("Stiamo comprando Lavazza per l'ufficio il mese prossimo.", set()),
]

STOCK_TIPS = [
    ("Quick tip from the trading floor: load up on QRTZ before Friday.", {FINANCIAL}),
    ("Our analysts reckon it triples by next summer, get in now.", {FINANCIAL}),
    ("DM me for the shortlist of stocks we think will double this year.", {FINANCIAL}),
    ("These are the shares I expect to triple before Christmas.", {FINANCIAL}),
    (
        "Tuyau du desk : chargez-vous en actions QRTZ avant jeudi, nos analystes pensent qu'elle va doubler.",
        {FINANCIAL},
    ),
    ("Unsere Analysten glauben, dass sich die Aktie bis Jahresende verdoppelt.", {FINANCIAL}),
    ("Nuestros analistas creen que la acción se duplica antes de fin de año, compren ya.", {FINANCIAL}),
    ("I nostri analisti pensano che il titolo raddoppi entro dicembre.", {FINANCIAL}),
    ("Nossos analistas acham que a ação vai dobrar até o Natal.", {FINANCIAL}),
    ("Onze analisten denken dat het aandeel verdubbelt voor de zomer.", {FINANCIAL}),
    # hard negatives: history with its warning, other doublings, shopping, questions, job adverts, markets
    (
        "Our fund doubled over ten years; past performance is not a reliable indicator of future results.",
        set(),
    ),
    ("This recipe doubles easily for a big crowd.", set()),
    ("Our sales team doubles in size next year - we're hiring 12 reps!", set()),
    ("Hiring: equity analyst to cover stocks we expect to report next quarter.", set()),
    ("Load up on snacks before Thursday's game night!", set()),
    ("Stock up on BBQ sauce before the weekend.", set()),
    ("Which stocks do you expect to double?", set()),
    ("Les analystes prévoient que le marché des batteries va doubler d'ici 2030.", set()),
    ("Analysten erwarten, dass sich der Markt für Wärmepumpen bis 2030 verdoppelt.", set()),
    ("Los analistas prevén que el mercado de baterías se duplicará para 2030.", set()),
    ("Onze analisten verwachten dat de vraag naar warmtepompen verdubbelt.", set()),
    ("Os analistas esperam que o mercado de energia solar vá dobrar até 2030.", set()),
    ("Load up on BBQ essentials before the heatwave, tip: buy charcoal early.", set()),
    ("I'll share the list of picks we expect to double as gifts.", set()),
    ("Shares we think will double our impact: volunteering days and matching donations.", set()),
    ("Our analysts think it doubles as a great onboarding guide.", set()),
]

GUARANTEES = [
    (
        "With our feed mix you are GUARANTEED a 25% heavier harvest this autumn or your money back.",
        {GUARANTEE},
    ),
    ("Guaranteed 40% lower heating bills next winter or we refund you in full.", {GUARANTEE}),
    ("You're guaranteed a 3x bigger audience in 60 days or your money back!", {GUARANTEE}),
    ("Our coaching gets you results in 30 days or your money back.", {GUARANTEE}),
    ("Garantiert 50 % weniger Heizkosten mit unserer Wärmepumpe, ganz ohne Risiko.", {GUARANTEE}),
    ("Garantiert 30 % Ersparnis beim Sprit – kein Risiko für Sie!", {GUARANTEE}),
    ("Nous vous garantissons 35 % d'économies sur le chauffage.", {GUARANTEE}),
    ("Garanti : 40 % d'économies sur votre facture, zéro risque.", {GUARANTEE}),
    ("Garantizado un 30 % más de cosecha o te devolvemos el dinero.", {GUARANTEE}),
    ("Te garantizamos un 20 % de ahorro en la factura de la luz.", {GUARANTEE}),
    ("Vi garantiamo il 25 % in più di raccolto, senza rischi.", {GUARANTEE}),
    ("Garantimos 20 % mais de colheita já na próxima safra.", {GUARANTEE}),
    (
        "Avec notre engrais, une récolte 30 % plus grosse la saison prochaine ou on vous rembourse.",
        {GUARANTEE},
    ),
    ("Mit unserem Dünger 30 % mehr Ertrag nächste Saison oder Geld zurück.", {GUARANTEE}),
    ("Con il nostro concime il 30 % di raccolto in più o ti rimborsiamo.", {GUARANTEE}),
    ("Met onze mest 30 % meer oogst volgend seizoen of geld terug.", {GUARANTEE}),
    ("Wij garanderen 20 % meer oogst volgend seizoen.", {GUARANTEE}),
    ("この投資プランなら毎月8%のリターンが確実で、絶対に損はしません。", {GUARANTEE}),
    ("元本保証なので絶対に損をしません！", {GUARANTEE}),
    ("利益確実、元本保証の安心ファンドです。", {GUARANTEE}),
    # hard negatives: satisfaction and delivery promises, a product's attribute, a discount, warnings
    ("Satisfaction guaranteed or your money back, returns within 30 days.", set()),
    ("100% guaranteed organic cotton.", set()),
    ("Guaranteed delivery by Friday or your shipping is free.", set()),
    ("Guaranteed 20% off your first order with code HELLO.", set()),
    ("No investment is guaranteed; you may lose money.", set()),
    ("Kein Risiko für die Umwelt: unsere Verpackung ist 100 % recycelbar.", set()),
    ("Garantiert pünktliche Lieferung innerhalb von 2 Tagen.", set()),
    ("Keine Geldanlage ist garantiert, Verluste sind möglich.", set()),
    ("Livraison garantie en 48 heures, satisfait ou remboursé.", set()),
    ("Garanti 100 % satisfait ou remboursé sur tous nos matelas.", set()),
    ("Garantía de satisfacción 100 %: devolución en 30 días.", set()),
    ("Garantizado: 20 % de descuento en tu primera compra.", set()),
    ("Nessun investimento è garantito al 100 %, puoi perdere denaro.", set()),
    ("Nenhum investimento garante 10 % de retorno.", set()),
    ("Love your new mattress or your money back — 100-night trial.", set()),
    ("Guaranteed 30% of proceeds go to charity this weekend.", set()),
    ("Garantiert 100 % Zufriedenheit oder Geld zurück.", set()),
    ("Garantizamos un 100 % de satisfacción o te devolvemos el dinero.", set()),
    ("Zufrieden oder Geld zurück: 30 Tage Rückgaberecht.", set()),
    ("Soddisfatti o rimborsati entro 30 giorni.", set()),
    ("Satisfação garantida ou o seu dinheiro de volta.", set()),
    ("Tevreden of geld terug, gratis retourneren.", set()),
    ("Geen enkele belegging is gegarandeerd, u kunt geld verliezen.", set()),
    ("この商品は元本保証ではありません。", set()),
    ("投資には元本割れのリスクがあり、利益は確実ではありません。", set()),
    ("明日の配送は確実です。", set()),
]

# claims.health stays exact: its hard negatives in the other languages (charity runs, public-health
# facts, a supplement's denial) next to one product claim per language.
HEALTH_NEGATIVES = [
    ("Course contre le cancer dimanche : venez courir avec nous pour la recherche !", set()),
    ("Aucun complément alimentaire ne guérit le diabète, parlez-en à votre médecin.", set()),
    ("La vaccination prévient la rougeole : pensez au rappel.", set()),
    ("Spendenlauf gegen Krebs am Samstag – jeder Kilometer zählt!", set()),
    ("Kein Nahrungsergänzungsmittel heilt Arthritis, sagt die Verbraucherzentrale.", set()),
    ("Carrera solidaria contra el cáncer este domingo, ¡apúntate!", set()),
    ("Ningún suplemento cura la diabetes; consulte a su médico.", set()),
    ("Corsa benefica contro il cancro domenica prossima, iscriviti!", set()),
    ("Nessun integratore cura l'insonnia, parlane con il tuo medico.", set()),
    ("Nenhum suplemento cura a diabetes, fale com o seu médico.", set()),
    ("Sponsorloop tegen kanker op zondag, doe mee!", set()),
    ("Geen enkel supplement geneest reuma, zegt de huisarts.", set()),
    ("この製品は病気を治すものではありません。", set()),
    ("Ce thé guérit l'arthrose en deux semaines.", {HEALTH}),
    ("Dieser Tee heilt Arthritis in zwei Wochen.", {HEALTH}),
    ("Este té cura la artritis en dos semanas.", {HEALTH}),
    ("Questo tè cura l'insonnia in due settimane.", {HEALTH}),
    ("Este chá cura a artrite em duas semanas.", {HEALTH}),
    ("Deze thee geneest reuma in twee weken.", {HEALTH}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, id=f"{family}-{i}")
        for family, cases in (
            ("deal", DEALS),
            ("stock-tip", STOCK_TIPS),
            ("guarantee", GUARANTEES),
            ("health", HEALTH_NEGATIVES),
        )
        for i, (text, expected) in enumerate(cases)
    ],
)
def test_claims_in_ordinary_words(categories, text: str, expected: set[str]) -> None:
    assert categories(text) & CLAIMS == expected


@settings(max_examples=100, deadline=None)
@given(
    lead=st.sampled_from(["", "Between us, ", "Can't say much but ", "Not public yet but ", "Heads up: "]),
    subject=st.sampled_from(["we're", "we are", "the bank is", "our group is", "the company will"]),
    verb=st.sampled_from(["acquiring", "buying", "taking over", "acquire", "buy"]),
    target=st.sampled_from(
        [
            "Zephyr Analytics",
            "a Danish shipping firm",
            "a rival bakery chain",
            "Orchid Bio",
            "an Irish insurer",
        ]
    ),
    when=st.sampled_from(
        ["next month", "announcement soon", "deal's signed", "closing in Q3", "press release Friday"]
    ),
)
def test_a_deal_said_ahead_is_flagged_but_not_once_announced_or_asked(
    categories, lead: str, subject: str, verb: str, target: str, when: str
) -> None:
    assert FINANCIAL in categories(f"{lead}{subject} {verb} {target}, {when}.")
    assert FINANCIAL not in categories(f"As announced today, {subject} {verb} {target}, {when}.")
    assert FINANCIAL not in categories(f"Is it true that {subject} {verb} {target}?")
    assert FINANCIAL not in categories(f"{subject.capitalize()} {verb} new chairs for the office, {when}.")


# (lead, verb, company, time ahead, shopping) per language: the same sentence with a company is a deal,
# with office supplies it is shopping.
DEALS_ABROAD = {
    "fr": (
        "Entre nous, on",
        "rachète",
        "une PME nantaise",
        "le mois prochain, c'est signé",
        "des chaises neuves",
    ),
    "de": (
        "Unter uns: wir",
        "kaufen",
        "einen Konkurrenten aus Linz",
        "nächsten Monat, Vertrag unterschrieben",
        "neue Stühle",
    ),
    "es": (
        "Entre nosotros, estamos",
        "comprando",
        "una aseguradora gallega",
        "el mes próximo, acuerdo firmado",
        "sillas nuevas",
    ),
    "it": (
        "Tra noi, stiamo",
        "acquisendo",
        "un birrificio veneto",
        "il mese prossimo, accordo firmato",
        "sedie nuove",
    ),
    "pt": (
        "Cá entre nós, estamos",
        "comprando",
        "uma seguradora do Porto",
        "no próximo mês, acordo assinado",
        "cadeiras novas",
    ),
    "nl": (
        "Onder ons: we",
        "kopen",
        "een verzekeraar uit Utrecht",
        "volgende maand, contract getekend",
        "nieuwe stoelen",
    ),
}


@settings(max_examples=60, deadline=None)
@given(lang=st.sampled_from(sorted(DEALS_ABROAD)))
def test_a_deal_said_ahead_is_flagged_in_other_languages_but_not_shopping(categories, lang: str) -> None:
    lead, verb, company, when, shopping = DEALS_ABROAD[lang]
    assert FINANCIAL in categories(f"{lead} {verb} {company} {when}.")
    assert FINANCIAL not in categories(f"{lead} {verb} {shopping} {when}.")


@settings(max_examples=100, deadline=None)
@given(
    who=st.sampled_from(["Our analysts", "The desk", "Our strategists", "The traders"]),
    verb=st.sampled_from(["think", "reckon", "expect", "bet"]),
    it=st.sampled_from(["it", "the stock", "shares", "it will"]),
    move=st.sampled_from(["doubles", "triples", "double", "triple", "soars"]),
    when=st.sampled_from(["by year end", "before Christmas", "after the launch", "this quarter"]),
    ticker=st.from_regex(r"[A-Z]{3,5}", fullmatch=True),
)
def test_a_stock_tip_in_plain_words_is_flagged_but_not_a_recipe_or_a_team(
    categories, who: str, verb: str, it: str, move: str, when: str, ticker: str
) -> None:
    assert FINANCIAL in categories(f"{who} {verb} {it} {move} {when}.")
    assert FINANCIAL in categories(f"Hot tip from the desk: load up on {ticker} {when}.")
    assert FINANCIAL in categories(f"Here are the stocks we expect to {move.rstrip('s')} {when}.")
    assert FINANCIAL not in categories(f"This recipe {move} {when}, perfect for a crowd.")
    assert FINANCIAL not in categories(f"Our support team {move} in size {when}.")


@settings(max_examples=100, deadline=None)
@given(
    lead=st.sampled_from(["You are GUARANTEED", "Guaranteed:", "We guarantee you", "guaranteed"]),
    article=st.sampled_from(["a ", "at least ", ""]),
    amount=st.integers(min_value=2, max_value=300),
    unit=st.sampled_from(["%", "x"]),
    more=st.sampled_from(["bigger harvest", "higher yield", "more leads", "lower bills", "greater savings"]),
    tail=st.sampled_from([" or your money back", " next season", ""]),
)
def test_a_guaranteed_result_in_numbers_is_flagged_but_not_a_discount_or_a_material(
    categories, lead: str, article: str, amount: int, unit: str, more: str, tail: str
) -> None:
    assert GUARANTEE in categories(f"{lead} {article}{amount}{unit} {more}{tail}!")
    assert GUARANTEE not in categories(f"Guaranteed {amount}% off your first order{tail}.")
    assert GUARANTEE not in categories(
        f"No one can promise {article}{amount}{unit} {more}: nothing is guaranteed."
    )


# A guaranteed percentage in each language (guarantee word, amount, outcome), and the same words offering
# a discount: the first is a promised result, the second a price.
PERCENT_GUARANTEES = {
    "de": ("Garantiert {n} % Ersparnis beim Heizen!", "Garantiert {n} % Rabatt auf alles!"),
    "fr": ("Nous vous garantissons {n} % d'économies.", "Garanti : {n} % de remise sur tout !"),
    "es": ("Te garantizamos un {n} % de ahorro.", "Garantizado: {n} % de descuento en todo."),
    "it": ("Vi garantiamo il {n} % di risparmio.", "Garantito: {n} % di sconto su tutto."),
    "pt": ("Garantimos {n} % de economia na conta.", "Garantido: {n} % de desconto em tudo."),
    "nl": ("Wij garanderen {n} % besparing.", "Gegarandeerd {n} % korting op alles."),
}


@settings(max_examples=100, deadline=None)
@given(lang=st.sampled_from(sorted(PERCENT_GUARANTEES)), n=st.integers(min_value=5, max_value=100))
def test_a_guaranteed_percentage_is_flagged_in_other_languages_but_not_a_discount(
    categories, lang, n
) -> None:
    promise, discount = PERCENT_GUARANTEES[lang]
    assert GUARANTEE in categories(promise.format(n=n))
    assert GUARANTEE not in categories(discount.format(n=n))


@settings(max_examples=60, deadline=None)
@given(
    what=st.sampled_from(["利益", "リターン", "収益", "配当"]),
    particle=st.sampled_from(["が", "は", ""]),
    promise=st.sampled_from(["確実", "確定"]),
    lose=st.sampled_from(["絶対に損しません", "絶対に損はしません", "絶対に負けません"]),
)
def test_a_japanese_promise_word_about_profits_is_a_guarantee_but_not_its_denial(
    categories, what: str, particle: str, promise: str, lose: str
) -> None:
    assert GUARANTEE in categories(f"毎月5%の{what}{particle}{promise}です！")
    assert GUARANTEE in categories(f"このファンドなら{lose}！")
    assert GUARANTEE not in categories(f"投資なので{what}{particle}{promise}ではありません。")


# A result next to a refund in each language, and the same refund after a satisfaction promise.
MONEY_BACK = {
    "en": ("{n}% more leads in a month or your money back.", "Love it or your money back, {n}-day returns."),
    "fr": ("{n} % de récolte en plus ou on vous rembourse.", "Satisfait ou remboursé pendant {n} jours."),
    "de": ("{n} % mehr Ertrag oder Geld zurück.", "Zufrieden oder Geld zurück, {n} Tage lang."),
    "es": (
        "Un {n} % más de cosecha o te devolvemos el dinero.",
        "Satisfacción o te devolvemos el dinero en {n} días.",
    ),
    "it": ("Il {n} % di raccolto in più o ti rimborsiamo.", "Soddisfatti o rimborsati entro {n} giorni."),
    "pt": (
        "{n} % mais de colheita ou o seu dinheiro de volta.",
        "Satisfação ou o seu dinheiro de volta em {n} dias.",
    ),
    "nl": ("{n} % meer oogst of geld terug.", "Tevreden of geld terug binnen {n} dagen."),
}


@settings(max_examples=100, deadline=None)
@given(lang=st.sampled_from(sorted(MONEY_BACK)), n=st.integers(min_value=5, max_value=90))
def test_a_result_or_your_money_back_is_a_guarantee_but_not_a_satisfaction_promise(
    categories, lang, n
) -> None:
    result, satisfaction = MONEY_BACK[lang]
    assert GUARANTEE in categories(result.format(n=n))
    assert GUARANTEE not in categories(satisfaction.format(n=n))
