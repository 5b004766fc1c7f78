"""A spreadsheet proposal, an XLSX workbook or a CSV file, read as tables the drafter reads.

Each visible sheet's name is a heading, and its rows are written as proposals/tables.py writes a
table's rows ("Item: Edge gateway; Qty: 3; Unit price EUR: 2900"), one row a paragraph: a vendor's
interface list or price sheet reads as the same table in a PDF or a Word document would.
A workbook is read in the worker process (openpyxl, read-only, so rows stream and are never all held);
a CSV file is text and is read in the app's process, as a text file is.
"""
from __future__ import annotations

import csv
import datetime
import io

from .layout import tidy
from .limits import BINARY_CONTROL_SHARE, MAX_SHEET_CELLS
from .result import Refused
from .sheet_formulas import filled, unsaved
from .tables import block, cell_text, header_like, table_lines
from .textfile import NOT_TEXT, decode

_DAMAGED_XLSX = ("the Excel workbook is damaged or in a form that cannot be read; open it in Excel and save a "
                 "fresh copy as .xlsx, or export it as PDF")
_TOO_MANY_CELLS = (f"the spreadsheet has more than {MAX_SHEET_CELLS:,} cells, far more than a proposal's tables; "
                   "upload the sheets that hold the offer, or export them as PDF")


def read_xlsx(data: bytes) -> dict:
    """The worker's result for a workbook: each visible sheet that holds anything, named, then its rows."""
    import openpyxl
    from plaintext.chars import BINARY

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)  # cached values, not formulas
    except MemoryError:
        raise
    except Exception:  # zipfile, lxml and openpyxl each raise their own types on broken input
        raise Refused(_DAMAGED_XLSX) from None
    unsaved_values = unsaved(data)  # a workbook a program wrote, never opened in Excel: its formulas read empty
    formulas = openpyxl.load_workbook(io.BytesIO(data), read_only=True) if unsaved_values else None
    warnings: list[str] = []
    try:
        budget = _Budget()
        parts = [_sheet(ws.title, _rows(ws, budget, formulas and (formulas[ws.title], unsaved_values == "stale"), warnings))
                 for ws in book.worksheets if ws.sheet_state == "visible"]
    finally:
        book.close()
        if formulas is not None:
            formulas.close()
    text = "\n\n".join(part for part in parts if part)
    if not text:
        raise Refused("the Excel workbook contains no text")
    return {"text": BINARY.sub(" ", text), "pages": None, "warnings": warnings}


def read_csv(data: bytes) -> tuple[str, list[str]]:
    """A CSV file's rows as one table, and any warning about the encoding assumed."""
    from plaintext.chars import BINARY

    text, warnings = decode(data)
    if len(BINARY.findall(text)) > BINARY_CONTROL_SHARE * len(text):
        raise Refused(NOT_TEXT)
    try:
        dialect = csv.Sniffer().sniff(text[:20_000], delimiters=",;\t")
    except csv.Error:  # one column, or no delimiter it can tell: read as commas
        dialect = csv.excel
    budget = _Budget()
    try:
        rows = [budget.spent(row) for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error:
        raise Refused("the CSV file is damaged (a quoted field never ends, or a field is over 128 KB); "
                      "export it again") from None
    return _sheet("", rows), warnings


class _Budget:
    """Cells read so far across a file: a sheet that claims a million rows is refused, not read."""

    def __init__(self) -> None:
        self.cells = 0

    def spent(self, row):
        self.cells += len(row)
        if self.cells > MAX_SHEET_CELLS:
            raise Refused(_TOO_MANY_CELLS)
        return row


def _rows(ws, budget: _Budget, formulas: tuple | None = None, warnings: list[str] | None = None):
    """The sheet's rows as text; where the workbook saved no value for its formulas (`formulas`: the sheet read for
    its formulas, and whether every saved value is a placeholder), with them computed."""
    ws.reset_dimensions()  # a sheet's declared size may lie ("A1:XFD1048576"): rows are read as they are stored
    rows = (budget.spent(row) for row in ws.iter_rows(values_only=True))
    if formulas:
        sheet, stale = formulas
        sheet.reset_dimensions()
        rows, done, left = filled(list(rows), list(sheet.iter_rows(values_only=True)), stale)
        warnings.extend(_formulas_told(ws.title, done, left))
    for row in rows:
        yield [_cell(value) for value in row]


def _formulas_told(sheet: str, done: list[str], left: list[str]) -> list[str]:
    """What the buyer is told of a sheet's formulas the file saved no value for (written by a program, never opened
    in Excel)."""
    named = lambda cells: ", ".join(cells[:6]) + (f" and {len(cells) - 6} more" if len(cells) > 6 else "")
    told = [f"sheet {sheet}: the file saves no value for the formulas in {named(done)}; they were computed from the "
            "sheet's cells"] if done else []
    return told + ([f"sheet {sheet}: the formulas in {named(left)} have no value saved in the file and could not be "
                    "computed; open the workbook in Excel, save it and upload it again"] if left else [])


def _cell(value) -> str:
    """A cell as the vendor sees it: 2900.0 as "2900", a date without midnight."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    return str(value)


def _sheet(name: str, rows) -> str:
    """A sheet's name on a line of its own, then each block of rows between empty rows as a table; a block with no
    header row of its own is read under the sheet's last one (walk81: the rows after a blank row under "Razem Faza 1"
    lost their columns, so their prices were read as no price)."""
    parts, run, header = [name.strip()], [], None
    for row in [*rows, []]:
        if any(cell.strip() for cell in row):
            run.append(row)
        elif run:
            text, header = _table(run, header)
            parts.append(text)
            run = []
    tables = [part for part in parts[1:] if part]
    return tidy("\n\n".join([parts[0], *tables]), unwrap=False) if tables else ""


def _table(rows: list[list[str]], header: list[str] | None = None) -> tuple[str, list[str] | None]:
    """A block's rows, and the header row its columns are read by; a title over the table (a row of one cell, "Offer
    NX-2611") is a line of its own, so the row under it can be the header. A block whose first row is no header is
    read under `header`, the one above it on the sheet, where it has no more columns than that header."""
    titles = []
    while len(rows) > 1 and sum(1 for cell in rows[0] if cell.strip()) == 1:
        titles.append(next(cell for cell in rows[0] if cell.strip()))
        rows = rows[1:]
    if not rows:
        return "\n\n".join(titles), header
    width = max(len(row) for row in rows)
    if len(rows) > 1 and header_like([cell_text(c) for c in rows[0]], width) and width > 2:
        header = rows[0]
    elif header and not titles and _within(rows, header):
        rows = [header, *rows]
    return "\n\n".join(titles + [block(table_lines(rows))]), header


def _within(rows: list[list[str]], header: list[str]) -> bool:
    """The rows are a table's (two cells or more each, not a note under it: "Prices valid 60 days") and every cell sits
    under a column the header names."""
    named = {at for at, cell in enumerate(header) if cell.strip()}
    filled = [[at for at, cell in enumerate(row) if cell.strip()] for row in rows]
    return all(len(ats) > 1 and set(ats) <= named for ats in filled)
