"""The live scorecard beside the Evaluate form: score, drafts to review, scope, sections done, gaps."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from questions import Evaluation
from views import common, drafts


def show(card, evaluation: Evaluation) -> None:
    with st.container(border=True):
        st.markdown("#### Live scorecard")
        st.metric("Overall score", f"{card.overall:.0f}/100")
        drafts.summary_line(evaluation)
        st.markdown(f"**Scope claimed:** level {card.claimed_scope}, {common.line(card.claimed_scope_name)}  \n"
                    f"**Scope delivered:** level {card.delivered_scope}, {common.line(card.delivered_scope_name)}")
        _progress(card)
        _gaps(card)


def _progress(card) -> None:
    done = sum(s.answered == s.questions for s in card.sections)
    st.progress(done / len(card.sections), text=f"{done} of {len(card.sections)} sections fully answered")
    table = pd.DataFrame([{"Section": s.title, "Done": f"{s.answered}/{s.questions}", "Score": s.score}
                          for s in card.sections])
    st.dataframe(table, hide_index=True, width="stretch", height="content", column_config={
        "Section": st.column_config.TextColumn(width=170),
        "Done": st.column_config.TextColumn(width=50, help="Questions answered"),
        "Score": st.column_config.NumberColumn(format="%.0f", width=50, help="Section score, 0-100")})


def _gaps(card) -> None:
    if not card.gaps:
        st.success("No label gaps: the answers back up every label the vendor uses.")
        return
    st.markdown(f"**{len(card.gaps)} label gap(s) to put to the vendor**")
    for gap in card.gaps:
        st.markdown(f"- **{common.line(gap.label_name)}**: {common.line(gap.missing)}  \n"
                    f"  Ask: _{common.line(gap.follow_up)}_")
    if card.flags:
        st.markdown(f"**{len(card.flags)} risk flag(s)**: " + "; ".join(common.line(f.title) for f in card.flags))
