"""One answer's history: who changed which part of it, from what to what, and when.

Drawn on the Scorecard page from the store's append-only audit trail; this page only reads it.
"""
from __future__ import annotations

import re
from itertools import groupby

import pandas as pd
import streamlit as st

from views import common
from questions.wording import many

PICKED = "history:question"
FIELDS = {"choices": "Options", "text": "Text", "evidence": "Evidence", "measure": "Measure",
          "integrations": "Connected systems", "quotes": "Quotes", "drafted": "Drafted", "reviewed": "Reviewed",
          "suggested": "Options to check", "accepted": "Options accepted from check this",
          "reply_proposal": "The reply's proposed change"}
OPTION_FIELDS = ("choices", "suggested", "accepted")  # option ids, shown by their names
PROPOSAL = "Drafted from the proposal"
REPLY_ROUND = re.compile(r"\bround (\d+) \([^)]*\breply\b")  # the trail's line of a round that took in a reply
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
    if field in OPTION_FIELDS and isinstance(value, list):
        return [names.get(v, v) for v in value]
    if field == "evidence" and isinstance(value, str):
        return names.get(value, value)
    return value


def drafted_by(entries) -> dict[tuple[int, str], str]:
    """(version, question) -> "Drafted from the proposal" (or "from the reply to round 2") where drafting, not a
    person, made that version's change of the answer: after it the answer is a draft nobody reviewed, and the change
    is no option accepted from "check this". Whoever pressed the button did not write what it drafted."""
    source = {e.version: f"Drafted from the reply to round {found.group(1)}" for e in entries
              if not e.question and e.field == "rounds" and (found := REPLY_ROUND.search(str(e.after or "")))}
    state: dict[str, dict] = {}
    made = {}
    for (version, question), group in groupby(entries, key=lambda e: (e.version, e.question)):
        group = list(group)
        answer = state.setdefault(question, {})
        answer.update({e.field: e.after for e in group})
        if question and answer.get("drafted") and not answer.get("reviewed") and not _accepting(group):
            made[(version, question)] = source.get(version, PROPOSAL)
    return made


def _accepting(group) -> bool:
    """The buyer accepting an offered option: recorded as such, or (an older trail) an offer moved to the options."""
    field = {e.field: e for e in group}
    if "accepted" in field:
        return True
    left = set(field["suggested"].before or []) - set(field["suggested"].after or []) if "suggested" in field else set()
    return bool(left & set(field["choices"].after or [])) if "choices" in field else False


def rows(entries, names: dict[str, str] | None = None, evaluator: str = "") -> list[dict]:
    """Changes made without sign-in carry no identity: the Evaluator field names who works on this copy. A change
    drafting made names where it was drafted from, never the person."""
    names = names or {}
    name = " ".join(evaluator.split())
    local = f"{name} (not signed in)" if name else "local user (not signed in)"
    drafting = drafted_by(entries)
    return [{"When (UTC)": e.at.strftime("%Y-%m-%d %H:%M:%S"),
             "Who": drafting.get((e.version, e.question)) or e.actor or local,
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
    mine = [e for e in entries if e.question in (qid, "")]  # the evaluation's own rows say what a version read
    names = questions[qid].choice_names() | common.bank().evidence_names()
    shown_rows = [row for e, row in zip(mine, rows(mine, names, saved.evaluation.evaluator or "")) if e.question]
    st.dataframe(pd.DataFrame(shown_rows), hide_index=True, width="stretch")
    st.caption(f"{many(len(shown_rows), 'change')}, oldest first. The trail is append-only: nothing in Winnow edits or "
               "deletes it.")
