"""Drafting in a real browser: upload a proposal PDF, read it, draft the answers in one click, see each drafted
answer marked with its quotes and evidence, keep one, reject one, clear the rest after a confirmation, and find
the unreviewed count on the scorecard.

Uses the shared server, browser and page fixtures of tests/e2e/conftest.py.
"""
from __future__ import annotations

import json
import time

from playwright.sync_api import expect

from browser_kit import ROOT, TIMEOUT_MS, by_key, screenshot, wait_idle
from questions import Evaluation
from reading.draft_review import progress
from store import Store
from kit import pdf_of
from questions.wording import many

expect.set_options(timeout=TIMEOUT_MS)

# A bottling line's proposal, written for these tests.
PROPOSAL = [
    "FillTrack for the Nordvik bottling hall",
    "FillTrack is a smart factory IoT platform that puts AI to work for your bottling hall.",
    "We capture machine status, filler speed and reject counts from the Krones filler and labeller PLCs over "
    "OPC UA every 5 seconds.",
    "Line operators enter the stop reason on a touch panel at the filler within 3 minutes of a stop.",
    "A stop longer than 15 minutes opens a work order in your SAP PM, and the maintenance planner decides whether "
    "to send a technician.",
    "The edge gateway opens no inbound port; it sends data outbound over MQTT with TLS to the plant server.",
    "If the network is down, the gateway buffers 48 hours of data and sends it when the link is back.",
    "Our service team updates the gateway software every quarter under the support contract.",
]
CAPTURE = PROPOSAL[2]
UNREVIEWED = "Drafted from the proposal, not yet reviewed"


def store(server) -> Store:
    return Store(f"sqlite:///{server.database}")


def new_evaluation(server, name: str) -> str:
    bank_version = json.loads(next((ROOT / "examples").glob("*.json")).read_text())["bank_version"]
    return store(server).create(Evaluation(bank_version=bank_version, proposal=name, vendor="FillTrack")).id


def click_until(page, server, eid: str, button, done) -> None:
    """Click and wait until `done(evaluation)` holds in the store. On a loaded machine a click that lands
    while the page is still re-running can be dropped by the browser, so click again then."""
    button.click()
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while time.monotonic() < deadline:
        wait_idle(page)
        if done(store(server).get(eid).evaluation):
            return
        time.sleep(2)
        if not done(store(server).get(eid).evaluation) and button.is_visible():
            button.click()
    raise AssertionError("the click was never saved")


def read_pdf(page, server, eid: str) -> None:
    page.goto(server.at("evaluate", id=eid), wait_until="domcontentloaded")
    wait_idle(page)
    box = by_key(page, f"proposal:{eid}:upload")
    box.locator("input[type='file']").set_input_files(
        files=[{"name": "filltrack.pdf", "mimeType": "application/pdf", "buffer": pdf_of(PROPOSAL)}])
    expect(box.get_by_text("filltrack.pdf", exact=True)).to_be_visible()
    wait_idle(page)
    # One click: the file is read in the background (a second click would only find it added already).
    by_key(page, f"proposal:{eid}:read").get_by_role("button").click()
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while CAPTURE not in " ".join(store(server).get(eid).evaluation.proposal_text.split()):
        assert time.monotonic() < deadline, "the proposal was never read"
        time.sleep(0.5)
    expect(page.get_by_role("button", name="Draft the answers from the proposal")).to_be_visible()
    wait_idle(page)


def draft(page, server, eid: str) -> None:
    click_until(page, server, eid, page.get_by_role("button", name="Draft the answers from the proposal"),
                lambda ev: progress(ev).drafted > 0)


def next_section(page, eid: str, title: str) -> None:
    by_key(page, f"next:{eid}").get_by_role("button", name="Next").click()
    wait_idle(page)
    expect(page.get_by_role("heading", name=title, exact=True)).to_be_visible()


def test_draft_review_and_see_the_unreviewed_count_on_the_scorecard(page, server, dialogs, page_errors):
    eid = new_evaluation(server, "FillTrack bottling hall")
    read_pdf(page, server, eid)
    draft(page, server, eid)
    saved = store(server).get(eid).evaluation
    total = progress(saved).drafted
    bar = by_key(page, f"drafts:{eid}:bar")
    expect(bar).to_contain_text(f"{total} answers drafted, 0 reviewed · {total} still to review")
    expect(bar).to_contain_text(f"Drafted {many(total, 'answer')} from the proposal.")
    live = page.get_by_test_id("stVerticalBlock").filter(has_text="Live scorecard").last
    expect(live).to_contain_text(f"{total} answers drafted, 0 reviewed")

    next_section(page, eid, "What data does it capture?")
    mark = by_key(page, f"drafts:{eid}:mark:data.captured")
    expect(mark).to_contain_text(UNREVIEWED)
    expect(mark).to_contain_text("Evidence: Described specifically")
    expect(page.get_by_text(f"“{CAPTURE}” (Proposal p. 1)", exact=True).first).to_be_visible()
    chosen = by_key(page, f"ev:{eid}:data.captured:choices").get_by_test_id("stMultiSelectTagsContainer")
    expect(chosen).to_contain_text("Machine status")
    screenshot(page, "draft-evaluate")

    click_until(page, server, eid, mark.get_by_role("button", name="Keep"),
                lambda ev: ev.answer("data.captured").reviewed)
    expect(by_key(page, f"drafts:{eid}:mark:data.captured")).to_contain_text("Drafted, reviewed")
    sources = by_key(page, f"drafts:{eid}:mark:data.sources")
    click_until(page, server, eid, sources.get_by_role("button", name="Reject"),
                lambda ev: ev.answer("data.sources").reviewed)
    expect(by_key(page, f"drafts:{eid}:mark:data.sources")).to_contain_text("Drafted, rejected")
    expect(by_key(page, f"ev:{eid}:data.sources:choices").get_by_test_id("stMultiSelectTagsContainer")) \
        .not_to_contain_text("PLC")
    expect(by_key(page, f"drafts:{eid}:bar")).to_contain_text(f"{total} answers drafted, 2 reviewed")
    saved = store(server).get(eid).evaluation
    assert saved.answer("data.sources").choices == [] and saved.answer("data.captured").choices
    screenshot(page, "draft-evaluate-reviewed")

    page.get_by_role("link", name="Open the full scorecard").click()
    wait_idle(page)
    expect(page.get_by_role("heading", name="Scorecard: FillTrack bottling hall")).to_be_visible()
    expect(page.get_by_test_id("stAlert").filter(has_text="answers were drafted from the proposal")) \
        .to_contain_text(f"{total} answers were drafted from the proposal; {total - 2} are not yet reviewed")
    answers = page.get_by_test_id("stExpander").filter(has_text="What data does it capture?")
    answers.locator("summary").click()
    expect(answers.get_by_text("drafted, not yet reviewed").first).to_be_visible()  # data.protocols, still a draft
    screenshot(page, "draft-scorecard")
    assert not dialogs and not page_errors


def test_clearing_unreviewed_drafts_asks_first(page, server, dialogs, page_errors):
    eid = new_evaluation(server, "FillTrack clear drafts")
    read_pdf(page, server, eid)
    draft(page, server, eid)
    bar = by_key(page, f"drafts:{eid}:bar")
    bar.get_by_role("button", name="Clear all unreviewed drafts").click()
    confirm = page.get_by_role("button", name="Yes, clear them")
    expect(confirm).to_be_visible()
    expect(page.get_by_text("you have not reviewed yet", exact=False)).to_be_visible()
    screenshot(page, "draft-clear-confirm")
    assert progress(store(server).get(eid).evaluation).unreviewed > 0  # nothing cleared before the confirmation
    click_until(page, server, eid, confirm, lambda ev: progress(ev).drafted == 0)
    expect(page.get_by_text("Cleared ", exact=False).first).to_be_visible()
    expect(by_key(page, f"drafts:{eid}:bar")).to_contain_text("No answers drafted yet.")
    assert store(server).get(eid).evaluation.answers == []
    assert not dialogs and not page_errors
