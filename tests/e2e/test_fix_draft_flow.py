"""Fixing a draft never costs points, in a real browser (issue 14, walks 67 and 71): draft a two-page offer, clear a
drafted answer's options and tick the right one (the level its quotes gave it stays "Described specifically"), accept a
sentence suggested under a question whose sentence names no option (the card names "Proposal p. 2"; the answer then
asks, in place, which option the sentence backs, and one click fills it), and type a new answer, whose evidence select
shows no level chosen with a hint until one is chosen.

Uses the shared server, browser and page fixtures of tests/e2e/conftest.py.
"""
from __future__ import annotations

import time

from playwright.sync_api import expect

import test_accessibility as a11y
import test_draft_flow as flow
from browser_kit import SCREENSHOTS, TIMEOUT_MS, by_key, choose, screenshot, wait_idle
from kit import pdf_pages

expect.set_options(timeout=TIMEOUT_MS)

REVIEWS = "The shift leader reviews the stop Pareto at the start of every shift."
PAGES = [["FillTrack for the Nordvik bottling hall", "Offer FT-7, valid for 60 days."], [*flow.PROPOSAL[1:], REVIEWS]]


def read_offer(page, server, eid: str) -> None:
    page.goto(server.at("evaluate", id=eid), wait_until="domcontentloaded")
    wait_idle(page)
    box = by_key(page, f"proposal:{eid}:upload")
    box.locator("input[type='file']").set_input_files(
        files=[{"name": "Offer.pdf", "mimeType": "application/pdf", "buffer": pdf_pages(PAGES)}])
    expect(box.get_by_text("Offer.pdf", exact=True)).to_be_visible()
    wait_idle(page)
    by_key(page, f"proposal:{eid}:read").get_by_role("button").click()
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while REVIEWS not in " ".join(flow.store(server).get(eid).evaluation.proposal_text.split()):
        assert time.monotonic() < deadline, "the offer was never read"
        time.sleep(0.5)
    expect(page.get_by_role("button", name="Draft the answers from the proposal")).to_be_visible()
    wait_idle(page)


def saved_until(server, eid: str, done) -> None:
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while not done(flow.store(server).get(eid).evaluation):
        assert time.monotonic() < deadline, "the change was never saved"
        time.sleep(0.5)


def close_up(page, eid: str, qid: str, name: str) -> None:
    """The question's own box, to look at beside the whole page's screenshot."""
    box = page.get_by_test_id("stVerticalBlock").filter(has=by_key(page, f"ev:{eid}:{qid}:evidence")).last
    box.screenshot(path=str(SCREENSHOTS / f"{name}-question.png"))


def go_to(page, eid: str, title: str) -> None:
    choose(page, by_key(page, f"section:{eid}"), title)
    expect(page.get_by_role("heading", name=title.split(". ", 1)[1], exact=True)).to_be_visible()


def test_correct_a_draft_and_accept_a_suggestion_without_losing_points(page, server, dialogs, page_errors):
    eid = flow.new_evaluation(server, "FillTrack fixing drafts")
    read_offer(page, server, eid)
    flow.draft(page, server, eid)

    # correct a drafted answer: every option out, then the right one in; its quotes and level stay
    go_to(page, eid, "2. What data does it capture?")
    drafted = flow.store(server).get(eid).evaluation.answer("data.captured")
    assert drafted.evidence == "specific" and drafted.quotes
    choices = by_key(page, f"ev:{eid}:data.captured:choices")
    choices.get_by_role("button", name="Clear all").click()
    saved_until(server, eid, lambda ev: not ev.answer("data.captured").choices)
    wait_idle(page)
    choose(page, choices, "Production count")
    page.keyboard.press("Escape")
    saved_until(server, eid, lambda ev: ev.answer("data.captured").choices == ["production_count"])
    wait_idle(page)
    evidence = by_key(page, f"ev:{eid}:data.captured:evidence").get_by_role("combobox")
    expect(evidence).to_have_value("Described specifically")
    fixed = flow.store(server).get(eid).evaluation.answer("data.captured")
    assert fixed.evidence == "specific" and fixed.quotes == drafted.quotes and fixed.reviewed
    screenshot(page, "fix-draft-corrected")
    close_up(page, eid, "data.captured", "fix-draft-corrected")

    # a wrong draft rejected, then a sentence naming no option accepted: the card names its page, then the answer
    # asks which option the sentence backs
    go_to(page, eid, "9. People and upkeep")
    mark = by_key(page, f"drafts:{eid}:mark:upkeep.human_review")
    flow.click_until(page, server, eid, mark.get_by_role("button", name="Reject"),
                     lambda ev: ev.answer("upkeep.human_review").reviewed)
    suggested = by_key(page, f"ev:{eid}:upkeep.human_review:suggested")
    suggested.locator("summary").click()
    wait_idle(page)
    expect(suggested).to_contain_text("Proposal p. 2 · ")
    card = suggested.get_by_test_id("stVerticalBlock").filter(has=page.get_by_text(REVIEWS, exact=True)).last
    screenshot(page, "fix-draft-suggestion-card")
    close_up(page, eid, "upkeep.human_review", "fix-draft-suggestion-card")
    card.get_by_role("button", name="Accept").click()
    saved_until(server, eid, lambda ev: REVIEWS in (ev.answer("upkeep.human_review").quotes
                                                    if ev.answer("upkeep.human_review") else []))
    wait_idle(page)
    asked = by_key(page, f"ev:{eid}:upkeep.human_review:backs")
    expect(asked).to_contain_text("Which option does the quoted sentence support?")
    expect(page.get_by_text("pick what they back, or type what they say", exact=False)).to_be_visible()
    screenshot(page, "fix-draft-which-option")
    close_up(page, eid, "upkeep.human_review", "fix-draft-which-option")
    a11y.check(page, "fix-draft-which-option")  # the options asked in place: no serious axe violation
    asked.get_by_role("button", name="A person reviews exceptions").click()
    saved_until(server, eid, lambda ev: ev.answer("upkeep.human_review").choices == ["human_exceptions"])
    wait_idle(page)
    expect(by_key(page, f"ev:{eid}:upkeep.human_review:choice").get_by_role("combobox")) \
        .to_have_value("A person reviews exceptions")
    expect(asked).to_have_count(0)
    screenshot(page, "fix-draft-option-picked")
    close_up(page, eid, "upkeep.human_review", "fix-draft-option-picked")

    # a new answer typed: no level taken in silence, the select asks with a hint
    go_to(page, eid, "10. Measurable return")
    promise = by_key(page, f"ev:{eid}:return.promise:text").locator("textarea")
    promise.fill("Scrap down from 3.1 % to 2 % on line 2 within 6 months")
    promise.press("Tab")
    saved_until(server, eid, lambda ev: ev.answer("return.promise") is not None)
    wait_idle(page)
    expect(by_key(page, f"ev:{eid}:return.promise:evidence").get_by_role("combobox")).to_have_value("")
    expect(page.get_by_text("Choose its evidence level to score it:", exact=False)).to_be_visible()
    screenshot(page, "fix-draft-typed-asks-level")
    close_up(page, eid, "return.promise", "fix-draft-typed-asks-level")
    a11y.check(page, "fix-draft-typed-asks-level")  # the select with no level and its hint
    assert not dialogs and not page_errors
