"""The live scorecard beside the Evaluate form: score, drafts to review, scope, sections done, gaps."""
from __future__ import annotations

import streamlit as st

from questions import Evaluation
from scoring.scorecard import whole
from views import common, drafts
from questions.wording import many


def show(card, evaluation: Evaluation) -> None:
    with st.container(border=True):
        st.markdown("## Live scorecard")
        st.metric("Overall score", f"{whole(card.overall)}/100")
        drafts.summary_line(evaluation)
        _scope_and_progress(card)
        _gaps(card)


def _scope_and_progress(card) -> None:
    """The scope lines, then the sections done as a bar and a Markdown table: light elements, few of them,
    as the fragment resends each one on every edit (a data grid cost the browser a redraw per edit)."""
    done = sum(s.answered == s.questions for s in card.sections)
    rows = "\n".join(f"| {common.line(s.title)} | {s.answered}/{s.questions} | {whole(s.score)} |" for s in card.sections)
    st.markdown(f"**Scope claimed:** level {card.claimed_scope}, {common.line(card.claimed_scope_name)}  \n"
                f"**Scope delivered:** level {card.delivered_scope}, {common.line(card.delivered_scope_name)}")
    st.progress(done / len(card.sections), text=f"{done} of {len(card.sections)} sections fully answered")
    st.markdown(f"| Section | Done | Score |\n|:--|--:|--:|\n{rows}")


def _gaps(card) -> None:
    if not card.gaps:
        st.success(common.md(card.no_gaps_said()))
        return
    lines = [f"**{many(len(card.gaps), 'label gap')} to put to the vendor**"]
    lines += [f"- **{common.line(gap.label_name)}**: {common.line(gap.missing)}  \n"
              f"  Ask: _{common.line(gap.follow_up)}_" for gap in card.gaps]
    if card.flags:
        lines.append(f"\n**{many(len(card.flags), 'risk flag')}**: " + "; ".join(common.line(f.title) for f in card.flags))
    st.markdown("\n".join(lines))  # one element for all gaps and flags
