"""Keep-it-inside markings in more languages and registers (round 11): the material said to stay
between those told ("das bleibt aber unter uns", "isso fica entre nós", "bu aramızda kalsın"), not
to be spread ("duyurmayın"), Hinglish ("confidential rakhna", "sirf internal hai", "team ke bahar
share mat karna"), the sender's own circle ("don't mention it to the others yet"), "NDA applies,
don't screenshot", "for internal eyes only", and a heading after a chat channel's tag ("[#deal-room]
Confidential: ...").

The sets read a bare "Between us, ..." / "Unter uns: ..." opening a sentence as gossip's opener, not a
marking (their claims and salaries are what is flagged there); advice about the reader's own secrets,
a surprise being kept, job adverts, questions and prose stay clean."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

CATEGORY = "confidential.marking"

# (language, draft, the text the finding covers): own wording, other names than the sets'.
MARKINGS = [
    ("de", "Die Filiale in Wels macht im März zu, das bleibt aber unter uns.", "bleibt aber unter uns"),
    (
        "de",
        "Jana wird Abteilungsleiterin – bleibt bitte erstmal unter uns!",
        "bleibt bitte erstmal unter uns",
    ),
    ("de", "Das muss unter uns bleiben: die Prämien fallen weg.", "unter uns bleiben"),
    ("en", "The Hull office is closing in June. This stays between us.", "This stays between us"),
    (
        "en",
        "Ravi is getting the team lead role, it must stay between you and me",
        "it must stay between you and me",
    ),
    ("fr", "Le magasin de Nantes ferme en mai, que ça reste entre nous.", "ça reste entre nous"),
    ("es", "Subimos tarifas el día 3, que quede entre nosotros.", "quede entre nosotros"),
    ("it", "Il negozio di Lecce chiude, mi raccomando che resti tra noi.", "resti tra noi"),
    ("pt", "A loja de Braga fecha em abril, isso fica entre nós.", "fica entre nós"),
    ("nl", "Het filiaal in Zwolle gaat dicht, dit blijft onder ons.", "blijft onder ons"),
    ("tr", "İzmir şubesi kapanıyor, bu aramızda kalsın.", "aramızda kalsın"),
    ("tr", "Ece'nin terfisi kesinleşti, henüz duyurmayın.", "duyurmayın"),
    ("hinglish", "Naya pricing model final hai, abhi ke liye confidential rakhna.", "confidential rakhna"),
    ("hinglish", "Yeh roadmap sirf internal hai, kal discuss karenge.", "sirf internal"),
    ("hinglish", "Bonus list attached hai, team ke bahar share mat karna.", "team ke bahar share mat karna"),
    ("hinglish", "Merger ki news hai, yeh baat apne tak hi rakhna.", "yeh baat apne tak hi rakhna"),
    ("en", "Q3 layoffs list is final, don't mention it to the others yet", "don't mention it to the others"),
    (
        "en",
        "Please do not tell the rest of the team: the Leeds site closes.",
        "Please do not tell the rest of the team",
    ),
    ("en", "Vendor rates below (NDA applies):", "NDA applies"),
    ("en", "Roadmap slide attached - don't screenshot this", "don't screenshot this"),
    ("en", "For internal eyes only: the shortlist of sites for the new depot", "internal eyes only"),
    ("en", "[#board-prep] Confidential: the Q2 savings plan", "Confidential"),
    ("en", "(#leads) Internal only — the revised rota", "Internal only"),
]

# Hard negatives: the sets' gossip opener, advice, surprises, adverts, questions, prose.
NOT_MARKINGS = [
    ("en", "Between us, the new coffee machine is a huge upgrade."),
    ("de", "Unter uns: Die neue Kantine ist richtig gut geworden."),
    ("de", "Bleibt das unter uns?"),
    ("en", "What stays between us is the friendship we built on that trip."),
    ("fr", "Entre nous, ce film est un peu long."),
    ("tr", "Bu kodu kimseyle paylaşmayın, bankanız asla sormaz."),
    ("tr", "Kampanyayı herkese duyurun!"),
    ("hinglish", "Apna password confidential rakhna, kisi ko mat batana."),
    ("hinglish", "Sirf internal candidates apply kar sakte hain."),
    ("hinglish", "OTP kisi ko share mat karna."),
    ("en", "Don't tell the others, it's a surprise party for Maya on Friday!"),
    ("en", "Surprise farewell for Tom at 4 — don't mention it to the others!"),
    ("en", "Don't mention it! Happy to help anytime."),
    ("en", "The NDA applies to all suppliers who see our designs."),
    ("en", "Freelance illustrator wanted, remote. An NDA applies."),
    ("en", "Don't screenshot your boarding pass and post it online."),
    ("en", "[#wellbeing] Confidential counselling is free for all staff."),
    ("en", "Our internal eyes are on quality every single day."),
]


@pytest.mark.parametrize(("language", "text", "marking"), MARKINGS)
def test_keep_inside_marking_of_round11_is_found(findings, language: str, text: str, marking: str) -> None:
    spans = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert spans == [marking], (language, spans)


@pytest.mark.parametrize(("language", "text"), NOT_MARKINGS)
def test_openers_advice_surprises_and_adverts_are_not_markings(findings, language: str, text: str) -> None:
    assert findings(text, CATEGORY) == [], language


# The class: the material said to stay between those told, in each language, after any news.
STAYS = [
    "das bleibt aber unter uns",
    "das bleibt vorerst unter uns",
    "this stays between us",
    "that has to stay between us",
    "que ça reste entre nous",
    "que quede entre nosotros",
    "che rimanga tra noi",
    "isso fica entre nós",
    "dit blijft even onder ons",
    "bu aramızda kalsın",
    "duyurmayınız lütfen",
    "confidential hi rakhna",
    "sirf internal hai",
    "yeh baat humare beech rehni chahiye",
    "don't mention it to the others",
    "pls don't tell the rest of the office",
]
NEWS = [
    "Marek leaves at the end of June",
    "la boutique de Metz ferme",
    "Preise steigen im Juli",
    "Ayla'nın maaşı arttı",
    "new pricing Q1 se live hai",
]


@settings(max_examples=150, deadline=None)
@given(
    stays=st.sampled_from(STAYS),
    news=st.sampled_from(NEWS),
    channel=st.sampled_from(["", "[#ops] ", "fyi "]),
    end=st.sampled_from([".", "!", " 🤫", ""]),
)
def test_material_kept_between_those_told_is_a_marking(findings, stays, news, channel, end):
    text = f"{channel}{news}, {stays}{end}"
    spans = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert spans and all(span.lower() in stays.lower() for span in spans), text


# ...and the same circle words as an opener, or with a surprise, or as a question, are not.
OPENERS = ["Between us,", "Unter uns:", "Entre nous,", "Tra noi:", "Just between us,"]


@settings(max_examples=100, deadline=None)
@given(opener=st.sampled_from(OPENERS), news=st.sampled_from(NEWS), question=st.booleans())
def test_circle_words_opening_a_sentence_are_not_a_marking(findings, opener, news, question):
    text = f"{opener} {news}{'?' if question else '.'}"
    assert findings(text, CATEGORY) == [], text


@settings(max_examples=60, deadline=None)
@given(
    said=st.sampled_from(
        ["don't tell the others", "don't mention it to the others", "do not tell the rest of the team"]
    ),
    occasion=st.sampled_from(["a surprise party", "Lena's birthday cake", "the surprise leaving gift"]),
    before=st.booleans(),
)
def test_a_surprise_kept_from_the_others_is_not_a_marking(findings, said, occasion, before):
    text = f"Planning {occasion} for Friday — {said}!" if before else f"{said.capitalize()}, it's {occasion}!"
    assert findings(text, CATEGORY) == [], text
