"""Read the plant's own KPI from a proposal: metric, unit, baseline and target.

"Unplanned downtime fell from 9.1% to 6.4% of planned time" gives metric "unplanned
downtime", unit "% of planned time", baseline 9.1, target 6.4. A marketing sentence ("up to
30% less downtime for 500+ customers") gives nothing: it is no baseline of this plant.
"""
from __future__ import annotations

import re

from questions.models import Answer, Measure

from .draft_rules import DraftRules, normalise
from .text import Reading

NUM = r"(\d[\d,]*(?:\.\d+)?)"
UNIT = r"((?:%|[a-z°€$£/]+)(?: (?:a|an|per|of|each|every) [a-z/]+(?: [a-z]+)?)?)?"
_FROM_TO = re.compile(r"\bfrom (?:about |around |roughly |approximately )?[$€£]?" + NUM + r" ?" + UNIT +
                      r" (?:down |up )?to (?:about |around |roughly |below |under )?[$€£]?" + NUM + r" ?" + UNIT)
_ARROW = re.compile(NUM + r" ?" + UNIT + r" ?(?:->|→|=>) ?" + NUM + r" ?" + UNIT)
_BASELINE = re.compile(r"\bbaseline (?:of |is |was |at |: ?|= ?)?(?:about |around )?" + NUM + r" ?" + UNIT)
_TARGET = re.compile(r"\btarget (?:of |is |at |: ?|= ?)?(?:about |around |below |under )?" + NUM + r" ?" + UNIT)
_STOP_UNIT = {"to", "in", "within", "after", "by", "and", "during", "over", "on", "for", "with", "at", "from", "the", "we", "which"}
_MAY_STATE = re.compile(r"\d[^.]*(?:\bto\b|->|→|=>)|baseline|target", re.I)
_PUNCT = re.compile(r"[,;:()\[\]]")


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _unit(raw: str | None) -> str:
    words = []
    for word in (raw or "").split(" "):
        if word in _STOP_UNIT:
            break
        words.append(word)
    return " ".join(words).strip()


def _metric(before: str, rules: DraftRules) -> str:
    """The noun phrase before the change: after the last comma, without verbs of change."""
    before = _PUNCT.split(before)[-1]
    words = before.split()
    while words and (words[-1] in rules.kpi_moves or words[-1] in rules.kpi_trim):
        words.pop()
    words = words[-5:]
    while words and (words[0] in rules.kpi_trim or words[0] in rules.kpi_moves or words[0][:1].isdigit()):
        words.pop(0)
    return " ".join(words)


def read_measure(text: str, rules: DraftRules) -> Measure | None:
    """The measure one sentence states, or None."""
    lower = " ".join(text.lower().split())
    match = _FROM_TO.search(lower) or _ARROW.search(lower)
    if match:
        baseline, unit1, target, unit2 = match.groups()
        return Measure(metric=_metric(lower[:match.start()], rules), unit=_unit(unit2) or _unit(unit1),
                       baseline=_number(baseline), target=_number(target))
    base, goal = _BASELINE.search(lower), _TARGET.search(lower)
    if base and goal:
        metric = _metric(lower[:min(base.start(), goal.start())], rules)
        return Measure(metric=metric, unit=_unit(base.group(2)) or _unit(goal.group(2)),
                       baseline=_number(base.group(1)), target=_number(goal.group(1)))
    return None


def find_measure(reading: Reading, rules: DraftRules, drafter) -> Answer | None:
    """The KPI answer from the first non-marketing sentence that states a change with numbers;
    sentences that say 'baseline' or 'target' are preferred."""
    kpi = drafter.bank.key_questions.kpi
    best = None
    for sentence in reading.sentences:
        if not _MAY_STATE.search(sentence.text):
            continue  # most sentences hold no change of a number: skip them before the costlier checks
        if drafter.marketing(sentence):
            continue
        norm = normalise(sentence.text)
        measure = read_measure(sentence.text, rules)
        if measure is None or not measure.metric:
            continue
        if best is None:
            best = (sentence, measure)
        if "baseline" in norm or "target" in norm:
            best = (sentence, measure)
            break
    if best is None:
        return None
    sentence, measure = best
    return Answer(question=kpi, evidence=drafter.evidence_of(sentence, False), measure=measure,
                  quotes=[sentence.text], drafted=True)
