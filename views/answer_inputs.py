"""One question's answer on the Evaluate form: its widgets, and the Answer they save on each change.

Widget values are kept under answer_state.py's keys. A change saves at once; something entered
is at least the vendor's claim, everything cleared is not answered, and a drafted answer the buyer
changes counts as reviewed.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from questions import Answer, Integration, Measure
from questions.models import Question
from views import common, conflicts, spoken
from views.answer_state import GRID_DIRECTIONS, answer_from_state, default_evidence, key, rows_from, shown_level, with_answer

NOT_CHOSEN = ""
# The part of each kind of question that holds its first control: where the focus goes to review its answer.
# Each answer's widget is named by its question (the page shows the question above it, so the label is hidden
# or short), as a screen reader that lands on it, or tabs to it from another answer, has nothing else to tell by.
FIRST_PART = {"choice": "choice", "choices": "choices", "text": "text", "measure": "metric", "integrations": "rows"}
# a data-grid cell: about 7 px a character in its 14 px font, and its padding either side (measured on a screenshot)
PX_PER_CHAR, CELL_PADDING = 7, 24
# the integrations grid's other columns in pixels: with Data flow and the row marker they fit the ~430 px the question
# has at 1280 px (sidebar open), so Owner is seen without scrolling; a click on a cell reads a long one whole
GRID_WIDTHS = {"system": 104, "method": 84, "owner": 78}


def draw(eid: str, q: Question, answer: Answer | None, locked: bool) -> None:
    """The answer's widgets (by the question's kind), then the note and the evidence level."""
    _init_state(eid, q, answer)
    INPUTS[q.kind](eid, q, answer, locked)
    _note_and_evidence(eid, q, locked)
    if answer is not None and answer.has_content and answer.evidence == "not_answered":
        _ask_evidence()


def first_key(eid: str, q: Question) -> str:
    """The key of the element holding the answer's first control."""
    return key(eid, q.id, FIRST_PART[q.kind])


def _init_state(eid: str, q: Question, answer: Answer | None) -> None:
    """First draw of this question in this session: widget values from the saved answer."""
    a = answer or Answer(question=q.id, evidence="not_answered")
    values = {"evidence": shown_level(a.evidence), "text" if q.kind == "text" else "note": a.text}
    if q.kind == "choice":
        values["choice"] = a.choices[0] if a.choices else NOT_CHOSEN
    elif q.kind == "choices":
        values["choices"] = list(a.choices)
    elif q.kind == "measure":
        values.update((a.measure or Measure()).model_dump())
    for part, value in values.items():
        st.session_state.setdefault(key(eid, q.id, part), value)


def _on(eid: str, q: Question, part: str, locked: bool) -> dict:
    """Keyed per evaluation and question; saved on change; read-only while a newer version exists."""
    return dict(key=key(eid, q.id, part), on_change=_commit, args=(eid, q.id, part, None), disabled=locked)


def _choice(eid: str, q: Question, answer: Answer | None, locked: bool) -> None:
    names = q.choice_names()
    st.selectbox(q.prompt, [NOT_CHOSEN, *names], format_func=lambda c: names.get(c, "— not answered yet —"),
                 label_visibility="collapsed", **_on(eid, q, "choice", locked))


def _choices(eid: str, q: Question, answer: Answer | None, locked: bool) -> None:
    names = q.choice_names()
    st.multiselect(q.prompt, list(names), format_func=names.get, placeholder="Pick all that the vendor has shown",
                   label_visibility="collapsed", **_on(eid, q, "choices", locked))


def _text(eid: str, q: Question, answer: Answer | None, locked: bool) -> None:
    st.text_area(q.prompt, height=90, placeholder="In the vendor's own words, with names, numbers and roles",
                 label_visibility="collapsed", **_on(eid, q, "text", locked))


def _measure(eid: str, q: Question, answer: Answer | None, locked: bool) -> None:
    # the metric on its own line, then a third of the line each: a sixth cut "hours/year" to "hours/ye"
    st.text_input(spoken.label("Metric", f"of: {q.prompt}"), placeholder="e.g. Unplanned downtime",
                  **_on(eid, q, "metric", locked))
    b, c, d = st.columns(3)
    b.text_input("Unit", placeholder="hours/month", **_on(eid, q, "unit", locked))
    c.number_input("Baseline (today)", value=None, step=1.0, **_on(eid, q, "baseline", locked))
    d.number_input("Target", value=None, step=1.0, **_on(eid, q, "target", locked))


def _integrations(eid: str, q: Question, answer: Answer | None, locked: bool) -> None:
    """The table is the answer: when the buyer's edits change the saved rows, save and redraw."""
    names = q.choice_names()
    saved_rows = conflicts.rows(eid, q.id, answer.integrations if answer else [])  # as typed while pending
    # a flow nobody has told is an empty cell, not the word "None" (walk78): no value, and no choice of one
    rows = pd.DataFrame([{**r.model_dump(), "direction": None if r.direction == "none" else r.direction}
                         for r in saved_rows], columns=["system", "direction", "method", "owner", "paid_option"],
                        dtype="object")
    flows = {d: said for d, said in GRID_DIRECTIONS.items() if d != "none"}
    column = st.column_config
    edited = st.data_editor(
        rows, num_rows="dynamic", hide_index=True, width="stretch", key=key(eid, q.id, "rows"), placeholder="",
        disabled=locked,
        column_config={
            "system": column.SelectboxColumn("Your system", options=list(names), format_func=names.get, required=True,
                                             width=GRID_WIDTHS["system"]),
            "direction": column.SelectboxColumn("Data flow", options=list(flows), format_func=flows.get,
                                                width=fits(GRID_DIRECTIONS.values()),
                                                help="Which way the data goes: into your system, out of it, or both"),
            "method": column.TextColumn("Method", help="Method or protocol, e.g. REST API, OPC UA, nightly CSV",
                                        width=GRID_WIDTHS["method"]),
            "owner": column.TextColumn("Owner", help="Who keeps this connection working", width=GRID_WIDTHS["owner"]),
            "paid_option": column.CheckboxColumn("Paid option", width=fits(["Paid option"]),
                                                 help="The offer sells this connection as an option, priced on top "
                                                      "of its price (walk80)"),
        })
    st.caption("One row per connected system. A row is saved once its system is chosen.")
    shown = rows_from(edited.to_dict("records"))
    if shown != saved_rows and _commit(eid, q.id, "rows", rows=shown):
        st.rerun()


def fits(options) -> int:
    """A column's width in pixels that shows its longest option whole (a grid cuts a cell at its width: walk 60's
    "Data flow" read "-> into your syste")."""
    return max(len(option) for option in options) * PX_PER_CHAR + CELL_PADDING


INPUTS = {"choice": _choice, "choices": _choices, "text": _text, "measure": _measure, "integrations": _integrations}


def _note_and_evidence(eid: str, q: Question, locked: bool) -> None:
    """The note, and the evidence level: none shown until chosen or drafted (an answer with none scores nothing)."""
    levels = {lvl.id: lvl.name for lvl in _levels()}
    means = "\n".join(f"- **{lvl.name}**: {lvl.means}" for lvl in common.bank().evidence_levels)
    row = st.container(horizontal=True, gap="medium")  # one block, not three as st.columns would send
    if q.kind != "text":
        row.text_input("Note (optional)", placeholder="What exactly did the vendor say or show?",
                       **_on(eid, q, "note", locked))
    row.selectbox("Evidence", list(levels), format_func=levels.get, help=means, placeholder=NO_LEVEL,
                  width="stretch" if q.kind == "text" else 180, **_on(eid, q, "evidence", locked))


NO_LEVEL = "No level chosen"


def _levels():
    """The levels a buyer chooses among: "not answered" is no level but what an empty answer is."""
    return [lvl for lvl in common.bank().evidence_levels if lvl.id != "not_answered"]


def _ask_evidence() -> None:
    """Under an answer the buyer made whose level nobody chose (a new one, or a rejected draft filled again): what
    each level means, as a choice to make, not the lowest taken in silence (walk 67)."""
    said = "; ".join(f"**{lvl.name}**, {lvl.hint}" if lvl.hint else f"**{lvl.name}**" for lvl in _levels())
    st.caption(f":material/help: **Choose its evidence level to score it:** {said}.")


# --- saving an answer -------------------------------------------------------------------------

def _commit(eid: str, qid: str, part: str, rows: list[Integration] | None) -> bool:
    """Save the answer as the widgets hold it (`rows`: the integrations table's, else the saved ones).
    As a widget callback, the question's fragment reruns after it and redraws the live summary.
    Refused (saved elsewhere first), or still waiting for the buyer's choice after such a refusal: the
    widgets keep what was typed and views/conflicts.py shows it beside the saved answer."""
    q = common.bank().questions()[qid]
    latest = common.store().get(eid).evaluation
    previous = latest.answer(qid)
    typed_rows = rows if q.kind == "integrations" and rows is not None else None
    if rows is None:
        rows = conflicts.rows(eid, qid, previous.integrations if previous else [])
    if part != "evidence":
        default_evidence(eid, q, rows, previous)
    if conflicts.is_pending(eid, qid):
        conflicts.edited(eid, qid, typed_rows)
        return typed_rows is not None  # the table redraws from the typed rows
    answer = answer_from_state(eid, q, previous, rows)
    if common.save(eid, with_answer(latest, qid, answer)):
        return True
    conflicts.refused(eid, qid, rows if q.kind == "integrations" else None)
    return q.kind == "integrations"  # the table redraws from the typed rows, the page shows the refusal
