"""An instruction to keep the post inside a circle is a confidentiality marking in every language,
anywhere in a sentence ("no lo comentéis fuera", "niet delen buiten het MT", "DO NOT DISTRIBUTE beyond
the reseller channel", "别外传"); and stamps a heading gives ("Uso interno apenas:", "Nota
confidencial:", "intern / vertraulich").

Advice about the reader's own things ("never share your PIN with anyone"), promises ("we do not share
your data outside the EU"), questions, and talk about what an NDA is stay clean."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

CATEGORY = "confidential.marking"

# (language, draft, the text the finding covers): own wording, other names than the sets'.
MARKINGS = [
    (
        "en",
        "Tariffs attached. Do not forward outside the sales team.",
        "Do not forward outside the sales team",
    ),
    (
        "en",
        "Margins — please don't share this beyond the partner channel",
        "please don't share this beyond the partner channel",
    ),
    ("en", "Ana is leaving; don't tell the customers yet.", "don't tell the customers"),
    ("en", "Keep this between us until Friday: the Leeds depot closes.", "Keep this between us"),
    ("de", "Der Standort Kassel schließt, bitte nicht weitersagen.", "bitte nicht weitersagen"),
    ("de", "Sagt es nicht weiter, aber Jonas wird Teamleiter.", "Sagt es nicht weiter"),
    ("de", "Die Boni werden gestrichen – nicht nach außen tragen.", "nicht nach außen tragen"),
    ("es", "Cerramos la tienda de Vigo, no lo contéis fuera.", "no lo contéis fuera"),
    ("es", "Lucía se va a la competencia, no se lo digáis a los clientes.", "no se lo digáis a los clientes"),
    ("es", "Bajamos precios el lunes, que no salga de aquí.", "que no salga de aquí"),
    ("it", "Chiudiamo il negozio di Bari, non ditelo ai clienti.", "non ditelo ai clienti"),
    ("it", "Listino nuovo in allegato, non girare all'esterno.", "non girare all'esterno"),
    ("pt", "O Rui vai ser despedido, não contem aos clientes.", "não contem aos clientes"),
    ("pt", "Tabela de preços nova: não partilhar fora da equipa.", "não partilhar fora"),
    ("fr", "On ferme l'agence de Lille, ne le répétez pas.", "ne le répétez pas"),
    ("fr", "Nouveaux tarifs : ne pas partager en dehors de l'équipe.", "ne pas partager en dehors de"),
    ("nl", "De winkel in Gent sluit, vertel het niet door.", "vertel het niet door"),
    ("nl", "Budget 2027: niet delen met de klanten.", "niet delen met de klanten"),
    ("sv", "Butiken i Umeå stänger, säg inget till pressen.", "säg inget till pressen"),
    ("sv", "Sprid det inte vidare: lönerna fryses.", "Sprid det inte vidare"),
    ("tr", "Zam oranları ekte, müşterilerle paylaşmayın.", "müşterilerle paylaşmayın"),
    ("tr", "Bilgi için, dışarıyla paylaşmayınız.", "dışarıyla paylaşmayınız"),
    ("zh", "新价格下周生效，不要往外说。", "不要往外说"),
    ("ja", "人事異動の件は他言無用でお願いします。", "他言無用"),
    ("pt", "Uso interno apenas: metas da equipa de vendas.", "Uso interno apenas"),
    ("es", "Nota confidencial: turnos de agosto.", "Nota confidencial"),
    ("de", "Folien sind intern/vertraulich, danke.", "intern/vertraulich"),
    ("en", "Deck is Internal / Confidential, thanks all", "Internal / Confidential"),
]

# Hard negatives: advice, promises, statements, questions, what a word means.
NOT_MARKINGS = [
    ("en", "Never share your PIN with anyone, not even with our staff."),
    ("en", "Don't tell anyone your password."),
    ("en", "We do not share your data outside the EU."),
    ("en", "Your data is not shared with third parties."),
    ("en", "Should we not tell the customers about the delay?"),
    ("en", "An NDA means you do not share the details outside the company."),
    ("en", "Internal medicine ward opens on Monday."),
    ("en", "Don't share customers' addresses in the chat."),
    ("de", "Wir geben Ihre Daten nicht an Dritte weiter."),
    ("de", "Er hat versprochen, es nicht weiterzusagen."),
    ("es", "No compartas tu contraseña con nadie."),
    ("es", "¿No lo comentamos fuera de la reunión?"),
    ("it", "Non dire a nessuno il tuo codice PIN."),
    ("pt", "Não conte a ninguém a sua senha."),
    ("fr", "Ne communiquez jamais votre code en dehors de l'application."),
    ("nl", "Wij delen uw gegevens niet buiten de EU."),
    ("sv", "Säg aldrig till någon din PIN-kod."),
    ("tr", "Şifrenizi kimseye söylemeyin, bankanız asla sormaz."),
    ("en", "If a caller asks for the code we text you, do not share it with anyone, even our staff."),
    ("es", "Si te llaman pidiendo la clave, no se la digas a nadie."),
    ("it", "Se qualcuno chiede il codice, non dirlo a nessuno."),
    ("pt", "Se pedirem o código por telefone, não o diga a ninguém."),
    ("sv", "Om någon ringer om koden, säg inget till någon."),
    ("de", "Ihre PIN? Sagt sie niemandem, auch nicht der Bank."),
    ("en", "What does internal / confidential mean in ISO 27001?"),
]


@pytest.mark.parametrize(("language", "text", "marking"), MARKINGS)
def test_keep_it_inside_instruction_is_a_marking(findings, language: str, text: str, marking: str) -> None:
    spans = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert spans == [marking], language


@pytest.mark.parametrize(("language", "text"), NOT_MARKINGS)
def test_advice_promises_and_questions_are_not_markings(findings, language: str, text: str) -> None:
    assert findings(text, CATEGORY) == [], language


# The class: (an instruction of each language, a circle it names); it is reported wherever it stands.
INSTRUCTIONS = [
    "do not share this outside the {c} team",
    "don't forward beyond the {c} channel",
    "no lo comentéis fuera",
    "non condividere fuori dal team {c}",
    "niet delen buiten het {c}",
    "zeg het niet verder",
    "nicht weitersagen",
    "não comentem com os clientes",
    "säg inget till kunderna",
    "dışarıyla paylaşmayın",
    "别外传",
]
CIRCLES = ["MT", "board", "retail", "Nordics", "ops"]
NEWS = [
    "Rafael leaves at the end of May",
    "la tienda de Soria cierra",
    "il listino cambia a marzo",
    "de vestiging in Delft sluit",
    "Preise steigen im Juli",
]


@settings(max_examples=150, deadline=None)
@given(
    instruction=st.sampled_from(INSTRUCTIONS),
    circle=st.sampled_from(CIRCLES),
    news=st.sampled_from(NEWS),
    before=st.booleans(),
    end=st.sampled_from([".", "!", " 🙏", ""]),
)
def test_keep_inside_instruction_is_found_anywhere_in_the_sentence(
    findings, instruction, circle, news, before, end
):
    said = instruction.format(c=circle)
    text = f"{said[0].upper()}{said[1:]}: {news}{end}" if before else f"{news}, {said}{end}"
    spans = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert spans and all(span.lower() in said.lower() for span in spans), text


ADVICE = [
    "never share your {t} with anyone",
    "if asked for the {t}, do not share it with anyone",
    "do not share your {t} outside the app",
    "no compartas tu {t} con nadie",
    "non dire a nessuno il tuo {t}",
    "não conte a ninguém o seu {t}",
    "säg aldrig till någon din {t}",
]


@settings(max_examples=100, deadline=None)
@given(
    advice=st.sampled_from(ADVICE),
    thing=st.sampled_from(["PIN", "password", "code", "login", "one-time code"]),
    question=st.booleans(),
)
def test_advice_about_the_readers_own_secret_is_not_a_marking(findings, advice, thing, question):
    text = f"Tip: {advice.format(t=thing)}{'?' if question else '.'}"
    assert findings(text, CATEGORY) == [], text
