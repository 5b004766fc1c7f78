"""Evaluate: the guided form, section by section. Every change is saved at once.

Widget values live under keys "ev:<evaluation id>:<question id>:<part>". Each question is a fragment:
answering it reruns only that question, which redraws the live summary beside it.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

import scoring
from questions import Answer, Evaluation, Integration, Measure
from questions.models import Question
from views import common, drafts, live_summary, proposal

NOT_CHOSEN = ""
FROM_LABELS = -1
DIRECTIONS = {"none": "No data exchanged", "to_system": "→ into this system", "from_system": "← from this system",
              "both": "⇄ both ways"}


def prefix(eid: str) -> str:
    return f"ev:{eid}:"


def key(eid: str, qid: str, part: str) -> str:
    return f"ev:{eid}:{qid}:{part}"


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
    on = dict(on_change=_header_changed, args=(eid,), disabled=locked)
    with st.container(border=True):
        a, b, c = st.columns(3)
        a.text_input("Proposal name", key=key(eid, "header", "proposal"), **on)
        b.text_input("Vendor", key=key(eid, "header", "vendor"), **on)
        c.text_input("Evaluator", key=key(eid, "header", "evaluator"), **on)
        d, e = st.columns([2, 1])
        d.multiselect("Labels the vendor sells with", list(labels), format_func=labels.get,
                      key=key(eid, "header", "labels"), placeholder="IoT, Industry 4.0, AI ...",
                      help="Each label claims a level on the scope ladder; the answers must back it up.", **on)
        e.selectbox("Claimed scope", list(levels), format_func=levels.get, key=key(eid, "header", "claimed_scope"),
                    help="Override the scope the labels imply, e.g. when the proposal promises more in words.", **on)
    if not st.session_state[key(eid, "header", "proposal")].strip():
        st.warning("The proposal needs a name; the last saved name is kept until you type one.")
    names = {p: st.session_state[key(eid, "header", p)] for p in ("proposal", "vendor", "evaluator")}
    for part, problem in common.name_problems(names).items():
        st.warning(f"The {part} name {common.md(problem)}. The saved {part} name is kept until you change it.")


def _header_changed(eid: str) -> None:
    state = lambda part: st.session_state[key(eid, "header", part)]  # noqa: E731
    latest = common.store().get(eid).evaluation
    scope = state("claimed_scope")
    names = {p: state(p).strip() for p in ("proposal", "vendor", "evaluator") if state(p).strip() or p != "proposal"}
    bad = common.name_problems(names)  # a blank proposal name or a hostile name keeps the saved one
    update = {p: v for p, v in names.items() if p not in bad}
    update.update(labels=list(state("labels")), claimed_scope=None if scope == FROM_LABELS else scope)
    common.save(eid, latest.model_copy(update=update))  # a refusal shows above the questions


# --- section picker -----------------------------------------------------------------------

def _section_picker(eid: str) -> str:
    sections = common.bank().sections
    ids = [s.id for s in sections]
    titles = {s.id: f"{i}. {s.title}" for i, s in enumerate(sections, 1)}
    picked = f"section:{eid}"
    st.session_state.setdefault(picked, ids[0])
    here = ids.index(st.session_state[picked])
    a, b, c = st.columns([6, 1, 1], vertical_alignment="bottom")
    a.selectbox("Section", ids, format_func=titles.get, key=picked)
    b.button("Previous", key=f"prev:{eid}", on_click=_step, args=(picked, ids, here - 1), disabled=here == 0,
             width="stretch")
    c.button("Next", key=f"next:{eid}", on_click=_step, args=(picked, ids, here + 1),
             disabled=here == len(ids) - 1, width="stretch")
    return st.session_state[picked]


def _step(picked: str, ids: list[str], to: int) -> None:
    st.session_state[picked] = ids[to]


# --- one section of questions --------------------------------------------------------------

_WHOLE_PAGE = "evaluate:whole-page"  # set while the page's own run draws the questions


def _workspace(eid: str, section_id: str) -> None:
    """The section's questions beside the live summary. Each question is a fragment: an edit's callback
    saves, then just that question reruns and redraws the live summary into its slot, in one run. The
    rest of the page is neither re-executed nor resent (the browser's work grows with what is resent)."""
    saved = common.store().get(eid)
    common.keep_copy(saved)
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
        st.page_link(common.PAGES["scorecard"], label="Open the full scorecard", icon=":material/assessment:",
                     query_params={"id": eid})


def _section(saved, section_id: str, slot) -> None:
    eid = saved.id
    refused = st.session_state[_shown_refusal(eid)] = common.stale_message(saved)
    if refused and refused != common.not_yours(saved):  # another's evaluation: the note at the top says so
        _stale_banner(eid, refused)
    section = next(s for s in common.bank().sections if s.id == section_id)
    # the title (a heading) and why we ask in one element
    st.markdown(f"### {common.line(section.title)}\n\n:small[:gray[{common.md(' '.join(section.why.split()))}]]")
    drafts.section_bar(saved, section_id, bool(refused))
    for question in section.questions:
        st.fragment(_question)(eid, question.id, slot)


def _shown_refusal(eid: str) -> str:
    return f"evaluate:refusal-shown:{eid}"


def _stale_banner(eid: str, message: str) -> None:
    st.error(common.md(message), icon=":material/sync_problem:")
    if st.button("Reload the latest version", key=f"reload:{eid}", type="primary"):
        common.reload_latest(eid, prefix(eid))
        st.rerun()


def _question(eid: str, qid: str, slot) -> None:
    """One question: its prompt, answer widgets, note and evidence, drafted mark, quotes and points."""
    saved, card = _scored(eid)
    refused = common.stale_message(saved)
    if refused != st.session_state.get(_shown_refusal(eid)):
        st.rerun()  # a save from this question was refused: the whole page shows why and locks
    locked = refused is not None
    suggested = proposal.before_questions(saved).get(qid, [])  # quotes suggested from the proposal
    q, answer = common.bank().questions()[qid], saved.evaluation.answer(qid)
    scored = next(a for a in card.answers if a.question == qid)
    _init_state(eid, q, answer)
    with st.container(border=True):
        # prompt and help in one element: every element is a message resent on each edit
        why = f"  \n:small[:gray[{common.md(' '.join(q.help.split()))}]]" if q.help else ""
        st.markdown(f"**{common.md(q.prompt)}**{why}")
        INPUTS[q.kind](eid, q, answer, locked)
        _note_and_evidence(eid, q, locked)
        proposal.under_question(eid, q, answer, suggested, locked)
        reasons = " ".join(scored.reasons)
        st.caption(common.md(f"{scored.points:g} of {scored.max_points:g} points. {reasons}"))
    if st.session_state.get(_WHOLE_PAGE):
        slot.container()  # Streamlit lets a fragment write outside only where it wrote in the page's run
    else:
        _live_summary(eid, slot)  # this question's own rerun: the summary follows the edit


def _init_state(eid: str, q: Question, answer: Answer | None) -> None:
    """First draw of this question in this session: widget values from the saved answer."""
    a = answer or Answer(question=q.id, evidence="not_answered")
    values = {"evidence": a.evidence, "text" if q.kind == "text" else "note": a.text}
    if q.kind == "choice":
        values["choice"] = a.choices[0] if a.choices else NOT_CHOSEN
    elif q.kind == "choices":
        values["choices"] = list(a.choices)
    elif q.kind == "measure":
        values.update((a.measure or Measure()).model_dump())
    for part, value in values.items():
        st.session_state.setdefault(key(eid, q.id, part), value)


def _on(eid: str, q: Question, part: str, locked: bool) -> dict:
    """Keyed per evaluation and question; saved on change; read-only while a newer version exists."""
    return dict(key=key(eid, q.id, part), on_change=_changed, args=(eid, q.id, part), disabled=locked)


def _choice(eid: str, q: Question, answer: Answer | None, locked: bool) -> None:
    names = {c.id: c.name for c in q.choices}
    st.selectbox("Answer", [NOT_CHOSEN, *names], format_func=lambda c: names.get(c, "— not answered yet —"),
                 label_visibility="collapsed", **_on(eid, q, "choice", locked))


def _choices(eid: str, q: Question, answer: Answer | None, locked: bool) -> None:
    names = {c.id: c.name for c in q.choices}
    st.multiselect("Answer", list(names), format_func=names.get, placeholder="Pick all that the vendor has shown",
                   label_visibility="collapsed", **_on(eid, q, "choices", locked))


def _text(eid: str, q: Question, answer: Answer | None, locked: bool) -> None:
    st.text_area("Answer", height=90, placeholder="In the vendor's own words, with names, numbers and roles",
                 label_visibility="collapsed", **_on(eid, q, "text", locked))


def _measure(eid: str, q: Question, answer: Answer | None, locked: bool) -> None:
    a, b, c, d = st.columns([3, 1, 1, 1])
    a.text_input("Metric", placeholder="e.g. Unplanned downtime", **_on(eid, q, "metric", locked))
    b.text_input("Unit", placeholder="hours/month", **_on(eid, q, "unit", locked))
    c.number_input("Baseline (today)", value=None, step=1.0, **_on(eid, q, "baseline", locked))
    d.number_input("Target", value=None, step=1.0, **_on(eid, q, "target", locked))


def _integrations(eid: str, q: Question, answer: Answer | None, locked: bool) -> None:
    """The table is the answer: when the buyer's edits change the saved rows, save and redraw."""
    names = {c.id: c.name for c in q.choices}
    saved_rows = answer.integrations if answer else []
    rows = pd.DataFrame([r.model_dump() for r in saved_rows], columns=["system", "direction", "method", "owner"],
                        dtype="object")
    column = st.column_config
    edited = st.data_editor(
        rows, num_rows="dynamic", hide_index=True, width="stretch", key=key(eid, q.id, "rows"), placeholder="",
        disabled=locked,
        column_config={
            "system": column.SelectboxColumn("Your system", options=list(names), format_func=names.get, required=True),
            "direction": column.SelectboxColumn("Data flow", options=list(DIRECTIONS), format_func=DIRECTIONS.get,
                                                default="none", required=True),
            "method": column.TextColumn("Method or protocol", help="e.g. REST API, OPC UA, nightly CSV"),
            "owner": column.TextColumn("Owner", help="Who keeps this connection working"),
        })
    st.caption("One row per connected system. A row is saved once its system is chosen.")
    shown = [_integration(r) for r in edited.to_dict("records") if _cell(r.get("system"))]
    if shown != saved_rows and _commit(eid, q.id, "rows", rows=shown):
        st.rerun()


def _cell(value) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value).strip()


def _integration(row: dict) -> Integration:
    return Integration(system=_cell(row["system"]), direction=_cell(row.get("direction")) or "none",
                       method=_cell(row.get("method")), owner=_cell(row.get("owner")))


INPUTS = {"choice": _choice, "choices": _choices, "text": _text, "measure": _measure, "integrations": _integrations}


def _note_and_evidence(eid: str, q: Question, locked: bool) -> None:
    levels = {lvl.id: lvl.name for lvl in common.bank().evidence_levels}
    means = "\n".join(f"- **{lvl.name}**: {lvl.means}" for lvl in common.bank().evidence_levels)
    row = st.container(horizontal=True, gap="medium")  # one block, not three as st.columns would send
    if q.kind != "text":
        row.text_input("Note (optional)", placeholder="What exactly did the vendor say or show?",
                       **_on(eid, q, "note", locked))
    row.selectbox("Evidence", list(levels), format_func=levels.get, help=means,
                  width="stretch" if q.kind == "text" else 180, **_on(eid, q, "evidence", locked))


# --- saving an answer -------------------------------------------------------------------------

def _changed(eid: str, qid: str, part: str) -> None:
    """A widget callback: save, then redraw this question and the live summary."""
    _commit(eid, qid, part, rows=None)


def _commit(eid: str, qid: str, part: str, rows: list[Integration] | None) -> bool:
    q = common.bank().questions()[qid]
    latest = common.store().get(eid).evaluation
    previous = latest.answer(qid)
    if rows is None:
        rows = previous.integrations if previous else []
    if part != "evidence":
        _default_evidence(eid, q, rows)
    answer = _answer_from_state(eid, q, previous, rows)
    return common.save(eid, _with_answer(latest, qid, answer))  # a refusal shows above the questions


def _content(eid: str, q: Question, rows: list[Integration]) -> dict:
    """The answer's content as the widgets hold it now."""
    state = lambda part, default=None: st.session_state.get(key(eid, q.id, part), default)  # noqa: E731
    choices: list[str] = []
    if q.kind == "choice" and state("choice"):
        choices = [state("choice")]
    elif q.kind == "choices":
        choices = list(state("choices", []))
    measure = _measure_from(state) if q.kind == "measure" else None
    text = state("text" if q.kind == "text" else "note", "") or ""
    return {"choices": choices, "text": text, "measure": measure, "integrations": rows}


def _measure_from(state) -> Measure | None:
    metric, unit = (str(state(part) or "").strip() for part in ("metric", "unit"))
    baseline, target = state("baseline"), state("target")
    if not (metric or unit) and baseline is None and target is None:
        return None
    return Measure(metric=metric, unit=unit, baseline=baseline, target=target)


def _default_evidence(eid: str, q: Question, rows: list[Integration]) -> None:
    """Something entered: at least the vendor's claim. Everything cleared: not answered."""
    evidence = key(eid, q.id, "evidence")
    entered = any(v.strip() if isinstance(v, str) else v for v in _content(eid, q, rows).values())
    if entered and st.session_state.get(evidence) == "not_answered":
        st.session_state[evidence] = "vendor_claim"
    elif not entered:
        st.session_state[evidence] = "not_answered"


def _answer_from_state(eid: str, q: Question, previous: Answer | None, rows: list[Integration]) -> Answer | None:
    content = _content(eid, q, rows)
    evidence = st.session_state.get(key(eid, q.id, "evidence"), "not_answered")
    quotes = previous.quotes if previous else []
    drafted = bool(previous and previous.drafted)  # a drafted answer the buyer changes is reviewed
    empty = not any(v.strip() if isinstance(v, str) else v for v in content.values())
    if empty and evidence == "not_answered" and not quotes:  # emptied: a draft stays, rejected, so none returns
        return Answer(question=q.id, evidence="not_answered", drafted=True, reviewed=True) if drafted else None
    return Answer(question=q.id, evidence=evidence, quotes=quotes, drafted=drafted, reviewed=drafted, **content)


def _with_answer(evaluation: Evaluation, qid: str, answer: Answer | None) -> Evaluation:
    order = list(common.bank().questions())
    answers = [a for a in evaluation.answers if a.question != qid] + ([answer] if answer else [])
    answers.sort(key=lambda a: order.index(a.question) if a.question in order else len(order))
    return evaluation.model_copy(update={"answers": answers})


# --- live summary ---------------------------------------------------------------------------

# --- the page -------------------------------------------------------------------------------

def main() -> None:
    saved = common.require_current("answer the questions")
    if saved is None:
        return
    common.adopt_if_untouched(saved, prefix(saved.id))
    common.title(saved, "Evaluate")
    common.owner_note(saved)  # another evaluator's answers: read only, and why
    _header(saved, locked=common.stale_message(saved) is not None)
    proposal.panel(saved, locked=common.stale_message(saved) is not None)
    section_id = _section_picker(saved.id)
    _workspace(saved.id, section_id)


main()
