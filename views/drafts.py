"""Drafted answers on the Evaluate page: draft every answer the proposal supports, then review them.

`bar` draws below the proposal panel: the "Draft the answers from the proposal" button, the progress
line ("21 answers drafted, 4 reviewed") and "Clear all unreviewed drafts" (after a confirmation).
`section_bar` offers "Keep all drafted" / "Reject all drafted" for one section, and `mark` draws,
under each drafted answer, whether the buyer has reviewed it, its evidence level and Keep / Reject, and under one
holding several options a Remove per option (one wrong option out, the rest kept: the buyer's edit of the draft).

Drafting, keeping and rejecting are pure functions (reading.draft, questions.answer_edits); this module
only calls them and saves through the store like any edit, so a stale save is refused the same way.
Re-drafting merges: an answer the buyer typed or reviewed is never overwritten.
"""
from __future__ import annotations

import streamlit as st

from questions import Answer, Evaluation
from questions.answer_edits import accept_suggestion, clear_unreviewed, drop_option, keep, merge_draft
from questions.models import DOCUMENT_KINDS, Question
from reading.documents import offer_missing
from reading.draft import Drafter, drafter_for
from reading.draft_review import DraftProgress, progress, section_questions
from reading.text import reader_for
from scoring.round_rejects import reject_drafts
from views.draft_badges import reviewed_badge
from views import common, notices, review_focus, spoken
from questions.wording import many

# The parts of a question's form that hold its answer (views/evaluate.py keys them "ev:<id>:<question>:<part>").
ANSWER_PARTS = ("choice", "choices", "text", "note", "evidence", "metric", "unit", "baseline", "target", "rows")
STALE = ("was not saved: this evaluation was changed elsewhere since you opened it. Reload the latest version "
         "(below the section picker) and try again.")


def _key(eid: str, part: str) -> str:
    return f"drafts:{eid}:{part}"


@st.cache_resource(show_spinner=False)
def _drafter() -> Drafter:
    """Drafting rules compiled once per server, not on every click."""
    return drafter_for(common.bank())


# --- notices and the page-wide progress line ----------------------------------------------------------

def notify(eid: str, kind: str, message: str) -> None:
    """Keep a message (error, warning, success, info) to show in the drafting bar on the next draw."""
    notices.notify(_key(eid, "drafts"), kind, message)


def _show_notices(eid: str) -> None:
    notices.show(_key(eid, "drafts"))


def progress_text(done: DraftProgress) -> str:
    """'21 answers drafted, 4 reviewed · 17 still to review' (Markdown, made of numbers only)."""
    if not done.drafted:
        return f"No answers drafted · {many(done.to_check, 'answer')} with options to check" if done.to_check \
            else "No answers drafted yet."
    rest = f"{done.unreviewed} still to review" if done.unreviewed else "all reviewed"
    checks = f" · {many(done.to_check, 'answer')} with options to check" if done.to_check else ""
    return f"**{done.line()}** · {rest}{checks}"


def refresh_if_reviewed(saved) -> None:
    """Called inside the section fragment: when a review there (Keep, Reject, an edit) changed the counts
    the bar at the top of the page shows, rerun the whole page so the two never disagree. An ordinary
    edit of an answer that is not an unreviewed draft leaves the counts alone and costs nothing more."""
    shown = st.session_state.get(_key(saved.id, "shown"))
    done = progress(saved.evaluation)
    if shown is not None and shown != (done.drafted, done.reviewed):
        st.rerun()


# --- the bar below the proposal panel --------------------------------------------------------------------

def bar(saved, locked: bool) -> None:
    eid, evaluation = saved.id, saved.evaluation
    done = progress(evaluation)
    if not evaluation.proposal_text.strip() and not done.drafted:
        st.session_state.pop(_key(eid, "shown"), None)
        return
    st.session_state[_key(eid, "shown")] = (done.drafted, done.reviewed)
    with st.container(border=True, key=_key(eid, "bar"), gap="small"):
        _show_notices(eid)
        st.button("Draft the answers from the proposal", key=_key(eid, "draft"), icon=":material/auto_awesome:",
                  type="secondary" if done.drafted else "primary", on_click=draft_answers, args=(eid,),
                  disabled=locked or not evaluation.proposal_text.strip(),
                  help="Answers every question the proposal's text supports, with the sentences each rests on. "
                       "Answers you typed or reviewed are never replaced.")
        st.markdown(progress_text(done))
        if done.unreviewed:
            _clear_button(eid, done, locked)
        st.caption("A drafted answer counts at the evidence its sentences warrant; only you can raise it to "
                   "demonstrated or proven. Keep, edit or reject each one under its question.")


def _clear_button(eid: str, done: DraftProgress, locked: bool) -> None:
    """Asks inline, right under the button: the confirmation is the next Tab stop (a popover's
    contents sit at the end of the page, past every other Tab stop)."""
    asked = _key(eid, "clear_asked")
    st.button("Clear all unreviewed drafts", key=_key(eid, "clear_ask"), icon=":material/delete_sweep:",
              disabled=locked, on_click=_ask, args=(asked, True))
    if locked or not st.session_state.get(asked):
        return
    st.warning(f"Remove the {many(done.unreviewed, 'drafted answer')} you have not reviewed yet? Answers you typed, "
               "kept, edited or rejected stay as they are.")
    with st.container(horizontal=True):
        st.button("Yes, clear them", key=_key(eid, "clear"), type="primary", icon=":material/delete_sweep:",
                  on_click=clear_drafts, args=(eid,))
        st.button("Cancel", key=_key(eid, "clear_no"), on_click=_ask, args=(asked, False))


def _ask(flag: str, asking: bool) -> None:
    st.session_state[flag] = asking


# --- actions: each saves through the store like any edit ----------------------------------------------

def _forget_widgets(eid: str, questions) -> None:
    """Drop the form's values for these questions, so they redraw from what is now saved."""
    for qid in questions:
        for part in ANSWER_PARTS:
            st.session_state.pop(f"ev:{eid}:{qid}:{part}", None)


def _changed(before: Evaluation, after: Evaluation) -> list[str]:
    return [q for q in common.bank().questions() if before.answer(q) != after.answer(q)]


def _save(eid: str, before: Evaluation, after: Evaluation, what: str) -> bool:
    if not common.save(eid, after):
        notify(eid, "error", f"{what} {STALE}")
        return False
    _forget_widgets(eid, _changed(before, after))
    return True


def draft_answers(eid: str) -> None:
    """Button callback: draft from the saved proposal text and merge it into the saved answers."""
    latest = common.store().get(eid).evaluation
    if not latest.proposal_text.strip():
        notify(eid, "error", "Read the proposal first: there is no proposal text to draft from.")
        return
    drafted = _drafter().draft_documents(latest.documents, proposal=latest.proposal, vendor=latest.vendor)
    merged = merge_draft(latest, drafted, common.bank())
    if not _save(eid, latest, merged, "The draft"):
        return
    st.session_state[f"ev:{eid}:header:labels"] = list(merged.labels)
    mine = [a for a in drafted.answers if merged.answer(a.question) != a]
    counted, checks = _counted(drafted)  # as the progress line counts: options only offered are to check
    said = f"Drafted {counted} from the proposal{checks}."
    if offer_missing(latest.documents):  # another customer's case study alone gives no answer of this plant's
        said = (f"Drafted {counted} from another customer's case study{checks}: only which "
                "reference shows a measured result. The vendor's offer itself is still missing.")
    if mine:
        said += f" {many(len(mine), 'answer')} you typed or reviewed were left as they are."
    if not drafted.answers:
        said = "The proposal supports no answer: it names nothing concrete the questions ask about."
    notify(eid, "success" if drafted.answers else "info", said)
    review_focus.after_draft(eid, merged, _key(eid, "draft"))


def _counted(drafted: Evaluation) -> tuple[str, str]:
    """('15 answers', ', and 2 with options to check'): the drafting bar's numbers."""
    done = progress(drafted)
    return many(done.drafted, "answer"), f", and {done.to_check} with options to check" if done.to_check else ""


def redraft(eid: str) -> str:
    """After a document was added or removed: draft again if answers were drafted before (what the
    buyer typed or reviewed stays), and say what happened, as a sentence to add to a notice."""
    latest = common.store().get(eid).evaluation
    done = progress(latest)
    if not done.drafted and not done.to_check:  # options only offered were drafted too: they are drafted again
        return " Draft the answers from the documents below, or answer the questions yourself."
    if not latest.proposal_text.strip():
        return " The drafted answers stay as they are until you draft again."
    drafted = _drafter().draft_documents(latest.documents, proposal=latest.proposal, vendor=latest.vendor)
    # the labels as they are: each document added its own when it came in, and one the buyer removed stays removed
    merged = merge_draft(latest, drafted, common.bank()).model_copy(update={"labels": latest.labels})
    if not _save(eid, latest, merged, "Drafting again"):
        return ""
    return " The answers not yet reviewed were drafted again from all the documents; yours stay as they are."


def clear_drafts(eid: str) -> None:
    st.session_state.pop(_key(eid, "clear_asked"), None)
    latest = common.store().get(eid).evaluation
    cleared = clear_unreviewed(latest)
    if _save(eid, latest, cleared, "Clearing the drafts"):
        notify(eid, "success", f"Cleared {many(progress(latest).unreviewed, 'unreviewed drafted answer')}.")


def keep_answers(eid: str, questions: list[str]) -> None:
    latest = common.store().get(eid).evaluation
    kept = keep(latest, questions)
    if _save(eid, latest, kept, "Keeping the draft"):
        review_focus.after_review(eid, kept, questions)


def reject_answers(eid: str, questions: list[str]) -> None:
    latest = common.store().get(eid).evaluation
    rejected = reject_drafts(latest, questions, common.bank())  # a reply's own answer among them stands
    if _save(eid, latest, rejected, "Rejecting the draft"):
        review_focus.after_review(eid, rejected, questions)


def remove_option(eid: str, q: Question, option: str) -> None:
    """One wrong option out, the rest kept: saved as the buyer's edit of the draft, which the draft report counts."""
    latest = common.store().get(eid).evaluation
    edited = drop_option(latest, q.id, option)
    if not _save(eid, latest, edited, "Removing the option"):
        return
    before, left = latest.answer(q.id).choices, edited.answer(q.id).choices
    if len(left) < 2:
        review_focus.after_review(eid, edited, [q.id])
        return
    st.session_state[_key(eid, f"removing:{q.id}")] = True  # the other options keep their Remove (walk 74)
    at = before.index(option)  # the focus goes on to the next option's Remove, the buyer's next check
    review_focus.after_remove(eid, _remove_key(eid, q, left[min(at, len(left) - 1)]), _remove_key(eid, q, option))


def accept_option(eid: str, q: Question, option: str) -> None:
    latest = common.store().get(eid).evaluation
    answer = latest.answer(q.id)
    evidence = _quoted_evidence(answer.quotes if answer else [])
    if _save(eid, latest, accept_suggestion(latest, q, option, evidence), "Accepting the suggestion"):
        offers = answer.suggested if answer else []
        after = offers[offers.index(option) + 1:] if option in offers else []
        review_focus.after_accept(eid, q, _accept_key(eid, q, after[0]) if after else None, _accept_key(eid, q, option))


def _accept_key(eid: str, q: Question, option: str) -> str:
    return _key(eid, f"accept:{q.id}:{option}")


def _quoted_evidence(quotes: list[str]) -> str:
    """What the sentences behind an offered option warrant once the buyer accepts it: described specifically when
    one of them names something concrete (a number with its unit, a system, a role ...), else the vendor's claim."""
    reader = reader_for(common.bank())
    concrete = any(s.kind == "substance" for quote in quotes for s in reader.read(quote).sentences)
    return "specific" if concrete else "vendor_claim"


# --- in the section: per section and per answer ---------------------------------------------------

def section_bar(saved, section_id: str, locked: bool) -> None:
    """Keep or reject every unreviewed draft in one section. One element, empty once none waits: were it drawn only
    while one waits, the last draft reviewed by an edit would move every question below up a place, drawn anew, and
    the focus the buyer had tabbed on to would fall to the page's top."""
    eid, evaluation = saved.id, saved.evaluation
    asked = set(section_questions(common.bank(), section_id))
    waiting = [a.question for a in evaluation.answers if a.question in asked and a.unreviewed]
    row = st.container(horizontal=True, vertical_alignment="center", gap="small", key=_key(eid, f"section:{section_id}"))
    if not waiting:
        return
    with row:
        st.markdown(f":orange-badge[:material/auto_awesome: {len(waiting)} to review here]", width="content",
                    help="Drafted answers in this section that you have not kept, edited or rejected yet.")
        title = next(s.title for s in common.bank().sections if s.id == section_id)
        st.button(spoken.button("Keep all drafted", f"in: {title}"), key=_key(eid, f"keep-all:{section_id}"),
                  icon=":material/done_all:", on_click=keep_answers, args=(eid, waiting), disabled=locked)
        st.button(spoken.button("Reject all drafted", f"in: {title}"), key=_key(eid, f"reject-all:{section_id}"),
                  icon=":material/remove_done:", on_click=reject_answers, args=(eid, waiting), disabled=locked)


def drawn_from(quotes: list[str], sources: dict[str, str] | None) -> str:
    """Which documents an answer's quotes come from (`sources`: quote -> citation): the proposal, a reply, answers."""
    reply, answers = DOCUMENT_KINDS["reply"], DOCUMENT_KINDS["questionnaire"]
    cited = [c for c in ((sources or {}).get(q, "") for q in quotes) if c]
    from_reply = [c == reply or c.startswith(reply + " ") for c in cited]
    if from_reply and all(from_reply):
        return "the vendor's reply"
    if any(c.startswith(answers) for c in cited):
        return "the vendor's answers to our questions" + ("" if all(c.startswith(answers) for c in cited) else
                                                          " and the proposal")
    return "the proposal and the reply" if any(from_reply) else "the proposal"


def mark(eid: str, q: Question, answer: Answer | None, locked: bool, sources: dict[str, str] | None = None) -> None:
    """Under a drafted answer: reviewed or not, the evidence its sentences warrant, Keep / Reject,
    and the options drafting was not sure enough of to tick ("check this", one click to accept)."""
    if answer is None or not answer.drafted:
        return
    if answer.suggested:
        _suggestions(eid, q, answer, locked)
    if answer.offered_only:
        return  # only suggestions: nothing drafted to keep or reject
    evidence = common.bank().evidence_names()
    with st.container(horizontal=True, vertical_alignment="center", gap="small", key=_key(eid, f"mark:{q.id}")):
        if answer.unreviewed:
            st.markdown(f":orange-badge[:material/auto_awesome: Drafted from {drawn_from(answer.quotes, sources)}, "
                        "not yet reviewed]", width="content")
            # each button named with its question: tabbing from one answer to the next, "Keep" alone says nothing
            st.button(spoken.button("Keep", f"the drafted answer to: {q.prompt}"), key=_key(eid, f"keep:{q.id}"),
                      icon=":material/check:", type="tertiary",
                      help="The draft is right: mark it reviewed as it is.", on_click=keep_answers,
                      args=(eid, [q.id]), disabled=locked)
            st.button(spoken.button("Reject", f"the drafted answer to: {q.prompt}"), key=_key(eid, f"reject:{q.id}"),
                      icon=":material/close:", type="tertiary",
                      help="The draft is wrong: empty what Winnow drafted here (options you accepted stay); "
                           "drafting again will leave it so.",
                      on_click=reject_answers, args=(eid, [q.id]), disabled=locked)
            st.caption(f"Evidence: {common.line(evidence.get(answer.evidence, answer.evidence))}", width="content")
        else:
            st.markdown(reviewed_badge(answer), width="content")
    removing = answer.unreviewed or st.session_state.get(_key(eid, f"removing:{q.id}"), False)
    if removing and len(answer.choices) > 1:  # once one is removed, each option left keeps its Remove
        _removals(eid, q, answer, locked)


def _removals(eid: str, q: Question, answer: Answer, locked: bool) -> None:
    """A Remove per option of a drafted answer holding several: one wrong option out and the rest kept in one step,
    where Reject would empty the right ones with it (walk 63)."""
    names = q.choice_names()
    with st.container(horizontal=True, vertical_alignment="center", gap="small", key=_key(eid, f"remove:{q.id}")):
        st.caption("Only one wrong? Remove it and keep the rest:", width="content")
        for option in answer.choices:
            shown = f"Remove: {common.line(names.get(option, option))}"
            st.button(spoken.button(shown, f"from the drafted answer to: {q.prompt}, keeping the other options"),
                      key=_remove_key(eid, q, option), icon=":material/remove:", type="tertiary",
                      help="This option is wrong: take it out and keep the others, as your edit of the draft.",
                      on_click=remove_option, args=(eid, q, option), disabled=locked)


def _remove_key(eid: str, q: Question, option: str) -> str:
    return _key(eid, f"remove:{q.id}:{option}")


def _suggestions(eid: str, q: Question, answer: Answer, locked: bool) -> None:
    names = q.choice_names()
    with st.container(horizontal=True, vertical_alignment="center", gap="small", key=_key(eid, f"check:{q.id}")):
        st.markdown(":violet-badge[:material/help: Check this]", width="content",
                    help="The proposal may say this, but not surely enough for Winnow to tick it (too few or too general "
                         "sentences, or an option whose drafts often proved wrong in texts like this one): it earns "
                         "no points until you accept it. The quoted sentences are below.")
        for option in answer.suggested:
            shown = f"Accept: {common.line(names.get(option, option))}"
            st.button(spoken.button(shown, f"as an answer to: {q.prompt}"), key=_accept_key(eid, q, option),
                      icon=":material/add_task:", type="tertiary", on_click=accept_option, args=(eid, q, option),
                      disabled=locked)


def summary_line(evaluation: Evaluation) -> None:
    """The live summary's line on drafted answers (nothing when none were drafted)."""
    done = progress(evaluation)
    if done.drafted:
        st.markdown(f":material/auto_awesome: {progress_text(done)}")
