"""Tables read row by row (DOCX and PDF), drafted row by row; running heads, feet and page numbers
dropped. Every document is built here: python-docx and fpdf2."""
from __future__ import annotations

import io

import docx
import pdfplumber
import pytest
from fpdf import FPDF

from proposals import extract_text
from proposals.layout import PAGE_BREAK, tidy
from proposals.readers import read_pdf
from proposals.tables import table_lines
from reading.draft import draft

INTEGRATION = [("Area", "System", "Direction", "Method"),
               ("Maintenance", "SAP PM", "into SAP", "BAPI"),
               ("Production", "MES", "both", "OPC UA"),
               ("Quality", "CAQ", "out of", "REST API")]
SENSORS = [("Signal", "Unit", "Rate", "Source"),
           ("Spindle temperature", "°C", "1 s", "PLC"),
           ("Hydraulic pressure", "bar", "5 s", "Pressure sensor"),
           ("Active power", "kW", "15 min", "Energy meter")]
ROWS = ["Area: Maintenance; System: SAP PM; Direction: into SAP; Method: BAPI",
        "Area: Production; System: MES; Direction: both; Method: OPC UA",
        "Area: Quality; System: CAQ; Direction: out of; Method: REST API"]
SENSOR_ROWS = ["Signal: Spindle temperature; Unit: °C; Rate: 1 s; Source: PLC",
               "Signal: Hydraulic pressure; Unit: bar; Rate: 5 s; Source: Pressure sensor",
               "Signal: Active power; Unit: kW; Rate: 15 min; Source: Energy meter"]
# What each integration row must draft: (area, direction, its own method; the system's name is no method)
EXPECTED = {"maintenance": ("to_system", {"BAPI"}),
            "production": ("both", {"OPC UA"}),
            "quality": ("from_system", {"REST API"})}
BEFORE = "Our edge gateway connects the presses to your plant systems as listed below."
AFTER = "Go-live of all three interfaces is planned for week 12."


def make_docx(tables=(INTEGRATION, SENSORS)) -> bytes:
    document = docx.Document()
    document.add_heading("Integration", level=1)
    document.add_paragraph(BEFORE)
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for row, cells in zip(table.rows, rows):
            for cell, text in zip(row.cells, cells):
                cell.text = text
        document.add_paragraph("")
    document.add_paragraph(AFTER)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _table(pdf: FPDF, rows) -> None:
    with pdf.table() as table:
        for cells in rows:
            row = table.row()
            for text in cells:
                row.cell(text)


def make_pdf(tables=(INTEGRATION, SENSORS)) -> bytes:
    """Prose on pages 1 and 3, the tables on page 2 between two paragraphs."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 5, "The proposal covers eight presses in hall 2. We read the S7 controllers over OPC UA.")
    pdf.add_page()
    pdf.multi_cell(0, 5, BEFORE)
    pdf.ln(4)
    for rows in tables:
        _table(pdf, rows)
        pdf.ln(4)
    pdf.multi_cell(0, 5, AFTER)
    pdf.add_page()
    pdf.multi_cell(0, 5, "Support is provided by our service team in Stuttgart.")
    return bytes(pdf.output())


def lines_of(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


# --- reading ------------------------------------------------------------------------------

def test_docx_table_rows_read_one_line_each_with_their_column_headers():
    lines = lines_of(extract_text("plan.docx", make_docx()).text)
    assert lines[:2] == ["Integration", BEFORE] and lines[-1] == AFTER
    assert lines[2:-1] == ROWS + SENSOR_ROWS


def test_pdf_table_rows_replace_the_tables_words_on_their_own_page():
    result = extract_text("plan.pdf", make_pdf())
    pages = result.text.split(f"\n{PAGE_BREAK}\n")
    assert result.pages == 3 and len(pages) == 3  # the page breaks stay
    assert lines_of(pages[1]) == [BEFORE] + ROWS + SENSOR_ROWS + [AFTER]  # in reading order
    assert "Area System Direction Method" not in result.text and "SAP PM into SAP" not in result.text
    assert pages[0].startswith("The proposal covers") and pages[2].startswith("Support is provided")


def test_a_pdf_without_tables_never_opens_pdfplumber(monkeypatch):
    opened = []
    real = pdfplumber.open
    monkeypatch.setattr(pdfplumber, "open", lambda *a, **k: opened.append(1) or real(*a, **k))
    read_pdf(make_pdf(tables=()))
    assert opened == []
    read_pdf(make_pdf())  # the same document with tables does open it, once
    assert opened == [1]


def test_two_column_table_reads_key_value_and_a_table_without_headers_joins_its_cells():
    assert table_lines([["Hosting", "On premises, two servers"], ["Support", "24/7 hotline."]]) == \
        ["Hosting: On premises, two servers", "Support: 24/7 hotline"]
    assert table_lines([["Press 1", "250 t", "2019"], ["Press 2", "400 t", "2021"]]) == \
        ["Press 1; 250 t; 2019", "Press 2; 400 t; 2021"]
    # a header row, empty cells skipped, a ';' in a cell is no column break
    assert table_lines([["Area", "System", "Note"], ["Quality", "CAQ", ""], ["Finance", "SAP CO", "costs; hours"]]) == \
        ["Area: Quality; System: CAQ", "Area: Finance; System: SAP CO; Note: costs, hours"]


# --- drafting -----------------------------------------------------------------------------

def _row_right(row, expected) -> bool:
    """The row's own area, direction and method, and nothing of another row."""
    direction, own = expected[row.system]
    said = {part.strip() for part in row.method.split(",")}
    others = set().union(*(names for area, (_, names) in expected.items() if area != row.system))
    return row.direction == direction and said == own and not said & others


TEST_TABLES = {
    "DOCX": lambda: extract_text("plan.docx", make_docx()).text,
    "PDF": lambda: extract_text("plan.pdf", make_pdf()).text,
    "DOCX, other headers": lambda: extract_text("plan.docx", make_docx(tables=([
        ("Business area", "Target system", "Data flow", "Interface (protocol)"),
        *INTEGRATION[1:]],))).text,
}


@pytest.mark.parametrize("name", TEST_TABLES)
def test_each_integration_table_row_drafts_exactly_its_own_area_system_and_method(name):
    answer = draft(TEST_TABLES[name]()).answer("connect.integrations")
    rows = answer.integrations
    assert sorted(r.system for r in rows) == sorted(EXPECTED)  # one per table row; no inventory, quality there
    assert all(_row_right(r, EXPECTED) for r in rows), rows


def test_integration_rows_figure_over_every_test_table(capsys):
    right = total = 0
    for make in TEST_TABLES.values():
        rows = draft(make()).answer("connect.integrations").integrations
        total += len(EXPECTED)
        right += sum(1 for r in rows if r.system in EXPECTED and _row_right(r, EXPECTED))
        right -= sum(1 for r in rows if r.system not in EXPECTED)  # a row no table row states
    with capsys.disabled():
        print(f"\nintegration tables: {right} of {total} rows draft exactly their own area, system and method "
              f"({len(TEST_TABLES)} tables)")
    assert right == total


def test_a_sensor_table_feeds_what_data_is_captured_and_how_often():
    evaluation = draft(extract_text("plan.pdf", make_pdf()).text)
    captured = evaluation.answer("data.captured").choices
    assert {"temperature", "pressure", "energy_consumption"} <= set(captured)
    assert "plc_integration" in evaluation.answer("data.sources").choices
    assert any(q in SENSOR_ROWS for q in evaluation.answer("data.protocols").quotes)  # how often


def test_a_sensor_table_alone_answers_how_often():
    text = "\n\n".join(SENSOR_ROWS)
    quotes = draft(text).answer("data.protocols").quotes
    assert quotes and all(q in SENSOR_ROWS and "Rate:" in q for q in quotes)  # each row says how often it is read


# --- pages --------------------------------------------------------------------------------

def make_paged_pdf(pages: int = 4) -> bytes:
    """Each page: a running head, '- n -', a paragraph, and 'Page n of N' at the foot."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.set_auto_page_break(False)
    line = lambda text: pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")  # noqa: E731
    for n in range(1, pages + 1):
        pdf.add_page()
        line(f"Acme Automation GmbH - Proposal 2026-114 - page {n}")
        line(f"- {n} -")
        pdf.ln(5)
        line(f"Section {n} tells the plant how press {n} is connected over OPC UA and what the "
                             f"gateway sends to the MES every minute, in a sentence long enough to wrap "
                             f"across the width of the page at least once, so that it")
        pdf.set_y(280)
        line(f"Page {n} of {pages}")
    return bytes(pdf.output())


def test_running_heads_feet_and_page_numbers_are_dropped_and_page_breaks_stay():
    text = extract_text("paged.pdf", make_paged_pdf()).text
    assert text.count(PAGE_BREAK) == 3
    assert "Acme Automation" not in text and "Page 1 of 4" not in text and "- 2 -" not in text
    pages = text.split(f"\n{PAGE_BREAK}\n")
    assert [p.split(" ")[:2] for p in pages] == [["Section", str(n)] for n in range(1, 5)]
    assert tidy(text, unwrap=True) == text  # reading it again drops nothing more


def test_words_broken_at_a_line_end_are_joined_and_real_hyphens_kept():
    text = tidy("The gateway handles the inte-\ngration with the OPC-\nUA server of the press.", unwrap=True)
    assert text == "The gateway handles the integration with the OPC-UA server of the press."


def test_a_bare_page_number_line_is_no_sentence_of_its_own():
    pages = ["Intro text of the offer.\n3", "4\nMore text on the next page.", "The end of the offer.\n5"]
    text = tidy(f"\n{PAGE_BREAK}\n".join(pages), unwrap=True)
    assert text.split(f"\n{PAGE_BREAK}\n") == ["Intro text of the offer.", "More text on the next page.",
                                               "The end of the offer."]


def test_a_two_column_docx_table_whose_first_row_is_bold_reads_under_that_header():
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, cells in zip(table.rows, [("System", "Method"), ("SAP PM", "BAPI"), ("MES", "OPC UA")]):
        for cell, text in zip(row.cells, cells):
            cell.paragraphs[0].add_run(text).bold = text in ("System", "Method")
    out = io.BytesIO()
    document.save(out)
    assert lines_of(extract_text("two.docx", out.getvalue()).text) == ["System: SAP PM; Method: BAPI",
                                                                      "System: MES; Method: OPC UA"]
