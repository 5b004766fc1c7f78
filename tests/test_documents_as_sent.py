"""Proposals as vendors send them: an offer as an Excel workbook or a CSV export, and a scanned PDF
whose sentences wrap at the scan's line ends and whose price table is read by OCR."""
from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest
from PIL import Image, ImageDraw, ImageFont

from proposals import ExtractionError, extract_text
from proposals.limits import MAX_SHEET_CELLS
from proposals.ocr_lines import as_text_layer

INTERFACES = [("System", "Direction", "Data", "Frequency", "Method"),
              ("Presses (14, Euromap 63/77)", "In", "Machine state, cycle count", "Real time", "Edge gateway, OPC UA"),
              ("ERP Sage X3", "Out", "Produced quantities, scrap", "Hourly", "CSV file on shared folder")]
PRICES = [("Offer NX-2611 (EUR)",), ("Item", "Qty", "Unit price EUR", "Total EUR"),
          ("Edge gateway", 3, 2900.0, 8700), ("Operator touch screens", 4, 1100, 4400)]


def workbook(sheets: dict[str, list[tuple]], hidden: tuple[str, ...] = ()) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        if name in hidden:
            sheet.sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def refusal(filename: str, data: bytes) -> str:
    with pytest.raises(ExtractionError) as caught:
        extract_text(filename, data)
    return str(caught.value)


def test_a_workbook_offer_is_read_sheet_by_sheet_as_rows_under_their_headers():
    data = workbook({"Interfaces": INTERFACES, "Scope and price": PRICES, "Lists": [("a", "b"), ("c", "d")]},
                    hidden=("Lists",))
    extracted = extract_text("vendorB_workbook.xlsx", data)
    lines = extracted.text.split("\n")
    assert extracted.kind == "xlsx" and extracted.warnings == []
    assert "Interfaces" in lines and "Scope and price" in lines  # each sheet's name a heading of its own
    assert "System: ERP Sage X3; Direction: Out; Data: Produced quantities, scrap; Frequency: Hourly; " \
           "Method: CSV file on shared folder" in lines
    assert "Offer NX-2611 (EUR)" in lines  # a title over the table, the header under it still read as one
    assert "Item: Edge gateway; Qty: 3; Unit price EUR: 2900; Total EUR: 8700" in lines
    assert "c: d" not in extracted.text  # a hidden sheet is not what the vendor showed


def test_a_csv_export_is_read_as_one_table_whatever_its_separator():
    data = "Item;Qty;Total EUR\nEdge gateway;3;8700\nTablets;4;\"4 400\"\n".encode("cp1252")
    extracted = extract_text("prices.csv", data)
    assert extracted.kind == "csv"
    assert extracted.text.split("\n\n") == ["Item: Edge gateway; Qty: 3; Total EUR: 8700",
                                            "Item: Tablets; Qty: 4; Total EUR: 4 400"]


def test_spreadsheets_the_app_cannot_read_are_refused_naming_the_file_and_why():
    assert refusal("offer.xlsx", zipped({"xl/workbook.xml": b"<workbook/>"})).startswith(
        "offer.xlsx: the Excel workbook is damaged or in a form that cannot be read")
    bomb = zipped({"xl/workbook.xml": b"<workbook/>", "xl/worksheets/sheet1.xml": b" " * 30_000_000})
    assert "looks like a zip bomb; it was not opened" in refusal("offer.xlsx", bomb)
    many = "a,b,c,d\n" * (MAX_SHEET_CELLS // 4 + 1)
    assert refusal("rows.csv", many.encode()).startswith(
        f"rows.csv: the spreadsheet has more than {MAX_SHEET_CELLS:,} cells")
    assert refusal("offer.csv", b"\x00\x01\x02\x03" * 200).startswith("offer.csv: this is not a text file")


def test_a_workbook_named_docx_is_read_as_a_workbook_with_a_warning():
    extracted = extract_text("offer.docx", workbook({"Scope and price": PRICES}))
    assert extracted.kind == "xlsx"
    assert extracted.warnings == ["the file is named .docx but is an Excel workbook (XLSX); it was read as one"]


def zipped(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


# --- OCR text made like a PDF's text layer ------------------------------------------------

def test_a_blank_line_tesseract_sets_inside_a_sentence_is_dropped_and_one_after_it_kept():
    page = "Scrap is recorded by hand at the end of each shift, so the\n\ncauses are found days later.\n\nNext part."
    assert as_text_layer(page) == ("Scrap is recorded by hand at the end of each shift, so the\n"
                                   "causes are found days later.\n\nNext part.")


def test_a_line_whose_cells_a_wide_gap_parts_is_a_row_of_its_own():
    page = "Press connectors (OPC UA)          14     1 200     16 800\nOperator tablets   6   650   3 900"
    assert as_text_layer(page).split("\n") == ["| Press connectors (OPC UA) | 14 | 1 200 | 16 800 |",
                                               "| Operator tablets | 6 | 650 | 3 900 |"]


OFFER = ["1. Problem addressed",
         "Your 14 Engel and Arburg injection presses lose on average 11% of planned time to unplanned stops",
         "and mould changes that overrun. Scrap is recorded by hand at the end of each shift, so the",
         "causes of short shots and sink marks are found days later. Our system captures cycle data from",
         "every press and flags drift before scrap appears.",
         "",
         "2. Data captured",
         "Cycle time, injection pressure, cushion, mould temperature (8 zones) and barrel temperatures are",
         "read every cycle over OPC UA (Euromap 77) from each press controller. Operators enter scrap reasons",
         "on a tablet at the press. Data is kept 24 months on an edge server in your plant.",
         "",
         "Price table (EUR, excl. VAT)",
         "Item                                  Qty   Unit price   Total",
         "Edge server and licences               1     18 500      18 500",
         "Press connectors (OPC UA)             14      1 200      16 800",
         "Operator tablets                       6        650       3 900",
         "Installation and training              1      9 800       9 800",
         "Total first year                                         55 400"]


def scanned(lines: list[str]) -> bytes:
    """A page as a scanner gives it: the lines drawn at 300 dpi, turned a little."""
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 26)
    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    for n, line in enumerate(lines):
        draw.text((150, 150 + 52 * n), line, font=font, fill=0)
    out = io.BytesIO()
    page.rotate(0.6, fillcolor=255).convert("RGB").save(out, format="PDF", resolution=300)
    return out.getvalue()


def test_a_scanned_offer_reads_whole_sentences_and_keeps_its_price_rows_apart():
    text = extract_text("vendorA_scan.pdf", scanned(OFFER)).text
    lines = text.split("\n")
    assert any("Scrap is recorded by hand at the end of each shift, so the causes of short shots" in line
               for line in lines)
    assert any("Operators enter scrap reasons on a tablet at the press." in line for line in lines)
    rows = [line for line in lines if any(item in line for item in ("Press connectors", "Operator tablets",
                                                                    "Installation and training"))]
    assert len(rows) == 3 and all(sum(item in row for item in ("Press", "tablets", "Installation")) == 1
                                  for row in rows)


def test_a_justified_line_of_a_scan_is_prose_not_a_row_of_cells():
    """Tesseract writes a justified line's stretched gaps as two spaces at most: only a table's gap is a row's."""
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 36)
    page = Image.new("L", (2480, 800), 255)
    draw = ImageDraw.Draw(page)
    words = "The edge server sits in a separate OT VLAN and sends data".split()
    widths = [draw.textlength(word, font=font) for word in words]
    gap, x = (2000 - sum(widths)) / (len(words) - 1), 150.0  # nine spaces wide: a very loose line
    for word, width in zip(words, widths):
        draw.text((x, 150), word, font=font, fill=0)
        x += width + gap
    draw.text((150, 210), "to the cloud over HTTPS only.", font=font, fill=0)
    out = io.BytesIO()
    page.save(out, format="PNG", dpi=(300, 300))
    text = extract_text("security.png", out.getvalue()).text
    assert text == "The edge server sits in a separate OT VLAN and sends data to the cloud over HTTPS only."


def test_a_row_of_one_word_cells_and_figures_is_a_row_but_a_line_of_even_gaps_is_prose():
    assert as_text_layer("Gateway     3     8700") == "| Gateway | 3 | 8700 |"
    assert as_text_layer("The   edge   server   sits   in   a   separate   VLAN") == \
        "The   edge   server   sits   in   a   separate   VLAN"
