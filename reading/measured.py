"""Whose figure a case study's before and after is: the plant's own, or what the product is credited with.

"Our average OEE improved from 67% to 74%", "prime yield improved from 92.3% to 96.5%": the measure is told
of the plant, which measured it. "The extrusion control system lowered the film gauge from 103.8% to 99.1%",
"This approach reduced the false reject rate to 0.5%": the figure is the result the story credits to the
product (a word of drafting.yaml `measured_by` doers, then one of its verbs, before the measure in its clause),
no account of how the plant measured it.
"""
from __future__ import annotations

from .phrases import CLAUSE_END, normalise, tokens


def _credited(words: list[str], metric: list[str], doers: frozenset[str], verbs: frozenset[str]) -> bool | None:
    """Whether the clause that names the measure has the product as the doer of its change: one of `doers`, then
    one of `verbs`, before the measure (None: the quote does not name it). "Data from the system showed scrap
    falling" and "with the new system the scrap rate fell" tell the plant's figure."""
    at = next((i for i in range(len(words) - len(metric) + 1) if words[i:i + len(metric)] == metric), None)
    if at is None:
        return None
    start = max((i + 1 for i in range(at) if words[i] in CLAUSE_END), default=0)
    doer = next((i for i in range(start, at) if words[i] in doers), None)
    return doer is not None and not verbs.isdisjoint(words[doer + 1:at])


def told_of_plant(quotes: list[str], metric: str, doers: frozenset[str], verbs: frozenset[str]) -> bool:
    """Some quote names the measure as the plant's own figure; none of its quotes names it at all: not told."""
    wanted = tokens(normalise(metric))
    found = [_credited(tokens(normalise(q)), wanted, doers, verbs) for q in quotes]
    return any(f is False for f in found) or all(f is None for f in found)
