"""A vendor's price sheet beside the proposal (walk 53 saw one filed as "Other document", its yearly fees answering
nothing): a workbook, a Word or PDF table or pasted rows whose rows are priced items is a price sheet, and its fees
billed again and again ("per year", "EUR 1.200 / Jahr", "ao ano") answer what upkeep costs after the pilot with their
amounts; a one-off price, a total, a VAT line or money the plant saves is no fee."""
from __future__ import annotations

import io
import json
import time
import zipfile

import pytest
from docx import Document as Docx
from fpdf import FPDF
from openpyxl import Workbook

import kit
from paths import EXAMPLES_BANK_VERSION
from proposals import extract_text
from questions import Evaluation, load_bank
from reading.documents import from_file, kind_read, kinds_from_names, pasted, titles
from reading.draft import drafter_for
from reading.fees import fees
from reports import common as report_common
from reports.html_doc import to_html
from reports.json_file import to_json
from reports.md import to_markdown
from reports.xlsx import to_xlsx
from scoring import score

BANK = load_bank()
UPKEEP = "upkeep.after_pilot"
OFFER = ("ColdTrace for the Jundiaí cold rooms. We install 38 wireless probes in cold rooms 1-4 and connect them to your "
         "SAP ECC through IDoc. Your maintenance team replaces the probe batteries every 3 years.")
HEADER = ["Item", "Qty", "Unit price (R$)", "Billing"]
ROWS = [["Wireless temperature probe CT-40", 38, 1450, "one-off"],
        ["LoRa gateway", 4, 6800, "one-off"],
        ["Implementation and integration (SAP, PLC, WMS)", 1, 96000, "one-off"],
        ["ColdTrace licence, whole plant", 1, 54000, "per year"],
        ["Support and annual calibration", 1, 18000, "per year"],
        ["Total per year", None, 72000, "per year"],
        ["VAT 19 %", None, 13680, "per year"]]
LICENCE = "Item: ColdTrace licence, whole plant; Qty: 1; Unit price (R$): 54000; Billing: per year"
SUPPORT = "Item: Support and annual calibration; Qty: 1; Unit price (R$): 18000; Billing: per year"


def workbook(rows=ROWS) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Price sheet"
    sheet.append(["Termovia - ColdTrace - offer TV-2026-118 (BRL, taxes excluded)"])
    sheet.append([])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    sheet.append([])
    sheet.append(["Payment: 40% on order, 40% on commissioning, 20% after acceptance. Prices valid 60 days."])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def read(name: str, data: bytes, kind: str):
    return from_file(name, kind, extract_text(name, data), data)


def upkeep(*documents) -> list[str]:
    answer = drafter_for(BANK).draft_documents(list(documents)).answer(UPKEEP)
    return answer.quotes if answer else []


# --- what a price sheet is ----------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["other", "proposal"])  # added beside the proposal, or the first file
def test_a_workbook_whose_rows_are_priced_items_is_a_price_sheet_whatever_its_name(kind):
    data = workbook()
    assert kind_read(kind, "Book1.xlsx", extract_text("Book1.xlsx", data).text) == "price_sheet"


def test_a_file_named_a_price_list_is_a_price_sheet_before_it_is_read():
    names = ["ColdTrace offer.pdf", "ColdTrace_prices.xlsx", "Preisliste 2027.xlsx", "tabela de preços.pdf"]
    assert kinds_from_names(names, first=True) == ["proposal", "price_sheet", "price_sheet", "price_sheet"]


def test_a_kind_the_file_name_names_stays_however_priced_its_rows():
    assert kind_read("proposal", "ColdTrace offer.xlsx", extract_text("x.xlsx", workbook()).text) == "proposal"


def test_an_offer_with_a_price_table_among_its_prose_stays_the_proposal():
    prose = "\n\n".join(f"On line {n} we read the filler's temperature every {n} seconds and warn the operator."
                        for n in range(1, 9))
    rows = "\n".join(["Item | Price", "Licence | EUR 1,200 per year", "Support | EUR 3,000 per year",
                      "Installation | EUR 9,500 one-off"])
    assert kind_read("proposal", "offer_v2.docx", f"{prose}\n\n{rows}") == "proposal"


def test_the_price_sheet_is_named_so_in_citations_and_every_export_that_lists_documents():
    sheet = read("Book1.xlsx", workbook(), "price_sheet")
    offer = pasted(OFFER)
    assert titles([offer, sheet]) == ["Proposal", "Price sheet"]
    evaluation = drafter_for(BANK).draft_documents([offer, sheet], proposal="ColdTrace", vendor="Termovia")
    evaluation = evaluation.model_copy(update={"bank_version": EXAMPLES_BANK_VERSION})
    card = score(evaluation, BANK)
    assert "Price sheet (Book1.xlsx)" in report_common.documents_line(card)
    assert "Price sheet (Book1.xlsx)" in to_markdown(evaluation, card).decode()
    assert "Price sheet (Book1.xlsx)" in to_html(evaluation, card).decode()
    assert "Price sheet" in json.dumps(json.loads(to_json(evaluation, card)), ensure_ascii=False)
    with zipfile.ZipFile(io.BytesIO(to_xlsx(evaluation, card))) as book:
        assert any("Price sheet (Book1.xlsx)" in book.read(n).decode() for n in book.namelist() if n.endswith(".xml"))


# --- what it answers ----------------------------------------------------------------------------------

def test_a_price_sheets_yearly_fees_answer_what_upkeep_costs_with_their_amounts():
    quotes = upkeep(pasted(OFFER), read("Book1.xlsx", workbook(), "price_sheet"))
    assert LICENCE in quotes and SUPPORT in quotes


def test_a_one_off_price_a_total_a_vat_line_and_the_payment_terms_are_no_fee():
    quotes = upkeep(pasted(OFFER), read("Book1.xlsx", workbook(), "price_sheet"))
    assert LICENCE in quotes  # the fees are there; nothing else priced is
    for item in ("probe CT-40", "LoRa gateway", "Implementation", "Total per year", "VAT", "Payment"):
        assert item not in " ".join(quotes)


def test_a_price_sheet_alone_answers_the_cost_specifically():
    answer = drafter_for(BANK).draft_documents([read("Book1.xlsx", workbook(), "proposal")]).answer(UPKEEP)
    assert answer.evidence == "specific" and LICENCE in answer.quotes


@pytest.mark.parametrize("row", ["Licence per gateway | EUR 1.200 / Jahr", "Wartung und Kalibrierung | jährlich 4.800 EUR",
                                 "Licence par passerelle | 1 200 € par an", "Soporte | USD 3,000 por año",
                                 "Suporte e calibração | R$ 18.000 ao ano", "Cloud subscription | CHF 4,800 /yr",
                                 "Hosting | 250 EUR per month", "Licence | EUR 90 per licence per year"])
def test_a_fee_billed_yearly_or_monthly_in_any_of_the_vendors_words_is_a_fee(row):
    assert fees().fee(row)


@pytest.mark.parametrize("row", ["Installation (one-off) | USD 9,500", "Total | EUR 33.700 per year",
                                 "VAT 19% | EUR 6.403 per year", "Expected savings | EUR 120,000 per year",
                                 "Run to failure | 10 breakdowns | EUR 150,000 per year",
                                 "Payment terms | 30 days net", "Probe batteries | replaced every year",
                                 "Licence | 1,200 doubloons per year"])  # no currency of words.yaml money
def test_a_one_off_price_a_total_a_tax_money_saved_or_no_amount_is_no_fee(row):
    assert not fees().fee(row)


def test_the_same_rows_pasted_into_a_proposal_answer_it_too():
    text = (f"{OFFER}\n\nPrices\n\nItem | Price\nInstallation (one-off) | USD 9,500\n"
            "Licence per gateway | EUR 1.200 / Jahr\nAnnual support and calibration | R$ 18.000 per year\n"
            "Licence (one-time purchase) | EUR 5,000\nTotal | EUR 33.700\nVAT 19% | EUR 6.403\n")
    quotes = upkeep(pasted(text))
    assert "Licence per gateway | EUR 1.200 / Jahr" in quotes
    assert "Annual support and calibration | R$ 18.000 per year" in quotes
    assert not any("one-time" in q or "one-off" in q or q.startswith(("Total", "VAT")) for q in quotes)


TABLE = [("Item", "Price", "Billing"), ("Installation and commissioning", "EUR 9,500", "one-off"),
         ("Licence per gateway", "EUR 1.200", "per year"), ("Annual support and calibration", "EUR 18,000", "per year"),
         ("Total per year", "EUR 19,200", "per year"), ("VAT 19 %", "EUR 3,648", "")]


def word_table() -> bytes:
    document = Docx()
    document.add_paragraph("Price schedule")
    table = document.add_table(rows=0, cols=3)
    for row in TABLE:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_table() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.cell(0, 8, "Price schedule", new_x="LMARGIN", new_y="NEXT")
    with pdf.table() as table:
        for row in TABLE:
            cells = table.row()
            for value in row:
                cells.cell(value)
    return bytes(pdf.output())


@pytest.mark.parametrize("name, make", [("schedule.docx", word_table), ("schedule.pdf", pdf_table)])
def test_a_word_or_pdf_table_of_prices_is_a_price_sheet_whose_fees_answer_the_cost(name, make):
    data = make()
    assert kind_read("other", name, extract_text(name, data).text) == "price_sheet"
    quotes = upkeep(pasted(OFFER), read(name, data, "price_sheet"))
    assert "Item: Licence per gateway; Price: EUR 1.200; Billing: per year" in quotes
    assert not any(q.startswith(("Item: Installation", "Item: Total", "Item: VAT")) for q in quotes)


# --- on the Evaluate page -------------------------------------------------------------------------------

@pytest.fixture
def eid(first_run) -> str:
    return first_run.create(Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="ColdTrace", vendor="Termovia")).id


def test_a_workbook_uploaded_on_the_documents_form_is_a_price_sheet_and_its_fees_answer_the_upkeep_cost(store, eid):
    from views import reading_jobs
    at = kit.open_app("evaluate", eid, timeout=60)
    at.radio(key=f"proposal:{eid}:source").set_value("Paste the text").run()
    at.text_area(key=f"proposal:{eid}:paste").input(OFFER)
    at.button(key=f"proposal:{eid}:read").click().run()
    at.radio(key=f"proposal:{eid}:source").set_value("Upload files").run()
    mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    at.file_uploader(key=f"proposal:{eid}:upload").set_value(("Book1.xlsx", workbook(), mime)).run()
    at.button(key=f"proposal:{eid}:read").click().run()
    deadline = time.monotonic() + 60
    while not all(job.finished for job in reading_jobs.jobs(eid)):
        assert time.monotonic() < deadline, "reading did not end"
        time.sleep(0.05)
    at.run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert [d.kind for d in store.get(eid).evaluation.documents] == ["proposal", "price_sheet"]
    assert any(kit.unescape(t).startswith(":material/description: **Price sheet** · Book1.xlsx") for t in kit.raw_text(at))
    at.button(key=f"drafts:{eid}:draft").click().run()
    at.selectbox(key=f"section:{eid}").set_value("upkeep").run()
    assert not at.exception, at.exception
    assert LICENCE in store.get(eid).evaluation.answer(UPKEEP).quotes
    assert "54000" in kit.shown(at) and "Billing: per year" in kit.shown(at)
