"""A named person with a sensitive fact, round 8: Polish, Turkish and Swedish (declined names,
"Yılmaz'ın" with its case ending; salary, an ordinal birthday, a diagnosis); English ages in an ordinal
greeting ("Happy 35th, Jordan!"), an officer's title before the name ("our CFO Helena Brandt"), and pay
as a chat writes it ("is on 142k base", "new base 96k"). And what is no one's fact: job adverts, a
company's birthday, a salary refund, a work anniversary, a user base.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.engine.person_sensitive.person_cases import NAME as _NAME
from tests.engine.person_sensitive.person_cases import common

CATEGORY = "pii.person_sensitive"

SENSITIVE = [
    # Polish: declined names, an ordinal birthday, pay, a diagnosis
    ("Sto lat dla Janiny Kowalczyk z okazji 65. urodzin!", "Janiny Kowalczyk"),
    ("Piotr Zieliński zarabia 14 000 zł miesięcznie, nie mówcie nikomu.", "Piotr Zieliński"),
    ("U Marka Lewandowskiego zdiagnozowano raka trzustki, jest na zwolnieniu.", "Marka Lewandowskiego"),
    ("Tomasz Nowak kończy 60 lat w piątek, zbieramy na prezent.", "Tomasz Nowak"),
    # Turkish: a name with its case ending after an apostrophe
    ("Ayşe Demir'in maaşı 62.000 TL, kimseye söylemeyin.", "Ayşe Demir"),
    ("Bugün Hakan Çelik'in 60. yaş günü, pasta alalım!", "Hakan Çelik"),
    ("Emre Aydın'a geçen hafta kanser teşhisi kondu, izinde.", "Emre Aydın"),
    ("Selin Koç 45 yaşına girdi, kutlayalım!", "Selin Koç"),
    # Swedish
    ("Grattis Lena Holmberg som fyller 60 idag!", "Lena Holmberg"),
    ("Visste ni att Oskar Lindqvist tjänar 58 000 kr i månaden?", "Oskar Lindqvist"),
    ("Johan Ek fick diagnosen MS förra veckan.", "Johan Ek"),
    ("Stort grattis till Maja Sundström på 40-årsdagen!", "Maja Sundström"),
    # English: an ordinal greeting, an officer's title, chat pay
    ("Happy 50th birthday to our amazing CTO Ravi Menon!", "Ravi Menon"),
    ("Happy 35th, Jordan Blake! Drinks tonight.", "Jordan Blake"),
    ("HBD 40th to Sam Porter, legend.", "Sam Porter"),
    ("FYI from the comp review: Tomasz Nowak is on 142k base, same as the new hires", "Tomasz Nowak"),
    ("Marta Olsen — new base 110k, starts Monday", "Marta Olsen"),
    ("Leaked from HR: Priya Raman's base salary is 118k now", "Priya Raman"),
]

NOT_SENSITIVE = [
    "Oferta pracy: księgowa w Krakowie, wynagrodzenie 9 000 zł, CV do Anny Nowak.",
    "Nasza firma świętuje 25. urodziny, dziękujemy klientom!",
    "Jutro spotkanie w Warszawie z Anną Kowalską o budżecie.",
    "İş ilanı: muhasebe uzmanı aranıyor, maaş 40.000 TL, başvuru Zeynep Kaya'ya.",
    "Şirketimizin 25. yaş günü kutlu olsun, tüm müşterilerimize teşekkürler!",
    "Ahmet Bey'in maaş iadesi için dekontu ekte bulabilirsiniz.",
    "Ledig tjänst: ekonom i Malmö, lön 42 000 kr, ansök hos Karin Berg.",
    "Företaget fyller 50 år i år, tack till alla kunder!",
    "Mötet med Anna Berg flyttas till torsdag.",
    "Happy 10th work anniversary, Aroha Ngata! A decade of great reviews.",
    "Happy 4th of July from Jordan Blake and the team!",
    "Our user base 96k strong, thanks Jordan Blake for the push!",
    "We're hiring a backend engineer, 120k base, DM Jordan Blake.",
]


_FACTS = [
    "Wszystkiego najlepszego dla {a} {b} z okazji {n}. urodzin!",
    "Słyszałem, że {a} {b} zarabia {n} 000 zł brutto.",
    "Wczoraj u {a} {b} zdiagnozowano cukrzycę.",
    "{a} {b}'in maaşı {n}.000 TL olmuş.",
    "Yarın {a} {b}'in {n}. yaş günü, hediye alalım.",
    "{a} {b}'a diyabet teşhisi kondu, bu hafta izinde.",
    "Grattis till {a} {b} som fyller {n} på lördag!",
    "Har ni hört att {a} {b} tjänar {n} 000 kr i månaden?",
    "{a} {b} fick diagnosen cancer i våras.",
    # English names come from the model, or from a title or an officer's title before them
    "Happy {n}th, Dr {a} {b}! Cake in the kitchen.",
    "Heads up: our CFO {a} {b} is on {n}k base now.",
    "From the HR channel: Ms {a} {b} — new base {n}k, starts in March.",
]


@common
@given(template=st.sampled_from(_FACTS), a=_NAME, b=_NAME, n=st.integers(min_value=20, max_value=99))
def test_a_named_persons_fact_in_any_of_the_new_phrasings(findings, template, a, b, n) -> None:
    text = template.format(a=a, b=b, n=n)
    found = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert any(f"{a} {b}" in span for span in found), (text, found)


_NO_ONES = [
    "Nasza firma obchodzi {n}. urodziny, dziękujemy klientom!",
    "Oferta pracy: specjalista, wynagrodzenie {n} 000 zł, CV do {a} {b}.",
    "Şirketimizin {n}. yaş günü kutlu olsun, müşterilerimize teşekkürler!",
    "İş ilanı: uzman aranıyor, maaş {n}.000 TL, başvuru {a} {b}'e.",
    "Företaget fyller {n} år, tack till alla kunder!",
    "Ledig tjänst: lön {n} 000 kr, ansök hos {a} {b}.",
    "Happy {n}th work anniversary, {a} {b}!",
    "We're hiring: {n}k base, DM {a} {b}.",
]


@common
@given(template=st.sampled_from(_NO_ONES), a=_NAME, b=_NAME, n=st.integers(min_value=2, max_value=99))
def test_adverts_and_company_birthdays_are_no_ones_fact(categories, template, a, b, n) -> None:
    assert CATEGORY not in categories(template.format(a=a, b=b, n=n))


# Hindi in Devanagari: a word before a common surname is a name (the script has no capitals).
_HI_GIVEN = st.sampled_from(["राहुल", "सुनीता", "अमित", "प्रिया", "विकास", "नेहा", "अंजलि", "रोहित"])
_HI_SURNAME = st.sampled_from(["वर्मा", "शर्मा", "गुप्ता", "मल्होत्रा", "सिंह", "जोशी", "बनर्जी", "पटेल"])
_HI_FACTS = [
    "{name} को पिछले हफ्ते कैंसर का पता चला है।",
    "{name} की सैलरी {n} लाख है, किसी को मत बताना।",
    "आज {name} का {n}वां जन्मदिन है!",
    "{name} को नौकरी से निकाल दिया गया।",
]
_HI_NO_ONES = [
    "कल सुबह {n} बजे मीटिंग है, {name} प्रेजेंटेशन देंगे।",
    "हमारी कंपनी में भर्ती: वेतन {n} हजार, आवेदन {name} को भेजें।",
    "मधुमेह से बचने के लिए रोज़ {n} मिनट टहलें।",
]


@common
@given(given_name=_HI_GIVEN, surname=_HI_SURNAME, template=st.sampled_from(_HI_FACTS), n=st.integers(20, 99))
def test_a_hindi_name_with_a_fact(findings, given_name, surname, template, n) -> None:
    name = f"{given_name} {surname}"
    text = template.format(name=name, n=n)
    found = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert name in found, (text, found)


@common
@given(given_name=_HI_GIVEN, surname=_HI_SURNAME, template=st.sampled_from(_HI_NO_ONES), n=st.integers(2, 99))
def test_a_hindi_name_without_a_fact_or_an_advert_is_clean(
    categories, given_name, surname, template, n
) -> None:
    assert CATEGORY not in categories(template.format(name=f"{given_name} {surname}", n=n))
