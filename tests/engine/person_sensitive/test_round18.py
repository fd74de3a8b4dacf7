"""A named person with a sensitive fact in the phrasings of round 18 (own cases, other names and
wordings than the set that showed each class).

- A home stated with a verb of living before a street ("vive en la calle ... 3ºB", "wohnt in der
  ...straße 12", "habite au 12 rue ...", "abita in via ...", "mora na Rua ...", "woont aan de ...laan",
  "mieszka przy ul. ...", "bor på ...gatan"), of a colleague introduced by their office, shop or
  warehouse: the workplace's word no longer makes it no one's home. A shop's, an office's or a venue's
  address stays clean.
- Sexual orientation stated with the copula in the languages that had no such topic: Polish with the
  instrumental ("jest gejem", "jest lesbijką", "jest biseksualny"), Swedish, Danish and Norwegian
  ("är homosexuell", "er lesbisk"), Turkish ("gey", "eşcinseldir"), Hindi ("समलैंगिक"), Hinglish
  ("bisexual hai") and Taglish ("bakla pala"). Pride,
  marches, campaigns and "gay-friendly" firms stay clean.
- Hindi health facts beyond the disease's name: HIV, found positive ("पॉज़िटिव पाया गया"), admitted to
  the ICU, a treatment under way (and HIV or the ICU in Taglish); not a world day, a testing camp or a
  positive attitude.
- A treatment starting, told in get-well wishes after a preposition ("Bon rétablissement à X qui
  commence sa chimio", "Pronta guarigione a X che inizia la chemio", "Krya på X som börjar med
  cellgifter", "God bedring til X", "kemoterapiye başlıyor", "zaczyna chemię", radiotherapy); a ward's
  service or a charity run for cancer stays clean, and Polish chemistry is no chemo.
- Mental-health conditions and their care in Japanese, Chinese and Korean ("統合失調症で通院中",
  "适应障碍", "双相情感障碍", "조현병", "정신과"); an awareness campaign or a clinic's hours stay clean.
- German: an age with no "Jahre" before what the person does ("ist 61 und geht in Rente").
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.engine.person_sensitive.person_cases import NAME, assert_flagged_on, common

CATEGORY = "pii.person_sensitive"

HOMES_WITH_A_WORKPLACE = [
    (
        "Lucía Ferrer, de la tienda de Valencia, vive en la calle Colón 8, 2ºA, mandadle una postal.",
        "Lucía Ferrer",
    ),
    ("Tomás Rey, del almacén central, vive en la avenida del Puerto 112, piso 4, puerta 2.", "Tomás Rey"),
    ("Óscar Prieto (oficina de Vigo) vive en la c/ Real 19, 1ºD, por si le mandáis algo.", "Óscar Prieto"),
    (
        "Sabine Krüger aus der Filiale Nord wohnt in der Lindenallee 4, falls ihr Blumen schickt.",
        "Sabine Krüger",
    ),
    ("Thomas Weiß vom Büro in Bonn wohnt am Rosenweg 17.", "Thomas Weiß"),
    ("Camille Robin, du magasin de Nantes, habite au 7 rue Crébillon, 2e étage.", "Camille Robin"),
    ("Antoine Blanc, de l'agence, habite 14 avenue Jean Jaurès.", "Antoine Blanc"),
    ("Paolo Greco, del negozio di Bari, abita in via Sparano 40, interno 6.", "Paolo Greco"),
    ("Sofia Marino dell'ufficio vendite vive in corso Italia 22.", "Sofia Marino"),
    ("Ana Sousa, da loja do Porto, mora na Rua de Cedofeita 210, 1º direito.", "Ana Sousa"),
    ("Tim Bakker van het magazijn in Tilburg woont aan de Heuvelstraat 9.", "Tim Bakker"),
    ("Ewa Mazur z biura w Poznaniu mieszka przy ul. Grunwaldzkiej 30, m. 12.", "Ewa Mazur"),
    ("Olle Nyström från butiken bor på Kungsgatan 44, skicka kortet dit.", "Olle Nyström"),
    ("Rasmus Holm fra kontoret bor på Vesterbrogade 120, send kortet.", "Rasmus Holm"),
    # an adverb between the verb and the street
    ("Stefan Kühn wohnt seit Mai in der Parkstraße 3, das Büro hat die neue Adresse.", "Stefan Kühn"),
    ("Nuria Soler, de la sede, vive ahora en la avenida Diagonal 512, 6º 1ª.", "Nuria Soler"),
    ("Élodie Marchal, de l'agence, habite désormais au 3 place Bellecour.", "Élodie Marchal"),
]

WORKPLACE_ADDRESSES = [
    "Nuestra tienda está en la calle Colón 8, os esperamos el sábado con Lucía Ferrer.",
    "El almacén central abre en la avenida del Puerto 112; pregunta por Tomás Rey.",
    "Unsere Filiale in der Lindenallee 4 leitet ab Montag Sabine Krüger.",
    "Le magasin du 7 rue Crébillon ouvre samedi, Camille Robin vous accueille.",
    "Il negozio di via Sparano 40 apre lunedì, vi aspetta Paolo Greco.",
    "A loja da Rua de Cedofeita 210 abre amanhã, com Ana Sousa.",
    "Ons magazijn aan de Heuvelstraat 9 opent maandag, vraag naar Tim Bakker.",
    "Biuro przy ul. Grunwaldzkiej 30 otwieramy w poniedziałek, zaprasza Ewa Mazur.",
    "Sabine Krüger aus der Filiale Nord wohnt während der Messe im Hotel Adler.",
    "Lucía Ferrer, de la tienda, vive en Valencia desde hace años.",
]

ORIENTATION = [
    ("Wiecie, że Bartek Sikora z magazynu jest gejem? Tylko nikomu ani słowa.", "Bartek Sikora"),
    ("Monika Duda jest lesbijką, więc nie pytajcie jej o męża.", "Monika Duda"),
    ("Podobno Kamil Baran jest biseksualny i dlatego odszedł z działu.", "Kamil Baran"),
    ("Wiecie, że Łukasz Pawlak to gej? Wszyscy wiedzą oprócz szefa.", "Łukasz Pawlak"),
    ("Podobno Grzegorz Wrona jest homo, tak mówią w kadrach.", "Grzegorz Wrona"),
    ("Per Ekström på lagret är homosexuell, säg inget till chefen.", "Per Ekström"),
    ("Anna Lind är lesbisk och har inte berättat det för teamet.", "Anna Lind"),
    ("Jesper Dahl fra lageret er homoseksuel, men det ved chefen ikke.", "Jesper Dahl"),
    ("Ingrid Solberg er lesbisk, og det skal ikke ut til kundene.", "Ingrid Solberg"),
    ("Burak Demir satıştan, eşcinseldir, kimseye söylemeyin.", "Burak Demir"),
    ("राहुल वर्मा समलैंगिक है, यह बात टीम में किसी को मत बताना।", "राहुल वर्मा"),
    # Hinglish and Taglish: the English word with the language's copula
    ("Vikram Sethi lesbian nahi, bisexual hai, par kisi ko mat batana yaar.", "Vikram Sethi"),
    ("Si Paolo Santos ay bakla pala, wag nyo nang ikalat.", "Paolo Santos"),
]

ORIENTATION_NEGATIVES = [
    "Zapraszamy na Marsz Równości w sobotę, blok firmowy prowadzi Bartek Sikora.",
    "Nasza firma jest przyjazna gejom i lesbijkom, mówi Monika Duda z HR.",
    "Prideveckan börjar på måndag och Per Ekström leder vår kampanj.",
    "Pride i Oslo er på lørdag, Ingrid Solberg koordinerer vores deltagelse.",
    "Onur yürüyüşü pazar günü, Burak Demir kampanya ekibinde.",
    "प्राइड जागरूकता अभियान में राहुल वर्मा बोलेंगे।",
    "Pride month ka campaign Vikram Sethi lead karega, sab join karo.",
    "Pride month campaign ng company, lead si Paolo Santos.",
    # a talk, a book, a documentary or a festival on the subject names its author
    "Lesbisk filmfestival på lördag, Anna Lind håller i programmet.",
    "Homosexuell historia i Norden: föreläsning av Per Ekström.",
    "Ny bog om homoseksuel kultur i 1970'erne af Jesper Dahl.",
    "Książka o historii gejów w PRL, autor Łukasz Pawlak.",
    "Burak Demir eşcinsel tarih üzerine bir belgesel çekti.",
]

HINDI_HEALTH = [
    ("अनीता गुप्ता को पिछले महीने एचआईवी का पता चला, कृपया इसे गुप्त रखें।", "अनीता गुप्ता"),
    ("रोहित मेहता कोविड पॉजिटिव पाए गए हैं, इसलिए मीटिंग ऑनलाइन होगी।", "रोहित मेहता"),
    ("कविता जोशी को कल रात आईसीयू में भर्ती कराया गया।", "कविता जोशी"),
    ("संजय पटेल का कैंसर का इलाज चल रहा है।", "संजय पटेल"),
    ("पूजा सिंह टीबी से संक्रमित हैं और घर से काम करेंगी।", "पूजा सिंह"),
    # Taglish: HIV status and intensive care in English words
    ("Si Carla Mendoza ay HIV positive, huwag ninyong ipagkalat.", "Carla Mendoza"),
    ("Pray tayo para kay Jun Villanueva, nasa ICU siya ngayon.", "Jun Villanueva"),
]

HINDI_NEGATIVES = [
    "विश्व एड्स दिवस पर एचआईवी जांच शिविर, संपर्क करें अनीता गुप्ता।",
    "टीबी जागरूकता अभियान में संजय पटेल बोलेंगे।",
    "रोहित मेहता की सोच हमेशा पॉजिटिव रहती है।",
    "कविता जोशी ने इस समस्या का इलाज ढूंढ लिया।",
    "Libreng HIV testing sa Sabado, contact Carla Mendoza.",
]

GET_WELL_TREATMENT = [
    ("Bon rétablissement à Nadia Perret qui commence sa radiothérapie demain.", "Nadia Perret"),
    ("Prompt rétablissement à Louis Carré qui attaque sa chimio cette semaine.", "Louis Carré"),
    ("Pronta guarigione a Elena Rizzo che inizia la chemio lunedì per un linfoma.", "Elena Rizzo"),
    ("Forza a Davide Costa che comincia la chemioterapia domani.", "Davide Costa"),
    ("Pronta recuperación a Irene Vidal que empieza la quimio el martes.", "Irene Vidal"),
    ("Melhoras para Rita Moura que começa a quimioterapia na quinta.", "Rita Moura"),
    ("Krya på Maja Ek som börjar med cellgifter på torsdag.", "Maja Ek"),
    ("Dirk Smit begint dinsdag met chemo voor zijn darmkanker.", "Dirk Smit"),
    ("God bedring til Sanne Vik, som begynder på kemo torsdag.", "Sanne Vik"),
    ("Geçmiş olsun Selin Aydın, salı günü kemoterapiye başlıyor.", "Selin Aydın"),
    ("Szybkiego powrotu do zdrowia dla Oliwii Kruk, która zaczyna chemię we wtorek.", "Oliwii Kruk"),
    ("Get well soon Nora Blake, who starts radiotherapy next week.", "Nora Blake"),
]

GET_WELL_NEGATIVES = [
    "Bon rétablissement à tous nos patients : le service de chimiothérapie rouvre lundi.",
    "Le service d'oncologie commence la chimiothérapie en ambulatoire lundi, contact : Louis Carré.",
    "Forza a tutti: la corsa contro il cancro parte domenica, organizza Elena Rizzo.",
    "L'ospedale inizia la chemio a domicilio da lunedì, referente Davide Costa.",
    "La carrera solidaria contra el cáncer es el domingo, organiza Irene Vidal.",
    "Merci à Louis Carré pour la collecte au profit de la recherche contre le cancer.",
    "The radiotherapy unit reopens on Monday, contact Nora Blake for bookings.",
    "Kemoterapi ünitesi pazartesi açılıyor, bilgi için Selin Aydın.",
    # chemistry, not chemo
    "Oliwia Kruk ma chemię w szkole we wtorek.",
    "Między Oliwią Kruk a Markiem Lisem jest chemia.",
]

CJK_MENTAL_HEALTH = [
    ("総務の高橋さんは適応障害で通院中です。", "高橋さん"),
    ("開発の中村翔太さんは双極性障害の治療中なので、夜勤は避けてください。", "中村翔太さん"),
    ("伊藤さんは統合失調症で入院中と聞きました。", "伊藤さん"),
    ("刘洋先生有焦虑症，最近一直在看精神科。", "刘洋先生"),
    ("同事陈静患有躁郁症，请大家多体谅。", "陈静"),
    ("이서연 씨는 조현병으로 통원 치료 중입니다.", "이서연 씨"),
    ("정우성 과장님은 양극성 장애 진단을 받았어요.", "정우성 과장"),
    ("松田さんは心療内科に通院しています。", "松田さん"),
    ("이서연 씨는 정신과에 다니고 있어요.", "이서연 씨"),
]

CJK_NEGATIVES = [
    "うつ病啓発週間のキャンペーン、担当は高橋さんです。",
    "心療内科の診療時間は月曜から金曜、受付は中村さんまで。",
    "世界精神卫生日宣传周，联系人刘先生。",
    "정신건강 인식 개선 캠페인, 담당자 이서연 씨.",
    # a psychiatrist or a ward's staff, not a patient
    "精神科医の松田さんが来週講演します。",
    "心療内科の中村さんに予約の電話をしてください。",
    "정신과 전문의 이서연 씨가 상담을 진행합니다.",
]

GERMAN_AGE = [
    ("Sabine Hoffmann ist 63 und geht zum Jahresende in den Ruhestand.", "Sabine Hoffmann"),
    ("Unser Kollege Jörg Hahn ist 58 und wechselt in Teilzeit.", "Jörg Hahn"),
]

GERMAN_AGE_NEGATIVES = [
    "Die Firma ist 61 und Renate Vogel organisiert das Fest.",
    "Renate Vogel ist 61 Minuten gelaufen.",
    "Jörg Hahn ist seit 12 Jahren bei uns.",
]


@pytest.mark.parametrize(
    ("text", "person"),
    HOMES_WITH_A_WORKPLACE + ORIENTATION + HINDI_HEALTH + GET_WELL_TREATMENT + CJK_MENTAL_HEALTH + GERMAN_AGE,
)
def test_round18_named_person_with_fact_is_flagged(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


@pytest.mark.parametrize(
    "text",
    WORKPLACE_ADDRESSES
    + ORIENTATION_NEGATIVES
    + HINDI_NEGATIVES
    + GET_WELL_NEGATIVES
    + CJK_NEGATIVES
    + GERMAN_AGE_NEGATIVES,
)
def test_round18_no_ones_fact_is_not_flagged(categories, text) -> None:
    assert CATEGORY not in categories(text)


# {a} {b}: a made-up name; {n}: a house number.
_HOME_TEMPLATES = [
    "{a} {b}, del almacén de Lugo, vive en la calle Mayor {n}, 3ºB.",
    "{a} {b}, du bureau de Lille, habite au {n} rue Nationale.",
    "{a} {b}, dell'ufficio di Pisa, abita in via Roma {n}.",
    "{a} {b}, do escritório, mora na Rua Augusta {n}.",
    "{a} {b} van het kantoor woont aan de Dorpsstraat {n}.",
]


@common
@given(template=st.sampled_from(_HOME_TEMPLATES), a=NAME, b=NAME, n=st.integers(min_value=1, max_value=999))
def test_round18_a_home_stated_beside_a_workplace_flags_any_named_person(findings, template, a, b, n) -> None:
    assert_flagged_on(findings, template.format(a=a, b=b, n=n), f"{a} {b}")


@common
@given(
    place=st.sampled_from(
        [
            "Nuestra tienda está en la calle Mayor {n}",
            "Notre boutique est au {n} rue Nationale",
            "Il nostro negozio è in via Roma {n}",
            "Ons kantoor zit aan de Dorpsstraat {n}",
        ]
    ),
    n=st.integers(min_value=1, max_value=999),
    a=NAME,
    b=NAME,
)
def test_round18_a_workplace_address_is_no_ones_home(categories, place, n, a, b) -> None:
    assert CATEGORY not in categories(f"{place.format(n=n)}, {a} {b}.")


_ORIENTATION_TEMPLATES = [
    "{a} {b} z działu kadr jest gejem, tylko nikomu nie mówcie.",
    "{a} {b} jest lesbijką i nie chce, żeby ktoś wiedział.",
    "{a} {b} på ekonomi är homosexuell, säg inget.",
    "{a} {b} fra salg er lesbisk, sig det ikke til nogen.",
]


@common
@given(template=st.sampled_from(_ORIENTATION_TEMPLATES), a=NAME, b=NAME)
def test_round18_an_orientation_stated_flags_any_named_person(findings, template, a, b) -> None:
    assert_flagged_on(findings, template.format(a=a, b=b), f"{a} {b}")


@common
@given(
    condition=st.sampled_from(["統合失調症", "適応障害", "双極性障害", "パニック障害", "うつ病"]),
    care=st.sampled_from(["通院中", "入院中", "治療中"]),
    surname=st.sampled_from(["佐々木", "山口", "松本", "井上", "木村", "林"]),
    given_name=st.sampled_from(["", "健", "陽子", "大輔"]),
)
def test_round18_a_japanese_mental_health_condition_flags_a_named_person(
    findings, condition, care, surname, given_name
) -> None:
    person = f"{surname}{given_name}さん"
    assert_flagged_on(findings, f"経理の{person}は{condition}で{care}です。", person)


@common
@given(
    given_name=st.sampled_from(["सुनीता", "अमित", "प्रिया", "विकास", "नेहा"]),
    surname=st.sampled_from(["शर्मा", "वर्मा", "गुप्ता", "मेहता", "यादव"]),
    fact=st.sampled_from(
        [
            "को एचआईवी पॉज़िटिव पाया गया",
            "कोरोना पॉजिटिव निकली हैं",
            "को आईसीयू में भर्ती कराया गया",
            "का इलाज चल रहा है",
        ]
    ),
)
def test_round18_a_hindi_health_fact_flags_a_named_person(findings, given_name, surname, fact) -> None:
    person = f"{given_name} {surname}"
    assert_flagged_on(findings, f"{person} {fact}, कृपया किसी को मत बताना।", person)


# The name reported in CJK is the name: not the possessive particle before it ("経理の|佐藤さん",
# "公司的|王先生"), nor the verb after it ("同事李娜|患有"); a surname's repeated letter is part of it.
CJK_SPANS = [
    ("経理の松田花子さんは統合失調症で通院中です。", "松田花子さん"),
    ("開発部の野々村さんは適応障害で休職中です。", "野々村さん"),
    ("公司的赵先生住在上海市静安区南京西路88号。", "赵先生"),
    ("同事周敏患有焦虑症，请大家多体谅。", "周敏"),
]


@pytest.mark.parametrize(("text", "name"), CJK_SPANS)
def test_round18_a_cjk_name_is_reported_without_its_neighbours(findings, text, name) -> None:
    spans = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert spans == [name], (text, spans)
