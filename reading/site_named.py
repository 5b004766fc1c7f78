"""Whether a sentence names one site's own kit or place, as a proposal or a case study does and a product page
does not: a numbered unit ("line 3", "press B", "kiln 2"), counted units ("four presses", "12 CNC machines") or
the reader's own ("your plant", "your filling line"). Which words are units and owners is data
(drafting.yaml product_page: described)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .phrases import NUMBER_WORDS, is_number

_LABEL = re.compile(r"[0-9]{1,3}|[b-h]")  # "line 3", "press b": a unit's own number or letter (not "a": "press a key")


@dataclass(frozen=True)
class SiteNames:
    units: frozenset[str]  # what a site has one or several of: line, press, kiln, plant, machine ...
    owners: frozenset[str]  # "your": the reader's own unit
    reach: int = 2  # a count at most this many words before its unit ("12 CNC machines")

    @classmethod
    def from_data(cls, described: dict) -> SiteNames:
        return cls(frozenset(described.get("units", [])), frozenset(described.get("owners", [])),
                   int(described.get("reach", 2)))

    def names(self, words: list[str], owned: bool = True) -> bool:
        """The sentence numbers, counts or (when `owned`) owns a unit of a site."""
        for at, word in enumerate(words):
            if word not in self.units:
                continue
            if at + 1 < len(words) and _LABEL.fullmatch(words[at + 1]):
                return True
            before = words[max(0, at - self.reach):at]
            if before and ((owned and before[-1] in self.owners) or any(is_number(w) or w in NUMBER_WORDS for w in before)):
                return True
        return False
