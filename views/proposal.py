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
from dataclasses import asdict

import streamlit as st

from questions import Answer, Evaluation, answer_edits
from questions.models import Question
from reading import Reading, reader_for
from reading.documents import Citations
from reading.draft import drafter_for
from reading.told import SELLING, Told, names
from reading.prefill import Prefiller
from reading.questionnaire import read_text
from reading.quote_options import measure_in, options_in
from views import answer_state, common, documents, drafts, review_focus, spoken
from views.proposal_reading import counts, sentences, summary

SUGGESTIONS_PER_QUESTION = 5
# --- keys ------------------------------------------------------------------------------------

_widget = answer_state.key  # a question's widget, keyed as the Evaluate form keys it


def _key(eid: str, part: str) -> str:
    """The panel's own widgets: outside the "ev:" prefix, as they are not part of the evaluation."""
    return f"proposal:{eid}:{part}"


def _digest(quote: str) -> str:
    return hashlib.sha1(quote.encode("utf-8", "replace")).hexdigest()[:12]


# --- cached reading and suggestions ------------------------------------------------------------

@st.cache_resource(show_spinner=False)
def _prefiller() -> Prefiller:
    return Prefiller(common.bank())


@st.cache_data(show_spinner=False, max_entries=32)
def reading(text: str) -> Reading:
    """The sentence-by-sentence reading of a proposal text, once per text."""
    return reader_for(common.bank()).read(text)


@st.cache_data(show_spinner=False, max_entries=32)
def _told(text: str) -> list[Told]:
    """What drafting reads each sentence as telling (reading.told), once per text: shown and asked of suggestions."""
    return drafter_for(common.bank()).told(reading(text))


@st.cache_data(show_spinner=False, max_entries=32)
def read_as(text: str) -> list[str]:
    """What drafting reads each sentence as telling (reading.told), by the names the buyer sees."""
    shown = names()
    return [shown[t.role] + (" (kit already there)" if t.existing else "") for t in _told(text)]


@st.cache_data(show_spinner=False, max_entries=32)
def _suggested(text: str) -> dict[str, list[dict]]:
    # a sentence drafting reads as selling is suggested as the vendor's claim, never as described specifically
    selling = frozenset(s.text for s, t in zip(reading(text).sentences, _told(text)) if t.role == SELLING)
    found = _prefiller().suggest(reading(text), limit=SUGGESTIONS_PER_QUESTION, selling=selling)
    return {qid: [asdict(s) for s in items] for qid, items in found.items()}


def suggestions(evaluation: Evaluation) -> dict[str, list[dict]]:
    """Question id -> suggested quotes (question, quote, evidence, why, choices) for this proposal."""
    text = read_text(evaluation.documents)  # a questionnaire's answers, not its questions (reading/questionnaire.py)
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


# --- the panel ---------------------------------------------------------------------------------

def panel(saved, locked: bool) -> None:
    """"The vendor's documents": add or remove them, and what they say together."""
    eid, evaluation = saved.id, saved.evaluation
    text = evaluation.proposal_text
    with st.expander("The vendor's documents", icon=":material/description:", key=_open_panel(eid), on_change="rerun"):
        documents.show_notices(eid)
        source, result = st.columns([2, 3], gap="large")
        with source:
            documents.listing(saved, locked)
            documents.add_form(eid, bool(evaluation.documents), locked)
            documents.reading_now(eid)
            drafts.bar(saved, locked)  # right under Add: read, then draft, near the top of the page
        with result:
            if text.strip():
                summary(reading(text))
            else:
                st.caption("Add the proposal (upload or paste) to see which sentences are labels and which name "
                           "something concrete, and to get quotes suggested for each question.")
        if text.strip():
            sentences(_key(eid, ""), reading(text), Citations(evaluation.documents), read_as(text))


def _open_panel(eid: str) -> str:
    """The panel's key: its fold open at first, and opened again when files are chosen in it (documents._uploaded):
    folded over them it hid "Read the proposal", the next step (walk78)."""
    panel = documents.panel_key(eid)
    st.session_state.setdefault(panel, True)
    return panel


# --- under each question: accepted quotes and suggestions --------------------------------------------

def _hidden(eid: str) -> tuple[dict, set]:
    """This session's accepted (question, suggested quote) -> quote as saved, and rejected pairs."""
    return (st.session_state.setdefault(_key(eid, "accepted"), {}),
            st.session_state.setdefault(_key(eid, "rejected"), set()))


def under_question(eid: str, q: Question, answer: Answer | None, suggested: list[dict], locked: bool,
                   sources: dict[str, str] | None = None, cite=None) -> None:
    """`sources`: quote -> where it comes from ("Datasheet p. 4"), from the scorecard; `cite(sentence)`: where a
    suggested sentence is, said the same way."""
    drafts.mark(eid, q, answer, locked, sources)
    quotes = answer.quotes if answer else []
    if quotes:
        st.caption(f"Quoted from {drafts.drawn_from(quotes, sources)}")
        for i, quote in enumerate(quotes):
            with st.container(horizontal=True, vertical_alignment="center", gap="small"):
                source = (sources or {}).get(quote)
                st.caption(common.line(f"“{quote}”" + (f" ({source})" if source else "")))
                # each named for its quote: five buttons all called "Remove" told a screen reader nothing (walk78)
                st.button(f"Remove quote {i + 1}: {common.line(_opening(quote))}",
                          key=_widget(eid, q.id, f"unquote:{i}:{_digest(quote)}"), icon=":material/close:",
                          type="tertiary", help="Remove this quote from the answer", on_click=_remove,
                          args=(eid, q.id, quote), disabled=locked)
    if quotes and not answer.has_content and not answer.suggested:
        _ask_what_it_backs(eid, q, locked)
    accepted, rejected = _hidden(eid)
    left = [s for s in suggested if (q.id, s["quote"]) not in accepted and (q.id, s["quote"]) not in rejected
            and not any(answer_edits.same_quote(s["quote"], have) for have in quotes)]
    if not left:
        return
    evidence = common.bank().evidence_names()
    names = q.choice_names()
    with st.expander(f"Suggested from the proposal ({len(left)})", icon=":material/lightbulb:",
                     key=_widget(eid, q.id, "suggested")):
        for s in left:
            box = _widget(eid, q.id, f"suggest:{_digest(s['quote'])}")
            st.session_state.setdefault(box, s["quote"])
            facts = [cite(s["quote"]) if cite else "", evidence.get(s["evidence"], s["evidence"]), s["why"]]
            facts = [f for f in facts if f]  # where it is, as every quote says it ("Proposal p. 2")
            if s["choices"] and q.kind in ("choice", "choices"):
                facts.append("names " + ", ".join(names.get(c, c) for c in s["choices"]))
            with st.container(border=True, gap="small"):
                st.text_area("Quote", key=box, label_visibility="collapsed", disabled=locked, height="content",
                             help="Edit the quote before accepting it if you like.")
                st.caption(common.line(" · ".join(facts)))
                _buttons(eid, q.id, s, box, locked)


QUOTE_WORDS = 4  # a quote's first words name its Remove


def _opening(quote: str) -> str:
    """A quote's first words, "…" where it goes on: "Machine status and downtime…"."""
    words = quote.split()
    return " ".join(words[:QUOTE_WORDS]) + ("…" if len(words) > QUOTE_WORDS else "")


def citer(saved):
    """Where each sentence of this version's documents is ("Proposal p. 2"), worked out once per saved version."""
    memo = _key(saved.id, "citations")
    version, found = st.session_state.get(memo, (None, None))
    if version != saved.version:
        found = Citations(saved.evaluation.documents)
        st.session_state[memo] = (saved.version, found)
    return found.cite


def _ask_what_it_backs(eid: str, q: Question, locked: bool) -> None:
    """Quotes alone earn nothing (walk 71 accepted a sentence and read "the quoted sentences back no option"): where
    the sentence gave the answer nothing it names, ask right here what it backs, with the question's options."""
    with st.container(border=True, gap="small", key=_widget(eid, q.id, "backs")):
        if q.kind not in ("choice", "choices"):
            st.caption(_FILL_IN[q.kind])
            return
        st.caption(":material/help: **Which option does the quoted sentence support?** Pick it to count it:")
        with st.container(horizontal=True, gap="small"):
            for option, name in q.choice_names().items():
                st.button(spoken.button(common.line(name), f"as the option the quoted sentences back, for: {q.prompt}"),
                          key=_widget(eid, q.id, f"backs:{option}"), on_click=_pick, args=(eid, q.id, option),
                          disabled=locked)


_FILL_IN = {"text": "The quoted sentence is not in the answer: type what it says above to count it.",
            "measure": "No measure was read from the quoted sentence: type its metric, unit, baseline and target "
                       "above to count it.",
            "integrations": "Add a row above for each system the quoted sentence connects, with its data flow, to "
                            "count it."}


def _pick(eid: str, qid: str, option: str) -> None:
    """The option the quoted sentences back, chosen at the level they have (none: the buyer chooses it)."""
    q = common.bank().questions()[qid]
    latest = common.store().get(eid).evaluation
    answer = latest.answer(qid)
    after = answer_edits.accept_suggestion(latest, q, option, answer.evidence if answer else "not_answered")
    if common.save(eid, after):
        _show(eid, q, after.answer(qid))
        review_focus.after_accept(eid, q, None, _widget(eid, qid, f"backs:{option}"))


def _buttons(eid: str, qid: str, s: dict, box: str, locked: bool) -> None:
    with st.container(horizontal=True, gap="small"):
        st.button("Accept", key=f"{box}:accept", icon=":material/check:", on_click=_accept, args=(eid, qid, s),
                  disabled=locked)
        st.button("Reject", key=f"{box}:reject", icon=":material/close:", on_click=_reject, args=(eid, qid, s["quote"]))


def _accept(eid: str, qid: str, suggestion: dict) -> None:
    """Quote the (edited) sentence, raise the evidence to the suggestion's, add the options it names; save."""
    q = common.bank().questions()[qid]
    quote = " ".join(str(st.session_state.get(_widget(eid, qid, f"suggest:{_digest(suggestion['quote'])}"))
                         or "").split())
    if not quote:
        st.toast("The quote is empty: type it again, or reject the suggestion.", icon=":material/warning:")
        return
    latest = common.store().get(eid).evaluation
    offered = suggestion["choices"] or options_in(quote, q, common.bank())  # what the sentence says, in other words
    measure = measure_in(quote, q, common.bank())  # ... or the KPI it states
    after = answer_edits.accept_quote(latest, q, quote, suggestion["evidence"], offered, common.bank(), measure)
    if not common.save(eid, after):
        return  # the refusal shows above the questions
    _hidden(eid)[0][(qid, suggestion["quote"])] = quote
    _show(eid, q, after.answer(qid))


def _show(eid: str, q: Question, answer: Answer) -> None:
    """The widgets set to an answer an Accept or a pick here saved."""
    _set_widget(eid, q.id, "evidence", answer_state.shown_level(answer.evidence))
    if q.kind == "text":
        _set_widget(eid, q.id, "text", answer.text)
    elif q.kind == "choices":
        _set_widget(eid, q.id, "choices", answer.choices)
    elif q.kind == "choice":
        _set_widget(eid, q.id, "choice", answer.choices[0] if answer.choices else "")
    elif q.kind == "measure" and answer.measure:
        for part in ("metric", "unit", "baseline", "target"):
            _set_widget(eid, q.id, part, getattr(answer.measure, part))


def _reject(eid: str, qid: str, quote: str) -> None:
    _hidden(eid)[1].add((qid, quote))


def _remove(eid: str, qid: str, quote: str) -> None:
    """Drop one quote; an answer left with nothing in it goes back to not answered."""
    latest = common.store().get(eid).evaluation
    if latest.answer(qid) is None:
        return
    after = answer_edits.remove_quote(latest, qid, quote, common.bank())
    if not common.save(eid, after):
        return  # the refusal shows above the questions
    answer = after.answer(qid)
    accepted = _hidden(eid)[0]
    for pair in [pair for pair, saved in accepted.items() if pair[0] == qid and saved == quote]:
        del accepted[pair]
    if answer is None or answer.evidence == "not_answered":
        _set_widget(eid, qid, "evidence", None)
    if common.bank().questions()[qid].kind == "text":  # the sentence goes from the text that took it
        _set_widget(eid, qid, "text", answer.text if answer else "")
