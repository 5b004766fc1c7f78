"""The options (or the measure) one quoted sentence supports on its own: what a buyer means by accepting a suggested quote that names
no option in the option's own words ("Probes keep 72 hours of readings if the gateway is offline" is data buffered
at the edge). Read by the drafter, as surely or as offered, from the sentence alone: the buyer's click is the review."""
from __future__ import annotations

from questions.models import Measure, Question, QuestionBank

from .draft import drafter_for


def options_in(quote: str, question: Question, bank: QuestionBank) -> list[str]:
    """The options of `question` the drafter reads from `quote` alone, drafted first, then offered ("check this")."""
    if question.kind not in ("choice", "choices") or not quote.strip():
        return []
    answer = drafter_for(bank).draft(quote).answer(question.id)
    if answer is None:
        return []
    found = [c for c in [*answer.choices, *answer.suggested] if c in question.choice_ids()]
    return list(dict.fromkeys(found))


def measure_in(quote: str, question: Question, bank: QuestionBank) -> Measure | None:
    """The measure the drafter reads from `quote` alone for a measure question ("portare l'OEE dal 61,5 % al 72 %": OEE,
    61.5 %, 72 %): accepting a KPI sentence says its metric, baseline and target, as accepting a sentence ticks its
    options."""
    if question.kind != "measure" or not quote.strip():
        return None
    answer = drafter_for(bank).draft(quote).answer(question.id)
    return answer.measure if answer is not None else None
