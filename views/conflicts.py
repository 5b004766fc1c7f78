"""A refused answer keeps what was typed: side by side with the newer saved answer, until the buyer picks one.

When an answer's save is refused because another tab saved first, the question's widgets keep their
values (nothing resets or disables them), the question is "pending", and the rest of the form takes the
newer version (its widgets redraw from it, and the next save is checked against it). For each pending
question whose typed answer differs from the saved one the page shows both, field by field, with
"Keep mine" (saves the typed answer on top of the newer version, checked against it) and "Take the
saved one" (the widgets take the saved answer). The widgets of a pending question never change by
themselves, so what is typed stays on screen, whatever else is refused or reloaded meanwhile.
"""
from __future__ import annotations

import streamlit as st

from questions import Answer, Evaluation, Integration
from questions.models import Question
from store import Saved
from views import answer_state, common
from questions.wording import many

MINE, SAVED = "Yours (not saved)", "Saved in the other tab"
HEADER = "header"  # the header's widgets (proposal, vendor, evaluator, labels, scope) are one pending "question"


def _key(eid: str) -> str:
    return f"conflicts:{eid}"


def _count_key(eid: str) -> str:
    return f"conflicts:count:{eid}"


def pending(eid: str) -> dict[str, list[Integration] | None]:
    """The pending questions: question id -> the integration rows as typed (None for other kinds)."""
    return st.session_state.setdefault(_key(eid), {})


def is_pending(eid: str, qid: str) -> bool:
    return qid in st.session_state.get(_key(eid), {})


def signature(eid: str) -> int:
    """Changes whenever the pending questions or what is typed in them changes: the page redraws."""
    return st.session_state.get(_count_key(eid), 0)


def _changed(eid: str) -> None:
    st.session_state[_count_key(eid)] = signature(eid) + 1


# --- what the widgets hold, and how it differs ----------------------------------------------------------

def rows(eid: str, qid: str, saved_rows: list[Integration]) -> list[Integration]:
    """The rows the integrations table starts from: as typed while pending, else as saved."""
    typed = st.session_state.get(_key(eid), {}).get(qid)
    return typed if typed is not None else saved_rows


def typed(eid: str, q: Question, saved: Answer | None) -> Answer | None:
    """The answer as the widgets hold it; quotes and the drafted mark come from the saved answer."""
    return answer_state.answer_from_state(eid, q, saved, rows(eid, q.id, saved.integrations if saved else []))


def _fields(q: Question, answer: Answer | None) -> dict[str, str]:
    """An answer as the buyer reads it, field by field."""
    a = answer or Answer(question=q.id, evidence="not_answered")
    names = q.choice_names()
    levels = common.bank().evidence_names()
    fields: dict[str, str] = {}
    if q.kind in ("choice", "choices"):
        fields["Answer"] = ", ".join(names.get(c, c) for c in a.choices) or "not answered yet"
    elif q.kind == "measure":
        m = a.measure
        for name, value in (("Metric", m.metric if m else ""), ("Unit", m.unit if m else ""),
                            ("Baseline", m.baseline if m else None), ("Target", m.target if m else None)):
            fields[name] = "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)
    elif q.kind == "integrations":
        fields["Connected systems"] = "; ".join(
            f"{names.get(r.system, r.system)} ({answer_state.DIRECTIONS.get(r.direction, r.direction)}"
            + "".join(f", {v}" for v in (r.method, r.owner) if v) + ")" for r in a.integrations) or "none"
    fields["Answer" if q.kind == "text" else "Note"] = a.text
    fields["Evidence"] = levels.get(a.evidence, a.evidence)
    return fields


def _header_fields(ev: Evaluation) -> dict[str, str]:
    bank = common.bank()
    labels = {lab.id: lab.name for lab in bank.labels}
    levels = {lvl.level: f"Level {lvl.level}: {lvl.name}" for lvl in bank.scope}
    scope = "As the labels imply" if ev.claimed_scope is None else levels.get(ev.claimed_scope, str(ev.claimed_scope))
    return {"Proposal name": ev.proposal, "Vendor": ev.vendor, "Evaluator": ev.evaluator,
            "Labels": ", ".join(labels.get(lab, lab) for lab in ev.labels) or "none", "Claimed scope": scope}


def differences(q: Question, mine: Answer | None, saved: Answer | None) -> dict[str, tuple[str, str]]:
    """Each field whose typed value differs from the saved one: field -> (yours, saved)."""
    return _diff(_fields(q, mine), _fields(q, saved))


def header_differences(mine: Evaluation, saved: Evaluation) -> dict[str, tuple[str, str]]:
    return _diff(_header_fields(mine), _header_fields(saved))


def _diff(yours: dict[str, str], theirs: dict[str, str]) -> dict[str, tuple[str, str]]:
    return {f: (yours[f], theirs[f]) for f in yours if yours[f] != theirs[f]}


# --- a refusal, and the two ways out -------------------------------------------------------------------

def refused(eid: str, qid: str, typed_rows: list[Integration] | None) -> None:
    """Saving question `qid` was refused: keep its widgets as typed, take the newer version for the rest."""
    latest = common.store().get(eid)
    if common.not_yours(latest):  # another evaluator's: read only, nothing to keep
        return
    pending(eid)[qid] = typed_rows
    if typed_rows is not None:  # the table restarts from the typed rows, not from edits of the old ones
        st.session_state.pop(answer_state.key(eid, qid, "rows"), None)
    _changed(eid)
    adopt(latest)


def adopt(latest: Saved) -> None:
    """Start from `latest` everywhere but the pending questions: their widgets stay as typed, the others'
    values are dropped so they redraw from it; saves are checked against it from now on."""
    eid = latest.id
    _drop_widgets(eid)
    common.take_version(latest)
    common.forget_refusal(eid)
    questions = common.bank().questions()
    for qid in list(pending(eid)):  # typed what the other tab saved: nothing to choose
        if qid == HEADER:
            continue
        saved = latest.evaluation.answer(qid)
        if qid not in questions or not differences(questions[qid], typed(eid, questions[qid], saved), saved):
            pending(eid).pop(qid)
            _changed(eid)


def edited(eid: str, qid: str, typed_rows: list[Integration] | None) -> None:
    """An edit in a pending question: not saved (the buyer has not chosen yet), shown as theirs."""
    if typed_rows is not None:
        pending(eid)[qid] = typed_rows
        st.session_state.pop(answer_state.key(eid, qid, "rows"), None)  # the table restarts from the typed rows
    _changed(eid)


def keep_mine(eid: str, qid: str, with_header=None) -> None:
    """Save the typed answer (or header) on top of the newer version, checked against it."""
    latest = common.store().get(eid)
    if latest.version != common.version_in_session(eid):  # newer than the one shown beside: show that first
        adopt(latest)
        return
    if qid == HEADER:
        mine = with_header(eid, latest.evaluation)
    else:
        q = common.bank().questions()[qid]
        mine = answer_state.with_answer(latest.evaluation, qid, typed(eid, q, latest.evaluation.answer(qid)))
    if common.save(eid, mine):
        pending(eid).pop(qid, None)
        _changed(eid)
    else:  # saved elsewhere again meanwhile: show the newer one beside it
        adopt(common.store().get(eid))


def take_saved(eid: str, qid: str) -> None:
    """The question's widgets take the saved answer (and the rest of the form the newest version)."""
    pending(eid).pop(qid, None)
    _changed(eid)
    adopt(common.store().get(eid))


def take_all(eid: str) -> None:
    pending(eid).clear()
    _changed(eid)
    common.reload_latest(eid, answer_state.prefix(eid))


# --- on the page ---------------------------------------------------------------------------------------

def show_saved_values(saved: Saved, with_header) -> None:
    """The store moved on since this session last read or saved (a full run, before any widget is drawn).
    A widget that holds something not saved (e.g. a table edited in the same run as the page) is kept
    as typed, beside the saved answer, and the page takes the newer version; otherwise the page stays
    locked and every widget shows the newer version's value, as the points and scores beside it do."""
    eid = saved.id
    stale = common.stale_message(saved)
    if not stale or stale == common.not_yours(saved) or saved.version == common.version_in_session(eid):
        return
    shown = f"conflicts:locked-at:{eid}"
    if st.session_state.get(shown) == saved.version:
        return
    st.session_state[shown] = saved.version
    drawn_from = common.kept_copy(eid) if common.has_copy(eid) else None  # what the widgets started from
    if drawn_from is not None and drawn_from.version != saved.version and _keep_typed(eid, drawn_from, with_header):
        adopt(saved)
        return
    _drop_widgets(eid)


def _keep_typed(eid: str, drawn_from: Saved, with_header) -> bool:
    """Make each question (and the header) whose widgets differ from `drawn_from` pending; any?"""
    found = False
    for qid, q in common.bank().questions().items():
        prefix = answer_state.key(eid, qid, "")
        if is_pending(eid, qid) or not any(str(k).startswith(prefix) for k in st.session_state.keys()):
            continue
        before = drawn_from.evaluation.answer(qid)
        before_rows = before.integrations if before else []
        typed_rows = answer_state.table_rows(eid, qid, before_rows) if q.kind == "integrations" else None
        mine = answer_state.answer_from_state(eid, q, before, typed_rows if typed_rows is not None else before_rows)
        if differences(q, mine, before):
            answer_state.default_evidence(eid, q, typed_rows if typed_rows is not None else before_rows, before)
            pending(eid)[qid] = typed_rows
            st.session_state.pop(answer_state.key(eid, qid, "rows"), None)
            found = True
    header = answer_state.key(eid, HEADER, "proposal")
    if (not is_pending(eid, HEADER) and header in st.session_state
            and header_differences(with_header(eid, drawn_from.evaluation), drawn_from.evaluation)):
        pending(eid)[HEADER] = None
        found = True
    if found:
        _changed(eid)
    return found


def _drop_widgets(eid: str) -> None:
    """Every widget value but the pending questions': they redraw from the saved version."""
    keep = tuple(answer_state.key(eid, qid, "") for qid in pending(eid))
    for k in list(st.session_state.keys()):
        if str(k).startswith(answer_state.prefix(eid)) and not (keep and str(k).startswith(keep)):
            del st.session_state[k]


def show(saved: Saved, stale: str | None, with_header) -> None:
    """Above the questions: why, then each pending question's two answers side by side, field by field.
    `with_header(eid, evaluation)`: the evaluation with the header as its widgets hold it."""
    eid, questions = saved.id, common.bank().questions()
    if HEADER in pending(eid) and not header_differences(with_header(eid, saved.evaluation), saved.evaluation):
        pending(eid).pop(HEADER)  # typed what the other tab saved: nothing to choose
        _changed(eid)
    waiting = [qid for qid in pending(eid) if qid in questions or qid == HEADER]
    if not waiting and not stale:
        return
    message = stale or ""
    if waiting:
        message = (f"{stale} " if stale else "") + (
            f"This evaluation was changed elsewhere while you were typing: {many(len(waiting), 'answer')} of yours "
            "were not saved. They are still in their boxes; for each, keep yours or take the one saved in "
            "the other tab.")
    st.error(common.md(message), icon=":material/sync_problem:")
    for qid in waiting:
        with st.container(border=True, key=f"conflict:{eid}:{qid}"):
            if qid == HEADER:
                diff = header_differences(with_header(eid, saved.evaluation), saved.evaluation)
                st.markdown("**The proposal, vendor, evaluator, labels and scope**")
            else:
                q, theirs = questions[qid], saved.evaluation.answer(qid)
                diff = differences(q, typed(eid, q, theirs), theirs)
                section = next(s.title for s in common.bank().sections if any(x.id == qid for x in s.questions))
                st.markdown(f"**{common.md(q.prompt)}**  \n:small[:gray[{common.line(section)}]]")
            table = "\n".join(f"| {common.line(f)} | {common.line(v[0]) or '—'} | {common.line(v[1]) or '—'} |"
                              for f, v in diff.items())
            st.markdown(f"| Field | {MINE} | {SAVED} |\n|:--|:--|:--|\n{table}")
            a, b = st.columns(2)
            a.button("Keep mine", key=f"conflict:keep:{eid}:{qid}", on_click=keep_mine, args=(eid, qid, with_header),
                     icon=":material/person:", help="Save your answer over the one saved in the other tab")
            b.button("Take the saved one", key=f"conflict:take:{eid}:{qid}", on_click=take_saved, args=(eid, qid),
                     icon=":material/sync:", help="Replace your answer with the one saved in the other tab")
    label = "Take the saved version of every answer" if waiting else "Reload the latest version"
    st.button(label, key=f"reload:{eid}", type="primary", on_click=take_all, args=(eid,))
