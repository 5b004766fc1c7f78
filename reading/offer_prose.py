"""Whether the prose around a text's price table speaks as an offer to one buyer (drafting.yaml price_sheet
`offer_prose`): a short quote ("Para: Cerámicas Levante ... Proponemos un sistema ... Plazo de entrega: 4 semanas")
is an offer with a price table, though its lines with figures are mostly priced rows; a price sheet is a list of
prices with little else. Its prose is read in any language the lists name: whom it is written to, what is supplied,
when it is delivered."""
from __future__ import annotations

import re
from functools import lru_cache

from questions.loader import load_drafting

from .fees import fees

_WAYS = ("addressed", "scope", "delivery")


def _phrases(words: list[str]) -> re.Pattern:
    """Any of the phrases, whole where they start or end with a letter ("para:", "att.", "your")."""
    parts = [(r"(?<!\w)" if w[0].isalnum() else "") + re.escape(w) + (r"(?!\w)" if w[-1].isalnum() else "")
             for w in sorted({str(w).lower() for w in words}, key=len, reverse=True)]
    return re.compile("|".join(parts) or r"(?!)")


class OfferProse:
    def __init__(self, data: dict):
        self.least = int(data["least"])
        self.ways = [_phrases(data[way]) for way in _WAYS]

    def offered(self, text: str) -> bool:
        """The text's prose, its lines that are no priced row, says in `least` ways that it offers to one buyer."""
        prose = " ".join(line for line in text.lower().splitlines() if line.strip() and not fees().priced(line))
        return sum(bool(way.search(prose)) for way in self.ways) >= self.least


@lru_cache(maxsize=1)
def offer_prose() -> OfferProse:
    return OfferProse(load_drafting()["price_sheet"]["offer_prose"])
