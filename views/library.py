"""Evaluations: the library of saved evaluations. New, open, duplicate, rename, delete, import."""
from __future__ import annotations

import streamlit as st

import scoring

from questions import Evaluation, EvaluationError
from store import EvaluationNotFound, StaleEvaluation
from views import common

CONFIRM = "library:confirm_delete"  # the id whose deletion is waiting for a yes


def _new_evaluation() -> None:
    with st.form("new", clear_on_submit=True, border=True):
        st.markdown("**New evaluation**")
        a, b, c = st.columns(3)
        proposal = a.text_input("Proposal name", placeholder="e.g. LineView Pro quote 2026-11")
        vendor = b.text_input("Vendor")
        evaluator = c.text_input("Evaluator", placeholder="Your name and role")
        if not st.form_submit_button("Create and start evaluating", type="primary"):
            return
    if not proposal.strip():
        st.error("Give the proposal a name first.")
        return
    evaluation = Evaluation(bank_version=common.bank().version, proposal=proposal.strip(), vendor=vendor.strip(),
                            evaluator=evaluator.strip())
    common.go("evaluate", common.store().create(evaluation).id)


def _import() -> None:
    with st.form("import", clear_on_submit=True, border=True):
        st.markdown("**Import an evaluation file**")
        upload = st.file_uploader("Evaluation JSON (exported from Winnow)", type=["json"])
        if not st.form_submit_button("Import"):
            return
    if upload is None:
        st.error("Choose a file to import first.")
        return
    try:
        saved = common.store().import_file(upload.getvalue())
    except EvaluationError as problem:
        st.error(f"Not imported: {common.md(problem)}. Nothing saved was changed.")
        return
    st.success(f"Imported {common.line(saved.evaluation.proposal)}.")


def _row(summary, open_id: str | None) -> None:
    with st.container(border=True):
        info, actions = st.columns([3, 4], vertical_alignment="center")
        marker = " (open)" if summary.id == open_id else ""
        info.markdown(f"**{common.line(summary.proposal)}**{marker}")
        details = [summary.vendor, summary.evaluator, f"saved {summary.updated_at:%Y-%m-%d %H:%M} UTC",
                   f"version {summary.version}"]
        info.caption(common.line(" · ".join(d for d in details if d)))
        info.markdown(_headline(summary.id, summary.version))
        _actions(summary, actions)
        if st.session_state.get(CONFIRM) == summary.id:
            _confirm_delete(summary)


@st.cache_data(show_spinner=False, max_entries=1000)
def _headline(eid: str, version: int) -> str:
    """Score, scope and gaps at a glance, so the list itself tells the proposals apart.
    Cached per saved version: every click on this page reruns it, and most rows did not change."""
    try:
        card = scoring.score(common.store().get(eid).evaluation)
    except (EvaluationError, EvaluationNotFound):
        return ":red[This evaluation cannot be read with the current question bank.]"
    gaps = f"{len(card.gaps)} label gap(s)" if card.gaps else "no label gaps"
    return (f"**{card.overall:.0f}/100** · claims scope level {card.claimed_scope}, delivers "
            f"{card.delivered_scope} · {gaps}")


def _actions(summary, column) -> None:
    eid = summary.id
    a, b, c, d, e = column.columns(5)
    if a.button("Evaluate", key=f"open:{eid}", type="primary", width="stretch"):
        common.go("evaluate", eid)
    if b.button("Scorecard", key=f"card:{eid}", width="stretch"):
        common.go("scorecard", eid)
    c.button("Duplicate", key=f"dup:{eid}", on_click=_duplicate, args=(eid,), width="stretch")
    with d.popover("Rename", width="stretch", key=f"rename_pop:{eid}"):
        st.text_input("New name", value=summary.proposal, key=f"rename:{eid}")
        st.button("Save name", key=f"rename_save:{eid}", on_click=_rename, args=(eid, summary.version))
    e.button("Delete", key=f"delete:{eid}", on_click=_ask_delete, args=(eid,), width="stretch")


def _confirm_delete(summary) -> None:
    st.warning(f"Delete **{common.line(summary.proposal)}**? It disappears from this list for everyone.")
    yes, no, _ = st.columns([1, 1, 4])
    yes.button("Yes, delete", key=f"delete_yes:{summary.id}", type="primary", on_click=_delete, args=(summary.id,))
    no.button("Cancel", key=f"delete_no:{summary.id}", on_click=_ask_delete, args=(None,))


def _ask_delete(eid: str | None) -> None:
    st.session_state[CONFIRM] = eid


def _duplicate(eid: str) -> None:
    try:
        common.store().duplicate(eid)
    except EvaluationNotFound as gone:
        st.toast(common.md(gone), icon=":material/error:")


def _rename(eid: str, version: int) -> None:
    name = st.session_state[f"rename:{eid}"].strip()
    if not name:
        st.toast("A proposal needs a name; nothing renamed.", icon=":material/error:")
        return
    try:
        common.store().rename(eid, name, expected_version=version)
    except (StaleEvaluation, EvaluationNotFound) as refusal:
        st.toast(common.md(refusal), icon=":material/error:")


def _delete(eid: str) -> None:
    common.store().delete(eid)
    st.session_state.pop(CONFIRM, None)
    if common.current_id() == eid:
        common.forget_current()


def main() -> None:
    st.title("Evaluations")
    st.caption("Each evaluation is one vendor proposal, questioned section by section. Pick one to continue, "
               "or start a new one.")
    new, upload = st.columns(2)
    with new:
        _new_evaluation()
    with upload:
        _import()
    summaries = common.store().list()
    if not summaries:
        st.info("No evaluations yet. Create one above, or import an evaluation file.")
    open_id = common.current_id()
    for summary in summaries:
        _row(summary, open_id)


main()
