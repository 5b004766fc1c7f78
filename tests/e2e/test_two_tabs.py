"""One evaluation open in two tabs of one browser: what tab 2 types after tab 1 saved is never lost.

Tab 2's save is refused (tab 1 saved first); the typed value stays in its box and is shown beside the
one tab 1 saved; "Keep mine" saves it on top of tab 1's version, "Take the saved one" shows tab 1's.
Across a text, a choice, a measure and an integration answer: 0 typed values lost.
"""
from __future__ import annotations

import time

from playwright.sync_api import expect

from browser_kit import TIMEOUT_MS, choose, key_class, screenshot, type_into, wait_idle
from questions import Answer, Evaluation, Integration, load_bank
from store import Store
from views.answer_inputs import fits

ROW_PX = 35  # Streamlit's data grid: header and rows are this tall
METHOD_COLUMN = 3  # the integrations grid's "Method" (or protocol), after the row marker, system and data flow
STEP_MS = 5_000  # one step of a grid edit; a step that did not land is tried again from the start


def by_key(page, key: str):
    return page.locator(f".{key_class(key)}")


def ev_key(eid: str, qid: str, part: str) -> str:
    return f"ev:{eid}:{qid}:{part}"


def open_form(page, server, eid: str) -> None:
    page.goto(server.at("evaluate", id=eid), wait_until="domcontentloaded")
    wait_idle(page)
    expect(page.get_by_role("heading", name="Evaluate: Two tabs")).to_be_visible()



def section(page, eid: str, title: str) -> None:
    """Choose a section ("5. How does it connect ...") and check the run that drew it has shown it
    (choose waits for that run: wait_idle waits for the run a widget asked for)."""
    choose(page, by_key(page, f"section:{eid}"), title)
    expect(page.get_by_role("heading", name=title.split(". ", 1)[1], exact=True)).to_be_visible()



def conflict(page, eid: str, qid: str):
    return by_key(page, f"conflict:{eid}:{qid}")


def method_cell(grid):
    """The first row's "Method or protocol" cell in the grid's accessible table (the DOM Streamlit keeps
    under the canvas, one cell per td): its columns are the row marker (0), system, data flow, method."""
    return grid.get_by_test_id(f"glide-cell-{METHOD_COLUMN}-0")


def edit_method_cell(page, qid_box, text: str) -> None:
    """The integrations table's first row, "Method or protocol" column: select the row's first cell, move
    right twice, open the cell's editor and type over its value once the editor has the focus. The grid
    paints on a canvas: each step is checked (on the grid's accessible table, or the editor's textarea)
    before the next one; a step that did not land raises (AssertionError) before anything is typed
    elsewhere, e.g. into the row to add."""
    page.bring_to_front()
    grid = qid_box.get_by_test_id("stDataFrame")
    grid.scroll_into_view_if_needed()
    cell = method_cell(grid)
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 60, box["y"] + ROW_PX + ROW_PX // 2)
    # each move once the grid has taken the one before: a key sent while it still handles the click
    # moved from the old selection, and the editor opened on another column
    for column in range(1, METHOD_COLUMN):
        expect(grid.get_by_test_id(f"glide-cell-{column}-0")).to_have_attribute("aria-selected", "true",
                                                                               timeout=STEP_MS)
        page.keyboard.press("ArrowRight")
    expect(cell).to_have_attribute("aria-selected", "true", timeout=STEP_MS)
    page.keyboard.press("Enter")  # opens the cell's editor on its value
    # Keys sent before the editor has the focus go to the grid, and the closing Enter then saves the old
    # value and moves to the row to add (a fixed 300 ms was too short on a loaded machine): wait for it.
    editor = page.get_by_test_id("portal").locator("textarea.gdg-input")
    expect(editor).to_be_focused(timeout=STEP_MS)
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type(text)
    expect(editor).to_have_value(text, timeout=STEP_MS)
    expect(editor).to_be_focused(timeout=STEP_MS)  # still open: an Enter on the grid would reopen the old value
    page.keyboard.press("Enter")
    expect(cell).to_have_text(text, timeout=STEP_MS)  # the grid took the edit: only now leave it
    page.mouse.click(box["x"] + box["width"] // 2, box["y"] + box["height"] + 80)  # out of the grid: sent
    wait_idle(page)


EDIT_TRIES = 5  # three missed in a row with three other jobs on the two cores


def edit_until(page, qid_box, text: str, done) -> None:
    """Edit the method cell until `done()` holds. On a loaded machine a click on the canvas grid before its
    layout settles misses the cell, or the editor opens late (edit_method_cell waits for it); such an
    attempt stops at its check and the next starts from a closed editor. The grid sends its edit a moment after
    it is left, so look for a while before editing once more."""
    for attempt in range(EDIT_TRIES):
        try:
            edit_method_cell(page, qid_box, text)
        except AssertionError:
            if attempt == EDIT_TRIES - 1:
                raise
            page.keyboard.press("Escape")  # shut an editor left open, drop what it held
            wait_idle(page)
            continue
        deadline = time.monotonic() + TIMEOUT_MS / 3000
        while not done() and time.monotonic() < deadline:
            page.wait_for_timeout(200)
        if done():
            return


def stored(store, eid: str, holds) -> bool:
    """Whether the saved evaluation comes to satisfy `holds` within the timeout (the store, not the page,
    is what says a value was kept)."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while not holds(store.get(eid).evaluation):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def test_what_tab_two_typed_after_tab_one_saved_is_kept_shown_beside_and_kept_on_request(page, server):
    bank = load_bank()
    store = Store(f"sqlite:///{server.database}")
    rows = [Integration(system="maintenance", direction="to_system", method="REST API", owner="IT")]
    eid = store.create(Evaluation(bank_version=bank.version, proposal="Two tabs", vendor="Acme", answers=[
        Answer(question="connect.integrations", evidence="vendor_claim", integrations=rows)])).id
    titles = {s.id: f"{i}. {s.title}" for i, s in enumerate(bank.sections, 1)}
    history = {c.id: c.name for c in bank.questions()["data.history"].choices}
    one, two = page, page.context.new_page()
    open_form(one, server, eid)
    open_form(two, server, eid)
    lost = []

    # text: tab 1 saves, then tab 2 types
    statement = ev_key(eid, "problem.statement", "text")
    type_into(one, by_key(one, statement).locator("textarea"), "Theirs: press 2 stops every hour")
    assert stored(store, eid, lambda ev: ev.answer("problem.statement").text.startswith("Theirs"))
    box = by_key(two, statement).locator("textarea")
    type_into(two, box, "Mine: press 4 stops 6 times a shift")
    expect(two.get_by_test_id("stAlert").filter(has_text="changed elsewhere")).to_be_visible()
    expect(box).to_have_value("Mine: press 4 stops 6 times a shift")  # still in the box
    expect(box).to_be_enabled()
    shown = conflict(two, eid, "problem.statement")
    expect(shown).to_contain_text("Mine: press 4 stops 6 times a shift")  # beside the saved one
    expect(shown).to_contain_text("Theirs: press 2 stops every hour")
    expect(shown).to_contain_text("Yours (not saved)")
    screenshot(two, "two-tabs-refused-text")
    shown.get_by_role("button", name="Keep mine").click()
    wait_idle(two)
    expect(conflict(two, eid, "problem.statement")).to_have_count(0)
    expect(box).to_have_value("Mine: press 4 stops 6 times a shift")
    lost += [] if stored(store, eid, lambda ev: ev.answer("problem.statement").text.startswith("Mine")) else ["text"]

    # choice: both on the section, tab 1 (reloaded: it was behind) saves, then tab 2 chooses
    section(two, eid, titles["data"])
    open_form(one, server, eid)
    section(one, eid, titles["data"])
    choice = ev_key(eid, "data.history", "choice")
    choose(one, by_key(one, choice), history["weeks"])
    choose(two, by_key(two, choice), history["years_exportable"])
    expect(by_key(two, choice).get_by_role("combobox")).to_have_value(history["years_exportable"])  # as chosen
    shown = conflict(two, eid, "data.history")
    expect(shown).to_contain_text(history["years_exportable"])
    expect(shown).to_contain_text(history["weeks"])
    shown.get_by_role("button", name="Keep mine").click()
    wait_idle(two)
    chosen = lambda ev: ev.answer("data.history").choices  # noqa: E731
    lost += [] if stored(store, eid, lambda ev: chosen(ev) == ["years_exportable"]) else ["choice"]

    # measure: tab 1 saves a metric, tab 2 types another and a unit
    section(two, eid, titles["decision"])
    open_form(one, server, eid)
    section(one, eid, titles["decision"])
    metric = ev_key(eid, "decision.kpi", "metric")
    type_into(one, by_key(one, metric).locator("input"), "Downtime")
    type_into(two, by_key(two, metric).locator("input"), "Scrap rate")
    type_into(two, by_key(two, ev_key(eid, "decision.kpi", "unit")).locator("input"), "%")  # pending: kept
    expect(by_key(two, metric).locator("input")).to_have_value("Scrap rate")
    expect(by_key(two, ev_key(eid, "decision.kpi", "unit")).locator("input")).to_have_value("%")
    shown = conflict(two, eid, "decision.kpi")
    expect(shown).to_contain_text("Scrap rate")
    expect(shown).to_contain_text("Downtime")
    shown.get_by_role("button", name="Keep mine").click()
    wait_idle(two)
    kpi = lambda ev: ev.answer("decision.kpi").measure  # noqa: E731
    lost += [] if stored(store, eid, lambda ev: (kpi(ev).metric, kpi(ev).unit) == ("Scrap rate", "%")) else ["measure"]

    # integration: tab 1 changes the row's method, tab 2 changes it too
    section(two, eid, titles["connect"])
    open_form(one, server, eid)
    section(one, eid, titles["connect"])
    table = ev_key(eid, "connect.integrations", "rows")
    method = lambda: store.get(eid).evaluation.answer("connect.integrations").integrations[0].method  # noqa: E731
    edit_until(one, by_key(one, table), "OPC UA", lambda: method() == "OPC UA")
    assert method() == "OPC UA"
    shown = conflict(two, eid, "connect.integrations")
    edit_until(two, by_key(two, table), "MQTT", shown.is_visible)
    expect(shown).to_be_visible(timeout=TIMEOUT_MS)
    expect(shown).to_contain_text("MQTT")
    expect(shown).to_contain_text("OPC UA")
    expect(by_key(two, table).get_by_test_id("stDataFrame")).to_contain_text("MQTT")  # the table as typed
    screenshot(two, "two-tabs-refused-integration")
    shown.get_by_role("button", name="Keep mine").click()
    wait_idle(two)
    methods = lambda ev: [r.method for r in ev.answer("connect.integrations").integrations]  # noqa: E731
    lost += [] if stored(store, eid, lambda ev: methods(ev) == ["MQTT"]) else ["integration"]

    assert lost == [], f"typed values lost: {lost}"
    expect(two.get_by_test_id("stAlert").filter(has_text="changed elsewhere")).to_have_count(0)


def test_the_integrations_grid_shows_its_owner_column_without_scrolling_at_1280_px(page, server):
    """Walk 74: at 1280 x 800 the grid put "Owner", the very field a gap says is missing, off-screen to the right.
    Every column up to Owner fits the grid's visible width: its scroller is no wider than what it shows but for the
    last column, the paid-option tick (walk80), which drafting sets from the offer's option list and the scorecard
    states, and which may sit past the right edge at this width."""
    bank = load_bank()
    store = Store(f"sqlite:///{server.database}")
    rows = [Integration(system="maintenance", direction="from_system", method="IDoc / BAPI über die OT-VLAN",
                        owner="Ufficio IT di stabilimento")]
    eid = store.create(Evaluation(bank_version=bank.version, proposal="Two tabs", vendor="Acme", answers=[
        Answer(question="connect.integrations", evidence="vendor_claim", integrations=rows)])).id
    page.set_viewport_size({"width": 1280, "height": 800})
    open_form(page, server, eid)
    section(page, eid, next(f"{i}. {s.title}" for i, s in enumerate(bank.sections, 1) if s.id == "connect"))
    grid = by_key(page, ev_key(eid, "connect.integrations", "rows")).get_by_test_id("stDataFrame")
    grid.scroll_into_view_if_needed()
    expect(grid.get_by_role("columnheader", name="Owner", include_hidden=True)).to_have_count(1)  # under the canvas
    widths = grid.locator(".dvn-scroller").evaluate("s => [s.scrollWidth, s.clientWidth]")
    screenshot(page, "integrations-grid-1280")
    past_owner = fits(["Paid option"])  # the one column after Owner
    assert widths[0] - past_owner <= widths[1], \
        f"Owner is past the grid's right edge: {widths[0] - past_owner} px of columns up to it in {widths[1]} px"
