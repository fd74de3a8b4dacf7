"""Profanity in code-mixed drafts and short common words: a recognised language's swearing mixed
into a draft of another below language.py's share for a mixed draft ("la demo salió como mierda, but
we'll fix it"); Swedish "fan" (damn) opening a Swedish draft, read only where Swedish stop words
sign the draft (it is a loan in English, German, Dutch); Hinglish "bakchod"; Chinese "他妈" as an
intensifier after an adverb, glued to the characters around it. Hard negatives: "fan" and "Fanny"
in other languages, a French phrase in an English draft, "他妈" as "his mum"."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

PROFANITY = "profanity"

# (draft, the words reported at medium or above): own wording.
CASES = [
    # a second language mixed into an English-led draft
    ("Honestly el launch fue una mierda, but the team was great 🙌", ["mierda"]),
    ("Quick update: the rollout è stata una cazzata, rollback in progress", ["cazzata"]),
    ("Ugh, c'est vraiment de la merde, this vendor portal. Ticket raised.", ["merde"]),
    ("Der Drucker ist echt Scheiße und kaputt, ordering a new one today", ["Scheiße"]),
    # Swedish "fan" where the draft is Swedish
    ("Fan, vi missade tåget och mötet börjar nu.", ["Fan"]),
    ("Det regnar igen, fan, och jag har inget paraply.", ["fan"]),
    ("Fy fan, vad kallt det är idag!", ["Fy fan"]),
    # Hinglish
    ("Boss ki meeting full bakchodi thi, koi decision nahi hua", ["bakchodi"]),
    ("Ye vendor ekdum bakchod nikla yaar", ["bakchod"]),
    # Chinese intensifier glued to the characters around it
    ("今天真他妈热，空调还坏了", ["真他妈"]),
    ("服务器又他妈挂了，谁来看看", ["又他妈"]),
    # hard negatives
    ("Big fan of the new dashboard, great work team!", []),
    ("Fan zone opens at 6pm, see you at the stadium", []),
    ("Ich bin ein großer Fan von unserem neuen Café.", []),
    ("Ik ben fan van deze nieuwe koffie 😍", []),
    ("Fanny from accounts is retiring, cake at 3 in the kitchen", []),
    ("Fan!", []),
    ("Dinner was à la carte, the crème de la crème of Lyon bistros", []),
    ("他妈妈是我们的老客户，谢谢她的支持", []),
    ("他妈是医生，周末来我们店体检讲座", []),
    ("Our Fanta promo runs all summer at the kiosk", []),
]


@pytest.mark.parametrize(("text", "reported"), CASES)
def test_code_mixed_and_short_words(findings, text: str, reported: list[str]) -> None:
    spans = [text[f.start : f.end] for f in findings(text, PROFANITY) if f.severity in ("medium", "high")]
    assert spans == reported


@settings(max_examples=120, deadline=None)
@given(
    mixed=st.sampled_from(
        [
            "la presentación salió como {w}",
            "el cliente dice que es una {w}",
            "la reunión fue una {w} total",
        ]
    ),
    word=st.sampled_from(["mierda", "puta", "gilipollas", "joder"]),
    english=st.sampled_from(
        ["but we'll fix it before Monday", "so let's regroup after lunch", "and the client noticed"]
    ),
)
def test_spanish_swearing_mixed_into_an_english_draft_is_profanity(categories, mixed, word, english) -> None:
    text = f"Team, {mixed.format(w=word)}, {english} 💪"
    assert PROFANITY in categories(text), text


@settings(max_examples=80, deadline=None)
@given(
    opener=st.sampled_from(["Fan,", "Fan!", "Men fan,"]),
    rest=st.sampled_from(
        [
            "jag har glömt nyckeln hemma och det regnar.",
            "vi har inte fått leveransen än och kunden ringer.",
            "det är måndag igen och kaffet är slut.",
        ]
    ),
)
def test_swedish_fan_in_a_swedish_draft_is_profanity(categories, opener, rest) -> None:
    text = f"{opener} {rest}"
    assert PROFANITY in categories(text), text


@settings(max_examples=80, deadline=None)
@given(
    sentence=st.sampled_from(
        [
            "Huge {w} of the new release, thanks team!",
            "Die {w}-Zone ist ab 18 Uhr geöffnet.",
            "Ik ben een echte {w} van dit merk.",
            "Je suis {w} de ce nouveau café.",
            "{w} meetup tonight at the office",
        ]
    ),
    word=st.sampled_from(["fan", "Fan", "Fanny", "fans"]),
)
def test_fan_outside_swedish_stays_clean(categories, sentence, word) -> None:
    text = sentence.format(w=word)
    assert PROFANITY not in categories(text), text


@settings(max_examples=60, deadline=None)
@given(
    name=st.sampled_from(["Fan Bingbing", "Fan Zhendong", "Fan Li"]),
    sentence=st.sampled_from(
        ["Vi såg {n} på tv igår och det var kul.", "Jag har en intervju med {n} idag, och det blir bra."]
    ),
)
def test_fan_as_a_surname_in_a_swedish_draft_stays_clean(categories, name, sentence) -> None:
    text = sentence.format(n=name)
    assert PROFANITY not in categories(text), text
