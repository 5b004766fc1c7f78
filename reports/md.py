"""The Markdown report: a readable scored summary. Every piece of text is escaped."""
from __future__ import annotations

from plaintext.markdown import literal_line
from questions.models import Evaluation
from scoring.round_history import ALSO_ANSWERED
from scoring.scorecard import OFFERED_PILOT, Scorecard

from . import common as c
from . import round_parts as rounds


def esc(text: object) -> str:
    """Text on one line that renders as itself: no markup, links, autolinks, HTML, entities, math or table breaks."""
    return literal_line(c.one_line(str(text)))


def _table(head: list[str], rows: list[list[object]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return lines + ["| " + " | ".join(esc(cell) for cell in row) + " |" for row in rows] + [""]


def _title(evaluation: Evaluation, card: Scorecard) -> list[str]:
    facts = [f"- **{name}:** {esc(value)}" for name, value in c.meta(evaluation, card) + c.price_rows(evaluation) + c.terms_rows(evaluation) + c.drafted_rows(evaluation)]
    return [f"# Proposal evaluation: {esc(card.proposal)}", "", *facts, "", "## Verdict", "", f"> {esc(card.verdict)}", ""]


def _scores(card: Scorecard) -> list[str]:
    rows = [[s.title, c.whole(s.score), c.score_text(s.points, s.max_points), f"{s.answered}/{s.questions}", f"{s.weight:g}"]
            for s in card.sections]
    return ["## Scores", "", f"**Overall: {c.whole(card.overall)}/100**", "",
            *_table(["Section", "Score /100", "Points", "Answered", "Weight"], rows)]


def _scope(card: Scorecard) -> list[str]:
    return ["## Claimed vs delivered scope", "", *[f"- **{k}:** {esc(v)}" for k, v in c.scope_rows(card)], ""]


def _gaps(card: Scorecard) -> list[str]:
    lines = ["## Label gaps", ""]
    if not card.gaps:
        return lines + [esc(card.no_gaps_said()), ""]
    for i, gap in enumerate(card.gaps, 1):
        lines += [f"### {i}. {esc(gap.label_name)}: {esc(gap.missing)}", "", esc(gap.reason), "",
                  f"- **Why it matters:** {esc(gap.why)}", f"- **Ask the vendor:** {esc(gap.follow_up)}", ""]
    return lines


def _flags(card: Scorecard) -> list[str]:
    lines = ["## Risk flags", ""]
    if not card.flags:
        return lines + ["No risk flags.", ""]
    for flag in c.flags_by_severity(card):
        lines += [f"- **{flag.severity.upper()}: {esc(flag.title)}.** {esc(flag.reason)}",
                  f"  - **Ask:** {esc(flag.follow_up)}"]
    return lines + [""]


def _fit_and_tech(card: Scorecard) -> list[str]:
    fit = card.problem_fit
    rows = [[t.name, "yes" if t.claimed else "no", "yes" if t.backed else "no", t.backing] for t in card.technologies]
    return ["## Problem fit", "", f"**{esc(c.FIT_NAMES.get(fit.status, fit.status))}.** {esc(fit.reason)}", "",
            f"- **Problems:** {esc(', '.join(fit.problems) or 'none named')}", f"- **KPI:** {esc(fit.kpi or 'none')}", "",
            "## The nine technologies", "", *_table(["Technology", "Claimed", "Backed", "Backed when"], rows)]


def _first_phase(card: Scorecard) -> list[str]:
    phase = card.first_phase
    lines = ["## Recommended first phase", "", *[f"- **{key}:** {esc(value)}" for key, value in phase.rows()], ""]
    if phase.offered:
        lines += [f"{OFFERED_PILOT}:", "", *[f"- {esc(q)}" for q in phase.offered], ""]
    if phase.questions:
        lines += ["Settle before the pilot:", "", *[f"{i}. {esc(q)}" for i, q in enumerate(phase.questions, 1)], ""]
    return lines


def _reading(card: Scorecard) -> list[str]:
    rows = c.reading_rows(card)
    return ["## Proposal text reading", "", *[f"- **{k}:** {esc(v)}" for k, v in rows], ""] if rows else []


def _answers(card: Scorecard, evaluation: Evaluation | None = None) -> list[str]:
    lines = ["## Answers question by question", ""]
    for title, answers in c.answers_by_section(card):
        rows = [[f"{a.question}: {a.prompt}", c.score_text(a.points, a.max_points), c.evidence_said(evaluation, a),
                 a.said, " ".join(a.reasons), " / ".join(c.quoted(q, s) for q, s in c.cited(a))]
                for a in answers]
        lines += [f"### {esc(title)}", "", *_table(["Question", "Points", "Evidence", "Answer", "Reasons", "Quoted evidence"], rows)]
    return lines


def _rounds(evaluation: Evaluation, card: Scorecard) -> list[str]:
    told = rounds.rounds(evaluation, card)
    seen = c.record_lines(evaluation)
    return ((["## Clarification rounds", "", *[line for r in told for line in _round(r)]] if told else [])
            + (["## Evidence seen", "", *[f"- {esc(line)}" for line in seen], ""] if seen else []))


def _round(told) -> list[str]:
    """A round as a list: its line, its facts, each question with its status and the reply's sentences, the unasked."""
    lines = [f"### {esc(told.head())}", "", esc(told.change.line()), ""]
    lines += [f"- **{esc(key)}:** {'; '.join(esc(v) for v in values)}" for key, values in rounds.facts(told)]
    for number, text, status, closed, said in rounds.question_rows(told):
        closed = f"; closed: {esc(closed)}" if closed != "-" else ""
        lines += [f"- **{esc(number)}** {esc(text)} *({esc(status)}{closed})*"] + ([f"    - {esc(said)}"] if said != "-" else [])
    for topic, said, drafts in rounds.unasked_rows(told):
        lines += [f"- **{esc(ALSO_ANSWERED)}:** {esc(topic)}", f"    - {esc(said)}", f"    - {esc(drafts)}"]
    return [*lines, ""]


def to_markdown(evaluation: Evaluation, card: Scorecard) -> bytes:
    parts = [_title(evaluation, card), _scores(card), _scope(card), _gaps(card), _flags(card), _fit_and_tech(card),
             _first_phase(card), _rounds(evaluation, card), _reading(card), _answers(card, evaluation)]
    return "\n".join(line for part in parts for line in part).encode("utf-8")
