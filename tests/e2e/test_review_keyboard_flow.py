"""Reviewing drafted answers from the keyboard alone, in a real browser: after Keep or Reject the focus is on the
next answer to review, not back on the page's body; under a section's last question "Next section" is a few Tabs
away, not past the sidebar, the documents and the sentence grid; and from there the focus goes on to the next
section's first answer to review. Only keyboard.press acts on the page; locators check where the focus is.

Uses the shared server, browser and page fixtures of tests/e2e/conftest.py.
"""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from browser_kit import TIMEOUT_MS, by_key, key_class, screenshot, wait_idle
from focus_kit import MAX_TABS, focus_shot, focus_shows_once_settled, has_focus, tab_to
from questions import load_bank
from reading.documents import pasted
from reading.draft import Drafter
from store import Store

expect.set_options(timeout=TIMEOUT_MS)

PROPOSAL = """FillTrack for the Nordvik bottling hall

FillTrack is a smart factory IoT platform that puts AI to work for your bottling hall.
Today the filler loses about 6 hours a week to unplanned stops whose causes nobody records.
We capture machine status, filler speed and reject counts from the Krones filler and labeller PLCs over OPC UA \
every 5 seconds.
The gateway keeps 90 days of history on the plant server.
Line operators enter the stop reason on a touch panel at the filler within 3 minutes of a stop.
"""
# Tabs from the first control of a section's last answer to "Next section" under it: that answer's own controls
# (its widget, note, evidence, Keep, Reject, a Remove per quote, its suggestions' fold) and nothing else.
# Measured 8 here (a choice with one quote), room left for a second quote; before, the only "Next" was above the
# section, about 50 Tabs on round the page (the walk of a new buyer, walk53).
MOST_TABS_TO_NEXT = 10


@pytest.fixture(scope="module")
def bank():
    return load_bank()


def drafted(server, bank) -> tuple[str, Store]:
    store = Store(f"sqlite:///{server.database}")
    evaluation = Drafter(bank).draft_documents([pasted(PROPOSAL)], "FillTrack keyboard review", "FillTrack")
    return store.create(evaluation).id, store


def first_control(page, eid: str, q) -> object:
    """The answer's first control as a person reaches it (views/answer_inputs.py FIRST_PART)."""
    part = {"choice": "choice", "choices": "choices", "text": "text", "measure": "metric"}[q.kind]
    return by_key(page, f"ev:{eid}:{q.id}:{part}").locator("input, textarea").first


def waiting(store, eid: str, section) -> list:
    saved = store.get(eid).evaluation
    return [q for q in section.questions if (a := saved.answer(q.id)) is not None and a.unreviewed]


def tabs_until(page, target) -> int:
    for pressed in range(MAX_TABS):
        if has_focus(target):
            return pressed
        page.keyboard.press("Tab")
    raise AssertionError(f"{MAX_TABS} presses of Tab never reached {target}")


def test_after_keep_the_focus_is_on_the_next_answer_and_next_section_is_a_few_tabs_away(page, server, bank,
                                                                                          page_errors):
    eid, store = drafted(server, bank)
    page.goto(server.at("evaluate", id=eid), wait_until="domcontentloaded")
    wait_idle(page)
    data = next(s for s in bank.sections if s.id == "data")
    page.get_by_role("button", name="Next", exact=True).click()  # to the data section, as the other flows do
    wait_idle(page)
    expect(page.get_by_role("heading", name=data.title, exact=True)).to_be_visible()
    todo = waiting(store, eid, data)
    assert len(todo) >= 2, [q.id for q in todo]

    first, second = todo[0], todo[1]
    keep = page.get_by_role("button", name=f"Keep the drafted answer to: {first.prompt}", exact=True)
    expect(keep).to_be_visible()
    said = keep.locator("em").evaluate("el => el.getBoundingClientRect().width")
    assert said <= 1, "the question in Keep's name shows on the page: it should show only Keep"
    tab_to(page, keep)
    page.keyboard.press("Space")
    wait_idle(page)
    control = first_control(page, eid, second)
    expect(control).to_be_focused()  # the next answer to review, named by its question
    expect(control).to_have_attribute("aria-label", second.prompt)
    assert focus_shows_once_settled(page), "the focus on the next answer cannot be seen"
    focus_shot(page, "review-after-keep")
    assert store.get(eid).evaluation.answer(first.id).reviewed

    last = waiting(store, eid, data)[-1]
    tab_to(page, first_control(page, eid, last))
    next_section = by_key(page, f"section-end:{eid}:next").get_by_role("button")
    pressed = tabs_until(page, next_section)
    print(f"\nTabs from the last answer's first control to Next section: {pressed}")
    assert pressed <= MOST_TABS_TO_NEXT, f"{pressed} Tabs from the section's last answer to Next section"

    reject = page.get_by_role("button", name=f"Reject the drafted answer to: {last.prompt}", exact=True)
    tab_to(page, reject, back=True)
    page.keyboard.press("Enter")
    wait_idle(page)
    expect(next_section).to_be_focused()  # nothing left to review here: the way on
    assert focus_shows_once_settled(page), "the focus on Next section cannot be seen"
    focus_shot(page, "review-after-last-reject")
    screenshot(page, "review-section-end")

    page.keyboard.press("Enter")
    wait_idle(page)
    after = bank.sections[[s.id for s in bank.sections].index("data") + 1]
    expect(page.get_by_role("heading", name=after.title, exact=True)).to_be_visible()
    ahead = waiting(store, eid, after) or after.questions
    expect(first_control(page, eid, ahead[0])).to_be_focused()  # the new section's first answer to review
    assert not page_errors


def test_after_drafting_from_the_keyboard_the_focus_is_on_the_first_answer_to_review(page, server, bank, page_errors):
    """Drafting redraws its button: the focus fell to the page's body, 36 Tabs from the first Keep (walk61)."""
    store = Store(f"sqlite:///{server.database}")
    eid = store.create(Drafter(bank).draft_documents([pasted(PROPOSAL)], "FillTrack keyboard draft", "FillTrack")
                       .model_copy(update={"answers": []})).id
    page.goto(server.at("evaluate", id=eid), wait_until="domcontentloaded")
    wait_idle(page)
    draft = page.get_by_role("button", name="Draft the answers from the proposal")
    expect(draft).to_be_visible()  # tabbing before the page has drawn it went round without finding it (CI rerun)
    tab_to(page, draft)
    page.keyboard.press("Enter")
    wait_idle(page)
    shown = bank.sections[0]
    first = waiting(store, eid, shown)[0]
    expect(first_control(page, eid, first)).to_be_focused()
    assert focus_shows_once_settled(page), "the focus on the first answer to review cannot be seen"
    focus_shot(page, "review-after-draft")
    assert not page_errors
