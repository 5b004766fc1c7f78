"""Scorecard: what the answers add up to, readable by someone who never saw the form."""
from __future__ import annotations

import streamlit as st

import scoring
from questions import load_bank
from reading.draft_review import drafted_from, progress
from scoring.contract_terms import contract_terms
from scoring.retired import retired_line
from scoring.round_now import changes_now
from scoring.scorecard import OFFERED_PILOT, whole
from reports import EXPORTS
from reports.common import price_rows, record_lines
from views import common, history
from views.scorecard_html import answers, section_bars, table
from questions.wording import many

SEVERITY = {"high": ":material/error:", "medium": ":material/warning:", "low": ":material/info:"}
FIT = {"tied": "Tied to a measured plant problem", "partial": "Partly tied to a plant problem",
       "none": "Not tied to a plant problem"}
YES_NO = {True: "Yes", False: "No"}
PARAGRAPHS = "\n\n"  # paragraphs of one Markdown element: the browser draws one element, not one per paragraph
md, line = common.md, common.line


def _headline(card) -> None:
    st.info(md(card.verdict), icon=":material/gavel:")
    a, b, c, d = st.columns(4)
    a.metric("Overall score", f"{whole(card.overall)}/100")
    b.metric("Scope claimed → delivered", f"Level {card.claimed_scope} → {card.delivered_scope}")
    c.metric("Label gaps", len(card.gaps))
    d.metric("Risk flags", len(card.flags))


def _price(evaluation) -> None:
    """The price the offer's documents state, as Compare and every export say it."""
    st.markdown("  \n".join(f"**{said}:** {line(price)}" for said, price in price_rows(evaluation)))


def _drafts(evaluation) -> None:
    """How much of the scorecard rests on answers Winnow drafted and the buyer has not reviewed."""
    done = progress(evaluation)
    if not done.drafted:
        return
    said = f"{many(done.drafted, 'answer was', 'answers were')} drafted from {drafted_from(evaluation)}; "
    if done.unreviewed:
        its = "its points rest" if done.unreviewed == 1 else "their points rest"
        st.warning(f"{said}{many(done.unreviewed, 'is', 'are')} not yet reviewed: {its} on Winnow's reading of the "
                   "text alone. Keep, edit or reject them on the Evaluate page.", icon=":material/auto_awesome:")
    else:
        st.caption(f"{said}all have been reviewed.")


def _ladder(card) -> None:
    st.markdown("## Scope: claimed versus delivered")
    levels = []
    for level in sorted(common.bank().scope, key=lambda lvl: -lvl.level):
        badges = [badge for badge, at in ((":orange-badge[Claimed by the labels]", card.claimed_scope),
                                          (":green-badge[Delivered by the answers]", card.delivered_scope))
                  if at == level.level]
        text = f"**Level {level.level}: {line(level.name)}** {' '.join(badges)}  \n{line(level.shows)}"
        levels.append(text if badges else f":gray[{text}]")
    st.markdown(PARAGRAPHS.join(levels))
    if card.delivered_from:  # which answers hold the level: one the buyer removed no longer does (scope_held.py)
        st.caption(md(f"Level {card.delivered_scope} stands on: {'; '.join(card.delivered_from)}."))
    st.caption(md(card.scope_next))


def _gaps(card) -> None:
    st.markdown(f"## Label gaps ({len(card.gaps)})")
    if not card.gaps:
        st.success(common.md(card.no_gaps_said()))
    columns = st.columns(2)
    for i, gap in enumerate(card.gaps):
        with columns[i % 2].container(border=True):
            levels = (f" claims level {gap.claimed}, the answers deliver level {gap.delivered}"
                      if gap.delivered < gap.claimed else "")  # at the claimed level, a thing it needs is missing
            st.markdown(PARAGRAPHS.join((
                f"**{line(gap.label_name)}**{levels}: {line(gap.missing)}", md(gap.reason),
                f"**Why it matters:** {md(gap.why)}", f"**Ask the vendor:** _{line(gap.follow_up)}_")))


def _flags(card) -> None:
    st.markdown(f"## Risk flags ({len(card.flags)})")
    if not card.flags:
        st.success("No risk flags raised by the answers.")
    columns = st.columns(2)
    for i, flag in enumerate(card.flags):
        with columns[i % 2].container(border=True):
            st.markdown(PARAGRAPHS.join((f"{SEVERITY[flag.severity]} **{line(flag.title)}** ({flag.severity})",
                                         md(flag.reason), f"**Ask the vendor:** _{line(flag.follow_up)}_")))


def _terms(evaluation) -> None:
    """The contract terms the offer's documents state, each with its sentence and document, and a flag for each that
    works against the buyer or that two documents state differently (scoring/contract_terms.py, walk81)."""
    read = contract_terms(evaluation)
    if not read.terms and not read.flags:
        return
    st.markdown(f"## Contract terms ({len(read.terms)})")
    st.markdown("\n".join(f"- **{line(t.name)}:** {line(t.said())}" for t in read.terms))
    columns = st.columns(2)
    for i, flag in enumerate(read.flags):
        with columns[i % 2].container(border=True):
            st.markdown(PARAGRAPHS.join((f"{SEVERITY[flag.severity]} **{line(flag.title)}**", line(flag.reason),
                                         f"**Ask the vendor:** _{line(flag.follow_up)}_")))


def _fit_and_phase(card) -> None:
    fit, phase = card.problem_fit, card.first_phase
    left, right = st.columns(2)
    with left.container(border=True):
        st.markdown(f"## Problem fit: {FIT[fit.status]}")
        st.markdown(md(fit.reason))
        st.markdown(f"**Problems:** {line(', '.join(fit.problems) or 'none named')}  \n"
                    f"**KPI:** {line(fit.kpi or 'none named')}")
    with right.container(border=True):
        st.markdown("## Recommended first phase")
        st.markdown(f"**Pilot:** {md(phase.pilot_scope)}")
        if phase.offered:
            st.markdown(f"**{OFFERED_PILOT}:**\n" + "\n".join(f"- {line(q)}" for q in phase.offered))
        st.markdown(f"**KPI:** {md(phase.kpi)}  \n**Owner:** {md(phase.owner)}")
        if phase.questions:
            st.markdown("**Settle before the pilot:**\n" + "\n".join(f"1. {line(q)}" for q in phase.questions))


def _technologies(card) -> None:
    st.markdown("## The nine Industry 4.0 technologies")
    st.html(table([{"Technology": t.name, "Claimed": YES_NO[t.claimed], "Backed by the answers": YES_NO[t.backed],
                    "What would back it": t.backing} for t in card.technologies], "The nine technologies"))


def _answers(card, evaluation) -> None:
    st.markdown("## Every answer, with its points and reasons")
    evidence = common.bank().evidence_names()
    unreviewed = {a.question for a in evaluation.answers if a.unreviewed}
    for section in card.sections:
        label = f"{section.title} — {whole(section.score)}/100, {section.answered} of {section.questions} answered"
        rows = [a for a in card.answers if a.section == section.id]
        st.expander(line(label)).html(answers(rows, evidence, unreviewed))  # one element per section, drawn while folded


def _rounds(saved, card) -> None:
    rounds, seen = saved.evaluation.rounds, record_lines(saved.evaluation)
    if not (rounds or seen):
        return
    if rounds:
        st.markdown("## Clarification rounds")
        st.markdown("\n".join(f"- {line(c.line())}" for c in changes_now(saved.evaluation, card)))
    if seen:  # a site visit, demo or pilot on record, whether or not an answer's level rests on it yet
        st.markdown("## Evidence seen")
        st.markdown("\n".join(f"- {line(said)}" for said in seen))
    st.page_link(common.PAGES["rounds"], label="Questions, replies and letters on the Follow-up page",
                 icon=":material/forward_to_inbox:", query_params={"id": saved.id})


def _downloads(saved, card) -> None:
    st.markdown("## Export")
    with st.container(horizontal=True):
        for name, export in EXPORTS.items():
            # built only when clicked (on Streamlit's download thread), not on every run of the page
            data = lambda build=export.function: build(saved.evaluation, card)  # noqa: E731
            st.download_button(export.label, data=data, file_name=export.filename(saved.evaluation, key=saved.id),
                               mime=export.mime, key=f"export:{name}", on_click="ignore",
                               icon=":material/download:")


def main() -> None:
    saved = common.require_current("see its scorecard")
    if saved is None:
        return
    card = scoring.score(saved.evaluation)
    common.title(saved, "Scorecard")
    _headline(card)
    _price(saved.evaluation)
    _drafts(saved.evaluation)
    retired = retired_line(saved.evaluation, load_bank())
    if retired:
        st.info(common.line(retired), icon=":material/history:")
    chart, ladder = st.columns([3, 2], gap="large")
    with chart:
        st.markdown("## Section scores")
        st.html(section_bars(card))
    with ladder:
        _ladder(card)
    _gaps(card)
    _flags(card)
    _terms(saved.evaluation)
    _fit_and_phase(card)
    _technologies(card)
    _rounds(saved, card)
    _answers(card, saved.evaluation)
    history.answer_history(saved)  # who changed which answer, from what to what (views/history.py)
    _downloads(saved, card)
    st.page_link(common.PAGES["evaluate"], label="Back to the answers", icon=":material/edit_note:",
                 query_params={"id": saved.id})


main()
