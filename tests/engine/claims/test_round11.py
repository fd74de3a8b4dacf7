"""Round 11 classes of claims (the team's own examples, hard negatives, and a property per class).

1. Share-price and revenue forecasts, stock tips and secret deals outside the languages covered well:
   Korean present-tense forecasts ("주가 두 배 간다"), Chinese and Japanese deals kept secret or announced
   next month, Polish figures "przekroczą", Dutch "N% omhoog" and "koop nu" next to our stock, Swedish
   records ahead and "aktien är ett fynd", English slang ("EPS gonna be insane") and "we expect it to
   double our revenue" (a code name doing it is still a forecast). Past results, others' forecasts,
   questions and job adverts stay clean.
2. Guarantees in pt/es/it and neighbours: an approval guaranteed ("aprovação garantida"), credit approved
   for everyone or for those refused elsewhere, "100% sem risco", "sin riesgo para ti", "efficacité
   garantie"; service guarantees (delivery, refunds), films approved for all audiences, state-backed
   loans and health-safety statements stay clean.
3. Health claims in Hinglish and code-mixed posts: a product "X se bachata hai", "covid nahi hoga", and
   the same in Devanagari; public-health advice (vaccines, masks, washing hands, mosquito nets), questions
   and plain facts stay clean.
4. Warnings that quote a guaranteed-return or cure phrase to warn against it: quotation marks or brackets
   with a warning, scam or "doesn't exist" frame, or whoever promises it named before it ("anyone
   promising", "si alguien te promete", "quem promete", "chi ti promette"), in many languages; a
   question answered with distrust ("¿Un batido que cura el cáncer? Desconfía"). The same phrase made
   as an offer is still flagged.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

HEALTH = "claims.health"
GUARANTEE = "claims.guarantee"
FINANCIAL = "claims.financial"
WATCHED = {HEALTH, GUARANTEE, FINANCIAL}

common = settings(max_examples=80, deadline=None)

FORECASTS_AND_TIPS = [
    ("실적 발표 끝나면 우리 주가 두 배 간다, 지금 사라!", {FINANCIAL}),
    ("다음 주 신제품 나오면 주가 폭등한다, 빨리 매수하세요.", {FINANCIAL}),
    ("내일 공시 뜨면 주가 세 배 갑니다.", {FINANCIAL}),
    ("我们在悄悄收购一家越南物流公司，下周宣布。", {FINANCIAL}),
    ("公司正秘密并购一家芯片厂，年底前公布。", {FINANCIAL}),
    ("收购谈得差不多了，下个月就官宣。", {FINANCIAL}),
    ("当社は極秘で競合を買収中、来月発表です。", {FINANCIAL}),
    ("水面下で物流会社の買収を進めています。発表は来週。", {FINANCIAL}),
    ("W tym roku nasz zysk przekroczy 80 mln zł, to pewne.", {FINANCIAL}),
    ("Przychody sięgną miliarda w 2027 — gwarantuję.", {FINANCIAL}),
    ("Nasze przychody osiągną 2 mld zł w przyszłym roku!", {FINANCIAL}),
    ("Onze koers gaat na de cijfers zeker 30% omhoog, koop nu!", {FINANCIAL}),
    ("De winst zal volgend jaar met 25% omhoog gaan.", {FINANCIAL}),
    ("Na de overname schiet het aandeel omhoog, koop vandaag nog aandelen.", {FINANCIAL}),
    ("Vi kommer slå rekord i omsättning i år, köp aktien.", {FINANCIAL}),
    ("Bolaget ska slå rekord i vinst nästa år, aktien är ett klipp just nu.", {FINANCIAL}),
    ("Aktien är ett fynd nu, rapporten blir fantastisk.", {FINANCIAL}),
    ("Vinsten kommer fördubblas nästa kvartal.", {FINANCIAL}),
    ("stock's gonna rip after earnings, load up", {FINANCIAL}),
    ("our shares gonna moon after the launch fr, load up now", {FINANCIAL}),
    ("ngl revenue this quarter gonna be massive, buy before the call", {FINANCIAL}),
    ("EPS next quarter gonna be huge 🚀", {FINANCIAL}),
    ("Once Nightjar launches we expect it to triple our subscription revenue.", {FINANCIAL}),
    ("We expect the new plant to double our sales by 2027.", {FINANCIAL}),
    ("We expect Bluebird to more than double our ARR next year.", {FINANCIAL}),
    # hard negatives: history, hearsay, questions, others' forecasts, job adverts, weather and sport
    ("작년에 주가가 두 배 갔다.", set()),
    ("주가가 두 배 간다는 말은 사기입니다.", set()),
    ("주가가 두 배 갈까요?", set()),
    ("去年我们收购了一家物流公司。", set()),
    ("据报道，该公司上个月宣布收购一家银行。", set()),
    ("我们会秘密收购别的公司吗？不会。", set()),
    ("昨年、A社を買収しました。", set()),
    ("W zeszłym roku przychody przekroczyły 500 mln zł.", set()),
    ("Czy przychody przekroczą 500 mln zł? Zobaczymy.", set()),
    ("Według prognoz analityków przychody przekroczą 500 mln zł.", set()),
    ("Het aandeel ging vorig jaar 20% omhoog.", set()),
    ("Volgens analisten gaat het aandeel 20% omhoog.", set()),
    ("Koop nu je tickets voor het festival!", set()),
    ("Vi slog rekord i vinst förra kvartalet.", set()),
    ("Var aktien ett fynd? Ingen vet.", set()),
    ("Vi kommer slå rekord i antal besökare på mässan!", set()),
    ("Analysts expect Contoso to double revenue by 2028, says Reuters.", set()),
    ("Last year revenue doubled, according to the annual report.", set()),
    ("Do you expect the merger to boost revenue? Hard to say.", set()),
    ("Weather: we expect temperatures to double by noon, and rain.", set()),
    ("Our forecast says the Lakers will win by 10 tonight.", set()),
    ("Job: Sales Manager, you will grow our revenue in EMEA.", set()),
    ("We expect the successful candidate to double our sales pipeline.", set()),
    ("According to its published guidance, Contoso expects revenue of $2bn.", set()),
    ("Is our stock gonna rip after earnings? Nobody knows.", set()),
    ("Black Friday sales gonna be insane, set your alarms!", set()),
]


GUARANTEES = [
    ("Aprovação garantida em 24h, 100% sem risco para você!", {GUARANTEE}),
    ("Empréstimo com aprovação garantida mesmo para negativados.", {GUARANTEE}),
    ("Empréstimo liberado para todos, até para negativados!", {GUARANTEE}),
    ("Crédito aprovado na hora para qualquer pessoa.", {GUARANTEE}),
    ("Aprobación garantizada en 24 horas, 100% sin riesgo para ti.", {GUARANTEE}),
    ("Préstamos aprobados para todos, incluso en ASNEF.", {GUARANTEE}),
    ("Préstamo aprobado garantizado para todos, sin revisar tu historial.", {GUARANTEE}),
    ("Prestiti approvati a tutti, anche ai cattivi pagatori.", {GUARANTEE}),
    ("Finanziamento garantito anche ai protestati.", {GUARANTEE}),
    ("Approvazione in 24 ore, 100% senza rischi per te!", {GUARANTEE}),
    ("Notre sérum anti-rides : efficacité garantie ou remboursé !", {GUARANTEE}),
    ("Kredyt dla każdego, gwarantowana akceptacja wniosku!", {GUARANTEE}),
    # hard negatives: service guarantees, audiences, history, state-backed loans, health safety, warnings
    ("Entrega garantida em 24h ou seu frete de volta.", set()),
    ("Garantia de reembolso de 30 dias, sem perguntas.", set()),
    ("Entrega garantida para todos os clientes em 48h.", set()),
    ("Envío garantizado en 48 horas a toda la península.", set()),
    ("Garantía de devolución para todos los pedidos.", set()),
    ("Consegna garantita entro 24 ore.", set()),
    ("Il rimborso è garantito entro 14 giorni dal reso.", set()),
    ("Livraison garantie avant Noël.", set()),
    ("O empréstimo foi aprovado para todos os funcionários que pediram.", set()),
    ("Filme aprovado para todos os públicos.", set()),
    ("Finanziamento garantito dallo Stato per le PMI.", set()),
    ("Il prestito è garantito dal Fondo per tutti i soci.", set()),
    ("El préstamo fue aprobado para todos los socios en la asamblea.", set()),
    ("Sin riesgo para la salud, según la EFSA.", set()),
    ("A aprovação do crédito está sujeita a análise.", set()),
    ("Nenhum investimento é 100% sem risco.", set()),
]


HINGLISH_HEALTH = [
    ("Yeh ayurvedic kadha corona aur dengue dono se bachata hai, 100% natural 🌿", {HEALTH}),
    ("Ye kadha immunity badhata hai, covid nahi hoga.", {HEALTH}),
    ("Humara giloy juice dengue aur malaria se raksha karta hai.", {HEALTH}),
    ("Is tel ki 2 boond roz, cancer kabhi nahi hoga!", {HEALTH}),
    ("Bhai ye powder lo, sugar se bachata hai aur BP bhi control.", {HEALTH}),
    ("हमारा काढ़ा कोरोना से बचाता है।", {HEALTH}),
    ("Haldi wala doodh flu se door rakhta hai, try karo humara mix.", {HEALTH}),
    # hard negatives: public-health advice, questions, plain facts
    ("Vaccine lagwao, corona se bachata hai.", set()),
    ("Mask pehno, covid se bachata hai.", set()),
    ("Machhar se bachne ke liye jaali lagao, dengue nahi hoga.", set()),
    ("Kya haldi doodh corona se bachata hai? Doctor se poocho.", set()),
    ("Dadaji ko sugar nahi hai, bas BP ki dawai lete hain.", set()),
    ("Haath dhote raho, infection nahi hoga.", set()),
    ("Agar time pe sooge to cold nahi hoga, simple.", set()),
    ("Teeka lagwane se polio nahi hota.", set()),
]


QUOTED_IN_WARNINGS = [
    ("「絶対に儲かる」という勧誘にご注意ください。元本保証のない商品には損失リスクがあります。", set()),
    ("元本保証のない投資信託です。", set()),
    ("¿Un batido que cura el cáncer? Desconfía de estos mensajes y consulta a tu médico.", set()),
    ("¿Una pastilla que cura la diabetes? No existe.", set()),
    ("Si alguien te promete una rentabilidad garantizada sin riesgo, desconfía: es una estafa.", set()),
    ("Be sceptical of anyone who says a stock 'can't lose'.", set()),
    ('Anyone promising "guaranteed 20%" is lying to you.', set()),
    ('If someone offers you "guaranteed returns", walk away. It\'s a scam.', set()),
    ('Quem promete "retorno garantido" está mentindo. Cuidado!', set()),
    ('Um chá que "cura o câncer"? Isso não existe.', set()),
    ('Chi ti promette un "rendimento garantito" ti sta truffando.', set()),
    ('Una tisana che "cura il cancro"? Non esiste, diffidate.', set()),
    ("Méfiez-vous de quiconque promet un « rendement garanti ».", set()),
    ("Vorsicht bei Angeboten mit „garantierter Rendite“ – das ist Betrug.", set()),
    # the same phrases made, not warned against
    ("Guaranteed 20% returns every month, join now!", {GUARANTEE}),
    ('"Guaranteed returns" — that\'s our promise to you!', {GUARANTEE}),
    ("Rentabilidad garantizada del 10%, ¡apúntate ya!", {GUARANTEE}),
    ("Nuestro batido cura el cáncer, pídelo hoy.", {HEALTH}),
    ("Nosso fundo tem retorno garantido, invista já!", {GUARANTEE}),
    ("Our fund can't lose, buy in today.", {GUARANTEE}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, id=f"{family}-{i}")
        for family, cases in (
            ("forecast-or-tip", FORECASTS_AND_TIPS),
            ("guarantee", GUARANTEES),
            ("hinglish-health", HINGLISH_HEALTH),
            ("quoted-in-warning", QUOTED_IN_WARNINGS),
        )
        for i, (text, expected) in enumerate(cases)
    ],
)
def test_round11_classes(categories, text: str, expected: set[str]) -> None:
    assert categories(text) & WATCHED == expected


# A forecast, tip or secret deal per language, and the same words as history, hearsay or a question.
FORECASTS = {
    "ko": ("{w} 우리 주가 {x} 간다, 지금 사세요!", "{w} 우리 주가 {x} 갔다."),
    "zh": ("我们正在悄悄收购{p}，{w}宣布。", "去年我们收购了{p}。"),
    "ja": ("水面下で{p}の買収を進めています。", "{p}の買収は昨年完了しました。"),
    "pl": (
        "{w} nasze przychody przekroczą {n} mln zł, to pewne!",
        "Rok temu przychody przekroczyły {n} mln zł.",
    ),
    "nl": ("Ons aandeel gaat {w} zeker {n}% omhoog, koop nu!", "Ons aandeel ging vorig jaar {n}% omhoog."),
    "sv": ("Vi kommer slå rekord i vinst {w}, aktien är ett fynd nu.", "Vi slog rekord i vinst förra året."),
    "en-slang": ("EPS {w} gonna be insane 🚀", "Is EPS {w} gonna be insane? Nobody knows."),
    "en-expect": ("We expect {p} to double our revenue {w}.", "Analysts expect {p} to double revenue {w}."),
}
PARTIES = ["Nightjar", "Orion X", "Vireo Labs", "Solaris Pay", "Ardea"]
WHEN_BY_LANGUAGE = {
    "ko": ["다음 분기 실적 발표 후", "내년", "신제품 출시 후"],
    "zh": ["下个月", "下周", "明年"],
    "pl": ["W przyszłym roku", "W 2027", "Do końca roku"],
    "nl": ["na de kwartaalcijfers", "volgend jaar", "na de lancering"],
    "sv": ["nästa kvartal", "i år", "nästa år"],
}
WHEN_EN = ["next quarter", "by 2028", "next year"]
KOREAN_MOVES = ["두 배", "세 배", "폭등"]


@common
@given(
    data=st.data(),
    language=st.sampled_from(sorted(FORECASTS)),
    party=st.sampled_from(PARTIES),
    number=st.integers(min_value=5, max_value=900),
    forecast=st.booleans(),
)
def test_a_forecast_tip_or_secret_deal_is_flagged_in_every_language_unless_past_or_asked(
    categories, data, language: str, party: str, number: int, forecast: bool
) -> None:
    when = data.draw(st.sampled_from(WHEN_BY_LANGUAGE.get(language, WHEN_EN)))
    move = data.draw(st.sampled_from(KOREAN_MOVES))
    claim, clean = FORECASTS[language]
    text = (claim if forecast else clean).format(w=when, p=party, n=number, x=move)
    assert (FINANCIAL in categories(text)) == forecast


# A credit approval promised (guaranteed, or to everyone), per language, and a service guarantee or a
# decision told as history in the same words.
APPROVALS = {
    "pt": ("{c} com aprovação garantida em {n}h!", "{c} foi aprovado para todos os sócios em {n} dias."),
    "pt-everyone": ("{c} liberado para todos, até para negativados!", "Entrega garantida em {n}h."),
    "es": ("{c}: aprobación garantizada en {n} horas.", "Envío garantizado en {n} horas."),
    "es-everyone": (
        "{c} aprobado para todos, incluso morosos.",
        "El {c} fue aprobado para todos en {n} días.",
    ),
    "it": ("{c} con approvazione garantita in {n} ore!", "Consegna garantita in {n} ore."),
    "it-everyone": (
        "{c} approvato a tutti, anche ai protestati.",
        "Il {c} è garantito dallo Stato per {n} mesi.",
    ),
    "risk-pt": (
        "Investimento 100% sem risco, rende {n}% ao mês.",
        "Nenhum investimento é 100% sem risco, nem os que rendem {n}%.",
    ),
}
CREDITS = {
    "pt": ["Empréstimo", "Crédito", "Financiamento", "Cartão"],
    "es": ["Préstamo", "Crédito", "Minicrédito"],
    "it": ["Prestito", "Finanziamento", "Mutuo"],
}


@common
@given(
    data=st.data(),
    kind=st.sampled_from(sorted(APPROVALS)),
    number=st.integers(min_value=1, max_value=72),
    promised=st.booleans(),
)
def test_a_credit_approval_promised_is_a_guarantee_and_a_service_guarantee_is_not(
    categories, data, kind: str, number: int, promised: bool
) -> None:
    credit = data.draw(st.sampled_from(CREDITS[kind.split("-")[-1] if kind.startswith("risk") else kind[:2]]))
    claim, clean = APPROVALS[kind]
    text = (claim if promised else clean).format(c=credit, n=number)
    assert (GUARANTEE in categories(text)) == promised


# A product said to keep a disease away, in Hinglish or Hindi, and the same words said of public-health
# advice (a vaccine, a mask, washing hands), which is no product claim.
HINGLISH_CLAIMS = [
    "Yeh {p} {d} se bachata hai, aaj hi order karo.",
    "{p} roz lo, {d} nahi hoga.",
    "Humara {p} {d} se raksha karta hai.",
]
PUBLIC_HEALTH = [
    "Vaccine lagwao, {d} se bachata hai.",
    "Mask pehno, {d} nahi hoga.",
    "Haath dhote raho, {d} nahi hoga.",
]
PRODUCTS = ["kadha", "giloy juice", "churan", "herbal tea", "Ojas capsule"]
DISEASES = ["corona", "covid", "dengue", "malaria", "flu", "infection"]


@common
@given(
    product=st.sampled_from(PRODUCTS),
    disease=st.sampled_from(DISEASES),
    claim=st.sampled_from(HINGLISH_CLAIMS),
    advice=st.sampled_from(PUBLIC_HEALTH),
    claimed=st.booleans(),
)
def test_a_product_keeping_a_disease_away_in_hinglish_is_a_health_claim_and_advice_is_not(
    categories, product: str, disease: str, claim: str, advice: str, claimed: bool
) -> None:
    text = (claim if claimed else advice).format(p=product, d=disease)
    assert (HEALTH in categories(text)) == claimed


# A guaranteed-return or cure phrase, per language: warning frames that quote it (clean) and an offer
# that makes it (flagged).
QUOTED = {
    "en": (
        ["guaranteed returns", "guaranteed 20% profit", "risk-free returns"],
        [
            'Anyone promising "{q}" is lying to you.',
            'If someone offers you "{q}", walk away. It\'s a scam.',
            'Be sceptical of ads that say "{q}".',
        ],
        "Our fund: {q}, join today!",
        GUARANTEE,
    ),
    "es": (
        ["rentabilidad garantizada", "rendimiento garantizado del 10%"],
        [
            'Si alguien te promete una "{q}", desconfía: es una estafa.',
            'Cuidado con los anuncios de "{q}": estafa.',
        ],
        "Nuestro fondo: {q}, ¡apúntate!",
        GUARANTEE,
    ),
    "pt": (
        ["retorno garantido", "rendimento garantido"],
        ['Quem promete "{q}" está mentindo. Cuidado!', 'Desconfie de anúncios com "{q}".'],
        "Nosso fundo: {q}, invista já!",
        GUARANTEE,
    ),
    "it": (
        ["rendimento garantito", "guadagno garantito"],
        ['Chi ti promette un "{q}" ti sta truffando.', 'Attenzione agli annunci con "{q}": è una truffa.'],
        "Il nostro fondo: {q}, investi ora!",
        GUARANTEE,
    ),
    "es-health": (
        ["cura el cáncer", "cura la diabetes"],
        ["¿Un batido que {q}? Desconfía de estos mensajes.", "¿Una pastilla que {q}? No existe."],
        "Nuestro batido {q}, pídelo hoy.",
        HEALTH,
    ),
}


@common
@given(data=st.data(), language=st.sampled_from(sorted(QUOTED)), warned=st.booleans())
def test_a_claim_quoted_in_a_warning_is_clean_and_the_same_claim_made_is_flagged(
    categories, data, language: str, warned: bool
) -> None:
    claims, frames, offer, category = QUOTED[language]
    claim = data.draw(st.sampled_from(claims))
    template = data.draw(st.sampled_from(frames)) if warned else offer
    text = template.format(q=claim)
    assert (category in categories(text)) == (not warned)
