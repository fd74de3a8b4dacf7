"""Round 8: claims and markings in Polish, Swedish, Turkish and Hindi (Devanagari and Hinglish), and
Korean guarantees without a money noun ("100% 보장", "손실 위험이 없습니다").

Each language covers the families the other languages' rule files cover: guaranteed returns and no
risk, forecasts, share tips and acquisitions, cures and "clinically proven", and markings; each with
its hard negatives (denials, warnings, questions, the past, ordinary prose) in the same language.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

HEALTH = "claims.health"
GUARANTEE = "claims.guarantee"
FINANCIAL = "claims.financial"
MARKING = "confidential.marking"
WATCHED = {HEALTH, GUARANTEE, FINANCIAL, MARKING}

common = settings(max_examples=60, deadline=None)

POLISH = [
    ("Fundusz Złota Jesień: gwarantowany zysk 11% rocznie!", {GUARANTEE}),
    ("Oprocentowanie gwarantowane przez cały rok, a do tego zero ryzyka.", {GUARANTEE}),
    ("Wpłać oszczędności dziś, bez najmniejszego ryzyka.", {GUARANTEE}),
    ("W 2027 roku nasze przychody podwoją się.", {FINANCIAL}),
    ("Kurs naszej spółki wystrzeli po premierze.", {FINANCIAL}),
    ("Kupujcie nasze akcje teraz, zanim wszyscy się dowiedzą.", {FINANCIAL}),
    ("Po wakacjach przejmiemy spółkę z Wrocławia.", {FINANCIAL}),
    ("Ta maść wyleczy łuszczycę w miesiąc.", {HEALTH}),
    ("Naukowo udowodnione działanie na bezsenność!", {HEALTH}),
    ("ŚCIŚLE POUFNE — wyniki przed publikacją", {MARKING}),
    ("[Poufne] lista klientów na 2027", {MARKING}),
    ("Wyłącznie do użytku wewnętrznego: plan zwolnień.", {MARKING}),
    # hard negatives
    ("Nie obiecujemy zysku: każda inwestycja niesie ryzyko straty kapitału.", set()),
    ("Uważaj na reklamy typu gwarantowany zysk, to zwykle oszustwo.", set()),
    ("Czy gwarantowany zysk w ogóle istnieje?", set()),
    ("W zeszłym roku przychody wzrosły o 12%.", set()),
    ("Szczepionka zapobiega grypie u seniorów.", set()),
    ("Żadna herbata nie leczy raka.", set()),
    ("Rozmowy z naszą infolinią są poufne i bezpłatne.", set()),
    ("Przetestuj aplikację bez ryzyka przez 30 dni.", set()),
]

SWEDISH = [
    ("Sparkonto med garanterad ränta på 6 % och noll risk!", {GUARANTEE}),
    ("Vi garanterar 15 % avkastning första året.", {GUARANTEE}),
    ("Vår försäljning kommer att tredubblas nästa år.", {FINANCIAL}),
    ("Köp aktien nu innan rapporten kommer.", {FINANCIAL}),
    ("Vi ska förvärva en konkurrent i Malmö efter sommaren.", {FINANCIAL}),
    ("Salvan läker eksem på en vecka.", {HEALTH}),
    ("Vetenskapligt bevisat mot huvudvärk!", {HEALTH}),
    ("STRIKT KONFIDENTIELLT: lönelista 2027", {MARKING}),
    ("Presentationen får inte spridas utanför styrelsen.", {MARKING}),
    # hard negatives
    ("Ingen kan garantera avkastning på aktier.", set()),
    ("Varning för bedragare som lovar riskfri avkastning.", set()),
    ("Förra året steg omsättningen med 8 %.", set()),
    ("Inget te botar förkylning, tyvärr.", set()),
    ("Alla samtal med kuratorn är konfidentiella.", set()),
]

TURKISH = [
    ("Kesin kazanç! Ayda yüzde 8 getiri.", {GUARANTEE}),
    ("Birikiminizi bize emanet edin, sıfır risk!", {GUARANTEE}),
    ("Gelecek çeyrek ciromuz iki katına çıkacak.", {FINANCIAL}),
    ("Rakibimizi önümüzdeki ay satın alacağız.", {FINANCIAL}),
    ("Bu macun diş ağrısını yok eder.", {HEALTH}),
    ("Bilimsel olarak kanıtlanmış bitkisel formül.", {HEALTH}),
    ("ÇOK GİZLİ - yönetim kurulu notları", {MARKING}),
    ("Hizmete özel: yeni fiyat listesi", {MARKING}),
    # hard negatives
    ("Hiçbir yatırımda garantili kazanç yoktur.", set()),
    ("Risk yok diyenlere inanmayın, yatırım her zaman risklidir.", set()),
    ("Geçen yıl ciromuz iki katına çıktı.", set()),
    ("Hisseler yükselecek mi?", set()),
    ("Doktorlar enfeksiyonu antibiyotikle tedavi eder.", set()),
    ("Annemin gizli tarifiyle kurabiye yaptık.", set()),
]

HINDI = [
    ("निवेश करें और पाएं गारंटीड रिटर्न!", {GUARANTEE}),
    ("बिना किसी जोखिम के हर महीने 5% मुनाफा।", {GUARANTEE}),
    ("Is fund mein paisa double, pakka return!", {GUARANTEE}),
    ("इस साल हमारी बिक्री तीन गुना हो जाएगी।", {FINANCIAL}),
    ("Hamare shares agle mahine upar jayega, abhi kharid lo.", {FINANCIAL}),
    ("हम अगले महीने एक प्रतिद्वंद्वी कंपनी खरीदने वाले हैं।", {FINANCIAL}),
    ("यह चूर्ण बवासीर जड़ से खत्म कर देता है।", {HEALTH}),
    ("Ye kadha khansi ko theek kar deta hai.", {HEALTH}),
    ("वैज्ञानिक रूप से सिद्ध नुस्खा।", {HEALTH}),
    ("(गोपनीय) नई मूल्य सूची", {MARKING}),
    ("यह प्रस्तुति सिर्फ आंतरिक उपयोग के लिए है।", {MARKING}),
    # hard negatives
    ("म्यूचुअल फंड निवेश बाज़ार जोखिमों के अधीन है।", set()),
    ("सावधान: पैसा डबल करने का दावा करने वाले ठग हैं।", set()),
    ("पिछले साल बिक्री दोगुनी हुई।", set()),
    ("डॉक्टर ही बुखार का इलाज करते हैं।", set()),
    ("आपकी जानकारी पूरी तरह गोपनीय रखी जाएगी।", set()),
    ("Apna OTP kisi se share na karein.", set()),
]

KOREAN = [
    ("지금 가입하시면 100% 보장됩니다!", {GUARANTEE}),
    ("이 펀드는 손실 가능성이 전혀 없습니다.", {GUARANTEE}),
    ("만족도 100% 보장, 불만족 시 전액 환불.", set()),
    ("손실 위험이 없다는 광고는 사기입니다.", set()),
    ("모든 투자에는 손실 위험이 있습니다.", set()),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, id=f"{language}-{i}")
        for language, cases in (
            ("pl", POLISH),
            ("sv", SWEDISH),
            ("tr", TURKISH),
            ("hi", HINDI),
            ("ko", KOREAN),
        )
        for i, (text, expected) in enumerate(cases)
    ],
)
def test_round8_languages(categories, text: str, expected: set[str]) -> None:
    assert categories(text) & WATCHED == expected


# Per language: (claim templates, their denials or warnings), filled with a product and a number.
CLAIMS_AND_DENIALS = {
    "pl": (
        [
            "{p}: gwarantowany zysk {n}% rocznie.",
            "{p} daje pewny zwrot {n}%.",
            "Z {p} zero ryzyka i {n}% zysku.",
        ],
        ["{p} nie daje gwarantowanego zysku ani {n}% pewności.", "Czy {p} to gwarantowany zysk {n}%?"],
    ),
    "sv": (
        [
            "{p}: garanterad avkastning på {n} %.",
            "Med {p} får du säker vinst, {n} % per år.",
            "{p} är riskfritt, {n} % ränta.",
        ],
        ["{p} kan inte ge garanterad avkastning på {n} %.", "Ger {p} garanterad avkastning på {n} %?"],
    ),
    "tr": (
        ["{p} ile garantili kazanç: yüzde {n}.", "{p} fonuna yatırım yapın, risk yok, yüzde {n} getiri!"],
        ["{p} garantili kazanç vaat etmez, yüzde {n} diye bir şey yok.", "{p} garantili kazanç sağlar mı?"],
    ),
    "hi": (
        ["{p} में गारंटीड रिटर्न {n}%!", "{p} scheme mein invest karo, koi risk nahi, {n}% return."],
        ["सावधान: {p} के गारंटीड रिटर्न {n}% वाले दावे झूठ हैं।", "क्या {p} में गारंटीड रिटर्न {n}% मिलता है?"],
    ),
}


@common
@given(
    language=st.sampled_from(sorted(CLAIMS_AND_DENIALS)),
    data=st.data(),
    product=st.sampled_from(["Fundo Alfa", "Nordkap", "Yıldız", "Ganga Plus", "Vega 3"]),
    number=st.integers(min_value=3, max_value=40),
    denied=st.booleans(),
)
def test_a_guaranteed_return_is_a_guarantee_and_its_denial_is_not(
    categories, language: str, data, product: str, number: int, denied: bool
) -> None:
    claims, denials = CLAIMS_AND_DENIALS[language]
    template = data.draw(st.sampled_from(denials if denied else claims))
    text = template.format(p=product, n=number)
    assert (GUARANTEE in categories(text)) == (not denied)


MARKINGS = {
    "pl": ["Poufne", "ŚCIŚLE POUFNE", "Tylko do użytku wewnętrznego"],
    "sv": ["Konfidentiellt", "KONFIDENTIELLT", "Endast för internt bruk"],
    "tr": ["Gizli", "GİZLİ", "Sadece şirket içi"],
    "hi": ["गोपनीय", "अति गोपनीय", "केवल आंतरिक उपयोग"],
}
PROSE = {
    "pl": "Wasze zgłoszenia są poufne, a {t} omawiamy na spotkaniu.",
    "sv": "Era svar är konfidentiella och {t} diskuteras på mötet.",
    "tr": "Gizli tarifimizi kimse bilmiyor, {t} ise toplantıda konuşulacak.",
    "hi": "आपकी जानकारी गोपनीय रहेगी, {t} पर बैठक में चर्चा होगी।",
}


@common
@given(
    language=st.sampled_from(sorted(MARKINGS)),
    data=st.data(),
    topic=st.sampled_from(["Q3 2027", "Budget 2028", "Kampania X", "Plan B"]),
    as_heading=st.booleans(),
)
def test_a_marking_heading_is_a_marking_and_the_word_in_prose_is_not(
    categories, language: str, data, topic: str, as_heading: bool
) -> None:
    if as_heading:
        marking = data.draw(st.sampled_from(MARKINGS[language]))
        text = f"{marking}: {topic}"
    else:
        text = PROSE[language].format(t=topic)
    assert (MARKING in categories(text)) == as_heading
