"""A measured accuracy of what the system finds or predicts, said with words no cue lists: a rate ("97.8%", "19 of
20", "47 out of 50") or a count of false calls said a few words from a word for the system's hits, misses or false
calls ("the pilot reached 97.8% detection of cracks on 2,000 housings with 1.2% false rejects", "it caught 47 of 50
cracks", "19 von 20 Rissen erkannt"). Such a sentence answers the accuracy part of the question on what the system
predicts or detects (questions/rounds.yaml `accuracy`); a rate the plant's own people or lab found ("your lab found 31
of the 365 samples below the limit") is the plant's, no accuracy of the system.
"""
from __future__ import annotations

import re

from questions.bank_models import AccuracyRules

from .reply_phrases import phrases

_DIGIT = re.compile(r"\d")  # every rate has one: most sentences need no closer look
_NUMBER = r"(?<![\w.,/+-])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)*"  # not a year ("412 in 2025 out of 23,800")
_WORD = re.compile(r"[^\W_][\w'-]*")
# a rate and an outcome word apart by one of these are said of different things ("96 out of 4,100, each found only at
# the customer's"); a comma inside a figure ("4,100") parts nothing
_CLAUSE_END = r"[;:()]|,\s"


def _any(words) -> str:
    return "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))


class Accuracy:
    """`said(lower)`: whether a lower-case sentence states a measured accuracy of the system's output."""

    def __init__(self, rules: AccuracyRules):
        self.topic = rules.topic
        self.near = rules.near
        # most sentences name no hit or miss: tried only where one's words are (reply_phrases.py)
        self.outcomes = phrases(rules.outcomes) if rules.outcomes else None
        percent = rf"{_NUMBER}\s?(?:%|(?:{_any(rules.percent)})\b)" if rules.percent else rf"{_NUMBER}\s?%"
        share = rf"{_NUMBER}\s+(?:{_any(rules.shares)})\s+(?:(?:{_any(rules.articles)})\s+)?\d+(?:[.,]\d+)*" if rules.shares else ""
        count = rf"{_NUMBER}(?=\s+(?:{_any(rules.falsely)})\b)" if rules.falsely else ""  # "with 4 false alerts"
        self.rates = re.compile("|".join(p for p in (percent, share, count) if p))
        self.plant = re.compile(rf"\b(?:{_any(rules.plant)})\s+(?:[\w-]+\s+){{0,2}}$") if rules.plant else None
        # a rate said as a bound is a target ("finds fewer than 3% of sheets"), not a measured accuracy
        self.bound = re.compile(rf"\b(?:{_any(rules.bounds)})\s+$") if rules.bounds else None
        self.apart = re.compile(rf"{_CLAUSE_END}|\b(?:{_any(rules.apart)})\b" if rules.apart else _CLAUSE_END)

    def said(self, lower: str) -> bool:
        if not self.outcomes or not _DIGIT.search(lower) or not self.outcomes.may(lower):
            return False
        rates = [m.span() for m in self.rates.finditer(lower) if not (self.bound and self.bound.search(lower[:m.start()]))]
        return bool(rates) and any(self._near(lower, m, rates) and not self._plants(lower, m)
                                   for m in self.outcomes.finditer(lower))

    def _near(self, lower: str, outcome: re.Match, rates: list[tuple[int, int]]) -> bool:
        """Whether a rate is said within `near` words of the outcome word, in the same clause (no `apart` word between:
        "the end-of-line check catches porosity too late and 3.2% of brackets go to rework")."""
        for start, end in rates:
            between = lower[end:outcome.start()] if end <= outcome.start() else lower[outcome.end():start]
            if not self.apart.search(between) and len(_WORD.findall(between)) <= self.near:
                return True
        return False

    def _plants(self, lower: str, outcome: re.Match) -> bool:
        """Whether the plant's own people found it: "your lab found", "your inspectors catch"."""
        return bool(self.plant and self.plant.search(lower[:outcome.start()]))
