"""Markup and script in every free-text field of an evaluation, in a real Chromium: the Evaluate and
Scorecard pages show the text as typed, no image loads from it, no script from it runs, no dialog opens."""
from __future__ import annotations

import re

from playwright.sync_api import expect

from browser_kit import TIMEOUT_MS, import_file, screenshot, wait_idle
from hostile_files import MARKUP, every_field
from store import Store

PAYLOAD = f"{MARKUP[0]} {MARKUP[1]} <b>bold?</b>"  # an image whose onerror sets a flag, a script that sets one
RAN = "() => window.__hostile !== undefined || [...document.scripts].some(s => s.textContent.includes('__hostile'))"

expect.set_options(timeout=TIMEOUT_MS)


def test_markup_in_every_field_shows_literally_and_runs_nothing(page, server, dialogs, page_errors):
    page.goto(server.at(), wait_until="domcontentloaded")
    wait_idle(page)  # a first run seeds the examples, into a store that never held an evaluation
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


def test_hostile_files_imported_in_the_browser_get_a_message_and_the_app_stays_up(page, server, tmp_path, dialogs):
    nested, huge = tmp_path / "nested.json", tmp_path / "huge.json"
    nested.write_bytes(b"[" * 100_000)
    huge.write_bytes(b'{"notes": "' + b"x" * 6_000_000 + b'"}')
    page.goto(server.at(), wait_until="domcontentloaded")
    wait_idle(page)  # a first run seeds the examples
    store = Store(f"sqlite:///{server.database}")
    before = {s.id: s.version for s in store.list()}
    form = import_file(page, nested)
    expect(page.get_by_text("Not imported: the JSON nests more than 64 levels deep")).to_be_visible()
    form.locator("input[type='file']").set_input_files(str(huge))
    wait_idle(page)
    expect(form.get_by_text(re.compile(r"File must be 5(\.0)?MB or smaller"))).to_be_visible()
    screenshot(page, "hostile-import")
    page.reload(wait_until="domcontentloaded")  # the server is still up and serves the library
    wait_idle(page)
    expect(page.get_by_role("heading", name="Evaluations")).to_be_visible()
    assert {s.id: s.version for s in store.list()} == before and dialogs == []
