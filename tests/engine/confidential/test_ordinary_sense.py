"""One-word code names are ordinary words too, in their own spelling and in other scripts: a post about
birds that names a bluebird or a nightjar (in Latin letters, katakana or Hangul) is clean, while a
leak of the project, in any script, is flagged.

Code names come from the Acme overlay (Project Falcon, Bluebird, Nightjar, Orion X, and the Japanese
and the Japanese and Korean spellings the overlay gives its one-word names).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

CATEGORY = "confidential.codename"


def covered(findings, text: str) -> list[str]:
    return [text[f.start : f.end] for f in findings(text, CATEGORY)]


LEAKS = [
    ("ブルーバードの発売日が決まりました。社内限定でお願いします", "ブルーバード"),
    ("ナイトジャーのベータ版を来週から配布します", "ナイトジャー"),
    ("블루버드 출시가 다음 분기로 밀렸어요", "블루버드"),
    ("나이트자 프로젝트 데모 영상 공유합니다", "나이트자"),
    ("Bluebird beta is out for testers; the bird logo is still a placeholder", "Bluebird"),
    ("Spotted: Nightjar pricing slides left on the printer next to the bird calendar", "Nightjar"),
    # No word of either sense: the name is the project, as before.
    ("Nightjar is running late again", "Nightjar"),
    # A name of several words is always the project, birds or not.
    ("Birdwatching weekend with the Project Falcon crew 🐦", "Project Falcon"),
    ("#ProjectFalcon bird sanctuary trip", "#ProjectFalcon"),
]

ORDINARY = [
    "週末は公園でブルーバードを観察しました。野鳥って本当にかわいい🐦",
    "夜の森でナイトジャー（ヨタカ）の鳴き声を聞いた。探鳥会は最高",
    "탐조 모임에서 블루버드를 봤어요! 새소리가 정말 예뻤어요",
    "Saw a Nightjar on the heath at dusk, such a strange bird.",
    "Our garden feeder attracts a Bluebird every morning, best birding spot in town.",
    "Heute einen Nightjar bei der Vogelbeobachtung gesehen!",
    "Un Bluebird au jardin ce matin, quel bel oiseau.",
]


@pytest.mark.parametrize(("text", "name"), LEAKS)
def test_a_code_name_in_any_script_with_a_project_word_is_flagged(findings, text: str, name: str) -> None:
    assert covered(findings, text) == [name], text


@pytest.mark.parametrize("text", ORDINARY)
def test_a_one_word_code_name_in_a_post_about_birds_is_not_flagged(categories, text: str) -> None:
    assert CATEGORY not in categories(text)


SPELLINGS = ["Bluebird", "Nightjar", "ブルーバード", "ナイトジャー", "블루버드", "나이트자"]
BIRD_POSTS = [
    "今朝、公園で{name}を観察しました。野鳥の会より",
    "{name}の鳴き声が森に響いていた🐦 双眼鏡を忘れずに",
    "오늘 탐조에서 {name}를 봤어요",
    "A {name} landed on the feeder, lovely bird.",
    "Vogelbeobachtung am Morgen: ein {name} im Garten.",
    "Observé un {name} ce matin, superbe oiseau.",
]
PROJECT_POSTS = [
    "{name}の発売は来月です",
    "{name} 출시 일정 공유드립니다",
    "{name} launch moved to May",
    "{name}项目下周内测",
    "Le lancement de {name} est repoussé",
    # The bird words do not hide a project word.
    "{name}の新製品発表会、野鳥のロゴがかわいい",
    "{name} beta ships to birders first",
]


@settings(max_examples=150, deadline=None)
@given(
    name=st.sampled_from(SPELLINGS), bird=st.sampled_from(BIRD_POSTS), project=st.sampled_from(PROJECT_POSTS)
)
def test_a_one_word_code_name_is_the_bird_among_bird_words_and_the_project_among_project_words(
    findings, name: str, bird: str, project: str
) -> None:
    """In any script, a one-word code name with words about birds and none about a product is the
    bird; with a word about a product or a project, whatever else the draft says, it is the project."""
    assert covered(findings, bird.format(name=name)) == [], bird.format(name=name)
    leak = project.format(name=name)
    assert covered(findings, leak) == [name], leak
