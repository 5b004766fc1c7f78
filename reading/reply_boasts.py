"""A reply sentence whose subject is the product and whose verb is a gain, with no figure, no role and no condition:
"a) Problem: BrassLogic reduces scrap and downtime.", "HopSense improves the drying process and the quality of your
hops.", "LacqVision will bring a big improvement.", or able to do something ("the system can create work orders").
It promises a benefit; it names no problem of this plant, no way
of working and no measure, so it answers no question (the words: questions/rounds.yaml `general`)."""
from __future__ import annotations

import re

from .word_regex import alternation


# where a clause starts: the sentence's start, after a label ("a) Problem:", "| Problem |"), a semicolon or a dash
_OPENS = r"(?:^|[:;|]|\s[-\u2013]\s)\W*"
_CAMEL = r"[A-Z][a-z]+[A-Z][A-Za-z]*"  # a product's name: "BrassLogic", "HopSense"
_HELPERS = r"(?:(?:also|even)\s+)?(?:(?:will|can|helps?|shall|is\s+going)\s+(?:to\s+)?)?"  # "will improve", "helps to reduce"
_FIGURE = re.compile(r"\d")
# a condition makes it a way of working ("the system reduces the feed when the spindle load rises")
_CONDITION = re.compile(r"\b(?:when|whenever|if|as soon as|once|before|after|by)\b", re.I)


class Boasts:
    """`why(text, how)`: why a sentence only promises a gain ('' when it does not); `how`: whether it names a figure,
    a role, a protocol or a frequency, any of which can make it an answer."""

    def __init__(self, boasters: list[str], gains: list[str], brings: list[dict[str, list[str]]], abilities=()):
        gained = [rf"(?:{alternation(gains)})\b"] if gains else []
        gained += [rf"(?:{alternation(b['verbs'])})\s+(?:\S+\s+){{0,2}}?(?:{alternation(b['nouns'])})\b" for b in brings
                   if b.get("verbs") and b.get("nouns")]
        gained += [rf"(?:{alternation(list(abilities))})\s+[a-z]{{2,}}\b"] if abilities else []
        subject = "|".join([_CAMEL] + ([rf"(?i:{alternation(boasters)})"] if boasters else []))
        self.boast = re.compile(rf"{_OPENS}(?:{subject})\s+{_HELPERS}(?i:{'|'.join(gained)})") if gained else None

    def why(self, text: str, how: bool) -> str:
        if self.boast is None or how or _CONDITION.search(text):
            return ""
        found = self.boast.search(text)  # a figure from the product's name on ("1) Problem:" numbers only the item)
        if not found or _FIGURE.search(text, found.start()):
            return ""
        return f"it promises what the product does (\u201c{found.group().strip(' :;|-,')}\u201d) rather than says what or how here"
