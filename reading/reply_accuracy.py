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

from .reply_phrases import phrases, runs
from .word_regex import alternation

_DIGIT = re.compile(r"\d")  # every rate has one: most sentences need no closer look
_FIGURES = frozenset({"number", "result"})  # the kinds a measured figure names
_NUMBER = r"(?<![\w.,/+-])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)*"  # not a year ("412 in 2025 out of 23,800")
_WORD = re.compile(r"[^\W_][\w'-]*")
# a rate and an outcome word apart by one of these are said of different things ("96 out of 4,100, each found only at
# the customer's"); a comma inside a figure ("4,100") parts nothing
_CLAUSE_END = r"[;:()]|,\s"


class Accuracy:
    """`said(lower)`: whether a lower-case sentence states a measured accuracy of the system's output."""

    def __init__(self, rules: AccuracyRules):
        self.topic = rules.topic
        self.near = rules.near
        # most sentences name no hit or miss: tried only where one's words are (reply_phrases.py)
        self.outcomes = phrases(rules.outcomes) if rules.outcomes else None
        percent = rf"{_NUMBER}\s?(?:%|(?:{alternation(rules.percent)})\b)" if rules.percent else rf"{_NUMBER}\s?%"
        whole = rf"(?:(?:{alternation(rules.articles)})\s+)?\d+(?:[.,]\d+)*" if rules.articles else r"\d+(?:[.,]\d+)*"
        # "57 of 60", "57 cracked housings of 60" (a few words between the count and the share's word)
        share = rf"{_NUMBER}\s+(?:[^\W\d][\w-]*\s+){{0,{rules.counted}}}?(?:{alternation(rules.shares)})\s+{whole}" if rules.shares else ""
        # "of 60 cracked housings, 57 were found": the whole first, the count after the comma
        first = rf"\b(?:{alternation(rules.first)})\s+{whole}\s[^,;:()]{{1,80}}?,\s+(?:[^,;:()\d]{{0,40}}\s)?{_NUMBER}(?![\w%])(?![.,]\d)" \
            if rules.first else ""
        count = rf"{_NUMBER}(?=\s+(?:{alternation(rules.falsely)})\b)" if rules.falsely else ""  # "with 4 false alerts"
        self.rates = re.compile("|".join(p for p in (percent, share, first, count) if p))
        # good things rejected, either way round: "0.6% of good parts were rejected", "rejected 12 good parts"
        good, rejects, gap = alternation(rules.good), alternation(rules.rejects), rf"(?:\s+[\w-]+){{0,{rules.near}}}?\s+"
        self.good_rejected = re.compile(rf"\b(?:{good})\b{gap}(?P<a>{rejects})\b|\b(?P<b>{rejects}){gap}(?:{good})\b") \
            if rules.good and rules.rejects else None
        self.rejects = phrases(rules.rejects) if rules.rejects else None
        lists = [words for words in (self.outcomes, self.rejects) if words is not None]
        self.keys = None if any(w.keys is None for w in lists) else frozenset().union(*(w.keys for w in lists))
        self.now = re.compile(rf"\b(?:{alternation(rules.now)})\s+$") if rules.now else None
        self.measured = re.compile(rf"\b(?:{alternation(rules.measured)})\b") if rules.measured else None
        self.promised = re.compile(rf"\b(?:{alternation(rules.promised)})\b") if rules.promised else None
        self.plant = re.compile(rf"\b(?:{alternation(rules.plant)})\s+(?:[\w-]+\s+){{0,2}}$") if rules.plant else None
        # a rate said as a bound is a target ("finds fewer than 3% of sheets"), not a measured accuracy
        self.bound = re.compile(rf"\b(?:{alternation(rules.bounds)})\s+$") if rules.bounds else None
        bare = alternation(rules.bare)
        self.bare = re.compile(rf"\b(?:{bare})\b(?:\s+[^\W\d]+){{0,2}}?\s+(?P<a>{_NUMBER}\s?%)|(?P<b>{_NUMBER}\s?%)"
                               rf"(?:\s+[^\W\d]+){{0,2}}?\s+(?:{bare})\b") if rules.bare else None
        self.apart = re.compile(rf"{_CLAUSE_END}|\b(?:{alternation(rules.apart)})\b" if rules.apart else _CLAUSE_END)

    def said(self, lower: str, digits=None) -> bool:
        """`digits`: the text with its numbers in words as digits ("under one percent"), asked only where an outcome
        word may be."""
        if not self.outcomes or (self.keys is not None and self.keys.isdisjoint(runs(lower))):
            return False  # most sentences hold no run of an outcome's or a reject's words: one look for both lists
        rejecting = self.rejects is not None and self.rejects.may(lower)
        if not (self.outcomes.may(lower) or rejecting):
            return False
        lower = digits(lower) if digits else lower
        if not _DIGIT.search(lower):
            return False
        rates = [m.span() for m in self.rates.finditer(lower) if not self._bound(lower, m)]
        return bool(rates) and any(self._near(lower, m, rates) and not self._plants(lower, m)
                                   for m in self._outcomes(lower, rejecting))

    def unmeasured(self, lower: str) -> str:
        """The rate of an accuracy said as the sentence's only figure ("97% prediction accuracy, validated by ...", "with
        an accuracy of 94%"): nothing counted, no tolerance or horizon, so measured on nothing of this plant's; ''."""
        found = self.bare.search(lower) if self.bare and "%" in lower else None
        if not found:
            return ""
        rate = found.group("a") or found.group("b")
        return "" if _DIGIT.search(lower[:found.start()] + lower[found.end():]) else rate

    def kinds(self, named: frozenset[str], lower: str) -> frozenset[str]:
        """What a sentence names on the topic: no number or result where its only figures are rates of what the system
        finds said as bounds ("the camera will detect at least 95% of cracks", "we guarantee under 1% false rejects"):
        a promise, no accuracy measured. What it finds ("cracks") it still names."""
        if not (named & _FIGURES and self.outcomes and self.outcomes.may(lower) and _DIGIT.search(lower)):
            return named
        rates = list(self.rates.finditer(lower))
        ends, starts = [0, *(m.end() for m in rates)], [*(m.start() for m in rates), len(lower)]
        rest = "".join(lower[a:b] for a, b in zip(ends, starts))  # the sentence but its rates
        if not rates or _DIGIT.search(rest) or not all(self._bound(lower, m) for m in rates):
            return named
        return named - _FIGURES

    def _outcomes(self, lower: str, rejecting: bool) -> list[re.Match]:
        """The outcome words, and good things rejected (a false call) but where said as the plant's state now."""
        found = list(self.outcomes.finditer(lower))
        if rejecting and self.good_rejected:
            found += [m for m in self.good_rejected.finditer(lower)
                      if not (self.now and self.now.search(lower[:m.start("a" if m.group("a") else "b")]))]
        return found

    def _bound(self, lower: str, rate: re.Match) -> bool:
        """Whether a rate is said as a bound, a target: after a bound word ("finds fewer than 3%"), unless measured
        after it and nothing in the sentence promises it ("under 1% measured over 3 weeks")."""
        if not (self.bound and self.bound.search(lower[:rate.start()])):
            return False
        measured = self.measured and self.measured.search(lower, rate.end())
        return not measured or bool(self.promised and self.promised.search(lower))

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
