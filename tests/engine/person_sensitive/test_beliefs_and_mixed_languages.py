"""A named person's religion or sexual orientation in the seven languages, health and dismissal in
code-switched drafts (Spanglish, Hinglish, Taglish, Franglais), and job adverts that name a contact;
with the hard negatives of each class: holiday greetings, places of worship as venues, "Christian" as
a first name, religious leaders in their role, Pride and ally posts, a person speaking of themselves,
"gay" in names of places, code-switched chatter without a person, job adverts.

The model misses names it has never seen, more so among words of another language: the tables use
ordinary names, the properties names made of random letters (with letters beyond Latin-1 too:
"Yıldız", "Łukasz").
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

CATEGORY = "pii.person_sensitive"

SENSITIVE = [
    # Religion of a named person.
    ("Welcome Tariq Mansour, a Muslim convert who joins the Bristol depot.", "Tariq Mansour"),
    ("Heads up: Greta Lindqvist is a Jehovah's Witness, no blood-drive rota.", "Greta Lindqvist"),
    ("Our planner Noah Feld is a devout Catholic, so no Sunday shifts for him.", "Noah Feld"),
    ("Imogen Tate converted to Judaism before her wedding.", "Imogen Tate"),
    ("Happy to welcome Rashid Amin, a Muslim convert, to the night shift!", "Rashid Amin"),
    ("Oskar Brandl ist Zeuge Jehovas und feiert keine Geburtstage.", "Oskar Brandl"),
    ("Die Kollegin Elif Şahin ist Muslimin und fastet im Moment.", "Elif Şahin"),
    ("Mathis Carpentier est témoin de Jéhovah, il refusera la transfusion.", "Mathis Carpentier"),
    ("Notre acheteur Samuel Azoulay est juif pratiquant.", "Samuel Azoulay"),
    ("Rocío Medina es testigo de Jehová y no celebra la Navidad.", "Rocío Medina"),
    ("Il magazziniere Davide Serra è testimone di Geova.", "Davide Serra"),
    ("A enfermeira Beatriz Lobo é testemunha de Jeová e recusa transfusões.", "Beatriz Lobo"),
    ("Onze chauffeur Youssef El Amrani is moslim en vast tijdens de ramadan.", "Youssef El Amrani"),
    # Sexual orientation of a named person.
    ("Psst, did you know our treasurer Owen Pryce is gay?", "Owen Pryce"),
    ("Word is that Harriet Vance came out as bisexual at the retreat.", "Harriet Vance"),
    ("Unser Vertriebsleiter Lukas Brenner ist schwul.", "Lukas Brenner"),
    ("Notre comptable Thibault Roussel est homosexuel.", "Thibault Roussel"),
    ("Nuestra directora Marta Ibáñez es lesbiana.", "Marta Ibáñez"),
    ("Il nostro cassiere Fabio Longo è omosessuale.", "Fabio Longo"),
    ("O gerente Tiago Fontes é gay e ainda não contou a ninguém.", "Tiago Fontes"),
    ("Onze teamleider Joris van Dam is homo.", "Joris van Dam"),
    # Code-switched health and dismissal.
    ("Ok so Valeria Cruz from payroll está en el hospital, she has leukemia y no vuelve.", "Valeria Cruz"),
    ("FYI Ramiro Paz got fired ayer, la neta nadie sabe por qué.", "Ramiro Paz"),
    ("Yaar, Sameer Joshi ko last Friday terminate kar diya, client complaint ki wajah se.", "Sameer Joshi"),
    ("Pooja Reddy hospital mein admit hai since Sunday, chemo chal raha hai.", "Pooja Reddy"),
    ("Grabe, si Carlo Bautista na-terminate kahapon dahil sa audit.", "Carlo Bautista"),
    ("Guys, si Andrea Villanueva ay nasa ospital pa rin, pray for her.", "Andrea Villanueva"),
    ("Mon collègue Bastien Lemoine got fired hier soir, c'est chaud.", "Bastien Lemoine"),
    # Gossip told in the first person is still about another ("I'm told", "I'm X's manager").
    ("I'm told Clara Holt is a Scientologist.", "Clara Holt"),
    ("I'm Eamon Price's manager and honestly, he is gay.", "Eamon Price"),
    # A salary offered to a named person in a note about hiring.
    ("Hiring news: we've offered the COO job to Priyanka Das at $380,000 base.", "Priyanka Das"),
]

NOT_SENSITIVE = [
    # Religious greetings and holidays.
    "Happy Diwali to all our Hindu customers and their families!",
    "Eid Mubarak from everyone at Northwind!",
    "Ramadan Kareem from Amira Haddad and the whole care team.",
    "Happy Hanukkah to our Jewish friends and customers — Daniel Stern, store manager.",
    "Frohe Weihnachten an alle Kunden, Ihr Team um Markus Vogt!",
    "Joyeux Noël à tous nos clients, de la part de Claire Dubois et de l'équipe !",
    "Feliz Navidad a todos nuestros clientes, os desea Laura Gil.",
    # A place of worship as a venue.
    "The charity concert is at St Anne's Catholic Church, 4 Mill Lane, on Saturday.",
    "Le concert aura lieu à la Grande Mosquée de Lyon samedi soir.",
    "Das Benefizkonzert findet in der Marienkirche statt.",
    # "Christian" and other religion words as names.
    "Christian Wagner joins us as head of logistics.",
    "Christian Holt will present the quarterly numbers on Friday.",
    "Cristiano Araújo marcou dois golos no sábado.",
    "The Jewish Museum Berlin welcomes Anna Weber as curator.",
    # Religious leaders in their role.
    "Pope Leo said the message of peace must reach every home.",
    "Rabbi Miriam Gold, a Jewish scholar, opens our lecture series.",
    # A place described by a religion or an orientation.
    "San Francisco is a gay mecca, and our pop-up opens there in May.",
    "Salt Lake City is a Mormon town with a great food scene.",
    # Company policy without a named person.
    "Our policy: staff may swap shifts for religious holidays, Christian, Jewish, Muslim or Hindu.",
    "Unsere Richtlinie: Mitarbeitende dürfen an religiösen Feiertagen frei nehmen.",
    # Pride, allies, a person speaking of themselves, "gay" in names and old senses.
    "Happy Pride Month! We stand with our LGBTQ+ colleagues.",
    "Our CEO Helen Marsh is proud to be an ally of the LGBTQ+ community.",
    "I'm proud to be gay and proud to work here. Happy Pride!",
    # The author telling their own: told with consent.
    "Hi, I'm Jordan Blake and I'm proud to be gay.",
    "My name is Sara Lind and I came out as bisexual last year.",
    "Ich bin Jonas Keller und ich bin schwul, und das ist gut so.",
    "Je m'appelle Inès Morel et je suis musulmane.",
    "Soy Lucía Navarro y soy lesbiana, y estoy orgullosa.",
    "We had a gay old time at the winter party!",
    "Gay Head lighthouse on Martha's Vineyard reopens for tours.",
    "Bonne fête des Fiertés à toutes et à tous !",
    "Feliz mes del Orgullo a toda la comunidad.",
    # Code-switched chatter without a named person, job adverts.
    "Ok so el meeting de hoy is cancelled, nos vemos mañana.",
    "Guys, weekend pe team outing hai, sab log aana!",
    "Grabe ang traffic kanina, late na ako sa meeting.",
    "C'est le last day du sale, profitez-en !",
    "Hiring kami ng cashier sa Makati, sweldo ₱18,000, hanapin si Liza Manalo.",
    # Ordinary idioms and software.
    "Customer Support got fired up about the new tooling.",
]


@pytest.mark.parametrize(("text", "person"), SENSITIVE)
def test_a_named_persons_belief_orientation_or_mixed_language_fact_is_flagged(
    findings, text: str, person: str
) -> None:
    found = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert any(person in span for span in found), (text, found)


@pytest.mark.parametrize("text", NOT_SENSITIVE)
def test_greetings_venues_leaders_names_pride_and_chatter_are_not_flagged(categories, text: str) -> None:
    assert CATEGORY not in categories(text)


# Names the model has never seen: random letters, capitalised; some with letters of Latin Extended-A.
_NAME = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from("BCDFGKLMNPRSTVŁŞ"),
    st.text("aeioulnrstmkışğł", min_size=3, max_size=7),
)
common = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Per language: a religion and an orientation said of {name}.
BELIEFS = {
    "en": ["Meet {name}, a practising Muslim who runs our night shift.", "{name} is a Jehovah's Witness.",
           "Between us, {name} is gay.", "Our new buyer {name} is an atheist, apparently."],
    "de": ["{name} ist Zeugin Jehovas.", "Unsere Kollegin {name} ist Muslimin.", "{name} ist lesbisch."],
    "fr": ["Notre collègue {name} est témoin de Jéhovah.", "Notre collègue {name} est homosexuel."],
    "es": ["Nuestro compañero {name} es testigo de Jehová.", "Nuestro compañero {name} es homosexual."],
    "it": ["Il nostro collega {name} è testimone di Geova.", "Il nostro collega {name} è gay."],
    "pt": ["O nosso colega {name} é testemunha de Jeová.", "O nosso colega {name} é muçulmano."],
    "nl": ["Onze collega {name} is Jehova's getuige en viert niets.", "Onze collega {name} is homo."],
}  # fmt: skip


@common
@given(data=st.data(), language=st.sampled_from(sorted(BELIEFS)), first=_NAME, last=_NAME)
def test_a_religion_or_orientation_said_of_an_unknown_name_is_flagged(
    findings, data, language: str, first: str, last: str
) -> None:
    """In each language, a belief or an orientation said of any name is a finding covering the name,
    whether or not the model knows the name."""
    text = data.draw(st.sampled_from(BELIEFS[language])).format(name=f"{first} {last}")
    assert any(f"{first} {last}" in text[f.start : f.end] for f in findings(text, CATEGORY)), text


NOT_BELIEFS = [
    "Happy Diwali to all our Hindu customers, from {name} and the team!",
    "Eid Mubarak to our Muslim colleagues! {name}, people team",
    "Christian {last} joins us as head of sales.",
    "Pope {last} said peace must reach every home.",
    "Our CEO {name} is proud to be an ally this Pride Month.",
    "Frohe Ostern an alle Kunden, Ihr {name}!",
    "Hi, I'm {name} and I'm proud to be gay.",
    "My name is {name} and I'm a practising Muslim.",
    "Ik ben {name} en ik ben homo.",
    "Joyeux Noël à tous nos clients, de la part de {name} !",
]


@common
@given(template=st.sampled_from(NOT_BELIEFS), first=_NAME, last=_NAME)
def test_greetings_first_names_leaders_and_allies_with_any_name_are_not_flagged(
    categories, template: str, first: str, last: str
) -> None:
    text = template.format(name=f"{first} {last}", last=last)
    assert CATEGORY not in categories(text), text


MIXED = [
    "Ok so {name} from sales está en el hospital, she has lupus y no va a volver.",
    "FYI {name} got fired ayer, nadie sabe por qué.",
    "Suna? {name} ko last week terminate kar diya, attendance ki wajah se.",
    "{name} ko naukri se nikal diya boss ne.",
    "Grabe, si {name} na-terminate kahapon.",
    "Si {name} ay may cancer, pray for him guys.",
    "Mon boss {name} got fired hier soir, c'est ouf.",
]


@common
@given(template=st.sampled_from(MIXED), first=_NAME, last=_NAME)
def test_code_switched_health_or_dismissal_of_an_unknown_name_is_flagged(
    findings, template: str, first: str, last: str
) -> None:
    text = template.format(name=f"{first} {last}")
    assert any(f"{first} {last}" in text[f.start : f.end] for f in findings(text, CATEGORY)), text


# Job adverts in the seven languages, with a salary and a contact in the same sentence.
ADVERTS_WITH_CONTACT = [
    "We're hiring a {role} in Leeds, salary £{amount} a year, contact {name}.",
    "Nous recrutons un {role} à Lille, salaire {amount} € par an, contactez {name}.",
    "Wir suchen einen {role} in Köln, Gehalt {amount} € im Jahr, Ansprechpartnerin {name}.",
    "Buscamos {role} en Málaga, salario {amount} € al año, pregunta por {name}.",
    "Cerchiamo {role} a Verona, stipendio {amount} € all'anno, referente {name}.",
    "Estamos contratando! {role} em São Paulo, salário R$ {amount} por ano, fale com {name}.",
    "Vaga: {role} em Curitiba, salário R$ {amount} + VR, fale com {name}.",
    "Vacature: {role} in Leiden, salaris {amount} euro per jaar, contactpersoon {name}.",
]


@common
@given(
    advert=st.sampled_from(ADVERTS_WITH_CONTACT),
    role=st.sampled_from(["Data Engineer", "Office Manager", "analista", "Key Account Manager"]),
    amount=st.integers(18, 250).map(lambda k: f"{k}.000"),
    first=_NAME,
    last=_NAME,
)
def test_a_job_advert_names_no_persons_salary_even_with_a_contact(
    categories, advert: str, role: str, amount: str, first: str, last: str
) -> None:
    text = advert.format(role=role, amount=amount, name=f"{first} {last}")
    assert CATEGORY not in categories(text), text
