#!/usr/bin/env python3
"""Build rules/default/profanity.yaml from better-profanity's word list.

better-profanity ships a broad list (about 900 entries) that mixes real profanity with identity
words ("gay"), medical terms ("herpes"), drugs ("weed"), violence ("kill") and plain insults
("ugly"). Flagging those on their own would block ordinary posts, so this script curates the list:

  1. read ``better_profanity/profanity_wordlist.txt`` from the installed distribution (by path:
     the package itself is never imported, here or at runtime);
  2. normalise each entry: lower case, leetspeak decoded (``sh1t`` -> ``shit``, ``he11`` -> ``hell``),
     spelled-out entries joined (``f.u.c.k``, ``s-h-i-t``), multi-word entries kept as phrases;
  3. drop the exclusions listed below (each group says why);
  4. sort the rest into tiers: slurs (high), mild (low) and strong (medium, everything else);
  5. add the few common words the source lacks (``ADDITIONS``), and write the policy file.

better-profanity is a development dependency only: its matcher costs tens of milliseconds per post
and keeps its word set in a module-level global. The engine's ``profanity`` detector reads the
generated YAML instead.

Usage (from the repository root):
    .venv/bin/python tools/build_profanity_lexicon.py            # rewrite rules/default/profanity.yaml
    .venv/bin/python tools/build_profanity_lexicon.py --check    # exit 1 when the file is out of date
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import yaml

DISTRIBUTION = "better-profanity"
WORDLIST = "better_profanity/profanity_wordlist.txt"
REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPO / "rules" / "default" / "profanity.yaml"
# The LDNOOBW lists of other languages, as the npm package naughty-words 1.2.0 ships them (CC-BY-4.0).
LANGUAGE_SOURCES = REPO / "tools" / "sources" / "naughty-words"

# How leetspeak is read: stated in the generated rules (the detector's only source of it) and used
# here to decode the source's entries. A character maps to the letters it can stand for ("1": i or l).
LEET: dict[str, str] = {
    # A zero stands for an o, and for the vowel it hides in "bullsh0t", "sh0tshow".
    "0": "oi", "1": "il", "3": "e", "4": "a", "5": "s", "7": "t",
    "$": "s", "@": "ao", "!": "i", "|": "il", "+": "t",
    # Currency signs that look like a letter: "m€rde", "fu¢k", "£oser" (a pound sign is an L or an E).
    "€": "e", "¢": "c", "£": "le",
}  # fmt: skip

# fmt: off
# ---------------------------------------------------------------------------------------------
# Exclusions: normalised entries that never flag on their own. Every word named here must be in
# the source list (the script fails otherwise), so the tables cannot drift from what they curate.
# ---------------------------------------------------------------------------------------------
EXCLUDED: dict[str, tuple[str, ...]] = {
    # Identity words: who people are is not profanity ("Kevin is gay", "the queer community").
    "identity": (
        "gay", "gays", "gae", "gai", "gey", "ghay", "ghey", "queer", "queers", "queero", "lesbians",
        "lezbian", "lezbians", "homo", "transsexual", "aryan", "arian", "negro", "dyke", "dykes",
    ),
    # Everyday words and mild put-downs ("Ugly sweaters", "a dummy run", "jerk chicken").
    "everyday": (
        "ugly", "fat", "stupid", "dummy", "moron", "doofus", "dopey", "nimrod", "ninny", "weirdo",
        "prude", "prig", "sissy", "inbred", "jerk", "jerked", "thug", "trashy", "tramp", "vulgar",
        "sleaze", "sleazy", "tawdry", "scantily", "racy", "steamy", "seduce", "lust", "lusting",
        "lusty", "kinky", "vixen", "toots", "homey", "cowgirl", "cowgirls", "punky", "niggle", "slave",
        "strip", "stripclub", "stroke", "thrust", "suck", "sucked", "sucking", "snatch", "hump",
        "humped", "humping", "wad", "whiz", "wazoo", "wedgie", "weenie", "weewee", "pee", "peepee",
        "poop", "potty", "tinkle", "undies", "panty", "pantie", "panties", "pasty", "pastie", "rump",
        "loin", "loins", "crotch", "lube", "teat", "flange", "knob", "dink", "dinks", "dong", "muff",
        "puss", "woody", "willies", "hooter", "fisted", "fisty", "fingering", "dogging", "doggin",
        "foobar", "omg", "unwed", "virgin", "playboy", "quicky", "fondle", "sandbar", "pawn", "revue",
        "maxi", "organ", "mutha", "muther", "seaman", "seamen", "massa", "snuff", "sodom", "titi",
        "teez", "whoar", "mams", "nad", "weiner", "nappy", "paddy", "pollock", "hoar", "hoare",
        "sniper", "napalm", "uzi",
    ),
    # Anatomy, health and reproduction, as a clinic or a health campaign writes them.
    "medical": (
        "hiv", "herp", "herpes", "herpy", "pms", "menses", "menstruate", "menstruation", "tampon",
        "urine", "urinal", "vomit", "leper", "rectal", "rectum", "rectus", "uterus", "womb", "ovary",
        "ovum", "ovums", "testis", "testes", "teste", "testee", "testical", "testicle", "scrotum",
        "penis", "penile", "penial", "vagina", "vulva", "labia", "clitoris", "hymen", "glans", "gonad",
        "gonads", "foreskin", "pubic", "pubis", "nipple", "nipples", "breasts", "areole", "semen",
        "sperm", "smegma", "anus", "erect", "erection", "enlargement", "ejaculate", "ejaculated",
        "ejaculates", "ejaculating", "ejaculatings", "ejaculation", "ejakulate", "penetrate",
        "penetration", "phallic", "phalli", "sex", "sexual", "erotic", "erotism", "autoerotic",
        "homoerotic", "masochist", "sadism", "sadist", "voyeur", "perversion", "nude", "nudes",
        "naked", "facial", "kondum", "kondums", "gspot", "schizo", "oral", "orally",
    ),
    # Drugs and drink: a topic, not profanity ("weed control spray", "hemp seed oil").
    "drugs": (
        "weed", "hemp", "heroin", "ganja", "pot", "meth", "opium", "opiate", "pcp", "peyote", "reefer",
        "scag", "skag", "toke", "hooch", "hootch", "hookah", "junkie", "junky", "stoned", "valium",
        "viagra", "vigra", "vodka", "rum", "extacy", "extasy", "souse", "soused", "drunk", "scrog",
    ),
    # Crime, violence and history: news topics ("killer product", "a history of the Reich").
    "topics": (
        "kill", "murder", "howtokill", "howtomurdep", "rape", "raped", "raper", "raping", "rapist",
        "molest", "incest", "pedophile", "pedophilia", "pedophiliac", "prostitute", "pornography",
        "nazi", "nazism", "hitler", "reich", "kkk", "klan", "bestial", "beastial",
    ),
    # Religion: "god" and "OMG" are not profanity ("God bless", "thank god it's Friday").
    "religion": ("god",),
    # Slurs that are also ordinary words or names, where the ordinary reading dominates:
    # "chink in the armour", "spick and span", "honky-tonk", "kraut" for sauerkraut, "hebe" shrubs,
    # a ski "slope", "ritard." in a score.
    "ambiguous_slurs": ("chink", "spick", "honky", "kraut", "hebe", "slope", "ritard"),
    # "sob" (crying) is how s.o.b., s-o-b and s0b read once normalised.
    "sob": ("sob", "essohbee"),
    # Not words at all: a person's name, handles, noise from the source list ("l3i+ch" reads as
    # "leitch", a surname), placeholders ("xxx" is also kisses).
    "noise": (
        "asanchez", "len", "yury", "kinkyjesus", "leitch", "woose", "freex", "cipa", "scrud", "xx",
        "xxx", "shamedame", "nutbutter",
        "cum",  # "cum laude", "kitchen-cum-diner"
    ),
}

# Phrases (normalised, words separated by one space) that never flag: ordinary English.
EXCLUDED_PHRASES: dict[str, tuple[str, ...]] = {
    "everyday": (
        "auto erotic", "blue waffle", "brown shower", "brown showers", "cow girl", "cow girls",
        "deep throat", "dog style", "golden shower", "strip club", "three some", "g spot",
    ),
}

# ---------------------------------------------------------------------------------------------
# Tiers. Words not excluded, not a slur and not mild are "strong" (medium): swearing, vulgar
# insults and explicit sexual terms.
# ---------------------------------------------------------------------------------------------
# High: words that demean people for their race, ethnicity, sexuality, gender identity or disability.
SLURS: tuple[str, ...] = (
    "nigger", "niggers", "nigga", "niggas", "niggaz", "niggah", "nigg", "nig", "niglet", "moolie",
    "coon", "wetback", "spic", "spik", "spiks", "kike", "kikes", "kyke", "heeb", "gook", "gooks",
    "jap", "japs", "paki", "polack", "wop", "guido", "injun", "whitey", "wigger", "fag", "fags",
    "fagg", "faggs", "fagged", "fagging", "faggit", "faggitt", "faggot", "fagot", "fagots", "faig",
    "faigt", "gaylord", "homoey", "lesbo", "lesbos", "lez", "lezbo", "lezbos", "lezzie", "lezzies",
    "lezzy", "fudgepacker", "pillowbiter", "shemale", "heshe", "retard", "retarded", "reetard",
    "rtard", "tard", "spac",
)
SLUR_PHRASES: tuple[str, ...] = ("carpet muncher", "she male")

# Low: reported for a human to see, never flagged on their own ("hell of a deal", "screw it").
MILD: tuple[str, ...] = (
    "hell", "damn", "godamn", "godamnit", "goddam", "goddammit", "goddamn", "goddamned", "crap",
    "piss", "pissed", "pisser", "pissers", "pisses", "pissin", "pissing", "pissoff", "screw",
    "screwed", "screwing", "fart", "turd", "terd", "feck", "fecker", "fack", "frigg", "frigga",
    "fubar", "lmao", "lmfao", "anal", "boob", "boobs", "booobs", "boooobs", "booooobs", "booooooobs",
    "boner", "horny", "horniest", "busty", "stiffy", "nooky", "tush", "teets", "tit", "tits", "titt",
    "vag", "nads", "numbnuts", "jackass", "pecker", "nob", "wang", "willy", "fanny", "fanyy", "kooch",
    "kooches", "kootch", "kwif", "queaf", "queef", "spunk", "shag", "shagger", "shaggin", "shagging",
    "porn", "porno", "pornos", "pron", "smut", "smutty", "raunch", "bdsm", "bondage", "femdom",
    "shibari", "shibary", "kinbaku", "yaoi", "hentai", "beastiality", "bestiality", "threesome",
    "goldenshower",
    "teabagging", "masturbate", "masturbating", "masturbation", "masterbate", "masterbating",
    "masterbation", "masterbations", "orgasm", "orgasms", "orgasmic", "orgasim", "orgasims", "orgies",
    "orgy", "nympho", "bimbo", "bimbos", "floozy", "hussy", "wench", "gigolo", "hooker", "hoor",
    "pimp", "pimpis", "hooters", "lech", "scum", "gringo", "ruski", "pinko", "pube", "shiz",
)
MILD_PHRASES: tuple[str, ...] = ("booty call", "god dam", "god damned", "piss off")

# Ambiguous words that are names or brands when capitalised ("Dick's Sporting Goods", "Dick Smith
# Electronics", "Willy Wonka", "Fanny Mae", "Nob Hill", "FCUK"): flagged only in lower case.
CAPITALISED_IS_NAME: tuple[str, ...] = (
    "dick", "dicks", "cock", "cocks", "willy", "fanny", "wang", "cnut", "coon", "guido", "gaylord",
    "kock", "kum", "kummer", "cumming", "hooker", "hooters", "lesbos", "shota", "fcuk", "frigg",
    "fook", "fux", "fuks", "shag", "nob",
    "spac",  # SPAC: a special-purpose acquisition company
)

# Places whose name is a swear word, with the words of the draft that tell of the place: capitalised in
# such a draft, the word is the place ("Grüße aus Fucking (heute Fugging)", "the Austrian village of
# Fucking"); in lower case, or in a draft telling of no place, it is what it says.
PLACE_NAMES: dict[str, tuple[str, ...]] = {
    "fucking": (
        "fugging", "austria", "austrian", "österreich", "österreichisch", "oberösterreich",
        "innviertel", "tarsdorf", "village", "dorf", "ortsschild", "ortsschilder", "signpost",
        "road sign", "town sign", "autriche", "austria's",
    ),
}

# Words read when only their first one or two letters are shown, a star for each other letter
# ("f*** yes", "what the f***", "b****", "sh**"): trailing stars are otherwise punctuation (footnotes,
# "5***" ratings), so only the words whose initial and length name them, in one tier each.
KNOWN_BY_INITIAL: dict[str, tuple[str, ...]] = {
    "strong": (
        "fuck", "fucking", "shit", "bitch", "cunt", "pussy", "asshole", "bastard", "bullshit",
        "motherfucker",
    ),
    "slur": ("nigger",),
}

# Flag any word that contains one of these, so that compounds read as what they are
# ("clusterfuck", "unfuckingbelievable"). Only strings that no innocent word contains: "cunt" is
# in "Scunthorpe", "nigger" in "snigger", "shit" in "Cushitic", so those are whole words only.
FRAGMENTS: tuple[str, ...] = ("fuck", "fvck", "fxck", "fcuk", "phuck")

# Common words the source lacks, with their tier.
ADDITIONS: dict[str, tuple[str, ...]] = {
    "mild": (
        "bloody", "bugger", "buggers", "buggered", "buggering", "dammit", "damnit", "damned", "crappy",
        "crapper", "pissy", "friggin", "frigging", "effing", "feckin", "scumbag", "scumbags",
    ),
    "strong": (
        "assholes", "arseholes", "ahole", "aholes", "asshat", "asshats", "bastards", "bitchy", "bollocks",
        "bollock",
        "bullshitting", "bullshitter", "dickheads", "dicks", "dipshit", "dipshits", "horseshit",
        "batshit", "apeshit", "chickenshit", "jackshit", "shitshow", "shitstorm", "shitload",
        "shitless", "shitbag", "shitcoin", "shitcoins", "cunty", "wankers", "wanking", "wanked",
        "tossers", "slutty", "skanky", "skanks", "twatted",
        # "for fuck's sake", abbreviated as "wtf" is.
        "ffs",
    ),
    "slur": ("faggots", "retards", "wetbacks"),
}

# ---------------------------------------------------------------------------------------------
# Other languages: French, German, Spanish, Italian, Portuguese and Dutch, from the LDNOOBW lists
# ("List of Dirty, Naughty, Obscene and Otherwise Bad Words", CC-BY-4.0) as the npm package
# naughty-words 1.2.0 ships them, kept in tools/sources/naughty-words/ (see rules/LICENSES.md).
#
# Those lists mix swearing with ordinary words ("martillo" a hammer, "cerveja" beer, "pot", "gat"
# and "paal" in Dutch, "bitte" German for please, "comer" to eat), so here the curation is the other
# way round: each tier NAMES the source entries it keeps (the script fails when one is not in the
# source), and every other entry is left out. All languages share the three tier rules, so a word
# kept must not be ordinary in any of them, nor in English:
#   - "con" (with, in Spanish and Italian), "cul" (cul-de-sac), "bite" (English), "caca", "culo"
#     stays: it is vulgar in every language that has it;
#   - ordinary senses: "pédale" (a pedal), "tapette" (a fly swatter), "chatte" (a she-cat), "concha"
#     (a shell in Spain), "pinche" (a kitchen hand), "finocchio" (fennel), "scopare" (to sweep),
#     "bocchino" (a mouthpiece), "palle" (balls, snowballs), "vögeln" (birds, dative), "Muschi"
#     (a pussycat), "naaien" (to sew), "pijpen" (pipes), "pik", "bicha" (a queue in Portugal),
#     "veado" (a deer), "cu" (English "see you"), "corno" (a horn), "negro" (black, in four
#     languages), "eikel" (an acorn), "mof", "fick" (got, in Swedish), "huren" (to rent, in Dutch);
#   - topics, anatomy and health, as for English: "penis", "nackt", "sexo", "orina", "drogas".
# Accented words are also listed without their accents ("enculé" and "encule", "scheiße" and
# "scheisse"): drafts are often typed without them. Not where the bare spelling is another word
# (NOT_FOLDED).
# ---------------------------------------------------------------------------------------------
LANGUAGES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "slur": ("nègre", "pédé", "gouine"),
        "strong": (
            "branler", "branlette", "branleur", "branleuse", "chier", "connard", "connasse", "conne",
            "couilles", "enculé", "enculée", "enculeur", "enculeurs", "enfoiré", "enfoirée", "foutre",
            "merde", "merdeuse", "merdeux", "pouffiasse", "putain", "pute", "salaud", "salope",
            "nique ta mère", "nique ta race", "trou du cul",
        ),
        "mild": ("bordel", "chiasse", "chiottes", "emmerdant", "emmerder", "emmerdeur", "emmerdeuse"),
    },
    "de": {
        "slur": ("kanake", "neger", "schwuchtel", "kampflesbe"),
        "strong": (
            "arsch", "arschficker", "arschlecker", "arschloch", "bumsen", "ficken", "fotze",
            "hure", "hurensohn", "möse", "nutte", "pimmel", "scheiße", "scheisser", "schlampe",
            "schwanzlutscher", "titten", "wichse", "wichsen", "wichser",
        ),
        "mild": ("kacke", "kacken", "vollpfosten"),
    },
    "es": {
        "slur": ("marica", "maricón", "mariconazo", "bollera"),
        "strong": (
            "bastardo", "cabrón", "chupapollas", "coño", "culo", "follador", "follar", "gilipollas",
            "hijaputa", "hijoputa", "jilipollas", "kapullo", "lameculos", "mamada", "mierda", "pendejo",
            "puta", "ramera", "soplapollas", "verga", "hacer una paja",
        ),
        "mild": (),
    },
    "it": {
        "slur": ("frocio", "froscio", "recchione", "culattone", "terrone"),
        "strong": (
            "cazzata", "cazzo", "cazzone", "coglione", "coglioni", "figa", "fottere",
            "fottersi", "leccaculo", "merda", "mignotta", "minchia", "pompino", "puttana", "sborra",
            "stronza", "stronzata", "stronzo", "troia", "vaffanculo", "zoccola",
        ),
        "mild": ("cagata", "mannaggia", "pirla", "rompiballe", "rompipalle", "porca miseria"),
    },
    "pt": {
        "slur": ("paneleiro",),
        "strong": (
            "boceta", "caralho", "chochota", "colhoes", "cona", "foda", "foder", "merda", "porra",
            "puta", "vadia", "xana", "xochota", "vai tomar no cu",
        ),
        "mild": ("bosta", "cacete", "cagar", "peidar"),
    },
    "nl": {
        "slur": ("flikker",),
        "strong": (
            "afrukken", "godverdomme", "hoer", "hufter", "klootzak", "kontneuken", "kut", "lul",
            "neuken", "slet", "teef", "teringlijer", "zakkenwasser",
        ),
        "mild": ("gadverdamme", "kloten", "kont", "ouwehoer", "reet", "schijt", "schijten", "stront"),
    },
    # Polish, Swedish, Turkish and Hindi (Hinglish, in Latin letters) are not among the languages
    # engine/language.py recognises, so their lists are read in drafts of every language: a word
    # kept must be ordinary in none. Left out for that: Polish "suka" (Indonesian "to like"),
    # "cipa" (CIPA, an English acronym), "debil" (a put-down, as "moron"), "jajko" (an egg), "syf";
    # Swedish "satan", "stake", "hård", "pitt", "olla", "sås", "tusan"; Turkish "am"
    # (English), "amı", "sik" (Swedish whitefish, a Dutch goatee), "siki", "sike" (English "psych"),
    # "sikte" and "göte" (Swedish: aim; a name),
    # "çingene" (Romani people: identity, as "gay" in English); Hindi "chod" ("chhod", to leave),
    # "chut" (French "hush"), "kutta" (a dog), "saala" (a brother-in-law), "maal", "suar", "hawas",
    # "pataka", "gucchi" (Gucci), "hijra"/"hijda" (identity), "balatkar" (rape, a news topic).
    "pl": {
        "slur": ("ciota",),
        "strong": (
            "chuj", "chujnia", "dziwka", "fiut", "gówno", "huj", "jebać", "jebany", "kurwa", "kurwy",
            "kutafon", "kutas", "pierdolec", "pierdolić", "pierdolnąć", "pierdolnięty", "pizda",
            "pojeb", "pojebany", "popierdolony", "skurwysyn", "wkurwiać", "zajebisty", "ja pierdolę",
            "huj ci w dupę", "obciągać chuja", "obciągać fiuta", "obciągać loda", "robić loda",
        ),
        "mild": ("dupa", "dupek", "burdel", "pierdoła", "pierdzieć", "srać", "sraczka"),
    },
    "sv": {
        "slur": ("neger", "nigger"),
        "strong": (
            "arsle", "fitta", "jävlar", "knulla", "kuk", "rövhål", "rövknulla", "runka", "snedfitta",
            "snefitta", "subba", "skit ner dig", "fan",
        ),
        "mild": ("helvete", "för helvete", "dra åt helvete", "prutt"),
    },
    "tr": {
        "slur": ("götveren", "götverenler"),
        "strong": (
            "amcık", "amcıklar", "göt", "götü", "götün", "kaltak", "kaltaklar", "orospu", "orospular",
            "orospunun", "orospuya", "saksocu", "sikin", "sikmek", "siktir", "yarak",
            "yarağı", "sıçmak",
        ),
        "mild": ("taşak", "taşaklar", "otuz birci"),
    },
    "hi": {
        "slur": ("chakke", "chinki", "bhangi"),
        "strong": (
            "bhadva", "bhadve", "bhosad", "bhosadi ke", "chinaal", "chodu", "chootia", "chootiya",
            "chutia", "chutiya", "gaand", "gandu", "harami", "haramzade", "jhant", "jhantu", "kuttiya",
            "loda", "lodu", "lund", "madarchod", "madar chod", "behen chod", "beti chod", "raand",
            "randi", "maa ki chut", "teri maa ki chut", "chut ke baal", "tatti",
        ),
        "mild": ("kamine", "kaminey", "tharki"),
    },
}

# Common words the lists lack, by language and tier.
# Plurals and inflections count as the word does ("estas merdas", "des merdes", "quelle stronzate").
LANGUAGE_ADDITIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "strong": (
            "connards", "connasses", "encule", "putains", "putes", "salopes", "merdique", "merdes",
            "merdiques", "enculés", "encules", "enfoirés", "enfoires", "salauds", "branleurs",
        ),
        "mild": ("bordels", "emmerdes", "emmerdé", "emmerdée", "emmerdeurs"),
    },
    "de": {
        "strong": (
            "arschlöcher", "arschgeige", "scheiß", "scheißkerl", "wichsers", "schlampen", "fotzen",
            "hurensöhne",
            # "beschissen" (shitty) and its inflections: "ein beschissener Start", "beschissenes Wetter".
            "beschissen", "beschissene", "beschissener", "beschissenes", "beschissenen", "beschissenem",
            "verschissen",
        ),
        "mild": ("verdammt", "verdammte", "kackt"),
    },
    "es": {
        "strong": (
            "joder", "jodido", "jodida", "cabrones", "putas", "pendejos", "gilipolleces", "mierdas",
            "cabrona", "cabronas", "bastardos", "pendeja", "pendejas", "coños", "putada", "putadas",
        ),
        "mild": ("carajo",),
    },
    "it": {
        "strong": (
            "cazzi", "stronzi", "incazzato", "incazzata", "puttane", "coglionate", "cazzate",
            "stronzate", "stronze", "troie", "minchiate", "vaffanculi",
        ),
        "mild": ("cagate",),
    },
    "pt": {
        "strong": (
            "caralhos", "colhões", "fodase", "punheta", "putas", "merdas", "porras", "fodas",
            "punhetas", "vadias", "conas",
            # "porra" is also Spanish (a betting pool, a club), so alone it is read only where the draft
            # cannot be Spanish; these Portuguese constructions swear in a draft that may be either
            # ("Que porra de sistema, caiu de novo").
            "que porra", "porra nenhuma", "essa porra", "dessa porra", "nessa porra", "da porra",
        ),
        "slur": ("viado",),
        "mild": ("bostas", "cacetes"),
    },
    "nl": {
        "strong": ("kankerlijer", "kutwijf", "klootzakken", "hoeren", "sletten", "hufters"),
        "mild": ("klote",),
    },
    # Polish declines and conjugates: the forms a post uses ("kurwą", "spierdalaj", "zajebiście").
    "pl": {
        "strong": (
            "kurwą", "kurwie", "kurwo", "kurew", "jebana", "jebane", "jebani", "jebie", "pierdolę",
            "pierdolony", "pierdolona", "pierdolone", "spierdalaj", "wypierdalaj", "zajebiście",
            "chuja", "chujowy", "chujowo", "skurwysynu", "skurwiel", "wkurwia", "wkurwiony", "pizdy",
        ),
    },
    # "jävla" (fucking, before a noun: "jävla skit"); "fan" alone is in LANGUAGES, read only in
    # Swedish drafts (ONLY_WITH_SIGNS).
    "sv": {
        "strong": ("jävla", "jävel", "jävlarna", "skitstövel", "fy fan", "vad fan", "fan också"),
        "mild": ("jävligt",),
    },
    "tr": {
        "slur": ("ibne",),
        "strong": ("siktirin", "sikeyim", "sikerim", "amk", "amına", "piç", "yavşak", "puşt"),
    },
    "hi": {
        "strong": (
            "bhenchod", "behenchod", "bhosdike", "bhosdiwale", "chutiye", "chutiyapa", "gaandu",
            "lavda", "lawda",
            # "bakchod" (a bullshitter), "bakchodi" (bullshit): Hinglish swearing of every office chat.
            "bakchod", "bakchodi",
            # Abbreviations of "behenchod", "madarchod", "bhosdike", "behen ke lode": read only in a
            # Hinglish draft (ONLY_WITH_SIGNS; "bc" is also "because", "BC" a province and an era).
            "bc", "mc", "bsdk", "bkl",
        ),
    },
}

# Hindi written in Devanagari: its letters are not the detector's word letters, so these are read
# as ``unspaced`` words, found wherever they stand. Left out: "लंड" (inside "लंडन", London), "साला"
# (inside "मसाला"). Written for this project (the LDNOOBW Hindi list is in Latin letters only);
# NFKC, as drafts reach the detector ("ड़" is "ड" and a nukta).
DEVANAGARI: dict[str, tuple[str, ...]] = {
    "strong": (
        "चूतिया", "चुतिया", "चूतिये", "चुतिये", "भेनचोद", "बहनचोद", "बहनचोद", "मादरचोद",
        "भोसड़ीके", "भोसडीके", "भोसड़ी", "गांडू", "गाँडू", "हरामज़ादा", "हरामजादा", "हरामज़ादे",
        "हरामखोर", "हरामी", "रंडी", "लौड़ा", "लौडा",
    ),
    "mild": ("कमीना", "कमीने"),
}

# Words that swear as the first part of a compound too, by language: Dutch and German make new
# swearwords by compounding ("kutdag", "klotebaan", "Scheißwetter", "arschkalt"), more than any
# list can hold. Each must be a word its language keeps; a token that starts with one and has three
# letters or more after it flags at the head's tier. Checked against the Dutch and German word
# lists of Debian (wdutch, wngerman): no ordinary Dutch word starts with these, only place names
# ("Kuttekoven"); German words that start with "kut" are in NOT_COMPOUNDS ("Arschin", a unit, has
# too few letters after the head). Not "kanker" (cancer: "kankerbestrijding") nor "tering"
# (tuberculosis).
COMPOUND_HEADS: dict[str, tuple[str, ...]] = {
    "nl": ("kut", "klote"),
    "de": ("arsch", "scheiss", "scheiß"),
}
# Beginnings of ordinary words that start with a compound head: German "Kutsche" (a coach),
# "Kutscher", "Kutte" (a cowl), "Kutter" (a cutter), in drafts that may be Dutch; and words of
# languages language.py does not detect, whose drafts may be Dutch too: Turkish "kutlamak" (to
# celebrate: "kutluyor", "kutlama"), "kutlu" (blessed), "kutsal" (holy), "kutu" (a box), "kutup" (a
# pole); Finnish "kutsu" (an invitation); Hungarian "kutya" (a dog), "kutató" (a researcher).
NOT_COMPOUNDS: dict[str, tuple[str, ...]] = {
    "nl": ("kutsch", "kutt", "kutla", "kutlu", "kutsa", "kutsu", "kutu", "kuty", "kutat")
}

# Chinese, Japanese and Korean, from the LDNOOBW lists of the same package (zh.json, ja.json,
# ko.json). Their words stand without spaces around them (Korean glues particles on), so they are
# matched wherever they stand (``unspaced``): a word kept must not be part of an ordinary word. Left
# out for that: "妈的" (in 妈妈的, mum's), "他妈" (in 他妈妈, his mum), "操你" (in 体操你, gymnastics),
# "逼" (逼近, to approach), "杂种" (a hybrid breed), "씹" (씹다, to chew), "미친" (crazy, everyday),
# "糞" (糞便, faeces, medical), hiragana words ("くそ" in 多くそろう); and the lists' topics and
# anatomy words ("性", "乳", "セックス", "섹스") as for every language. A katakana word inside a longer
# katakana word is not reported (the detector's rule: "ファックス", a fax).
UNSPACED_LANGUAGES: dict[str, dict[str, tuple[str, ...]]] = {
    "zh": {
        "strong": (
            "他妈的", "他奶奶的", "你妈的", "傻逼", "傻比", "操你妈", "操你娘", "操你全家", "操你祖宗",
            "操你老母", "干你娘", "王八蛋", "婊子", "婊子养的", "鸡巴", "操逼", "妈逼", "吃屎",
        ),
        "mild": ("狗屁",),
    },
    "ja": {
        "slur": ("ニガー",),
        "strong": ("ファック", "ビッチ", "マザー・ファッカー", "オマンコ"),
    },
    "ko": {
        "slur": ("쪽바리", "짱깨"),
        "strong": ("씨발", "씨발놈", "씨팔", "개새끼", "개자식", "씹새끼", "미친새끼", "병신"),
        "mild": ("또라이", "염병", "옘병"),
    },
}

# Common words the lists lack: "クソ" (shit, in katakana), "草泥马", "존나" (fucking), "지랄", and
# the Korean abbreviations written in bare consonants: "ㅅㅂ"/"ㅆㅂ" (씨발), "ㅂㅅ" (병신), "ㅈㄹ" (지랄).
UNSPACED_ADDITIONS: dict[str, dict[str, tuple[str, ...]]] = {
    # "他妈" as a swearing intensifier after an adverb ("又他妈崩了", it crashed again, fucking;
    # "真他妈", "太他妈"): not "他妈" alone, also "his mum" ("他妈是老师").
    "zh": {"strong": ("草泥马", "又他妈", "真他妈", "太他妈")},
    "ja": {"strong": ("クソ",)},
    "ko": {"strong": ("존나", "ㅅㅂ", "ㅆㅂ", "ㅂㅅ"), "mild": ("지랄", "ㅈㄹ")},
}

# Accented words whose bare spelling is another word: "coño" / "cono" (a cone), "nègre" / "negre"
# (black, in Catalan), "pédé" / "pede" (asks, in Portuguese), "möse" / "Mose" (Moses), Turkish
# "göt" / "got" and "piç" / "pic" (English), "puşt" / "pust" (empty, in Slovak), Swedish "jävel" /
# "javel" (bleach, in French).
NOT_FOLDED: tuple[str, ...] = ("coño", "nègre", "pédé", "möse", "göt", "piç", "puşt", "jävel")
# Their plurals keep their accents too: "coños" / "conos" (cones: "conos de helado").
PLURAL_ENDINGS: tuple[str, ...] = ("s", "es")

# Source entries that are names when capitalised (or so read once folded): "Troia" (Troy; a town in
# Portugal), "Xana", "Lund" (a Swedish city), "Randi" (a first name).
# "amına" typed without its dotless i (or in capitals, "AMINA") is "Amina", a first name.
# "BC", "MC" (a province, an era; a master of ceremonies) in capitals are no abbreviation of swearing.
LANGUAGE_NAMES: tuple[str, ...] = ("troia", "xana", "lund", "randi", "amina", "bc", "mc")

# English words that are everyday words of another language, with another meaning: English swearing
# is read in drafts of every language, except these in a draft of that language alone ("Il est trop
# tard", "Le train a du retard", "Ho visto il bimbo", "Dat is goed, hoor"). Candidates come from
# tools/false_friend_candidates.py (wordfreq); reviewed, the others were left out because they mean
# the same there (porno, pornos, shitstorm, gringo, jap, lech: loans) or are vulgar there too
# (pisser, puto, buceta, pedo, lesbo, lez), or are that language's own swearing (nl hoer).
ORDINARY_ELSEWHERE: dict[str, tuple[str, ...]] = {
    "fr": ("douche", "retard", "retards", "tard"),  # shower; delay, delays; late
    "de": ("kummer",),  # grief
    "it": ("bimbo", "guido"),  # little boy; I drive
    "pt": ("duche",),  # shower
    "nl": ("douche", "hoor"),  # shower; "you know", hear
    # Languages engine/language.py does not recognise: told by their stop words (SIGNS).
    "sv": ("slut", "fart", "kock", "titt", "spik", "fack"),  # end, speed, cook, look, nail, union
    "da": ("slut", "fart", "fag", "tit", "smut"),  # end, speed, subject, often, a quick trip
    "nb": ("fart", "fag", "titt", "pusse"),  # speed, subject, look, to polish
}

# Stop words of the languages of ORDINARY_ELSEWHERE that engine/language.py does not recognise: a
# draft holding two of one language's may be in it, and its ordinary words there are not read as
# English ("Slutspurt på rean, allt slut i lager"). Words those languages share count for each.
SIGNS: dict[str, tuple[str, ...]] = {
    "sv": (
        "och", "är", "på", "att", "inte", "för", "det", "som", "jag", "vi", "har", "till", "från",
        "också", "eller", "när", "hos", "mycket", "alla", "allt", "vår", "våra", "våran", "ett",
        "idag", "imorgon", "sista", "dagen", "nu", "kan", "ska", "blir", "efter", "med", "av",
    ),
    "da": (
        "og", "er", "på", "ikke", "det", "jeg", "vi", "har", "til", "fra", "også", "eller", "når",
        "hos", "meget", "alle", "alt", "vores", "et", "af", "med", "kan", "skal", "bliver", "efter",
        "dag", "idag", "hvad", "hvor",
    ),
    "nb": (
        "og", "er", "på", "ikke", "det", "jeg", "vi", "har", "til", "fra", "også", "eller", "når",
        "hos", "mye", "alle", "alt", "vår", "våre", "et", "av", "med", "kan", "skal", "blir", "etter",
        "dag", "idag", "hva", "hvor",
    ),
    # Hinglish (Hindi in Latin letters): words no English, Romance or Dutch sentence uses.
    "hi": (
        "hai", "hain", "kya", "yaar", "nahi", "nahin", "bhi", "toh", "phir", "yeh", "woh", "kuch",
        "bahut", "abhi", "karna", "raha", "rahi", "rahe", "gaya", "gayi", "tha", "thi", "mera", "meri",
        "tera", "teri", "apna", "aur", "kyun", "kyunki", "bhai", "matlab", "wala", "wali", "hoga",
        "karo", "kiya", "diya", "bakwaas", "kaam", "sab", "mujhe", "humne", "hum",
    ),
}

# A language's own words that are ordinary words of a close language: read only in a draft that
# cannot be in that language ("porra", a betting pool or a club in Spanish: "La porra del mundial").
ORDINARY_IN_CLOSE_LANGUAGE: dict[str, dict[str, tuple[str, ...]]] = {
    "pt": {"es": ("porra", "porras")},
    "hi": {"it": ("loda",)},  # praises, in Italian
}

# A language's own words that are loans in many other languages: read only in a draft whose stop
# words sign the language (SIGNS). Swedish "fan" (damn: "Fan, jag glömde laddaren") is English, German
# and Dutch "fan" ("Fan-Zone", "ik ben fan").
ONLY_WITH_SIGNS: dict[str, tuple[str, ...]] = {"sv": ("fan",), "hi": ("bc", "mc", "bsdk", "bkl")}

# A language's oaths borrowed whole into posts of other languages, ordinary words of none: read in drafts
# of every language ("Putain the client changed the brief again", "Scheiße, the build is red"), as
# English is; the rest of the language's words stay with drafts that may be in it.
BORROWED: dict[str, tuple[str, ...]] = {
    "fr": ("putain", "merde", "connard", "enculé", "salope"),
    "de": ("scheiße", "scheisse", "arschloch", "wichser"),
    "es": ("joder", "mierda", "gilipollas", "hijoputa", "cabrón", "coño"),
    "it": ("cazzo", "vaffanculo", "stronzo", "minchia"),
    "pt": ("caralho",),
    "nl": ("godverdomme", "klootzak"),
    "pl": ("kurwa", "spierdalaj"),
    "sv": ("jävla", "jävlar"),
    "tr": ("siktir", "orospu"),
}

# fmt: on

# Severity, message and guidance (what the author should do) of each tier's rule, and (below) the
# severity of its words bleeped with stars, dashes or symbols ("cr@p", "Kl*tezooi": bleeping a word
# shows the writer counts it as swearing, so a mild word so written is reported as profanity).
TIERS: dict[str, tuple[str, str, str]] = {
    "slur": (
        "high",
        "Slur: a word that demeans people for who they are.",
        "Remove the slur: it cannot be published in any context; rephrase the post without it.",
    ),
    "strong": (
        "medium",
        "Profanity or explicit sexual language.",
        "Remove or replace the word with neutral language suitable for the brand's public voice.",
    ),
    "mild": (
        "low",
        "Mild profanity: reported for review, not flagged on its own.",
        "Consider a neutral word: it is allowed, but a reviewer may ask you to change it for the channel.",
    ),
}
TIER_RANK = {"mild": 1, "strong": 2, "slur": 3}
DISGUISED_SEVERITY = {"slur": "high", "strong": "medium", "mild": "medium"}


# better-profanity's list, the curation tables above (SLURS, MILD, ADDITIONS, FRAGMENTS...) are English,
# the language whose swearing is read in drafts of every language.
SOURCE_LANGUAGE = "en"


def _by_tier() -> dict[str, dict[str, set[str]]]:
    languages = (SOURCE_LANGUAGE, *LANGUAGES, *UNSPACED_LANGUAGES)
    return {tier: {language: set() for language in languages} for tier in TIERS}


@dataclass
class Lexicon:
    # tier -> language -> entries: each language's words flag only in drafts that may be in it.
    words: dict[str, dict[str, set[str]]] = field(default_factory=lambda: _by_tier())
    phrases: dict[str, dict[str, set[str]]] = field(default_factory=lambda: _by_tier())
    unspaced: dict[str, dict[str, set[str]]] = field(default_factory=lambda: _by_tier())
    # Source entries that could not be read as words, with the reason (for --verbose).
    dropped: list[tuple[str, str]] = field(default_factory=list)
    # How many entries the other languages' lists hold (for the header).
    language_entries: int = 0

    def all_words(self) -> set[str]:
        return {w for languages in self.words.values() for words in languages.values() for w in words}


def source_version() -> str:
    return metadata.version(DISTRIBUTION)


def read_source() -> list[str]:
    """The distribution's word list, found by path so that better_profanity is never imported."""
    located = metadata.distribution(DISTRIBUTION).locate_file(WORDLIST)
    text = Path(str(located)).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def read_language_source(language: str) -> list[str]:
    """One language's LDNOOBW list, lower-cased, as the vendored naughty-words package ships it."""
    entries = json.loads((LANGUAGE_SOURCES / f"{language}.json").read_text(encoding="utf-8"))
    return [entry.strip().lower() for entry in entries if entry.strip()]


def fold_accents(word: str) -> str:
    """The spelling typed without accents: "enculé" -> "encule", "scheiße" -> "scheisse", and
    without the letters Unicode does not decompose: "amcık" -> "amcik", "pierdoła" -> "pierdola"."""
    bare = word.replace("ß", "ss").replace("ı", "i").replace("ł", "l")
    decomposed = unicodedata.normalize("NFD", bare)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def keeps_accents(entry: str) -> bool:
    """Whether the entry is listed only as written: a word of NOT_FOLDED, or its plural."""
    return any(entry in (word, *(word + ending for ending in PLURAL_ENDINGS)) for word in NOT_FOLDED)


def language_entry(entry: str) -> tuple[str, str]:
    """("word" | "phrase", the entry with hyphens read as spaces): "foda-se" -> "foda se"."""
    pieces = entry.replace("-", " ").split()
    return ("word", pieces[0]) if len(pieces) == 1 else ("phrase", " ".join(pieces))


def add_languages(lexicon: Lexicon) -> None:
    """Each language's kept entries and additions, in their tiers, with their unaccented spellings."""
    problems = []
    for language, tiers in LANGUAGES.items():
        source = set(read_language_source(language))
        additions = LANGUAGE_ADDITIONS.get(language, {})
        for tier in TIERS:
            kept, added = tiers.get(tier, ()), additions.get(tier, ())
            problems += [
                f"LANGUAGES[{language}]: {e!r} is not in the source list" for e in kept if e not in source
            ]
            problems += [
                f"LANGUAGE_ADDITIONS[{language}]: {e!r} is in the source list" for e in added if e in source
            ]
            for entry in (*kept, *added):
                kind, form = language_entry(entry)
                spellings = {form} if keeps_accents(entry) else {form, fold_accents(form)}
                # Written in capitals, Turkish "ı" becomes "I", which lower-cases to "i" with the other
                # letters kept: "SIÇMAK" reads "siçmak".
                spellings.add(form.replace("ı", "i"))
                for spelling in spellings:
                    if kind == "word":
                        lexicon.words[tier][language].add(spelling)
                    elif not covered(spelling, tier, lexicon, language):
                        lexicon.phrases[tier][language].add(spelling)
        lexicon.language_entries += len(source)
    for tier, words in DEVANAGARI.items():
        problems += [f"DEVANAGARI: {w!r} is not NFKC" for w in words if unicodedata.normalize("NFKC", w) != w]
        lexicon.unspaced[tier]["hi"].update(words)
    problems += [
        f"NOT_FOLDED: {w!r} is kept by no language" for w in NOT_FOLDED if w not in lexicon.all_words()
    ]
    for language, others in ORDINARY_IN_CLOSE_LANGUAGE.items():
        own = {w for languages in lexicon.words.values() for w in languages[language]}
        problems += [
            f"ORDINARY_IN_CLOSE_LANGUAGE[{language}]: {w!r} is no word {language} keeps"
            for words in others.values()
            for w in words
            if w not in own
        ]
    problems += [
        f"NOT_COMPOUNDS[{language}]: {n!r} starts with no compound head"
        for language, beginnings in NOT_COMPOUNDS.items()
        for n in beginnings
        if not n.startswith(COMPOUND_HEADS.get(language, ()))
    ]
    for language, heads in COMPOUND_HEADS.items():
        own = {w for languages in lexicon.words.values() for w in languages[language]}
        problems += [
            f"COMPOUND_HEADS[{language}]: {h!r} is no word {language} keeps" for h in heads if h not in own
        ]
    for language, tiers in UNSPACED_LANGUAGES.items():
        source = set(read_language_source(language))
        additions = UNSPACED_ADDITIONS.get(language, {})
        for tier in TIERS:
            kept, added = tiers.get(tier, ()), additions.get(tier, ())
            problems += [
                f"UNSPACED_LANGUAGES[{language}]: {e!r} is not in the source list"
                for e in kept
                if e not in source
            ]
            problems += [
                f"UNSPACED_ADDITIONS[{language}]: {e!r} is in the source list" for e in added if e in source
            ]
            lexicon.unspaced[tier][language].update(kept, added)
        lexicon.language_entries += len(source)
    english = {w for languages in lexicon.words.values() for w in languages[SOURCE_LANGUAGE]}
    for language, words in ORDINARY_ELSEWHERE.items():
        own = {w for languages in lexicon.words.values() for w in languages.get(language, ())}
        problems += [
            f"ORDINARY_ELSEWHERE[{language}]: {w!r} is no English word kept"
            for w in words
            if w not in english
        ]
        problems += [
            f"ORDINARY_ELSEWHERE[{language}]: {w!r} is {language}'s own swearing" for w in words if w in own
        ]
    problems += [
        f"ORDINARY_ELSEWHERE[{language}]: language.py does not recognise {language!r}; SIGNS lacks it"
        for language in ORDINARY_ELSEWHERE
        if language not in LANGUAGES and language not in SIGNS
    ]
    for language, words in ONLY_WITH_SIGNS.items():
        own = {w for languages in lexicon.words.values() for w in languages.get(language, ())}
        problems += [f"ONLY_WITH_SIGNS[{language}]: {w!r} is no word it keeps" for w in words if w not in own]
        if language not in SIGNS:
            problems.append(f"ONLY_WITH_SIGNS[{language}]: SIGNS lacks {language!r}")
    for language, words in BORROWED.items():
        own = {w for languages in lexicon.words.values() for w in languages.get(language, ())}
        problems += [f"BORROWED[{language}]: {w!r} is no word it keeps" for w in words if w not in own]
    if problems:
        raise SystemExit("language tables out of step with their sources:\n  " + "\n  ".join(problems))


def decode_leet(word: str, known: set[str]) -> str:
    """Read leetspeak: where a character has two readings ("1": i or l), prefer a spelling the
    source list also holds plainly ("he11" -> "hell"), else the first reading ("sh1t" -> "shit")."""
    options = [LEET.get(ch, ch) for ch in word]
    spellings = ["".join(p) for p in itertools.product(*options)]
    return next((s for s in spellings if s in known), spellings[0])


def split_entry(entry: str) -> list[str]:
    """An entry's pieces: "f.u.c.k" -> [f, u, c, k]; "blow job" -> [blow, job]."""
    return [p for p in re.split(r"[\s._-]+", entry.lower()) if p]


def normalise_entry(entry: str, known: set[str]) -> tuple[str, str] | str:
    """("word" | "phrase", normalised form), or the reason the entry cannot be used."""
    if "*" in entry:
        return "a glob pattern; its expansions are listed separately"
    pieces = split_entry(entry)
    if all(len(p) == 1 for p in pieces):  # spelled out: f.u.c.k, s-h-1-t, p.u.s.s.y.
        pieces = ["".join(pieces)]
    decoded = [p if p.isdigit() else decode_leet(p, known) for p in pieces]
    if len(decoded) == 1:
        word = decoded[0]
        if not re.fullmatch(r"[a-z]{2,}", word):
            return f"not a word once decoded ({word!r})"
        return "word", word
    if not all(re.fullmatch(r"[a-z]+|[0-9]+", p) for p in decoded):
        return f"not a phrase once decoded ({' '.join(decoded)!r})"
    return "phrase", " ".join(decoded)


def tier_of(word: str, slurs: set[str], mild: set[str]) -> str:
    if word in slurs:
        return "slur"
    if word in mild:
        return "mild"
    return "strong"


# The strong tier's place_regions (stated once, an anchor the mild tier reuses).
PLACE_REGION_LINES = [
    "      # Any word of this tier, capitalised and followed by one of these regions in brackets, is a",
    '      # place ("Wank (Bayern)", a mountain; "Fucking (Oberösterreich)"): states, counties and',
    "      # districts of the countries whose villages and hills bear such names, as gazetteers write them.",
    "      place_regions: &place_regions [",
    "        Bayern, Bavaria, Oberbayern, Niederbayern, Oberpfalz, Franken, Oberfranken, Mittelfranken,",
    "        Unterfranken, Schwaben, Allgäu, Baden-Württemberg, Baden, Württemberg, Hessen, Sachsen,",
    "        Sachsen-Anhalt, Thüringen, Brandenburg, Niedersachsen, Nordrhein-Westfalen, NRW,"
    " Rheinland-Pfalz,",
    "        Saarland, Schleswig-Holstein, Mecklenburg-Vorpommern, Landkreis, Kreis, Gemeinde, Bezirk,",
    "        Garmisch-Partenkirchen, Österreich, Oberösterreich, Niederösterreich, Tirol, Salzburg,",
    "        Kärnten, Steiermark, Vorarlberg, Burgenland, Austria, Schweiz, Switzerland, Kanton,",
    "        England, Scotland, Wales, Orkney, Shetland, Dorset, Devon, Cornwall, Somerset, Yorkshire,",
    "        Lancashire, Cumbria, Norfolk, Suffolk, Essex, Kent, Sussex, Wiltshire, Gloucestershire,",
    "        Shropshire, Northumberland, Aberdeenshire, Highland, Highlands, County, Parish, Township,",
    "      ]",
]


def _place_names_lines() -> list[str]:
    """The strong tier's ``place_names`` (PLACE_NAMES), one place a line."""
    lines = [
        "      # Places named by a swear word, and the words that tell of the place.",
        "      place_names:",
    ]
    for word, context in PLACE_NAMES.items():
        lines += _flow_list(word, list(context), "        ")
    return lines


def check_tables(source_words: set[str], source_phrases: set[str]) -> list[str]:
    """Names in the curation tables that the source does not hold: typos or stale entries."""
    added = {w for words in ADDITIONS.values() for w in words}
    problems = []
    named_words = {
        "EXCLUDED": {w for ws in EXCLUDED.values() for w in ws},
        "SLURS": set(SLURS),
        "MILD": set(MILD),
    }
    for table, words in named_words.items():
        problems += [f"{table}: {w!r} is not in the source list" for w in sorted(words - source_words)]
    named_phrases = {
        "EXCLUDED_PHRASES": {p for ps in EXCLUDED_PHRASES.values() for p in ps},
        "SLUR_PHRASES": set(SLUR_PHRASES),
        "MILD_PHRASES": set(MILD_PHRASES),
    }
    for table, phrases in named_phrases.items():
        problems += [f"{table}: {p!r} is not in the source list" for p in sorted(phrases - source_phrases)]
    problems += [f"ADDITIONS: {w!r} is already in the source list" for w in sorted(added & source_words)]
    unknown_names = set(CAPITALISED_IS_NAME) - source_words - added
    problems += [f"CAPITALISED_IS_NAME: {w!r} is in no tier" for w in sorted(unknown_names)]
    return problems


def covered(phrase: str, tier: str, lexicon: Lexicon, language: str) -> bool:
    """A phrase is redundant when one of its words already flags, in the same language, at its tier
    or above ("bull shit"), and not only where the draft's stop words sign its language
    (ONLY_WITH_SIGNS: "fy fan" flags in any draft)."""
    for piece in phrase.split():
        if piece in ONLY_WITH_SIGNS.get(language, ()):
            continue
        # A word read only where the draft cannot be in a close language ("porra") covers no phrase.
        if any(piece in words for words in ORDINARY_IN_CLOSE_LANGUAGE.get(language, {}).values()):
            continue
        if language == SOURCE_LANGUAGE and any(f in piece for f in FRAGMENTS):
            return True
        for other, languages in lexicon.words.items():
            if piece in languages[language] and TIER_RANK[other] >= TIER_RANK[tier]:
                return True
    return False


def build(entries: list[str]) -> Lexicon:
    known = {e.lower() for e in entries}
    lexicon = Lexicon()
    words: set[str] = set()
    phrases: set[str] = set()
    for entry in entries:
        result = normalise_entry(entry, known)
        if isinstance(result, str):
            lexicon.dropped.append((entry, result))
        elif result[0] == "word":
            words.add(result[1])
        else:
            phrases.add(result[1])

    problems = check_tables(words, phrases)
    if problems:
        raise SystemExit("curation tables out of step with the source list:\n  " + "\n  ".join(problems))

    excluded = {w for ws in EXCLUDED.values() for w in ws}
    slurs, mild = set(SLURS) | set(ADDITIONS["slur"]), set(MILD) | set(ADDITIONS["mild"])
    for word in words - excluded:
        lexicon.words[tier_of(word, slurs, mild)][SOURCE_LANGUAGE].add(word)
    for tier, added in ADDITIONS.items():
        lexicon.words[tier][SOURCE_LANGUAGE].update(added)

    unknown = [
        f"KNOWN_BY_INITIAL[{tier}]: {w!r} is no English word of that tier"
        for tier, known in KNOWN_BY_INITIAL.items()
        for w in known
        if w not in lexicon.words[tier][SOURCE_LANGUAGE]
    ]
    if unknown:
        raise SystemExit("curation tables out of step with the source list:\n  " + "\n  ".join(unknown))

    excluded_phrases = {p for ps in EXCLUDED_PHRASES.values() for p in ps}
    for phrase in sorted(phrases - excluded_phrases):
        tier = "slur" if phrase in SLUR_PHRASES else "mild" if phrase in MILD_PHRASES else "strong"
        if covered(phrase, tier, lexicon, SOURCE_LANGUAGE):
            lexicon.dropped.append((phrase, "covered by one of its words"))
        else:
            lexicon.phrases[tier][SOURCE_LANGUAGE].add(phrase)
    add_languages(lexicon)
    return lexicon


# ---------------------------------------------------------------------------------------------
# Writing the policy file
# ---------------------------------------------------------------------------------------------
def _scalar(value: str) -> str:
    """Plain when YAML reads it back as the same string, quoted otherwise ("no", "2 girls 1 cup")."""
    return value if yaml.safe_load(value) == value and value.strip() == value else f'"{value}"'


def _flow_list(key: str, values: list[str], indent: str, width: int = 100) -> list[str]:
    if not values:
        return [f"{indent}{key}: []"]
    lines, line = [], f"{indent}{key}: ["
    for i, value in enumerate(values):
        item = _scalar(value) + ("," if i < len(values) - 1 else "]")
        if len(line) + 1 + len(item) > width and not line.endswith("["):
            lines.append(line)
            line = indent + "  " + item
        else:
            line += ("" if line.endswith("[") else " ") + item
    lines.append(line)
    return lines


def render(lexicon: Lexicon, version: str, source_count: int) -> str:
    names = set(CAPITALISED_IS_NAME) | set(LANGUAGE_NAMES)
    languages = ", ".join((*LANGUAGES, *UNSPACED_LANGUAGES))
    out = [
        f"# GENERATED by tools/build_profanity_lexicon.py from better-profanity {version}'s word list",
        f"# ({source_count} entries), curated: identity, medical, drug and everyday words removed, the rest",
        "# sorted into three tiers; and from the LDNOOBW lists of naughty-words 1.2.0 (CC-BY-4.0) for",
        f"# {languages} ({lexicon.language_entries} entries), of which the tiers keep the words named in",
        "# the script. Do not edit by hand: change the tables in the script, then run",
        "#     .venv/bin/python tools/build_profanity_lexicon.py",
        "# tests/engine/profanity/test_profanity.py fails when this file and the script disagree.",
        "#",
        "# Options of the `profanity` detector, by language (`languages`: each language's lists are",
        "# consulted only for drafts that may be in that language, engine/language.py; English, marked",
        "# `everywhere`, in drafts of every language but for its words `ordinary_in` a draft's language;",
        "# another language's words `ordinary_in` a close language only in drafts that cannot be in it;",
        "# lists at the top of `options`, as an organisation's overlay may add, count in every language):",
        "#   words                whole words, matched after undoing disguises: leetspeak (`leet`),",
        "#                        `*` for one letter (f*ck), letters stretched (fuuuck) or spelled out",
        "#                        (f u c k, s.h.i.t)",
        "#   phrases              words in sequence, separated by spaces, hyphens or underscores",
        "#   fragments            flag any word containing one (clusterfuck); only for strings no innocent",
        "#                        word contains",
        "#   capitalised_is_name  flagged only when written in lower case (Dick's Sporting Goods, Willy)",
        "#   compound_heads       words that also flag as the head of a compound (kutdag, Scheißwetter)",
        "#   known_by_initial     words read when only their first letters are shown (f***, b****)",
        "#   unspaced             Chinese, Japanese and Korean words, found wherever they stand",
        "#   borrowed             a language's oaths read in drafts of every language (Putain, Scheiße,",
        "#                        kurwa): borrowed whole into other languages' posts",
        "#   leet                 what each digit or symbol can stand for",
        "#   disguised_severity   the severity of a word bleeped with stars, dashes or symbols (cr@p,",
        "#                        Kl*tezooi): bleeping a word shows the writer counts it as swearing",
        "schema_version: 1",
        "rules:",
    ]
    leet = ", ".join(f'"{k}": {v}' for k, v in LEET.items())
    for tier in ("slur", "strong", "mild"):
        severity, message, guidance = TIERS[tier]
        out += [
            f"  - id: profanity.{tier}",
            "    category: profanity",
            "    detector: profanity",
            f"    severity: {severity}",
            f'    message: "{message}"',
            f'    guidance: "{guidance}"',
            "    options:",
            "      # Words of every language (an organisation's overlay may add its own): none here.",
            "      words: []",
            "      phrases: []",
            "      fragments: []",
            "      capitalised_is_name: []",
            "      compound_heads: []",
            "      known_by_initial: []",
            "      not_compounds: []",
            "      unspaced: []",
            f"      disguised_severity: {DISGUISED_SEVERITY[tier]}",
            *(
                [*_place_names_lines(), *PLACE_REGION_LINES]
                if tier == "strong"
                else [
                    "      # Places whose name is one of this tier's words: none;"
                    " a word qualified by a region is one.",
                    "      place_names: {}",
                    "      place_regions: *place_regions",
                ]
                if tier == "mild"
                else [
                    "      # Places whose name is one of this tier's words: none.",
                    "      place_names: {}",
                    "      place_regions: []",
                ]
            ),
            "      languages:",
        ]
        for language in (SOURCE_LANGUAGE, *LANGUAGES, *UNSPACED_LANGUAGES):
            words = sorted(lexicon.words[tier][language])
            phrases = sorted(lexicon.phrases[tier][language])
            fragments = sorted(FRAGMENTS) if tier == "strong" and language == SOURCE_LANGUAGE else []
            unspaced = sorted(lexicon.unspaced[tier][language])
            if not (words or phrases or fragments or unspaced):
                continue
            lists = {
                "words": words,
                "phrases": phrases,
                "fragments": fragments,
                "capitalised_is_name": sorted(names & (set(words) | set(fragments))),
                "compound_heads": (heads := sorted(set(COMPOUND_HEADS.get(language, ())) & set(words))),
                "not_compounds": sorted(
                    n for n in NOT_COMPOUNDS.get(language, ()) if any(n.startswith(h) for h in heads)
                ),
                "unspaced": unspaced,
                "known_by_initial": (
                    sorted(KNOWN_BY_INITIAL.get(tier, ())) if language == SOURCE_LANGUAGE else []
                ),
            }
            out.append(f"        {language}:")
            for key, values in lists.items():
                if values:
                    out += _flow_list(key, values, "          ")
            close = {
                other: sorted(set(close_words) & set(words))
                for other, close_words in ORDINARY_IN_CLOSE_LANGUAGE.get(language, {}).items()
            }
            if any(close.values()):
                out.append("          ordinary_in:")
                for other, other_words in close.items():
                    if other_words:
                        out += _flow_list(other, other_words, "            ")
            if signed_only := sorted(set(ONLY_WITH_SIGNS.get(language, ())) & set(words)):
                out += _flow_list("only_with_signs", signed_only, "          ")
            if borrowed := sorted(set(BORROWED.get(language, ())) & set(words)):
                out += _flow_list("borrowed", borrowed, "          ")
            if language == SOURCE_LANGUAGE:
                out.append("          everywhere: true")
                ordinary = {
                    other: sorted(set(ORDINARY_ELSEWHERE[other]) & set(words)) for other in ORDINARY_ELSEWHERE
                }
                if any(ordinary.values()):
                    out.append("          ordinary_in:")
                    for other, other_words in ordinary.items():
                        if other_words:
                            out += _flow_list(other, other_words, "            ")
        out.append("      signs:")
        for code, signs in SIGNS.items():
            out += _flow_list(code, sorted(set(signs)), "        ")
        out.append(f"      leet: {{{leet}}}")
    return "\n".join(out) + "\n"


def generate() -> str:
    entries = read_source()
    return render(build(entries), source_version(), len(entries))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="where to write the rules")
    parser.add_argument("--check", action="store_true", help="exit 1 if --output is not up to date")
    parser.add_argument("--verbose", action="store_true", help="list the source entries left out")
    args = parser.parse_args(argv)

    text = generate()
    if args.verbose:
        for entry, reason in build(read_source()).dropped:
            print(f"dropped {entry!r}: {reason}", file=sys.stderr)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date; run tools/build_profanity_lexicon.py", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
