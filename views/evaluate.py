"""Evaluate: the guided form, section by section. Every change is saved at once.

Each question is a fragment: answering it reruns only that question, which redraws the live summary
beside it. The widgets of one answer and how they save are views/answer_inputs.py.
"""
from __future__ import annotations

import streamlit as st

import scoring
from store.team import evaluator_of
from views import (answer_inputs, answer_state, auth, common, conflicts, documents, drafts, live_summary, proposal,
                   review_focus, spoken)

FROM_LABELS = -1
QUESTIONS = "questions"  # the anchor above the section picker, which the link at the page's top goes to
key, prefix = answer_state.key, answer_state.prefix


# --- header ------------------------------------------------------------------------------

def _header(saved, locked: bool) -> None:
    ev, eid, bank = saved.evaluation, saved.id, common.bank()
    scope = FROM_LABELS if ev.claimed_scope is None else ev.claimed_scope
    for part, value in (("proposal", ev.proposal), ("vendor", ev.vendor), ("evaluator", ev.evaluator),
                        ("labels", list(ev.labels)), ("claimed_scope", scope)):
        st.session_state.setdefault(key(eid, "header", part), value)
    labels = {lab.id: lab.name for lab in bank.labels}
    levels = {lvl.level: f"Level {lvl.level}: {lvl.name}" for lvl in bank.scope}
    levels = {FROM_LABELS: "As the labels imply", **levels}
    pending = conflicts.is_pending(eid, conflicts.HEADER)  # typed here, not saved: never disabled (that resets it)
    on = dict(on_change=_header_changed, args=(eid,), disabled=locked and not pending)
    with st.container(border=True):
        a, b, c = st.columns(3)
        a.text_input("Proposal name", key=key(eid, "header", "proposal"), **on)
        b.text_input("Vendor", key=key(eid, "header", "vendor"), **on)
        if auth.current_user().signed_in:  # the evaluator is the owner's account, not free text
            c.text_input("Evaluator", value=evaluator_of(saved.owner, ev.evaluator) or "No evaluator named",
                         key=key(eid, "header", "evaluator_account"), disabled=True,
                         help="Whoever owns an evaluation evaluates it, as they signed in.")
        else:
            c.text_input("Evaluator", key=key(eid, "header", "evaluator"), **on)
        d, e = st.columns([2, 1])
        d.multiselect("Labels the vendor sells with", list(labels), format_func=labels.get,
                      key=key(eid, "header", "labels"), placeholder="IoT, Industry 4.0, AI ...",
                      help="Each label claims a level on the scope ladder; the answers must back it up.", **on)
        e.selectbox("Claimed scope", list(levels), format_func=levels.get, key=key(eid, "header", "claimed_scope"),
                    help="Override the scope the labels imply, e.g. when the proposal promises more in words.", **on)
    if not st.session_state[key(eid, "header", "proposal")].strip():
        st.warning("The proposal needs a name; the last saved name is kept until you type one.")
    names = {p: st.session_state[key(eid, "header", p)] for p in _named()}
    for part, problem in common.name_problems(names).items():
        st.warning(f"The {part} name {common.md(problem)}. The saved {part} name is kept until you change it.")


def _named() -> tuple[str, ...]:
    """The header's free-text names: signed in, the evaluator is the account's, never typed."""
    return ("proposal", "vendor") if auth.current_user().signed_in else ("proposal", "vendor", "evaluator")


def _header_changed(eid: str) -> None:
    if conflicts.is_pending(eid, conflicts.HEADER):  # typed, refused, not chosen yet: shown as theirs
        conflicts.edited(eid, conflicts.HEADER, None)
        return
    if not common.save(eid, _with_header(eid, common.store().get(eid).evaluation)):
        conflicts.refused(eid, conflicts.HEADER, None)  # kept as typed, beside the saved one


def _with_header(eid: str, latest):
    """`latest` with the header as its widgets hold it."""
    state = lambda part: st.session_state[key(eid, "header", part)]  # noqa: E731
    scope = state("claimed_scope")
    names = {p: state(p).strip() for p in _named() if state(p).strip() or p != "proposal"}
    bad = common.name_problems(names)  # a blank proposal name or a hostile name keeps the saved one
    update = {p: v for p, v in names.items() if p not in bad}
    update.update(labels=list(state("labels")), claimed_scope=None if scope == FROM_LABELS else scope)
    return latest.model_copy(update=update)


# --- section picker -----------------------------------------------------------------------

def _section_picker(eid: str) -> str:
    sections = common.bank().sections
    ids = [s.id for s in sections]
    titles = {s.id: f"{i}. {s.title}" for i, s in enumerate(sections, 1)}
    picked = f"section:{eid}"
    st.session_state.setdefault(picked, ids[0])
    here = ids.index(st.session_state[picked])
    st.header("Questions", anchor=QUESTIONS)
    a, b, c = st.columns([6, 1, 1], vertical_alignment="bottom")
    a.selectbox("Section", ids, format_func=titles.get, key=picked)
    b.button("Previous", key=f"prev:{eid}", on_click=_step, args=(picked, ids, here - 1), disabled=here == 0,
             width="stretch")
    c.button("Next", key=f"next:{eid}", on_click=_step, args=(picked, ids, here + 1),
             disabled=here == len(ids) - 1, width="stretch")
    return st.session_state[picked]


def _step(picked: str, ids: list[str], to: int) -> None:
    st.session_state[picked] = ids[to]


def _section_end(eid: str, section_id: str) -> None:
    """Previous and Next again under the section's last question, where the review of its answers ends: the
    buttons above are past the sidebar, the documents and the sentence grid for whoever moves by Tab."""
    sections = common.bank().sections
    ids, picked = [s.id for s in sections], f"section:{eid}"
    here = ids.index(section_id)
    with st.container(horizontal=True, gap="small", key=review_focus.section_end_key(eid)):
        if here > 0:
            st.button(spoken.button("Previous section", f"({here}. {sections[here - 1].title})"),
                      key=f"{review_focus.section_end_key(eid)}:previous", icon=":material/arrow_back:",
                      on_click=_step_from_end, args=(eid, picked, ids, here - 1))
        if here < len(ids) - 1:
            st.button(spoken.button("Next section", f"({here + 2}. {sections[here + 1].title})"),
                      key=review_focus.next_section_key(eid), icon=":material/arrow_forward:", icon_position="right",
                      on_click=_step_from_end, args=(eid, picked, ids, here + 1))


def _step_from_end(eid: str, picked: str, ids: list[str], to: int) -> None:
    """From the section's end the person goes on to the new section's answers, not back to its top."""
    _step(picked, ids, to)
    review_focus.after_step(eid, common.kept_copy(eid).evaluation, ids[to])


# --- one section of questions --------------------------------------------------------------

_WHOLE_PAGE = "evaluate:whole-page"  # set while the page's own run draws the questions


def _workspace(saved, section_id: str) -> None:
    """The section's questions beside the live summary. Each question is a fragment: an edit's callback
    saves, then just that question reruns and redraws the live summary into its slot, in one run. The
    rest of the page is neither re-executed nor resent (the browser's work grows with what is resent)."""
    eid = saved.id
    common.keep_copy(saved)  # what the fragments redraw from after an edit, until the next save
    left, right = st.columns([3, 2], gap="large")
    with right:
        slot = st.empty()  # one element: each write replaces the summary, whoever writes it
    st.session_state[_WHOLE_PAGE] = True
    try:
        with left:
            _section(saved, section_id, slot)
    finally:
        st.session_state[_WHOLE_PAGE] = False
    _live_summary(eid, slot)


def _scored(eid: str):
    """This session's saved evaluation and its scorecard, scored once per saved version."""
    saved = common.kept_copy(eid)
    memo = f"card:{eid}"
    version, card = st.session_state.get(memo, (None, None))
    if version != saved.version:
        card = scoring.score(saved.evaluation)
        st.session_state[memo] = (saved.version, card)
    return saved, card


def _live_summary(eid: str, slot) -> None:
    saved, card = _scored(eid)
    with slot.container():
        live_summary.show(card, saved.evaluation)
        if conflicts.pending(eid):
            st.caption("Scored as saved: your answers that were not saved (at the top of the page) are not counted.")
        with st.container(key=review_focus.scorecard_key(eid)):  # where the review of the last section goes on
            st.page_link(common.PAGES["scorecard"], label="Open the full scorecard", icon=":material/assessment:",
                         query_params={"id": eid})


def _section(saved, section_id: str, slot) -> None:
    eid = saved.id
    refused = st.session_state[_shown_refusal(eid)] = common.stale_message(saved)
    # a refusal, and each answer typed here that another tab's save overtook, beside the saved one
    conflicts.show(saved, refused if refused != common.not_yours(saved) else None, _with_header)
    st.session_state[_shown_conflicts(eid)] = conflicts.signature(eid)
    section = next(s for s in common.bank().sections if s.id == section_id)
    # the title (a heading) and why we ask in one element
    st.markdown(f"## {common.line(section.title)}\n\n:small[:gray[{common.md(' '.join(section.why.split()))}]]")
    drafts.section_bar(saved, section_id, bool(refused) or bool(conflicts.pending(eid)))
    for question in section.questions:
        st.fragment(_question)(eid, question.id, slot)
    _section_end(eid, section_id)
    review_focus.draw(eid)  # after Keep, Reject or a step from the section's end: the focus goes on from there


def _shown_refusal(eid: str) -> str:
    return f"evaluate:refusal-shown:{eid}"


def _shown_conflicts(eid: str) -> str:
    return f"evaluate:conflicts-shown:{eid}"


def _question(eid: str, qid: str, slot) -> None:
    """One question: its prompt, answer widgets, note and evidence, drafted mark, quotes and points."""
    saved, card = _scored(eid)
    refused = common.stale_message(saved)
    if (refused != st.session_state.get(_shown_refusal(eid))
            or conflicts.signature(eid) != st.session_state.get(_shown_conflicts(eid))):
        st.rerun()  # a save from this question was refused: the whole page shows why (and what was typed)
    locked = refused is not None
    pending = conflicts.is_pending(eid, qid)  # typed here, not saved: never disabled, that would reset it
    suggested = proposal.before_questions(saved).get(qid, [])  # quotes suggested from the proposal
    q, answer = common.bank().questions()[qid], saved.evaluation.answer(qid)
    scored = next(a for a in card.answers if a.question == qid)
    with st.container(border=True):
        # prompt and help in one element: every element is a message resent on each edit
        why = f"  \n:small[:gray[{common.md(' '.join(q.help.split()))}]]" if q.help else ""
        st.markdown(f"**{common.md(q.prompt)}**{why}")
        answer_inputs.draw(eid, q, answer, locked and not pending)
        # a quote accepted, or a draft kept, would write over what is typed: not until it is settled
        proposal.under_question(eid, q, answer, suggested, locked or pending, dict(zip(scored.quotes, scored.sources)),
                                proposal.citer(saved))
        if pending:  # the caption describes what the widgets show: the typed answer, not the saved one
            typed = conflicts.typed(eid, q, answer)
            scored = next(a for a in scoring.score(answer_state.with_answer(saved.evaluation, qid, typed)).answers
                          if a.question == qid)
        reasons = " ".join(scored.reasons)
        mine = "Your answer above is not saved (choose at the top of the page); it would score " if pending else ""
        st.caption(common.md(f"{mine}{scored.points:g} of {scored.max_points:g} point{'' if scored.max_points == 1 else 's'}. "
                             f"{reasons}"))
    if st.session_state.get(_WHOLE_PAGE):
        slot.container()  # Streamlit lets a fragment write outside only where it wrote in the page's run
    else:
        _live_summary(eid, slot)  # this question's own rerun: the summary follows the edit
        review_focus.draw(eid)  # an Accept that left the counts alone reruns only its question: the focus goes on here


# --- the page -------------------------------------------------------------------------------

def main() -> None:
    saved = common.require_current("answer the questions")
    if saved is None:
        return
    if documents.collect(saved.id):  # files read in the background were added meanwhile
        saved = common.kept_copy(saved.id)
    common.adopt_if_untouched(saved, prefix(saved.id))
    conflicts.show_saved_values(saved, _with_header)  # a newer version: keep what is typed, show the rest as saved
    common.title(saved, "Evaluate")
    # the documents' tables sit between the top and the questions, dozens of Tab stops: one link past them
    st.markdown(f"[:material/arrow_downward: Go to the questions](#{QUESTIONS})")
    common.owner_note(saved)  # another evaluator's answers: read only, and why
    locked = common.stale_message(saved) is not None
    _header(saved, locked)
    proposal.panel(saved, locked)
    _workspace(saved, _section_picker(saved.id))


main()
