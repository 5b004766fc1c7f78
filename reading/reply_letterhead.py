"""A letterhead's contact line ("Ph: +91 20 2712 4455 | sales@shrinathautomation.in | CIN: U29299PN2014PTC151210",
walk 71: repeated on every scanned page) is the sender's furniture: never a sentence that drafts or backs an answer.
A line is one where it splits into two fields or more ("|", "•", "·") and each is a contact field (a label of
rounds.yaml paragraphs `contact` with its value) or an e-mail or web address."""
from __future__ import annotations

import re

from .word_regex import alternation

_FIELDS = re.compile(r"\s*[|•·]\s*")
_ADDRESS = re.compile(r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+)$", re.I)


class Letterhead:
    def __init__(self, labels: list[str]):
        words = alternation(w.lower().rstrip(".") for w in labels)
        # a label, then its colon or stop ("Ph:", "Tel.") or a number right after it ("M +44 ..."), then the value
        self.field = re.compile(rf"^(?:{words})(?:\.?\s*:\s*|\.\s*|\s+(?=[+\d(]))\S", re.I) if words else None

    def holds(self, line: str) -> bool:
        """Whether a line (or a sentence read from one) is a letterhead's contact line."""
        if self.field is None or ("|" not in line and "•" not in line and "·" not in line):
            return False
        fields = [f for f in _FIELDS.split(line.strip()) if f]
        return len(fields) >= 2 and all(_ADDRESS.match(f) or self.field.match(f) for f in fields)
