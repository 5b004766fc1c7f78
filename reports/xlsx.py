"""The XLSX export (openpyxl): what the Markdown, HTML and PDF reports say, a sheet each: Summary (with the problem
fit), Questions, Gaps, Scope (claimed, delivered and the next level, a row each), Risk flags, Technologies, Settle before the pilot, Rounds (one row each, what it closed and
opened named), Round questions (each question's status and the reply's sentences, and what it answered unasked) and
Evidence seen; no formula cells. A sheet with nothing to list keeps its header, so every workbook has the same sheets."""
from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from questions.models import Evaluation
from scoring.round_history import ALSO_ANSWERED
from scoring.scorecard import OFFERED_PILOT, Scorecard

from . import common as c
from . import round_parts as rounds
from .csv_file import COLUMNS, question_rows

HEAD_FONT = Font(bold=True, color="FFFFFF")
HEAD_FILL = PatternFill("solid", fgColor="2B5797")
WRAP = Alignment(wrap_text=True, vertical="top")


MAX_CELL_CHARS = 32_767  # Excel's limit: a longer cell makes it "repair" the workbook


def _cell(value):
    if not isinstance(value, str):
        return value
    text = c.one_line(value)
    return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "\u2026"


def _as_text(cell) -> None:
    """User text that starts like a formula ("- Annual fee", "=HYPERLINK(...)") stays text as written: a string cell
    is never evaluated, and Excel's quote prefix keeps it text when a reader edits it (no apostrophe to read, as a
    CSV needs)."""
    if isinstance(cell.value, str) and cell.value.startswith(c.FORMULA_START):
        cell.data_type, cell.quotePrefix = "s", True


def _sheet(wb: Workbook, title: str, head: list[str], rows: list[list[object]], widths: list[int]):
    ws = wb.create_sheet(title)
    ws.append(head)
    for row in rows:
        ws.append([_cell(v) for v in row])
    for cell in ws[1]:
        cell.font, cell.fill = HEAD_FONT, HEAD_FILL
    for letter_, width in zip("ABCDEFGHIJKLMN", widths):
        ws.column_dimensions[letter_].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = WRAP
            _as_text(cell)
    ws.freeze_panes = "A2"
    return ws


def _summary_rows(evaluation: Evaluation, card: Scorecard) -> list[list[object]]:
    rows: list[list[object]] = [[k, v] for k, v in c.meta(evaluation, card) + c.price_rows(evaluation) + c.terms_rows(evaluation) + c.drafted_rows(evaluation)]
    rows += [["Overall score /100", c.whole(card.overall)], ["Verdict", card.verdict]]
    rows += [[f"Scope: {k}", v] for k, v in c.scope_rows(card)]
    rows += [[f"Section: {s.title}", c.whole(s.score)] for s in card.sections]
    rows += [[f"First phase: {key.lower()}", value] for key, value in card.first_phase.rows()]
    rows += [[f"First phase: {OFFERED_PILOT.lower()}", quote] for quote in card.first_phase.offered]
    return rows + _fit_rows(card) + [[k, v] for k, v in c.reading_rows(card)]


def _fit_rows(card: Scorecard) -> list[list[object]]:
    fit = card.problem_fit
    return [["Problem fit", c.FIT_NAMES.get(fit.status, fit.status)],
            ["Problem fit: problems", ", ".join(fit.problems) or "none named"],
            ["Problem fit: KPI", fit.kpi or "none"], ["Problem fit: reason", fit.reason]]


def _scope_rows(card: Scorecard) -> list[list[object]]:
    """The scope claimed and delivered by level number, so a buyer can sort or filter the proposals' workbooks on it."""
    return [["Claimed", card.claimed_scope, card.claimed_scope_name, f"sold as {c.sold_as(card)}"],
            ["Delivered", card.delivered_scope, card.delivered_scope_name, card.delivered_shows],
            ["Next level", None, None, card.scope_next]]  # it names its level: "Level 3 (...) needs ..."


def _later_sheets(wb: Workbook, evaluation: Evaluation, card: Scorecard) -> None:
    """The nine technologies, the questions to settle before the pilot, the rounds and the evidence seen."""
    tech = [[t.name, "yes" if t.claimed else "no", "yes" if t.backed else "no", t.backing] for t in card.technologies]
    _sheet(wb, "Technologies", ["technology", "claimed", "backed", "backed when"], tech, [30, 9, 9, 90])
    settle = [[i, q] for i, q in enumerate(card.first_phase.questions, 1)]
    _sheet(wb, "Settle before the pilot", ["#", "question"], settle, [5, 120])
    told = rounds.rounds(evaluation, card)
    _sheet(wb, "Rounds", ["round", "reply", "score", "closed by the reply", "new since the reply"],
           [[r.change.line(), r.reply if len(r.replies) < 2 else "\n".join(r.replies_said()), r.change.score_said(), "; ".join(r.closed), "; ".join(r.new)] for r in told],
           [90, 24, 14, 80, 60])
    # a question's last cell says why the reply answers it or not, as the page's "Why"; an unasked topic's what it drafts
    asked = [[r.change.number, *row, q.why or "-"] for r in told for row, q in zip(rounds.question_rows(r), r.questions)]
    asked += [[r.change.number, "-", f"{ALSO_ANSWERED}: {topic}", "answered unasked", "-", said, drafts]
              for r in told for topic, said, drafts in rounds.unasked_rows(r)]
    _sheet(wb, "Round questions", ["round", *[h.lower() for h in rounds.QUESTION_HEAD], "why, or what it drafts"], asked,
           [7, 6, 70, 16, 16, 90, 50])
    seen = [[row[k] for k in c.RECORD_FIELDS] for row in c.record_rows(evaluation)]
    _sheet(wb, "Evidence seen", c.RECORD_FIELDS, seen, [14, 12, 28, 20, 60, 60])


def to_xlsx(evaluation: Evaluation, card: Scorecard) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    _sheet(wb, "Summary", ["Item", "Value"], _summary_rows(evaluation, card), [34, 110])
    _sheet(wb, "Questions", COLUMNS, question_rows(card, evaluation, _cell),
           [28, 24, 40, 30, 20, 8, 10, 70, 50, 9, 9, 9, 60])
    titles = c.section_titles(card)
    gaps = [[g.label_name, titles.get(g.section, g.section), g.claimed, g.delivered, g.missing, g.reason, g.why, g.follow_up]
            for g in card.gaps]
    _sheet(wb, "Gaps", ["label", "section", "claimed level", "delivered level", "missing", "reason", "why it matters",
                        "follow-up question"], gaps, [18, 28, 10, 10, 40, 60, 50, 60])
    _sheet(wb, "Scope", ["scope", "level", "level name", "shown by, or what the next level needs"], _scope_rows(card),
           [12, 7, 30, 100])
    flags = [[f.severity, f.title, f.reason, f.follow_up] for f in c.flags_by_severity(card)]
    _sheet(wb, "Risk flags", ["severity", "title", "reason", "follow-up question"], flags, [10, 36, 70, 70])
    _later_sheets(wb, evaluation, card)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
