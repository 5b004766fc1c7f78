"""Follow-up: send the open questions to the vendor as round N, read the reply against them, see
what it settled, and accept (or not) the changes it proposes to answers the buyer made.

The library does the work (scoring.rounds, reports.letter_round); this page only draws and saves.
Questions, reply sentences and reasons sit in data-grid cells or escaped text, never as Markdown.
"""
from __future__ import annotations

import math
from datetime import date

import streamlit as st

import scoring
from proposals import MAX_UPLOAD_BYTES, ExtractionError, extract_text
from reading.documents import from_file, pasted
from scoring.round_changes import changes
from scoring.round_history import dated_before_sent, history
from scoring.round_now import open_now
from scoring.round_taking import keep_own_answer, pending, take_reply_answer
from scoring.round_replies import read_replies, read_reply_into_round, replied_round
from scoring.rounds import RoundError, freeze, may_also_ask, open_questions, open_round
from views import auth, common, evidence, notices, reply_drafts
from views.round_shown import key, shown, whole_table
from views.round_words import in_words
from questions.loader import load_round_rules
from questions.wording import many

MAX_REPLY_CHARS = 500_000
md, line = common.md, common.line


# --- sending -------------------------------------------------------------------------------------

def _next_round(saved, card, locked: bool) -> None:
    st.markdown(f"## Round {len(saved.evaluation.rounds) + 1}: what is still open")
    also = _also(saved, card, locked)
    asked = open_questions(saved.evaluation, card, common.bank(), also=also)
    if not asked:
        said = settled(len(may_also_ask(saved.evaluation, card, common.bank())))
        (st.info if said[0] == "info" else st.success)(said[1], icon=":material/task_alt:")
        return
    whole_table([{"#": q.id, "Question": q.text, "Comes from": "; ".join(q.comes_from)} for q in asked])
    st.button("Send these follow-up questions", key=key(saved.id, "send"), type="primary", icon=":material/send:",
              on_click=send, args=(saved.id,), disabled=locked,
              help="Freezes these questions as the next round, dated today, so the reply can be read against "
                   "them. Then download the letter below and send it.")


def settled(unanswered: int) -> tuple[str, str]:
    """What the next round says when no gap, risk flag or essential question is open: "Nothing is open" only where no
    question is unanswered either; else how many the buyer may still add under "Also ask" (walk73 read "Nothing is open"
    over the topics it had put there)."""
    if not unanswered:
        return "success", "Nothing is open: the answers settle every gap, risk flag and essential question."
    return "info", (f"No gap, risk flag or essential question is open, but {many(unanswered, 'question')} "
                    f"{'is' if unanswered == 1 else 'are'} still unanswered: pick under \"Also ask\" what to put in this round.")


def _also(saved, card, locked: bool) -> frozenset[str]:
    """The unanswered questions no gap, flag or essential question puts in the letter, which the buyer may add
    (walk 54 missed the return in numbers, a reference and reliability in a letter titled "what is still open")."""
    more = may_also_ask(saved.evaluation, card, common.bank())
    if not more:
        return frozenset()
    prompts = {q.id: q.prompt for q in common.bank().questions().values()}
    chosen = key(saved.id, "also")  # the saved picks, as a reload or a colleague finds them (walk81 lost them)
    st.session_state[chosen] = [q for q in st.session_state.get(chosen, saved.evaluation.also_ask) if q in more]
    # counted as the list offers them: one already picked is asked, no longer offered (walk 56 read "13" over 10)
    offered = [q for q in more if q not in st.session_state[chosen]]
    picked = st.multiselect(f"Also ask ({many(len(offered), 'unanswered question')} the letter does not ask yet)",
                            more, format_func=prompts.get, key=chosen, disabled=locked,
                            on_change=keep_also, args=(saved.id,),
                            placeholder="Add unanswered questions to this round",
                            help="The letter asks every label gap, risk flag and essential question still open. "
                                 "Add any other question the answers leave open; it is asked again in later rounds "
                                 "until the vendor answers it.")
    return frozenset(picked)


def keep_also(eid: str) -> None:
    """Widget callback: the picks saved with the evaluation, so a reload, another tab and the sent round have them."""
    latest = common.store().get(eid).evaluation
    picked = list(st.session_state.get(key(eid, "also"), []))
    if picked != latest.also_ask and not common.save(eid, latest.model_copy(update={"also_ask": picked})):
        _notify(eid, "error", "Your picks under \"Also ask\" were not saved: this evaluation was changed elsewhere. "
                              "Reload it, then pick them again.")


def send(eid: str) -> None:
    latest = common.store().get(eid).evaluation
    card = scoring.score(latest)
    also = frozenset(st.session_state.get(key(eid, "also"), latest.also_ask))
    try:
        frozen = freeze(latest, card, _sender(latest), date.today(), common.bank(), also=also)
    except RoundError as refused:
        _notify(eid, "error", f"Not sent: {refused}.")
        return
    if common.save(eid, frozen):
        st.session_state.pop(key(eid, "also"), None)  # asked now: the next round asks them again while unanswered
        count = len(frozen.rounds[-1].questions)
        _notify(eid, "success", f"Round {frozen.rounds[-1].number} is ready: {many(count, 'question')}. Download the "
                                "letter below, send it, and read the vendor's reply here when it comes.")


def _sender(evaluation) -> str:
    user = auth.current_user()
    return evaluation.evaluator or getattr(user, "name", "") or user.owner


# --- reading the reply ---------------------------------------------------------------------------

def _reply_form(saved, round_, locked: bool) -> None:
    """The form for the round's reply; once it has one, for another message of the vendor's to the same round (the KPI
    figures sent as promised, a datasheet a day later): read against the questions no reply has settled yet."""
    further = round_.replied
    st.markdown(f"## Add another reply to round {round_.number}" if further
                else f"## The vendor's reply to round {round_.number}")
    if further:
        st.caption(f"The vendor answered round {round_.number} in more than one message? Read each here: it is read "
                   "against the questions still open, and the round lists which message settled each. Or send the "
                   "next round below.")
    for said in dated_before_sent(round_):  # a reply to an earlier letter, or a date typed wrong: the buyer checks
        st.warning(md(said + "."), icon=":material/event_busy:")
    st.radio("Reply from", ["Paste the e-mail", "Upload a file"], key=key(saved.id, "source"), horizontal=True,
             label_visibility="collapsed")
    if st.session_state[key(saved.id, "source")] == "Upload a file":
        # no type list: the browser would drop another file unseen; the reader says what it cannot read and why
        st.file_uploader("Reply file (PDF, Word, Excel or CSV, text, Markdown, or scanned pages)",
                         key=key(saved.id, "upload"), max_upload_size=math.ceil(MAX_UPLOAD_BYTES / 1024 / 1024))
    else:
        st.text_area("Reply text", key=key(saved.id, "paste"), height=180, max_chars=MAX_REPLY_CHARS,
                     placeholder="Paste the vendor's e-mail reply here")
    st.button(f"Read it into round {round_.number}" if further else "Read the reply against the questions",
              key=key(saved.id, "read"), type="secondary" if further else "primary",
              icon=":material/mark_email_read:", on_click=read, args=(saved.id,), disabled=locked)


def read(eid: str) -> None:
    """Button callback: read the reply, draft from it, mark each question, save; keep the proposed
    changes to the buyer's own answers for the buyer to decide."""
    latest = common.store().get(eid).evaluation
    round_ = open_round(latest) or replied_round(latest)  # its first reply, or another message to it
    if round_ is None:
        return
    reply = _reply_document(eid, round_.number, len(round_.replies) + 1)
    if reply is None:
        return
    try:
        outcome = read_reply_into_round(latest, reply, common.bank())
    except RoundError as refused:
        _notify(eid, "error", f"Not read: {refused}.")
        return
    if not common.save(eid, outcome.evaluation):
        _notify(eid, "error", "The reply was not saved: this evaluation was changed elsewhere. Reload it, then "
                              "read the reply again.")
        return
    _forget_answer_widgets(eid)
    st.session_state[key(eid, "paste")] = ""  # read and saved: left in the box, it was easy to read it twice (walk80)
    _notify(eid, "success", changes(outcome.round).line())


def _reply_document(eid: str, number: int, nth: int = 1):
    name = f"Reply to round {number}" if nth == 1 else f"Reply {nth} to round {number}"
    if st.session_state.get(key(eid, "source")) == "Upload a file":
        upload = st.session_state.get(key(eid, "upload"))
        if upload is None:
            _notify(eid, "error", "No file has arrived yet. If you have chosen the reply's file, it is still "
                                  "uploading: click again when its upload has finished. Otherwise choose it, or "
                                  "paste the e-mail instead.")  # the server learns of a file once it is uploaded
            return None
        try:
            data = upload.getvalue()
            return from_file(upload.name, "reply", extract_text(upload.name, data), data)
        except ExtractionError as refused:
            _notify(eid, "error", f"{refused}. Nothing saved was changed.")
            return None
    text = (st.session_state.get(key(eid, "paste")) or "").strip()
    if not text:
        _notify(eid, "error", "Paste the vendor's reply first, or upload its file.")
        return None
    return pasted(text, "reply", name)


def _forget_answer_widgets(eid: str) -> None:
    """The Evaluate form redraws from what is now saved."""
    for widget in [k for k in st.session_state if str(k).startswith(f"ev:{eid}:")]:
        del st.session_state[widget]


# --- changes the reply proposes to the buyer's own answers ---------------------------------------

def _proposed(saved, locked: bool) -> None:
    proposed = pending(saved.evaluation)  # kept in the round: there after a reload, for every colleague
    if not proposed:
        return
    st.markdown("## The reply proposes changes to answers you made")
    st.caption("Your answer stays until you accept the reply's version.")
    questions = common.bank().questions()
    for answer in proposed:
        qid = answer.question
        with st.container(border=True):
            st.markdown(f"**{line(questions[qid].prompt)}**")
            mine, theirs = st.columns(2)
            yours = saved.evaluation.answer(qid)
            mine.caption("Your answer")
            mine.text(in_words(yours, questions[qid], common.bank()))
            theirs.caption("From the reply (what it adds is marked +)")
            theirs.text(in_words(answer, questions[qid], common.bank(), yours))
            said = _reply_words(saved.evaluation, answer, yours)
            if said:
                theirs.caption("The reply's words behind it")
                theirs.text("\n".join(f"\u201c{q}\u201d" for q in said))
            keep, take = st.columns(2)  # each under its own column: mine left, the reply's right
            take.button("Take the reply's answer", key=key(saved.id, f"accept:{qid}"), icon=":material/check:",
                        on_click=decide, args=(saved.id, qid, True), disabled=locked)
            keep.button("Keep my answer", key=key(saved.id, f"keep:{qid}"), icon=":material/undo:",
                        on_click=decide, args=(saved.id, qid, False), disabled=locked)


def _reply_words(evaluation, answer, yours) -> list[str]:
    """The reply's sentences on the question, to judge its proposal by: those the round quoted under the topic that
    asks it, else the proposal's quotes the buyer's answer did not have (walk53: an evidence-only change showed nothing)."""
    topic = load_round_rules().topic_of.get(answer.question)
    asked = next((q.quotes for q in evaluation.rounds[-1].questions if q.topic == topic and q.quotes), None)
    return (asked or [q for q in answer.quotes if not yours or q not in yours.quotes])[:2]


def decide(eid: str, qid: str, take: bool) -> None:
    """Button callback: the reply's answer taken (a question that waited for it closes), or the buyer's kept."""
    latest = common.store().get(eid).evaluation
    try:
        decided = take_reply_answer(latest, qid, common.bank()) if take else keep_own_answer(latest, qid, common.bank())
    except RoundError:
        return  # decided already, in another tab or by a colleague
    if common.save(eid, decided) and take:
        _forget_answer_widgets(eid)


# --- the team: colleagues scoring the same proposal --------------------------------------------

def _colleagues(saved, locked: bool) -> None:
    """Every evaluator sees the rounds the others sent; a colleague's reply drafts into this evaluation
    only when its evaluator asks."""
    others = [s for s in common.store().group(saved.id) if s.id != saved.id and s.evaluation.rounds]
    if not others:
        return
    st.markdown("## Rounds your colleagues sent on this proposal")
    mine = {one.sha256 for r in saved.evaluation.rounds for one in r.replies if one.sha256}
    for other in others:
        who = other.evaluation.evaluator or other.owner or "another evaluator"
        for round_ in reversed(other.evaluation.rounds):
            said = changes(round_).line() if round_.replied else f"Round {round_.number}, sent {round_.sent_at}: " \
                f"{len(round_.questions)} asked, waiting for the reply."
            st.markdown(f"- **{line(who)}**: {line(said)}")
            if round_.replied and any(one.sha256 not in mine for one in round_.replies):
                st.button(f"Read {who}'s reply to round {round_.number} into my evaluation",
                          key=key(saved.id, f"take:{other.id}:{round_.number}"), icon=":material/move_to_inbox:",
                          on_click=take_reply, args=(saved.id, other.id, round_.number), disabled=locked)


def take_reply(eid: str, other_id: str, number: int) -> None:
    """Button callback: every message of a colleague's round, in order, read against this evaluation's own round."""
    theirs = common.store().get(other_id).evaluation
    round_ = next(r for r in theirs.rounds if r.number == number)
    documents = {d.sha256: d for d in theirs.documents if d.sha256}
    replies = [documents.get(one.sha256) for one in round_.replies]
    if not replies or None in replies:
        _notify(eid, "error", "That reply is no longer among your colleague's documents.")
        return
    latest = common.store().get(eid).evaluation
    try:
        outcome = read_replies(latest, replies, common.bank(), sent_by=_sender(latest))
    except RoundError as refused:
        _notify(eid, "error", f"Not read: {refused}.")
        return
    if outcome is not None and common.save(eid, outcome.evaluation):
        _forget_answer_widgets(eid)
        _notify(eid, "success", changes(outcome.round).line())


# --- the page ------------------------------------------------------------------------------------

def _notify(eid: str, kind: str, message: str) -> None:
    notices.notify(key(eid, "rounds"), kind, message)


def _show_notices(eid: str) -> None:
    with st.container():  # one element, empty or not: a notice must not move the form (a file uploading is lost)
        notices.show(key(eid, "rounds"))


def main() -> None:
    saved = common.require_current("send follow-up questions")
    if saved is None:
        return
    common.title(saved, "Follow-up")
    common.owner_note(saved)
    refused = common.stale_message(saved)
    locked = refused is not None
    if locked and refused != common.not_yours(saved):  # whose it is, owner_note has said above
        st.warning(md(refused), icon=":material/sync_problem:")
    _show_notices(saved.id)
    evaluation = saved.evaluation
    waiting, card = open_round(evaluation), scoring.score(evaluation)
    rounds = list(zip(evaluation.rounds, history(evaluation, card, common.bank())))
    now = open_now(evaluation, card, common.bank()) if rounds else None
    answered = replied_round(evaluation)
    if waiting is not None:
        _reply_form(saved, waiting, locked)
    elif answered is not None:  # in the buyer's order: what the reply settled and changed, then the next letter
        st.markdown(f"## What the reply to round {answered.number} settled")
        shown(saved, *rounds.pop(), now)
        _proposed(saved, locked)
        reply_drafts.section(saved, locked)
        _reply_form(saved, answered, locked)
    if waiting is None:
        _next_round(saved, card, locked)
    if answered is None:
        _proposed(saved, locked)  # a change proposed by an earlier round's reply, still to decide
        reply_drafts.section(saved, locked)
    if rounds:
        st.markdown("## Rounds" if waiting is not None or answered is None else "## Earlier rounds")
        for round_, told in reversed(rounds):
            shown(saved, round_, told, now)
    _colleagues(saved, locked)
    evidence.section(saved, locked)


main()
