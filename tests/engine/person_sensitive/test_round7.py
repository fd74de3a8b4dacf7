"""A named person with a sensitive fact, round 7: CJK names read by their honorifics with salary,
dismissal and health words glued to digits ("年収1200万円"); a title before a name with a pay verb, a
few words and an amount ("verdient ab März 87.500 €"); a faith and its practice in Dutch notes; an age
ahead ("who turns 63 next week", "wird 60 –", "die morgen 50 wird"); a home address after a role noun
in a note that names the office too; income in a form-like list. And what is no one's fact: a disease
inside a world day's name, an e-mail address called an "address".
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.engine.person_sensitive.person_cases import NAME as _NAME
from tests.engine.person_sensitive.person_cases import common

CATEGORY = "pii.person_sensitive"

SENSITIVE = [
    # 1. CJK names with honorifics and titles, fact words glued to digits or to the verb after them
    ("連絡です：森田優子さんは年収950万円で、来期から課長です。", "森田優子さん"),
    ("参考まで、石川部長は先週退職勧奨を受けたとのことです。", "石川部長"),
    ("小林様は現在がんの治療のため入院中です。", "小林様"),
    ("村上氏の月給は52万円と聞きました。", "村上氏"),
    ("공유드려요: 한지민 팀장님 연봉이 9200만원으로 올랐대요.", "한지민 팀장"),
    ("참고로 윤서준 과장님은 어제 권고사직 통보를 받으셨어요.", "윤서준 과장"),
    ("오세영 씨는 암 진단을 받고 입원했습니다.", "오세영 씨"),
    ("同步一下：周先生年薪80万元，下个月入职。", "周先生"),
    ("郑女士上周被解雇了，请不要再联系她。", "郑女士"),
    ("黄经理确诊后一直住院。", "黄经理"),
    # 2. a title before the name, a pay verb, a few words, then an amount
    (
        "Kurz zur Info: Herr Tobias Brandt verdient ab März 87.500 € im Jahr, das ist mit der "
        "Personalabteilung abgestimmt.",
        "Tobias Brandt",
    ),
    (
        "Pour info, M. Julien Perrin gagne désormais 62 000 euros par an, c'est validé par la direction.",
        "Julien Perrin",
    ),
    (
        "Ojo: la Sra. Carmen Ibáñez gana desde enero 3.000 euros al mes, no lo comentéis fuera del equipo.",
        "Carmen Ibáñez",
    ),
    ("Ter info: dhr. Kees Bakker verdient vanaf januari € 4.600 per maand, dat is nu rond.", "Kees Bakker"),
    (
        "A Sig.ra Paola Greco guadagna da gennaio 2.800 euro al mese, come deciso dalla direzione.",
        "Paola Greco",
    ),
    ("Só para saber: o Sr. Paulo Matos ganha agora R$ 12.000 por mês, já foi aprovado.", "Paulo Matos"),
    # 3. a faith and its practice, Dutch notes with few of the language's usual words
    (
        "Even ter info: Sanne Vermeer is moslim en doet mee aan de ramadan, dus plan de borrel later.",
        "Sanne Vermeer",
    ),
    (
        "Fijn om te weten: Youssef Amrani vast tijdens de ramadan, dus geen lunch voor hem om twaalf uur.",
        "Youssef Amrani",
    ),
    # 4. an age ahead, in a relative clause after the name too
    ("Congrats to Linda Osei, who turns 63 next week and still beats us all at squash!", "Linda Osei"),
    ("Unser Kollege Jens Albrecht wird 60 – herzlichen Glückwunsch vom ganzen Team!", "Jens Albrecht"),
    ("Alles Gute an Frau Heike Sommer, die morgen 50 wird, und danke für die Torte!", "Heike Sommer"),
    ("Onze collega Wim Jansen wordt 65 volgende week, dus er is taart bij de koffie.", "Wim Jansen"),
    ("Nuestra compañera Lucía Pardo cumplirá 40 el sábado y lo celebramos en la oficina.", "Lucía Pardo"),
    # 5. a home address after a role noun, the office named too
    (
        "Heads up reception: our new client Rachel Nguyen lives at 14 Maple Crescent, Evanston, so deliver "
        "there, not to the office.",
        "Rachel Nguyen",
    ),
    (
        "Tenant Oliver Brandt, residing at 7 Larch Close, Bramley, asked us to stop calling the office.",
        "Oliver Brandt",
    ),
    # 6. income in a form-like list, a role noun before the name
    ("Loan notes: co-applicant Priya Raman, household income: $112,000, employer verified.", "Priya Raman"),
    (
        "FYI the file for tenant Marco Bellini lists a monthly income of $4,800 and two late payments.",
        "Marco Bellini",
    ),
    (
        "Rental application pasted in the public channel: applicant Jenna Park, SSN 452-07-8816, monthly "
        "income $6,200.",
        "Jenna Park",
    ),
    (
        "Dossier de location envoyé par erreur : locataire Hélène Marchal, revenus 2 900 € par mois, garant "
        "son père.",
        "Hélène Marchal",
    ),
]

NOT_SENSITIVE = [
    # 1. a customer or everyone addressed with a title, and encouragement, are no one's fact
    "お客様の年収に合わせて最適なプランをご提案します。",
    "고객님의 연봉에 맞춘 대출 상품을 안내해 드립니다.",
    "田中さん、がんばってください！明日の入社式で会いましょう。",
    "2024年10月被解雇的员工可以申请补偿。",
    # 2. a job advert pays a post, whoever is the contact
    "Wir suchen eine Teamleiterin (m/w/d), Gehalt ab 98.000 € brutto, Ansprechpartnerin ist Frau Petra "
    "Hoffmann.",
    # 6. an eligibility rule asks an income of anyone
    "To be eligible you need a monthly income of $6,200, says Jenna Park from the leasing team.",
    # a capitalised compound of a role noun is a name of its own, not a role before a name
    "Our Customer Portal shows your annual income of $0 until you upload documents, explains Tom Reed.",
    # a small number after a pay verb is a score, not pay
    "El Sr. Iván Roldán gana 3 partidos seguidos con su equipo de pádel este mes.",
    "Pour info, M. Hugo Lenoir gagne 2 matchs sur 3 au tournoi du club cette année.",
    # how to prevent an illness, said in general by an expert
    "Para el Día Mundial de la Diabetes, la Dra. Elena Sanz explica cómo prevenir la diabetes tipo 2.",
    # 7a. a disease in the name of a world day, a campaign or a run
    "Hoy, Día Mundial de la Lucha contra el Sida, nuestra fundación ofrece pruebas rápidas gratuitas en "
    "Valencia.",
    "Hoy es el Día Mundial contra el Cáncer y Marta Ruiz Gil nos cuenta cómo funciona la campaña de la "
    "fundación.",
    "Journée mondiale du diabète : dépistage gratuit avec Julie Martin en pharmacie ce samedi.",
    "Op Wereld Aids Dag geeft Jan de Vries een lezing over preventie in onze bibliotheek.",
    "Join Paul Hewitt at the Cancer Research UK run this Sunday, all welcome!",
    # the world day's name before a title with a full stop, which ends no sentence
    "Join us for World Mental Health Day: Dr. Amy Lin talks about depression at work.",
    # 7b. an "address" that is an e-mail address
    "Merci à notre cliente Mme Dubois pour son retour ! Elle souhaite être recontactée sur son adresse "
    "perso : c.dubois@example.fr",
    "Escríbele a Laura Gil Soto a su dirección de correo si tienes dudas sobre la reunión.",
    "Pour toute question, écrivez à M. Girard à son adresse mail habituelle.",
]


_JA_FAMILY = st.sampled_from(["森田", "石川", "小林", "村上", "岡本", "藤井", "松田", "野口"])
_KO_NAME = st.builds(
    lambda a, b, c: a + b + c,
    st.sampled_from("김이박최정한윤오서"),
    st.sampled_from("민서지현우준하"),
    st.sampled_from("수영호아진빈연"),
)
_ZH_SURNAME = st.sampled_from(["周", "郑", "黄", "林", "何", "高", "马"])
_AMOUNT = st.integers(min_value=20, max_value=9999)


@common
@given(
    name=st.one_of(
        st.builds(lambda f, t: f + t, _JA_FAMILY, st.sampled_from(["さん", "様", "氏", "部長"])),
    ),
    fact=st.sampled_from(
        ["年収{n}万円です", "の月給は{n}万円", "は退職勧奨を受けました", "はがんで入院中です"]
    ),
    n=_AMOUNT,
)
def test_japanese_name_with_honorific_and_fact(findings, name: str, fact: str, n: int) -> None:
    text = f"共有です：{name}{fact.format(n=n)}。"
    assert [text[f.start : f.end] for f in findings(text, CATEGORY)], text


@common
@given(
    name=_KO_NAME,
    title=st.sampled_from(["님", " 씨", " 과장님", " 팀장님"]),
    fact=st.sampled_from(
        ["연봉이 {n}만원이래요", "지난주 권고사직 처리되셨어요", "해고됐어요", "암 진단을 받으셨어요"]
    ),
    n=_AMOUNT,
)
def test_korean_name_with_honorific_and_fact(findings, name: str, title: str, fact: str, n: int) -> None:
    text = f"참고로 {name}{title}은 {fact.format(n=n)}."
    assert [text[f.start : f.end] for f in findings(text, CATEGORY)], text


@common
@given(
    surname=_ZH_SURNAME,
    title=st.sampled_from(["先生", "女士", "经理"]),
    fact=st.sampled_from(["年薪{n}万元", "工资{n}元", "被解雇了", "被辞退了", "确诊后住院了"]),
    n=_AMOUNT,
)
def test_chinese_name_with_title_and_fact(findings, surname: str, title: str, fact: str, n: int) -> None:
    text = f"同步一下：{surname}{title}{fact.format(n=n)}。"
    assert [text[f.start : f.end] for f in findings(text, CATEGORY)], text


@common
@given(
    addressee=st.sampled_from(["お客様の年収", "皆様の年収", "고객님의 연봉", "회원님의 연봉"]),
    n=_AMOUNT,
)
def test_a_customer_addressed_with_a_title_is_no_one(categories, addressee: str, n: int) -> None:
    korean = "님" in addressee
    text = f"{addressee} {n}에 맞춘 플랜입니다." if korean else f"{addressee}{n}万円に合わせたプランです。"
    assert CATEGORY not in categories(text)


# A title, a pay verb, one to three words, an amount: in each language of the policy, with enough of
# its own words that the draft is read as that language.
_TITLED_PAY = [
    "Kurz zur Info: Herr {a} {b} verdient ab Januar {n}.000 € brutto, das ist mit der Abteilung abgestimmt.",
    "Pour info, Mme {a} {b} gagne depuis mars {n} 000 euros par an, c'est validé par la direction.",
    "Ojo: la Sra. {a} {b} gana desde enero {n}.000 euros al año, no lo comentéis fuera del equipo.",
    "Ter info: mevr. {a} {b} verdient vanaf januari € {n}.000 per jaar, dat is nu rond.",
    "La Sig.ra {a} {b} guadagna da gennaio {n}.000 euro all'anno, come deciso dalla direzione.",
    "Só para saber: a Sra. {a} {b} ganha agora {n}.000 euros por ano, já foi aprovado.",
]


@common
@given(template=st.sampled_from(_TITLED_PAY), a=_NAME, b=_NAME, n=st.integers(min_value=20, max_value=180))
def test_title_name_pay_verb_and_amount(findings, template: str, a: str, b: str, n: int) -> None:
    text = template.format(a=a, b=b, n=n)
    found = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert any(f"{a} {b}" in span for span in found), (text, found)


_AGE_AHEAD = [
    "Congrats to {a} {b}, who turns {n} next week and still beats us all at squash!",
    "Alles Gute an Frau {a} {b}, die morgen {n} wird, und danke für die Torte!",
    "Herr {a} {b} wird {n} – herzlichen Glückwunsch vom ganzen Team!",
    "Onze collega {a} {b} wordt {n} volgende week, dus er is taart bij de koffie.",
    "Nuestra compañera {a} {b} cumplirá {n} el sábado y lo celebramos en la oficina.",
    "Notre collègue {a} {b} fêtera ses {n} ans samedi, venez nombreux au café !",
]


@common
@given(template=st.sampled_from(_AGE_AHEAD), a=_NAME, b=_NAME, n=st.integers(min_value=18, max_value=99))
def test_an_age_ahead_about_a_named_person(findings, template: str, a: str, b: str, n: int) -> None:
    text = template.format(a=a, b=b, n=n)
    found = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert any(f"{a} {b}" in span for span in found), (text, found)


@common
@given(
    a=_NAME,
    b=_NAME,
    number=st.integers(min_value=1, max_value=999),
    street=_NAME,
    kind=st.sampled_from(["Crescent", "Close", "Terrace", "Way", "Court", "Lane", "Place", "Drive"]),
    lead=st.sampled_from(["our new client Ms", "tenant Mr", "the patient Mrs"]),
    verb=st.sampled_from(["lives at", "residing at"]),
)
def test_a_home_address_after_a_role_noun_despite_the_office(
    findings, a: str, b: str, number: int, street: str, kind: str, lead: str, verb: str
) -> None:
    text = f"Heads up reception: {lead} {a} {b}, {verb} {number} {street} {kind}, Evanston, not the office."
    found = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert any(f"{a} {b}" in span for span in found), (text, found)


@common
@given(
    a=_NAME,
    b=_NAME,
    kind=st.sampled_from(["monthly income", "annual income", "household income", "Income:"]),
    n=st.integers(min_value=1000, max_value=250000),
)
def test_income_in_a_form_like_list(findings, a: str, b: str, kind: str, n: int) -> None:
    text = f"Loan file pasted in the public channel: applicant Ms {a} {b}, SSN withheld, {kind} ${n:,}."
    found = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert any(f"{a} {b}" in span for span in found), (text, found)


_WORLD_DAYS = [
    "Hoy, Día Mundial de la Lucha contra el Sida, {a} {b} ofrece pruebas gratuitas en la fundación.",
    "Hoy es el Día Mundial contra el Cáncer: {a} {b} presenta la campaña en Valencia.",
    "Journée mondiale du diabète : dépistage gratuit avec {a} {b} en pharmacie.",
    "Giornata mondiale contro il cancro: {a} {b} presenta la campagna della fondazione.",
    "Op Wereld Aids Dag geeft {a} {b} een lezing over preventie in de bibliotheek.",
    "Dia Mundial de Luta contra a Sida: {a} {b} apresenta a campanha na nossa loja.",
]


@common
@given(template=st.sampled_from(_WORLD_DAYS), a=_NAME, b=_NAME)
def test_a_disease_in_a_world_days_name_is_no_ones_fact(categories, template: str, a: str, b: str) -> None:
    assert CATEGORY not in categories(template.format(a=a, b=b))


_EMAIL_ADDRESSES = [
    "Merci à Mme {a} pour son retour ! Elle souhaite être recontactée sur son adresse perso : {m}@example.fr",
    "Pour toute question, écrivez à M. {a} à son adresse mail : {m}@example.fr",
    "Escríbele a la Sra. {a} a su dirección de correo {m}@example.es si tienes dudas.",
    "Si tienes dudas, escribe al Sr. {a} a su dirección: {m}@example.es",
]


@common
@given(template=st.sampled_from(_EMAIL_ADDRESSES), a=_NAME, m=st.from_regex(r"[a-z]{3,8}", fullmatch=True))
def test_an_email_address_is_no_home_address(categories, template: str, a: str, m: str) -> None:
    assert CATEGORY not in categories(template.format(a=a, m=m))
