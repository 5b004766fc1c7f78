"""Compare: two or more saved proposals side by side, re-ranked live by the buyer's section weights."""
from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

import scoring
from views import common
from views import panel  # each proposal's consensus, for "Rank on consensus scores"

PICKED = "compare:ids"
md, line = common.md, common.line


def _pick(summaries) -> list[str]:
    names = {s.id: f"{s.proposal} ({s.vendor})" if s.vendor else s.proposal for s in summaries}
    if PICKED not in st.session_state:
        open_id = common.current_id()
        first = [open_id] if open_id in names else []
        st.session_state[PICKED] = (first + [i for i in names if i not in first])[:2]
    st.session_state[PICKED] = [i for i in st.session_state[PICKED] if i in names]
    return st.multiselect("Proposals to compare", list(names), format_func=names.get, key=PICKED,
                          placeholder="Pick two or more saved evaluations")


def _weights() -> dict[str, float]:
    sections = common.bank().sections
    table = pd.DataFrame([{"id": s.id, "Section": s.title, "Weight": float(s.weight)} for s in sections])
    edited = st.data_editor(table, key="compare:weights", hide_index=True, width="stretch", disabled=["Section"],
                            column_order=["Weight", "Section"], height="content",
                            column_config={"Section": st.column_config.TextColumn(width="large"),
                                           "Weight": st.column_config.NumberColumn(min_value=0.0, step=1.0, format="%g",
                                                                                   required=True, width=90)})
    st.caption("Change a weight to re-rank: how much each section matters to your plant.")
    return {row["id"]: float(row["Weight"]) for row in edited.to_dict("records") if pd.notna(row["Weight"])}


def _winner(comp) -> None:
    st.success(f"**{line(comp.winner)}** ranks first, {comp.winner_margin:.1f} points ahead. "
               f"Ranking: {' › '.join(line(n) for n in comp.ranking)}", icon=":material/trophy:")
    st.info(md(comp.stability.text), icon=":material/balance:")


def _table(comp) -> None:
    """Sections x proposals. Proposal names are the only columns, so any name is safe as a header."""
    rows = {s.title: {n: s.scores[n] for n in comp.proposals} for s in comp.sections}
    rows["Overall (weighted)"] = comp.overall
    table = pd.DataFrame.from_dict(rows, orient="index", columns=comp.proposals)
    scores = {n: st.column_config.NumberColumn(n, format="%.0f", width="small") for n in comp.proposals}
    scores["_index"] = st.column_config.TextColumn("Section", width="medium")
    st.dataframe(table, width="stretch", height="content", column_config=scores)


def _chart(comp) -> None:
    data = pd.DataFrame([{"Section": s.title, "Proposal": n, "Score": s.scores[n]}
                         for s in comp.sections for n in comp.proposals])
    chart = alt.Chart(data).mark_bar().encode(
        y=alt.Y("Section:N", sort=None, title=None, axis=alt.Axis(labelLimit=300)),
        x=alt.X("Score:Q", scale=alt.Scale(domain=[0, 100]), title="Score (0-100)"),
        yOffset=alt.YOffset("Proposal:N", sort=comp.proposals),
        color=alt.Color("Proposal:N", sort=comp.proposals, scale=alt.Scale(scheme="tableau10"),
                        legend=alt.Legend(orient="top", labelLimit=400)),
        tooltip=["Proposal", "Section", alt.Tooltip("Score:Q", format=".0f")])
    st.altair_chart(chart.properties(height=max(300, 18 * len(data))), width="stretch")


def _differences(comp) -> None:
    st.markdown(f"#### Where the substance differs ({len(comp.differences)} questions)")
    if not comp.differences:
        st.caption("The proposals answer every question alike.")
        return
    titles = {s.id: s.title for s in common.bank().sections}
    for section_id in dict.fromkeys(d.section for d in comp.differences):
        with st.expander(line(titles.get(section_id, section_id)), expanded=False):
            for d in (d for d in comp.differences if d.section == section_id):
                st.markdown(f"**{line(d.prompt)}**")
                for column, name in zip(st.columns(len(comp.proposals)), comp.proposals):
                    column.caption(line(name))
                    column.markdown(line(d.answers[name]))


def _gaps_and_flags(comp) -> None:
    st.markdown("#### Gaps and flags of each proposal")
    for column, name in zip(st.columns(len(comp.proposals)), comp.proposals):
        with column.container(border=True):
            st.markdown(f"**{line(name)}**")
            gaps, flags = comp.gaps[name], comp.flags[name]
            if not gaps and not flags:
                st.caption("No label gaps, no risk flags.")
            for gap in gaps:
                st.markdown(f":orange[Gap] **{line(gap.label_name)}**: {line(gap.missing)}  \n"
                            f"Ask: _{line(gap.follow_up)}_")
            for flag in flags:
                st.markdown(f":red[Flag ({flag.severity})] **{line(flag.title)}**  \nAsk: _{line(flag.follow_up)}_")


def main() -> None:
    st.title("Compare proposals")
    summaries = common.store().list()
    picked = _pick(summaries)
    if len(picked) < 2:
        st.info("Pick two or more saved evaluations to compare them.")
        return
    evaluations = [common.store().get(i).evaluation for i in picked]
    weights_column, results = st.columns([2, 3], gap="large")
    with weights_column:
        st.markdown("#### Section weights")
        weights = _weights()
        on_consensus = st.toggle("Rank on consensus scores", key="compare:consensus",
                                 help="Each proposal's merged scorecard: the median of its evaluators' points.")
    try:
        cards = [panel.of(i).merged for i in picked] if on_consensus else None
        comp = scoring.compare(evaluations, weights=weights, scorecards=cards)
    except ValueError as problem:
        results.error(f"Cannot rank with these weights: {md(problem)}")
        return
    with results:
        _winner(comp)
        _table(comp)
    _chart(comp)
    _differences(comp)
    _gaps_and_flags(comp)


main()
