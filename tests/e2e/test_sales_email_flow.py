"""Walk79 in a real browser: the buyer pastes the offer, then the sales rep's e-mail beside it. The e-mail is filed
as a sales e-mail under the buyer's name for it, what only it promises is drafted as the vendor's claim, and the
scorecard flags it as said only in the e-mail, not in the offer.

Uses the shared server, browser and page fixtures of tests/e2e/conftest.py.
"""
from __future__ import annotations

import time

from playwright.sync_api import expect

from browser_kit import TIMEOUT_MS, by_key, screenshot, wait_idle
from test_draft_flow import draft, new_evaluation, store
from test_proposal_flow import open_form
from test_sales_email import MAILS, OFFER

expect.set_options(timeout=TIMEOUT_MS)


def paste(page, server, eid: str, text: str, name: str, count: int) -> None:
    radios = by_key(page, f"proposal:{eid}:source")
    radios.get_by_text("Paste the text", exact=True).click()
    wait_idle(page)
    box = by_key(page, f"proposal:{eid}:paste").locator("textarea")
    box.fill(text)
    box.press("Tab")  # a text area sends its value when it loses the focus
    wait_idle(page)
    if name:
        field = by_key(page, f"proposal:{eid}:paste_name").locator("input")
        field.fill(name)
        field.press("Tab")
        wait_idle(page)
    by_key(page, f"proposal:{eid}:read").get_by_role("button").click()
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while len(store(server).get(eid).evaluation.documents) < count:
        assert time.monotonic() < deadline, "the pasted text was never added"
        time.sleep(0.5)
    wait_idle(page)


def test_a_sales_email_beside_the_offer_is_filed_apart_and_its_promise_is_a_gap(page, server, page_errors):
    eid = new_evaluation(server, "KilnSense")
    open_form(page, server, eid)
    paste(page, server, eid, OFFER, "", 1)
    paste(page, server, eid, MAILS["en"], "Mail Baker 27.11.", 2)
    documents = store(server).get(eid).evaluation.documents
    assert [(d.kind, d.name) for d in documents][1] == ("sales_email", "Mail Baker 27.11.")
    expect(page.get_by_text("Filed as Sales e-mail or letter").first).to_be_visible()
    screenshot(page, "sales-email-filed")
    draft(page, server, eid)
    page.goto(server.at("scorecard", id=eid), wait_until="domcontentloaded")
    wait_idle(page)
    expect(page.get_by_text("Said only in the sales e-mail, not in the offer").first).to_be_visible()  # the risk flag
    expect(page.get_by_text("rests only on the vendor's sales e-mail").first).to_be_visible()
    screenshot(page, "sales-email-gap-on-scorecard")
    assert not page_errors
