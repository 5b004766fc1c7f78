"""The main flow from the keyboard alone, in a real browser: create an evaluation, paste the proposal, read it,
draft the answers, keep one draft, open the scorecard and download an export. Only keyboard.press and typing
act on the page; locators only check where the focus is and what the page shows.

Uses the shared server, browser and page fixtures of tests/e2e/conftest.py.
"""
from __future__ import annotations

import re
import time

from playwright.sync_api import expect

from browser_kit import TIMEOUT_MS, by_key, key_class, opened_id, screenshot, wait_idle
from focus_kit import focus_shot, focus_shows, focus_shows_once_settled, tab_to
from reading.draft_review import progress
from store import Store

expect.set_options(timeout=TIMEOUT_MS)

PROPOSAL = (
    "PressWatch for press line 4\n\n"
    "PressWatch is an Industry 4.0 IoT platform for your smart factory.\n"
    "Today press line 4 loses about 6 hours a week to unplanned stops.\n"
    "We capture machine status and stroke counts from the press PLCs over OPC UA every 5 seconds.\n"
    "A stop longer than 10 minutes opens a work order in your SAP PM for the maintenance planner.\n"
)


def store(server) -> Store:
    return Store(f"sqlite:///{server.database}")


def press_on(page, target, name: str, key: str = "Enter", back: bool = False) -> None:
    """Tab to `target`, check its focus is seen (kept as keyboard-<name>.png), then press `key`."""
    tab_to(page, target, back)
    assert focus_shows(page), f"the focus on {target} cannot be seen"
    focus_shot(page, f"keyboard-{name}")
    page.keyboard.press(key)
    wait_idle(page)


def until_saved(server, eid: str, done, what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while not done(store(server).get(eid).evaluation):
        assert time.monotonic() < deadline, f"{what} was never saved"
        time.sleep(0.3)


def create(page, server) -> str:
    page.goto(server.url, wait_until="domcontentloaded")
    wait_idle(page)
    fold = page.get_by_test_id("stExpander").filter(has=page.get_by_text("New evaluation", exact=True))
    press_on(page, fold.locator("summary"), "new-fold")  # the form opens in place, right after its heading
    form = fold.get_by_test_id("stForm")
    tab_to(page, form.get_by_label("Proposal name"))
    page.keyboard.type("Press line 4 by keyboard")
    page.keyboard.press("Tab")
    page.keyboard.type("PressWatch")
    press_on(page, form.get_by_role("button", name="Create and start evaluating"), "create")
    eid = opened_id(page)
    expect(page.get_by_role("heading", name="Evaluate: Press line 4 by keyboard")).to_be_visible()
    return eid


def paste_and_read(page, server, eid: str) -> None:
    radios = by_key(page, f"proposal:{eid}:source")
    tab_to(page, radios.get_by_role("radio", name="Upload files"))
    page.keyboard.press("ArrowRight")  # a radio group: the arrows choose, Tab leaves it
    wait_idle(page)
    expect(radios.get_by_role("radio", name="Paste the text")).to_be_checked()
    assert focus_shows(page), "the focus on the Paste the text radio cannot be seen"
    focus_shot(page, "keyboard-paste-radio")
    tab_to(page, by_key(page, f"proposal:{eid}:paste").locator("textarea"))
    page.keyboard.insert_text(PROPOSAL)  # as Ctrl+V pastes: one input, not a key per character
    page.keyboard.press("Tab")  # a text area sends its value when it loses the focus
    wait_idle(page)
    screenshot(page, "keyboard-pasted")
    press_on(page, by_key(page, f"proposal:{eid}:read").get_by_role("button"), "read")
    until_saved(server, eid, lambda ev: "OPC UA" in ev.proposal_text, "the pasted proposal")


def draft_and_keep(page, server, eid: str) -> None:
    draft = page.get_by_role("button", name="Draft the answers from the proposal")
    press_on(page, draft, "draft")
    until_saved(server, eid, lambda ev: progress(ev).drafted > 0, "drafting")
    wait_idle(page)
    keep = page.locator(f"[class*='{key_class(f'drafts:{eid}:mark:')}']").get_by_role(
        "button", name=re.compile("^Keep the drafted answer to: ")).first
    expect(keep).to_be_visible()
    press_on(page, keep, "keep", key="Space")
    screenshot(page, "keyboard-kept")
    until_saved(server, eid, lambda ev: progress(ev).reviewed == 1, "keeping a draft")


def test_create_paste_draft_keep_scorecard_and_export_from_the_keyboard_alone(page, server, dialogs, page_errors):
    eid = create(page, server)
    paste_and_read(page, server, eid)
    draft_and_keep(page, server, eid)
    expect(by_key(page, f"drafts:{eid}:bar")).to_contain_text("1 reviewed")

    press_on(page, page.get_by_role("link", name="Open the full scorecard"), "scorecard-link")
    expect(page.get_by_role("heading", name="Scorecard: Press line 4 by keyboard")).to_be_visible()
    markdown = by_key(page, "export:markdown").get_by_role("button")
    tab_to(page, markdown, back=True)  # the downloads are near the page's end: go round backwards
    assert focus_shows(page), "the focus on the Markdown export cannot be seen"
    focus_shot(page, "keyboard-export")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    assert info.value.failure() is None
    assert "Press line 4 by keyboard" in open(info.value.path(), encoding="utf-8").read()
    assert not dialogs and not page_errors


def tick_by_keyboard(page, name: str) -> None:
    """Search for `name`, then tick its row in the grid: Tab into the grid, Down to the first row,
    Shift+Space ticks it (the grid's own key for selecting a row)."""
    tab_to(page, page.get_by_role("textbox", name="Search"))
    page.keyboard.type(name)
    page.keyboard.press("Enter")
    wait_idle(page)
    tab_to(page, page.get_by_test_id("data-grid-canvas"))
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Shift+Space")
    wait_idle(page)
    expect(page.get_by_text("1 selected", exact=True)).to_be_visible()


def test_rename_an_evaluation_from_the_keyboard_alone(page, server, dialogs, page_errors):
    from questions import Evaluation, load_bank
    eid = store(server).create(Evaluation(bank_version=load_bank().version, proposal="Kiln 2 monitoring offer",
                                          vendor="ThermoSense")).id
    page.goto(server.url, wait_until="domcontentloaded")
    wait_idle(page)
    tick_by_keyboard(page, "Kiln 2 monitoring offer")
    rename = by_key(page, "library:rename").get_by_role("button", name="Rename")
    press_on(page, rename, "rename", back=True)  # the action bar is above the grid: go back to it
    dialog = page.get_by_role("dialog", name="Rename the evaluation")
    box = dialog.get_by_role("textbox", name="New name")
    expect(box).to_be_focused()  # the dialog opens with the caret in the name, the old name selected
    assert focus_shows(page, trapped=True), "the focus in the name field cannot be seen"
    focus_shot(page, "keyboard-rename-name")
    screenshot(page, "keyboard-rename-dialog")
    page.keyboard.type("Kiln 2 monitoring offer, revised")  # replaces the selected name
    page.keyboard.press("Enter")  # the name's form: Enter saves
    wait_idle(page)
    until_saved(server, eid, lambda ev: ev.proposal == "Kiln 2 monitoring offer, revised", "the new name")
    expect(dialog).to_have_count(0)
    expect(rename).to_be_focused()  # back where the person was, the renamed row still ticked
    expect(page.get_by_text("1 selected", exact=True)).to_be_visible()

    page.keyboard.press("Enter")  # open again, then Escape: closed, nothing renamed, focus back on Rename
    expect(box).to_be_focused()
    expect(box).to_have_value("Kiln 2 monitoring offer, revised")
    page.keyboard.press("Escape")
    wait_idle(page)
    expect(dialog).to_have_count(0)
    expect(rename).to_be_focused()
    assert store(server).get(eid).evaluation.proposal == "Kiln 2 monitoring offer, revised"
    assert not dialogs and not page_errors


def test_a_sort_chosen_from_the_keyboard_keeps_the_focus_in_the_sort_fold(page, server, dialogs, page_errors):
    page.goto(server.url, wait_until="domcontentloaded")
    wait_idle(page)
    fold = page.get_by_test_id("stExpander").filter(has_text="Sort: ")
    press_on(page, fold.locator("summary"), "sort-fold")
    sort_by = fold.get_by_role("combobox", name="Sort by")
    tab_to(page, sort_by)
    page.keyboard.press("ArrowDown")  # the list opens; typing narrows it to the one choice, Enter takes it
    page.keyboard.type("Score")
    expect(page.get_by_role("option", name="Score", exact=True)).to_be_visible()
    page.keyboard.press("Enter")
    wait_idle(page)
    expect(fold.locator("summary")).to_have_text(re.compile("Sort: Score, descending"))
    expect(sort_by).to_be_focused()  # the fold is drawn anew under its new name: open, the focus kept
    assert focus_shows_once_settled(page), "the focus on Sort by cannot be seen after a choice"
    focus_shot(page, "keyboard-sort-chosen")
    page.keyboard.press("Tab")
    descending = fold.get_by_role("switch", name="Descending")
    expect(descending).to_be_focused()
    page.keyboard.press("Space")
    wait_idle(page)
    expect(fold.locator("summary")).to_have_text(re.compile("Sort: Score, ascending"))
    expect(descending).to_be_focused()
    assert not dialogs and not page_errors
