"""The XLSX export (openpyxl): Summary, Questions, Gaps and Risk flags sheets; no formula cells."""
from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from questions.models import Evaluation
from scoring.scorecard import Scorecard

from . import common as c
from .csv_file import COLUMNS, question_rows

HEAD_FONT = Font(bold=True, color="FFFFFF")
HEAD_FILL = PatternFill("solid", fgColor="2B5797")
WRAP = Alignment(wrap_text=True, vertical="top")


MAX_CELL_CHARS = 32_767  # Excel's limit: a longer cell makes it "repair" the workbook


def _cell(value):
    if not isinstance(value, str):
        return value
    text = c.neutralise_cell(c.one_line(value))
    return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "\u2026"


def _sheet(wb: Workbook, title: str, head: list[str], rows: list[list[object]], widths: list[int]):
    ws = wb.create_sheet(title)
    ws.append(head)
    for row in rows:
        ws.append([_cell(v) for v in row])
    for cell in ws[1]:
        cell.font, cell.fill = HEAD_FONT, HEAD_FILL
    for letter_, width in zip("ABCDEFGHIJ", widths):
        ws.column_dimensions[letter_].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = WRAP
    ws.freeze_panes = "A2"
    return ws


def _summary_rows(evaluation: Evaluation, card: Scorecard) -> list[list[object]]:
    rows: list[list[object]] = [[k, v] for k, v in c.meta(evaluation, card) + c.drafted_rows(evaluation)]
    rows += [["Overall score /100", card.overall], ["Verdict", card.verdict]]
    rows += [[f"Scope: {k}", v] for k, v in c.scope_rows(card)]
    rows += [[f"Section: {s.title}", s.score] for s in card.sections]
    rows += [["First phase: pilot scope", card.first_phase.pilot_scope], ["First phase: KPI", card.first_phase.kpi],
             ["First phase: owner", card.first_phase.owner]]
    return rows + [[k, v] for k, v in c.reading_rows(card)]


def to_xlsx(evaluation: Evaluation, card: Scorecard) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    _sheet(wb, "Summary", ["Item", "Value"], _summary_rows(evaluation, card), [34, 110])
    _sheet(wb, "Questions", COLUMNS, question_rows(card, evaluation),
           [28, 24, 40, 30, 20, 8, 10, 70, 50, 9, 9])
    titles = c.section_titles(card)
    gaps = [[g.label_name, titles.get(g.section, g.section), g.claimed, g.delivered, g.missing, g.reason, g.why, g.follow_up]
            for g in card.gaps]
    _sheet(wb, "Gaps", ["label", "section", "claimed level", "delivered level", "missing", "reason", "why it matters",
                        "follow-up question"], gaps, [18, 28, 10, 10, 40, 60, 50, 60])
    flags = [[f.severity, f.title, f.reason, f.follow_up] for f in c.flags_by_severity(card)]
    _sheet(wb, "Risk flags", ["severity", "title", "reason", "follow-up question"], flags, [10, 36, 70, 70])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
