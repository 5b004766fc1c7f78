"""What a proposal says, on the Evaluate page's proposal panel: the substance ratio, the labels found,
and every sentence marked label / substance / neutral in a coloured grid.

Sentences sit in data-grid cells (never rendered as Markdown or HTML)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from reading import Reading
from views import common

ROW_HEIGHT = 80  # px: up to four lines of text
MAX_TABLE_ROWS = 3000  # a styled grid of every sentence of a 300-page document is slow to draw
SHOW = {"All sentences": None, "Labels": "label", "Substance": "substance", "Neutral": "neutral"}
KIND_NAMES = {"label": "Label", "substance": "Substance", "neutral": "Neutral"}
# Background and text colour per kind; readable on the light and the dark theme.
COLOURS = {"substance": "background-color: #c9ecd2; color: #0f3d1e",
           "label": "background-color: #ffe3a3; color: #4a3200"}


# --- what the proposal says -------------------------------------------------------------------------

def counts(found: Reading) -> dict[str, int]:
    found_kinds = {"label": 0, "substance": 0, "neutral": 0}
    for sentence in found.sentences:
        found_kinds[sentence.kind] += 1
    return found_kinds


def summary(found: Reading) -> None:
    kinds = counts(found)
    scope = {lvl.level: lvl.name for lvl in common.bank().scope}
    a, b, c = st.columns(3)
    a.metric("Substance ratio", f"{found.substance_ratio:.0%}",
             help="Sentences that name data, systems, protocols, numbers or roles, out of all sentences that "
                  "either do that or use a label.")
    b.metric("Sentences", len(found.sentences),
             help=f"{kinds['substance']} substance, {kinds['label']} label, {kinds['neutral']} neutral")
    c.metric("Scope its labels claim", f"Level {found.claimed_scope}", help=scope.get(found.claimed_scope, ""))
    if not found.labels:
        st.caption("No glossary labels (IoT, Industry 4.0, AI ...) found in the text.")
        return
    bank = common.bank()
    used = {lab: sum(lab in s.labels for s in found.sentences) for lab in found.labels}
    table = pd.DataFrame([{"Label found": bank.label(lab).name,
                           "Scope it claims": f"Level {bank.label(lab).claims}: {scope[bank.label(lab).claims]}",
                           "Sentences": used[lab]} for lab in found.labels])
    st.dataframe(table, hide_index=True, width="stretch", height="content",
                 column_config={"Sentences": st.column_config.NumberColumn(width="small")})


def sentences(prefix: str, found: Reading, cited=None, read_as: list[str] | None = None) -> None:
    """Every sentence, marked; with `cited` (reading.documents.Citations), the document and page of each;
    with `read_as`, what drafting read each sentence as telling (reading.told)."""
    show = st.radio("Show", list(SHOW), key=prefix + "show", horizontal=True)
    kind = SHOW[show]
    rows = [(i, s) for i, s in enumerate(found.sentences, 1) if kind is None or s.kind == kind]
    if not rows:
        st.caption("No sentences of this kind.")
        return
    cut = rows[:MAX_TABLE_ROWS]
    columns = {"#": [i for i, _ in cut], "Sentence": [s.text for _, s in cut]}
    if cited is not None and len(cited.documents) > 0:
        columns["From"] = [cited.at(s.start) for _, s in cut]
    columns |= {"Marked as": [KIND_NAMES[s.kind] for _, s in cut]}
    if read_as is not None:
        columns["Read as"] = [read_as[i - 1] for i, _ in cut]
    columns["Why"] = [s.reason for _, s in cut]
    table = pd.DataFrame(columns)
    kinds = [s.kind for _, s in cut]
    styled = table.style.apply(lambda row: [COLOURS.get(kinds[row.name], "")] * len(row), axis=1)
    # Rows taller than 4rem let the grid wrap long sentences instead of cutting them off.
    st.dataframe(styled, hide_index=True, width="stretch", height="content" if len(cut) <= 10 else 560,
                 row_height=ROW_HEIGHT, key=prefix + "sentences",
                 column_config={"#": st.column_config.NumberColumn(width=40),
                                "Sentence": st.column_config.TextColumn(width=440),
                                "From": st.column_config.TextColumn(width=150),
                                "Marked as": st.column_config.TextColumn(width=90),
                                "Read as": st.column_config.TextColumn(width=150),
                                "Why": st.column_config.TextColumn(width=340)})
    more = f" Showing the first {MAX_TABLE_ROWS:,} of {len(rows):,}." if len(rows) > MAX_TABLE_ROWS else ""
    st.caption("Green: substance (names data, a system, a protocol, a number or a role). Amber: a label with "
               "nothing concrete behind it. Read as: only an offer or result drafts answers; the state before the "
               f"project and general truths give at most the problem. Click a cell to read all of a long one.{more}")
