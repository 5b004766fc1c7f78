"""The return the vendor promises, read from the KPI it commits to (drafting.yaml promised_return).

"Your maintenance report for 2025 shows 1.460 hours of unplanned press downtime" and "We commit to reduce unplanned
press downtime to 1.020 hours per year within 12 months" name no payback or saving, yet together they are a KPI with
its baseline and target that the vendor stands behind: the return promised, in numbers. The commitment may be the
KPI sentence's own ("we commit", "guaranteed", "contractually") or a sentence of the offer's terms a little after it
that binds the vendor to the result ("If the reduction stays below 20 %, we refund 50 % of the first year's
subscription": a refund or a penalty, kpi.firm).
"""
from __future__ import annotations

from functools import lru_cache

from questions.models import Answer

from .draft_pass import Pass
from .draft_rules import draft_data
from .kpi_numbers import DIGIT
from .kpi_source import firm


@lru_cache(maxsize=1)
def _rules() -> tuple[str, int, int]:
    spec = draft_data()["promised_return"]
    return str(spec["answers"]), int(spec["follow"]), int(draft_data()["text"]["max_sentences"])


def promise_question() -> str:
    """The question the promised return answers: a pass wanting it needs the KPI read, as the whole text reads it."""
    return _rules()[0]


def promised_return(measure: Answer, seen: Pass, answers: dict[str, Answer]) -> dict[str, Answer]:
    """The promised return as the committed KPI's sentences, where no sentence of its own answered it: a KPI with its
    metric, unit, baseline and target, and a firm commitment to it (`_committed`)."""
    qid, _follow, _most = _rules()
    if qid in answers or measure.measure is None or not measure.measure.complete:
        return {}
    quotes = _committed(measure.quotes, seen)
    if not quotes:
        return {}
    return {qid: Answer(question=qid, evidence=measure.evidence, text=" ".join(quotes), quotes=quotes, drafted=True)}


def _committed(kpi: list[str], seen: Pass) -> list[str]:
    """The KPI's sentences that commit firmly and the terms right after its last one that bind the vendor to it with a
    figure (a refund, a penalty), then its other sentences (today's value) where there is room, in the text's order;
    none where nothing commits."""
    sentences, (_qid, follow, most) = seen.reading.sentences, _rules()
    at = [i for i, s in enumerate(sentences) if s.text in kpi]
    if not at:
        return []
    own = [i for i in at if firm(seen.words[i])]
    terms = [i for i in range(at[-1] + 1, min(at[-1] + 1 + follow, len(sentences))) if sentences[i].text not in kpi
             and firm(seen.words[i]) and DIGIT.search(sentences[i].text) and not seen.marketing(sentences[i])
             and not seen.general[i]]
    if not (own or terms):
        return []
    first = list(dict.fromkeys(own + terms + [i for i in at[::-1] if i not in own]))[:most]
    return list(dict.fromkeys(sentences[i].text for i in sorted(first)))
