"""A keyboard user on Evaluate reaches the questions without tabbing through every control of the vendor's documents
(their two tables alone hold a dozen stops, more with each document): a link at the page's top goes past them.

Uses the shared server, browser and page fixtures of tests/e2e/conftest.py.
"""
from __future__ import annotations

from playwright.sync_api import expect

from browser_kit import TIMEOUT_MS, screenshot, wait_idle
from focus_kit import focus_shows, has_focus
from store import Store

expect.set_options(timeout=TIMEOUT_MS)
FEW = 3  # Tabs from the link's target to the section picker: the heading's own link, then the picker


def tabs_until(page, target, most: int) -> int:
    for pressed in range(most + 1):
        if target.count() and has_focus(target.first):
            return pressed
        page.keyboard.press("Tab")
    raise AssertionError(f"{most} Tabs did not reach {target}")


def test_the_link_at_the_top_of_evaluate_takes_the_keyboard_past_the_documents_to_the_section_picker(page, server):
    example = Store(f"sqlite:///{server.database}").list()[0]  # an example: its document's tables are drawn
    page.goto(server.at("evaluate", id=example.id), wait_until="domcontentloaded")
    wait_idle(page)
    link = page.get_by_role("link", name="Go to the questions")
    picker = page.get_by_role("combobox", name="Section")
    tabs_until(page, link, 15)  # the skip link, the page list, the title: then this link
    assert focus_shows(page), "the focus on the link cannot be seen"
    page.keyboard.press("Enter")
    wait_idle(page)
    assert tabs_until(page, picker, FEW) <= FEW
    screenshot(page, "evaluate-go-to-the-questions")
