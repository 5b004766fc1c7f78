"""A count's unit is its noun, never the qualifier that comes with it: "60 unplanned stops a month" is in stops a month
and measures unplanned stops; "30 arrêts non planifiés par mois" is in arrêts par mois and measures arrêts non
planifiés (kpi_numbers.said_counts reads such a unit whole)."""
from __future__ import annotations

from questions.models import Measure

from .draft_rules import DraftRules
from .kpi_kinds import is_kind
from .kpi_numbers import COUNTED


def count_noun(measure: Measure, rules: DraftRules) -> Measure:
    """The measure in its count's noun and period, named by the noun with its qualifier where its name says no more
    (no kind of measure: a pronoun's or a verb's tail; the noun alone); a name of a kind that says more ("unplanned stops
    on line 3", "output of line A") stays."""
    said = COUNTED.fullmatch(measure.unit or "")
    if not said:
        return measure
    noun, period = said.group("noun") or said.group("head"), said.group("period")
    named = f"{said.group('before')}{noun}" if said.group("before") else f"{noun} {said.group('after')}"
    metric = measure.metric or ""
    keeps = is_kind(metric, rules) and not set(metric.lower().split()) <= set(named.lower().split())
    return measure.model_copy(update={"unit": f"{noun} {period}", "metric": metric if keeps else named})
