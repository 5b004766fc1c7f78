"""Where the keyboard focus goes after a review of drafted answers on the Evaluate page.

Keep, Reject or one option's Remove redraws the answer without the button just pressed, and Streamlit leaves the focus on the
page's body: the next Tab would start again at the sidebar, through the documents and the sentence grid.
A person reviewing answers one after another expects to go on where they were: to the section's next
answer still to review, or, when none is left after it, to the "Next section" button under the section's
last question (on the last section, to the full scorecard). A step to another section from there goes
on to that section's first answer to review. Accepting an option offered under a question ("check this")
removes its button: the focus goes to the question's next offer, else to its answer. Drafting redraws its button:
the focus goes to the shown section's first answer to review, else back to the button. The callbacks choose the target; `draw`, run by the page
under the section (and a question's own rerun, under the question), focuses it once drawn (views/refocus.py).
"""
from __future__ import annotations

import streamlit as st

from questions import Evaluation
from questions.models import Question
from views import answer_inputs, common, refocus


def _target(eid: str) -> str:
    return f"review-focus:{eid}"


def section_end_key(eid: str) -> str:
    """The row under a section's last question: Previous section, Next section."""
    return f"section-end:{eid}"


def next_section_key(eid: str) -> str:
    return f"section-end:{eid}:next"


def scorecard_key(eid: str) -> str:
    """The live summary's link to the full scorecard."""
    return f"evaluate:{eid}:scorecard"


def after_review(eid: str, evaluation: Evaluation, reviewed: list[str]) -> None:
    """Keep or Reject saved `reviewed` (one answer or a section's): focus the first answer after the last of
    them still to review in its section, else the way on from the section."""
    sections = common.bank().sections
    at = next(i for i, s in enumerate(sections) if reviewed[-1] in {q.id for q in s.questions})
    questions = sections[at].questions
    after = questions[[q.id for q in questions].index(reviewed[-1]) + 1:]
    waiting = next((q for q in after if _to_review(evaluation, q.id)), None)
    if waiting is not None:
        _aim(eid, answer_inputs.first_key(eid, waiting))
    else:
        _aim(eid, next_section_key(eid) if at < len(sections) - 1 else scorecard_key(eid))


def after_accept(eid: str, q: Question, next_offer: str | None, pressed: str) -> None:
    """An option offered under `q` ("check this") was accepted and its button is gone: focus the next offer's
    button (the key `next_offer`), else the answer, which now holds the option. `pressed`: the Accept's key."""
    _aim(eid, next_offer or answer_inputs.first_key(eid, q), leaving=pressed)


def after_remove(eid: str, next_remove: str, pressed: str) -> None:
    """One option's Remove took it out of a draft that still holds several: focus the Remove of the option after it
    (`next_remove`, a key), where the buyer checks on; `pressed`: the Remove just gone."""
    _aim(eid, next_remove, leaving=pressed)


def after_step(eid: str, evaluation: Evaluation, section_id: str) -> None:
    """The section's end stepped to `section_id`: focus its first answer to review, else its first answer."""
    questions = next(s for s in common.bank().sections if s.id == section_id).questions
    first = next((q for q in questions if _to_review(evaluation, q.id)), questions[0])
    _aim(eid, answer_inputs.first_key(eid, first), leaving=section_end_key(eid))


def after_draft(eid: str, evaluation: Evaluation, pressed: str) -> None:
    """Drafting redrew its button (a primary one turns secondary) and left the focus on the page's body: focus
    the first answer to review in the section shown, where the review starts, else the button again."""
    sections = common.bank().sections
    shown = st.session_state.get(f"section:{eid}", sections[0].id)
    questions = next((s.questions for s in sections if s.id == shown), sections[0].questions)
    first = next((q for q in questions if _to_review(evaluation, q.id)), None)
    if first is None:
        _aim(eid, pressed)
    else:
        _aim(eid, answer_inputs.first_key(eid, first), leaving=pressed)


def _to_review(evaluation: Evaluation, qid: str) -> bool:
    answer = evaluation.answer(qid)
    return answer is not None and answer.unreviewed


def _aim(eid: str, key: str, leaving: str | None = None) -> None:
    turn = st.session_state.get(_target(eid), ("", 0, None))[1] + 1
    st.session_state[_target(eid)] = (key, turn, leaving)


def draw(eid: str) -> None:
    """Focus the control a review or a step chose, once (call it last in its container: refocus.focus_on)."""
    key, turn, leaving = st.session_state.get(_target(eid), ("", 0, None))
    if key:
        st.session_state[_target(eid)] = ("", turn, None)  # the turn stays: the next script differs from this one
        refocus.focus_first(key, turn, leaving)
