"""Classes of misses and false flags (issue 11, sixth round), each with its hard negatives: mailboxes
named after a department, an activity, a service or a committee, in several languages, and a
reserved-domain address as the argument of a command (pii.email); published booking and reception
lines (pii.phone); credentials inside sentences and quotes (secret); masked swearing (profanity);
more URL shorteners (link.suspicious); quoted stamps (confidential.marking); 4-4-5 cards.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


def covered(findings, text: str, category: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.severity) for f in findings(text, category)]


# ---------------------------------------------------------------------------------------------------
# pii.email: a mailbox named after what an organisation does or who runs it
# ---------------------------------------------------------------------------------------------------

FUNCTION_MAILBOXES = [
    ("Sign up for the spring courses: training@harbourlabs.io", "training@harbourlabs.io"),
    ("Inscriptions aux formations : formation@ville-annecy.fr", "formation@ville-annecy.fr"),
    ("Anmeldung zur Schulung bitte an schulung@stadtwerke-ulm.de", "schulung@stadtwerke-ulm.de"),
    ("Información de los cursos en formacion@colegio-sur.es", "formacion@colegio-sur.es"),
    ("Iscrizioni ai corsi: corsi@palestra-aurora.it", "corsi@palestra-aurora.it"),
    ("Dúvidas sobre o curso? capacitacao@cooperativa-verde.com.br", "capacitacao@cooperativa-verde.com.br"),
    ("Aanmelden voor de cursus via opleidingen@zorggroep-noord.nl", "opleidingen@zorggroep-noord.nl"),
    ("Write to the committee at committee@elmstreetallotments.org", "committee@elmstreetallotments.org"),
    ("Fragen an den Vorstand: vorstand@tsv-neustadt.de", "vorstand@tsv-neustadt.de"),
    ("Het bestuur is bereikbaar via bestuur@hockeyclub-delft.nl", "bestuur@hockeyclub-delft.nl"),
    ("Escribid a la junta directiva: junta@ampa-cervantes.es", "junta@ampa-cervantes.es"),
    ("Found a wallet? lostandfound@citytheatre.co.uk", "lostandfound@citytheatre.co.uk"),
    ("Objets perdus : objetstrouves@festival-lyon.fr", "objetstrouves@festival-lyon.fr"),
    ("Fundsachen bitte an fundbuero@messe-koeln.de melden", "fundbuero@messe-koeln.de"),
    ("Broken heater? facilities@orbitcowork.com", "facilities@orbitcowork.com"),
    ("Password reset requests go to itsupport@lakeside.edu", "itsupport@lakeside.edu"),
    ("Contact the trustees at trustees@riverbankfoodbank.org.uk", "trustees@riverbankfoodbank.org.uk"),
    ("Questions? Email the PTA board at pta-board@oakhill.school", "pta-board@oakhill.school"),
]


@pytest.mark.parametrize(("text", "value"), FUNCTION_MAILBOXES)
def test_function_mailboxes_are_low(findings, categories, text: str, value: str) -> None:
    assert covered(findings, text, "pii.email") == [(value, "low")]
    assert "pii.email" not in categories(text)


@settings(max_examples=120, deadline=None)
@given(
    role=st.sampled_from(
        [
            "training",
            "formazione",
            "treinamento",
            "schulungen",
            "formacion",
            "opleiding",
            "board",
            "committee",
            "council",
            "vorstand",
            "bestuur",
            "diretoria",
            "lostproperty",
            "facilities",
            "maintenance",
            "secretariat",
            "segreteria",
            "sekretariat",
            "academy",
            "transport",
        ]
    ),
    suffix=st.sampled_from(["", "2027", ".north", "-team"]),
    frame=st.sampled_from(
        [
            "Questions? Email {} any time.",
            "Inscrições pelo e-mail {} até sexta.",
            "Per informazioni scrivete a {} grazie",
            "Mehr Infos unter {}",
        ]
    ),
)
def test_any_function_mailbox_in_any_frame_is_low(findings, role: str, suffix: str, frame: str) -> None:
    address = f"{role}{suffix}@northwind-group.org"
    assert covered(findings, frame.format(address), "pii.email") == [(address, "low")]


PERSONAL_NEXT_TO_FUNCTION_WORDS = [
    "Our trainer is reachable at marta.ortega@gmail.com after class.",
    "Il presidente del consiglio risponde a giulia.ricci@libero.it",
    "Board member contact: kenji.tanaka@outlook.com",
    "Der Vorstand, privat: jonas.weber84@web.de",
]


@pytest.mark.parametrize("text", PERSONAL_NEXT_TO_FUNCTION_WORDS)
def test_a_persons_address_near_function_words_stays_medium(categories, text: str) -> None:
    assert "pii.email" in categories(text)


COMMAND_PLACEHOLDERS = [
    'Generate a key with `ssh-keygen -t rsa -b 4096 -C "your_email@example.com"` first.',
    "Then set your identity: git config --global user.email me@example.org",
    "Lancez la commande gpg --quick-gen-key dev@example.com puis publiez la clé.",
    "Führe den Befehl npm login --email du@example.net aus.",
]


@pytest.mark.parametrize("text", COMMAND_PLACEHOLDERS)
def test_reserved_address_in_a_command_is_a_placeholder(categories, text: str) -> None:
    assert "pii.email" not in categories(text)


def test_reserved_address_outside_docs_or_commands_stays_personal(categories) -> None:
    assert "pii.email" in categories("New number who dis, email me at rosa@example.com tonight")


# ---------------------------------------------------------------------------------------------------
# pii.phone: a business's booking, appointment or reception line; the writer's own number in CJK
# ---------------------------------------------------------------------------------------------------

PUBLISHED_BOOKING_LINES = [
    ("Nuovo menù di stagione! Per prenotare chiamate lo 06 4821 7730.", "06 4821 7730"),
    ("Fisioterapia: appuntamenti al 011 562 4410, dal lunedì al venerdì.", "011 562 4410"),
    ("Pour réserver votre table : 04 78 92 15 60.", "04 78 92 15 60"),
    ("Prise de rendez-vous au 01 45 67 89 10 ou en ligne.", "01 45 67 89 10"),
    ("Terminvereinbarung unter 030 4412 7789, Mo bis Fr.", "030 4412 7789"),
    ("Reservas para el brunch del domingo: 915 22 83 40.", "915 22 83 40"),
    ("Cita previa en el 934 556 210 para renovar el carnet.", "934 556 210"),
    ("Agendamentos pelo 21 845 6620, de segunda a sábado.", "21 845 6620"),
    ("Reserveren kan via 020 624 1188.", "020 624 1188"),
    ("Bookings for the quiz night: 0161 496 0732.", "0161 496 0732"),
    ("整体院です。ご予約は 03-3456-7812 までお気軽にどうぞ。", "03-3456-7812"),
    ("本店预约请拨打 021-6234 5678。", "021-6234 5678"),
    ("진료 예약은 02-3456-7890 으로 연락 주세요.", "02-3456-7890"),
]


@pytest.mark.parametrize(("text", "value"), PUBLISHED_BOOKING_LINES)
def test_a_booking_or_reception_line_is_low(findings, categories, text: str, value: str) -> None:
    assert covered(findings, text, "pii.phone") == [(value, "low")]
    assert "pii.phone" not in categories(text)


@settings(max_examples=80, deadline=None)
@given(
    lead=st.sampled_from(
        [
            "Prenotazioni al {}.",
            "Per prenotare: {}",
            "Reservas: {}",
            "Pide cita al {} en nuestra clínica.",
            "Ligue para a nossa clínica: {}",
            "Chiamate il centralino {}.",
            "Bookings: {}",
            "ご予約は受付（{}）まで",
        ]
    ),
    number=st.sampled_from(["02 8945 6610", "045 812 3300", "(713) 555-0100", "03-5412-7780", "213 456 780"]),
)
def test_any_booking_line_phrase_makes_a_line_low(findings, lead: str, number: str) -> None:
    text = lead.format(number)
    assert [s for _, s in covered(findings, text, "pii.phone")] in ([], ["low"])


PERSONAL_AFTER_A_BUSINESS_WORD = [
    "快递放在前台了，收件人是我，手机13812345678，麻烦帮忙拿一下",
    "受付に置いてあります。私の携帯 090-1234-5678 に連絡ください",
    "Reservas llenas, así que llámame al 612 345 678 y lo vemos.",
    "Prenotazioni chiuse: chiamami al 333 123 4567 per un posto.",
    "Booking line is down, call me at (415) 555-0199 instead.",
]


@pytest.mark.parametrize("text", PERSONAL_AFTER_A_BUSINESS_WORD)
def test_a_persons_own_number_near_a_booking_word_stays_medium(categories, text: str) -> None:
    assert "pii.phone" in categories(text)


# ---------------------------------------------------------------------------------------------------
# secret: URL passwords with any printable character; keys inside sentences and quoted strings
# ---------------------------------------------------------------------------------------------------

SECRETS_IN_PROSE_AND_QUOTES = [
    ("Prod creds: MYSQL_URL=mysql://report:Zq!8$wPe#31x@10.2.0.9/sales", "Zq!8$wPe#31x"),
    ("mongodb://etl:Ab3&Kk:9x%21m@mongo-1.internal:27017", "Ab3&Kk:9x%21m"),
    (
        "Est-ce que cette clé marche encore ? "
        "SG.Hq7Lp2Xw9Rt4Zn6Vb1Mc3d.Ka8Jq2Wz5Lp7Xc4Vb9Nm1Rt6Yu3Io0Pe2As5Df8Gh",
        None,
    ),
    (
        'conn = "DefaultEndpointsProtocol=https;AccountName=lab;'
        'AccountKey=Mk3vP8qL2xW7tR4nZ9yB6cH1jF5dS0gA3eU8iO2rT7qX4mN=="',
        None,
    ),
    ("Connection: 'AccountName=logs;AccountKey=Zt6Wq1Lp8Xk3Vn7Rb2Mc9Hd4Jf0Gs5Ae1Ui7Oo3Pr8Ty2Qq6Nm=;'", None),
]


@pytest.mark.parametrize(("text", "value"), SECRETS_IN_PROSE_AND_QUOTES)
def test_credentials_in_sentences_and_quotes_are_flagged(findings, categories, text: str, value) -> None:
    assert "secret" in categories(text)
    if value is not None:
        assert value in [text[f.start : f.end] for f in findings(text, "secret")]


@settings(max_examples=100, deadline=None)
@given(
    password=st.text(
        alphabet=st.sampled_from("abcdefghkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789#!$%&*:;=+~,^"),
        min_size=10,
        max_size=24,
    )
    .filter(lambda p: sum(c.isdigit() for c in p) >= 2 and sum(c.isalpha() for c in p) >= 4)
    # "$A22222AAA" is written as a reference to a variable ($VAR, left out by design: "${DB_PASS}").
    .filter(lambda p: not re.fullmatch(r"\$[A-Za-z_][A-Za-z0-9_]*", p)),
    scheme=st.sampled_from(["postgres", "mysql", "redis", "amqp", "mongodb+srv"]),
    frame=st.sampled_from(["DATABASE_URL={}", "Tente com {} por favor", "設定: {} で接続", '"url": "{}"']),
)
def test_any_printable_url_password_is_found(findings, password: str, scheme: str, frame: str) -> None:
    url = f"{scheme}://svc_app:{password}@db-main.corp-net.io:5432/app"
    text = frame.format(url)
    assert password in [text[f.start : f.end] for f in findings(text, "secret")]


NOT_URL_PASSWORDS = [
    "Open https://status.example.org:8443/@team for the dashboard.",
    "postgres://user:password@localhost/db is the default in the docs.",
    "Use redis://:<password>@host:6379 with your own value.",
    "Our AccountKey= must be rotated every 90 days (see the runbook).",
    "Follow SG.Cares on social for updates.",
]


@pytest.mark.parametrize("text", NOT_URL_PASSWORDS)
def test_url_paths_placeholders_and_mentions_are_not_secrets(categories, text: str) -> None:
    assert "secret" not in categories(text)


# ---------------------------------------------------------------------------------------------------
# link.suspicious: shorteners missing from the public list
# ---------------------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    host=st.sampled_from(["bit.do", "bitly.com", "x.co", "mcaf.ee", "su.pr", "soo.gd", "po.st", "gg.gg"]),
    path=st.from_regex(r"[A-Za-z0-9]{4,10}", fullmatch=True),
    frame=st.sampled_from(
        ["Vote here → https://{}", "Inscrições: {} até sexta", "詳細は {} へ", "Link: http://{} !"]
    ),
)
def test_any_link_through_another_shortener_is_flagged(findings, host: str, path: str, frame: str) -> None:
    link = f"{host}/{path}"
    text = frame.format(link)
    assert any(link in text[f.start : f.end] for f in findings(text, "link.suspicious"))


def test_a_shorteners_bare_name_is_not_a_link(categories) -> None:
    assert "link.suspicious" not in categories("We moved off bit.do and x.co years ago.")


# ---------------------------------------------------------------------------------------------------
# confidential.marking: a stamp quoted with its qualifier; INTERNAL ONLY in capitals in a sentence
# ---------------------------------------------------------------------------------------------------

MARKINGS_IN_QUOTES_AND_CAPITALS = [
    'Here are the slides, marked "Confidential - Leadership" but fine to skim.',
    "Sharing the memo, labelled ‘Confidential: HR only’, for context.",
    "Le compte rendu porte la mention « Confidentiel : direction », je le poste quand même.",
    "Das Protokoll ist „Vertraulich – nur Vorstand“ gestempelt, aber egal.",
    "Ecco il link al cruscotto — USO INTERNO, non giratelo ai clienti.",
    "Voici le tableau de bord, USAGE INTERNE, ne pas diffuser.",
    "Hier de planning, INTERN GEBRUIK, niet doorsturen.",
]


@pytest.mark.parametrize("text", MARKINGS_IN_QUOTES_AND_CAPITALS)
def test_quoted_stamps_and_capital_markings_are_flagged(categories, text: str) -> None:
    assert "confidential.marking" in categories(text)


QUOTED_WORDS_AND_PROSE = [
    "What does 'confidential' actually mean in an NDA? Thread below.",
    'The word "confidential" appears 14 times in the contract.',
    "O uso interno da água caiu 20% este ano.",
    "Nuestro uso interno de la nube creció mucho.",
]


@pytest.mark.parametrize("text", QUOTED_WORDS_AND_PROSE)
def test_quoted_words_and_prose_are_not_markings(categories, text: str) -> None:
    assert "confidential.marking" not in categories(text)


# ---------------------------------------------------------------------------------------------------
# pii.credit_card: a 13-digit Visa grouped 4-4-5
# ---------------------------------------------------------------------------------------------------


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


@settings(max_examples=100, deadline=None)
@given(
    body=st.from_regex(r"4[0-9]{11}", fullmatch=True),
    separator=st.sampled_from([" ", "-", "."]),
    valid=st.booleans(),
    frame=st.sampled_from(["new card {} exp 03/29", "Karte {} bitte belasten", "cartão {} válido"]),
)
def test_a_4_4_5_grouping_is_a_card_exactly_when_luhn_valid(
    findings, body: str, separator: str, valid: bool, frame: str
) -> None:
    check = _luhn_digit(body)
    digits = body + (check if valid else str((int(check) + 1) % 10))
    number = separator.join([digits[:4], digits[4:8], digits[8:]])
    text = frame.format(number)
    expected = [(number, "high")] if valid else []
    assert covered(findings, text, "pii.credit_card") == expected


# ---------------------------------------------------------------------------------------------------
# profanity: "ffs" is sworn as "wtf" is
# ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Third outage this week, FFS.", "ffs who parked in the loading bay again", "Ffs, the printer again 🙄"],
)
def test_ffs_is_strong_profanity(categories, text: str) -> None:
    assert "profanity" in categories(text)
