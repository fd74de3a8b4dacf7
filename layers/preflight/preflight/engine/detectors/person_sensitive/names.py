"""How names, titles and ages look in a draft: the shapes every part of the person-fact detector reads."""

from __future__ import annotations

import re

from preflight.engine.detectors.pii.numbers import CJK

# Letters of names up to Latin Extended-B: "Yıldız", "Łukasz", "Dvořák", "Şahin" are names too.
_EXTENDED = [chr(c) for c in range(0x100, 0x250)]
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED if c.isupper())
LOWER = "a-zß-öø-ÿ" + "".join(c for c in _EXTENDED if c.islower())
NAME_WORD = re.compile(rf"[{UPPER}][{LOWER}]+(?:['’-][{UPPER}]?[{LOWER}]+)?")
WORD_SPAN = re.compile(r"\S+")
# A capitalised word right after a term ("Christian| Müller").
NAME_AFTER = re.compile(rf" ({NAME_WORD.pattern})(?![\w-])")
# Where a title may stand before the sentence that holds a trigger: "M. Dupont" splits into the
# sentences "M." and "Dupont ...".
TITLE_LOOKBACK = 12
# An age in apposition right after a name ("Maureen Kelly, 60, ...", "a Giulia Bianchi, 39 anni",
# "Anna Weber (42)", "Jean-Marc Dubois (64 ans)"), in every language: the age of the person it
# follows, not of another one in the sentence; and a run of names it follows is a person even after a
# preposition that otherwise makes it a place ("a Milano").
AGE_AFTER = re.compile(
    r"(?:, ?\d{1,3}(?: ?(?:anni|ans|jahre|años|anos|jaar|years)\b(?! ?(?:di|de|d'|of|von|van)\b)|,(?! ?\d))"
    r"| ?\(\d{1,3}(?: ?(?:anni|ans|jahre|años|anos|jaar|years|yrs))?\))",
    re.IGNORECASE,
)
# What every match of AGE_AFTER holds (", 60", ",60", "(42"): a draft without it has no such age, and
# this is found faster than AGE_AFTER, which is tried at every space.
AGE_SIGN = re.compile(r"[,(] ?\d")
HAS_DIGIT = re.compile(r"\d")
CJK_CHAR = re.compile(f"[{CJK}]")
# The letters of a CJK name: Han, kana, Hangul syllables, and the mark that repeats the Han letter
# before it ("佐々木", "野々村": round 18).
HAN = "\u3400-\u4dbf\u4e00-\u9fff"
CJK_NAME = "\u3005\u3400-\u4dbf\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fa\uac00-\ud7a3"
CJK_NAME_CHAR = re.compile(f"[{CJK_NAME}]")
# The letters, vowel signs and marks of Devanagari (Hindi, Marathi, Nepali), without its danda (।).
DEVANAGARI = "\u0900-\u0963\u0966-\u097f"
DEVANAGARI_CHAR = re.compile(f"[{DEVANAGARI}]")
