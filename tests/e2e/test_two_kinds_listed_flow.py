"""In a real browser: a Word file holding another customer's case study and then a price table, uploaded alone, is
listed under both its kinds in the vendor's documents (walk 67/68: it was listed under one).

Uses the shared server, browser and page fixtures of tests/e2e/conftest.py."""
from __future__ import annotations

from playwright.sync_api import expect

from browser_kit import TIMEOUT_MS, by_key, screenshot, wait_idle
from test_document_kinds62 import CASE_AND_PRICES, PRICES, _docx
from test_documents_flow import wait_for_documents
from test_draft_flow import new_evaluation, store
from test_proposal_flow import open_form

expect.set_options(timeout=TIMEOUT_MS)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_a_case_study_with_a_price_table_is_listed_under_both_kinds(page, server, page_errors):
    eid = new_evaluation(server, "KilnWatch for the drying kilns")
    open_form(page, server, eid)
    box = by_key(page, f"proposal:{eid}:upload")
    box.locator("input[type='file']").set_input_files(files=[
        {"name": "kilnwatch_larsvik.docx", "mimeType": DOCX, "buffer": _docx(CASE_AND_PRICES, PRICES)}])
    expect(box.get_by_role("button", name="Remove kilnwatch_larsvik.docx")).to_be_visible()
    wait_idle(page)
    by_key(page, f"proposal:{eid}:read").get_by_role("button").click()
    wait_for_documents(server, eid, 1)
    assert [d.kind for d in store(server).get(eid).evaluation.documents] == ["price_sheet"]
    panel = page.get_by_test_id("stExpander").filter(has_text="The vendor's documents").first
    expect(panel).to_contain_text("Case study (another customer) and Price sheet")
    screenshot(page, "documents-two-kinds")
    assert not page_errors
