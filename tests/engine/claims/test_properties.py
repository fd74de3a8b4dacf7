"""Claim classes as properties, in English, French, German, Spanish, Italian, Portuguese and Dutch.

- A guarantee phrase inside a denial or a warning ("there is no such thing as...", "beware of anyone
  promising...", "il n'existe pas de...") is not a guarantee.
- A forecast (we / the metric, a future or "going to" verb, a money amount, a time ahead) is a
  financial claim; the same facts reported in the past are not.
- A service promise (delivery, reply, satisfaction) is not a guarantee of results.
- Accents are optional: a claim typed without them is still found.
- Chinese, Japanese and Korean: the same classes, where denials and warnings come before the phrase
  (Chinese) or after it (Japanese, Korean), and an amount with its magnitude glued on ("$1bn").
"""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.engine.claims.test_languages import CASES

GUARANTEE = "claims.guarantee"
FINANCIAL = "claims.financial"
HEALTH = "claims.health"
CLAIMS = {GUARANTEE, FINANCIAL, HEALTH}

common = settings(max_examples=150, deadline=None)

# Innocent sentences put before or after the case, so that a case is not only ever a whole draft.
SURROUNDINGS = ["", "Quick note from the team.", "Merci à tous !", "Danke fürs Lesen.", "Gracias a todos."]

# language: (guarantee phrases, denial and warning frames around them)
DENIED_GUARANTEES = {
    "en": (
        [
            "guaranteed returns",
            "guaranteed profits",
            "a risk-free investment",
            "risk-free returns",
            "guaranteed 10% returns",
            "guaranteed results",
        ],
        [
            "There is no such thing as {p}.",
            "Beware of anyone promising {p}.",
            "We never offer {p}.",
            "We do not offer {p}.",
            "Be wary of scams offering {p}.",
            "Nobody offers {p}.",
        ],
    ),
    "fr": (
        [
            "un rendement garanti",
            "des gains garantis",
            "un placement sans risque",
            "un rendement garanti de 8 %",
        ],
        [
            "Il n'existe pas de {p}.",
            "Méfiez-vous de quiconque promet {p}.",
            "Nous ne proposons jamais {p}.",
            "Aucun conseiller ne peut promettre {p}.",
            "Attention aux arnaques : {p}, ça n'existe pas.",
        ],
    ),
    "de": (
        ["garantierte Rendite", "garantierte Gewinne", "eine risikofreie Geldanlage", "sichere Rendite"],
        [
            "Es gibt keine {p}.",
            "Wer Ihnen {p} verspricht, lügt.",
            "Vorsicht vor Betrug: {p} gibt es nicht.",
            "Wir bieten keine {p}.",
            "Niemand kann {p} versprechen.",
        ],
    ),
    "es": (
        [
            "rentabilidad garantizada",
            "ganancias garantizadas",
            "inversión sin riesgo",
            "beneficios asegurados",
        ],
        [
            "No existe la {p}.",
            "Desconfía de quien te prometa {p}.",
            "Nadie puede ofrecer {p}.",
            "Cuidado con las estafas: {p} no existe.",
        ],
    ),
    "it": (
        ["rendimento garantito", "guadagni garantiti", "un investimento senza rischi", "profitto sicuro"],
        [
            "Non esiste un {p}.",
            "Diffidate da chiunque prometta {p}.",
            "Nessuno può offrire {p}.",
            "Attenzione alle truffe: {p} non esiste.",
        ],
    ),
    "pt": (
        ["retorno garantido", "lucro garantido", "investimento sem risco", "rendimento garantido"],
        [
            "Não existe {p}.",
            "Desconfie de promessas de {p}.",
            "Ninguém pode oferecer {p}.",
            "Cuidado com golpes: {p} não existe.",
        ],
    ),
    "nl": (
        ["gegarandeerd rendement", "gegarandeerde winst", "een risicovrije belegging", "zeker rendement"],
        [
            "Er bestaat geen {p}.",
            "Wantrouw wie u {p} belooft.",
            "Niemand kan {p} bieden.",
            "Pas op voor oplichting: {p} bestaat niet.",
        ],
    ),
    "zh": (
        ["保本保息", "稳赚不赔", "零风险", "保证年化收益15%", "只赚不赔", "穩賺不賠"],
        [
            "世上没有{p}的投资。",
            "警惕所谓{p}的骗局。",
            "谨防{p}的理财陷阱。",
            "不要相信{p}的承诺。",
            "号称{p}的平台已经跑路。",
            "{p}？这种话不可信。",
        ],
    ),
    "ja": (
        ["元本保証", "絶対に儲かる", "ノーリスク", "必ず稼げる", "利回り保証"],
        [
            "「{p}」という勧誘に注意してください。",
            "{p}という話は詐欺です。",
            "{p}の投資など存在しません。",
            "{p}なんてありません。",
            "この商品は{p}ではありません。",
        ],
    ),
    "ko": (
        ["원금 보장", "수익 보장", "무위험", "확정 수익", "원금보장"],
        [
            "{p}이라는 말은 사기입니다.",
            "{p}을 약속하는 업체를 조심하세요.",
            "{p}은 존재하지 않습니다.",
            "이 상품은 {p} 상품이 아닙니다.",
        ],
    ),
}

# language: (guarantee phrases, frames that make them a claim) for the scripts without spaces
CJK_GUARANTEES = {
    lang: (
        DENIED_GUARANTEES[lang][0],
        {
            "zh": ["我们的产品{p}，欢迎咨询。", "{p}！名额有限。"],
            "ja": ["当社のプランなら{p}！", "今すぐ参加：{p}！"],
            "ko": ["지금 가입하면 {p}!", "{p}! 선착순 모집."],
        }[lang],
    )
    for lang in ("zh", "ja", "ko")
}

# The regulators' standard risk warnings, which name guarantees and results only to deny them.
RISK_WARNINGS = [
    "Past performance is no guarantee of future results. Capital at risk.",
    "Past performance does not guarantee future results; returns are not guaranteed.",
    "Les performances passées ne préjugent pas des performances futures. Le capital n'est pas garanti.",
    "Frühere Wertentwicklungen sind kein verlässlicher Indikator für künftige Ergebnisse.",
    "Rentabilidades pasadas no garantizan rentabilidades futuras. El capital no está garantizado.",
    "I rendimenti passati non sono indicativi di quelli futuri. Il capitale non è garantito.",
    "Rentabilidade passada não é garantia de rentabilidade futura. O capital não é garantido.",
    "In het verleden behaalde resultaten bieden geen garantie voor de toekomst.",
    "Let op! Je loopt risico's. Je kunt (een deel van) je inleg verliezen.",
]

# language: (templates with {a} an amount and {t} a time ahead, amounts, times)
FORECASTS = {
    "en": (
        [
            "We will hit {a} {t}.",
            "We'll reach {a} {t}.",
            "Sales will hit {a} {t}.",
            "Revenue will exceed {a} {t}.",
            "We are going to hit {a} {t}.",
            "Our revenue should reach {a} {t}.",
            "We'll generate {a} {t}.",
        ],
        [
            "$50M",
            "$2.5 billion",
            "€40 million",
            "£12m",
            "50 million dollars",
            "3 billion euros",
            "$1bn",
            "$2.5bn",
            "€500m",
            "$300k",
            "£1.2bn",
        ],
        ["next year", "by Q4", "in 2027", "next quarter", "by the end of the year"],
    ),
    "fr": (
        [
            "Nous atteindrons {a} {t}.",
            "Nous réaliserons {a} {t}.",
            "Nous allons réaliser {a} {t}.",
            "On va faire {a} {t}.",
            "Le chiffre d'affaires atteindra {a} {t}.",
        ],
        ["50 millions d'euros", "3 M€", "12 milliards d'euros", "40 millions de dollars"],
        ["l'an prochain", "en 2027", "d'ici la fin de l'année"],
    ),
    "de": (
        ["Wir werden {t} {a} Umsatz machen.", "Der Umsatz wird {t} {a} erreichen."],
        ["50 Millionen Euro", "2 Milliarden Euro", "500.000 Euro"],
        ["nächstes Jahr", "2027", "im dritten Quartal"],
    ),
    "es": (
        ["Facturaremos {a} {t}.", "Vamos a facturar {a} {t}.", "Ganaremos {a} {t}.", "Alcanzaremos {a} {t}."],
        ["50 millones de euros", "3 millones de dólares", "200 millones de pesos"],
        ["el año que viene", "en 2027", "antes de fin de año"],
    ),
    "it": (
        ["Fattureremo {a} {t}.", "Guadagneremo {a} {t}.", "Il fatturato raggiungerà {a} {t}."],
        ["50 milioni di euro", "3 miliardi di euro", "200 mila euro"],
        ["l'anno prossimo", "nel 2027", "entro fine anno"],
    ),
    "pt": (
        ["Faturaremos {a} {t}.", "Vamos faturar {a} {t}.", "Vamos lucrar {a} {t}.", "Atingiremos {a} {t}."],
        ["50 milhões de reais", "3 milhões de euros", "200 mil reais"],
        ["no ano que vem", "em 2027", "até o fim do ano"],
    ),
    "nl": (
        ["We gaan {t} {a} omzet draaien.", "De omzet zal {t} {a} bereiken."],
        ["50 miljoen euro", "3 miljard euro"],
        ["volgend jaar", "in 2027"],
    ),
    "zh": (
        ["{t}营收预计将达到{a}。", "{t}我们的利润肯定会突破{a}。", "公司{t}的销售额有望超过{a}！"],
        ["5亿元", "10亿美元", "三千万"],
        ["明年", "下季度", "2027年"],
    ),
    "ja": (
        ["{t}の売上は{a}を突破する見込みです。", "{t}の営業利益は{a}に達する予想です。"],
        ["50億円", "1兆円", "300万ドル"],
        ["来期", "来年", "2027年度"],
    ),
    "ko": (
        ["{t} 매출이 {a}을 돌파할 전망입니다.", "{t} 영업이익은 {a} 증가할 것으로 예상합니다."],
        ["50억 원", "1조 원", "300만 달러"],
        ["내년", "다음 분기", "2027년"],
    ),
}

# language: (templates with {a} an amount and {t} a time behind, metrics)
REPORTED_RESULTS = {
    "en": ["{m} grew 12% last year.", "{m} were $50M in 2025.", "{m} rose to €3 million last quarter."],
    "fr": ["{m} ont progressé de 12 % l'an dernier.", "{m} ont atteint 50 millions d'euros en 2025."],
    "de": ["{m} stiegen im letzten Jahr um 12 %.", "{m} erreichten 2025 50 Millionen Euro."],
    "es": ["{m} crecieron un 12 % el año pasado.", "{m} alcanzaron 50 millones de euros en 2025."],
    "it": ["{m} sono cresciuti del 12% l'anno scorso.", "{m} hanno raggiunto 50 milioni di euro nel 2025."],
    "pt": ["{m} cresceram 12% no ano passado.", "{m} atingiram 50 milhões de reais em 2025."],
    "nl": ["{m} stegen vorig jaar met 12%.", "{m} bereikten in 2025 50 miljoen euro."],
    "zh": ["去年{m}增长了12%。", "{m}在2025年达到了5亿元。"],
    "ja": ["前期の{m}は12%増加しました。", "{m}は2025年に50億円に達しました。"],
    "ko": ["작년 {m}은 12% 증가했습니다.", "{m}은 2025년에 50억 원을 기록했습니다."],
}
METRICS = {
    "en": ["Revenue", "Sales", "Profits", "Our earnings"],
    "fr": ["Les ventes", "Nos bénéfices", "Les revenus"],
    "de": ["Die Umsätze", "Die Gewinne", "Die Erlöse"],
    "es": ["Las ventas", "Los ingresos", "Los beneficios"],
    "it": ["I ricavi", "Gli utili", "I profitti"],
    "pt": ["As vendas", "As receitas", "Os lucros"],
    "zh": ["营收", "净利润", "销售额"],
    "ja": ["売上", "営業利益", "純利益"],
    "ko": ["매출", "영업이익", "순이익"],
    "nl": ["De omzetcijfers", "De winsten", "De opbrengsten"],
}

SERVICE_PROMISES = [
    "Guaranteed delivery within {t}.",
    "Delivery guaranteed within {t} or your shipping is free.",
    "We guarantee you'll get a reply within {t}.",
    "Satisfaction guaranteed, replies within {t}.",
    "Livraison garantie sous {t}.",
    "Réponse garantie en {t}, satisfait ou remboursé.",
    "Lieferung garantiert in {t}.",
    "Garantierte Antwort innerhalb von {t}.",
    "Envío garantizado en {t}.",
    "Respuesta garantizada en {t}.",
    "Consegna garantita in {t}.",
    "Risposta garantita entro {t}.",
    "Entrega garantida em {t}.",
    "Resposta garantida em {t}.",
    "Levering gegarandeerd binnen {t}.",
    "Antwoord gegarandeerd binnen {t}.",
]
SERVICE_TIMES = ["24h", "24 hours", "48 heures", "2 Tagen", "24 horas", "24 ore", "1 uur", "one business day"]

# Languages written in the Latin script: "without accents" means nothing for the others (and NFD
# would split a Japanese "が" into "か" and a combining mark).
POSITIVES = [
    (text, expected)
    for lang, cases in CASES.items()
    if lang not in {"zh", "ja", "ko"}
    for text, expected in cases
    if expected
]


def _strip_accents(text: str) -> str:
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    )


@st.composite
def _in_context(draw, sentence: str) -> str:
    before, after = draw(st.sampled_from(SURROUNDINGS)), draw(st.sampled_from(SURROUNDINGS))
    return " ".join(part for part in (before, sentence, after) if part)


@st.composite
def denied_guarantees(draw) -> str:
    phrases, frames = DENIED_GUARANTEES[draw(st.sampled_from(sorted(DENIED_GUARANTEES)))]
    sentence = draw(st.sampled_from(frames)).format(p=draw(st.sampled_from(phrases)))
    if draw(st.booleans()):
        sentence = _strip_accents(sentence)
    return draw(_in_context(sentence))


@st.composite
def forecasts(draw) -> str:
    templates, amounts, times = FORECASTS[draw(st.sampled_from(sorted(FORECASTS)))]
    amount, time = draw(st.sampled_from(amounts)), draw(st.sampled_from(times))
    sentence = draw(st.sampled_from(templates)).format(a=amount, t=time)
    return draw(_in_context(sentence))


@st.composite
def reported_results(draw) -> str:
    lang = draw(st.sampled_from(sorted(REPORTED_RESULTS)))
    sentence = draw(st.sampled_from(REPORTED_RESULTS[lang])).format(m=draw(st.sampled_from(METRICS[lang])))
    return draw(_in_context(sentence))


@common
@given(text=denied_guarantees())
def test_a_denied_or_warned_guarantee_is_not_a_guarantee(categories, text: str) -> None:
    assert GUARANTEE not in categories(text)


@common
@given(data=st.data())
def test_a_guarantee_phrase_in_chinese_japanese_or_korean_is_a_guarantee(categories, data) -> None:
    phrases, frames = CJK_GUARANTEES[data.draw(st.sampled_from(sorted(CJK_GUARANTEES)))]
    sentence = data.draw(st.sampled_from(frames)).format(p=data.draw(st.sampled_from(phrases)))
    assert GUARANTEE in categories(data.draw(_in_context(sentence)))


DISEASES = ["cancer", "diabetes", "heart disease", "dementia", "arthritis", "the flu", "hypertension"]
RISK_VERBS = ["lowers", "reduces", "cuts", "halves"]
PRODUCTS = ["Our tea", "This supplement", "Our new capsule", "This green juice", "Our app"]
PUBLIC_HEALTH = ["Exercise", "Quitting smoking", "A balanced diet", "Regular screening", "Walking every day"]


@common
@given(
    subject=st.sampled_from(PRODUCTS + PUBLIC_HEALTH),
    verb=st.sampled_from(RISK_VERBS),
    disease=st.sampled_from(DISEASES),
    tail=st.sampled_from(["", " Join our lunchtime walking club!", " Ask our team for this week's tips."]),
)
def test_a_product_lowering_the_risk_of_a_disease_is_a_health_claim(
    categories, subject: str, verb: str, disease: str, tail: str
) -> None:
    """The same phrase is a claim about a product and a fact about a habit (whatever "our" follows)."""
    text = f"{subject} {verb} the risk of {disease}.{tail}"
    assert (HEALTH in categories(text)) == (subject in PRODUCTS)


# language: (products, habits, sentence with {s} the subject, diseases)
RISK_OF_DISEASE = {
    "fr": (
        ["Ce complément", "Notre tisane", "Cette crème"],
        ["Le sport", "Marcher chaque jour", "Arrêter de fumer"],
        "{s} réduit le risque de {d}.",
        ["cancer", "diabète", "grippe"],
    ),
    "es": (
        ["Este suplemento", "Nuestro té", "Esta crema"],
        ["El ejercicio", "Caminar cada día", "Dejar de fumar"],
        "{s} reduce el riesgo de {d}.",
        ["cáncer", "diabetes", "gripe"],
    ),
    "it": (
        ["Questo integratore", "Questo tè"],
        ["Lo sport", "Camminare ogni giorno"],
        "{s} riduce il rischio di {d}.",
        ["cancro", "diabete", "influenza"],
    ),
    "pt": (
        ["Este suplemento", "Este chá"],
        ["O exercício", "Caminhar todos os dias"],
        "{s} reduz o risco de {d}.",
        ["cancro", "diabetes", "gripe"],
    ),
    "nl": (
        ["Deze thee", "Ons supplement"],
        ["Sporten", "Elke dag wandelen"],
        "{s} verlaagt het risico op {d}.",
        ["kanker", "diabetes", "griep"],
    ),
    "de": (
        ["Unser Tee", "Dieses Präparat"],
        ["Regelmäßige Bewegung", "Tägliches Gehen"],
        "{s} senkt das Risiko für {d}.",
        ["Krebs", "Diabetes", "Grippe"],
    ),
}


@common
@given(data=st.data())
def test_a_product_lowering_the_risk_of_a_disease_is_a_health_claim_in_other_languages(
    categories, data
) -> None:
    products, habits, template, diseases = RISK_OF_DISEASE[
        data.draw(st.sampled_from(sorted(RISK_OF_DISEASE)))
    ]
    subject = data.draw(st.sampled_from(products + habits))
    text = template.format(s=subject, d=data.draw(st.sampled_from(diseases)))
    assert (HEALTH in categories(text)) == (subject in products)


@common
@given(warning=st.sampled_from(RISK_WARNINGS), lead=st.sampled_from(SURROUNDINGS))
def test_the_regulators_risk_warnings_are_clean(categories, warning: str, lead: str) -> None:
    assert not categories(f"{lead} {warning}".strip()) & CLAIMS


@common
@given(text=forecasts())
def test_a_forecast_of_money_ahead_is_a_financial_claim(categories, text: str) -> None:
    assert FINANCIAL in categories(text)


@common
@given(text=reported_results())
def test_results_reported_in_the_past_are_not_forecasts(categories, text: str) -> None:
    assert FINANCIAL not in categories(text)


@common
@given(template=st.sampled_from(SERVICE_PROMISES), time=st.sampled_from(SERVICE_TIMES))
def test_a_service_promise_is_not_a_guarantee_of_results(categories, template: str, time: str) -> None:
    assert not categories(template.format(t=time)) & CLAIMS


@common
@given(case=st.sampled_from(POSITIVES))
def test_a_claim_typed_without_accents_is_still_found(categories, case: tuple[str, set[str]]) -> None:
    text, expected = case
    assert categories(_strip_accents(text)) & CLAIMS == expected
