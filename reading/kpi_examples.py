"""An example's figures, which are no value of the plant: "OEE baseline measured in the pilot, then plus 5 points (for
example 55% to 60%)" tells how a target would be set, no baseline of 55 % nor a target of 60 % (walk 66). The cues are
data (drafting.yaml kpi.examples)."""
from __future__ import annotations

import re
from functools import lru_cache

from .draft_rules import draft_data
from .word_regex import alternation


def without_examples(lower: str) -> str:
    """A lower-cased sentence without the clauses that give an example's figures."""
    return _examples().sub(_example_left, lower) if _EXAMPLE_CUE.search(lower) else lower


@lru_cache(maxsize=1)
def _examples() -> re.Pattern:
    """An example's clause with a figure, from its cue after a bracket, a comma, a colon or a dash to the clause's end
    ("(for example 55% to 60%)", ", say 5 % to 3 %"): no value of the plant (drafting.yaml kpi.examples)."""
    cues = alternation(draft_data()["kpi"]["examples"])
    return re.compile(rf"(?:(?<=[(,;:–—])|(?<= [-–—])) ?(?:{cues})(?!\w)[,:]?(?=[^);,.]*?\d)[^);]*?(?=\)|;|, |\.?$)")


def _example_left(match: re.Match) -> str:
    """An example's clause left out, but one told of a result in the past ("production increased, for example, from 15
    mkg in 2022 to 33 mkg in 2023"): an instance of what happened, its figures the plant's own (kpi.told_results)."""
    before = match.string[:match.start()].rstrip(" ,;:(–—-").split()
    return match.group() if before and before[-1] in _told() else ""


@lru_cache(maxsize=1)
def _told() -> frozenset[str]:
    return frozenset(map(str, draft_data()["kpi"]["told_results"]))


_EXAMPLE_CUE = re.compile(r"[(,;:–—-] ?[a-z]")  # a clause opened after a mark: an example read only where one is
