"""Evidence seen, on the Follow-up page: site visits, demos, pilots and reference calls, each dated,
with where, who saw it and what, tied to the answers it backs. 'Demonstrated' and 'proven' count
only with such a record (scoring/evidence.py); an attached file becomes one of the documents."""
from __future__ import annotations

import math
import uuid
from datetime import date

import streamlit as st

from proposals import MAX_UPLOAD_BYTES, ExtractionError, extract_text
from questions.models import EvidenceRecord, plain_name
from reading.documents import from_file
from reports.common import record_lines
from views import common, notices
from questions.wording import many

MAX_FIELD = 500


def key(eid: str, part: str) -> str:
    return f"evidence:{eid}:{part}"


def section(saved, locked: bool) -> None:
    st.markdown("## Evidence seen")
    st.caption("An answer counts as demonstrated only with a site visit, demo or pilot on record, and as proven "
               "only with a pilot or reference call on record. Record what you saw, then tie it to the answers.")
    records = saved.evaluation.evidence_records
    if records:
        _table(saved.evaluation)
        _remove(saved, records, locked)
    _add_form(saved, locked)


def _table(evaluation) -> None:
    """One line per record, as the scorecard and the reports say it ("Site visit on 2026-11-12 at the Brno line, seen by
    K. Novak: ... (backs: ...)"): a table of six columns cut what was seen and the answers it backs off the page."""
    st.markdown("\n".join(f"- {common.line(said)}" for said in record_lines(evaluation)))


def _remove(saved, records, locked: bool) -> None:
    """Opens inline, right under the button, so its fields are the next Tab stops (a popover's sit at
    the end of the page, past every other Tab stop)."""
    asked = key(saved.id, "remove_asked")
    st.button("Remove a record", key=key(saved.id, "remove_ask"), icon=":material/delete:", disabled=locked,
              on_click=_ask, args=(asked, True))
    if locked or not st.session_state.get(asked):
        return
    labels = {r.id: f"{r.on:%d %b %Y}, {r.kind.replace('_', ' ')}{', ' + r.where if r.where else ''}"
              for r in records}
    st.selectbox("Record", list(labels), format_func=lambda rid: plain_name(labels[rid]),
                 key=key(saved.id, "remove_pick"))
    with st.container(horizontal=True):
        st.button("Remove it", key=key(saved.id, "remove"), type="primary", on_click=remove, args=(saved.id,))
        st.button("Cancel", key=key(saved.id, "remove_no"), on_click=_ask, args=(asked, False))


def _ask(flag: str, asking: bool) -> None:
    st.session_state[flag] = asking


def remove(eid: str) -> None:
    st.session_state.pop(key(eid, "remove_asked"), None)
    picked = st.session_state.get(key(eid, "remove_pick"))
    latest = common.store().get(eid).evaluation
    kept = [r for r in latest.evidence_records if r.id != picked]
    if len(kept) != len(latest.evidence_records):
        common.save(eid, latest.model_copy(update={"evidence_records": kept}))


def _add_form(saved, locked: bool) -> None:
    bank = common.bank()
    kinds = {k.id: k.name for k in bank.evidence_records}
    prompts = {qid: q.prompt for qid, q in bank.questions().items()}
    answered = [a.question for a in saved.evaluation.answers if a.question in prompts]
    with st.form(key(saved.id, "form"), clear_on_submit=True, border=True):
        st.markdown("**Record evidence**")
        a, b = st.columns(2)
        a.selectbox("Kind", list(kinds), format_func=kinds.get, key=key(saved.id, "kind"))
        b.date_input("Date", value=date.today(), key=key(saved.id, "on"), max_value=date.today())
        a.text_input("Where", key=key(saved.id, "where"), max_chars=MAX_FIELD, placeholder="the Brno line")
        b.text_input("Seen by", key=key(saved.id, "seen_by"), max_chars=MAX_FIELD, placeholder="K. Novak")
        st.text_area("What was seen or measured", key=key(saved.id, "what"), max_chars=2000, height=80)
        st.multiselect("The answers it backs", answered + [q for q in prompts if q not in answered],
                       format_func=prompts.get, key=key(saved.id, "questions"))
        st.file_uploader("Attach a file (optional: photos of the line, a test report)", key=key(saved.id, "file"),
                         max_upload_size=math.ceil(MAX_UPLOAD_BYTES / 1024 / 1024))
        st.form_submit_button("Add the record", icon=":material/verified:", disabled=locked, on_click=add,
                              args=(saved.id,))


def add(eid: str) -> None:
    state = st.session_state
    questions = list(state.get(key(eid, "questions")) or [])
    if not questions:
        _say(eid, "error", "Choose the answers the record backs: a record tied to no answer changes nothing.")
        return
    latest = common.store().get(eid).evaluation
    documents, attached = list(latest.documents), ""
    upload = state.get(key(eid, "file"))
    if upload is not None:
        try:
            data = upload.getvalue()
            document = from_file(upload.name, "other", extract_text(upload.name, data), data)
        except ExtractionError as refused:
            _say(eid, "error", f"{refused}. The record was not added; nothing saved was changed.")
            return
        attached = document.sha256
        if all(d.sha256 != attached for d in documents):
            documents.append(document)
    record = EvidenceRecord(id=uuid.uuid4().hex[:8], kind=state.get(key(eid, "kind")), on=state.get(key(eid, "on")),
                            where=(state.get(key(eid, "where")) or "").strip(),
                            seen_by=(state.get(key(eid, "seen_by")) or "").strip(),
                            what=(state.get(key(eid, "what")) or "").strip(), questions=questions, document=attached)
    updated = latest.model_copy(update={"evidence_records": [*latest.evidence_records, record],
                                        "documents": documents})
    if common.save(eid, updated):
        names = common.bank().evidence_names()
        _say(eid, "success", f"Recorded: it backs {many(len(questions), 'answer')}. Raise their evidence to "
                             f"{names['demonstrated']} or {names['proven']} on the Evaluate page where what was seen "
                             "shows it: the record is what lets that level count.")


def _say(eid: str, kind: str, message: str) -> None:
    notices.notify(f"rounds:{eid}:rounds", kind, message)  # shown by the Follow-up page (views/rounds.py)
