"""Profanity that no word list can hold whole: Dutch and German compounds built on a swearword
("kutdag", "Scheißwetter"), and Chinese, Japanese and Korean swearing, written without spaces
around it; and the ordinary words that look like them.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.engine.profanity.test_languages import _builder  # the lexicon builder, loaded once by path


def covered(findings, text: str) -> list[str]:
    return [text[f.start : f.end] for f in findings(text, "profanity")]


# ---------------------------------------------------------------------------------------------------
# Compounds
# ---------------------------------------------------------------------------------------------------

COMPOUNDS = [
    ("Nou zeg, wat een kutweer is het vandaag", "kutweer"),
    ("Kutzooi, de trein rijdt weer niet en ik ben te laat", "Kutzooi"),
    ("Wat een klotebaan heb ik toch, echt waar", "klotebaan"),
    ("Das ist ja ein Scheißwetter heute, ich bleibe zu Hause", "Scheißwetter"),
    ("Mir ist das scheissegal, ich gehe jetzt nach Hause", "scheissegal"),
    ("Es ist arschkalt draußen und der Bus kommt nicht", "arschkalt"),
]


@pytest.mark.parametrize(("text", "compound"), COMPOUNDS)
def test_compound_on_a_swearword_is_reported(findings, text: str, compound: str) -> None:
    assert covered(findings, text) == [compound]


NOT_COMPOUNDS = [
    "Die Kutsche fährt um zehn Uhr ab und der Kutscher wartet",
    "Der Kutter lief heute Morgen aus dem Hafen aus",
    "Die Mönche tragen eine braune Kutte",
    "Een Arschin is een oude Russische lengtemaat",
    "Het dorp Kuttekoven ligt in Limburg, vlak bij de grens",
    "We gaan met de kinderen naar de kust en de duinen",
    "Het kantoor in Kutno is gesloten",
]


@pytest.mark.parametrize("text", NOT_COMPOUNDS)
def test_ordinary_words_sharing_a_compound_head_are_left_alone(findings, text: str) -> None:
    assert findings(text, "profanity") == []


_TAILS = st.text(alphabet="abdefghijklmnoprsuvwz", min_size=3, max_size=9)


@settings(max_examples=150, deadline=None)
@given(
    head=st.sampled_from(
        [("nl", "kut"), ("nl", "klote"), ("de", "scheiß"), ("de", "scheiss"), ("de", "arsch")]
    ),
    tail=_TAILS,
    case=st.sampled_from([str.lower, str.capitalize]),
)
def test_any_compound_on_a_head_is_found_in_its_language(findings, head, tail, case):
    language, word = head
    compound = case(word + tail)
    # the policy's not_compounds: German "Kutsche", Turkish "kutlu", "kutu", Finnish "kutsu",
    # Hungarian "kutya"
    assume(
        not compound.lower().startswith(
            ("kutsch", "kutt", "kutla", "kutlu", "kutsa", "kutsu", "kutu", "kuty", "kutat")
        )
    )
    opener = {"nl": "Nou zeg, wat een", "de": "Das ist ja so ein"}[language]
    text = f"{opener} {compound} vandaag, echt." if language == "nl" else f"{opener} {compound} heute, echt."
    assert covered(findings, text) == [compound]


# ---------------------------------------------------------------------------------------------------
# Portuguese "porra": a Spanish betting pool
# ---------------------------------------------------------------------------------------------------


def test_porra_is_profanity_in_portuguese(categories) -> None:
    assert "profanity" in categories("Porra, mais uma reunião que podia ter sido um e-mail")
    assert "profanity" in categories("Que porra é essa? Ninguém avisou a equipa")


@pytest.mark.parametrize(
    "text",
    ["La porra del mundial: ¿quién gana?", "Hicimos una porra en la oficina para el partido del domingo"],
)
def test_porra_is_a_betting_pool_in_spanish(findings, text: str) -> None:
    assert findings(text, "profanity") == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Too short to detect: the draft's stop words lean to one language or the other.
        ("Olha só: porra", True),
        ("Porra, já?", True),
        ("La porra: ¿quién gana?", False),
        ("¿Entras en la porra?", False),
        # No sign of any language: Spanish cannot be ruled out.
        ("Porra!", False),
    ],
)
def test_a_short_draft_is_judged_by_the_language_it_leans_to(findings, text: str, flagged: bool) -> None:
    assert bool(findings(text, "profanity")) is flagged


# ---------------------------------------------------------------------------------------------------
# Chinese, Japanese, Korean
# ---------------------------------------------------------------------------------------------------

UNSPACED = [
    ("他妈的，又要加班了", "他妈的"),
    ("这个傻逼系统又崩了", "傻逼"),
    ("またクソみたいな会議だった", "クソ"),
    ("ファック！終電を逃した", "ファック"),
    ("씨발 진짜 너무하네", "씨발"),
    ("오늘 존나 힘들다", "존나"),
    ("그 개새끼가 또 늦었어", "개새끼"),
    ("Deploy failed again 他妈的", "他妈的"),
    ("씨1발 또 야근이야", "씨1발"),
    ("这个傻*逼系统", "傻*逼"),
    ("ㅅㅂ 또 버그", "ㅅㅂ"),
    ("ㅋㅋㅋ ㅂㅅ같네", "ㅂㅅ"),
    ("またク*ソみたいな会議", "ク*ソ"),
]


@pytest.mark.parametrize(("text", "word"), UNSPACED)
def test_unspaced_swearword_is_reported(findings, text: str, word: str) -> None:
    assert covered(findings, text) == [word]
    assert findings(text, "profanity")[0].severity in {"medium", "high"}


NOT_UNSPACED = [
    "我妈妈的生日是下周",
    "他妈妈做的菜很好吃",
    "每天做体操你会更健康",
    "截止日期正在逼近",
    "杂种优势在农业上很重要",
    "資料はファックスで送ります",
    "エクソンモービルの決算が出た",
    "品物が多くそろっている店です",
    "糞便検査の結果は正常でした",
    "여기가 우리 여행의 시발점이야",
    "껌을 씹다가 혀를 깨물었다",
    "미친 듯이 좋아요",
    "김씨 발이 아파서 병원에 갔어요",
    "김씨.발표 자료는 내일 드릴게요",
    "2024.03.15 他的妈妈来了",
    "ㅋㅋㅋ 너무 웃겨 ㅎㅎ",
]


@pytest.mark.parametrize("text", NOT_UNSPACED)
def test_ordinary_text_holding_a_swearword_shape_is_left_alone(categories, text: str) -> None:
    assert "profanity" not in categories(text, min_severity="low")


def _unspaced_words(tiers=("slur", "strong")) -> list[str]:
    builder = _builder()
    return sorted(
        word
        for table in (builder.UNSPACED_LANGUAGES, builder.UNSPACED_ADDITIONS)
        for language in table.values()
        for tier in tiers
        for word in language.get(tier, ())
    )


_PROSE = ["今天", "又", "真的", "。", "、", "でした", "みたいな", "진짜", "너무 ", " ", "！", "Hey ", ""]


@settings(max_examples=200, deadline=None)
@given(
    word=st.sampled_from(_unspaced_words()),
    before=st.lists(st.sampled_from(_PROSE), max_size=3),
    after=st.lists(st.sampled_from(_PROSE), max_size=3),
)
def test_any_unspaced_swearword_is_found_wherever_it_stands(findings, word, before, after):
    text = "".join(before) + word + "".join(after)
    assert word in covered(findings, text), text


_KATAKANA_WORDS = [
    w for w in _unspaced_words(("slur", "strong", "mild")) if all("\u30a0" <= c <= "\u30ff" for c in w)
]


@settings(max_examples=100, deadline=None)
@given(
    word=st.sampled_from(_KATAKANA_WORDS),
    before=st.text(alphabet="アイエスマクテー", max_size=2),
    after=st.text(alphabet="スンーイ", max_size=2),
)
def test_katakana_swearword_inside_a_longer_katakana_word_is_not_read(findings, word, before, after):
    assume(before or after)
    text = f"資料は{before}{word}{after}で送ります"
    assert covered(findings, text) == []


@settings(max_examples=150, deadline=None)
@given(
    word=st.sampled_from(_unspaced_words()),
    filler=st.lists(st.sampled_from(["1", "0", "*", "**", "_", "~", "·", "", ""]), min_size=8, max_size=8),
)
def test_unspaced_swearword_with_digits_or_symbols_slipped_in_is_found(findings, word, filler):
    """ "씨1발", "傻*逼": at most two digits or symbols between any two characters."""
    hidden = "".join(ch + (filler[i] if i < len(word) - 1 else "") for i, ch in enumerate(word))
    text = f"真的 {hidden} 진짜"
    assert hidden in covered(findings, text), text
