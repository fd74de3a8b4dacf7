#!/usr/bin/env python3
"""Propose English lexicon words that are ordinary words of another language (false friends).

English swearing is read in drafts of every language (it is borrowed everywhere: "Das ist totaler
Bullshit"), so an English word that is an everyday word of another language ("retard" and "tard"
in French, "bimbo" in Italian, "hoor" in Dutch) would flag that language's ordinary prose. This
script lists the candidates: words of the English lexicon at least MIN_ZIPF frequent in the other
language and at least MIN_MARGIN more frequent there than in English, by the wordfreq package's
figures (data CC-BY-SA 4.0; not a project dependency: `pip install wordfreq` in a scratch venv).
A person then reviews them: ORDINARY_ELSEWHERE in tools/build_profanity_lexicon.py keeps those
that mean something else there and says why the others were left out (same meaning, or vulgar
there too).

Usage: python tools/false_friend_candidates.py   (prints language, word, zipf there, zipf in English)
"""

from __future__ import annotations

from pathlib import Path

import wordfreq
import yaml

MIN_ZIPF = 3.0
MIN_MARGIN = 0.75
RULES = Path(__file__).resolve().parents[1] / "rules" / "default" / "profanity.yaml"


def main() -> None:
    english = set()
    for rule in yaml.safe_load(RULES.read_text(encoding="utf-8"))["rules"]:
        english |= set(rule["options"]["languages"]["en"].get("words", []))
    for language in ("fr", "de", "es", "it", "pt", "nl"):
        for word in sorted(english):
            there, here = wordfreq.zipf_frequency(word, language), wordfreq.zipf_frequency(word, "en")
            if there >= MIN_ZIPF and there - here >= MIN_MARGIN:
                print(f"{language}\t{word}\t{there:.2f}\t{here:.2f}")


if __name__ == "__main__":
    main()
