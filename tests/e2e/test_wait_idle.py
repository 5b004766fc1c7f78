"""browser_kit.wait_idle, which every browser test leans on: after a search is sent, the page says
"notRunning" until the server has begun the run; a wait must not take that for idle.

The server is paused (SIGSTOP) while the search is sent, to make the gap as long as a loaded machine
can make it: the page then looks idle to Streamlit's own attribute, but not to wait_idle.
"""
from __future__ import annotations

import os
import signal

from playwright.sync_api import expect

from browser_kit import IDLE_NOW, TIMEOUT_MS, key_class, wait_idle

expect.set_options(timeout=TIMEOUT_MS)
ROW_CELLS = "[data-testid='stDataFrame'] [role='gridcell']"
NOT_RUNNING = "[data-testid='stApp'][data-test-script-state='notRunning']"


def test_a_search_whose_run_has_not_begun_is_not_idle_until_its_run_has_drawn(page, server):
    page.goto(server.url, wait_until="domcontentloaded")
    wait_idle(page)
    expect(page.locator(ROW_CELLS)).not_to_have_count(0)  # the examples (the grid's accessible copy)
    box = page.locator(f".{key_class('library:search')} input")
    box.fill("a proposal nobody has written")
    os.kill(server.pid, signal.SIGSTOP)
    try:
        box.press("Enter")
        page.wait_for_timeout(500)  # longer than wait_idle's settle
        expect(page.locator(NOT_RUNNING)).to_have_count(1)  # the page says it is not running...
        assert not page.evaluate(IDLE_NOW)  # ...but the search has not been run
    finally:
        os.kill(server.pid, signal.SIGCONT)
    wait_idle(page)
    expect(page.locator(ROW_CELLS)).to_have_count(0)  # the search's run has drawn: no row
