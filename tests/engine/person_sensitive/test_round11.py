"""A named person with a sensitive fact in the phrasings of round 11 (own cases, other names and
wordings than the sets that showed each class).

Ages: said with a pronoun after the person was named ("Now she's 46", "he's 58 now"); a birthday's
number ("Feliz cumple número 30"); an age in apposition after a first and a last name the model did
not read as a person ("Ana Lima, 29, ...", "Sanne de Vries (38) ..."). Hard negatives: a company's or a
shop's anniversary, a product's version, a distance, a count after a heading, a place.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.engine.person_sensitive.person_cases import NAME, assert_flagged_on, common

CATEGORY = "pii.person_sensitive"

AGES = [
    (
        "Fifteen years ago Brenda Kowal started here as a trainee. Today she's 41 and runs the warehouse.",
        "Brenda Kowal",
    ),
    ("Big cheers for Oskar Lind: he's 58 now and still beats us all at squash.", "Oskar Lind"),
    ("We hired Imani Drake straight out of school. She's 33 today, and our head of design!", "Imani Drake"),
    ("¡Feliz cumple número 45, Rocío Fuentes! Que lo pases genial.", "Rocío Fuentes"),
    ("Feliz cumpleaños nº 50 a Javier Ortiz, el alma del equipo.", "Javier Ortiz"),
    ("Ana Lima, 29, was promoted to team lead this week.", "Ana Lima"),
    ("Meet Tomas Ruiz, 44, our new driver for the north route.", "Tomas Ruiz"),
    ("Pieter van Dam (61) is na 30 jaar met pensioen gestuurd.", "Pieter van Dam"),
    ("Sune Bergqvist (52) lämnar oss efter nedskärningarna.", "Sune Bergqvist"),
]

AGE_NEGATIVES = [
    "30 years of ACME! Thanks to all our customers for the ride.",
    "ACME is 30 today, thank you for being with us!",
    "Version 46 of the app is out now, thanks Carla Mendes for the release notes.",
    "She's 46 km away from the finish line, go Carla Mendes!",
    "Feliz cumple número 30 a nuestra tienda de Sevilla, ¡gracias clientes!",
    "La boutique fête ses 40 ans, merci à Julie Martin pour la déco.",
    "Sales Team (12) met in Room Nine with Dana Holt.",
    "Job Openings (3) this week, ask Dana Holt.",
    "We flew to Buenos Aires, 35 of us, with Dana Holt leading.",
]


@pytest.mark.parametrize(("text", "person"), AGES)
def test_round11_age_of_a_named_person_is_flagged(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


@pytest.mark.parametrize("text", AGE_NEGATIVES)
def test_round11_age_of_no_person_is_not_flagged(categories, text) -> None:
    assert CATEGORY not in categories(text)


# {a} {b}: a made-up name; {n}: an age.
_AGE_TEMPLATES = [
    "Years ago {a} {b} joined us as an intern. Now she's {n}, running the whole team.",
    "Shoutout to {a} {b}: he's {n} now and still the fastest on the pitch.",
    "Feliz cumple número {n}, {a} {b}!",
    "{a} {b}, {n}, was promoted to shift lead.",
    "{a} {b} ({n}) is vanaf maandag ontslagen.",
]


@common
@given(template=st.sampled_from(_AGE_TEMPLATES), a=NAME, b=NAME, n=st.integers(min_value=18, max_value=99))
def test_round11_age_classes_flag_any_named_person(findings, template, a, b, n) -> None:
    assert_flagged_on(findings, template.format(a=a, b=b, n=n), f"{a} {b}")


# Addresses in Polish, Nordic and continental formats after a named person: a Polish street after
# "ul."/"al." with house and flat numbers, or a home said with "mieszka przy"; a full postal address
# (street, number, postcode, town) in a draft read as English. Hard negatives: a shop's or an office's
# published address, a city one lives in, advice about one's own address, a street's history.
ADDRESSES = [
    ("Tomasz Wróbel mieszka przy ul. Lipowej 7/12 w Gdańsku, możecie mu podrzucić laptopa.", "Tomasz Wróbel"),
    ("Paczkę dla Agnieszki Wiśniewskiej wyślijcie na ul. Kwiatowa 3 m. 4, Poznań.", "Agnieszki Wiśniewskiej"),
    ("Anna Zielińska mieszka na ulicy Długiej 15, wpadnijcie z kwiatami.", "Anna Zielińska"),
    ("Paczkę dla Zofii Nowak wyślij na jej adres domowy, al. Róż 4/2, Warszawa.", "Zofii Nowak"),
    ("Skicka kortet till Ingrid Holm, Storgatan 4, 753 20 Uppsala.", "Ingrid Holm"),
    ("Ola Nordmann bor i Storgata 7, 0155 Oslo.", "Ola Nordmann"),
    ("Schickt die Karte an Petra Lang, Lindenweg 3, 80331 München.", "Petra Lang"),
    ("Klaus Becker wohnt in der Hauptstr. 5a, bringt ihm die Unterlagen vorbei.", "Klaus Becker"),
]

ADDRESS_NEGATIVES = [
    "Our Gdańsk office is at ul. Długa 15, ask Tomasz Wróbel at reception.",
    "Sklep firmy Kowalski i Syn, ul. Lipowa 7, zaprasza. Kontakt: Tomasz Wróbel.",
    "Tomasz Wróbel mieszka w Gdańsku od dwóch lat.",
    "Nie podawaj nikomu swojego adresu domowego, radzi Tomasz Wróbel.",
    "Vår butik på Kungsgatan 12B har öppet till 20, välkommen! /Lars Nyström",
    "Besuchen Sie unser Geschäft in der Hauptstr. 5a! Ihr Team um Klaus Becker.",
    "Send the invoices to our office, Lindenweg 3, attn Petra Lang.",
]


@pytest.mark.parametrize(("text", "person"), ADDRESSES)
def test_round11_home_address_of_a_named_person_is_flagged(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


@pytest.mark.parametrize("text", ADDRESS_NEGATIVES)
def test_round11_published_address_is_not_flagged(categories, text) -> None:
    assert CATEGORY not in categories(text)


_STREET = st.builds(lambda stem: stem.capitalize(), st.text("aeioulnrstmk", min_size=3, max_size=7))
_ADDRESS_TEMPLATES = [
    "{a} {b} mieszka przy ul. {s} {n}/{m}, możecie wpaść.",
    "Paczka dla {a} {b}: ul. {s} {n} m. {m}, Kraków.",
    "Skicka paketet till {a} {b}, {s}gatan {n}, 1{m:02d} 20 Lund.",
    "Neue Anschrift von {a} {b}: {s}weg {n}, 8{m:02d}31 Augsburg.",
    "{a} {b} bor numera på {s}vägen {n}, skicka ett kort!",
]


@common
@given(
    template=st.sampled_from(_ADDRESS_TEMPLATES),
    a=NAME,
    b=NAME,
    s=_STREET,
    n=st.integers(min_value=1, max_value=199),
    m=st.integers(min_value=1, max_value=40),
)
def test_round11_address_classes_flag_any_named_person(findings, template, a, b, s, n, m) -> None:
    assert_flagged_on(findings, template.format(a=a, b=b, s=s, n=n, m=m), f"{a} {b}")


# Orientation, religion and treatment told of a private person: a coming out (even in a post about
# Pride, in five languages), leading prayers or a service as a private person's attribute (even in a
# post that greets the colleagues of that faith), an addiction or a rehab stay (also in the sentence
# after the name, behind a clause put before its pronoun), a hospital admission with its disease, a
# dismissal with an age in Dutch. Hard negatives: a company's Pride post, a health campaign and its
# spokesperson, clergy in their office, prayers for victims, a result "came out on top".
BELIEFS_AND_TREATMENT = [
    (
        "Wir gratulieren Jonas Weber, der beim Sommerfest sein Coming-out hatte und jetzt Gesicht unserer "
        "Pride-Kampagne ist.",
        "Jonas Weber",
    ),
    (
        "Bravo à Inès Garnier, qui a fait son coming out et porte maintenant notre campagne des fiertés.",
        "Inès Garnier",
    ),
    ("Complimenti a Sara Bellini, che dopo il coming out guida il nostro gruppo Pride.", "Sara Bellini"),
    (
        "Parabéns ao Tiago Rocha, que saiu do armário e agora é o rosto da nossa campanha do Orgulho.",
        "Tiago Rocha",
    ),
    ("So proud of Devon Hart, who came out as gay to the whole team last week.", "Devon Hart"),
    ("Thanks to Deborah Klein for leading the Shabbat prayers at our offsite, so lovely.", "Deborah Klein"),
    (
        "Big thanks to Yusuf Demir for leading Friday prayers in the canteen, our Muslim colleagues loved it",
        "Yusuf Demir",
    ),
    ("Kenji Mori is a deacon at his local church on weekends.", "Kenji Mori"),
    ("Welcome back Hugo Berg! After his stay in rehab for alcohol, he's raring to go.", "Hugo Berg"),
    ("Jorge Silva is in treatment for his gambling problem, give him space.", "Jorge Silva"),
    ("Nadia Karim was admitted to hospital with malaria yesterday.", "Nadia Karim"),
    ("Quick one: Rahul Menon admitted in Fortis for typhoid, no visitors till Monday.", "Rahul Menon"),
    ("Sunil Rao was rushed to the ICU last night, keep him in your thoughts.", "Sunil Rao"),
    ("Ruud Jansen (44) wordt per maart ontslagen, zeggen ingewijden.", "Ruud Jansen"),
]

BELIEFS_AND_TREATMENT_NEGATIVES = [
    "Happy Pride from all of us at ACME! 🏳️‍🌈 Thanks Dana Holt for the rainbow logo.",
    "Our Pride campaign starts Monday, big thanks to the organising team led by Dana Holt!",
    "Imam Yusuf Ali leads Friday prayers at the central mosque every week.",
    "The Archbishop of York led prayers for the victims, reported Dana Holt.",
    "Our new product came out on top in the review, thanks to Dana Holt.",
    "The mayor, Sadiq Khan, came out in support of the new bike lanes.",
    "Dengue season is here: use repellent, says our site nurse Anna Meyer.",
    "Gambling addiction support: call the helpline, says campaign lead Marcus Lee.",
    "Join our gambling addiction awareness walk, organised by Marcus Lee.",
    "Our wellbeing week: free dengue and malaria info sessions with Dr Anna Ross.",
]


@pytest.mark.parametrize(("text", "person"), BELIEFS_AND_TREATMENT)
def test_round11_orientation_religion_treatment_is_flagged(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


@pytest.mark.parametrize("text", BELIEFS_AND_TREATMENT_NEGATIVES)
def test_round11_campaigns_and_offices_are_not_flagged(categories, text) -> None:
    assert CATEGORY not in categories(text)


_FACT_TEMPLATES = [
    "So proud of {a} {b}, who came out as bi at the offsite!",
    "Shoutout to {a} {b} for leading Friday prayers at the depot, our Muslim colleagues appreciate it.",
    "Welcome back {a} {b}! After beating his gambling addiction, he's ready for Q1.",
    "Update: Mr {a} {b} admitted in City Hospital for dengue, no visits please.",
    "Ms {a} {b} was admitted to hospital with pneumonia on Sunday.",
]


@common
@given(template=st.sampled_from(_FACT_TEMPLATES), a=NAME, b=NAME)
def test_round11_fact_classes_flag_any_named_person(findings, template, a, b) -> None:
    assert_flagged_on(findings, template.format(a=a, b=b), f"{a} {b}")


# A job advert's salary range is a post's pay, not a person's, even with a named contact: in Korean,
# Chinese and Japanese (their job-advert words), and the other languages stay clean. A person's own
# pay in those scripts is still flagged.
JOB_ADVERTS = [
    "신입 사원 채용: 연봉 4,200만~4,800만원, 서울 근무",
    "경력직 모집: 연봉 5,000만~6,500만원, 담당자 김민수 과장에게 문의",
    "[채용] 마케팅 대리 연봉 4,000만원 이상, 지원은 이지은 팀장에게",
    "招聘前台一名，月薪6000元起，有意者联系李经理",
    "诚聘会计，月薪9000-11000元。联系人：陈静女士",
    "【募集】営業スタッフ 月給25万円〜30万円 担当：佐藤さん",
    "正社員募集、年収400万〜550万円、詳しくは田中部長まで",
    "Wir stellen ein: Lagerist (m/w/d), 45.000–55.000 € brutto, Ansprechpartnerin Petra Lang.",
    "Zatrudnimy magazyniera, wynagrodzenie 6000–8000 zł brutto, kontakt: Anna Nowak.",
    "Vi söker en lagerarbetare, lön 32 000–36 000 kr i månaden, kontakta Karin Berg.",
    "Hiring: junior analyst, salary £30k–£35k, DM Dana Holt.",
]

OWN_PAY = [
    ("김민수 과장 연봉이 6,000만원이래, 비밀이야", "김민수 과장"),
    ("王丽华女士的月薪是两万元。", "王丽华女士"),
    ("佐藤さんの年収は800万円らしい", "佐藤さん"),
]


@pytest.mark.parametrize("text", JOB_ADVERTS)
def test_round11_job_advert_salary_range_is_not_flagged(categories, text) -> None:
    assert CATEGORY not in categories(text)


@pytest.mark.parametrize(("text", "person"), OWN_PAY)
def test_round11_own_pay_in_cjk_is_still_flagged(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


_JOB_ADVERT_TEMPLATES = [
    "{heading}: 연봉 {low:,}만~{high:,}만원, 문의 {kr}",
    "{heading}销售专员，月薪{low}-{high}元，联系人：{zh}",
    "【{heading}】スタッフ 月給{low}万円〜{high}万円 担当：{ja}",
]
_HEADINGS = {
    "연봉": ["신입 사원 채용", "경력직 모집", "채용 공고", "구인"],
    "元": ["招聘", "诚聘", "急聘"],
    "円": ["募集", "求人", "急募"],
}


@common
@given(
    template=st.sampled_from(_JOB_ADVERT_TEMPLATES),
    pick=st.integers(min_value=0, max_value=10),
    low=st.integers(min_value=20, max_value=6000),
    raise_by=st.integers(min_value=1, max_value=2000),
    kr=st.sampled_from(["김민수 과장", "이지은 팀장", "박서준 대리"]),
    zh=st.sampled_from(["王丽华女士", "陈静女士", "李经理"]),
    ja=st.sampled_from(["佐藤さん", "田中部長", "鈴木課長"]),
)
def test_round11_cjk_job_advert_pay_is_no_ones(categories, template, pick, low, raise_by, kr, zh, ja) -> None:
    key = next(k for k in _HEADINGS if k in template)
    heading = _HEADINGS[key][pick % len(_HEADINGS[key])]
    text = template.format(heading=heading, low=low, high=low + raise_by, kr=kr, zh=zh, ja=ja)
    assert CATEGORY not in categories(text)


# Pay told as a base in full ("new base is £68,500"), not only in thousands ("142k base"); a base camp's
# height is no one's pay.
BASE_PAY = [
    ("heads up: Priya Nair's starting base will be $92,000, keep it quiet", "Priya Nair"),
    ("Tomas Reyes — new base salary: €71.500, effective May.", "Tomas Reyes"),
]


@pytest.mark.parametrize(("text", "person"), BASE_PAY)
def test_round11_base_pay_in_full_is_flagged(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


def test_round11_base_camp_height_is_not_pay(categories) -> None:
    assert CATEGORY not in categories("Our new base camp is 12,500 feet up, says Dana Holt.")


@common
@given(a=NAME, b=NAME, thousands=st.integers(min_value=20, max_value=400), cur=st.sampled_from("$£€"))
def test_round11_base_pay_in_full_flags_any_named_person(findings, a, b, thousands, cur) -> None:
    text = f"fyi Mr {a} {b}'s new base is {cur}{thousands},500 from April, keep it quiet"
    assert_flagged_on(findings, text, f"{a} {b}")
