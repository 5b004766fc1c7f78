"""One answer's history: who changed which part of it, from what to what, and when.

Drawn on the Scorecard page from the store's append-only audit trail; this page only reads it.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from views import common
from questions.wording import many

PICKED = "history:question"
FIELDS = {"choices": "Options", "text": "Text", "evidence": "Evidence", "measure": "Measure",
          "integrations": "Connected systems", "quotes": "Quotes", "drafted": "Drafted", "reviewed": "Reviewed"}
SHORT = 300  # a long text is cut in the table; the full value is in the evaluation's revisions


def _text(value) -> str:
    """Lists as their items, '; ' apart; a measure or a connected system as its filled-in parts."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        parts = [f"{key.replace('_', ' ')}: {_text(v)}" for key, v in value.items() if v not in (None, "", [])]
        return ", ".join(parts)
    if isinstance(value, list):
        return "; ".join(_text(v) for v in value)
    return f"{value:g}" if isinstance(value, float) else str(value)


def shown(value) -> str:
    """A before/after value as one line of plain text (the table shows text, never markup)."""
    if value is None or value == "" or value == []:
        return "—"
    text = " ".join(_text(value).split())
    return text if len(text) <= SHORT else text[: SHORT - 1] + "…"


def named(field: str, value, names: dict[str, str]):
    """Option and evidence ids as the buyer reads them on the form."""
    if field == "choices" and isinstance(value, list):
        return [names.get(v, v) for v in value]
    if field == "evidence" and isinstance(value, str):
        return names.get(value, value)
    return value


def rows(entries, names: dict[str, str] | None = None, evaluator: str = "") -> list[dict]:
    """Changes made without sign-in carry no identity: the Evaluator field names who works on this copy."""
    names = names or {}
    name = " ".join(evaluator.split())
    local = f"{name} (not signed in)" if name else "local user (not signed in)"
    return [{"When (UTC)": e.at.strftime("%Y-%m-%d %H:%M:%S"), "Who": e.actor or local,
             "Version": e.version, "Changed": FIELDS.get(e.field, e.field),
             "From": shown(named(e.field, e.before, names)), "To": shown(named(e.field, e.after, names))}
            for e in entries]


def answer_history(saved) -> None:
    st.markdown("## One answer's history")
    questions = common.bank().questions()
    entries = common.store().history(saved.id)
    changed = list(dict.fromkeys(e.question for e in entries if e.question in questions))
    if not changed:
        st.caption("No answer has been changed since the audit trail began.")
        return
    prompts = {qid: questions[qid].prompt for qid in changed}
    if st.session_state.get(PICKED) not in prompts:
        st.session_state[PICKED] = changed[-1]  # the answer changed last
    qid = st.selectbox("Question", changed, format_func=lambda q: " ".join(prompts[q].split()), key=PICKED,
                       help="Only questions whose answer has changed are listed.")
    mine = [e for e in entries if e.question == qid]
    names = questions[qid].choice_names() | common.bank().evidence_names()
    st.dataframe(pd.DataFrame(rows(mine, names, saved.evaluation.evaluator or "")), hide_index=True, width="stretch")
    st.caption(f"{many(len(mine), 'change')}, oldest first. The trail is append-only: nothing in Winnow edits or "
               "deletes it.")
