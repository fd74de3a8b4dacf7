"""Risky claims in French, German, Spanish, Italian, Portuguese, Dutch, Chinese, Japanese and Korean
(case tables).

Each language has positives of the three categories and hard negatives: service promises (delivery,
replies, satisfaction), public-health facts with no product, denials and the regulators' standard
risk warnings, job adverts and reported (past) results.
"""

from __future__ import annotations

import pytest

GUARANTEE = "claims.guarantee"
FINANCIAL = "claims.financial"
HEALTH = "claims.health"
CLAIMS = {GUARANTEE, FINANCIAL, HEALTH}

CASES = {
    "fr": [
        ("Notre fonds offre un rendement garanti de 8 % par an.", {GUARANTEE}),
        ("Placement sans aucun risque, gains assurés !", {GUARANTEE}),
        ("Avec nos paris combinés, vous ne pouvez pas perdre !", {GUARANTEE}),
        ("Doublez votre capital en six mois.", {GUARANTEE}),
        ("Entre nous, le chiffre d'affaires du T4 va exploser.", {FINANCIAL}),
        ("L'action devrait doubler d'ici l'été, achetez maintenant.", {FINANCIAL}),
        ("On va gagner deux fois plus l'an prochain.", {FINANCIAL}),
        ("Les ventes atteindront 50 millions d'euros en 2027.", {FINANCIAL}),
        ("Nous allons racheter un concurrent avant la fin de l'année, motus.", {FINANCIAL}),
        ("Notre tisane guérit l'hypertension en 10 jours.", {HEALTH}),
        ("Cette crème est cliniquement prouvée contre l'acné.", {HEALTH}),
        ("Approuvé par l'ANSM pour les enfants.", {HEALTH}),
        ("Notre sirop soulage les migraines en une heure.", {HEALTH}),
        ("Livraison garantie en 24 heures partout en France.", set()),
        ("Satisfait ou remboursé : satisfaction 100 % garantie.", set()),
        ("Il n'existe pas de placement sans risque.", set()),
        ("Les performances passées ne préjugent pas des performances futures.", set()),
        ("Le capital n'est pas garanti ; investir comporte un risque de perte en capital.", set()),
        ("Méfiez-vous de quiconque vous promet un rendement garanti.", set()),
        ("Notre chiffre d'affaires a progressé de 12 % l'an dernier.", set()),
        ("Le cours de yoga va commencer à 18 h.", set()),
        ("Vous allez gérer un budget de 5 millions d'euros (CDI, Lyon).", set()),
        ("Les vaccins préviennent la rougeole, rappelle la HAS.", set()),
        ("Rien n'est scientifiquement prouvé à ce sujet.", set()),
        ("Ce produit n'est pas approuvé par la FDA.", set()),
        ("Nous avons finalisé l'acquisition de Globex l'an dernier.", set()),
    ],
    "de": [
        ("Mit unserem Sparplan erhalten Sie eine garantierte Rendite von 7 %.", {GUARANTEE}),
        ("Risikofreie Anlage mit sicheren Gewinnen!", {GUARANTEE}),
        ("Mit unseren Kombiwetten können Sie nicht verlieren!", {GUARANTEE}),
        ("Verdoppeln Sie Ihr Geld in einem Jahr.", {GUARANTEE}),
        ("Der Umsatz im nächsten Quartal wird deutlich über den Erwartungen liegen.", {FINANCIAL}),
        ("Nächstes Jahr verdoppelt sich unser Umsatz.", {FINANCIAL}),
        ("Die Aktie wird sich verdoppeln, kauft jetzt!", {FINANCIAL}),
        ("Wir werden nächstes Jahr 50 Millionen Euro Umsatz machen.", {FINANCIAL}),
        ("Wir übernehmen nächsten Monat einen Wettbewerber, noch geheim.", {FINANCIAL}),
        ("Nach dem Börsengang wird die Aktie explodieren.", {FINANCIAL}),
        ("Wir garantieren Ihnen 10 % Rendite pro Jahr.", {GUARANTEE}),
        ("Dieses Nahrungsergänzungsmittel heilt Arthritis.", {HEALTH}),
        ("Klinisch bewiesen: weniger Falten in 14 Tagen.", {HEALTH}),
        ("Von der BfArM zugelassen.", {HEALTH}),
        ("Unser Tee hilft gegen Migräne.", {HEALTH}),
        ("Lieferung garantiert in 24 Stunden.", set()),
        ("Wir bieten ein sicheres Einkommen und 30 Tage Urlaub.", set()),
        ("Die Rendite ist nicht garantiert.", set()),
        ("Es gibt keine Geldanlage ohne Risiko.", set()),
        ("Frühere Wertentwicklungen sind kein verlässlicher Indikator für künftige Ergebnisse.", set()),
        ("Kein Investment ist risikofrei, wer garantierte Gewinne verspricht, will Sie betrügen.", set()),
        ("Der Umsatz stieg im letzten Jahr um 12 %.", set()),
        ("Sie werden einen Umsatz von 50 Millionen Euro verantworten.", set()),
        ("Impfungen verhindern Masern.", set()),
        ("Das ist nicht klinisch bewiesen.", set()),
    ],
    "es": [
        ("Con nuestras apuestas combinadas la ganancia está garantizada.", {GUARANTEE}),
        ("¡No puedes perder!", {GUARANTEE}),
        ("Inversión sin riesgo con rentabilidad asegurada.", {GUARANTEE}),
        ("Duplica tu dinero en tres meses.", {GUARANTEE}),
        ("La facturación va a duplicarse el año que viene.", {FINANCIAL}),
        ("Vamos a facturar 50 millones de euros el año que viene.", {FINANCIAL}),
        ("La salida a bolsa va a disparar la cotización.", {FINANCIAL}),
        ("Garantizamos un 10 % de rentabilidad anual.", {GUARANTEE}),
        ("Os adelanto que vamos a comprar una fintech mexicana, aún no es público.", {FINANCIAL}),
        ("Las acciones se dispararán tras el anuncio, compra acciones ya.", {FINANCIAL}),
        ("Nuestro colágeno previene la artrosis.", {HEALTH}),
        ("Aprobado por la AEMPS y clínicamente probado.", {HEALTH}),
        ("Este jarabe cura la gripe en un día.", {HEALTH}),
        ("Envío garantizado en 24 horas.", set()),
        ("Rentabilidades pasadas no garantizan rentabilidades futuras.", set()),
        ("No existe inversión sin riesgo.", set()),
        ("El capital no está garantizado.", set()),
        ("Desconfía de quien te prometa rentabilidad garantizada.", set()),
        ("Las ventas crecieron un 12 % el año pasado.", set()),
        ("Podrás ganar hasta 3.000 euros al mes.", set()),
        ("Vamos a comprar material de oficina.", set()),
        ("Las vacunas previenen el sarampión.", set()),
        ("La paciente está en tratamiento; buscamos la cura del cáncer.", set()),
    ],
    "it": [
        ("Rendimento garantito del 10% annuo con il nostro fondo immobiliare.", {GUARANTEE}),
        ("Zero rischi, guadagno sicuro!", {GUARANTEE}),
        ("Raddoppia i tuoi soldi con il nostro metodo.", {GUARANTEE}),
        ("Il fatturato del prossimo anno crescerà del 25%.", {FINANCIAL}),
        ("Comprate le azioni adesso!", {FINANCIAL}),
        ("Stiamo per acquisire un concorrente, acqua in bocca.", {FINANCIAL}),
        ("Il titolo dovrebbe raddoppiare entro l'estate.", {FINANCIAL}),
        ("Dopo la quotazione il titolo volerà.", {FINANCIAL}),
        ("Dritta di borsa: comprate subito.", {FINANCIAL}),
        ("Il nostro integratore cura l'insonnia.", {HEALTH}),
        ("Clinicamente testato e approvato dall'AIFA.", {HEALTH}),
        ("Questa tisana previene il raffreddore.", {HEALTH}),
        ("Consegna garantita in 24 ore.", set()),
        ("I rendimenti passati non sono indicativi di quelli futuri.", set()),
        ("Il capitale non è garantito.", set()),
        ("Diffidate da chiunque prometta un rendimento garantito.", set()),
        ("Non puoi perdere tempo con queste cose.", set()),
        ("Il fatturato è cresciuto del 12% l'anno scorso.", set()),
        ("La signora è in cura per l'Alzheimer presso la nostra clinica.", set()),
        ("I vaccini prevengono il morbillo.", set()),
    ],
    "pt": [
        ("Retorno garantido de 15% ao mês com o nosso robô.", {GUARANTEE}),
        ("Investimento sem risco nenhum, lucro certo!", {GUARANTEE}),
        ("Dobre o seu dinheiro em 90 dias.", {GUARANTEE}),
        ("A fusão com a seguradora será anunciada em abril.", {FINANCIAL}),
        ("O faturamento vai dobrar no ano que vem.", {FINANCIAL}),
        ("Vamos faturar 50 milhões de reais no ano que vem.", {FINANCIAL}),
        ("Depois do IPO as ações vão disparar.", {FINANCIAL}),
        ("Garantimos 10% de retorno ao ano.", {GUARANTEE}),
        ("Compre ações agora, antes do anúncio.", {FINANCIAL}),
        ("Este chá previne o cancro do estômago.", {HEALTH}),
        ("Aprovado pela Anvisa.", {HEALTH}),
        ("Clinicamente comprovado para a pele.", {HEALTH}),
        ("Entrega garantida em 24 horas.", set()),
        ("Rentabilidade passada não é garantia de rentabilidade futura.", set()),
        ("Não existe investimento sem risco.", set()),
        ("O capital não é garantido.", set()),
        ("Desconfie de promessas de lucro garantido.", set()),
        ("A receita cresceu 12% no ano passado.", set()),
        ("As vacinas previnem o sarampo.", set()),
    ],
    "nl": [
        ("Met ons beleggingsplan heb je gegarandeerd rendement van 12%.", {GUARANTEE}),
        ("Risicovrij beleggen, je kunt niet verliezen!", {GUARANTEE}),
        ("Verdubbel je geld in een jaar.", {GUARANTEE}),
        ("Volgend jaar verdubbelt onze omzet.", {FINANCIAL}),
        ("Koop nu aandelen voordat het nieuws uitkomt.", {FINANCIAL}),
        ("De omzet zal volgend jaar verdubbelen.", {FINANCIAL}),
        ("Na de beursgang gaat het aandeel exploderen.", {FINANCIAL}),
        ("We gaan volgende maand Globex overnemen, nog geheim.", {FINANCIAL}),
        ("Wij beloven u 10% rendement per jaar.", {GUARANTEE}),
        ("Onze kruidenolie geneest reuma.", {HEALTH}),
        ("Klinisch bewezen en goedgekeurd door het CBG.", {HEALTH}),
        ("Levering gegarandeerd binnen 24 uur.", set()),
        ("In het verleden behaalde resultaten bieden geen garantie voor de toekomst.", set()),
        ("Je loopt risico's. Je kunt (een deel van) je inleg verliezen.", set()),
        ("Het rendement is niet gegarandeerd.", set()),
        ("Koop nu je kaartjes voor het concert.", set()),
        ("De omzet steeg vorig jaar met 12%.", set()),
        ("Je gaat 4.000 euro per maand verdienen.", set()),
        ("Vaccinaties voorkomen mazelen.", set()),
        ("Gaat het aandeel stijgen? Geen idee, ik ben geen belegger.", set()),
    ],
    "zh": [
        ("我们的新基金保证每年回报10%以上。", {GUARANTEE}),
        ("这套跟单系统只赚不赔，赶快加入！", {GUARANTEE}),
        ("保本理财，年息6%，限时发售。", {GUARANTEE}),
        ("無風險套利，穩賺不賠！", {GUARANTEE}),
        ("公司今年的净利润预计将翻番。", {FINANCIAL}),
        ("股价下周肯定大涨，建议买入我们的股票。", {FINANCIAL}),
        ("我们计划明年在港交所上市。", {FINANCIAL}),
        ("这款胶囊可以预防高血压。", {HEALTH}),
        ("本品能根治脱发。", {HEALTH}),
        ("我们的面霜已获国家药监局认证。", {HEALTH}),
        ("理财有风险，投资需谨慎。", set()),
        ("市场上不存在无风险的高收益产品。", set()),
        ("我们保证七天内退款。", set()),
        ("去年公司净利润增长了20%。", set()),
        ("医生说多运动可以预防糖尿病。", set()),
        ("谨防'稳赚不赔'的投资骗局！", set()),
        ("这款茶真的能治愈失眠吗？", set()),
        ("产品尚未获得FDA批准。", set()),
        ("夏季新品即将上市，敬请期待。", set()),
        ("年化收益率高达20%，保证回本！", {GUARANTEE}),
        ("本金有保障，收益稳稳到手。", {GUARANTEE}),
        ("这个项目绝对不会亏钱。", {GUARANTEE}),
        ("跟我投，包你赚钱！", {GUARANTEE}),
        ("投资我们的基金，收益有保证。", {GUARANTEE}),
        ("我们的股票下个月一定会涨。", {FINANCIAL}),
        ("明年公司利润将翻一番。", {FINANCIAL}),
        ("听我的，现在入手这只股票，下周就涨停。", {FINANCIAL}),
        ("预计今年营收突破十亿。", {FINANCIAL}),
        ("喝这款酵素可以治好糖尿病。", {HEALTH}),
        ("本产品经临床验证，有效降低血糖。", {HEALTH}),
        ("这个药膏专治湿疹，一抹就好。", {HEALTH}),
        ("我们保证产品质量，假一赔十。", set()),
        ("去年股价上涨了30%。", set()),
        ("他的糖尿病已经治好了，感谢医生。", set()),
        ("请问这个基金保本吗？", set()),
        ("投资须谨慎，过往业绩不代表未来表现。", set()),
        ("这款手机保证两年保修。", set()),
        ("研究表明，多吃蔬菜可以预防癌症。", set()),
        ("该药物尚未获得国家药监局批准。", set()),
        ("我现在买了一些股票，学习一下理财。", set()),
        ("银行存款本金有保障吗？", set()),
        ("收益没有保证，请谨慎投资。", set()),
        ("股票涨跌都是正常的。", set()),
        ("我们预计今年营收增长放缓，请大家做好准备吗？", set()),
        ("医生建议多吃水果可以预防感冒。", set()),
        ("这家店专治各种不服。", set()),
        ("我们预计今年营收增长40%。", {FINANCIAL}),
    ],
    "ja": [
        ("元本保証つきの新しい積立プランが登場！", {GUARANTEE}),
        ("この投資なら確実に稼げます。", {GUARANTEE}),
        ("リスクゼロで資産が増える仕組みです。", {GUARANTEE}),
        ("来年の売上は過去最高になる予定です。", {FINANCIAL}),
        ("決算発表前に自社株を買っておけ。", {FINANCIAL}),
        ("このアプリを使えばアトピーが治ります。", {HEALTH}),
        ("臨床試験で実証された効果。", {HEALTH}),
        ("FDA承認の新成分を配合。", {HEALTH}),
        ("元本保証のある投資商品ではありません。", set()),
        ("必ず儲かる話など存在しません。", set()),
        ("昨年の売上は2倍に増えました。", set()),
        ("花粉症が治るまで外出を控えます。", set()),
        ("FDAの承認はまだ下りていません。", set()),
        ("翌日配送を保証します。", set()),
        ("この投資は100%儲かります。", {GUARANTEE}),
        ("元本割れの心配なし！確実に増える投資です。", {GUARANTEE}),
        ("来期は最高益を更新する見通しです。", {FINANCIAL}),
        ("今が買い時、当社株は必ず上がります。", {FINANCIAL}),
        ("このサプリで高血圧が改善します。", {HEALTH}),
        ("飲むだけで糖尿病が治ります。", {HEALTH}),
        ("元本割れのリスクがあります。", set()),
        ("株価は上がるでしょうか？", set()),
        ("前期は最高益を更新しました。", set()),
        ("風邪が治りました、ありがとう。", set()),
        ("高血圧の改善には運動が大切です。", set()),
        ("元本割れのリスクがあります。", set()),
        ("この株は必ず上がるという話は信じないでください。", set()),
        ("来期の計画は来週発表します。", set()),
    ],
    "ko": [
        ("수익 보장! 지금 바로 가입하세요.", {GUARANTEE}),
        ("이 코인은 무조건 수익 납니다.", {GUARANTEE}),
        ("리스크 제로 재테크 비법을 알려드립니다.", {GUARANTEE}),
        ("올해 영업이익은 사상 최대를 기록할 전망입니다.", {FINANCIAL}),
        ("내년에 코스닥 상장 예정이니 미리 사두세요.", {FINANCIAL}),
        ("이 크림은 아토피를 완치시킵니다.", {HEALTH}),
        ("식약처 허가를 받은 유일한 제품.", {HEALTH}),
        ("원금 보장을 약속하는 투자는 의심하세요.", set()),
        ("이 펀드는 원금 손실 가능성이 있습니다.", set()),
        ("작년 영업이익은 30% 증가했습니다.", set()),
        ("감기 예방을 위해 손을 자주 씻으세요.", set()),
        ("식약처 허가 신청을 준비 중입니다.", set()),
        ("당일 배송을 보장합니다.", set()),
        ("연 20% 수익 보장합니다!", {GUARANTEE}),
        ("손실 위험 없는 안전한 투자입니다.", {GUARANTEE}),
        ("주가가 다음 달에 두 배로 오를 겁니다.", {FINANCIAL}),
        ("내년 순이익이 50% 증가할 것입니다.", {FINANCIAL}),
        ("이 차는 고혈압을 낫게 합니다.", {HEALTH}),
        ("이 제품은 당뇨를 완치시켜 줍니다.", {HEALTH}),
        ("주가가 두 배로 올랐습니다.", set()),
        ("이 상품은 예금자 보호 대상이 아닙니다.", set()),
        ("고혈압 치료를 위해 병원에 다니고 있어요.", set()),
        ("운동은 당뇨를 예방합니다.", set()),
        ("주가가 오를 거예요?", set()),
        ("원금 손실 위험이 있습니다.", set()),
        ("손실 위험 없는 투자는 없습니다.", set()),
    ],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, id=f"{lang}-{i}")
        for lang, cases in CASES.items()
        for i, (text, expected) in enumerate(cases)
    ],
)
def test_claims_in_other_languages(categories, text: str, expected: set[str]) -> None:
    assert categories(text) & CLAIMS == expected


@pytest.mark.parametrize("category", sorted(CLAIMS))
def test_each_category_has_cases_in_every_language(category: str) -> None:
    """The tables keep positives of every category in every language (a language left out of a
    category would go untested)."""
    for lang, cases in CASES.items():
        assert any(category in expected for _, expected in cases), (lang, category)
        assert sum(1 for _, expected in cases if not expected) >= 5, lang


def test_finding_names_the_language_rule(findings) -> None:
    """Each language's rules have their own id, so an overlay can switch one language off."""
    (finding,) = findings("Notre tisane guérit l'hypertension.", HEALTH)
    assert finding.rule_id == "claims.health.fr"


def test_an_overlay_switches_one_language_off(tmp_path, settings) -> None:
    from preflight.engine import Engine

    (tmp_path / "org.yaml").write_text("rules: [{id: claims.guarantee.de, enabled: false}]\n")
    engine = Engine.from_settings(settings, [tmp_path]).warm_up()
    assert not {f.category for f in engine.screen("Garantierte Rendite von 7 %!").findings} & CLAIMS
    assert GUARANTEE in {f.category for f in engine.screen("Rendement garanti de 7 % !").findings}
