"""A named person with a sensitive fact, round 6. A product's health claim is no person's fact even when
the brand holds a person's name ("Grandma Rosie's tonic cures arthritis", "Chá da Vovó Lurdes cura
diabetes") or the product is the subject ("our yogurt prevents colon cancer"); advice naming kinds of
data ("never post your date of birth") names no one. Facts said of a named person stay flagged, even
next to a claim verb after the fact ("her illness prevents her from working").
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.engine.person_sensitive.person_cases import NAME as _NAME
from tests.engine.person_sensitive.person_cases import common

CATEGORY = "pii.person_sensitive"

NOT_SENSITIVE = [
    # A product's claim, with a person's name in the brand, in every language of the policy.
    "Grandpa Walt's elixir cures arthritis, diabetes and gout in ten days!",
    "Aunt Bessie Moore's herbal drops prevent cancer naturally.",
    "Dr. Hartley's bitters heal depression without pills.",
    "Our kombucha reverses diabetes and protects against heart attack, clinically proven.",
    "This supplement eliminates tumours, say thousands of happy customers like Kevin Marsh.",
    "O xarope do Vovô Chico cura a diabetes e previne o câncer em 30 dias.",
    "La tisana de la Abuela Rosario Vidal cura la diabetes y previene el cáncer.",
    "Le sirop de Tante Odile Marchand guérit le diabète et prévient le cancer.",
    "Der Tee von Oma Hilde Berger heilt Diabetes und verhindert Krebs.",
    "L'infuso di Nonna Pina Esposito cura il diabete e previene il cancro.",
    "De kruidenthee van Oma Truus de Boer geneest diabetes en voorkomt kanker.",
    # Advice naming kinds of data: the reader's, no one named.
    "Reminder from Karen Webb in HR: never share your passport number, date of birth or bank details here.",
    "Nunca publiques tu número de documento ni tu fecha de nacimiento, recuerda Marta Gil.",
    "Ne publiez jamais votre numéro de sécurité sociale ni votre date de naissance, rappelle Luc Morel.",
    "Bitte niemals dein Geburtsdatum posten, sagt Jonas Keller von der IT.",
    "Non pubblicate mai la vostra data di nascita, ricorda Sara Conti.",
    "Deel nooit je geboortedatum in deze groep, zegt Bram de Vries.",
]

SENSITIVE = [
    # The fact said of the person; a claim verb after it or about something else does not hide it.
    ("Maria Lopez's illness prevents her from working this month.", "Maria Lopez"),
    ("Derek Shaw has diabetes, and no tea cures that.", "Derek Shaw"),
    ("Tia Ana Souza tem diabetes desde 2019.", "Ana Souza"),
    ("Our colleague Priya Nair has been diagnosed with cancer.", "Priya Nair"),
    ("Please send flowers to Joan Pike, her home address is 12 Elm Street.", "Joan Pike"),
]


# (template, kin words, claim verbs, diseases), each in one language
_CLAIMS = [
    (
        "{kin} {name}'s tonic {verb} {disease} in two weeks!",
        ["Grandma", "Uncle"],
        ["cures", "prevents", "heals"],
        ["diabetes", "cancer"],
    ),
    (
        "Chá da {kin} {name}: {verb} {disease} e muito mais!",
        ["Vovó", "Tia"],
        ["cura", "previne", "combate"],
        ["diabetes", "câncer"],
    ),
    (
        "El jarabe de {kin} {name} {verb} {disease} de forma natural.",
        ["Abuela", "Tía"],
        ["cura", "previene"],
        ["la diabetes", "el cáncer"],
    ),
    (
        "Der Saft von {kin} {name} {verb} {disease} ganz natürlich.",
        ["Oma", "Tante"],
        ["heilt", "verhindert"],
        ["Diabetes", "Krebs"],
    ),
]


@common
@given(
    first=_NAME,
    last=_NAME,
    claim=st.sampled_from(_CLAIMS).flatmap(
        lambda c: st.tuples(st.just(c[0]), *(st.sampled_from(words) for words in c[1:]))
    ),
)
def test_a_brands_health_claim_is_no_persons_fact(
    categories, first: str, last: str, claim: tuple[str, str, str, str]
) -> None:
    template, kin, verb, disease = claim
    text = template.format(kin=kin, name=f"{first} {last}", verb=verb, disease=disease)
    assert CATEGORY not in categories(text), text


@common
@given(
    first=_NAME,
    last=_NAME,
    data=st.sampled_from(
        [
            "Never post your date of birth or your home address here, says {name}.",
            "Do not share your SSN, passport scan, date of birth in this group - {name}, IT.",
            "Nunca compartas tu fecha de nacimiento aquí, dice {name}.",
            "Ne partagez jamais votre date de naissance ici, dit {name}.",
        ]
    ),
)
def test_advice_naming_the_readers_data_names_no_one(categories, first: str, last: str, data: str) -> None:
    text = data.format(name=f"{first} {last}")
    assert CATEGORY not in categories(text), text


# A pronoun starting the sentence after a single named person refers to them; a name before "who" is a
# person whatever the model says.
PRONOUN_SENSITIVE = [
    ("Congrats to Dwayne Okafor on the new place! He lives at 27 Willow Lane, Dayton.", "Dwayne Okafor"),
    ("Kudos to Trinh Vo who just moved to town! She's at 14 Aspen Court, Boise.", "Trinh Vo"),
    ("Big thanks to Laura Kim for covering. She was diagnosed with lupus last month.", "Laura Kim"),
    ("Parabéns ao Rui Costa pela casa nova! Ele mora na Rua das Flores 12, Porto.", "Rui Costa"),
    ("Say hi to Benedikt Ofori who is recovering from surgery.", "Benedikt Ofori"),
]

PRONOUN_NOT_SENSITIVE = [
    # two candidate names: the pronoun is not read
    "Tom Reed and Ana Silva came by. She lives at 12 Oak Street.",
    "Marco Ruiz met Olu Bello at the fair. He was diagnosed with diabetes years ago.",
    # no name before the pronoun
    "We visited our supplier last week. He's at 418 Maple Ridge Dr.",
    # a pronoun in the middle of the sentence does not reach back
    "Say hello to Nadia Rahman! Our shop, as she says, is at 22 Elm Street opening soon.",
    # a place before "who"
    "Everyone in New York who got sick last winter should call the hotline.",
    # a venue in the named person's sentence
    "Meet Jamal Reed, manager of our new store. He's at 418 Maple Ridge Dr every Saturday.",
]


@common
@given(
    first=_NAME,
    last=_NAME,
    greeting=st.sampled_from(["Shoutout to", "Congrats to", "Kudos to", "Welcome back"]),
    pronoun=st.sampled_from(["He's at", "She's at", "He lives at", "She lives at"]),
    number=st.integers(1, 9999),
    street=st.sampled_from(["Maple Ridge Dr", "Oak Street", "Birch Lane", "Cedar Court"]),
)
def test_an_address_told_through_a_pronoun_is_the_named_persons(
    findings, first: str, last: str, greeting: str, pronoun: str, number: int, street: str
) -> None:
    text = f"{greeting} {first} {last} who just bought a house! {pronoun} {number} {street}, so swing by."
    found = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert any(f"{first} {last}" in span for span in found), (text, found)


@common
@given(
    first=_NAME,
    last=_NAME,
    other=_NAME,
    pronoun=st.sampled_from(["He's at", "She's at", "He lives at", "She lives at"]),
    number=st.integers(1, 9999),
)
def test_a_pronoun_with_two_candidate_names_stays_unread(
    categories, first: str, last: str, other: str, pronoun: str, number: int
) -> None:
    names = f"{first} {last} and {other} {last}son"
    text = f"Shoutout to {names} who just bought a house! {pronoun} {number} Oak St."
    assert CATEGORY not in categories(text), text


def test_the_author_introducing_themselves_is_not_flagged_when_the_model_finds_only_the_surname(
    categories,
) -> None:
    """The model read only "Baaaa" as a person here; the given name before it is the author's too."""
    assert CATEGORY not in categories("Hi, I'm Cşek Baaaa and I'm proud to be gay.")
