"""A figure of availability told of the past, with nothing promised for this plant (questions/rounds.yaml
`track_record`): "Our platform had 99.95% uptime in 2025" is the product's track record, no commitment, and answers
nothing; "we guarantee the 99.9% we reached in 2025" promises it, and "your line availability was 82% in 2025" is the
plant's own figure."""
from __future__ import annotations

import re

from questions.bank_models import TrackRules

from .word_regex import alternation



class TrackRecord:
    def __init__(self, rules: TrackRules):
        ready = rules.measures and (rules.past or rules.years)
        words = lambda listed: re.compile(rf"(?<![\w-])(?:{alternation(listed)})(?![\w-])") if listed else None
        self.measure = words(rules.measures) if ready else None
        self.percent = re.compile(r"\d(?:[\d.,]*\d)?\s?(?:%|percent\b|per cent\b)")
        past = [rf"(?<![\w-])(?:{alternation(rules.past)})(?![\w-])"] if rules.past else []
        past += [rf"(?<![\w-])(?:{alternation(rules.years)})\s+(?:19|20)\d\d\b"] if rules.years else []
        self.past = re.compile("|".join(past)) if past else None
        self.promise, self.plant = words(rules.promises), words(rules.plant)

    def why(self, lower: str) -> str:
        """Why a sentence (lower case) answers nothing as a track record ('' when it is none)."""
        # a percentage first (each holds "%", "percent" or "per cent"): most sentences give none, and the measures'
        # words are looked behind for at every place
        if self.measure is None or not _percent_in(lower) or not self.percent.search(lower) or not self.measure.search(lower):
            return ""
        past = self.past.search(lower)
        if not past or any(w and w.search(lower) for w in (self.promise, self.plant)):
            return ""
        return f"it tells a past figure (\u201c{past.group()}\u201d), a track record, not what it commits to for your plant"


def _percent_in(lower: str) -> bool:
    return "%" in lower or "percent" in lower or "per cent" in lower
