"""The labels read from the vendor's files, in a real browser: a Word proposal and a scanned datasheet (read by
OCR) added at once give the header's labels and the live scorecard's label gaps as soon as they are read, with
no answer drafted, even when the page was left and opened again while the scan was read (the walk found both
empty until drafting).

Uses the shared server, browser and page fixtures of tests/e2e/conftest.py.
"""
from __future__ import annotations

import io

import docx
from fpdf import FPDF
from playwright.sync_api import expect

from browser_kit import TIMEOUT_MS, by_key, screenshot, wait_idle
from reading.draft_review import progress
from test_documents_flow import wait_for_documents
from test_draft_flow import new_evaluation, store
from test_proposal_flow import open_form

expect.set_options(timeout=TIMEOUT_MS)

OFFER = ("Our Industry 4.0 platform gives your press shop AI-powered insights. We read machine status from the "
         "press PLCs over OPC UA every 5 seconds.")
SCANNED = "The VS-10 makes your press shop a smart factory: it measures vibration at 10 kHz on each main drive bearing."


def offer_docx() -> bytes:
    document = docx.Document()
    document.add_heading("PressWatch technical proposal", level=1)
    document.add_paragraph(OFFER)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def scanned_png() -> bytes:
    """A page of typed text as a scanner delivers it: an image, no text layer."""
    import pypdfium2
    pdf = FPDF()
    pdf.set_font("Helvetica", size=14)
    pdf.add_page()
    pdf.multi_cell(0, 8, "Datasheet VS-10\n\n" + SCANNED)
    page = pypdfium2.PdfDocument(bytes(pdf.output()))[0]
    out = io.BytesIO()
    page.render(scale=300 / 72).to_pil().convert("L").save(out, format="PNG")
    return out.getvalue()


def test_two_files_read_show_their_labels_and_the_label_gaps_without_drafting(page, server, page_errors):
    eid = new_evaluation(server, "PressWatch labels")
    open_form(page, server, eid)
    summary = page.get_by_test_id("stVerticalBlock").filter(has_text="Live scorecard").last
    expect(summary).to_contain_text("no label is chosen yet")
    box = by_key(page, f"proposal:{eid}:upload")
    box.locator("input[type='file']").set_input_files(files=[
        {"name": "offer.docx", "buffer": offer_docx(),
         "mimeType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        {"name": "datasheet.png", "mimeType": "image/png", "buffer": scanned_png()}])
    expect(box.get_by_text("datasheet.png", exact=True)).to_be_visible()
    wait_idle(page)
    by_key(page, f"proposal:{eid}:read").get_by_role("button").click()
    expect(page.get_by_test_id("stProgress").first).to_be_visible()  # being read
    page.goto(server.at("scorecard", id=eid), wait_until="domcontentloaded")  # as the walk did: left meanwhile,
    wait_for_documents(server, eid, 2)
    open_form(page, server, eid)  # and opened again in a new session once every file was read

    saved = store(server).get(eid).evaluation
    assert {"industry_4_0", "ai", "smart_factory"} <= set(saved.labels)  # saved with the documents, the scan's too
    assert progress(saved).drafted == 0  # nothing drafted
    tags = by_key(page, f"ev:{eid}:header:labels").get_by_test_id("stMultiSelectTagsContainer")
    for label in ("Industry 4.0", "AI / machine learning", "Smart factory"):
        expect(tags).to_contain_text(label)
    expect(summary).to_contain_text("label gaps to put to the vendor")
    expect(summary).not_to_contain_text("no label is chosen yet")
    expect(summary).to_contain_text("Scope claimed: level 4")
    expect(page.get_by_test_id("stAlert").filter(has_text="Labels found in the proposal were added")).to_be_visible()
    wait_idle(page)
    screenshot(page, "labels-from-documents")
    assert not page_errors
