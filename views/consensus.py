"""Consensus: everyone who scored the open proposal, side by side; where they disagree, the merged
scorecard (median points per question, of two evaluators their mean) beside each evaluator's, a comment thread per
question, and where two disagree, a way for the signed-in evaluator to agree on a colleague's answer.
Mid-way, a question counts only those who have answered it; who has not yet is shown apart.

Each evaluator answers on their own (their own evaluation of the proposal, in one group); this page
changes only the signed-in evaluator's own, where they agree on a colleague's answer. "Join" gives the signed-in user their own evaluation of the same proposal.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from reports import consensus as report
from reports.file_names import download_name
from scoring.consensus import Consensus
from scoring.scorecard import whole
from scoring.round_now import changes_now
from views import auth, common, panel
from questions.wording import many

md, line = common.md, common.line
ONLY_DISAGREEMENTS = "consensus:only_disagreements"
OPEN_AT_MOST = 5  # more disagreements than this start folded, so the page stays readable
EXPORTS = {"Markdown": (report.to_markdown, "md", "text/markdown"), "CSV": (report.to_csv, "csv", "text/csv"),
           "JSON": (report.to_json, "json", "application/json")}


# --- joining ----------------------------------------------------------------------------------

def _join(saved, group) -> None:
    user = auth.current_user()
    if not user.signed_in:  # one local user: nobody else to join, and the page says how colleagues would
        if len(group) < 2:
            st.caption("Colleagues score the same proposal each in their own evaluation once Winnow runs with sign-in "
                       "(the README's team set-up); their medians, disagreements and rounds then show here.")
        return
    mine = next((s for s in group if s.owner == user.owner), None)
    if mine is not None:
        st.page_link(common.PAGES["evaluate"], label="Your own answers to this proposal", icon=":material/edit_note:",
                     query_params={"id": mine.id})
        return
    st.info("You have not scored this proposal yet. Join it to answer the questions yourself; "
            "the others' answers stay theirs.", icon=":material/group_add:")
    if st.button("Join this proposal as an evaluator", type="primary", key="consensus:join"):
        joined = common.store().join(saved.id, evaluator=user.evaluator, owner=user.owner)
        common.go("evaluate", joined.id)


# --- the scores -------------------------------------------------------------------------------

def _headline(result: Consensus, ids: list[str]) -> None:
    """The merged scorecard beside each evaluator's: score, scope, gaps and flags, then the detail."""
    cards = [(result.title, result.merged, None), *zip(result.evaluators, result.scorecards, ids)]
    basis = [f"rests on {report.rests_on_text(result)}",
             *(f"{done} of {total} answered" for done, total in result.progress.values())]
    for column, (name, card, eid), answered in zip(st.columns(len(cards)), cards, basis):
        with column.container(border=True):
            st.metric(line(name), f"{whole(card.overall)}/100")
            st.caption(f"{answered} · Scope claimed {card.claimed_scope} → delivered {card.delivered_scope} · "
                       f"{many(len(card.gaps), 'label gap')} · {many(len(card.flags), 'risk flag')}")
            if eid:
                st.page_link(common.PAGES["scorecard"], label="Full scorecard", icon=":material/assessment:",
                             query_params={"id": eid})
    st.info(md(result.merged.verdict), icon=":material/gavel:")
    with st.expander("Label gaps and risk flags, scorecard by scorecard"):
        for column, (name, card, _) in zip(st.columns(len(cards)), cards):
            column.markdown(f"**{line(name)}**")
            items = [f"- Gap, {line(g.label_name)}: {line(g.missing)}" for g in card.gaps]
            items += [f"- Risk ({g.severity}): {line(g.title)}" for g in card.flags]
            column.markdown("\n".join(items) or "No gaps or flags.")


RESTS_ON = "Consensus rests on"


def _sections(result: Consensus) -> None:
    """Sections x (consensus, each evaluator), and how many evaluators each merged score rests on.
    Names are only column headers, so any name is safe."""
    names = [result.title, *result.evaluators]
    cards = [result.merged, *result.scorecards]
    rows = {"Overall (weighted)": [*(whole(c.overall) for c in cards), report.rests_on_text(result)]}
    rows |= {s.title: [*(whole(c.section(s.id).score) for c in cards), report.rests_on_text(result, s.id)]
             for s in result.merged.sections}  # rounded here, as the scorecard rounds them
    table = pd.DataFrame.from_dict(rows, orient="index", columns=[*names, RESTS_ON])
    config = {n: st.column_config.NumberColumn(n, format="%d", help=n, width="small") for n in names}
    config[RESTS_ON] = st.column_config.TextColumn(
        RESTS_ON, help="The evaluators who have answered at least one of the section's questions")
    config["_index"] = st.column_config.TextColumn("Section", pinned=True)
    st.dataframe(table, width="stretch", height="content", column_config=config)


def _waiting(result: Consensus) -> None:
    """Questions some evaluator has not reached: apart from the disagreements, which they never are."""
    st.markdown(f"## Not answered yet: {many(len(result.waiting), 'question')}")
    st.caption("Answered so far: " + " · ".join(
        f"{line(name)} {done} of {total}" for name, (done, total) in result.progress.items())
        + ". A question counts only the evaluators who have answered it: one not reached yet is no "
        "disagreement and does not lower the merged score.")
    if not result.waiting:
        return
    with st.expander("Which questions, and who has not reached them"):
        table = pd.DataFrame([{"Question": q.prompt, "Not answered yet by": ", ".join(q.waiting)}
                              for q in result.waiting])
        st.dataframe(table, hide_index=True, width="stretch")


# --- questions, side by side, with their threads ------------------------------------------------

def _questions(saved, result: Consensus, comments: dict[str, list], group) -> None:
    flagged = len(result.disagreements)
    st.markdown(f"## Question by question: {many(flagged, 'disagreement')}")
    st.caption(f"A disagreement: the points of the evaluators who have answered it differ by {result.share:.0%} "
               "or more of what the question can earn.")
    if len(result.evaluators) > 1:
        st.toggle("Only the disagreements", value=flagged > 0, key=ONLY_DISAGREEMENTS)
    only = st.session_state.get(ONLY_DISAGREEMENTS, False) and len(result.evaluators) > 1
    titles = {s.id: s.title for s in common.bank().sections}
    shown = [q for q in result.questions if q.disagreement or not only]
    for section_id in dict.fromkeys(q.section for q in shown):
        st.markdown(f"**{line(titles.get(section_id, section_id))}**")
        for q in (q for q in shown if q.section == section_id):
            _question(saved, q, comments.get(q.question, []), open_flags=flagged <= OPEN_AT_MOST,
                      agreeing=(group, result.evaluators))


def _label(q, thread: list) -> str:
    """'Prompt — 4 / 6 of 10, median 5 · not answered yet: Raj · 2 comment(s)'."""
    flag = ":red-badge[:material/error: Disagreement] " if q.disagreement else ""
    points = " / ".join(f"{a.points:g}" + _mark(a) for a in q.given)
    scores = f"{points} of {q.max_points:g}, {q.middle}" if points else "nobody has answered it yet"
    waiting = f" · not answered yet: {', '.join(line(n) for n in q.waiting)}" if q.waiting and points else ""
    talk = f" · {many(len(thread), 'comment')}" if thread else ""
    return f"{flag}{line(q.prompt)} — {scores}{waiting}{talk}"


def _mark(a) -> str:
    """A draft not reviewed yet, or one the evaluator rejected (their 0 points are a judgement, not a gap)."""
    return " (draft)" if a.unreviewed else " (rejected)" if a.rejected else ""


def _said(a, evidence: dict) -> tuple[str | None, str]:
    """The Evidence and Answer cells: a rejected draft says so, a question not reached says that."""
    if a.rejected:
        return None, "rejected the drafted answer"
    return (evidence.get(a.evidence), a.summary) if a.answered else (None, "not answered yet")


def _question(saved, q, thread: list, open_flags: bool, agreeing: tuple) -> None:
    with st.expander(_label(q, thread), expanded=q.disagreement and open_flags):
        evidence = common.bank().evidence_names()
        table = pd.DataFrame([{"Evaluator": a.evaluator, "Points": a.points if a.answered else None,
                               **dict(zip(("Evidence", "Answer"), _said(a, evidence))),
                               "Draft": "not yet reviewed" if a.unreviewed else "rejected" if a.rejected else ""}
                              for a in q.answers])
        st.dataframe(table, hide_index=True, width="stretch",
                     column_config={"Points": st.column_config.NumberColumn(format="%g", width="small")})
        if q.disagreement:
            _agreeing(saved, q, *agreeing)
        _thread(saved, q.question, thread)


def _thread(saved, qid: str, thread: list) -> None:
    for comment in thread:  # plain text: every markup character shows as itself
        st.markdown(f"**{line(comment.author)}** · {comment.at:%Y-%m-%d %H:%M} UTC  \n{md(comment.text)}")
    with st.form(f"comment:{qid}", clear_on_submit=True, border=False):
        text = st.text_area("Comment", key=f"comment_text:{qid}", height=68, label_visibility="collapsed",
                            placeholder="Why did you score it so? What should we ask the vendor?")
        if st.form_submit_button("Add comment", icon=":material/chat:") and text.strip():
            author = auth.current_user().evaluator or "Local user"
            common.store().comment(saved.group_id, qid, author, text.strip())
            st.rerun()


def _agreeing(saved, q, group, names: list[str]) -> None:
    """Where two disagree, the signed-in evaluator records the agreed answer: a colleague's, taken into their own
    evaluation (questions.answer_edits.agree), so both give it and the merged answer is it; saved under their name,
    so the evaluation's history holds it, and said in the question's thread. Only comments were possible before."""
    me = auth.current_user()
    mine = next((i for i, s in enumerate(group) if me.signed_in and s.owner == me.owner), None)
    if mine is None:
        return
    for i, (colleague, answer) in enumerate(zip(group, q.answers)):
        if i != mine and answer.answered and st.button(
                f"Agree on {line(names[i])}'s answer", key=f"consensus:agree:{q.question}:{i}",
                icon=":material/handshake:", help="Their answer becomes yours too, so you both give it: saved in "
                "your evaluation's history and noted in this question's comments."):
            _agree(saved, group[mine], colleague, q.question, names[i], answer)


def _agree(saved, mine, colleague, qid: str, name: str, answer) -> None:
    from store.errors import StaleEvaluation
    from questions.answer_edits import agree
    me = auth.current_user()
    agreed = agree(mine.evaluation, qid, colleague.evaluation.answer(qid), common.bank())
    try:
        common.store().save(mine.id, agreed, mine.version, actor=me.owner)
    except StaleEvaluation:
        st.error("Your evaluation was changed elsewhere since this page was drawn: reload and agree again.")
        return
    said = _said(answer, common.bank().evidence_names())[1]
    common.store().comment(saved.group_id, qid, me.evaluator, f"Agreed on {name}'s answer: {said}")
    st.rerun()


# --- exports ----------------------------------------------------------------------------------

def _downloads(result: Consensus, threads: dict[str, list[tuple[str, str]]], group_id: str) -> None:
    st.markdown("## Export the consensus")
    with st.container(horizontal=True):
        for label, (build, extension, mime) in EXPORTS.items():
            data = lambda b=build: b(result, threads)  # noqa: E731 - built only when downloaded
            st.download_button(label, data=data, file_name=download_name(result.proposal, extension, "-consensus", group_id, "proposal"), mime=mime,
                               on_click="ignore", icon=":material/download:", key=f"consensus:export:{extension}")


def _rounds(group, names: list[str]) -> None:
    """The follow-up with the vendor: each evaluator's latest round, if any was sent."""
    latest = [(name, s.evaluation.rounds[-1], s.evaluation) for name, s in zip(names, group) if s.evaluation.rounds]
    if not latest:
        return
    st.markdown("## Follow-up with the vendor")
    st.markdown("\n".join(f"- {line(name)}: {line(changes_now(ev)[-1].line() if r.replied else f'round {r.number} sent {r.sent_at}, waiting for the reply')}"
                           for name, r, ev in latest))


def main() -> None:
    saved = common.require_current("see where its evaluators agree")
    if saved is None:
        return
    common.title(saved, "Consensus", evaluator=False)  # the caption below names every evaluator
    group = common.store().group(saved.id)
    _join(saved, group)
    names = panel.evaluator_names(group)
    result = panel.of_group(group)
    comments: dict[str, list] = {}
    for comment in common.store().comments(saved.group_id):
        comments.setdefault(comment.question, []).append(comment)
    st.caption(f"{many(len(group), 'evaluator')}: " + ", ".join(line(n) for n in names))
    waiting = {name: n for name, n in result.unreviewed.items() if n}
    if waiting:
        st.caption(":material/auto_awesome: Drafted answers not yet reviewed, marked \"draft\" below: "
                   + ", ".join(f"{line(name)} {n}" for name, n in waiting.items())
                   + ". They count as drafted until their evaluator keeps, edits or rejects them.")
    _headline(result, [s.id for s in group])
    _rounds(group, names)
    _sections(result)
    _waiting(result)
    _questions(saved, result, comments, group)
    _downloads(result, {q: [(c.author, c.text) for c in cs] for q, cs in comments.items()}, saved.group_id)


main()
