"""Follow-up: the answers the vendor's replies drafted and nobody has reviewed, each with the reply's words behind it,
to keep or reject here, where the reply was read; before, they waited on Evaluate among the proposal's drafts, and
buyers who read the reply on this page did not find them (walk82)."""
from __future__ import annotations

import streamlit as st

from questions.answer_edits import keep
from scoring.round_rejects import drafted_from_replies, reject_drafts
from views import common
from views.round_shown import key
from views.round_words import in_words

OPEN_UP_TO = 4  # more than this many fold away, so the next letter stays in reach


def section(saved, locked: bool) -> None:
    drafted = drafted_from_replies(saved.evaluation)
    if not drafted:
        return
    eid, n = saved.id, len(drafted)
    st.markdown("## Answers the reply drafted, to review")
    st.caption("Drafted from the vendor's reply where you had not reviewed an answer. Each counts as Winnow read it "
               "until you keep or reject it.")
    st.button(f"Keep all {n}" if n > 1 else "Keep it", key=key(eid, "keep-drafted-all"), icon=":material/done_all:",
              on_click=_decide, args=(eid, [a.question for a, _ in drafted], True), disabled=locked)
    with st.expander(f"{n} answer{'s' if n > 1 else ''} drafted from the reply", expanded=n <= OPEN_UP_TO):
        for answer, quotes in drafted:
            _one(eid, answer, quotes, locked)


def _one(eid: str, answer, quotes: list[str], locked: bool) -> None:
    qid, question = answer.question, common.bank().questions()[answer.question]
    with st.container(border=True):
        st.markdown(f"**{common.line(question.prompt)}**")
        st.text(in_words(answer, question, common.bank()))
        st.caption("The reply's words behind it")
        st.text("\n".join(f"\u201c{q}\u201d" for q in quotes[:2]))
        a, b = st.columns(2)
        a.button("Keep the drafted answer", key=key(eid, f"keep-drafted:{qid}"), icon=":material/check:",
                 on_click=_decide, args=(eid, [qid], True), disabled=locked)
        b.button("Reject it", key=key(eid, f"reject-drafted:{qid}"), icon=":material/close:",
                 on_click=_decide, args=(eid, [qid], False), disabled=locked)


def _decide(eid: str, questions: list[str], kept: bool) -> None:
    """Button callback: the drafts kept as reviewed, or rejected (the reply's own answer, if any, stands)."""
    latest = common.store().get(eid).evaluation
    decided = keep(latest, questions) if kept else reject_drafts(latest, questions, common.bank())
    if common.save(eid, decided):
        for widget in [k for k in st.session_state if str(k).startswith(f"ev:{eid}:")]:
            del st.session_state[widget]  # the Evaluate form redraws from what is now saved
