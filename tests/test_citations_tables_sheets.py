"""A quote is cited where the buyer finds it: a Word table's row under the heading above the table (not the section
before it), a workbook's row by the file's name and its sheet, a price row under the heading of its table; and a
cover letter added beside the offer is not a second proposal. Every file is built here (python-docx, openpyxl)."""
from __future__ import annotations

import io

import docx
from openpyxl import Workbook

from proposals import extract_text
from questions.models import Document
from reading.documents import Citations, from_file, kind_from_name, kinds_from_names, titles


def read(name: str, data: bytes, kind: str = "proposal") -> Document:
    return from_file(name, kind, extract_text(name, data), data)


def word(*parts) -> bytes:
    """A Word file of ("heading", text), ("para", text) and ("table", rows) parts, in order."""
    document = docx.Document()
    for what, body in parts:
        if what == "heading":
            document.add_heading(body, level=1)
        elif what == "para":
            document.add_paragraph(body)
        else:
            table = document.add_table(rows=len(body), cols=len(body[0]))
            for row, cells in zip(table.rows, body):
                for cell, text in zip(row.cells, cells):
                    cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def workbook(sheets: dict[str, list[tuple]]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


INTERFACES = [("System", "Direction", "Protocol"), ("Fiix CMMS", "Write", "REST API"),
              ("Plex ERP", "Read", "CSV export nightly")]


def test_a_word_tables_rows_are_cited_under_the_heading_above_the_table_not_the_section_before():
    data = word(("heading", "3. How it fits your workflow"),
                ("para", "When a model score crosses its threshold, the planner reviews the work request at 7:00."),
                ("heading", "4. Interfaces"), ("table", INTERFACES),
                ("heading", "5. Measurable results"), ("para", "We measure the pilot against your Q3 2026 records."))
    document = read("technical proposal.docx", data)
    row = next(line for line in document.text.split("\n") if "Fiix CMMS" in line)
    assert Citations([document]).cite(row) == "Proposal, section \u201c4. Interfaces\u201d"
    said = "When a model score crosses its threshold, the planner reviews the work request at 7:00."
    assert Citations([document]).cite(said) == "Proposal, section \u201c3. How it fits your workflow\u201d"


def test_a_price_row_is_cited_under_the_plain_line_that_heads_its_table():
    data = word(("para", "Implementation approach"),
                ("para", "We follow our proven methodology in three phases, starting with a two-day workshop."),
                ("para", "Connect: connect up to 20 assets to the platform in the first phase"),
                ("para", "Commercials"),
                ("table", [("Item", "Unit", "Price (EUR)"), ("Platform subscription", "per asset per year", "1,450"),
                           ("Discover workshop", "fixed", "9,500")]))
    document = read("offer.docx", data)
    row = next(line for line in document.text.split("\n") if "Discover workshop" in line)
    assert Citations([document]).cite(row) == "Proposal, section \u201cCommercials\u201d"


def test_a_workbooks_rows_are_cited_by_the_files_name_and_their_sheet():
    data = workbook({"Price": [("Item", "Qty", "Unit price (USD)"), ("Edge gateway EG-200", 1, 4800)],
                     "Scope": [("Scope item", "Included", "Notes"), ("Plex ERP schedule import", "Yes", "Nightly CSV")]})
    sheet = read("price_and_scope.xlsx", data, kind="other")
    cited = Citations([read("offer.docx", word(("para", "We offer a pilot on press line 3."))), sheet])
    gateway = next(line for line in sheet.text.split("\n") if "EG-200" in line)
    plex = next(line for line in sheet.text.split("\n") if "Plex ERP" in line)
    assert cited.cite(gateway) == "Other document price_and_scope.xlsx, section \u201cPrice\u201d"
    assert cited.cite(plex) == "Other document price_and_scope.xlsx, section \u201cScope\u201d"


def test_an_other_document_is_named_by_its_file_even_when_it_is_the_only_one():
    other = Document(name="price_and_scope.xlsx", kind="other", format="xlsx", text="Price", sha256="x")
    datasheet = Document(name="pump.pdf", kind="datasheet", format="pdf", text="Pump", sha256="y")
    assert titles([other, datasheet]) == ["Other document price_and_scope.xlsx", "Datasheet"]


def test_a_cover_letter_added_with_the_offer_is_not_a_second_proposal():
    names = ["Vantora_cover_letter_scan.pdf", "Vantora_technical_proposal.docx", "Vantora_price_and_scope.xlsx",
             "PulseGuard_datasheet.pdf"]
    assert kinds_from_names(names, first=True) == ["other", "proposal", "price_sheet", "datasheet"]  # its name says prices


def test_the_first_file_is_still_the_proposal_when_none_added_with_it_names_itself_one():
    assert kinds_from_names(["Acme pilot.pdf", "pump datasheet.pdf"], first=True) == ["proposal", "datasheet"]
    assert kinds_from_names(["Acme pilot.pdf"], first=False) == ["other"]
    assert kinds_from_names(["Acme pilot.pdf"], first=True) == [kind_from_name("Acme pilot.pdf", True)]
