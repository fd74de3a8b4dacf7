"""Classes of misses and false flags (issue 11, seventh round), each with its hard negatives: mailboxes
the draft publishes in the organisation's voice and business-function mailboxes in many languages
(pii.email); spaced or dotted SSNs a few words after their label (pii.us_ssn); masks standing for
several letters and symbols inside compounds (profanity); payment providers' keys (secret).
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from preflight.engine.detectors.patterns import is_placeholder


def covered(findings, text: str, category: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.severity) for f in findings(text, category)]


# ---------------------------------------------------------------------------------------------------
# pii.email: a mailbox published in the organisation's voice, whatever its function word
# ---------------------------------------------------------------------------------------------------

# Local parts on no role list: the voice of the sentence makes them the organisation's.
PUBLISHED_MAILBOXES = [
    ("Need a receipt for your gift? Request a copy from giftaid@riverlanehospice.org.", "giftaid"),
    ("Spotted a fake listing using our logo? Report it to brandwatch@tidewaterhomes.com.", "brandwatch"),
    ("Recall questions? Email recallunit@northbaytoys.com or call our published line.", "recallunit"),
    ("Stuur je cv naar werkplaats@fietsfabriek-zwolle.nl, we reageren binnen een week.", "werkplaats"),
    ("¿Has visto un cargo raro? Escríbenos a incidencias@cajamarina.es y lo revisamos.", "incidencias"),
    ("Vous avez reçu un faux SMS ? Signalez-le à alerte@mutuelle-rhone.fr sans cliquer.", "alerte"),
    ("Fragen zur Abrechnung? Schreiben Sie uns an nebenkosten@wohnbau-kassel.de", "nebenkosten"),
    ("Per i rimborsi scriveteci a rimborsi@farmacia-lucca.it entro 30 giorni.", "rimborsi"),
    ("Dúvidas sobre a sua apólice? Escreva-nos para apolices@segurosatlantico.pt", "apolices"),
    ("Sollicitaties voor de zomerbaan? Solliciteer via zomerwerk@pretpark-drenthe.nl", "zomerwerk"),
]


@pytest.mark.parametrize(("text", "local"), PUBLISHED_MAILBOXES)
def test_a_mailbox_published_in_the_organisations_voice_is_low(
    findings, categories, text: str, local: str
) -> None:
    [(value, severity)] = covered(findings, text, "pii.email")
    assert value.startswith(f"{local}@") and severity == "low"
    assert "pii.email" not in categories(text)


# Business functions in many languages, without any published-contact phrase around them.
FUNCTION_FAMILY_MAILBOXES = [
    "ap",
    "ar",
    "accountspayable",
    "payables",
    "treasury",
    "crediteuren",
    "boekhouding",
    "kreditoren",
    "contabilidad",
    "tesoreria",
    "contabilita",
    "fornecedores",
    "rrhh",
    "rh",
    "werkenbij",
    "stellen",
    "trabajaconnosotros",
    "carrieres",
    "fraud",
    "phishing",
    "abuse",
    "seguridad",
    "securite",
    "sicherheit",
    "sicurezza",
    "veiligheid",
    "claims",
    "sinistres",
    "siniestros",
    "schaden",
    "schademelding",
    "legal",
    "juridique",
    "rechtsabteilung",
    "dataprotection",
    "logistik",
    "logistique",
    "spedizioni",
    "verzending",
    "agents",
    "brokers",
    "makelaars",
    "corretores",
]


@settings(max_examples=150, deadline=None)
@given(
    role=st.sampled_from(FUNCTION_FAMILY_MAILBOXES),
    suffix=st.sampled_from(["", "2026", ".emea", "-team"]),
    frame=st.sampled_from(["Mailbox: {}", "{} (Mo-Fr)", "Cc {} on this", "Adresse : {}"]),
)
def test_any_business_function_mailbox_is_low(findings, role: str, suffix: str, frame: str) -> None:
    # "ap2026", "rh84": two letters and digits are a person's initials (the existing rule).
    assume(len(role) > 2 or not suffix.isdigit())
    address = f"{role}{suffix}@harbourline-group.com"
    assert covered(findings, frame.format(address), "pii.email") == [(address, "low")]


PERSONAL_IN_A_PUBLISHED_FRAME = [
    # A name-shaped local part, a free-mail domain, a personal word, a name the draft mentions.
    "Questions? Email marco.bellini@tidewaterhomes.com directly.",
    "Report it to dana_k@tidewaterhomes.com before Friday.",
    "Send your CV to lucas88@fietsfabriek-zwolle.nl",
    "Questions about the recall? Email nadiafox@gmail.com",
    "Reach our agents at my personal address: teodora@harborinsure.com",
    "Questions? Ask Ingrid, she's at ingrid@harborinsure.com",
    "Report it to Pieter de Vries: pdevries@wohnbau-kassel.de",
    "Escríbenos, o mejor escribe a mi correo: lucia@cajamarina.es",
    "Please forward it to ap.kowalski@harborbuild.com today.",
    "Het adres van Sanne is prive: sanne@fietsfabriek-zwolle.nl",
]


@pytest.mark.parametrize("text", PERSONAL_IN_A_PUBLISHED_FRAME)
def test_a_persons_address_in_a_published_frame_stays_medium(categories, text: str) -> None:
    assert "pii.email" in categories(text)


FIRST = ["marta", "kenji", "ingrid", "tomasz", "aylin", "joao", "femi", "lucia"]
LAST = ["ortega", "sato", "lindqvist", "nowak", "demir", "silva", "adeyemi", "moretti"]


@settings(max_examples=150, deadline=None)
@given(
    first=st.sampled_from(FIRST),
    last=st.sampled_from(LAST),
    shape=st.sampled_from(["{f}.{l}", "{f}_{l}", "{f}{d}", "{i}.{l}", "{f}-{l}{d}"]),
    digits=st.from_regex(r"[0-9]{2,4}", fullmatch=True),
    frame=st.sampled_from(
        [
            "Request a copy from {}.",
            "Report it to {} and hang up.",
            "Solliciteer via {}",
            "Escríbenos a {}",
            "Signalez-le à {}",
            "Questions? Email {} or call our published line.",
        ]
    ),
)
def test_a_name_shaped_mailbox_stays_medium_in_any_published_frame(
    findings, first: str, last: str, shape: str, digits: str, frame: str
) -> None:
    local = shape.format(f=first, l=last, i=first[0], d=digits)
    address = f"{local}@harbourline-group.com"
    assert covered(findings, frame.format(address), "pii.email") == [(address, "medium")]


@settings(max_examples=100, deadline=None)
@given(
    first=st.sampled_from(FIRST),
    frame=st.sampled_from(["Request a copy from {}.", "Report it to {}.", "Questions? Email {}"]),
    provider=st.sampled_from(["gmail.com", "outlook.de", "yahoo.co.uk", "icloud.com", "gmx.net"]),
)
def test_a_free_mail_address_stays_medium_in_any_published_frame(
    findings, first: str, frame: str, provider: str
) -> None:
    address = f"{first}@{provider}"
    assert covered(findings, frame.format(address), "pii.email") == [(address, "medium")]


# ---------------------------------------------------------------------------------------------------
# pii.us_ssn: nine digits grouped 3-2-4 with spaces or dots, the label a few words before
# ---------------------------------------------------------------------------------------------------

SSNS_AFTER_WORDS = [
    (
        "The borrower read her social out slowly over a bad line, so here it is again, typed: 612 48 3907",
        "612 48 3907",
    ),
    (
        "Soc sec for the new payroll record (copied off the scanned W-4 this morning): 287.63.1045",
        "287.63.1045",
    ),
    (
        "SSN? He spelled it twice on the call, then emailed a photo of the card, which says 455 20 8816.",
        "455 20 8816",
    ),
    (
        "His social security, per the faxed form that came in after lunch, should read 318 05 7742",
        "318 05 7742",
    ),
]


@pytest.mark.parametrize(("text", "value"), SSNS_AFTER_WORDS)
def test_a_spaced_or_dotted_ssn_a_few_words_after_its_label_is_flagged(
    findings, text: str, value: str
) -> None:
    assert [v for v, _ in covered(findings, text, "pii.us_ssn")] == [value]


@settings(max_examples=120, deadline=None)
@given(
    label=st.sampled_from(["social", "soc sec", "SSN", "social security number", "Social Security"]),
    filler=st.sampled_from(
        [
            " as ",
            " (she dictated it digit by digit, then corrected herself) is ",
            " — wait, here it is typed out properly: ",
            " from the scanned application, page two: ",
        ]
    ),
    area=st.integers(1, 665),
    group=st.integers(1, 99),
    serial=st.integers(1, 9999),
    separator=st.sampled_from([" ", "."]),
)
def test_any_spaced_ssn_within_reach_of_its_label_is_flagged(
    findings, label: str, filler: str, area: int, group: int, serial: int, separator: str
) -> None:
    number = separator.join([f"{area:03d}", f"{group:02d}", f"{serial:04d}"])
    text = f"Note for the file: the applicant's {label}{filler}{number}. Thanks"
    assert [v for v, _ in covered(findings, text, "pii.us_ssn")] == [number]


SPACED_NUMBERS_THAT_ARE_NO_SSN = [
    "Our social media team ran 412 55 7781 impressions this quarter, wild numbers.",
    "Order 523 71 4468 shipped today; track it in the app.",
    "Call the front desk on 523 71 4468 between 9 and 5.",
    "Social hour is at 6. Ticket batch 301 44 2290 is sold out, sorry!",
    "Part no. 287.63.1045 replaces the old bracket (see the social post from Monday).",
]


@pytest.mark.parametrize("text", SPACED_NUMBERS_THAT_ARE_NO_SSN)
def test_spaced_numbers_without_an_ssn_label_stay_clean(categories, text: str) -> None:
    assert "pii.us_ssn" not in categories(text)


# ---------------------------------------------------------------------------------------------------
# profanity: a run of stars standing for several letters; a symbol inside a compound's head
# ---------------------------------------------------------------------------------------------------

MASKS_FOR_SEVERAL_LETTERS = [
    ("Unser Vermieter ist so ein A****loch, die Heizung ist seit Oktober kaputt.", "A****loch"),
    ("Der Kollege von der Spedition ist ein Ar****ch.", "Ar****ch"),
    ("Che giornata, il fornitore è proprio uno str***o.", "str***o"),
    ("Dat was echt een k*tzooi bij de overdracht.", "k*tzooi"),
    ("The launch was a total sh*tshow from start to finish.", "sh*tshow"),
    ("that guy is such an a**hole about parking spots", "a**hole"),
]


@pytest.mark.parametrize(("text", "value"), MASKS_FOR_SEVERAL_LETTERS)
def test_a_mask_standing_for_several_letters_is_profanity(
    findings, categories, text: str, value: str
) -> None:
    assert value in [v for v, _ in covered(findings, text, "profanity")]
    assert "profanity" in categories(text)


@settings(max_examples=120, deadline=None)
@given(
    case=st.sampled_from(
        [
            ("arschloch", 1, "Der Typ ist ein {} gewesen."),
            ("scheisse", 3, "Was für eine {} heute."),
            ("stronzo", 3, "Quel {} mi ha tagliato la strada."),
            ("bullshit", 4, "That report is pure {} honestly"),
            ("motherfucker", 6, "that {} cut me off again"),
            ("klootzak", 4, "Wat een {} was die buschauffeur."),
        ]
    ),
    stars=st.integers(1, 6),
    first=st.integers(1, 2),
)
def test_any_mask_run_leaving_one_word_possible_is_profanity(
    categories, case: tuple[str, int, str], stars: int, first: int
) -> None:
    word, hidden, frame = case
    # Hide `hidden` letters after the first one or two, written as 1..6 stars (within two of it, and
    # no more stars than letters shown: "s*****nzo" is mostly mask).
    shown = len(word) - hidden
    assume(abs(stars - hidden) <= 2 and first + hidden < len(word) - 1 and stars <= shown)
    masked = word[:first] + "*" * stars + word[first + hidden :]
    assert "profanity" in categories(frame.format(masked))


SYMBOLS_IN_COMPOUND_HEADS = [
    "the ref was a complete a$$clown all afternoon",
    "what an a$$wipe move, cutting the queue like that",
    "this sprint has been one long sh!tstorm",
    "our landlord is a real b!tchmonger about deposits",
]


@pytest.mark.parametrize("text", SYMBOLS_IN_COMPOUND_HEADS)
def test_a_disguised_head_of_a_compound_is_profanity(categories, text: str) -> None:
    assert "profanity" in categories(text)


INNOCENT_STARS_AND_SYMBOLS = [
    "Top marks in the class assessment, well done everyone!",
    "Rated 5*****star by our guests again this month.",
    "Footnote: the m*****ing figures are estimates (masked by the auditor).",
    "What a f*ing mess of a form: the f-field and the ing-field overlap.",
    "Ping @crap_handle_bot if the build fails.",
    "Our new b@dminton league starts Monday at the sports hall.",
    "Save 20% with code CL*SSIC at checkout.",
]


@pytest.mark.parametrize("text", INNOCENT_STARS_AND_SYMBOLS)
def test_innocent_masks_and_symbols_stay_clean(categories, text: str) -> None:
    assert "profanity" not in categories(text)


# ---------------------------------------------------------------------------------------------------
# secret: payment providers' keys (Razorpay, Paystack, Flutterwave, Mollie, Checkout.com, PayU)
# ---------------------------------------------------------------------------------------------------

_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_HEX = "0123456789abcdef"
_BASE32 = "abcdefghijklmnopqrstuvwxyz234567"


def _text(alphabet: str, size: int):
    # Random-looking bodies: a run of one character ("rzp_live_000...") is a mask, not a key.
    return st.text(alphabet, min_size=size, max_size=size).filter(lambda body: len(set(body)) >= 8)


# Keys the policy reads as masks or documentation examples ("rzp_test_0000000001234567") are left out:
# the not_placeholder check is tested with the other secrets.
PAYMENT_KEYS = st.one_of(
    _text(_ALNUM, 14).map(lambda s: "rzp_live_" + s),
    _text(_ALNUM, 16).map(lambda s: "rzp_test_" + s),
    _text(_HEX, 40).map(lambda s: "sk_live_" + s),
    _text(_HEX, 32).map(lambda s: "FLWSECK_TEST-" + s + "-X"),
    _text(_HEX, 12).map(lambda s: "FLWSECK_TEST" + s),
    _text(_ALNUM, 29).map(lambda s: "live_7" + s),
    _text(_BASE32, 25).map(lambda s: "sk_sbox_5" + s + "="),
).filter(lambda key: not is_placeholder(key, 0, len(key)))


@settings(max_examples=150, deadline=None)
@given(
    key=PAYMENT_KEYS,
    frame=st.sampled_from(
        [
            "Bhai prod ka key yeh raha, kal rotate karenge: {} ok?",
            "La clave de producción es {} (no la compartáis)",
            "Mets ça dans le .env : PAYMENT_KEY={}",
            "Tolong cek, key ini masih aktif? `{}`",
            "Hier der Schlüssel für den Shop: {}",
        ]
    ),
)
def test_any_payment_provider_key_in_prose_is_flagged(findings, key: str, frame: str) -> None:
    text = frame.format(key)
    assert key in [v for v, _ in covered(findings, text, "secret")]


RAZORPAY_SECRETS_IN_PROSE = [
    (
        "Razorpay test creds: rzp_test_Q7fLm2Xw9Rt4Zn and the secret is Hq7Lp2Xw9Rt4Zn6Vb1Mc3dKa",
        "Hq7Lp2Xw9Rt4Zn6Vb1Mc3dKa",
    ),
    ("RAZORPAY_KEY_SECRET=Zx81Vb2Nc7Lm9Tq3Kx8Wq4E", "Zx81Vb2Nc7Lm9Tq3Kx8Wq4E"),
    ("PAYU_MERCHANT_SALT=8fKq2Lm9Xw4Rt7Zn1Vb6Mc3dJa5Hs0Pe", "8fKq2Lm9Xw4Rt7Zn1Vb6Mc3dJa5Hs0Pe"),
]


@pytest.mark.parametrize(("text", "value"), RAZORPAY_SECRETS_IN_PROSE)
def test_a_payment_secret_after_its_key_or_name_is_flagged(findings, text: str, value: str) -> None:
    assert value in [v for v, _ in covered(findings, text, "secret")]


PAYMENT_IDENTIFIERS_THAT_ARE_NO_SECRET = [
    "Checkout widget uses the public key pk_live_4b1f0c2d3e4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c",
    "Flutterwave public key for the web form: FLWPUBK-2f4e6a8c0b1d3f5a7c9e1b3d5f7a9c1e-X",
    "Checkout.com publishable key pk_sbox_abcdefgh23456abcdefgh23456a is safe in the page.",
    "Run pytest -k test_userCanResetHerPasswordTwice to reproduce.",
    "Set RAZORPAY_KEY_ID=rzp_live_xxxxxxxxxxxxxx in your .env (placeholder).",
    "We now accept Razorpay, Paystack, Mollie and PayU at checkout!",
]


@pytest.mark.parametrize("text", PAYMENT_IDENTIFIERS_THAT_ARE_NO_SECRET)
def test_public_keys_placeholders_and_provider_names_are_no_secret(categories, text: str) -> None:
    assert "secret" not in categories(text)


# ---------------------------------------------------------------------------------------------------
# profanity: a mild word written disguised is swearing; a dash standing for hidden letters
# ---------------------------------------------------------------------------------------------------

DISGUISED_MILD_WORDS = [
    "Day three of the migration and the new tool is still a pile of cr@p.",
    "Wat een kl*tedag, de trein reed weer niet.",
    "D@mn, the coffee machine is broken again.",
    "Que p*ta m*erda de servicio, dos horas esperando.",
    "Honestly that meeting was cr*p from start to end.",
]


@pytest.mark.parametrize("text", DISGUISED_MILD_WORDS)
def test_a_mild_word_written_disguised_is_profanity(categories, text: str) -> None:
    assert "profanity" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "What a crappy day, honestly.",  # plain mild words stay reported, not flagged
        "Damn, we missed the train.",
        "Rates for the 2019–2024 period, Paris—London route.",
        "Our new b@kery opens Monday!",
    ],
)
def test_plain_mild_words_and_ordinary_dashes_are_not_flagged(categories, text: str) -> None:
    assert "profanity" not in categories(text)


@settings(max_examples=100, deadline=None)
@given(
    word=st.sampled_from(["fucking", "bullshit", "motherfucker", "asshole", "bastard"]),
    dash=st.sampled_from(["—", "–"]),
    frame=st.sampled_from(["are you {} kidding me", "what a {} mess", "{}!! again?"]),
)
def test_a_dash_hiding_letters_inside_a_word_is_read_as_a_mask(
    categories, word: str, dash: str, frame: str
) -> None:
    masked = word[0] + dash + word[3:]
    assert "profanity" in categories(frame.format(masked))
