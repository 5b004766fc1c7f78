"""The answer as one question's widgets hold it, read from the session state: their keys, the
integrations table's rows, the evidence level the content implies, the Answer they make.

Widget values live under keys "ev:<evaluation id>:<question id>:<part>". Read by the widgets that
save it (answer_inputs.py) and by a refused save kept beside the newer one (conflicts.py).
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from questions import Answer, Evaluation, Integration, Measure, answer_edits
from questions.models import DIRECTION_WORDS, Question
from reading.quote_support import supporter
from reading.text import reader_for
from views import common

# the row's own system, the plant's ("Your system"): "this system" read as the vendor's, so a link into the ERP looked reversed
DIRECTIONS = DIRECTION_WORDS
# the same in the integrations grid, short enough that its four columns fit the question's width at 1280 px: with the
# words in full the Owner column, the one a gap names missing, sat off-screen to the right (walk 74)
GRID_DIRECTIONS = {"none": "None", "to_system": "→ into yours", "from_system": "← out of yours", "both": "⇄ both ways"}


def prefix(eid: str) -> str:
    return f"ev:{eid}:"


def key(eid: str, qid: str, part: str) -> str:
    return f"ev:{eid}:{qid}:{part}"


def table_rows(eid: str, qid: str, base: list[Integration]) -> list[Integration]:
    """The integrations table's rows as its widget state holds them: its edits applied to `base`, the
    rows it was drawn from (for a run in which the table is not drawn)."""
    edits = st.session_state.get(key(eid, qid, "rows")) or {}
    records = [r.model_dump() for r in base]
    for index, change in (edits.get("edited_rows") or {}).items():
        if int(index) < len(records):
            records[int(index)].update(change)
    deleted = {int(i) for i in edits.get("deleted_rows") or []}
    records = [r for i, r in enumerate(records) if i not in deleted] + list(edits.get("added_rows") or [])
    return rows_from(records)


def rows_from(records: list[dict]) -> list[Integration]:
    """The table's records as integrations: a record without a system is no row yet."""
    return [_integration(r) for r in records if _cell(r.get("system"))]


def _cell(value) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value).strip()


def _integration(row: dict) -> Integration:
    return Integration(system=_cell(row["system"]), direction=_cell(row.get("direction")) or "none",
                       method=_cell(row.get("method")), owner=_cell(row.get("owner")),
                       paid_option=_ticked(row.get("paid_option")))


def _ticked(value) -> bool:
    """A checkbox cell: a new row's is empty (None or NaN), which is not ticked."""
    return False if value is None or (isinstance(value, float) and pd.isna(value)) else bool(value)


def _content(eid: str, q: Question, rows: list[Integration]) -> dict:
    """The answer's content as the widgets hold it now."""
    state = lambda part, default=None: st.session_state.get(key(eid, q.id, part), default)  # noqa: E731
    choices: list[str] = []
    if q.kind == "choice" and state("choice"):
        choices = [state("choice")]
    elif q.kind == "choices":
        choices = list(state("choices", []))
    measure = _measure_from(state) if q.kind == "measure" else None
    text = state("text" if q.kind == "text" else "note", "") or ""
    return {"choices": choices, "text": text, "measure": measure, "integrations": rows}


def _measure_from(state) -> Measure | None:
    metric, unit = (str(state(part) or "").strip() for part in ("metric", "unit"))
    baseline, target = state("baseline"), state("target")
    if not (metric or unit) and baseline is None and target is None:
        return None
    return Measure(metric=metric, unit=unit, baseline=baseline, target=target)


def shown_level(evidence: str) -> str | None:
    """The Evidence select's value for a level: none chosen shows no level (its placeholder), not "Not answered"."""
    return None if evidence == "not_answered" else evidence


def level(eid: str, qid: str) -> str:
    """The evidence level the select holds; none chosen is not answered."""
    return st.session_state.get(key(eid, qid, "evidence")) or "not_answered"


def default_evidence(eid: str, q: Question, rows: list[Integration], previous: Answer | None = None) -> None:
    """The evidence level after an edit of the content (answer_edits.evidence_for): the one chosen, kept while the
    quotes of `previous` still stand; none for a new answer, for the buyer to choose."""
    content = _content(eid, q, rows)
    quoted = bool(answer_edits.quoted_after(previous, content["text"], _supports()))
    evidence = shown_level(answer_edits.evidence_for(content, level(eid, q.id), quoted))
    if evidence != st.session_state.get(key(eid, q.id, "evidence")):
        st.session_state[key(eid, q.id, "evidence")] = evidence


def answer_from_state(eid: str, q: Question, previous: Answer | None, rows: list[Integration]) -> Answer | None:
    """The answer as the widgets hold it (`rows`: the integrations), on top of `previous` (quotes, drafted)."""
    return answer_edits.typed(q.id, _content(eid, q, rows), level(eid, q.id), previous, _supports())


def _supports():
    """Whether a quote still supports the text typed (reading/quote_support.py), by the bank's reader."""
    return supporter(reader_for(common.bank()))


def with_answer(evaluation: Evaluation, qid: str, answer: Answer | None) -> Evaluation:
    """The evaluation with one answer replaced (None: removed), answers in the bank's order."""
    return answer_edits.with_answer(evaluation, qid, answer, common.bank())
