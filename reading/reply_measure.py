"""A measure as a reply states it, put in the order the drafter reads a KPI in ("baseline 14.2 g, target 6 g";
reading/kpi_*.py): vendors answering the question on the KPI often name the value before the word for it
("14.2 g as baseline, 6 g as target") or give today's value with no word at all, then the target ("mis-weighs at
release: 1.9% of batches in your release sheet, target below 0.3% by ..."). The words: questions/rounds.yaml `measure`.
"""
from __future__ import annotations

import re

from questions.bank_models import MeasureRules

# a figure with what it counts: not a year, not a port or a number in a name ("line 2": no unit after it)
_FIGURE = r"(?<![\w.,/+-])(?!(?:19|20)\d\d\b)\d[\d,.]*\s?(?:%|[^\W\d_][^\s,;:()]*)"


class Measures:
    """`stated(text, on_topic)`: the sentence with its values put after the words for them."""

    def __init__(self, rules: MeasureRules):
        self.topic = rules.topic
        roles = {word: role for role, words in rules.roles.items() for word in words}
        self.after = re.compile(rf"({_FIGURE})\s+({_any(roles)})\b", re.I) if roles else None
        self.role_of = {word.lower(): role for word, role in roles.items()}
        self.target = re.compile(rf"\b(?:{_any(rules.target)})\b", re.I) if rules.target else None
        # a target of none said in a word ("target zero between March and December 2027"): the figure 0
        self.zero = re.compile(rf"(\b(?:{_any(rules.target)}):?\s+)zero\b", re.I) if rules.target else None
        self.today = re.compile(rf"\b(?:{_any(rules.today)})\b", re.I) if rules.today else None
        self.baseline = rules.baseline

    def stated(self, text: str, topics: set[str]) -> str:
        if self.after is not None:  # "14.2 g as baseline" -> "baseline 14.2 g"
            text = self.after.sub(lambda m: f"{self.role_of[m.group(2).lower()]} {m.group(1)}", text)
        if self.topic not in topics or self.target is None or not self.baseline:
            return text
        return self._today_first(_TARGET_IN.sub(r"\g<1>by", self.zero.sub(r"\g<1>0", text)))

    def _today_first(self, text: str) -> str:
        """The first figure before the target's, in a sentence that says which value is the target but not which
        is today's, read as today's ("1.9% of batches ..., target below 0.3%" -> "baseline 1.9% of batches ...")."""
        target = self.target.search(text)
        if target is None:
            return text
        before = text[:target.start()]
        figure = re.search(_FIGURE, before)
        if figure is None or (self.today and self.today.search(before[:figure.start()])):
            return text
        return f"{text[:figure.start()]}{self.baseline} {text[figure.start():]}"


# the target's year said with "in", as a deadline ("11 stops in 2025 to 4 stops in 2027": by 2027); the value's
# period before "to" is today's and stays ("11 stops in 2025")
_TARGET_IN = re.compile(r"(\bto\s+(?:below\s+|under\s+)?\d[\d,.]*\s?(?:%|[^\W\d_][^\s,;:()]*)?\s+)in"
                        r"(?=\s+(?:(?:the\s+)?end\s+of\s+)?(?:(?:19|20)\d\d\b|q[1-4]\b))", re.I)


def _any(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
