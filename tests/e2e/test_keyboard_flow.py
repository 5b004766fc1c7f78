"""The main flow from the keyboard alone, in a real browser: create an evaluation, paste the proposal, read it,
draft the answers, keep one draft, open the scorecard and download an export. Only keyboard.press and typing
act on the page; locators only check where the focus is and what the page shows.

Uses the shared server, browser and page fixtures of tests/e2e/conftest.py.
"""
from __future__ import annotations

import io
import re
import time
from urllib.parse import parse_qs, urlparse

from PIL import Image, ImageChops
from playwright.sync_api import expect

from browser_kit import SCREENSHOTS, TIMEOUT_MS, key_class, screenshot, wait_idle
from reading.draft_review import progress
from store import Store

expect.set_options(timeout=TIMEOUT_MS)

MAX_TABS = 250  # the Evaluate page has the most stops; more than this means the target is unreachable
CLEAR_CHANGE, CLEAR_PIXELS = 40, 30  # grey levels a pixel must change by, and how many must, to be seen
PROPOSAL = (
    "PressWatch for press line 4\n\n"
    "PressWatch is an Industry 4.0 IoT platform for your smart factory.\n"
    "We capture machine status and stroke counts from the press PLCs over OPC UA every 5 seconds.\n"
    "A stop longer than 10 minutes opens a work order in your SAP PM for the maintenance planner.\n"
)


def store(server) -> Store:
    return Store(f"sqlite:///{server.database}")


def has_focus(target) -> bool:
    return target.evaluate("el => el === document.activeElement || el.contains(document.activeElement)")


def tab_to(page, target, back: bool = False) -> None:
    """Press Tab (Shift+Tab with `back`) until the focus is on `target`, as a keyboard user would."""
    key = "Shift+Tab" if back else "Tab"
    for _ in range(MAX_TABS):
        if target.count() and has_focus(target.first):
            return
        page.keyboard.press(key)
    raise AssertionError(f"{MAX_TABS} presses of {key} never reached {target}")


# Where the focus shows: the focused element, or for a radio, switch or checkbox whose input is a hidden
# 1-pixel box, the smallest box around it that a user sees (its label), with a margin for rings.
FOCUS_BOX = """() => {
    let el = document.activeElement, r = el.getBoundingClientRect();
    while ((r.width < 8 || r.height < 8) && el.parentElement) { el = el.parentElement; r = el.getBoundingClientRect(); }
    return {x: r.x - 6, y: r.y - 6, width: r.width + 12, height: r.height + 12};
}"""


def focus_shows(page) -> bool:
    """Whether a sighted user sees where the focus is: around the focused element, enough pixels change
    clearly (an outline, a shadow, a border that takes a colour) between focused and not. A faint tint
    does not count."""
    box = page.evaluate(FOCUS_BOX)
    shot = lambda: Image.open(io.BytesIO(page.screenshot(clip=box, animations="disabled", caret="hide")))  # noqa: E731
    focused = shot()
    page.evaluate("() => { window.__focused = document.activeElement; window.__focused.blur(); }")
    try:
        difference = ImageChops.difference(focused.convert("RGB"), shot().convert("RGB")).convert("L")
    finally:
        page.evaluate("() => window.__focused.focus({focusVisible: true})")
    return sum(difference.histogram()[CLEAR_CHANGE + 1:]) >= CLEAR_PIXELS


def focus_shot(page, name: str) -> None:
    """The focused element and what is around it, into test-artifacts/screenshots/<name>.png, to look at."""
    box = page.evaluate("""() => { const r = document.activeElement.getBoundingClientRect();
        return {x: Math.max(r.x - 200, 0), y: Math.max(r.y - 120, 0), width: r.width + 400, height: r.height + 240}; }""")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), clip=box)


def press_on(page, target, name: str, key: str = "Enter", back: bool = False) -> None:
    """Tab to `target`, check its focus is seen (kept as keyboard-<name>.png), then press `key`."""
    tab_to(page, target, back)
    assert focus_shows(page), f"the focus on {target} cannot be seen"
    focus_shot(page, f"keyboard-{name}")
    page.keyboard.press(key)
    wait_idle(page)


def eid_of(page) -> str:
    return parse_qs(urlparse(page.url).query)["id"][0]


def by_key(page, key: str):
    return page.locator(f".{key_class(key)}")


def until_saved(server, eid: str, done, what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while not done(store(server).get(eid).evaluation):
        assert time.monotonic() < deadline, f"{what} was never saved"
        time.sleep(0.3)


def create(page, server) -> str:
    page.goto(server.url, wait_until="domcontentloaded")
    wait_idle(page)
    form = page.get_by_test_id("stForm").filter(has_text="New evaluation")
    tab_to(page, form.get_by_label("Proposal name"))
    page.keyboard.type("Press line 4 by keyboard")
    page.keyboard.press("Tab")
    page.keyboard.type("PressWatch")
    press_on(page, form.get_by_role("button", name="Create and start evaluating"), "create")
    expect(page).to_have_url(re.compile(r"/evaluate\?(.*&)?id=\w+"))
    expect(page.get_by_role("heading", name="Evaluate: Press line 4 by keyboard")).to_be_visible()
    return eid_of(page)


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
    keep = page.locator(f"[class*='{key_class(f'drafts:{eid}:mark:')}']").get_by_role("button", name="Keep",
                                                                                       exact=True).first
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
