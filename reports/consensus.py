"""Exports of a consensus: the merged scores and each evaluator's, per section and per question,
the disagreements, and the comment threads. Markdown, CSV and JSON; each returns bytes.

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

Comments = Mapping[str, Sequence[tuple[str, str]]]
CONSENSUS = "Consensus (median)"


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


def _points(answer) -> str:
    return f"{answer.points:g} (draft)" if answer.unreviewed else f"{answer.points:g}"


def to_markdown(result: Consensus, comments: Comments | None = None) -> bytes:
    names = [c.name(n) for n in result.evaluators]
    cards = [result.merged, *result.scorecards]
    out = [f"# Consensus: {esc(result.proposal)}", "",
           f"- **Evaluators:** {esc(', '.join(names))}",
           f"- **Disagreement:** points {result.share:.0%} or more of a question's range apart",
           *_unreviewed_line(result),
           f"- **Question bank:** {esc(result.merged.bank_version)}", "",
           "## Verdict on the merged answers", "", f"> {esc(result.merged.verdict)}", "", "## Scores", ""]
    overall = ["Overall", *(f"{card.overall:.0f}" for card in cards)]
    sections = [[s.title, *(f"{card.section(s.id).score:.0f}" for card in cards)] for s in result.merged.sections]
    out += _md_table(["Section", CONSENSUS, *names], [overall, *sections])
    out += [f"## Disagreements ({len(result.disagreements)})", ""]
    if not result.disagreements:
        out += ["The evaluators' points are within the line on every question.", ""]
    for q in result.disagreements:
        out += [f"### {esc(q.prompt)}", "", f"Median {q.median:g} of {q.max_points:g}; spread {q.spread:g}.", ""]
        out += _md_table(["Evaluator", "Points", "Evidence", "Answer"],
                         [[c.name(a.evaluator), f"{a.points:g}", c.evidence_name(a.evidence), a.summary]
                          for a in q.answers])
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

def rows(result: Consensus) -> list[list[object]]:
    """A header and one row per question, then the section and overall scores; cells neutralised."""
    names = [c.name(n) for n in result.evaluators]
    head = ["section", "question", "prompt", "max_points", *(f"points: {n}" for n in names), "median", "spread",
            "disagreement", "unreviewed drafts"]
    body = [[q.section, q.question, q.prompt, q.max_points, *(a.points for a in q.answers), q.median, q.spread,
             q.disagreement, "; ".join(c.name(a.evaluator) for a in q.answers if a.unreviewed)]
            for q in result.questions]
    for s in result.merged.sections:
        body.append([s.id, "", f"Section score: {s.title}", 100, *(card.section(s.id).score for card in result.scorecards),
                     s.score, "", "", ""])
    body.append(["", "", "Overall score", 100, *(card.overall for card in result.scorecards), result.merged.overall,
                 "", "", ""])
    return [[c.neutralise_cell(c.one_line(v) if isinstance(v, str) else v) for v in row] for row in [head, *body]]


def to_csv(result: Consensus) -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out).writerows(rows(result))
    return out.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8


# --- JSON ----------------------------------------------------------------------------------

def _scores(card) -> dict:
    return {"overall": card.overall, "sections": {s.id: s.score for s in card.sections},
            "claimed_scope": card.claimed_scope, "delivered_scope": card.delivered_scope,
            "gaps": [g.missing for g in card.gaps], "flags": [f.id for f in card.flags]}


def to_json(result: Consensus, comments: Comments | None = None) -> bytes:
    data = {
        "proposal": result.proposal, "evaluators": result.evaluators, "disagreement_share": result.share,
        "consensus": _scores(result.merged), "unreviewed_drafts": result.unreviewed,
        "by_evaluator": {n: _scores(card) for n, card in zip(result.evaluators, result.scorecards)},
        "questions": [{**q.model_dump(), "comments": [{"author": a, "text": t} for a, t in _thread(comments, q.question)]}
                      for q in result.questions],
    }
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
