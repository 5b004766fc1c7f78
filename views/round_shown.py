"""The Follow-up page's rounds as sent: each round's questions, what the reply did to each, what it answered
unasked and which gaps and flags it closed or opened, named (scoring/round_history.py), and its letters. Vendor text
sits in data-grid cells or escaped Markdown, never rendered as markup."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from reports.file_names import download_name
from reports.letter_round import ROUND_LETTERS, sent_in_english
from reports.letter_words import letter_language, letter_words
from scoring.round_changes import closed_said
from scoring.round_history import ALSO_ANSWERED
from views import common
from questions.wording import many

STATUS = {"open": "Waiting for the reply", "answered": "Answered", "partly": "Partly answered",
          "not_answered": "Not answered"}
LETTERS = {"docx": "Word (to edit)", "pdf": "PDF", "md": "Markdown", "text": "E-mail text"}
md, line = common.md, common.line


def key(eid: str, part: str) -> str:
    return f"rounds:{eid}:{part}"


def whole_table(rows: list[dict[str, str]]) -> None:
    """A table whose cells wrap: every question read whole at any width or zoom (a data grid cuts long cells to
    one line). Each cell and heading escaped: st.table renders Markdown ("#" alone is an empty heading)."""
    st.table(pd.DataFrame([{line(head): line(cell) for head, cell in row.items()} for row in rows]), hide_index=True)


def shown(saved, round_, history, now) -> None:
    """One round in an expander: the line, what the reply closed and opened by name, the questions, the unasked."""
    with st.expander(line(history.head()), expanded=round_ is saved.evaluation.rounds[-1]):
        if round_.replied:
            st.markdown(md(history.change.line()))
            for said, titles in history.moved():  # named, as "1 new gap or flag" alone did not say which
                st.caption(f"{line(said)}:  \n" + "\n".join(f"- {line(title)}" for title in titles))
            if len(history.replies) > 1:  # each message with its date and the questions it settled
                st.caption("The vendor's replies:  \n" + "\n".join(f"- {line(said)}" for said in history.replies_said()))
            else:
                st.caption(line(f"The vendor's reply: {history.change.reply_said(round_.reply_document)}."))
        else:
            st.caption("Waiting for the vendor's reply.")
        _questions_table(round_, now, history)
        _unasked(history)
        _letters(saved, round_)


def _unasked(history) -> None:
    """What the reply answered that no question asked: the topic, the reply's sentences, what they drafted."""
    for topic in history.unasked:
        st.markdown(f"**{md(ALSO_ANSWERED)}: {line(topic.topic)}**")
        for quote in topic.quotes:
            st.caption(md(f"\u201c{quote}\u201d"))
        st.caption(md(topic.drafts_said()))


def _questions_table(round_, now, history=None) -> None:
    """The round's questions in a table whose cells wrap, each read whole at 1400 px and at 200 % zoom: why each
    is asked under its question, not a seventh column (a data grid of seven columns cut its cells to one line and
    scrolled sideways to reach "Why"). Every cell escaped, as st.table renders Markdown."""
    by = {q.id: q.settled_by for q in history.questions} if history else {}
    rows = [{"#": line(q.id), "Question": _with_why(q.text, q.why),
             "Status": md(STATUS[q.status] + (f" (reply {by[q.id]})" if by.get(q.id) else "")),
             "Closed": md(_closed(q, now)), "From the reply": " / ".join(f"\u201c{line(quote)}\u201d" for quote in q.quotes),
             "Comes from": line("; ".join(q.comes_from))} for q in round_.questions]
    st.table(pd.DataFrame(rows).rename(columns=line), hide_index=True)  # "#" alone would be an empty heading


def _with_why(text: str, why: str) -> str:
    return f"{line(text)}  \n:small[:gray[Why: {line(why)}]]" if why.strip() else line(text)


def _closed(question, now) -> str:
    return closed_said(question, now)  # as every export says it


def _letters(saved, round_) -> None:
    language = _language(saved, round_)
    with st.container(horizontal=True):
        for fmt, label in LETTERS.items():
            build, mime, extension = ROUND_LETTERS[fmt]
            data = lambda build=build: build(saved.evaluation, round_, language)  # noqa: E731 - built when clicked
            name = download_name(saved.evaluation.proposal, extension, f"-round-{round_.number}", saved.id, "proposal")
            st.download_button(label, data=data, file_name=name, mime=mime,
                               key=key(saved.id, f"letter:{round_.number}:{fmt}"), on_click="ignore",
                               icon=":material/download:")


def _language(saved, round_) -> str:
    """The letter's language, by default the one the proposal's documents are written in; the questions with no
    wording in it yet are named, as they go in English (questions/letter_languages.yaml)."""
    names = letter_words().languages
    chosen = st.selectbox("Letter language", list(names), format_func=names.get, width=260,
                          index=list(names).index(letter_language(saved.evaluation)),
                          key=key(saved.id, f"language:{round_.number}"),
                          help="The letter's wording and each question in the vendor's language; quotes from the "
                               "offer stay as the vendor wrote them. Set by the language of the proposal's documents.")
    english = sent_in_english(round_, chosen)
    if english:
        numbers = ", ".join(map(str, english))
        st.caption(line(f"{many(len(english), 'question has', 'questions have')} no {names[chosen]} wording yet and "
                        f"{'goes' if len(english) == 1 else 'go'} in English: {numbers}."))
    return chosen
