"""A change stated relative to today's value: "we will halve that giveaway", "cuts changeover time
by forty percent", "reduce that by 25 % in year one". Its target is the baseline the text states
elsewhere times the factor read here; "by up to 25%" (a claim) and "by 30 to 60 per cent" (a
range) give none. The verbs are data (drafting.yaml kpi.relative).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .draft_rules import draft_data


@dataclass(frozen=True)
class Relative:
    factor: float  # the target over the baseline: 0.75 for "reduce by 25%", 0.5 for "halve"
    metric: str  # what the change names ("changeover time"); "" for a pronoun ("reduce that by 25%")


@dataclass(frozen=True)
class _Verbs:
    by: re.Pattern  # "<down or up verb> <what> by <n>%"
    factor: re.Pattern  # "<halve or double> <what>"
    down: frozenset[str]
    factors: dict[str, float]
    stops: frozenset[str]  # words that end what the change names ("on your presses", "in year one")


@lru_cache(maxsize=1)
def _verbs() -> _Verbs:
    data = draft_data()["kpi"]["relative"]
    moves = "|".join(sorted(map(re.escape, data["down"] + data["up"]), key=len, reverse=True))
    factors = {str(w): float(f) for w, f in data["factors"].items()}
    return _Verbs(re.compile(rf"\b({moves})\b((?: [^ .;:!?]+){{0,10}}?) by (\d+(?:\.\d+)?) ?(?:%|percent|per cent)"
                             r"(?! ?(?:-|–|to|and|or) ?\d)"),
                  re.compile(rf"\b({'|'.join(map(re.escape, factors))})\b((?: [^ .;:!?]+){{0,6}})"),
                  frozenset(data["down"]), factors, frozenset(data["stops"]))


def read_relative(lower: str) -> Relative | None:
    """The relative change one sentence (lower case, numbers as digits) states, or None."""
    verbs = _verbs()
    match = verbs.by.search(lower)
    if match:
        share = float(match.group(3)) / 100
        if not 0 < share < 1 and match.group(1) in verbs.down:
            return None  # "cut by 120%" is no share of today's value
        factor = 1 - share if match.group(1) in verbs.down else 1 + share
        return Relative(round(factor, 6), _what(match.group(2), verbs))
    match = verbs.factor.search(lower)
    return Relative(verbs.factors[match.group(1)], _what(match.group(2), verbs)) if match else None


def _what(words: str, verbs: _Verbs) -> str:
    """The noun the change names, up to the first word that ends it ("changeover time on your
    presses" -> "changeover time"); "" for a pronoun or nothing."""
    kept = []
    for word in words.split():
        if word in verbs.stops:
            break
        kept.append(word)
    while kept and kept[0] in _PRONOUNS:
        kept.pop(0)
    return " ".join(kept)


_PRONOUNS = frozenset({"that", "this", "it", "them", "these", "those", "the", "your", "our", "its", "their"})
