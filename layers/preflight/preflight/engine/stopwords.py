"""The stop words ``engine/language.py`` recognises each language by: data, one string per language.

Each list holds the most frequent function words of the language (articles, pronouns,
prepositions, auxiliaries, conjunctions) and its number words up to ten, in lower case, as the
draft's words are read: a run of letters and digits, so "c'est" is read as "c" and "est", and
"l'entrée" as "l" and "entrée" (the elided "c", "d", "j", "l", "qu" are French evidence). A word
shared by several languages ("de", "la", "in") is in each of their lists: it counts as a fraction
of a word for each (``language.py``).

Adding a language is adding its list here (``language.RECOGNISED`` follows); a lexicon of a language
not listed here is consulted for every draft, so a policy may carry more languages than are told apart.
"""

from __future__ import annotations

_STOP_WORDS = {
    "en": """the and is are was were of to in it its that this these those with for on you i we my our your
        be been have has had not but at by from or they them their he she his her will would can could
        should just so what who which about get got me do does did don doesn didn isn aren wasn won t s
        ll ve re m an if all there out up again after before when how why still than then also here
        very because into only some any one us him let please thanks as per no over
        one two three four five six seven eight nine ten""",
    "fr": """le la les des du de un une et est pas je nous vous il elle ils elles sont avec pour dans sur
        qui que ce cette ces mais ou au aux en ne se sa son ses leur leurs très tout tous toute fait été
        avoir être c j l d qu n s m t y on plus moi toi lui mon ma mes notre nos votre vos encore déjà
        aussi alors comme chez sans sous depuis ça cela était avons avez ont suis es fais peut faut
        quand parce merci bien
        deux trois quatre cinq six sept huit neuf dix""",
    "de": """der die das und ist nicht ich wir sie ein eine einen einem einer dem den des mit auf für von
        zu es im auch sich noch nur wie aber oder wird werden sind war hat haben habe bei aus nach schon
        wieder doch kein keine mal heute dass so vom zum zur uns mein meine unser unsere euch ihr ihre
        dieser diese dieses jetzt immer sehr alle gibt kann können muss wurde bitte danke ganz also
        eins zwei drei vier fünf sechs sieben acht neun zehn""",
    "es": """el la los las de del y que en un una es por para con no se lo su sus al como más pero muy
        está esta este estos estas son ya hay me mi mis nos yo tu te otra otro vez también sin sobre
        cuando qué todo todos estoy tengo tiene hasta desde porque ni ha han fue era ser estar hoy
        nuestro nuestra gracias usted ustedes eso esto ese esa
        uno dos tres cuatro cinco seis siete ocho nueve diez""",
    "it": """il lo la gli le di del della dello dei delle che e è un una uno per con non sono mi ti ci si
        ma anche come più questo questa questi quello quella nel nella nei alla alle al allo dal dalla
        da ho hai ha abbiamo avete hanno siamo siete tutto tutti molto ancora oggi sempre cosa perché
        io noi voi loro suo sua nostro nostra essere stato stata già dopo l c grazie
        due tre quattro cinque sei sette otto nove dieci""",
    "pt": """o os as de do da dos das e é um uma que não em no na nos nas para com por se mais mas muito
        foi está estão são ao aos eu ele ela eles elas você vocês isso isto este esta esse essa seu sua
        já também outra outro vez tem têm ter meu minha nosso nossa pelo pela pelos pelas quando porque
        ainda hoje sempre obrigado obrigada estou depois até só olha
        dois duas três quatro cinco seis sete oito nove dez""",
    "nl": """de het een en van is dat die niet ik we wij je jij zijn in op met voor te er maar om ook als
        bij nog naar dan wel geen wat door uit over ze hij zij heb hebt heeft hebben worden wordt werd
        was al weer mijn onze ons deze dit kan kunnen moet moeten zal zullen gaat gaan alleen bedankt
        jullie hun haar hem nu toch
        twee drie vier vijf zes zeven acht negen tien""",
}

STOP_WORDS: dict[str, frozenset[str]] = {
    language: frozenset(words.split()) for language, words in _STOP_WORDS.items()
}
