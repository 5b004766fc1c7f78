"""A proposal as vendors send it, in a real browser: a proposal PDF with an integration table, a
scanned datasheet (an image of a page, read by OCR) and a security paper (DOCX), dropped into one
evaluation at once; drafted; each answer quoted with its document and page.

Uses the shared server, browser and page fixtures of tests/e2e/conftest.py.
"""
from __future__ import annotations

import io
import time

import docx
from fpdf import FPDF
from playwright.sync_api import expect

from browser_kit import TIMEOUT_MS, by_key, screenshot, wait_idle
from test_draft_flow import click_until, new_evaluation, store
from test_proposal_flow import open_form
from reading.documents import Citations
from reading.draft_review import progress

expect.set_options(timeout=TIMEOUT_MS)

INTRO = ("PressWatch monitors the four transfer presses of hall 2. The edge gateway reads stroke counts and "
         "machine status from the Siemens S7 PLCs over OPC UA every 5 seconds.")
TABLE = [("Area", "System", "Direction", "Method"), ("Maintenance", "SAP PM", "into SAP", "BAPI"),
         ("Quality", "CAQ", "out of CAQ", "REST API")]
SCANNED = "The vibration sensor measures acceleration at 10 kHz on each main drive bearing."
SECURITY = "Remote access for our service team runs through a VPN with multi-factor authentication."


def proposal_pdf() -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, INTRO)
    pdf.add_page()
    pdf.multi_cell(0, 6, "Integration plan")
    with pdf.table() as table:
        for row in TABLE:
            cells = table.row()
            for cell in row:
                cells.cell(cell)
    return bytes(pdf.output())


def scanned_png() -> bytes:
    """A page of typed text as a scanner would deliver it: an image, no text layer."""
    import pypdfium2
    pdf = FPDF()
    pdf.set_font("Helvetica", size=14)
    pdf.add_page()
    pdf.multi_cell(0, 8, "Datasheet VS-10\n\n" + SCANNED)
    page = pypdfium2.PdfDocument(bytes(pdf.output()))[0]
    out = io.BytesIO()
    page.render(scale=300 / 72).to_pil().convert("L").save(out, format="PNG")
    return out.getvalue()


def security_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Security concept", level=1)
    document.add_paragraph(SECURITY)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def wait_for_documents(server, eid: str, count: int) -> None:
    deadline = time.monotonic() + 120  # OCR of one page takes a few seconds on a loaded machine
    while len(store(server).get(eid).evaluation.documents) < count:
        assert time.monotonic() < deadline, "the documents were never all added"
        time.sleep(1)


def test_three_documents_dropped_at_once_are_read_drafted_and_cited_by_document_and_page(page, server, page_errors):
    eid = new_evaluation(server, "PressWatch for hall 2")
    open_form(page, server, eid)
    box = by_key(page, f"proposal:{eid}:upload")
    box.locator("input[type='file']").set_input_files(files=[
        {"name": "presswatch offer.pdf", "mimeType": "application/pdf", "buffer": proposal_pdf()},
        {"name": "VS-10 datasheet.png", "mimeType": "image/png", "buffer": scanned_png()},
        {"name": "security concept.docx", "buffer": security_docx(),
         "mimeType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}])
    expect(box.get_by_text("VS-10 datasheet.png", exact=True)).to_be_visible()
    wait_idle(page)
    by_key(page, f"proposal:{eid}:read").get_by_role("button").click()
    wait_for_documents(server, eid, 3)
    panel = page.get_by_test_id("stExpander").filter(has_text="The vendor's documents").first
    expect(panel).to_contain_text("Datasheet")
    expect(panel).to_contain_text("1 read by OCR")
    expect(panel).to_contain_text("Security paper")

    documents = {d.kind: d for d in store(server).get(eid).evaluation.documents}  # in the order each was read
    assert {kind: d.format for kind, d in documents.items()} == {"proposal": "pdf", "datasheet": "image",
                                                                 "security": "docx"}
    assert documents["datasheet"].ocr_pages == [1] and "10 kHz" in documents["datasheet"].text

    click_until(page, server, eid, page.get_by_role("button", name="Draft the answers from the proposal"),
                lambda ev: progress(ev).drafted > 0)
    drafted = store(server).get(eid).evaluation
    cited = Citations(drafted.documents)
    sources = {cited.cite(q) for a in drafted.answers for q in a.quotes}
    assert {"Proposal p. 1", "Datasheet p. 1, read by OCR", "Security paper, section \u201cSecurity concept\u201d"} <= sources
    rows = drafted.answer("connect.integrations")
    assert rows is not None and {r.system for r in rows.integrations} >= {"maintenance", "quality"}

    # the sentence grid says where each sentence is from, and the quotes under the questions too
    grid = panel.get_by_test_id("stDataFrame").filter(has_text="Marked as")
    expect(grid.locator("td[role='gridcell']").filter(has_text="Datasheet p. 1, read by OCR").first).to_be_attached()
    screenshot(page, "documents-panel")
    by_key(page, f"next:{eid}").get_by_role("button", name="Next").click()
    wait_idle(page)
    expect(page.get_by_role("heading", name="What data does it capture?", exact=True)).to_be_visible()
    expect(page.get_by_text("(Datasheet p. 1, read by OCR)").first).to_be_visible()
    screenshot(page, "documents-quotes")
    assert not page_errors


def offer_workbook() -> bytes:
    import openpyxl
    book = openpyxl.Workbook()
    book.active.title = "Interfaces"
    for row in [("System", "Direction", "Data", "Method"), ("ERP Sage X3", "Out", "Produced quantities", "CSV file")]:
        book.active.append(row)
    prices = book.create_sheet("Scope and price")
    for row in [("Item", "Qty", "Total EUR"), ("Edge gateway", 3, 8700)]:
        prices.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def drawings_zip() -> bytes:
    import zipfile
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("press.dxf", "0\nSECTION\n")
    return out.getvalue()


def test_a_workbook_offer_is_read_beside_its_email_and_a_file_it_cannot_read_is_named(page, server, page_errors):
    eid = new_evaluation(server, "Workbook offer")
    open_form(page, server, eid)
    box = by_key(page, f"proposal:{eid}:upload")
    box.locator("input[type='file']").set_input_files(files=[
        {"name": "vendorB_email.txt", "mimeType": "text/plain", "buffer": INTRO.encode()},
        {"name": "vendorB_workbook.xlsx", "buffer": offer_workbook(),
         "mimeType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        {"name": "drawings.zip", "mimeType": "application/zip", "buffer": drawings_zip()}])
    expect(box.get_by_text("drawings.zip", exact=True)).to_be_visible()
    wait_idle(page)
    by_key(page, f"proposal:{eid}:read").get_by_role("button").click()
    wait_for_documents(server, eid, 2)
    workbook = next(d for d in store(server).get(eid).evaluation.documents if d.format == "xlsx")
    assert "Scope and price" in workbook.text.split("\n")
    assert "Item: Edge gateway; Qty: 3; Total EUR: 8700" in workbook.text
    expect(page.get_by_text("drawings.zip: it is a ZIP archive, not a Word document or an Excel workbook").first
           ).to_be_visible()  # the browser sends every file: the one it cannot read is named with why, not dropped
    assert not page_errors


def test_the_documents_panel_is_open_with_its_read_button_once_files_are_chosen(page, server, page_errors):
    """Walk78: the panel was folded when two files were chosen in its file box, and stayed shut over them, hiding
    "Read the proposal", the next step. Files chosen open it."""
    eid = new_evaluation(server, "Frituurlijn 2")
    open_form(page, server, eid)
    panel = page.get_by_test_id("stExpander").filter(has_text="The vendor's documents").first
    expect(panel.locator("details")).to_have_attribute("open", "")  # open at first
    panel.locator("summary").click()  # folded, as the walk's buyer left it
    wait_idle(page)
    expect(panel.locator("details")).not_to_have_attribute("open", "")
    box = by_key(page, f"proposal:{eid}:upload")
    box.locator("input[type='file']").set_input_files(files=[
        {"name": "offerte.pdf", "mimeType": "application/pdf", "buffer": proposal_pdf()},
        {"name": "konzept.docx", "buffer": security_docx(),
         "mimeType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}])
    wait_idle(page)
    expect(panel.locator("details")).to_have_attribute("open", "")
    expect(box.get_by_text("konzept.docx", exact=True)).to_be_visible()
    expect(by_key(page, f"proposal:{eid}:read").get_by_role("button")).to_be_visible()
    screenshot(page, "documents-chosen-panel-open")
    assert not page_errors
