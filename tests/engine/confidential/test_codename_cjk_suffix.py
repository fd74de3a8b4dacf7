"""A code name of several words is the same project when Chinese, Japanese or Korean write its
project word after the rest of the name, glued to it or spaced ("Project Falcon": "Falcon项目",
"Falconプロジェクト", "Falcon 프로젝트"); the word alone in a CJK sentence without that project word
is no code name."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

CODENAME = "confidential.codename"

# (draft, the text the finding covers): own wording, not the sets'.
CASES = [
    ("Falcon项目下周开始封闭测试。", "Falcon项目"),
    ("我们正在讨论Falcon計劃的预算。", "Falcon計劃"),
    ("来週Falconプロジェクトの社内説明会があります。", "Falconプロジェクト"),
    ("Falcon計画の担当者は佐藤さんです。", "Falcon計画"),
    ("Falcon프로젝트 회의는 목요일입니다.", "Falcon프로젝트"),
    ("다음 달 Falcon 프로젝트 킥오프가 있습니다.", "Falcon 프로젝트"),
    ("FALCON项目进度汇报", "FALCON项目"),
]

NOT_CODENAMES = [
    "周末我们在动物园看到了一只Falcon。",
    "Falcon是一种猛禽，飞得非常快。",
    "ファルコン(Falcon)は速い鳥です。",
    "Falcon 9 로켓이 어제 발사되었습니다.",
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_project_word_after_the_name_in_cjk_is_the_project(findings, text: str, name: str) -> None:
    assert [text[f.start : f.end] for f in findings(text, CODENAME)] == [name]


@pytest.mark.parametrize("text", NOT_CODENAMES)
def test_the_word_alone_in_a_cjk_sentence_is_no_code_name(findings, text: str) -> None:
    assert findings(text, CODENAME) == []


@settings(max_examples=120, deadline=None)
@given(
    word=st.sampled_from(["项目", "項目", "计划", "プロジェクト", "計画", "프로젝트", "계획"]),
    spaced=st.booleans(),
    before=st.sampled_from(["", "关于", "来週の", "이번 ", "新しい"]),
    after=st.sampled_from(["的进度", "の資料", "는 비공개", "。", ""]),
)
def test_falcon_with_a_cjk_project_word_is_reported_whole(findings, word, spaced, before, after):
    name = f"Falcon{' ' if spaced else ''}{word}"
    text = f"{before}{name}{after}"
    assert [text[f.start : f.end] for f in findings(text, CODENAME)] == [name], text
