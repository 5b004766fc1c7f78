"""Compare: two or more saved proposals side by side, re-ranked live by the buyer's section weights."""
from __future__ import annotations

from collections import Counter

import altair as alt
import pandas as pd
import streamlit as st

import scoring
from scoring.compare import DRAFT_MARK, keys_for
from scoring.scorecard import whole
from store.errors import EXAMPLE_OWNER
from store.records import original_name
from views import auth, common, compare_exports, library_table
from views import panel  # each proposal's consensus, for "Rank on consensus scores"
from views.scorecard_html import table
from plaintext.chars import clip
from questions.wording import many

PICKED, SEARCH, STARTED = "compare:ids", "compare:search", "compare:started"
OFFERED = 50  # proposals the picker lists at once
SIDE_BY_SIDE = 4  # up to this many proposals get a column each; more are listed
CHIP = (22, 10)  # a picked proposal's chip: its name's first and last characters, an offer's number often last;
PILOT_CHARS = 160  # the pilot's sentence clipped in the key; every export says it whole
CHIP_PART = 14  # with its key, four chips fit the picker's one line on a laptop (the key below names each in full)
md, line = common.md, common.line


def _label(summary) -> str:
    return f"{summary.proposal} ({summary.vendor})" if summary.vendor else summary.proposal


def _labels(summaries) -> dict[str, str]:
    """Id -> label; where labels read alike (each evaluator's copy of one proposal), the evaluator too."""
    unique = {s.id: s for s in summaries}.values()
    alike = Counter(_label(s) for s in unique)
    return {s.id: f"{_label(s)} · {s.evaluator}" if alike[_label(s)] > 1 and s.evaluator else _label(s)
            for s in unique}


def _middle(name: str) -> str:
    """A long name cut in its middle, so four fit the picker and names alike at the start stay apart."""
    head, tail = CHIP
    return name if len(name) <= head + tail + 1 else f"{name[:head].rstrip()}\u2026{name[-tail:].lstrip()}"


def _chip(summary, label: str, shared: Counter) -> str:
    """A picked proposal's chip: its name cut in the middle, with its vendor where picked proposals share the name
    (walk 55's three chips all read "Energy monitoring and oven PdM"); its evaluator clipped where copies read alike."""
    chip = _middle(summary.proposal)
    if shared[summary.proposal.strip()] > 1 and summary.vendor:
        chip = f"{chip} ({clip(summary.vendor, CHIP_PART)})"
    alike = summary.evaluator and label.endswith(f" · {summary.evaluator}")
    return f"{chip} · {clip(summary.evaluator, CHIP_PART)}" if alike else chip


def _offer(row) -> tuple[str, str]:
    """The proposal and vendor an evaluation scores: a duplicate ("... (copy)") scores the same offer as its
    source, so both in the first pick would rank an offer against itself."""
    return original_name(row.proposal).strip().casefold(), row.vendor.strip().casefold()


def _start() -> None:
    """First visit: as many proposals as the page sets side by side, the open evaluation first, then the
    most recently saved, one copy of each proposal (evaluators' copies share a group: the signed-in buyer's own, else
    the open one or the newest; of an offer duplicated in the library, the open one or else the newest); the page
    says so."""
    store = common.store()
    open_id = common.current_id()
    opened = store.page(ids=[open_id], limit=1).rows if open_id else []  # however long ago it was saved
    rows = opened + store.page(limit=4 * SIDE_BY_SIDE).rows  # then the newest, evaluators' copies alike
    # Winnow's read-only examples are references, not offers on the buyer's desk: left out once two of the buyer's own
    # can be compared (a seeded example ranked first over the buyer's vendors)
    own = [row for row in rows if row.owner != EXAMPLE_OWNER or row.id == open_id]
    me = auth.current_user().owner
    first, offers, mine = {}, set(), set()
    for row in own if len({r.group_id or r.id for r in own}) >= 2 else rows:
        group = row.group_id or row.id
        if group in first and row.owner == me and group not in mine and row.owner != EXAMPLE_OWNER:
            first[group] = row.id  # the signed-in buyer's own copy, not a colleague's saved later (walk 64)
            mine.add(group)
        elif group not in first and _offer(row) not in offers:
            first[group] = row.id
            offers.add(_offer(row))
            mine.update({group} if row.owner == me else set())
    picked = list(first.values())[:SIDE_BY_SIDE]
    total = store.page(limit=0).total
    examples_out = len(own) < len(rows) and set(first) < {r.group_id or r.id for r in rows}
    left_out = " (Winnow's examples left out)" if examples_out else ""
    st.session_state[PICKED] = picked
    st.session_state[STARTED] = (picked, f"Comparing all {total} saved evaluations." if len(picked) == total else
                                 f"Comparing the {len(picked)} most recently saved of {total:,} evaluations"
                                 + (", the open one first" if open_id in picked else "") + left_out
                                 + ". Pick others, or remove some, below.")


def _pick() -> list[str]:
    """The picker offers what is picked plus the first matches of a search, never the whole library."""
    store = common.store()
    if PICKED not in st.session_state:
        _start()
    picked = list(dict.fromkeys(st.session_state[PICKED]))
    find, choose = st.columns([1, 2])[0], st  # the picker the page's full width: four chips on one line
    search = find.text_input("Find proposals", key=SEARCH, placeholder="Proposal, vendor or evaluator",
                             help="Narrows the list of proposals to pick from.")
    # a search's matches are kept until the library changes: a weight edit reruns this page
    found = library_table.page_of(dict(search=search.strip(), sort="updated_at", descending=True), 0, OFFERED)
    chosen = store.page(ids=picked, limit=len(picked)).rows if picked else []  # any deleted since drop out
    names = _labels(chosen + found.rows)
    summaries = {s.id: s for s in chosen + found.rows}
    st.session_state[PICKED] = [i for i in picked if i in names]
    keys = dict(zip(st.session_state[PICKED], keys_for(len(st.session_state[PICKED]))))
    shared = Counter(summaries[i].proposal.strip() for i in st.session_state[PICKED])
    choice = choose.multiselect("Proposals to compare", list(names), key=PICKED,
                                format_func=lambda i: f"{keys[i]} · {_chip(summaries[i], names[i], shared)}" if i in keys else names[i],
                                placeholder="Pick two or more saved evaluations")
    started, said = st.session_state.get(STARTED, (None, ""))
    if choice == started:
        st.caption(said)
    if found.total > len(found.rows):
        st.caption(f"{found.total:,} saved evaluations match; the list offers the first {len(found.rows)}. "
                   "Type in Find proposals to narrow it.")
    return choice


def _weights() -> dict[str, float]:
    sections = common.bank().sections
    table = pd.DataFrame([{"id": s.id, "Section": s.title, "Weight": float(s.weight)} for s in sections])
    edited = st.data_editor(table, key="compare:weights", hide_index=True, width="content", disabled=["Section"],
                            column_order=["Weight", "Section"], height="content",
                            column_config={"Section": st.column_config.TextColumn(width=460),  # the longest title whole
                                           "Weight": st.column_config.NumberColumn(min_value=0.0, step=1.0, format="%g",
                                                                                   required=True, width=90)})
    st.caption("Change a weight to re-rank: how much each section matters to your plant.")
    return {row["id"]: float(row["Weight"]) for row in edited.to_dict("records") if pd.notna(row["Weight"])}


def _unreviewed(comp) -> None:
    """A ranking that rests on drafts nobody has checked says so: each proposal's unreviewed drafted answers."""
    waiting = [(name, n) for name, n in comp.unreviewed.items() if n]
    if not waiting:
        return
    said = "; ".join(f"{comp.keys[name]}. {line(name)}: {many(n, 'drafted answer')} not yet reviewed"
                     for name, n in waiting)
    if any(c.startswith("The lead rests on drafted answers") for c in comp.caveats):  # the verdict said it: no twice
        st.caption(f"Not yet reviewed: {said}; they are marked {md(DRAFT_MARK)} below. Keep, edit or reject them on "
                   "the Evaluate page before deciding.")
    else:
        st.warning(f"The ranking rests partly on answers Winnow drafted that nobody has checked ({said}); they are "
                   f"marked {md(DRAFT_MARK)} below. Keep, edit or reject them on the Evaluate page before deciding.",
                   icon=":material/auto_awesome:")


def _key(comp) -> None:
    """Each proposal named in full once, by the key that heads its column, marks its bar and leads its answers, with
    its overall score and the price its documents state beside it."""
    st.markdown("**Key**  \n" + "  \n".join(f"**{comp.keys[n]}** · {line(n)} · Evaluated by: {line(comp.whose(n))} · "
                                             f"{whole(comp.overall[n])}/100 · Price: {line(comp.price(n))} · "
                                             f"Minimum term: {line(comp.term(n))} · "
                                             f"Cost over the term: {line(comp.cost(n))} · "
                                             f"Pilot: {line(clip(comp.pilot(n), PILOT_CHARS))} · "
                                             f"Priced options: {line(comp.priced_options(n))} · "
                                             f"Not included: {line(comp.not_included(n))}" for n in comp.proposals))
    compare_exports.row(comp)  # built only when clicked, as the scorecard's exports are


def _contract(comp) -> None:
    """One row a contract term any offer states, a column an offer (scoring/contract_terms.py, walk81)."""
    rows = comp.contract_rows()
    if rows:
        st.markdown("## Contract terms")
        st.html(table([dict(zip(["Term", *(comp.keys[n] for n in comp.proposals)], row)) for row in rows],
                      "Contract terms"))


def _winner(comp) -> None:
    shown = comp.ranking[:SIDE_BY_SIDE + 1]
    rest = len(comp.ranking) - len(shown)
    ranking = " › ".join(f"{comp.keys[n]}. {line(n)}" for n in shown) + (f" › … and {rest} more (all in the chart below)" if rest else "")
    said = f"**{line(comp.lead())}** Ranking: {ranking}"  # a ranking that decides nothing is no success
    (st.warning(said, icon=":material/report:") if comp.caveats else st.success(said, icon=":material/trophy:"))
    st.info(md(comp.stability.text), icon=":material/balance:")


SECTION_PX, TABLE_PX = 220, 760  # the table fits a laptop's page (1280 pixels, the sidebar open) with 2 to 4
PROPOSAL_PX = (36, 200)  # a column's narrowest (a rank, or a score of three digits) and widest
KEYED_PX = 64  # a column headed by a key: its score whole, four beside the sections on a phone's width after a swipe


def proposal_px(count: int) -> int:
    """Each proposal's column width: together they fill what the pinned section column leaves."""
    return max(PROPOSAL_PX[0], min(PROPOSAL_PX[1], (TABLE_PX - SECTION_PX) // count))


def _table(comp) -> None:
    """Sections x proposals at the page's full width: the section column pinned, every proposal's
    column as wide as the others and together no wider than the page; up to four are headed by their key,
    narrow (a name of 120 characters cut to its first words told none apart, and pushed the fourth off a
    laptop's page), many stand in ranking order, headed by their rank; the full name on hover. Scores are rounded here, as the scorecard rounds
    them. Proposal names are the only columns, so any name is safe as a header."""
    many = len(comp.proposals) > SIDE_BY_SIDE
    names = comp.ranking if many else comp.proposals
    rows = {"Overall (weighted)": comp.overall} | {s.title: s.scores for s in comp.sections}
    table = pd.DataFrame.from_dict({k: [whole(v[n]) for n in names] for k, v in rows.items()},
                                   orient="index", columns=names)
    width = proposal_px(len(names)) if many else KEYED_PX
    scores = {n: st.column_config.NumberColumn(f"{rank}. {n}" if many else comp.keys[n], format="%d", width=width,
                                               help=n)
              for rank, n in enumerate(names, 1)}
    scores["_index"] = st.column_config.TextColumn("Section", width=SECTION_PX, pinned=True)
    st.dataframe(table, width="stretch", height="content", column_config=scores)


def _chart(comp) -> None:
    if len(comp.proposals) > SIDE_BY_SIDE:  # bars per section and proposal would be a thicket: rank them
        _ranking_chart(comp)
        return
    named = {n: f"{comp.keys[n]} · {_middle(n)}" for n in comp.proposals}
    data = pd.DataFrame([{"Section": s.title, "Proposal": named[n], "Name": n, "Score": s.scores[n],
                          "Shown": whole(s.scores[n]), "Bar": f"{comp.keys[n]} {whole(s.scores[n])}"}
                         for s in comp.sections for n in comp.proposals])
    order = list(named.values())
    base = alt.Chart(data).encode(
        y=alt.Y("Section:N", sort=None, title=None, axis=alt.Axis(labelLimit=180)),
        x=alt.X("Score:Q", scale=alt.Scale(domain=[0, 100]), title="Score (0-100)"),
        yOffset=alt.YOffset("Proposal:N", sort=order),
        tooltip=[alt.Tooltip("Name:N", title="Proposal"), "Section", alt.Tooltip("Shown:Q", title="Score")])
    bars = base.mark_bar().encode(color=alt.Color("Proposal:N", sort=order, scale=alt.Scale(scheme="tableau10"),
                                                  legend=alt.Legend(orient="top", direction="vertical",
                                                                    labelLimit=320, title=None)))
    keyed = base.mark_text(align="left", dx=3, fontSize=10).encode(text="Bar:N")  # each bar says whose: no colour needed
    st.altair_chart((bars + keyed).properties(height=max(300, 18 * len(data))), width="stretch")


def _ranking_chart(comp) -> None:
    """Many proposals: one bar each, best first, the overall score written at its end."""
    data = pd.DataFrame({"Proposal": comp.ranking, "Overall": [comp.overall[n] for n in comp.ranking],
                         "Shown": [whole(comp.overall[n]) for n in comp.ranking]})
    base = alt.Chart(data).encode(
        y=alt.Y("Proposal:N", sort=comp.ranking, title=None, axis=alt.Axis(labelLimit=360)),
        x=alt.X("Overall:Q", scale=alt.Scale(domain=[0, 100]), title="Overall score (weighted, 0-100)"),
        tooltip=["Proposal", alt.Tooltip("Shown:Q", title="Overall")])
    bars = base.mark_bar(color="#4c78a8") + base.mark_text(align="left", dx=4).encode(text=alt.Text("Shown:Q"))
    st.altair_chart(bars.properties(height=alt.Step(26)), width="stretch")  # 26 px a bar, every name shown


def _differences(comp) -> None:
    st.markdown(f"## Where the substance differs ({len(comp.differences)} questions)")
    if not comp.differences:
        st.caption("The proposals answer every question alike.")
        return
    titles = {s.id: s.title for s in common.bank().sections}
    for section_id in dict.fromkeys(d.section for d in comp.differences):
        with st.expander(line(titles.get(section_id, section_id)), expanded=False):
            for d in (d for d in comp.differences if d.section == section_id):
                st.markdown(f"**{line(d.prompt)}**")
                if len(comp.proposals) > SIDE_BY_SIDE:  # a column each would be too narrow to read
                    st.markdown("\n".join(f"- {comp.keys[n]}. {line(n)}: {_answer(d, n)}" for n in comp.proposals))
                    continue
                for column, name in zip(st.columns(len(comp.proposals)), comp.proposals):
                    column.caption(f"{comp.keys[name]}. {line(_middle(name))}")  # the key above names it in full
                    column.markdown(_answer(d, name))


def _answer(difference, name: str) -> str:
    """An answer as it reads side by side: a draft nobody reviewed says so, as on the Consensus page."""
    said = line(difference.answers[name])
    return f"{said} :orange-badge[{md(DRAFT_MARK)}]" if difference.drafts.get(name) else said


def _gaps_and_flags(comp) -> None:
    st.markdown("## Gaps and flags of each proposal")
    if len(comp.proposals) > SIDE_BY_SIDE:  # one line each, opened on demand, best first
        for name in comp.ranking:
            gaps, flags = len(comp.gaps[name]), len(comp.flags[name])
            with st.expander(f"{line(name)} · {many(gaps, 'label gap')}, {many(flags, 'risk flag')}"):
                _gaps_of(comp, name)
        return
    for column, name in zip(st.columns(len(comp.proposals)), comp.proposals):
        with column.container(border=True):
            _gaps_of(comp, name)


def _gaps_of(comp, name: str) -> None:
    st.markdown(f"**{comp.keys[name]}. {line(name)}**")
    gaps, flags = comp.gaps[name], comp.flags[name]
    if not gaps and not flags:
        st.caption("No label gaps, no risk flags.")
    for gap in gaps:
        st.markdown(f":orange[Gap] **{line(gap.label_name)}**: {line(gap.missing)}  \n"
                    f"Ask: _{line(gap.follow_up)}_")
    for flag in flags:
        st.markdown(f":red[Flag ({flag.severity})] **{line(flag.title)}**  \nAsk: _{line(flag.follow_up)}_")


def _rounds(evaluations) -> None:
    """Each vendor's latest clarification round: what it was asked and how it answered."""
    if not any(ev.rounds for ev in evaluations):
        return
    from scoring.round_history import replies_said  # the reply reader's rules: only once a vendor was asked
    from scoring.round_now import changes_now
    st.markdown("## Follow-up with each vendor")
    for ev in evaluations:
        said = changes_now(ev)[-1].line() if ev.rounds else "No follow-up questions sent yet."
        several = replies_said(ev.rounds[-1]) if ev.rounds else []  # a round answered in several messages, each
        st.markdown(f"- **{line(ev.proposal)}**: {line(said)}" + "".join(f"\n    - {line(r)}" for r in several))


def main() -> None:
    st.title("Compare proposals")
    picked = _pick()
    if len(picked) < 2:
        st.info("Pick two or more saved evaluations to compare them.")
        return
    saved = [common.store().get(i) for i in picked]
    evaluations = [s.evaluation for s in saved]
    results = st.container()  # the ranking above the weights it is computed from: what a buyer reads first
    st.markdown("## Section weights")
    weights = _weights()  # the page's full width: in a column beside the ranking, its longest section was cut
    on_consensus = st.toggle("Rank on consensus scores", key="compare:consensus",
                             help="Each proposal's merged scorecard: the median of its evaluators' points (of two, their mean).")
    try:
        merged = [panel.of(i) for i in picked] if on_consensus else None
        cards = [m.merged for m in merged] if merged else None
        whose = [panel.consensus_of(m) for m in merged] if merged else [panel.whose(s) for s in saved]
        checked = [panel.checked_of(i) for i in picked] if on_consensus else None  # the lead without the drafts
        comp = scoring.compare(evaluations, weights=weights, scorecards=cards, evaluators=whose,
                               checked=[c.merged for c, _ in checked] if checked else None,
                               unreviewed=[n for _, n in checked] if checked else None)
    except ValueError as problem:
        results.error(f"Cannot rank with these weights: {md(problem)}")
        return
    with results:
        _winner(comp)
        _unreviewed(comp)
        _key(comp)
    _table(comp)  # the page's full width: beside the weights, two long names already overflowed
    _chart(comp)
    _differences(comp)
    _contract(comp)
    _gaps_and_flags(comp)
    _rounds(evaluations)


main()
