"""What every page shares: the open evaluation and its saves under the signed-in user's name; and, handed
on from the rooms below the sign-in gate, the bank and the store (resources.py) and safe text (safe_text.py).

Pages are thin: they read state, call store/scoring/reports, and draw. Nothing here scores.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st

from store.errors import EXAMPLE_OWNER, EvaluationNotFound, NotYourEvaluation, StaleEvaluation, refusal
from views import auth
from views.resources import bank, library, local_library, opened, store  # noqa: F401 - handed on to the pages
from views.safe_text import line, md, name_problems  # noqa: F401

if TYPE_CHECKING:  # annotations only: the library's first page loads neither the models nor the store
    from questions import Evaluation
    from store import Saved

ROOT = Path(__file__).resolve().parent.parent
PAGES = {
    "library": "views/library.py",
    "evaluate": "views/evaluate.py",
    "scorecard": "views/scorecard.py",
    "compare": "views/compare.py",
    "questions": "views/questions.py",
    "consensus": "views/consensus.py",
    "rounds": "views/rounds.py",
}
OPEN_KEY = "open_evaluation"  # the last evaluation opened in this browser session


# --- the open evaluation ---------------------------------------------------------------

def current_id() -> str | None:
    """The evaluation in the URL (?id=...); after a page switch that dropped it, the session's."""
    url_id = st.query_params.get("id")
    if url_id:
        st.session_state[OPEN_KEY] = url_id
        return url_id
    remembered = st.session_state.get(OPEN_KEY)
    if remembered:
        st.query_params["id"] = remembered
    return remembered


def forget_current() -> None:
    st.session_state.pop(OPEN_KEY, None)
    st.query_params.pop("id", None)


def current() -> Saved | None:
    """The open evaluation as saved now, or None (with a note) when there is none."""
    eid = current_id()
    if eid:
        try:
            return store().get(eid)
        except EvaluationNotFound:
            forget_current()
            st.warning("The evaluation in the link no longer exists; it may have been deleted.")
    return None


def require_current(action: str) -> Saved | None:
    saved = current()
    if saved is None:
        st.info(f"Open or create an evaluation on the Evaluations page to {action}.")
        st.page_link(PAGES["library"], label="Go to Evaluations", icon=":material/folder_open:")
    return saved


def go(page: str, eid: str) -> None:
    """Open an evaluation on another page; the id travels in the URL."""
    st.session_state[OPEN_KEY] = eid
    st.switch_page(PAGES[page], query_params={"id": eid})


def title(saved: Saved, page: str, evaluator: bool = True) -> None:
    """The page's title and the proposal's vendor; the evaluator too, unless the page speaks for several."""
    ev = saved.evaluation
    st.title(f"{page}: {line(ev.proposal)}")
    parts = [f"Vendor: {ev.vendor}" if ev.vendor else "",
             f"Evaluated by {ev.evaluator}" if ev.evaluator and evaluator else ""]
    st.caption(line(" · ".join(p for p in parts if p)) or "No vendor or evaluator named yet.")


# --- saving with a version check ---------------------------------------------------------

def _version_key(eid: str) -> str:
    return f"version:{eid}"


def _stale_key(eid: str) -> str:
    return f"stale:{eid}"


def loaded_version(saved: Saved) -> int:
    """The version this session started editing from; saves are refused if the store moved on."""
    return st.session_state.setdefault(_version_key(saved.id), saved.version)


def save(eid: str, evaluation: Evaluation) -> bool:
    """Save against the loaded version; on a refusal keep the message and write nothing."""
    expected = st.session_state.get(_version_key(eid))
    if expected is None:
        expected = store().get(eid).version
    try:
        saved = store().save(eid, evaluation, expected_version=expected, actor=auth.current_user().owner)
    except (StaleEvaluation, NotYourEvaluation) as refusal:
        st.session_state[_stale_key(eid)] = str(refusal)
        return False
    st.session_state[_version_key(eid)] = saved.version
    st.session_state[_saved_key(eid)] = saved
    return True


def forget_refusal(eid: str) -> None:
    """The refusal was dealt with (views/conflicts.py kept what was typed): the page is not locked by it."""
    st.session_state.pop(_stale_key(eid), None)


def version_in_session(eid: str) -> int | None:
    """The version this session last read or saved of evaluation `eid`, if any."""
    return st.session_state.get(_version_key(eid))


def take_version(saved: Saved) -> None:
    """Make `saved` this session's version, as if it had saved it (a background job did, for it)."""
    st.session_state[_version_key(saved.id)] = saved.version
    keep_copy(saved)


def _saved_key(eid: str) -> str:
    return f"saved:{eid}"


def keep_copy(saved: Saved) -> None:
    """What this session last read or saved: the Evaluate form's fragments redraw from it after an edit."""
    st.session_state[_saved_key(saved.id)] = saved


def has_copy(eid: str) -> bool:
    return st.session_state.get(_saved_key(eid)) is not None


def kept_copy(eid: str) -> Saved:
    """This session's copy (see keep_copy); the store's when there is none. A save still checks the version."""
    saved = st.session_state.get(_saved_key(eid))
    return saved if saved is not None else store().get(eid)


def stale_message(saved: Saved) -> str | None:
    """Why this session may not save: a refused save, or a newer version saved elsewhere."""
    refused = st.session_state.get(_stale_key(saved.id))
    if refused:
        return refused
    if not_yours(saved):  # another evaluator's: read only
        return not_yours(saved)
    loaded = loaded_version(saved)
    if saved.version != loaded:
        return (f"This evaluation was changed elsewhere (version {saved.version} is saved, "
                f"you are editing version {loaded}). Reload to see the latest.")
    return None


def not_yours(saved: Saved) -> str | None:
    """Why the current user may not change this evaluation: another signed-in evaluator owns it,
    or it is one of the read-only examples."""
    me = auth.current_user().owner
    if saved.owner and saved.owner != me:
        return str(refusal(saved.id, saved.owner, me))
    return None


def owner_note(saved: Saved) -> None:
    """At the top of the form: whose answers these are, and the way to give one's own."""
    message = not_yours(saved)
    if message and saved.owner == EXAMPLE_OWNER:  # a reference: the way in is a copy of one's own
        st.info(md(message), icon=":material/menu_book:")
        st.page_link(PAGES["library"], label="Go to Evaluations to duplicate it", icon=":material/folder_open:")
    elif message:
        st.warning(md(message), icon=":material/lock:")
        st.page_link(PAGES["consensus"], label="See every evaluator's answers, or join to give your own",
                     icon=":material/groups:", query_params={"id": saved.id})


def adopt_if_untouched(saved: Saved, widget_prefix: str) -> None:
    """No edits on screen for this evaluation: start from the saved version, whatever it is."""
    if not any(str(key).startswith(widget_prefix) for key in st.session_state.keys()):
        st.session_state[_version_key(saved.id)] = saved.version
        st.session_state.pop(_stale_key(saved.id), None)


def reload_latest(eid: str, widget_prefix: str) -> None:
    """Drop this session's copy (version, refusal, widget values) so the page redraws from the store."""
    for key in list(st.session_state.keys()):
        if str(key).startswith(widget_prefix) or key in (_version_key(eid), _stale_key(eid)):
            del st.session_state[key]
