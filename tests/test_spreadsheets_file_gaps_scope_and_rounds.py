"""Walk 70: a buyer who files the spreadsheet export keeps the label gaps, the delivered scope and the round history
the Markdown, HTML and PDF carry: the XLSX a sheet each (Gaps, Scope, Rounds); the CSV is one table of answers by
design, and its download says so (the XLSX's says it holds the rest)."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook

from reports import EXPORTS, to_csv, to_xlsx
from reports.common import round_lines
from test_export_sheets import seen_and_asked, sheet_rows

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_the_xlsx_has_a_scope_sheet_with_the_claimed_and_delivered_levels_as_numbers():
    evaluation, card = seen_and_asked()
    book = load_workbook(io.BytesIO(to_xlsx(evaluation, card)))
    assert {"Gaps", "Scope", "Rounds"} <= set(book.sheetnames)
    claimed, delivered, upward = sheet_rows(book, "Scope")
    assert claimed[:3] == ("Claimed", card.claimed_scope, card.claimed_scope_name)
    assert delivered == ("Delivered", card.delivered_scope, card.delivered_scope_name, card.delivered_shows)
    assert upward[0] == "Next level" and upward[3] == card.scope_next
    assert [r[0] for r in sheet_rows(book, "Gaps")] == [g.label_name for g in card.gaps]
    assert [r[0] for r in sheet_rows(book, "Rounds")] == round_lines(evaluation) != []


def test_scope_text_that_starts_like_a_formula_stays_text():
    evaluation, card = seen_and_asked()
    card = card.model_copy(update={"delivered_shows": "=HYPERLINK(\"http://x.example\",\"open\")"})
    cell = load_workbook(io.BytesIO(to_xlsx(evaluation, card)))["Scope"]["D3"]
    assert cell.data_type == "s" and cell.quotePrefix and cell.value == card.delivered_shows


def test_the_csv_stays_one_table_of_answers_and_its_download_points_to_the_xlsx():
    evaluation, card = seen_and_asked()
    rows = list(csv.reader(io.StringIO(to_csv(evaluation, card).decode("utf-8-sig"))))
    assert len(rows) == 1 + len(card.answers)  # no gap, scope or round rows under the answers' columns
    assert EXPORTS["csv"].label == "CSV (answers only)"
    assert EXPORTS["xlsx"].label == "Excel (gaps, scope and rounds too)"
    assert "the label gaps,\n             the scope and the rounds are in the XLSX" in README
