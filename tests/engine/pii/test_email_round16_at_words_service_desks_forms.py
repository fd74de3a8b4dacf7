"""E-mail addresses in the phrasings of round 16 (own cases, other addresses and wordings than the set
that showed each class).

- An address with its "@" (and its dots) spelled in the language's own word: "chiocciola" and "punto"
  (it), "arroba" (es/pt), "arobase" and "point" (fr), "Klammeraffe" and "Punkt" (de), "apenstaartje"
  and "punt" (nl), "małpa" and "kropka" (pl), "snabel-a" (sv), bracketed or between spaces: a
  person's address, flagged.
- A service's mailbox named after the service in the language of the draft ("skolmat@", "mensa@",
  "stypendia@", "fees@"), introduced as where to write with questions about it ("Frågor om ...?",
  "प्रश्नों के लिए ... पर लिखें", "Fragen zum ...", "Per domande sulla ..."), and a complaints or
  grievance desk ("grievances@", "complaints@", "klachten@"): published by the organisation, reported,
  not flagged.
- An address at a domain reserved for documentation given as what to type into a form ("In the
  signup form, enter an address like ..."): a placeholder, reported, not flagged.
- Hard negatives the other way: the at-words in prose with no address ("la chiocciola è il simbolo"),
  a role mailbox spelled with them (low), a person's own address near a question ("mejla mig"), an
  address at a free-mail provider, a reserved domain given as a contact outside any form.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

CATEGORY = "pii.email"

SPELLED_AT = [
    "Per il calcetto scrivete a marco.bianchi(chiocciola)libero.it entro venerdì.",
    "Iscrizioni: marco.bianchi chiocciola libero punto it",
    "Escríbeme a lucia.ferrer arroba gmail punto com y te paso el horario.",
    "Apuntaos en lucia.ferrer[arroba]hotmail.es",
    "Manda o comprovativo para joao.silva(arroba)gmail.com até sexta.",
    "Écrivez à claire.martin arobase orange point fr pour le covoiturage.",
    "Inscriptions chez claire.martin(arobase)free.fr",
    "Anmeldung zum Lauftreff bei jonas.weber Klammeraffe web Punkt de",
    "Meldet euch bei jonas.weber(Klammeraffe)posteo.de",
    "Aanmelden bij sanne.bakker apenstaartje ziggo punt nl",
    "Zapisy na turniej: tomek.nowak(małpa)onet.pl",
    "Pisz na tomek.nowak małpa wp kropka pl",
    "Anmälan till erik.lund snabel-a telia.se senast fredag.",
]

SPELLED_AT_NOT_AN_ADDRESS = [
    "La chiocciola è il simbolo @ che usiamo nelle email.",
    "El símbolo arroba se escribe con AltGr y el 2.",
    "Das Zeichen Klammeraffe heißt auf Englisch at sign.",
    "Une arobase dans un mot de passe, c'est autorisé ?",
    "Mijn dochter noemt @ een apenstaartje, schattig toch.",
    "W zoo widzieliśmy małpa z młodym, super wycieczka.",
]

# A role mailbox spelled with the at-word: reported, at low.
SPELLED_ROLE = [
    "Per informazioni: info(chiocciola)comune-est.it",
    "Dudas: soporte arroba tienda-sol punto es",
]

SERVICE_DESKS = [
    "Frågor om fritids? Mejla fritids@ekero.se så svarar vi inom en vecka.",
    "Har du frågor om bygglov, skriv till bygglov@kommun-norr.se",
    "शुल्क से जुड़े प्रश्नों के लिए fees@college-north.ac.in पर लिखें।",
    "Fragen zum Mittagessen? Schreibt an mensa@schule-nord.de",
    "Pour toute question sur la cantine : cantine@mairie-sud.fr",
    "Para dudas sobre el comedor, escribe a comedor@colegio-sol.es",
    "Per domande sulla mensa scrivete a mensa@scuola-est.it",
    "Dúvidas sobre as bolsas? Escreva para bolsas@univ-centro.pt",
    "Vragen over de schoolmaaltijden? Mail naar maaltijden@school-west.nl",
    "Pytania o stypendia? Pisz na stypendia@uczelnia-wschod.edu.pl",
    "For scholarship questions, write to scholarships@college-east.edu.in",
    # complaints and grievance desks
    "शिकायतों के लिए grievances@power-west.in पर ईमेल करें।",
    "Not happy with a repair? Write to complaints@garage-east.co.uk",
    "Klachten over de bezorging? Mail klachten@bezorg-west.nl",
]

FORM_PLACEHOLDERS = [
    "In the registration form, type something like max.power@example.com to test the field.",
    "Im Formular eine Adresse wie lena.schmidt@example.de eingeben, dann erscheint die Fehlermeldung.",
    "Dans le formulaire, saisissez une adresse comme paul.durand@example.fr pour voir l'erreur.",
    "En el formulario de registro, escribe una dirección como ana.gil@example.es.",
    "Use a throwaway-looking address, e.g. kim.lee@example.org, when you try the checkout.",
    "Gebt eine Adresse an, z. B. tom.berger@example.de, und schaut, was passiert.",
]

STILL_PERSONAL = [
    "Frågor om festen? Mejla mig på anna.berg@telia.se",
    "Fragen zum Lauftreff? Schreibt mir an jonas@gmx.de",
    "प्रश्नों के लिए मुझे priya.sharma@gmail.com पर लिखें।",
    "Per domande sulla cena scrivete a giulia.romano@azienda-nord.it",
    "Write to lena.schmidt@example.de about your order.",
]


@pytest.mark.parametrize("text", SPELLED_AT + STILL_PERSONAL)
def test_a_persons_address_is_flagged(categories, text: str) -> None:
    assert CATEGORY in categories(text)


@pytest.mark.parametrize("text", SPELLED_AT_NOT_AN_ADDRESS)
def test_an_at_word_in_prose_is_no_address(findings, text: str) -> None:
    assert not findings(text, CATEGORY)


@pytest.mark.parametrize("text", SPELLED_ROLE + SERVICE_DESKS + FORM_PLACEHOLDERS)
def test_a_published_desk_or_a_placeholder_is_reported_not_flagged(categories, findings, text: str) -> None:
    assert findings(text, CATEGORY), text  # still reported, at low
    assert CATEGORY not in categories(text)


_LOCAL = st.builds(
    lambda first, last: f"{first}.{last}",
    st.text("abcdeilmnorstuv", min_size=3, max_size=8),
    st.text("abcdeilmnorstuv", min_size=3, max_size=8),
)
_AT_WORDS = [
    "(chiocciola)",
    " arroba ",
    "[arobase]",
    " Klammeraffe ",
    "(apenstaartje)",
    " małpa ",
    "(snabel-a)",
]
_DOMAINS = [
    "gmail.com",
    "libero punto it",
    "web Punkt de",
    "wp kropka pl",
    "orange point fr",
    "ziggo punt nl",
]


@settings(max_examples=60, deadline=None)
@given(local=_LOCAL, at=st.sampled_from(_AT_WORDS), domain=st.sampled_from(_DOMAINS))
def test_any_address_with_a_spelled_at_is_flagged(categories, local: str, at: str, domain: str) -> None:
    text = f"Zapisy / inscriptions / Anmeldung: {local}{at}{domain}"
    assert CATEGORY in categories(text)


@settings(max_examples=40, deadline=None)
@given(
    desk=st.sampled_from(["skolmat", "mensa", "cantine", "comedor", "stypendia", "fees", "bolsas"]),
    frame=st.sampled_from(
        [
            "Frågor om maten? {a}",
            "Fragen zum Essen? Schreibt an {a}",
            "Pour toute question : {a}",
            "Per domande scrivete a {a}",
            "प्रश्नों के लिए {a} पर लिखें।",
        ]
    ),
)
def test_a_service_desk_with_questions_is_never_flagged(categories, desk: str, frame: str) -> None:
    text = frame.format(a=f"{desk}@stad-norr.se")
    assert CATEGORY not in categories(text)
