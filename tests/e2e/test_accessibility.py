"""Accessibility in a real browser: axe-core finds no serious or critical violation on any page.

axe-core comes bundled in the axe-playwright-python package (nothing is downloaded at run time); it runs
inside the page through Playwright's sync API. Each page is checked with an evaluation whose proposal is
read and whose answers are drafted, so the Evaluate page shows its documents, sentences and drafts.

Uses the shared server, browser and page fixtures of tests/e2e/conftest.py.
"""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from browser_kit import TIMEOUT_MS, VIEWPORT, library_form, screenshot, wait_idle
from focus_kit import MAX_TABS, focus_shows
from oidc_kit import provider, sign_in, signed_server
from questions import load_bank
from reading.documents import pasted
from reading.draft import Drafter
from store import Store

expect.set_options(timeout=TIMEOUT_MS)

AXE_JS = Axe().axe_script  # axe-core's own script, as the package ships it
SERIOUS = ("serious", "critical")
FIXED = ("heading-order",)  # moderate, but ours and fixed: page sections are h2 under the page's h1
# Streamlit scrolls inside its own container; axe leaves what lies below the fold "incomplete" for colour
# contrast, so each page is checked in a viewport as tall as its content.
CONTENT_HEIGHT = """() => Math.max(window.innerHeight, ...[...document.querySelectorAll(
    "[data-testid='stMain'], [data-testid='stAppViewContainer'], [data-testid='stMainBlockContainer']")]
    .map(box => box.scrollHeight))"""

PROPOSAL = """FillTrack for the Nordvik bottling hall

FillTrack is a smart factory IoT platform that puts AI to work for your bottling hall.
We capture machine status, filler speed and reject counts from the Krones filler and labeller PLCs over OPC UA \
every 5 seconds.
Line operators enter the stop reason on a touch panel at the filler within 3 minutes of a stop.
A stop longer than 15 minutes opens a work order in your SAP PM, and the maintenance planner decides whether to \
send a technician.
The edge gateway opens no inbound port; it sends data outbound over MQTT with TLS to the plant server.
"""
# Tab stops inside Streamlit's own components whose focus we cannot draw: a table's or chart's hover toolbar
# (search, download, fullscreen) stays invisible under its tooltip, and a data grid's cells are an
# off-screen table for screen readers while the grid paints its focus on its canvas.
STREAMLIT_OWN_STOPS = "[data-testid='stBaseButton-elementToolbar'], [id^='glide-cell-']"
# The focus has come round when it is back on the first stop: the same element (whose markup can change while
# the page draws, as a chart sizes itself) or, if a rerun drew that element anew, the same markup.
STOP = """(own) => { const el = document.activeElement, first = window.__firstStop === undefined;
    if (first) { window.__firstStop = el; window.__firstHtml = el.outerHTML; }
    return {at: el.tagName + ' ' + (el.getAttribute('aria-label') || el.innerText || el.id).slice(0, 60),
            round: !first && (el === window.__firstStop || el.outerHTML === window.__firstHtml),
            ours: el !== document.body && !el.matches(own)}; }"""
# The navigation's pages (app.py), by URL path; the library is at "/".
PAGES = {"library": "", "evaluate": "evaluate", "scorecard": "scorecard", "follow-up": "follow-up",
         "compare": "compare", "consensus": "consensus", "questions": "questions"}


@pytest.fixture(scope="module")
def drafted(server) -> str:
    """An evaluation whose proposal is read and whose answers are drafted, none reviewed yet."""
    evaluation = Drafter(load_bank()).draft_documents([pasted(PROPOSAL)], "FillTrack accessibility check", "FillTrack")
    return Store(f"sqlite:///{server.database}").create(evaluation).id


def violations(page) -> list[dict]:
    """What axe-core reports on the page as it is now, every impact."""
    size = page.viewport_size
    page.set_viewport_size({"width": size["width"], "height": min(int(page.evaluate(CONTENT_HEIGHT)) + 40, 12_000)})
    try:
        page.wait_for_timeout(300)  # data grids and charts redraw at the new size
        page.evaluate(AXE_JS)
        return page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")["violations"]
    finally:
        page.set_viewport_size(size)


def failing(found: list[dict]) -> list[dict]:
    return [v for v in found if v["impact"] in SERIOUS or v["id"] in FIXED]


def report(found: list[dict]) -> str:
    """One line per element: rule, impact, where, and axe's help."""
    return "\n".join(f"{v['id']} ({v['impact']}) {' '.join(node['target'])}: {v['help']}\n    {node['html'][:160]}"
                     for v in found for node in v["nodes"])


def open_page(page, server, path: str, eid: str | None = None) -> None:
    page.goto(server.at(path, **({"id": eid} if eid else {})), wait_until="domcontentloaded")
    wait_idle(page)
    expect(page.get_by_text("Page not found")).to_have_count(0)


def check(page, name: str) -> None:
    found = violations(page)
    print(f"\naxe on {name}: " + (", ".join(f"{v['id']} ({v['impact']}) x{len(v['nodes'])}" for v in found) or "none"))
    screenshot(page, f"a11y-{name}")
    assert not failing(found), f"axe-core on {name}:\n{report(failing(found))}"


@pytest.mark.parametrize("name", PAGES)
def test_every_page_has_no_serious_or_critical_axe_violation(page, server, drafted, name):
    open_page(page, server, PAGES[name], drafted)
    check(page, name)


def test_every_tab_of_the_questions_page_has_no_serious_or_critical_axe_violation(page, server, drafted):
    """A tab's panel is hidden until chosen, and axe checks only what is shown."""
    open_page(page, server, "questions", drafted)
    tabs = page.get_by_role("tab")
    for i in range(1, tabs.count()):
        tab = tabs.nth(i)
        name = tab.inner_text()
        tab.click()
        expect(tab).to_have_attribute("aria-selected", "true")
        wait_idle(page)
        check(page, f"questions-{name.lower().replace(' ', '-')}")


def test_the_library_with_its_folds_open_has_no_serious_or_critical_axe_violation_and_shows_every_focus(page, server):
    """New, Import and Sort draw their fields only once opened, and axe checks only what is drawn."""
    open_page(page, server, "")
    for fold in ("New evaluation", "Import an evaluation file"):
        expect(library_form(page, fold)).to_be_visible()
    page.get_by_test_id("stExpander").filter(has_text="Sort: ").locator("summary").click()
    wait_idle(page)
    expect(page.get_by_role("combobox", name="Sort by")).to_be_visible()
    check(page, "library-folds-open")
    unseen = tab_stops_without_visible_focus(page)
    assert not unseen, "on the library with its folds open, the focus cannot be seen on:\n" + "\n".join(unseen)


def test_the_library_with_the_rename_dialog_open_has_no_serious_or_critical_axe_violation(page, server):
    open_page(page, server, "")
    grid = page.get_by_test_id("stDataFrame").bounding_box()
    page.mouse.click(grid["x"] + 16, grid["y"] + 35 * 1.5)  # the first row's box (the grid has no DOM checkbox)
    wait_idle(page)
    page.get_by_role("button", name="Rename").click()
    wait_idle(page)
    dialog = page.get_by_role("dialog", name="Rename the evaluation")
    expect(dialog.get_by_role("textbox", name="New name")).to_be_focused()
    check(page, "library-rename-dialog")


@pytest.fixture(scope="module")
def team(tmp_path_factory):
    """The app with sign-in on: what a signed-out or refused visitor sees."""
    with provider({"eve": {"email": "eve@elsewhere.example", "name": "Eve Outsider"}}) as provider_url, \
            signed_server(tmp_path_factory.mktemp("a11y-signin"), provider_url, ["@plant.example"]) as server:
        yield server


def test_the_sign_in_and_refusal_pages_have_no_serious_or_critical_axe_violation(team, browser):
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(TIMEOUT_MS)
    try:
        visitor = context.new_page()
        open_page(visitor, team, "")
        expect(visitor.get_by_role("button", name="Sign in")).to_be_visible()
        check(visitor, "sign-in")
        sign_in(visitor, team, "eve")
        expect(visitor.get_by_text("only to the people on its allow-list")).to_be_visible()
        check(visitor, "refused")
    finally:
        context.close()


def tab_stops_without_visible_focus(page) -> list[str]:
    """Tab once round the page; every stop whose focus a sighted user cannot see."""
    unseen = []
    page.evaluate("() => { delete window.__firstStop; }")
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        stop = page.evaluate(STOP, STREAMLIT_OWN_STOPS)
        if stop["round"]:
            return unseen
        if stop["ours"] and not focus_shows(page):
            unseen.append(stop["at"])
    raise AssertionError(f"{MAX_TABS} presses of Tab never came round")


@pytest.mark.parametrize("name", PAGES)
def test_every_tab_stop_shows_where_the_focus_is(page, server, drafted, name):
    open_page(page, server, PAGES[name], drafted)
    unseen = tab_stops_without_visible_focus(page)
    assert not unseen, f"on {name}, the focus cannot be seen on:\n" + "\n".join(unseen)
