"""The profanity rules: tiered words read through the usual disguises, innocent words left alone."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
import yaml
from preflight.engine.detectors.profanity import ProfanityOptions
from pydantic import ValidationError

REPO = Path(__file__).resolve().parents[3]
RULES = REPO / "rules" / "default" / "profanity.yaml"
BUILDER = REPO / "tools" / "build_profanity_lexicon.py"

# (draft, the text the medium-or-high finding covers)
PROFANE = [
    ("What the f*ck is this invoice", "f*ck"),
    ("F*cking printers. Again.", "F*cking"),
    ("This release is total sh1t", "sh1t"),
    ("sh!t, I left my badge at home", "sh!t"),
    ("Don't be an a$$ about the budget", "a$$"),
    ("Our courier is being a real a$$hole today.", "a$$hole"),
    ("That keynote was pure bullsh*t", "bullsh*t"),
    ("Sorry for the sh*tty wifi at the venue", "sh*tty"),
    ("f u c k mondays", "f u c k"),
    ("well f.u.c.k, it shipped on a Friday", "f.u.c.k"),
    ("what a s.h.i.t week for the team", "s.h.i.t"),
    ("s-h-i-t, the demo crashed", "s-h-i-t"),
    ("this is a s h i t idea", "s h i t"),
    ("fuuuuck, the demo crashed", "fuuuuck"),
    ("fvck this weather", "fvck"),
    ("f\u200buck the traffic on the bridge", "f\u200buck"),
    ("\uff46\uff55\uff43\uff4b this queue", "\uff46\uff55\uff43\uff4b"),  # full-width letters
    ("what the fu\u0441k", "fu\u0441k"),  # Cyrillic es
    ("the migration was a clusterf*ck", "clusterf*ck"),
    ("motherf**ker took my parking spot", "motherf**ker"),
    ("WTF happened to the build?", "WTF"),
    ("FUCK! Missed the train.", "FUCK"),
    ("stop being a dick about deadlines", "dick"),
    ("the quarter-end close was a shitshow", "shitshow"),
    ("my landlord is a total b1tch", "b1tch"),
    ("*shit* I forgot the slides", "shit"),
    ("spam bots posting blow jobs links again", "blow jobs"),
]

# Drafts with no profanity finding at all, not even a low one.
INNOCENT = [
    "Scunthorpe United won 2-0 at home",
    "The assessment is due on Friday",
    "Cocktail hour starts at six on the terrace",
    "A classic case of scope creep",
    "Cockpit tours for the aviation club this weekend",
    "New offices in Sussex, Essex and Middlesex",
    "Our therapist network keeps growing",
    "Shiitake mushroom risotto tonight, or shitake if you spell it like my uncle",
    "Penistone Grammar School alumni dinner",
    "Badminton shuttlecock clearance sale",
    "Reading Dickens on the morning train",
    "Cucumber and mint salad recipe",
    "Arsenal fans, this one's for you",
    "Shellharbour beach clean-up this Saturday",
    "Bass guitar lessons for beginners",
    "Don't forget your compass and your passport",
    "Our weed control spray is 20% off this week",
    "The killer product of the year is here",
    "Ugly sweaters contest on Friday",
    "Kevin is gay and proud to lead our Pride network",
    "Meeting the Cockburn family trust on Monday",
    "Deals at Dick's Sporting Goods this weekend",
    "Dick Smith Electronics is back in business",
    "Willy Wonka screening for the kids",
    "DICK SMITH ELECTRONICS: GRAND REOPENING",
    "Proudly made in the U.S.A",
    "Steps a b c are done, d is next",
    "I a m testing the spacing here",
    "Galaxy A55 cases now in stock",
    "Quick maths: 4*5 = 20 and $100 buys five",
    "She graduated summa cum laude",
    "Our SPAC merger closed this morning",
    "Hemp seed oil, HIV testing and herpes awareness month",
    "Thank god it's Friday",
    "Analysis by our analyst team: a massive class of assassins in the grass",
    "Hancock, Hitchcock and a peacock walked into a bar",
    "Trip to Fukushima and Fukuoka, then Phuket",
    "Love you, see you soon xxx",
    "Please reply a.s.a.p. with the figures",
    "A real hellhound of a deadline, but hello to the weekend",
    "@dickhead_official replied to our post",
    "Mitsubishi and Matsushita sponsor the expo",
    "Scrapbook workshop, shells and a snigger or two",
    "Spick and span for the inspection",
]

# Mild words are reported at low severity and do not flag.
MILD = [
    ("That's a hell of a deal", "hell"),
    ("damn, missed the bus again", "damn"),
    ("Screw the weather, we're going anyway", "Screw"),
    ("What a load of crap", "crap"),
    ("Bloody brilliant turnout today!", "Bloody"),
    ("Oh bugger, the slides are gone", "bugger"),
]


@pytest.mark.parametrize(("text", "span"), PROFANE)
def test_flags_profanity_and_reports_the_offending_token(categories, findings, text, span):
    assert "profanity" in categories(text)
    flagged = [f for f in findings(text, "profanity") if f.severity != "low"]
    assert [text[f.start : f.end] for f in flagged] == [span]


@pytest.mark.parametrize("text", INNOCENT)
def test_leaves_innocent_words_alone(findings, text):
    assert findings(text, "profanity") == []


@pytest.mark.parametrize(("text", "span"), MILD)
def test_mild_words_are_reported_low_and_do_not_flag(categories, findings, text, span):
    assert "profanity" not in categories(text)
    [finding] = findings(text, "profanity")
    assert (finding.severity, finding.rule_id, text[finding.start : finding.end]) == (
        "low",
        "profanity.mild",
        span,
    )


@pytest.mark.parametrize(
    ("text", "severity", "rule_id", "span"),
    [
        ("hell yes, we shipped", "low", "profanity.mild", "hell"),
        ("he11 yes, we shipped", "low", "profanity.mild", "he11"),
        ("What the f*ck, who moved my desk", "medium", "profanity.strong", "f*ck"),
        ("bullshit numbers in that deck", "medium", "profanity.strong", "bullshit"),
        ("don't call people a retard", "high", "profanity.slur", "retard"),
        ("stop calling him a f@ggot", "high", "profanity.slur", "f@ggot"),
    ],
)
def test_severity_follows_the_tier(findings, text, severity, rule_id, span):
    [finding] = findings(text, "profanity")
    assert (finding.severity, finding.rule_id, text[finding.start : finding.end]) == (severity, rule_id, span)


def test_every_profane_word_of_a_draft_is_reported(findings):
    text = "sh1t, this is f*cking annoying. What the hell."
    reported = [(text[f.start : f.end], f.severity) for f in findings(text, "profanity")]
    assert reported == [("sh1t", "medium"), ("f*cking", "medium"), ("hell", "low")]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Dick Smith Electronics", False),
        ("DICK's deals", False),
        ("he's such a dick", True),
        ("Fanny Mae quarterly results", False),
        ("Nob Hill apartments for rent", False),
    ],
)
def test_names_and_brands_flag_only_in_lower_case(categories, text, flagged):
    assert ("profanity" in categories(text, min_severity="low")) is flagged


def _rules() -> dict[str, dict]:
    return {rule["id"]: rule for rule in yaml.safe_load(RULES.read_text(encoding="utf-8"))["rules"]}


def _english(rule: dict) -> dict:
    """A tier's English lists (each language's lists are under options.languages)."""
    return rule["options"]["languages"]["en"]


def _all_words(rule: dict) -> set[str]:
    return {w for lists in rule["options"]["languages"].values() for w in lists.get("words", [])}


def test_rules_are_tiered_and_hold_their_words():
    rules = _rules()
    assert {rid: (r["category"], r["detector"], r["severity"]) for rid, r in rules.items()} == {
        "profanity.slur": ("profanity", "profanity", "high"),
        "profanity.strong": ("profanity", "profanity", "medium"),
        "profanity.mild": ("profanity", "profanity", "low"),
    }
    assert {"fuck", "shit", "cunt", "asshole", "bitch", "bastard", "bullshit", "motherfucker", "wtf"} <= set(
        _english(rules["profanity.strong"])["words"]
    )
    assert {"hell", "damn", "crap", "bloody", "piss", "bugger", "screw"} <= set(
        _english(rules["profanity.mild"])["words"]
    )
    assert {"dick", "cock", "willy"} <= {
        n for r in rules.values() for n in _english(r).get("capitalised_is_name", [])
    }


@pytest.mark.parametrize(
    "word",
    ["gay", "ugly", "fat", "pms", "god", "hiv", "herpes", "kill", "drunk", "hemp", "heroin", "weed", "facial",
     "erect", "dummy", "queer", "homo", "sex", "cum", "knob", "chink", "niggle"],
)  # fmt: skip
def test_identity_and_everyday_words_of_the_source_list_are_excluded(word):
    assert all(word not in _all_words(rule) for rule in _rules().values())


def _better_profanity_installed() -> bool:
    try:
        metadata.version("better-profanity")
    except metadata.PackageNotFoundError:
        return False
    return True


@pytest.mark.skipif(
    not _better_profanity_installed(), reason="better-profanity (a dev dependency) is not installed"
)
def test_generated_rules_are_in_sync_with_the_builder(tmp_path):
    output = tmp_path / "profanity.yaml"
    subprocess.run([sys.executable, str(BUILDER), "--output", str(output)], check=True, capture_output=True)
    assert output.read_text(encoding="utf-8") == RULES.read_text(encoding="utf-8"), (
        "rules/default/profanity.yaml is stale: run .venv/bin/python tools/build_profanity_lexicon.py"
    )


def test_the_engine_does_not_import_better_profanity():
    code = (
        "import sys; from preflight.engine.policy import load_policy; "
        f"load_policy({str(RULES.parent)!r}); print('better_profanity' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({"words": ["Fuck"]}, "lower-case"),
        ({"words": ["shit"], "phrases": ["blow  job"]}, "single spaces"),
        ({"fragments": ["fu"]}, "four letters"),
        ({"words": ["shit"], "leet": {"a": "e"}}, "keys are single digits or symbols"),
        ({"words": ["shit"], "leet": {"0": "O"}}, "one to three letters"),
        ({}, "at least one of words, phrases or fragments"),
    ],
)
def test_options_are_validated(options, problem):
    with pytest.raises(ValidationError, match=problem):
        ProfanityOptions.model_validate({"disguised_severity": "medium", **options})


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("this is bullshiiiit", "bullshiiiit"),
        ("what an asssshole", "asssshole"),
        ("che cazzzzo di giornata", "cazzzzo"),
        ("ese cabróóóón me robó el sitio", "cabróóóón"),
        ("so eine Scheißßße", "Scheißßße"),
        ("MERRRRDE alors", "MERRRRDE"),
    ],
)
def test_stretched_words_are_read_whatever_their_letters(findings, text, span):
    """A stretched letter is collapsed, and so is the lexicon: words holding a double letter
    ("bullshit", "cazzo") and accented letters ("cabrón") are read stretched like the others."""
    assert span in [text[f.start : f.end] for f in findings(text, "profanity")]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Classy move, you absolute a-holes.", "a-holes"),
        ("this is sh-it", "sh-it"),
        ("f_uck this traffic", "f_uck"),
        ("what a bi-tch of a week", "bi-tch"),
        ("ese cabr-ón otra vez", "cabr-ón"),
    ],
)
def test_words_cut_by_a_hyphen_are_read_joined(findings, text, span):
    assert span in [text[f.start : f.end] for f in findings(text, "profanity")]


@pytest.mark.parametrize(
    "text",
    [
        "Send an e-mail about the x-ray, the t-shirt order and the co-op's A-list to-do items.",
        "The wi-fi in the e-book shop is sci-fi; make a U-turn for K-pop.",
        "Peut-être, a-t-il dit, va-t-en: c'est-à-dire demain.",
        "Ho-ho-ho, re-do the pre-order and the ex-wife's co-founder deck.",
    ],
)
def test_ordinary_hyphenated_words_are_left_alone(findings, text):
    assert findings(text, "profanity") == []
