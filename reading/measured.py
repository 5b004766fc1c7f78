"""Whose figure a case study's before and after is: the plant's own, or what the product is credited with.

"Our average OEE improved from 67% to 74%", "prime yield improved from 92.3% to 96.5%": the measure is told
of the plant, which measured it. "The extrusion control system lowered the film gauge from 103.8% to 99.1%",
"This approach reduced the false reject rate to 0.5%": the figure is the result the story credits to the
product (a word of drafting.yaml `measured_by` doers, then one of its verbs, before the measure in its clause),
no account of how the plant measured it. Nor is a before and after one where the after is only an aim or a
supposition ("it aims to cut the window in half"), or where a figure of the pair is told of something else.
"""
from __future__ import annotations

from questions.models import Measure

from .draft_rules import DraftRules
from .kpi_kinds import qualifies
from .kpi_naming import stems
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


def _gives(words: list[str], figures: set[float]) -> bool:
    """The sentence holds one of the measure's own figures (a table's other rows hold others)."""
    return any(float(w) in figures for w in words if w.replace(".", "", 1).isdigit())


def same_measure_after(quotes: list[str], measure: Measure, rules: DraftRules) -> bool:
    """The measure was taken again after, as it was before: each quote that gives its baseline or its target names the
    measure by one of its words (a baseline read from a sentence on something else, "Fewer than 15% of member firms
    had implemented ...", is no figure of the rework it is paired with), and none tells the after as an aim or a
    supposition ("it aims to cut the window in half", "if you want to jump from 38% to 45%"; drafting.yaml
    measured_by.intents), which no one has measured yet."""
    named = stems([w for w in tokens(normalise(measure.metric)) if qualifies(w, rules)])
    said = [tokens(normalise(q)) for q in quotes]
    figures = {measure.baseline, measure.target}
    return all(named & stems(words) for words in said if _gives(words, figures)) \
        and not any(f" {phrase} " in f" {' '.join(words)} " for words in said for phrase in rules.measured_by[2])


def plant_measured(quotes: list[str], measure: Measure, rules: DraftRules) -> bool:
    """A case study's before and after that the plant measured: its own figure (told_of_plant), the same measure
    after as before (same_measure_after)."""
    return told_of_plant(quotes, measure.metric, *rules.measured_by[:2]) and same_measure_after(quotes, measure, rules)
