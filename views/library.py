"""Evaluations: the library of saved evaluations, a page at a time.

New and import at the top; then a searchable, sortable table (views/library_table.py) whose ticked
rows the buttons above it act on (views/library_actions.py). A run reads one page of the store's
headline columns and nothing else, so the page costs the same at any library size."""
from __future__ import annotations

import streamlit as st

from questions import Evaluation, EvaluationError
from views import auth, common, library_actions, library_table


def _new_evaluation() -> None:
    with st.form("new", clear_on_submit=True, border=True):
        st.markdown("**New evaluation**")
        a, b, c = st.columns(3)
        proposal = a.text_input("Proposal name", placeholder="e.g. LineView Pro quote 2026-11")
        vendor = b.text_input("Vendor")
        user = auth.current_user()  # signed in: the evaluator is who signed in
        evaluator = c.text_input("Evaluator", value=user.evaluator, placeholder="Your name and role",
                                 disabled=user.signed_in)
        if not st.form_submit_button("Create and start evaluating", type="primary"):
            return
    if not proposal.strip():
        st.error("Give the proposal a name first.")
        return
    for part, problem in common.name_problems({"proposal": proposal, "vendor": vendor, "evaluator": evaluator}).items():
        st.error(f"The {part} name {common.md(problem)}. Nothing was created.")
        return
    evaluation = Evaluation(bank_version=common.bank().version, proposal=proposal.strip(), vendor=vendor.strip(),
                            evaluator=evaluator.strip())
    user = auth.current_user()
    common.go("evaluate", common.store().create(evaluation, owner=user.owner, evaluator=user.evaluator).id)


def _import() -> None:
    with st.form("import", clear_on_submit=True, border=True):
        st.markdown("**Import an evaluation file**")
        upload = st.file_uploader("Evaluation JSON (exported from Winnow)", type=["json"],
                                  max_upload_size=5)  # MB: the browser refuses a bigger file before sending it
        if not st.form_submit_button("Import"):
            return
    if upload is None:
        st.error("Choose a file to import first.")
        return
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
                "No evaluations yet. Create one above, or import an evaluation file.")
        return
    actions = st.container()  # drawn after the table, shown above it: the buttons need the selection
    selected = library_table.table(page.rows)
    library_table.pager(page.total, number, last)
    with actions:
        library_actions.bar(selected)


def main() -> None:
    st.title("Evaluations")
    st.caption("Each evaluation is one vendor proposal, questioned section by section. Tick one to continue, "
               "or start a new one.")
    new, upload = st.columns(2)
    with new:
        _new_evaluation()
    with upload:
        _import()
    _library()


main()
