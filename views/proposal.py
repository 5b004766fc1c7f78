"""The vendor's proposal on the Evaluate page: read it, show what it says, suggest quotes per question.

`panel` draws above the section picker: upload or paste, read (in a button callback, so the header's
label widget can be updated before it draws), the substance ratio, the labels found and every sentence
marked label / substance / neutral. `under_question` draws under each question: the quotes accepted
and the sentences suggested for it. Nothing is filled in without the buyer's click.

The proposal's text is never rendered as Markdown or HTML: sentences sit in data-grid cells and text
inputs, and the few places that show a sentence as text escape it with common.md / common.line.
Views do not score: the reading comes from reading.text, the suggestions from reading.prefill.
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import asdict

import streamlit as st

from proposals import MAX_UPLOAD_BYTES, ExtractionError, extract_text
from questions import Answer, Evaluation
from questions.models import Question
from reading import Reading, reader_for
from reading.prefill import Prefiller
from views import answer_inputs, common, drafts
from views.proposal_reading import counts, sentences, summary

TYPES = ["pdf", "docx", "txt", "md"]
UPLOAD, PASTE = "Upload a file", "Paste the text"
MAX_PASTE_CHARS = 500_000
SUGGESTIONS_PER_QUESTION = 5
# --- keys ------------------------------------------------------------------------------------

_widget = answer_inputs.key  # a question's widget, keyed as the Evaluate form keys it


def _key(eid: str, part: str) -> str:
    """The panel's own widgets: outside the "ev:" prefix, as they are not part of the evaluation."""
    return f"proposal:{eid}:{part}"


def _digest(quote: str) -> str:
    return hashlib.sha1(quote.encode("utf-8", "replace")).hexdigest()[:12]


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


# --- cached reading and suggestions ------------------------------------------------------------

@st.cache_resource(show_spinner=False)
def _prefiller() -> Prefiller:
    return Prefiller(common.bank())


@st.cache_data(show_spinner=False, max_entries=32)
def reading(text: str) -> Reading:
    """The sentence-by-sentence reading of a proposal text, once per text."""
    return reader_for(common.bank()).read(text)


@st.cache_data(show_spinner=False, max_entries=32)
def _suggested(text: str) -> dict[str, list[dict]]:
    found = _prefiller().suggest(reading(text), limit=SUGGESTIONS_PER_QUESTION)
    return {qid: [asdict(s) for s in items] for qid, items in found.items()}


def suggestions(evaluation: Evaluation) -> dict[str, list[dict]]:
    """Question id -> suggested quotes (question, quote, evidence, why, choices) for this proposal."""
    text = evaluation.proposal_text
    return _suggested(text) if text.strip() else {}


def before_questions(saved) -> dict[str, list[dict]]:
    """Called by each question's fragment before it draws: re-apply the widget values an
    Accept or Remove set, then return this proposal's suggestions.

    The callbacks set the values too, but after the fragment rerun they queue, Streamlit 1.67 did
    not send them to the browser, which kept showing the old ones; set again in the run that draws
    the widgets, they are sent."""
    drafts.refresh_if_reviewed(saved)
    for widget, value in st.session_state.pop(_key(saved.id, "pending"), {}).items():
        st.session_state[widget] = value
    return suggestions(saved.evaluation)


def _set_widget(eid: str, qid: str, part: str, value) -> None:
    st.session_state[_widget(eid, qid, part)] = value
    st.session_state.setdefault(_key(eid, "pending"), {})[_widget(eid, qid, part)] = value


# --- notices kept from a callback to the next draw ------------------------------------------------

def _notify(eid: str, kind: str, message: str) -> None:
    st.session_state.setdefault(_key(eid, "notices"), []).append((kind, message))


def _show_notices(eid: str) -> None:
    icons = {"error": ":material/block:", "warning": ":material/warning:", "success": ":material/check_circle:",
             "info": ":material/info:"}
    for kind, message in st.session_state.pop(_key(eid, "notices"), []):
        getattr(st, kind)(common.md(message), icon=icons[kind])


# --- the panel ---------------------------------------------------------------------------------

def panel(saved, locked: bool) -> None:
    """"The vendor's proposal": read one in, and what the saved one says."""
    eid, text = saved.id, saved.evaluation.proposal_text
    with st.expander("The vendor's proposal", icon=":material/description:", expanded=True):
        _show_notices(eid)
        source, result = st.columns([2, 3], gap="large")
        with source:
            _reader_form(eid, bool(text.strip()), locked)
            drafts.bar(saved, locked)  # right under Read: read, then draft, near the top of the page
        with result:
            if text.strip():
                summary(reading(text))
            else:
                st.caption("Upload or paste the proposal to see which sentences are labels and which name "
                           "something concrete, and to get quotes suggested for each question.")
        if text.strip():
            sentences(_key(eid, ""), reading(text))


def _reader_form(eid: str, has_text: bool, locked: bool) -> None:
    st.radio("Read from", [UPLOAD, PASTE], key=_key(eid, "source"), horizontal=True, label_visibility="collapsed")
    if st.session_state[_key(eid, "source")] == UPLOAD:
        st.file_uploader("Proposal file (PDF, Word, text or Markdown)", type=TYPES, key=_key(eid, "upload"),
                         max_upload_size=math.ceil(MAX_UPLOAD_BYTES / 1024 / 1024),
                         help="Read on the server in a separate process with time and memory limits; "
                              "only its text is kept.")
    else:
        st.text_area("Proposal text", key=_key(eid, "paste"), height=150, max_chars=MAX_PASTE_CHARS,
                     placeholder="Paste the proposal's text here")
    label = "Read it again, replacing the saved text" if has_text else "Read the proposal"
    st.button(label, key=_key(eid, "read"), type="primary", icon=":material/plagiarism:", on_click=read,
              args=(eid,), disabled=locked)
    if locked:
        st.caption("Reload the latest version (below) before reading a proposal in.")


def read(eid: str) -> None:
    """Button callback: extract, save proposal_text and the labels found, update the labels widget.

    Refusals (an unreadable file, a stale version) leave everything saved as it was."""
    got = _source_text(eid)
    if got is None:
        return
    text, source, warnings = got
    found = reading(text)
    latest = common.store().get(eid).evaluation
    labels = list(latest.labels) + [lab for lab in found.labels if lab not in latest.labels]
    if not common.save(eid, latest.model_copy(update={"proposal_text": text, "labels": labels})):
        _notify(eid, "error", "The proposal was not saved: this evaluation was changed elsewhere since you opened "
                              "it. Reload the latest version (below the section picker), then read it again.")
        return
    st.session_state[_widget(eid, "header", "labels")] = labels
    for warning in warnings:
        _notify(eid, "warning", f"{source}: {warning}")
    names = {lab.id: lab.name for lab in common.bank().labels}
    added = [lab for lab in found.labels if lab not in latest.labels]
    kinds = counts(found)
    said = (f"Read {len(found.sentences)} sentence(s) from {source}: {kinds['label']} label, "
            f"{kinds['substance']} substance, {kinds['neutral']} neutral.")
    if added:
        said += (f" Labels found in the proposal were added: {', '.join(names[lab] for lab in added)}. "
                 "Remove any that do not apply.")
    elif found.labels:
        said += f" The labels it uses ({', '.join(names[lab] for lab in found.labels)}) were already set."
    else:
        said += " It uses none of the glossary's labels."
    said += " Draft the answers from it below, or answer the questions yourself."
    _notify(eid, "success", said)


def _source_text(eid: str) -> tuple[str, str, list[str]] | None:
    """(text, where it came from, warnings), or None with an error noted."""
    if st.session_state.get(_key(eid, "source"), UPLOAD) == UPLOAD:
        upload = st.session_state.get(_key(eid, "upload"))
        if upload is None:
            _notify(eid, "error", "Choose a file to upload first, or paste the text instead.")
            return None
        return read_upload(eid, upload)
    pasted = (st.session_state.get(_key(eid, "paste")) or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not pasted:
        _notify(eid, "error", "Paste the proposal's text first, or upload the file instead.")
        return None
    if len(pasted) > MAX_PASTE_CHARS:
        _notify(eid, "error", f"The pasted text has {len(pasted):,} characters, over the {MAX_PASTE_CHARS:,} limit; "
                              "paste just the relevant sections.")
        return None
    return pasted, "the pasted text", []


def read_upload(eid: str, upload) -> tuple[str, str, list[str]] | None:
    """An uploaded file (anything with .name and .getvalue()) to its text, or None with the reason noted."""
    name = str(getattr(upload, "name", "") or "unnamed file")
    try:
        extracted = extract_text(name, upload.getvalue())
    except ExtractionError as refused:
        said = str(refused).rstrip()
        _notify(eid, "error", f"{said}{'' if said.endswith(('.', '!', '?')) else '.'} Nothing saved was changed.")
        return None
    except Exception as problem:  # noqa: BLE001 - a reader bug must not take the page down
        _notify(eid, "error", f"{name}: the file could not be read ({type(problem).__name__}). "
                              "Nothing saved was changed; try exporting it again or paste the text.")
        return None
    pages = f" ({extracted.pages} page{'s' if extracted.pages != 1 else ''})" if extracted.pages else ""
    return extracted.text, f"{name}{pages}", list(extracted.warnings)


# --- under each question: accepted quotes and suggestions --------------------------------------------

def _hidden(eid: str) -> tuple[dict, set]:
    """This session's accepted (question, suggested quote) -> quote as saved, and rejected pairs."""
    return (st.session_state.setdefault(_key(eid, "accepted"), {}),
            st.session_state.setdefault(_key(eid, "rejected"), set()))


def under_question(eid: str, q: Question, answer: Answer | None, suggested: list[dict], locked: bool) -> None:
    drafts.mark(eid, q, answer, locked)
    quotes = answer.quotes if answer else []
    if quotes:
        st.caption("Quoted from the proposal")
        for i, quote in enumerate(quotes):
            with st.container(horizontal=True, vertical_alignment="center", gap="small"):
                st.caption(f"“{common.line(quote)}”")
                st.button("Remove", key=_widget(eid, q.id, f"unquote:{i}:{_digest(quote)}"), icon=":material/close:",
                          type="tertiary", help="Remove this quote from the answer", on_click=_remove,
                          args=(eid, q.id, quote), disabled=locked)
    accepted, rejected = _hidden(eid)
    left = [s for s in suggested if (q.id, s["quote"]) not in accepted and (q.id, s["quote"]) not in rejected
            and not any(_same(s["quote"], have) for have in quotes)]
    if not left:
        return
    evidence = {lvl.id: lvl.name for lvl in common.bank().evidence_levels}
    names = {c.id: c.name for c in q.choices}
    with st.expander(f"Suggested from the proposal ({len(left)})", icon=":material/lightbulb:",
                     key=_widget(eid, q.id, "suggested")):
        for s in left:
            box = _widget(eid, q.id, f"suggest:{_digest(s['quote'])}")
            st.session_state.setdefault(box, s["quote"])
            facts = [evidence.get(s["evidence"], s["evidence"]), s["why"]]
            if s["choices"] and q.kind in ("choice", "choices"):
                facts.append("names " + ", ".join(names.get(c, c) for c in s["choices"]))
            with st.container(border=True, gap="small"):
                st.text_area("Quote", key=box, label_visibility="collapsed", disabled=locked, height="content",
                             help="Edit the quote before accepting it if you like.")
                st.caption(common.line(" · ".join(facts)))
                _buttons(eid, q.id, s, box, locked)


def _buttons(eid: str, qid: str, s: dict, box: str, locked: bool) -> None:
    with st.container(horizontal=True, gap="small"):
        st.button("Accept", key=f"{box}:accept", icon=":material/check:", on_click=_accept, args=(eid, qid, s),
                  disabled=locked)
        st.button("Reject", key=f"{box}:reject", icon=":material/close:", on_click=_reject, args=(eid, qid, s["quote"]))


def _rank(evidence: str) -> int:
    return [lvl.id for lvl in common.bank().evidence_levels].index(evidence)


def _accept(eid: str, qid: str, suggestion: dict) -> None:
    """Quote the (edited) sentence, raise the evidence to the suggestion's, add the options it names; save."""
    q = common.bank().questions()[qid]
    quote = " ".join(str(st.session_state.get(_widget(eid, qid, f"suggest:{_digest(suggestion['quote'])}"))
                         or "").split())
    if not quote:
        st.toast("The quote is empty: type it again, or reject the suggestion.", icon=":material/warning:")
        return
    latest = common.store().get(eid).evaluation
    before = latest.answer(qid) or Answer(question=qid, evidence="not_answered")
    quotes = list(before.quotes) + ([] if any(_same(quote, have) for have in before.quotes) else [quote])
    evidence = max(before.evidence, suggestion["evidence"], key=_rank)
    choices = list(before.choices)
    offered = [c for c in suggestion["choices"] if c in q.choice_ids()]
    if q.kind == "choices":
        choices += [c for c in offered if c not in choices]
    elif q.kind == "choice" and not choices and offered:
        choices = offered[:1]
    answer = before.model_copy(update={"quotes": quotes, "evidence": evidence, "choices": choices,
                                       "reviewed": before.drafted})  # accepting more is reviewing a draft
    if not common.save(eid, answer_inputs.with_answer(latest, qid, answer)):
        return  # the refusal shows above the questions
    _hidden(eid)[0][(qid, suggestion["quote"])] = quote
    _set_widget(eid, qid, "evidence", evidence)
    if q.kind == "choices":
        _set_widget(eid, qid, "choices", choices)
    elif q.kind == "choice":
        _set_widget(eid, qid, "choice", choices[0] if choices else "")


def _reject(eid: str, qid: str, quote: str) -> None:
    _hidden(eid)[1].add((qid, quote))


def _remove(eid: str, qid: str, quote: str) -> None:
    """Drop one quote; an answer left with nothing in it goes back to not answered."""
    latest = common.store().get(eid).evaluation
    before = latest.answer(qid)
    if before is None:
        return
    quotes = [have for have in before.quotes if have != quote]
    answer = before.model_copy(update={"quotes": quotes, "reviewed": before.drafted})
    content = (answer.choices, answer.text.strip(), answer.measure, answer.integrations, quotes)
    if not any(content):  # a drafted answer stays, empty and reviewed, so drafting again leaves it empty
        answer = answer.model_copy(update={"evidence": "not_answered"}) if before.drafted else None
    if not common.save(eid, answer_inputs.with_answer(latest, qid, answer)):
        return  # the refusal shows above the questions
    accepted = _hidden(eid)[0]
    for pair in [pair for pair, saved in accepted.items() if pair[0] == qid and saved == quote]:
        del accepted[pair]
    if answer is None or answer.evidence == "not_answered":
        _set_widget(eid, qid, "evidence", "not_answered")
