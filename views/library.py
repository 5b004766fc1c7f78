"""Evaluations: the library of saved evaluations, a page at a time.

New and Import at the top, each folded until opened; then a searchable, sortable table
(views/library_table.py) whose ticked rows the buttons above it act on (views/library_actions.py).
A run reads one page of the store's headline columns and nothing else, so the page costs the same at
any library size. The first page is what a cold start waits for: a folded form's fields are neither
sent nor drawn (bench/bench_open.py)."""
from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import streamlit as st

from views import auth, common, library_actions, library_table

NEW, IMPORT = "library:new", "library:import"  # the folds that hold the two forms; True while open
MADE = "library:made"  # the last evaluation this session created: its name, vendor, id and when
PENDING = "pending"  # the id while the store writes it
TWIN_SECONDS = 20  # a press this soon after a Create, blank or of the same name, is that Create's twin


def _new_evaluation() -> None:
    # not cleared on submit: a second press (a double click, Enter then a click) sends the name again, not a blank
    # form that said "Give the proposal a name first" over the evaluation the first press made (walk81)
    with st.form("new", border=False):
        proposal = st.text_input("Proposal name", placeholder="e.g. LineView Pro quote 2026-11")
        vendor = st.text_input("Vendor")
        user = auth.current_user()  # signed in: the evaluator is who signed in
        evaluator = st.text_input("Evaluator", value=user.evaluator, placeholder="Your name and role",
                                  disabled=user.signed_in)
        if not st.form_submit_button("Create and start evaluating", type="primary"):
            return
    made = _just_made(proposal, vendor)
    if made == PENDING:  # the first press was stopped by the second one's rerun while it created: the one it made
        made = _made_moments_ago(*st.session_state[MADE][:2])
    if made:  # a second press while the first one's page opens: that one, not an error nor a twin (walk81)
        common.go("evaluate", made)
        return
    if not proposal.strip():
        st.error("Give the proposal a name first.")
        return
    for part, problem in common.name_problems({"proposal": proposal, "vendor": vendor, "evaluator": evaluator}).items():
        st.error(f"The {part} name {common.md(problem)}. Nothing was created.")
        return
    from questions import Evaluation  # on a submit: the first page draws without the models
    evaluation = Evaluation(bank_version=common.bank().version, proposal=proposal.strip(), vendor=vendor.strip(),
                            evaluator=evaluator.strip())
    user, store = auth.current_user(), common.store()
    # marked before it is made: a second press's rerun can stop this run between the store's write and the mark
    # (stop 62's CI: a double click on a loaded machine still made two)
    st.session_state[MADE] = (proposal.strip(), vendor.strip(), PENDING, time.monotonic())
    eid = store.create(evaluation, owner=user.owner, evaluator=user.evaluator).id
    st.session_state[MADE] = (proposal.strip(), vendor.strip(), eid, time.monotonic())
    common.go("evaluate", eid)


def _made_moments_ago(proposal: str, vendor: str) -> str:
    """The newest evaluation of that name and vendor the store wrote in the last moments; '' where there is none (the
    first press was stopped before it wrote)."""
    since = datetime.now(timezone.utc) - timedelta(seconds=TWIN_SECONDS)
    made = [s for s in common.store().list() if (s.proposal, s.vendor) == (proposal, vendor) and s.updated_at >= since]
    return max(made, key=lambda s: s.updated_at).id if made else ""


def _just_made(proposal: str, vendor: str) -> str:
    """The evaluation this session created moments ago, where this press is its twin: the form cleared by the first
    press (a double click, Enter then a click: the second submits it blank and said "Give the proposal a name first"
    over the one made) or the same name again. Create is then idempotent; a later one of the same name is new."""
    name, by, eid, at = st.session_state.get(MADE) or ("", "", "", -TWIN_SECONDS)
    if time.monotonic() - at > TWIN_SECONDS:
        return ""
    blank = not proposal.strip() and not vendor.strip()
    return eid if blank or (proposal.strip(), vendor.strip()) == (name, by) else ""


def _import() -> None:
    with st.form("import", clear_on_submit=True, border=False):
        upload = st.file_uploader("Evaluation JSON (exported from Winnow)", type=["json"],
                                  max_upload_size=5)  # MB: the browser refuses a bigger file before sending it
        if not st.form_submit_button("Import"):
            return
    if upload is None:
        st.error("Choose a file to import first.")
        return
    from questions import EvaluationError
    try:
        user = auth.current_user()  # signed in: what you import is yours, evaluated by you
        saved = common.store().import_file(upload.getvalue(), owner=user.owner, evaluator=user.evaluator)
    except EvaluationError as problem:
        st.error(f"Not imported: {common.md(problem)}. Nothing saved was changed.")
        return
    st.success(f"Imported {common.line(saved.evaluation.proposal)}.")


def _library() -> None:
    query = library_table.controls()
    page, number, last = library_table.fetch(query)
    if not page.total:
        st.info(f"No evaluation matches “{common.line(query['search'])}”." if query["search"] else
                "No evaluations yet. Start one with New evaluation above, or import an evaluation file.")
        return
    actions = st.container()  # drawn after the table, shown above it: the buttons need the selection
    selected = library_table.table(page.rows)
    if page.total > library_table.PAGE_SIZES[0]:  # fewer rows than the smallest page: nothing to turn or choose
        library_table.pager(page.total, number, last)
    with actions:
        library_actions.bar(selected)


def _folded(label: str, icon: str, key: str, form) -> None:
    """`form` in a fold that opens in place. Folded, the form's script does not run, so none of its
    fields is sent or drawn; opening it reruns the page with the form in it. A fold, not a popover:
    the form follows its heading in the page, so Tab goes straight from one to the other."""
    fold = st.expander(label, icon=icon, key=key, on_change="rerun")
    if fold.open:
        with fold:
            form()


def main() -> None:
    st.title("Evaluations")
    st.caption("Each evaluation is one vendor proposal, questioned section by section. Tick one to continue, "
               "or start a new one.")
    new, upload = st.columns(2)
    with new:
        _folded("New evaluation", ":material/add:", NEW, _new_evaluation)
    with upload:
        _folded("Import an evaluation file", ":material/upload_file:", IMPORT, _import)
    _library()


main()
