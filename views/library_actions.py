"""What the library does with the selected rows: open, scorecard, duplicate, rename, delete, export,
compare. Each action reads or writes only the selected evaluations."""
from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

import streamlit as st

from store.errors import EvaluationNotFound, NotYourEvaluation, StaleEvaluation
from views import auth, common, refocus
from views.library_table import new_view

if TYPE_CHECKING:
    from store import Store

CONFIRM = "library:confirm_delete"  # the ids whose deletion is waiting for a yes
COMPARE_IDS = "compare:ids"  # the Compare page's picker
RENAMING = "library:renaming"  # the id of the evaluation whose Rename dialog is open


def export_file(store: Store, ids: list[str]) -> tuple[str, bytes]:
    """(file name, bytes): one evaluation's JSON file, or a zip of one JSON file per evaluation."""
    json_export = _exports()["json"]
    saved = [store.get(i) for i in ids]
    if len(saved) == 1:
        return json_export.filename(saved[0].evaluation), _json(saved[0])
    buffer, names = io.BytesIO(), set()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for s in saved:
            name = json_export.filename(s.evaluation)
            if name in names:  # two proposals with the same name stay two files
                name = json_export.filename(s.evaluation, suffix=f"-{s.id}")
            names.add(name)
            archive.writestr(name, _json(s))
    return f"winnow-{len(saved)}-evaluations.zip", buffer.getvalue()


def _json(saved) -> bytes:
    # the evaluation file only: the JSON export does not read the scorecard, so none is computed
    return _exports()["json"].function(saved.evaluation, None)


def _exports() -> dict:
    """reports/ (with fpdf and openpyxl) loads on the first export, not on the library's first render."""
    from reports import EXPORTS
    return EXPORTS


# Space alone does not tick a row in Streamlit's grid (walk61 found no way but Shift+Space, nowhere said)
TICK_HINT = "Tick rows in the table to act on them (from the keyboard: Shift+Space on a row)"


def bar(selected: list) -> None:
    """The buttons for the selection; each says what it needs (one row, two rows ...)."""
    ids = [s.id for s in selected]
    one, some = len(ids) == 1, len(ids) >= 1
    # its own line, so the table below does not move when the first row is ticked
    st.caption(f"{len(ids)} selected" if ids else TICK_HINT)
    with st.container(horizontal=True, vertical_alignment="center"):
        if st.button("Evaluate", key="library:open", type="primary", icon=":material/edit_note:", disabled=not one,
                     help="Open the selected evaluation's questions"):
            common.go("evaluate", ids[0])
        if st.button("Scorecard", key="library:card", icon=":material/assessment:", disabled=not one):
            common.go("scorecard", ids[0])
        if st.button("Compare", key="library:compare", icon=":material/compare_arrows:", disabled=len(ids) < 2,
                     help="Select two or more rows to compare them"):
            st.session_state[COMPARE_IDS] = ids
            st.switch_page(common.PAGES["compare"])
        st.button("Duplicate", key="library:dup", icon=":material/content_copy:", disabled=not some,
                  on_click=_duplicate, args=(ids,))
        _rename(selected[0] if one else None)
        _export(selected)
        st.button("Delete", key="library:delete", icon=":material/delete:", disabled=not some,
                  on_click=_ask_delete, args=(ids,))
    if st.session_state.get(CONFIRM):
        _confirm_delete(selected)


def _rename(summary) -> None:
    """A button that opens a dialog for the ticked evaluation. A dialog, not a popover: focus moves
    into it (a popover's fields sit at the end of the page, past every other Tab stop), Escape closes
    it, and the page behind cannot change the selection while it is open."""
    eid = summary.id if summary else None
    st.button("Rename", key="library:rename", icon=":material/edit:", disabled=summary is None,
              on_click=_open_rename, args=(eid,))
    if eid is None or st.session_state.get(RENAMING) != eid:  # opened for another row, or not at all
        st.session_state.pop(RENAMING, None)
        return
    _rename_dialog(summary)


def _open_rename(eid: str | None) -> None:
    st.session_state[RENAMING] = eid


def _close_rename() -> None:
    st.session_state.pop(RENAMING, None)


@st.dialog("Rename the evaluation", icon=":material/edit:", on_dismiss=_close_rename)
def _rename_dialog(summary) -> None:
    """A form: Enter in the name saves it. A refused name keeps the dialog open with what was typed."""
    key = f"library:rename:{summary.id}"  # the evaluation's own box: never prefilled with another's name
    with st.form(f"library:rename_form:{summary.id}", border=False, enter_to_submit=True):
        st.text_input("New name", value=summary.proposal, key=key)
        saved = st.form_submit_button("Save name", key="library:rename_save", type="primary")
        refocus.focus_on(key, "New name", select_text=True)  # whoever opened Rename came to type a name
    if not saved:
        return
    problem = _save_name(summary.id, summary.version, st.session_state[key])
    if problem:
        st.error(problem)
        return
    _close_rename()
    st.rerun()  # the whole page: the dialog closes, the row moves to the top with its tick (library_table)


def _export(selected: list) -> None:
    ids = [s.id for s in selected]
    if not ids:
        st.button("Export", key="library:export", icon=":material/download:", disabled=True)
        return
    store = common.store()  # the download runs on another thread: it gets the store, not Streamlit
    # the file's name from the row's own columns: drawing the button parses nothing
    name = _exports()["json"].filename(selected[0]) if len(ids) == 1 else f"winnow-{len(ids)}-evaluations.zip"
    what = "selected evaluation" if len(ids) == 1 else f"{len(ids)} evaluations (zip)"
    st.download_button("Export", data=lambda: export_file(store, ids)[1], file_name=name,
                       mime="application/json" if len(ids) == 1 else "application/zip", key="library:export",
                       icon=":material/download:", on_click="ignore", help=f"JSON evaluation file of the {what}")


def _me() -> str:
    """Who acts: the signed-in evaluator's identity, or "" for the local user."""
    return auth.current_user().owner


def _duplicate(ids: list[str]) -> None:
    for eid in ids:
        try:
            user = auth.current_user()  # the copy is yours, evaluated by you
            common.store().duplicate(eid, owner=user.owner, evaluator=user.evaluator)
        except EvaluationNotFound as gone:
            st.toast(common.md(gone), icon=":material/error:")
    new_view()


def _save_name(eid: str, version: int, typed: str) -> str | None:
    """Renames the evaluation (the store writes it to the audit trail); returns why not, or None."""
    name = typed.strip()
    if not name:
        return "A proposal needs a name; nothing renamed."
    for problem in common.name_problems({"proposal": name}).values():
        return f"The name {common.md(problem)}; nothing renamed."
    try:
        common.store().rename(eid, name, expected_version=version, actor=_me())
    except (StaleEvaluation, EvaluationNotFound, NotYourEvaluation) as refusal:
        return common.md(refusal)
    return None


def _ask_delete(ids: list[str] | None) -> None:
    st.session_state[CONFIRM] = ids


def _confirm_delete(selected: list) -> None:
    waiting = st.session_state[CONFIRM]
    names = [s.proposal for s in selected if s.id in waiting]
    if len(names) != len(waiting):  # the selection changed since Delete was clicked: ask again
        st.session_state.pop(CONFIRM)
        return
    shown = ", ".join(f"**{common.line(n)}**" for n in names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    st.warning(f"Delete {shown}? {'It disappears' if len(names) == 1 else 'They disappear'} from this list for everyone.")
    with st.container(horizontal=True):
        st.button("Yes, delete", key="library:delete_yes", type="primary", on_click=_delete, args=(waiting,))
        st.button("Cancel", key="library:delete_no", on_click=_ask_delete, args=(None,))


def _delete(ids: list[str]) -> None:
    for eid in ids:
        try:
            common.store().delete(eid, actor=_me())
        except NotYourEvaluation as refusal:  # another evaluator's: theirs to delete
            st.toast(common.md(refusal), icon=":material/error:")
            continue
        if common.current_id() == eid:
            common.forget_current()
    st.session_state.pop(CONFIRM, None)
    new_view()
