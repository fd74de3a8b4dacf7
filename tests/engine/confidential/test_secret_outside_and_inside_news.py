"""Markings that the material is still a secret to the outside or must not be told outside, in
Portuguese, Spanish, Italian, French, Dutch, English, Korean, Japanese and Chinese ("não falem disto
lá fora", "아직 외부에는 비밀", "社外にはまだ秘密", "暂时对外保密"), and "inside news" opening a tip as a
heading in Japanese and Korean ("内部情報：", "내부 정보:"; not Chinese "内部消息：", which
the development sets disagree on).

Hard negatives: "outside" in its literal sense, a secret alone (a recipe, "no secret that"), a public
"internal beta" announcement, a report's "内部消息称", a surprise being kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

CATEGORY = "confidential.marking"

# (language, draft, the text the finding covers): own wording, not the sets'.
MARKINGS = [
    ("pt", "O novo tarifário sai em maio. Ainda não falem disto lá fora!", "não falem disto lá fora"),
    ("pt", "Não espalhem isso por aí, a loja do Porto fecha.", "Não espalhem isso por aí"),
    ("pt", "Por favor não falem sobre isto fora, ok?", None),
    ("es", "Cerramos la tienda de Vigo, no habléis de esto fuera.", "no habléis de esto fuera"),
    ("es", "No lo contéis por ahí, el precio cambia en mayo.", "No lo contéis por ahí"),
    ("it", "Non ne parlate fuori, il listino cambia a maggio.", "Non ne parlate fuori"),
    ("fr", "Ne le dites pas à l'extérieur : les prix augmentent.", "Ne le dites pas à l'extérieur"),
    ("nl", "Vertel het niet buiten het team: de prijzen stijgen.", "Vertel het niet buiten"),
    ("nl", "De winkel in Breda sluit, breng het nog niet naar buiten.", "breng het nog niet naar buiten"),
    ("en", "Pricing is final, don't talk about it outside the team.", "don't talk about it outside the team"),
    ("en", "It's still a secret outside the company, so keep quiet.", "still a secret outside the company"),
    ("en", "Keep this secret from the customers until Monday.", "Keep this secret from the customers"),
    ("ko", "드디어 새 앱 베타 시작! 아직 외부에는 비밀입니다 🤫", "외부에는 비밀"),
    ("ko", "새 요금제는 외부에는 아직 기밀입니다.", "외부에는 아직 기밀"),
    ("ko", "출시일은 아직 대외적으로 비밀입니다.", "대외적으로 비밀"),
    ("ja", "新料金は来月から。社外にはまだ秘密です。", "社外にはまだ秘密"),
    ("ja", "この件は外部に漏らさないでください。", "外部に漏らさないで"),
    ("zh", "新品价格已定，暂时对外保密。", "对外保密"),
    ("zh", "下周的调整名单出来了，先别对外说。", "别对外说"),
    ("ja", "内部情報：来期は新ブランドを出します", "内部情報"),
    ("ko", "내부 정보: 다음 달 조직 개편이 있습니다", "내부 정보"),
]

NOT_MARKINGS = [
    ("en", "It's no secret that our team loves coffee."),
    ("en", "Our secret recipe: join our kitchen team, apply now!"),
    ("en", "We're looking for people who love working outside."),
    ("en", "Our internal beta is open to everyone — sign up today!"),
    ("en", "Keep it a secret from the others, it's a surprise party for Jo!"),
    ("en", "Don't talk about it, just do it!"),
    ("pt", "Está a chover lá fora, levem guarda-chuva."),
    ("pt", "Não falem alto lá fora, o bebé está a dormir."),
    ("es", "Hace mucho frío ahí fuera, abrigaos."),
    ("ko", "오늘 외부 온도가 35도예요."),
    ("ko", "우리 가게 비밀 레시피를 공개합니다!"),
    ("ko", "내부 정보에 따르면 회사가 이전한다고 합니다."),
    ("ja", "猫を外に出さないでください。"),
    ("ja", "秘密のレシピで作ったカレーです。"),
    ("zh", "内部消息称，该公司将于明年上市。"),
    ("zh", "公园周一暂停对外开放。"),
    ("zh", "我们的内部测试版现已向所有人开放！"),
]


@pytest.mark.parametrize(("language", "text", "marking"), MARKINGS)
def test_secret_to_the_outside_is_a_marking(findings, language: str, text: str, marking: str | None) -> None:
    spans = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    if marking is None:  # a question is no marking
        assert spans == [], (language, spans)
    else:
        assert spans == [marking], (language, spans)


@pytest.mark.parametrize(("language", "text"), NOT_MARKINGS)
def test_literal_outside_and_secret_alone_are_not_markings(findings, language: str, text: str) -> None:
    assert findings(text, CATEGORY) == [], language


# The class: a still-secret-outside marking in each language, after any news, is found and covers
# only the marking.
SECRET_OUTSIDE = [
    "ainda não falem disto lá fora",
    "não comentem isto por aí",
    "no habléis de eso fuera",
    "non ne parlate in giro",
    "vertel het niet buiten de afdeling",
    "don't talk about it outside the office",
    "it is still a secret outside the team",
    "아직 외부에는 비밀이에요",
    "외부에선 아직 비밀",
    "社外には内緒です",
    "外部に言わないでね",
    "请对外保密",
    "不要对外透露",
]
NEWS = [
    "Sala 3 fecha em junho",
    "el precio sube el lunes",
    "Fabian wechselt nach Graz",
    "신제품은 3월 출시",
    "来月から新料金",
    "新门店下月开业",
]


@settings(max_examples=150, deadline=None)
@given(
    said=st.sampled_from(SECRET_OUTSIDE),
    news=st.sampled_from(NEWS),
    end=st.sampled_from([".", "!", " 🤫", "", "。"]),
)
def test_secret_outside_after_any_news_is_a_marking(findings, said, news, end):
    text = f"{news}, {said}{end}"
    spans = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert spans and all(span in said for span in spans), (text, spans)


# ...and the outside or a secret alone, in the same drafts, is not.
LITERAL = [
    "lá fora está sol",
    "ahí fuera hace frío",
    "our secret sauce is back",
    "it's no secret that we love Mondays",
    "외부 온도는 30도",
    "外で遊ぼう",
    "秘密のレシピ",
    "公园对外开放",
]


@settings(max_examples=100, deadline=None)
@given(said=st.sampled_from(LITERAL), news=st.sampled_from(NEWS), end=st.sampled_from([".", "!", ""]))
def test_outside_or_secret_alone_is_not_a_marking(findings, said, news, end):
    text = f"{news}, {said}{end}"
    assert findings(text, CATEGORY) == [], text
