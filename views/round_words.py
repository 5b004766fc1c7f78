"""A round's proposed change in the buyer's words (the Follow-up page's two columns): options by name, each
connection with its way, method and owner, the measure, the evidence level by name, what the reply adds marked "+",
a connection it takes out marked "-", and a change of level said beside it."""
from __future__ import annotations

from views.answer_state import DIRECTIONS


def in_words(answer, question, bank, yours=None) -> str:
    """An answer in the buyer's words: options by name, each connection with its way, method and owner, the
    evidence level by name; against the buyer's own answer, what the reply adds is marked "+"."""
    if answer is None:
        return "not answered"
    added = (lambda part, had: "+ " if yours is not None and part not in had else "")
    names = question.choice_names()
    options = [added(o, yours.choices if yours else []) + names.get(o, o) for o in answer.choices]
    had = [_link(r) for r in yours.integrations] if yours else []
    links = [added(_link(r), had) + _link(r) for r in answer.integrations]
    kept = {r.system for r in answer.integrations}  # a link the reply takes out of the offer ("not part of phase 1")
    links += [f"- {_link(r)} (taken out)" for r in (yours.integrations if yours else []) if r.system not in kept]
    names_of = bank.evidence_names()
    level = names_of.get(answer.evidence, answer.evidence)
    if yours is not None and yours.evidence != answer.evidence:  # a fall said, not only what is added
        level += f" (yours: {names_of.get(yours.evidence, yours.evidence)})"
    parts = ["\n".join(options), answer.text.strip(), "\n".join(links), _measure(answer.measure), f"Evidence: {level}"]
    return "\n".join(p for p in parts if p)


def _link(row) -> str:
    return ", ".join(p for p in (f"{row.system} {DIRECTIONS.get(row.direction, row.direction)}", row.method,
                                 f"owned by {row.owner}" if row.owner else "", "paid option" if row.paid_option else "") if p)


def _measure(measure) -> str:
    if measure is None or not measure.given:
        return ""
    ends = " -> ".join("?" if v is None else f"{v:g}" for v in (measure.baseline, measure.target))
    return f"{measure.metric or 'measure'}: {ends} {measure.unit}".strip()
