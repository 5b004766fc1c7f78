"""Markup and script in every free-text field of an evaluation, in a real Chromium: the Evaluate and
Scorecard pages show the text as typed, no image loads from it, no script from it runs, no dialog opens."""
from __future__ import annotations

from playwright.sync_api import expect

from browser_kit import TIMEOUT_MS, screenshot, wait_idle
from hostile_files import MARKUP, every_field
from store import Store

PAYLOAD = f"{MARKUP[0]} {MARKUP[1]} <b>bold?</b>"  # an image whose onerror sets a flag, a script that sets one
RAN = "() => window.__hostile !== undefined || [...document.scripts].some(s => s.textContent.includes('__hostile'))"

expect.set_options(timeout=TIMEOUT_MS)


def test_markup_in_every_field_shows_literally_and_runs_nothing(page, server, dialogs, page_errors):
    eid = Store(f"sqlite:///{server.database}").create(every_field(PAYLOAD)).id
    for where, heading in (("evaluate", "Evaluate"), ("scorecard", "Scorecard")):
        page.goto(server.at(where, id=eid), wait_until="domcontentloaded")
        wait_idle(page)
        expect(page.get_by_role("heading", name=f"{heading}: {PAYLOAD}")).to_be_visible()
        page.wait_for_timeout(500)  # a broken image's onerror would have fired by now
        shown = page.locator("[data-testid='stMain']").inner_text()
        assert shown.count(MARKUP[1]) >= 2, shown[:2000]  # as text: the name and the answers or quotes
        assert page.locator("img[src='x'], b:text('bold?'), svg[onload]").count() == 0
        assert page.evaluate(RAN) is False
        screenshot(page, f"hostile-{where}")
    assert dialogs == [] and page_errors == [], (dialogs, page_errors)
