"""A price workbook written by a script (openpyxl) and never opened in Excel saves no value for its formulas: its total
read empty ("Totale" and nothing). Simple formulas of the sheet's own cells (SUM of ranges, + - * /, a percent) are
computed (proposals/sheet_formulas.py); any other is said in its cell to be a formula not computed, and the reading's
warnings name both kinds. A value Excel saved is read as saved."""
from __future__ import annotations

import io
import re
import zipfile

from openpyxl import Workbook

from proposals import extract_text
from proposals.sheet_formulas import unsaved
from reading.fees import fees


def workbook(title: str, rows: list[list]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


ITALIAN = [["Offerta 2026-044 - monitoraggio presse"], [],
           ["Voce", "Q.tà", "Prezzo unitario €", "Importo €"],
           ["Sensori di vibrazione", 12, 450, "=B4*C4"],
           ["Gateway edge", 2, 2900.5, "=B5*C5"],
           ["Canone annuo piattaforma", 1, 9800, "=B6*C6"],
           ["Totale", None, None, "=SUM(D4:D6)"],
           ["IVA 22%", None, None, "=D7*22%"],
           ["Totale IVA inclusa", None, None, "=D7+D8"]]


def test_a_scripted_workbooks_totals_are_computed_from_its_cells():
    read = extract_text("offerta.xlsx", workbook("Offerta", ITALIAN))
    assert "Voce: Sensori di vibrazione; Q.tà: 12; Prezzo unitario €: 450; Importo €: 5400" in read.text
    assert "Voce: Totale; Importo €: 21001" in read.text, read.text
    assert "Voce: IVA 22%; Importo €: 4620.22" in read.text and "Importo €: 25621.22" in read.text, read.text
    assert any("D4, D5, D6, D7, D8, D9" in warning and "computed" in warning for warning in read.warnings), read.warnings
    assert any(line.startswith("Totale: €21,001") for line in fees().stated(read.text)), fees().stated(read.text)


def test_a_german_sheets_total_by_plus_and_its_yearly_fee_are_read():
    rows = [["Position", "Betrag EUR", "Abrechnung"], ["Pilot Linie 3", 38500, "einmalig"],
            ["Lizenz", 12900, "jährlich"], ["Wartung", "=B3*15%", "jährlich"], ["Summe", "=B2+B3+B4", ""]]
    read = extract_text("angebot.xlsx", workbook("Angebot", rows))
    assert "Position: Wartung; Betrag EUR: 1935; Abrechnung: jährlich" in read.text, read.text
    assert "Position: Summe; Betrag EUR: 53335" in read.text, read.text


def test_a_formula_that_cannot_be_computed_here_says_so():
    rows = [["Concepto", "Importe €"], ["Licencia anual", "=VLOOKUP(A2,Tarifas!A:B,2,FALSE)"],
            ["Puesta en marcha", "=Tarifas!B3*2"], ["Total", "=SUM(B2:B3)"], ["Vuelta", "=B5+1"]]
    read = extract_text("oferta.xlsx", workbook("Oferta", rows))
    assert re.search(r"Total: not computed \(formula =SUM\(B2:B3\), no value saved in the file\)", read.text), read.text
    assert "not computed (formula =VLOOKUP(A2,Tarifas!A:B,2,FALSE)" in read.text
    assert "not computed (formula =B5+1" in read.text  # a formula that counts on itself
    assert any("B2, B3, B4, B5" in warning and "could not be computed" in warning for warning in read.warnings)


def _with_saved_values(data: bytes, values: dict[str, str], recompute: bool) -> bytes:
    """The workbook as a program that saves a value beside each formula writes it: Excel (its values, no request to
    compute again) or XlsxWriter (0 for each, and fullCalcOnLoad)."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                for cell, value in values.items():
                    content = content.replace(f'r="{cell}"><f>'.encode(), f'r="{cell}"><f>'.encode(), 1)
                    content = re.sub(rf'(r="{cell}"><f>[^<]*</f>)<v\s*/?>(?:</v>)?'.encode(),
                                     rf"\1<v>{value}</v>".encode(), content)
            if item.filename == "xl/workbook.xml" and not recompute:
                content = content.replace(b' fullCalcOnLoad="1"', b"")
            target.writestr(item, content)
    return out.getvalue()


def test_a_value_excel_saved_is_read_as_saved_and_a_placeholder_0_is_not():
    rows = [["Item", "Price USD"], ["Pilot", 38500], ["Annual subscription", 12900], ["Total", "=SUM(B2:B3)"]]
    data = workbook("Offer", rows)
    excel = _with_saved_values(data, {"B4": "51401"}, recompute=False)  # a value that is no sum here: read as saved
    assert unsaved(excel) is None
    assert "Total; 51401" in extract_text("offer.xlsx", excel).text.replace(": ", "; ")
    placeholder = _with_saved_values(data, {"B4": "0"}, recompute=True)
    assert unsaved(placeholder) == "stale"
    assert "Total; 51400" in extract_text("offer.xlsx", placeholder).text.replace(": ", "; ")
