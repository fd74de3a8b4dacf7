"""Confidentiality markings in French, German, Spanish, Italian, Portuguese and Dutch, and in Chinese,
Japanese and Korean ("社外秘", "请勿外传", "대외비"; "機密" as a heading).

A marking word is a marking where a marking stands, as in English: opening a line as a heading, in
brackets, in capitals, qualified ("streng vertraulich"), or a fixed phrase ("sous NDA", "solo para uso
interno"). In a sentence the same words are ordinary prose ("Vertraulichkeit ist uns wichtig")."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

CATEGORY = "confidential.marking"

# (language, draft, the text the finding covers)
MARKINGS = [
    ("fr", "CONFIDENTIEL — résultats du T3", "CONFIDENTIEL"),
    ("fr", "Confidentiel : la feuille de route 2027", "Confidentiel"),
    ("fr", "Document strictement confidentiel, merci", "strictement confidentiel"),
    ("fr", "Présentation à usage interne uniquement", "à usage interne uniquement"),
    ("fr", "Usage interne : chiffres provisoires", "Usage interne"),
    ("fr", "Ne pas diffuser.\nLe budget baisse de 10 %", "Ne pas diffuser"),
    ("fr", "Plan produit – merci de ne pas partager !", "merci de ne pas partager"),
    ("fr", "Communiqué sous embargo jusqu'au 5 mars 9 h", "sous embargo jusqu'au"),
    ("fr", "DIFFUSION RESTREINTE : note au comité", "DIFFUSION RESTREINTE"),
    ("fr", "Ces chiffres sont sous NDA", "sous NDA"),
    ("fr", "Réservé à un usage interne", "Réservé à un usage interne"),
    ("de", "VERTRAULICH: Quartalszahlen", "VERTRAULICH"),
    ("de", "Vertraulich – Entwurf der Pressemitteilung", "Vertraulich"),
    ("de", "Dieses Dokument ist streng vertraulich", "streng vertraulich"),
    ("de", "Nur für den internen Gebrauch: Preisliste 2027", "Nur für den internen Gebrauch"),
    ("de", "Nur fuer den internen Gebrauch", "Nur fuer den internen Gebrauch"),
    ("de", "Roadmap Q3 – bitte nicht weitergeben!", "bitte nicht weitergeben"),
    ("de", "Sperrfrist bis Dienstag, 10 Uhr", "Sperrfrist bis"),
    ("de", "Sperrfrist: 12.03., 9:00 Uhr", "Sperrfrist"),
    ("de", "Die Zahlen sind unter NDA", "unter NDA"),
    ("de", "Nur intern: Reorganisation", "Nur intern"),
    ("de", "Entwurf, nicht zur Veröffentlichung", "nicht zur Veröffentlichung"),
    ("es", "CONFIDENCIAL - resultados del trimestre", "CONFIDENCIAL"),
    ("es", "Informe estrictamente confidencial", "estrictamente confidencial"),
    ("es", "Presentación solo para uso interno", "solo para uso interno"),
    ("es", "Presentación sólo para uso interno", "sólo para uso interno"),
    ("es", "Uso interno: precios 2027", "Uso interno"),
    ("es", "Hoja de ruta: no compartir.", "no compartir"),
    ("es", "No difundir", "No difundir"),
    ("es", "Nota de prensa bajo embargo hasta el lunes", "bajo embargo hasta"),
    ("es", "El acuerdo está bajo NDA", "bajo NDA"),
    ("it", "Riservato: bozza del comunicato", "Riservato"),
    ("it", "[Confidenziale] piano commerciale", "[Confidenziale]"),
    ("it", "Documento strettamente riservato", "strettamente riservato"),
    ("it", "Esclusivamente per uso interno", "Esclusivamente per uso interno"),
    ("it", "Roadmap — non divulgare.", "non divulgare"),
    ("it", "Non condividere!", "Non condividere"),
    ("it", "Embargo fino alle 10 di lunedì", "Embargo fino alle"),
    ("it", "Il comunicato è sotto embargo fino al 3 marzo", "sotto embargo fino al"),
    ("pt", "CONFIDENCIAL: resultados", "CONFIDENCIAL"),
    ("pt", "Apresentação apenas para uso interno", "apenas para uso interno"),
    ("pt", "Plano 2027 – não divulgar.", "não divulgar"),
    ("pt", "Nao partilhar", "Nao partilhar"),
    ("pt", "Por favor, não compartilhar este documento.", "Por favor, não compartilhar este documento"),
    ("pt", "Comunicado sob embargo até às 9h", "sob embargo até"),
    ("nl", "VERTROUWELIJK - kwartaalcijfers", "VERTROUWELIJK"),
    ("nl", "Strikt vertrouwelijk: overnameplan", "Strikt vertrouwelijk"),
    ("nl", "Alleen voor intern gebruik", "Alleen voor intern gebruik"),
    ("nl", "Intern gebruik: prijslijst", "Intern gebruik"),
    ("nl", "Roadmap – niet delen.", "niet delen"),
    ("nl", "Niet verspreiden", "Niet verspreiden"),
    ("nl", "Persbericht onder embargo tot maandag 9 uur", "onder embargo tot"),
    ("nl", "Dit is niet voor publicatie", "niet voor publicatie"),
    # The forms employees type besides the ones above (each missed before).
    ("fr", "Document à ne pas diffuser.", "à ne pas diffuser"),
    ("fr", "À NE PAS DIFFUSER", "À NE PAS DIFFUSER"),
    ("fr", "Note interne – à ne pas partager", "à ne pas partager"),
    ("fr", "Diffusion interne uniquement", "Diffusion interne uniquement"),
    ("de", "Nur für internen Gebrauch", "Nur für internen Gebrauch"),
    ("de", "Nur zur internen Verwendung", "Nur zur internen Verwendung"),
    ("de", "Bitte vertraulich behandeln.", "Bitte vertraulich behandeln"),
    ("de", "Das Protokoll ist streng vertraulich zu behandeln.", "streng vertraulich zu behandeln"),
    ("es", "Uso exclusivo interno", "Uso exclusivo interno"),
    ("es", "Documento de uso exclusivamente interno", "uso exclusivamente interno"),
    ("es", "Queda prohibida su difusión.", "Queda prohibida su difusión"),
    ("it", "Vietata la diffusione.", "Vietata la diffusione"),
    ("it", "Documento per uso interno esclusivo", "uso interno esclusivo"),
    ("pt", "Para uso exclusivo interno", "uso exclusivo interno"),
    ("pt", "Proibida a divulgação.", "Proibida a divulgação"),
    ("nl", "Graag vertrouwelijk behandelen.", "Graag vertrouwelijk behandelen"),
    ("es", "Confidencial, no compartir: el plan de tarifas", "no compartir"),
    ("fr", "Brouillon, ne pas diffuser.", "ne pas diffuser"),
    # Chinese, Japanese, Korean: marking words anywhere, the others as a heading.
    ("ja", "社外秘：来期の新料金プランは4月発表予定です。", "社外秘"),
    ("ja", "【機密】来期の計画", "機密"),
    ("ja", "社内限り：新製品の価格", "社内限り"),
    ("ja", "取扱注意\n資料です", "取扱注意"),
    ("zh", "机密：明年的计划", "机密"),
    ("zh", "仅供内部使用：价格表", "仅供内部使用"),
    ("zh", "明年的预算请勿外传。", "请勿外传"),
    ("ko", "대외비: 다음 분기 신규 요금제", "대외비"),
    ("ko", "극비: 인수 계획", "극비"),
    ("ko", "내부용: 가격표", "내부용"),
]

# Ordinary prose of these languages with the same words: no marking.
NOT_MARKINGS = [
    ("fr", "Nous respectons la confidentialité de vos données."),
    ("fr", "Vos informations restent confidentielles et protégées."),
    ("fr", "L'usage interne des ressources a baissé cette année."),
    ("fr", "Il vaut mieux ne pas partager son mot de passe avec ses collègues."),
    ("fr", "L'UE prolonge l'embargo sur l'acier jusqu'à nouvel ordre."),
    ("fr", "Une consultation gratuite et confidentielle avec nos conseillers."),
    ("de", "Vertraulichkeit ist uns wichtig."),
    ("de", "Ihre Daten werden selbstverständlich vertraulich behandelt."),
    ("de", "Interne Kommunikation ist der Schlüssel zum Erfolg."),
    ("de", "Wir werden Ihre Daten nicht weitergeben."),
    ("de", "Das Thema wurde nur intern besprochen und dann gelöst."),
    ("de", "Die Sperrfrist beträgt sieben Jahre ab Vertragsabschluss."),
    ("de", "Intern: Sarah, Marketing, ab Juni"),
    ("es", "Consulte nuestra política de confidencialidad."),
    ("es", "El uso interno del agua en la planta bajó un 20 %."),
    ("es", "Recuerda: no compartir tu contraseña con nadie es la regla."),
    ("es", "Tratamos sus datos de forma confidencial y segura."),
    ("es", "El embargo hasta 2030 afecta a las exportaciones."),
    ("it", "Leggi l'informativa sulla riservatezza."),
    ("it", "Posto riservato ai soci, tutti i diritti riservati."),
    ("it", "Abbiamo deciso di non condividere le nostre previsioni con la stampa estera."),
    ("it", "L'uso interno dei dati è regolato dalla legge."),
    ("pt", "Leia a nossa política de confidencialidade."),
    ("pt", "O uso interno de energia caiu este ano."),
    ("pt", "Decidimos não divulgar os nomes dos vencedores antes da cerimónia."),
    ("nl", "Wij gaan vertrouwelijk om met uw gegevens."),
    ("nl", "Het intern gebruik van papier is gehalveerd."),
    ("nl", "We zullen uw gegevens nooit met derden delen."),
    ("nl", "Het embargo op Russisch gas blijft van kracht."),
    # Near the markings added with the forms above, and the words markings are made of.
    ("de", "Wir vertrauen unseren Kunden."),
    ("de", "Vertrauen ist gut, Kontrolle ist besser."),
    ("de", "Wir verpflichten uns, Ihre Daten vertraulich zu behandeln."),
    ("de", "Vertraulich behandeln wir alles, was Sie uns sagen."),
    ("fr", "Nous avons confiance en l'équipe."),
    ("fr", "Une vidéo à ne pas partager avec les enfants."),
    ("fr", "C'est une erreur à ne pas commettre."),
    ("fr", "La diffusion interne des offres d'emploi est obligatoire."),
    ("es", "El uso exclusivo de la piscina es para socios."),
    ("es", "Prohibida la distribución de folletos en la calle."),
    ("it", "Vietata la diffusione di volantini nel parco."),
    ("it", "La riservatezza dei dati è importante."),
    ("pt", "É proibida a distribuição de panfletos na rua."),
    ("pt", "O uso exclusivo do estacionamento é para clientes."),
    ("nl", "Wij vertrouwen op jullie."),
    ("nl", "Zelfvertrouwen is belangrijk."),
    ("es", "Mi consejo, no compartir la contraseña con nadie."),
    ("zh", "商业机密保护法今天生效。"),
    ("zh", "据公司内部资料显示，收入增长。"),
    ("zh", "保密协议很重要"),
    ("ja", "機密情報の取り扱いについて説明します。"),
    ("ja", "取扱注意の荷物が届きました。"),
    ("ko", "극비리에 진행된 협상이 끝났다."),
]


@pytest.mark.parametrize(("language", "text", "marking"), MARKINGS)
def test_marking_of_each_language_is_reported(findings, language: str, text: str, marking: str) -> None:
    spans = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert spans == [marking], language


@pytest.mark.parametrize(("language", "text"), NOT_MARKINGS)
def test_ordinary_prose_of_each_language_is_not_a_marking(findings, language: str, text: str) -> None:
    assert findings(text, CATEGORY) == [], language


def _strip_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


# Markings that are markings opening a line or after a dash, colon or bar.
PHRASES = [
    "strictement confidentiel", "à usage interne uniquement", "ne pas diffuser", "ne pas divulguer",
    "diffusion restreinte", "sous NDA", "sous embargo jusqu'au",
    "streng vertraulich", "nur für den internen Gebrauch", "nicht weitergeben", "nur intern",
    "Sperrfrist bis", "unter NDA",
    "estrictamente confidencial", "solo para uso interno", "no compartir", "no difundir",
    "bajo embargo hasta",
    "strettamente riservato", "non divulgare", "non condividere", "sotto embargo fino al",
    "não divulgar", "não partilhar", "não compartilhar", "sob embargo até",
    "strikt vertrouwelijk", "alleen voor intern gebruik", "niet delen", "niet verspreiden",
    "onder embargo tot",
    "à ne pas diffuser", "diffusion interne uniquement", "nur für internen Gebrauch",
    "nur zur internen Verwendung", "bitte vertraulich behandeln", "uso exclusivo interno",
    "uso interno esclusivo", "prohibida su difusión", "vietata la diffusione", "proibida a divulgação",
    "graag vertrouwelijk behandelen",
]  # fmt: skip
# Words that are markings as a heading only (opening a line), as "Confidential:" in English: in a
# sentence they are ordinary ("Rapport T3 – confidentiel" is not marked, nor is "Q3 report – confidential").
HEADINGS = [
    "confidentiel", "usage interne", "vertraulich", "Sperrfrist", "confidencial", "uso interno", "riservato",
    "confidenziale", "vertrouwelijk", "intern gebruik", "embargo fino al", "embargo jusqu'au", "embargo tot",
]  # fmt: skip

CASES = [str.lower, str.upper, str.capitalize, str.title]


@settings(max_examples=200, deadline=None)
@given(
    phrase=st.sampled_from(PHRASES + HEADINGS),
    case=st.sampled_from(CASES),
    accents=st.booleans(),
    heading=st.booleans(),
    before=st.sampled_from(["", "Texte\n", "🔒 ", "**", "> "]),
    after_dash=st.sampled_from(["Rapport T3 – ", "Q3 plan: ", "Hoja de ruta | ", "Plan - ", "(Entwurf) — "]),
    after=st.sampled_from(["", ":", " —", " -", "!", ".", "\nLe reste suit.", ": 9 h"]),
)
def test_any_marking_in_marking_position_is_found(
    findings, phrase, case, accents, heading, before, after_dash, after
):
    """Any marking of any language, in any case, with or without its accents, opening a line (after at
    most a few symbols), and the phrases also after a dash, colon or bar, followed by punctuation or
    the end of the line, is a marking."""
    written = case(phrase if accents else _strip_accents(phrase))
    lead = before if heading or phrase in HEADINGS else after_dash
    text = f"{lead}{written}{after}"
    assert findings(text, CATEGORY), text


# Small vocabularies of ordinary words per language, including the words markings are made of when
# they stand in a sentence (confidentialité, Vertraulichkeit, interne, riservatezza ...).
_WORDS = {
    "fr": "nous respectons la confidentialité de vos données interne usage partager diffuser ressources le "
    "rapport équipe gratuit et confidentielle embargo sur acier",
    "de": "wir behandeln Ihre Daten vertraulich die interne Kommunikation Vertraulichkeit ist uns wichtig "
    "weitergeben Team Bericht und Gebrauch",
    "es": "nuestra política de confidencialidad el uso interno del agua compartir tu contraseña datos "
    "confidencial equipo informe y",
    "it": "informativa sulla riservatezza posto riservato uso interno dei dati condividere le previsioni "
    "confidenziale squadra e",
    "pt": "política de confidencialidade uso interno de energia divulgar os nomes partilhar equipa "
    "confidencial relatório e",
    "nl": "wij gaan vertrouwelijk om met uw gegevens het intern gebruik van papier delen verspreiden "
    "embargo team rapport en",
}
VOCABULARY = {language: words.split() for language, words in _WORDS.items()}


@settings(max_examples=200, deadline=None)
@given(data=st.data(), language=st.sampled_from(sorted(VOCABULARY)))
def test_ordinary_sentences_of_marking_words_are_not_markings(findings, data, language):
    """Sentences built from the words markings are made of, in prose order (starting with a pronoun or
    article, ending in a full stop, at least two words after the marking word), are not markings."""
    words = data.draw(st.lists(st.sampled_from(VOCABULARY[language]), min_size=4, max_size=12))
    opener = {"fr": "Nous", "de": "Wir", "es": "El", "it": "Il", "pt": "O", "nl": "Wij"}[language]
    text = f"{opener} {' '.join(words)} team rapport."
    # Drawn by chance from these words, two markings are no ordinary sentence: Italy's usual stamp
    # "riservato e confidenziale" (a marking wherever it stands), and a document named for internal
    # use ("relatório de uso interno", "informe de uso interno").
    assume("riservato e confidenziale" not in text.lower())
    assume(re.search(r"(?:relatório|informe) (?:de|para) uso interno", text) is None)
    assert findings(text, CATEGORY) == [], text


# Chinese, Japanese and Korean: no spaces, so a marking is a word glued to the text around it.
CJK_ANYWHERE = [
    "社外秘",
    "部外秘",
    "대외비",
    "仅供内部使用",
    "社内限り",
    "사내한정",
    "请勿外传",
    "請勿外傳",
    "禁止转发",
]
CJK_HEADINGS = ["機密", "机密", "極秘", "绝密", "기밀", "극비", "内部资料", "社内限定", "取扱注意", "내부용"]
CJK_PROSE = [
    "来期の新料金プランは4月発表予定です",
    "明年第一季度收入预计增长",
    "다음 분기 신규 요금제는 3월에 공개됩니다",
]


@settings(max_examples=150, deadline=None)
@given(
    word=st.sampled_from(CJK_ANYWHERE),
    prose=st.sampled_from(CJK_PROSE),
    where=st.sampled_from(["start", "middle", "end"]),
    punctuation=st.sampled_from(["", "：", "。", "，", " "]),
)
def test_cjk_marking_words_are_found_anywhere(findings, word, prose, where, punctuation):
    half = len(prose) // 2
    text = {
        "start": f"{word}{punctuation}{prose}",
        "middle": f"{prose[:half]}{word}{punctuation}{prose[half:]}",
        "end": f"{prose}{punctuation}{word}",
    }[where]
    assert word in [text[f.start : f.end] for f in findings(text, CATEGORY)], text


@settings(max_examples=150, deadline=None)
@given(
    word=st.sampled_from(CJK_HEADINGS),
    prose=st.sampled_from(CJK_PROSE),
    lead=st.sampled_from(["", "【", "[", "🔒 ", "> "]),
    closing=st.sampled_from(["：", ":", "】", "]", "）", "，", "\n"]),
)
def test_cjk_heading_words_are_markings_as_a_heading_and_prose_elsewhere(
    findings, word, prose, lead, closing
):
    heading = f"{lead}{word}{closing}{prose}"
    assert word in [heading[f.start : f.end] for f in findings(heading, CATEGORY)], heading
    in_prose = f"{prose[:4]}{word}{prose[4:]}。"
    assert findings(in_prose, CATEGORY) == [], in_prose
