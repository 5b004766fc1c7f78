"""Exports of a consensus: the merged scores and each evaluator's, per section and per question,
the disagreements, what each evaluator has not answered yet, and the comment threads. Markdown,
CSV and JSON; each returns bytes. A question an evaluator has not reached shows as such, never as 0.

`comments` maps a question id to its thread, oldest first, as (author, text) pairs; the store's
comment records are turned into that by the page, so reports never import the store.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence

from scoring.consensus import Consensus

from . import common as c
from .md import esc
from questions.wording import many

Comments = Mapping[str, Sequence[tuple[str, str]]]


def _thread(comments: Comments | None, qid: str) -> list[tuple[str, str]]:
    return [(c.name(author), c.one_line(text)) for author, text in (comments or {}).get(qid, [])]


# --- Markdown ---------------------------------------------------------------------------------

def _md_table(head: list[str], rows: list[list[object]]) -> list[str]:
    lines = ["| " + " | ".join(esc(h) for h in head) + " |", "|" + "---|" * len(head)]
    return lines + ["| " + " | ".join(esc(cell) for cell in row) + " |" for row in rows] + [""]


def _unreviewed_line(result: Consensus) -> list[str]:
    """Drafts nobody reviewed weigh in the median as they are: say whose, and how many."""
    waiting = {name: n for name, n in result.unreviewed.items() if n}
    if not waiting:
        return []
    counts = ", ".join(f"{c.name(name)} {n}" for name, n in waiting.items())
    return [f"- **Drafted answers not yet reviewed** (marked \"draft\" below): {esc(counts)}"]


NOT_YET = "not answered yet"


def _points(answer) -> str:
    if not answer.answered:
        return NOT_YET
    mark = " (draft)" if answer.unreviewed else " (rejected)" if answer.rejected else ""
    return f"{answer.points:g}{mark}"


def progress_text(result: Consensus) -> str:
    """'Ann 30 of 30, Raj 16 of 30': how far each evaluator has got."""
    return ", ".join(f"{c.name(n)} {done} of {total}" for n, (done, total) in result.progress.items())


def rests_on_text(result: Consensus, section: str | None = None) -> str:
    """'2 of 3 evaluators': whose answers a section score (or, without one, the overall) rests on."""
    return f"{result.rests_on(section)} of {many(len(result.evaluators), 'evaluator')}"


def _md_scores(result: Consensus, names: list[str]) -> list[str]:
    cards = [result.merged, *result.scorecards]
    overall = ["Overall", *(c.whole(card.overall) for card in cards), rests_on_text(result)]
    sections = [[s.title, *(c.whole(card.section(s.id).score) for card in cards), rests_on_text(result, s.id)]
                for s in result.merged.sections]
    return _md_table(["Section", result.title, *names, "Rests on"], [overall, *sections])


def _md_disagreement(q) -> list[str]:
    waiting = " " + c.sentence(f"Not answered yet by {', '.join(c.name(n) for n in q.waiting)}") if q.waiting else ""
    out = [f"### {esc(q.prompt)}", "", esc(f"{q.middle[0].upper()}{q.middle[1:]} of {q.max_points:g}; spread {q.spread:g}.{waiting}"), ""]
    return out + _md_table(["Evaluator", "Points", "Evidence", "Answer"],
                           [[c.name(a.evaluator), f"{a.points:g}", c.evidence_name(a.evidence), a.summary]
                            for a in q.given])


def _md_waiting(result: Consensus) -> list[str]:
    out = [f"## Not answered yet ({len(result.waiting)})", "",
           "These questions count only the evaluators who have answered them; the others are not a disagreement "
           "and do not lower the merged score.", ""]
    if not result.waiting:
        return out[:2] + ["Every evaluator has answered every question.", ""]
    return out + _md_table(["Question", "Not answered yet by"],
                           [[q.prompt, ", ".join(c.name(n) for n in q.waiting)] for q in result.waiting])


def to_markdown(result: Consensus, comments: Comments | None = None) -> bytes:
    names = [c.name(n) for n in result.evaluators]
    out = [f"# Consensus: {esc(result.proposal)}", "",
           f"- **Evaluators:** {esc(', '.join(names))}",
           f"- **Answered so far:** {esc(progress_text(result))}",
           f"- **Disagreement:** points {result.share:.0%} or more of a question's range apart, "
           "among the evaluators who answered it",
           *_unreviewed_line(result),
           f"- **Question bank:** {esc(result.merged.bank_version)}", "",
           "## Verdict on the merged answers", "", f"> {esc(result.merged.verdict)}", "", "## Scores", ""]
    out += _md_scores(result, names)
    out += [f"## Disagreements ({len(result.disagreements)})", ""]
    if not result.disagreements:
        out += ["The evaluators' points are within the line on every question.", ""]
    for q in result.disagreements:
        out += _md_disagreement(q)
    out += _md_waiting(result)
    out += ["## Every question", ""]
    rows = [[q.prompt, *(_points(a) for a in q.answers), f"{q.median:g}", f"{q.max_points:g}",
             "yes" if q.disagreement else ""] for q in result.questions]
    out += _md_table(["Question", *names, "Median", "Of", "Disagree"], rows)
    threads = [(q, _thread(comments, q.question)) for q in result.questions]
    threads = [(q, t) for q, t in threads if t]
    if threads:
        out += ["## Comments", ""]
        for q, thread in threads:
            out += [f"### {esc(q.prompt)}", "", *(f"- **{esc(author)}:** {esc(text)}" for author, text in thread), ""]
    return "\n".join(out).encode("utf-8")


# --- CSV -----------------------------------------------------------------------------------

HEAD = ["median", "spread", "disagreement", "unreviewed drafts", "evaluators answered", "not answered yet",
        "comments"]


def _comments_cell(comments: Comments | None, qid: str) -> str:
    return " | ".join(f"{author}: {text}" for author, text in _thread(comments, qid))


def _question_row(q, comments: Comments | None) -> list[object]:
    """A question not reached yet has an empty points cell: it is not 0 points."""
    return [q.section, q.question, q.prompt, q.max_points, *(a.points if a.answered else "" for a in q.answers),
            q.median, q.spread, q.disagreement, "; ".join(c.name(a.evaluator) for a in q.answers if a.unreviewed),
            len(q.given), "; ".join(c.name(n) for n in q.waiting), _comments_cell(comments, q.question)]


def _total_rows(result: Consensus) -> list[list[object]]:
    """Section and overall scores, whole as the pages show them (with how many evaluators each rests on), then each
    one's progress."""
    cards = result.scorecards
    out = [[s.id, "", f"Section score: {s.title}", 100, *(c.whole(card.section(s.id).score) for card in cards), c.whole(s.score),
            "", "", "", result.rests_on(s.id), "", ""] for s in result.merged.sections]
    out.append(["", "", "Overall score", 100, *(c.whole(card.overall) for card in cards), c.whole(result.merged.overall),
                "", "", "", result.rests_on(), "", ""])
    total = len(result.questions)
    any_answered = sum(bool(q.given) for q in result.questions)
    out.append(["", "", "Questions answered", total, *(done for done, _ in result.progress.values()), any_answered,
                "", "", "", "", "", ""])
    return out


def rows(result: Consensus, comments: Comments | None = None) -> list[list[object]]:
    """A header and one row per question, then the section and overall scores and each evaluator's
    progress; cells neutralised."""
    names = [c.name(n) for n in result.evaluators]
    head = ["section", "question", "prompt", "max_points", *(f"points: {n}" for n in names), *HEAD]
    body = [_question_row(q, comments) for q in result.questions] + _total_rows(result)
    return [[c.neutralise_cell(c.one_line(v) if isinstance(v, str) else v) for v in row] for row in [head, *body]]


def to_csv(result: Consensus, comments: Comments | None = None) -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out).writerows(rows(result, comments))
    return out.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8


# --- JSON ----------------------------------------------------------------------------------

def _scores(card) -> dict:
    return {"overall": card.overall, "sections": {s.id: s.score for s in card.sections},
            "claimed_scope": card.claimed_scope, "delivered_scope": card.delivered_scope,
            "gaps": [g.missing for g in card.gaps], "flags": [f.id for f in card.flags]}


def _question_json(q, comments: Comments | None) -> dict:
    return {**q.model_dump(), "waiting": q.waiting,
            "comments": [{"author": a, "text": t} for a, t in _thread(comments, q.question)]}


def to_json(result: Consensus, comments: Comments | None = None) -> bytes:
    data = {
        "proposal": result.proposal, "evaluators": result.evaluators, "disagreement_share": result.share,
        "consensus": {**_scores(result.merged),
                      "rests_on": {s.id: result.rests_on(s.id) for s in result.merged.sections}},
        "progress": {n: {"answered": done, "questions": total} for n, (done, total) in result.progress.items()},
        "unreviewed_drafts": result.unreviewed,
        "by_evaluator": {n: _scores(card) for n, card in zip(result.evaluators, result.scorecards)},
        "questions": [_question_json(q, comments) for q in result.questions],
    }
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
