"""Keyboard and review faults buyers met on the Evaluate page, in a real browser (walk 63): one wrong option of a
drafted answer removed from the keyboard, the rest kept; the focus staying on the next control after a drafted
answer's text is edited and left with Tab, and after a file upload finishes. Only keyboard presses act on the page
where the buyer used the keyboard; locators check where the focus is.

Uses the shared server, browser and page fixtures of tests/e2e/conftest.py.
"""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from browser_kit import TIMEOUT_MS, by_key, screenshot, wait_idle
from rounds_corpus import drafted as drafted_case
from test_accessibility import check
from test_rounds_flow import SPINDLE, paste_reply, send_round, wait_for
from focus_kit import focus_shot, focus_shows_once_settled, tab_to
from paths import EXAMPLES_BANK_VERSION
from questions import Answer, Evaluation
from store import Store

expect.set_options(timeout=TIMEOUT_MS)

PROBLEMS, STATEMENT = "problem.plant_problems", "problem.statement"
DOWNTIME = "Today the filler loses about 6 hours a week to unplanned stops whose causes nobody records."
STOCK = "Our app settles the stock mismatch between the ERP and the shop floor."


def drafted(server) -> tuple[str, Store]:
    """An evaluation whose first section holds two drafted answers: two problems ticked, and a statement."""
    store = Store(f"sqlite:///{server.database}")
    answers = [Answer(question=PROBLEMS, evidence="specific", choices=["downtime_unclear", "inventory_mismatch"],
                      quotes=[DOWNTIME, STOCK], drafted=True),
               Answer(question=STATEMENT, evidence="specific", text=DOWNTIME, quotes=[DOWNTIME], drafted=True)]
    evaluation = Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="FillTrack keyboard 62", vendor="FillTrack",
                            answers=answers)
    return store.create(evaluation).id, store


def open_form(page, server, eid: str) -> None:
    page.goto(server.at("evaluate", id=eid), wait_until="domcontentloaded")
    wait_idle(page)


def test_one_wrong_drafted_option_is_removed_from_the_keyboard_and_the_rest_kept(page, server, page_errors):
    eid, store = drafted(server)
    open_form(page, server, eid)
    remove = page.get_by_role("button", name="Remove: Inventory and production do not match", exact=False)
    expect(remove).to_be_visible()
    screenshot(page, "keyboard62-remove-one-option")
    tab_to(page, remove)
    page.keyboard.press("Enter")
    wait_idle(page)
    answer = store.get(eid).evaluation.answer(PROBLEMS)
    assert answer.choices == ["downtime_unclear"] and answer.reviewed
    statement = by_key(page, f"ev:{eid}:{STATEMENT}:text").locator("textarea")
    expect(statement).to_be_focused()  # the next answer to review
    assert focus_shows_once_settled(page), "the focus after Remove cannot be seen"
    assert not page_errors


def test_after_editing_the_sections_last_drafted_text_and_pressing_tab_the_focus_is_on_the_next_control(
        page, server, page_errors):
    """The edit reviews the section's last draft: its "to review here" row empties, and the questions under it were
    drawn anew, the focus falling to the page's top."""
    eid, store = drafted(server)
    open_form(page, server, eid)
    page.get_by_role("button", name="Keep the drafted answer to: Which of your plant").click()
    wait_idle(page)
    statement = by_key(page, f"ev:{eid}:{STATEMENT}:text").locator("textarea")
    tab_to(page, statement)
    page.keyboard.press("End")
    page.keyboard.type(" It costs about 9,000 EUR a week.")
    page.keyboard.press("Tab")
    wait_idle(page)
    page.wait_for_timeout(1000)  # the whole page's rerun, as the counts at the top changed
    wait_idle(page)
    after = store.get(eid).evaluation.answer(STATEMENT)
    assert "9,000 EUR" in after.text and after.reviewed
    expect(by_key(page, f"ev:{eid}:{STATEMENT}:evidence").get_by_role("button", name="Help for Evidence")
           ).to_be_focused()  # the next Tab stop after the text box
    assert focus_shows_once_settled(page), "the focus after the edit cannot be seen"
    page.keyboard.press("Tab")
    expect(by_key(page, f"ev:{eid}:{STATEMENT}:evidence").get_by_role("combobox")).to_be_focused()
    focus_shot(page, "keyboard62-after-text-edit")
    assert not page_errors


def choose_file(page):
    """The file chooser Enter on the focused "Browse files" opens: on a loaded machine a press right after the page
    went idle can come before the button listens, so it is pressed again (the focus stays on it)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    for attempt in range(4):
        try:
            with page.expect_file_chooser(timeout=8_000) as chooser:
                page.keyboard.press("Enter")
            return chooser.value
        except PlaywrightTimeout:
            if attempt == 3:
                raise
            wait_idle(page)


def test_after_a_file_upload_finishes_the_focus_is_on_the_read_button(page, server, page_errors):
    eid, store = drafted(server)
    open_form(page, server, eid)
    browse = by_key(page, f"proposal:{eid}:upload").locator("button[data-testid='stBaseButton-secondary']")
    tab_to(page, browse)
    chosen = choose_file(page)
    chosen.set_files(files=[{"name": "offer.txt", "mimeType": "text/plain",
                                    "buffer": f"{DOWNTIME} {STOCK}".encode()}])
    uploaded = by_key(page, f"proposal:{eid}:upload")
    expect(uploaded.get_by_text("offer.txt", exact=True)).to_be_visible()
    wait_idle(page)
    read = by_key(page, f"proposal:{eid}:read").get_by_role("button")
    expect(read).to_be_focused()  # the next step, not the page's top
    assert focus_shows_once_settled(page), "the focus on Read cannot be seen"
    focus_shot(page, "keyboard62-after-upload")
    page.keyboard.press("Enter")
    deadline = page.wait_for_timeout
    for _ in range(60):
        if store.get(eid).evaluation.documents:
            break
        deadline(500)
    assert [d.name for d in store.get(eid).evaluation.documents] == ["offer.txt"]
    assert not page_errors


# The widest any of the page's boxes reaches past its own width, in CSS pixels: a table that scrolls sideways
# reaches past it by its hidden columns.
OVERFLOW = """() => Math.max(0, ...[document.documentElement, ...document.querySelectorAll(
    "[data-testid='stTable'], [data-testid='stTable'] *, [data-testid='stDataFrame'] .dvn-scroller, [data-testid='stMain']")]
    .map(box => box.scrollWidth - box.clientWidth))"""
ZOOMED = {"width": 700, "height": 500}  # 1400 x 1000 at 200 % zoom: half as many CSS pixels


def test_the_follow_up_rounds_questions_read_whole_without_scrolling_sideways_and_pass_axe(page, server, page_errors):
    """Walk 63: the round's questions grid scrolled sideways at 1400 px to reach its "Why" column."""
    store = Store(f"sqlite:///{server.database}")
    eid = store.create(drafted_case(SPINDLE, "SpindleSense 62")).id
    send_round(page, server, eid)
    paste_reply(page, server, eid, SPINDLE["replies"]["specific"]["text"])
    round_ = page.get_by_test_id("stExpander").filter(has_text="Round 1, sent").first
    table = round_.get_by_test_id("stTable")
    screenshot(page, "keyboard62-follow-up-1400")
    expect(table).to_contain_text("Why: ")  # under each question, not a column of its own
    first = store.get(eid).evaluation.rounds[0].questions[0]
    expect(table).to_contain_text(first.why[:40])
    assert page.evaluate(OVERFLOW) <= 1, "a table scrolls sideways at 1400 px"
    table.scroll_into_view_if_needed()
    screenshot(page, "keyboard62-follow-up-1400")
    check(page, "follow-up-round-table")
    page.set_viewport_size(ZOOMED)
    page.wait_for_timeout(500)
    assert page.evaluate(OVERFLOW) <= 1, "a table scrolls sideways at 200 % zoom"
    screenshot(page, "keyboard62-follow-up-200")
    assert not page_errors


def test_the_evaluate_page_with_remove_buttons_has_no_serious_axe_violation(page, server):
    eid, _store = drafted(server)
    open_form(page, server, eid)
    expect(page.get_by_role("button", name="Remove: Downtime is unclear", exact=False)).to_be_visible()
    check(page, "evaluate-remove-one-option")
