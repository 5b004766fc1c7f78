"""What a buyer clicks through in a real browser, and what the page then shows.

The AppTest tests (tests/test_app.py) check the scripts' logic; these check what only a browser
shows: the URL, the reload, the downloads, the rendered text and that markup typed by a user stays
text. Each test opens a new browser context (a new Streamlit session) on the one server.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import openpyxl
import pypdf
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from browser_kit import ROOT, TIMEOUT_MS, by_key, key_class, library_form, opened_id, screenshot, type_into, wait_idle
from questions import evaluation_from_bytes, load_evaluation
from reports import EXPORTS
from scoring import compare, score
from scoring.rounds import open_questions
from store import Store

EXAMPLES = {load_evaluation(p).proposal: p for p in sorted((ROOT / "examples").glob("*.json"))}
LINEVIEW = "LineView Pro: downtime dashboard"
LOOP = "Downtime-to-Maintenance Loop"
HOSTILE = "<img src=x onerror=alert(1)>"

expect.set_options(timeout=TIMEOUT_MS)


# --- small helpers --------------------------------------------------------------------------------------

def open_at(page, server, path: str = "", **query: str) -> None:
    """Go to a page by its URL (the library is the default page, at "/"), and check it exists."""
    page.goto(server.at(path, **query), wait_until="domcontentloaded")
    wait_idle(page)
    expect(page.get_by_text("Page not found")).to_have_count(0)


def ids(server) -> dict[str, str]:
    """Proposal name -> id, read from the server's database."""
    return {s.proposal: s.id for s in Store(f"sqlite:///{server.database}").list()}


def ev_key(eid: str, qid: str, part: str) -> str:
    return f"ev:{eid}:{qid}:{part}"


def choose(page, box, option: str) -> None:
    """Open a selectbox or multiselect and click one option by its exact text."""
    item = page.get_by_role("option", name=option, exact=True)
    field = box.get_by_role("combobox")
    field.click()
    for opener in ("ArrowDown", "click", "ArrowDown"):  # a list that did not open (or shut on a rerun) is reopened
        try:
            item.wait_for(state="visible", timeout=5_000)
            break
        except PlaywrightTimeout:
            field.click() if opener == "click" else field.press(opener)
    item.click()
    wait_idle(page)


def shows(box):
    """A selectbox's shown value: in this Streamlit it is the value of its combobox input."""
    return expect(box.get_by_role("combobox"))


def close_dropdown(page) -> None:
    page.keyboard.press("Escape")
    wait_idle(page, settle_ms=100)


def score_value(page):
    """The live scorecard's overall score, e.g. '7/100'."""
    return page.get_by_test_id("stMetric").filter(has_text="Overall").get_by_test_id("stMetricValue")


def overall(page) -> str:
    return score_value(page).inner_text()


def main_text(page) -> str:
    return page.get_by_test_id("stMain").inner_text()


def unescape_md(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


# --- the library ----------------------------------------------------------------------------------------

ROW_PX = 35  # Streamlit's data grid: header and rows are this tall


def library_rows(page):
    """The library table's rows, header first. The grid paints on a canvas; its accessible copy
    ([role=grid], not shown, hence CSS rather than get_by_role) holds the text."""
    return page.locator("[data-testid='stDataFrame'] [role='grid'] [role='row']")


def cell(page, text: str):
    return page.locator("[data-testid='stDataFrame'] [role='gridcell']").filter(
        has_text=re.compile(f"^{re.escape(text)}$"))


def search_library(page, text: str) -> None:
    box = by_key(page, "library:search").locator("input")
    box.fill(text)
    box.press("Enter")
    wait_idle(page)


def tick_row(page, row: int = 0) -> None:
    """Tick a row's box, at the table's left edge (the grid has no DOM checkbox to click)."""
    box = page.get_by_test_id("stDataFrame").bounding_box()
    page.mouse.click(box["x"] + 16, box["y"] + ROW_PX * (row + 1) + ROW_PX // 2)
    wait_idle(page)


def act(page, key: str, label: str) -> None:
    """Click one of the buttons above the table (Evaluate, Scorecard ...) once it is enabled."""
    button = by_key(page, key).get_by_role("button", name=label)
    expect(button).to_be_enabled()
    button.click()
    wait_idle(page)


def open_from_library(page, server, name: str, key: str, label: str) -> None:
    """Find a proposal by name in the library, tick its row and press an action's button."""
    open_at(page, server)
    search_library(page, name)
    expect(cell(page, name)).to_have_count(1)
    tick_row(page)
    act(page, key, label)


def test_the_library_lists_the_four_examples_on_first_run(page, server):
    open_at(page, server)
    expect(page.get_by_role("heading", name="Evaluations", exact=True)).to_be_visible()
    for name in EXAMPLES:
        expect(cell(page, name)).to_have_count(1)
    saved = ids(server)
    assert set(EXAMPLES) <= set(saved)
    # one row per saved evaluation (under the header row), nothing else
    expect(library_rows(page)).to_have_count(len(saved) + 1)
    screenshot(page, "library")


def test_searching_the_library_and_opening_a_ticked_row(page, server):
    open_at(page, server)
    search_library(page, "downtime-to-maintenance")  # any case, part of the name
    expect(cell(page, LOOP)).to_have_count(1)
    expect(cell(page, LINEVIEW)).to_have_count(0)
    expect(by_key(page, "library:open").get_by_role("button", name="Evaluate")).to_be_disabled()
    tick_row(page)
    expect(page.get_by_text("1 selected")).to_be_visible()
    screenshot(page, "library-search-ticked")
    with page.expect_download() as info:  # the ticked row's evaluation file, built when clicked
        by_key(page, "library:export").get_by_role("button", name="Export").click()
    assert info.value.suggested_filename == "downtime-to-maintenance-loop.json"
    assert evaluation_from_bytes(Path(info.value.path()).read_bytes()).proposal == LOOP
    act(page, "library:open", "Evaluate")
    assert opened_id(page) == ids(server)[LOOP]
    expect(page.get_by_role("heading", name=f"Evaluate: {LOOP}")).to_be_visible()


# --- the guided form ------------------------------------------------------------------------------------

def test_a_new_evaluation_is_answered_scored_live_and_survives_a_reload(page, server):
    open_at(page, server)
    form = library_form(page, "New evaluation")
    form.get_by_label("Proposal name").fill("Press line 4 retrofit")
    form.get_by_label("Vendor").fill("Acme Sensorics")
    form.get_by_role("button", name="Create and start evaluating").click()
    wait_idle(page)
    eid = opened_id(page)
    expect(page.get_by_role("heading", name="Evaluate: Press line 4 retrofit")).to_be_visible()
    assert overall(page) == "0/100"

    choose(page, by_key(page, f"section:{eid}"), "2. What data does it capture?")
    expect(page.get_by_role("heading", name="What data does it capture?")).to_be_visible()

    captured = by_key(page, ev_key(eid, "data.captured", "choices"))
    for data_type in ("Machine status", "Vibration", "Temperature"):
        choose(page, captured, data_type)
    close_dropdown(page)
    expect(captured.get_by_test_id("stMultiSelectTagsContainer")).to_contain_text("Vibration")
    # content entered: no level is taken in silence, the select asks for one (walk 67)
    shows(by_key(page, ev_key(eid, "data.captured", "evidence"))).to_have_value("")
    expect(page.get_by_text("Choose its evidence level to score it:")).to_be_visible()
    choose(page, by_key(page, ev_key(eid, "data.captured", "evidence")), "Demonstrated")
    # an edit reruns its question, which redraws the live summary: wait for the score, do not just read it
    expect(score_value(page)).not_to_have_text("0/100")
    after_choices = overall(page)

    protocols = by_key(page, ev_key(eid, "data.protocols", "text")).locator("textarea")
    protocols.fill("OPC UA from the press PLCs every second; MQTT from 12 vibration sensors every minute")
    protocols.press("Tab")  # a text area commits its value when it loses focus
    wait_idle(page)
    choose(page, by_key(page, ev_key(eid, "data.protocols", "evidence")), "Described specifically")
    expect(score_value(page)).not_to_have_text(after_choices)
    final = overall(page)
    assert int(final.split("/")[0]) > int(after_choices.split("/")[0])
    # two questions' fragments each redrew the summary into one slot: one summary, not two
    expect(page.get_by_role("heading", name="Live scorecard")).to_have_count(1)
    expect(page.get_by_test_id("stMetric").filter(has_text="Overall score")).to_have_count(1)
    screenshot(page, "evaluate")

    saved = Store(f"sqlite:///{server.database}").get(eid).evaluation  # what the database really holds
    assert sorted(saved.answer("data.captured").choices) == ["machine_status", "temperature", "vibration"]
    assert saved.answer("data.captured").evidence == "demonstrated"
    assert saved.answer("data.protocols").text.startswith("OPC UA from the press PLCs")
    assert saved.answer("data.protocols").evidence == "specific"

    page.reload(wait_until="domcontentloaded")
    wait_idle(page)
    assert opened_id(page) == eid
    expect(page.get_by_role("heading", name="Evaluate: Press line 4 retrofit")).to_be_visible()
    expect(score_value(page)).to_have_text(final)
    choose(page, by_key(page, f"section:{eid}"), "2. What data does it capture?")
    tags = by_key(page, ev_key(eid, "data.captured", "choices")).get_by_test_id("stMultiSelectTagsContainer")
    for data_type in ("Machine status", "Vibration", "Temperature"):
        expect(tags).to_contain_text(data_type)
    shows(by_key(page, ev_key(eid, "data.captured", "evidence"))).to_have_value("Demonstrated")
    expect(by_key(page, ev_key(eid, "data.protocols", "text")).locator("textarea")) \
        .to_have_value(re.compile(r"^OPC UA from the press PLCs"))
    shows(by_key(page, ev_key(eid, "data.protocols", "evidence"))).to_have_value("Described specifically")


# --- the scorecard and its exports ---------------------------------------------------------------------

def test_an_edit_refused_after_a_save_elsewhere_keeps_the_typed_text_and_taking_the_saved_one_shows_it(page, server):
    """The edit reruns only its question; a refused save must still reach the top of the page, and what was
    typed stays in its box (beside the saved answer) until the buyer takes the saved one."""
    from questions import Answer, Evaluation, load_bank

    store = Store(f"sqlite:///{server.database}")
    eid = store.create(Evaluation(bank_version=load_bank().version, proposal="Stale check", vendor="Acme")).id
    open_at(page, server, "evaluate", id=eid)
    choose(page, by_key(page, f"section:{eid}"), "2. What data does it capture?")
    protocols = by_key(page, ev_key(eid, "data.protocols", "text")).locator("textarea")

    latest = store.get(eid)  # meanwhile another tab saves an answer
    other = latest.evaluation.model_copy(update={"answers": [Answer(question="data.protocols", evidence="specific",
                                                                     text="Modbus TCP every 10 seconds")]})
    store.save(eid, other, expected_version=latest.version)

    protocols.fill("OPC UA every second")
    protocols.press("Tab")
    wait_idle(page)
    expect(page.get_by_test_id("stAlert").filter(has_text="changed elsewhere")).to_be_visible()
    expect(protocols).to_have_value("OPC UA every second")  # kept as typed
    assert store.get(eid).evaluation.answer("data.protocols").text == "Modbus TCP every 10 seconds"

    page.get_by_role("button", name="Take the saved one").click()
    wait_idle(page)
    expect(protocols).to_have_value("Modbus TCP every 10 seconds")
    expect(protocols).to_be_enabled()


def test_an_examples_scorecard_shows_score_gap_follow_up_and_verdict(page, server):
    card = score(load_evaluation(EXAMPLES[LINEVIEW]))
    assert card.gaps, "the LineView example is meant to have label gaps"
    open_from_library(page, server, LINEVIEW, "library:card", "Scorecard")
    expect(page).to_have_url(re.compile(r"/scorecard\?(.*&)?id=\w+"))
    expect(page.get_by_role("heading", name=f"Scorecard: {LINEVIEW}")).to_be_visible()
    score_metric = page.get_by_test_id("stMetric").filter(has_text="Overall score")
    expect(score_metric.get_by_test_id("stMetricValue")).to_have_text(f"{card.overall:.0f}/100")
    expect(page.get_by_test_id("stAlert").filter(has_text=card.verdict)).to_be_visible()
    gap = card.gaps[0]
    expect(page.get_by_role("heading", name=f"Label gaps ({len(card.gaps)})")).to_be_visible()
    expect(page.get_by_text(gap.follow_up, exact=True).first).to_be_visible()
    text = main_text(page)
    assert all(g.follow_up in text for g in card.gaps)
    assert gap.label_name in text
    screenshot(page, "scorecard")


def test_every_export_downloads_and_opens(page, server, tmp_path):
    evaluation = load_evaluation(EXAMPLES[LINEVIEW])
    card = score(evaluation)
    open_at(page, server, "scorecard", id=ids(server)[LINEVIEW])
    expect(page.get_by_role("heading", name="Export")).to_be_visible()
    files: dict[str, Path] = {}
    for name, export in EXPORTS.items():
        button = page.locator(f".{key_class('export:' + name)}").get_by_role("button", name=export.label)
        with page.expect_download() as info:
            button.click()
        download = info.value
        assert download.failure() is None, (name, download.failure())
        assert download.suggested_filename == export.filename(evaluation, key=ids(server)[LINEVIEW]), name
        files[name] = tmp_path / download.suggested_filename
        download.save_as(files[name])
        assert files[name].stat().st_size > 0, name
    wait_idle(page)  # on_click="ignore": a download starts no rerun, the page stays as it was
    expect(page.get_by_role("heading", name=f"Scorecard: {LINEVIEW}")).to_be_visible()

    back = evaluation_from_bytes(files["json"].read_bytes())
    assert back.proposal == LINEVIEW and back.answers == evaluation.answers
    assert score(back).overall == card.overall

    book = openpyxl.load_workbook(files["xlsx"], read_only=True)
    assert {"Summary", "Questions", "Gaps", "Risk flags"} <= set(book.sheetnames)
    rows = list(book["Questions"].iter_rows(values_only=True))
    assert rows[0][:3] == ("section", "question", "prompt")
    statement = next(r for r in rows[1:] if r[1] == "problem.statement")
    assert statement[2] == next(a.prompt for a in card.answers if a.question == "problem.statement")
    assert statement[3] and statement[5] is not None
    summary = dict(r[:2] for r in book["Summary"].iter_rows(min_row=2, values_only=True))
    assert summary["Verdict"] == card.verdict

    pdf_text = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(files["pdf"]).pages)
    flat = " ".join(pdf_text.split())
    assert LINEVIEW in flat
    assert re.search(r"\bgaps?\b", flat, re.IGNORECASE)
    assert " ".join(card.gaps[0].label_name.split()) in flat

    html = files["html"].read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert LINEVIEW in html

    markdown = files["markdown"].read_text(encoding="utf-8")
    assert card.verdict in unescape_md(markdown)

    table = list(csv.reader(io.StringIO(files["csv"].read_text(encoding="utf-8-sig"))))
    assert table[0][:2] == ["section", "question"] and len(table) == 1 + len(card.answers)
    letter = " ".join(files["letter"].read_text(encoding="utf-8").split())
    asked = open_questions(evaluation, card)  # the Follow-up page's next round, the one letter
    assert asked and all(" ".join(q.text.split()) in letter for q in asked)


# --- compare -------------------------------------------------------------------------------------------

def test_comparing_two_examples_shows_both_and_the_winner(page, server):
    expected = compare([load_evaluation(EXAMPLES[LINEVIEW]), load_evaluation(EXAMPLES[LOOP])])
    open_at(page, server, "compare")
    expect(page.get_by_role("heading", name="Compare proposals")).to_be_visible()
    picker = by_key(page, "compare:ids")
    expect(picker.get_by_role("combobox")).to_be_visible()
    wait_idle(page)  # the page's first pick (the latest saved) shown before it is cleared, or it stays beside ours
    clear = picker.get_by_role("button", name="Clear all")
    if clear.count():
        clear.click()
        wait_idle(page)
    expect(picker.get_by_role("button", name=re.compile("^Remove "))).to_have_count(0)
    find = page.get_by_role("textbox", name="Find proposals")  # a library of more than a page: found by name, as a buyer would
    for name, vendor in ((LINEVIEW, "Acme Sensorics"), (LOOP, "Optiline Systems")):
        type_into(page, find, name)
        choose(page, picker, f"{name} ({vendor})")
        close_dropdown(page)
    tags = picker.get_by_test_id("stMultiSelectTagsContainer")
    expect(tags).to_contain_text(LINEVIEW)
    expect(tags).to_contain_text(LOOP)
    winner = page.get_by_test_id("stAlertContentSuccess")
    expect(winner).to_contain_text(f"{expected.winner} ranks first")
    assert expected.winner == LOOP
    expect(page.get_by_role("heading", name="Gaps and flags of each proposal")).to_be_visible()
    for key, name in (("A", LINEVIEW), ("B", LOOP)):  # each proposal's own column of gaps and flags, headed by it
        expect(page.get_by_test_id("stMarkdownContainer").locator("strong").filter(
            has_text=re.compile(f"^{key}\\. {re.escape(name)}$")).last).to_be_visible()
    screenshot(page, "compare")


LONG_NAMES = [  # as the walk's: 80 to 120 characters, two alike in their first 70
    "Energy monitoring retrofit for compressed air, presses and hardening - VoltSight quotation Q-4410 for Plants 1-3",
    "Energy monitoring retrofit for compressed air, presses and hardening - VoltSight quotation Q-4411 for Plant 4",
    "Nimbus Connected Factory cloud IIoT platform for digital transformation across all three plants - offer NX-7731",
    "Predictive maintenance for presses and CNC lines - Vendor GmbH offer 2026-11"]


def test_four_long_named_proposals_open_together_keyed_marked_and_downloadable(page, server, tmp_path):
    """The walk's four proposals: all four are picked when Compare opens, each named in full once beside its key
    (A-D, as its column and bars are headed), an unreviewed draft is marked, and the comparison downloads."""
    store = Store(f"sqlite:///{server.database}")
    examples = [load_evaluation(p) for p in EXAMPLES.values()]
    drafted = [a.model_copy(update={"drafted": True, "reviewed": False}) for a in examples[0].answers]
    evaluations = [examples[0].model_copy(update={"answers": drafted})] + examples[1:]
    for evaluation, name in zip(evaluations, LONG_NAMES):  # the newest four of the library
        store.create(evaluation.model_copy(update={"proposal": name}))
    for width in (1400, 1280, 400):
        page.set_viewport_size({"width": width, "height": 1000})
        open_at(page, server, "compare")
        expect(page.get_by_text("Comparing the 4 most recently saved")).to_be_visible()
        key = page.get_by_test_id("stMarkdownContainer").filter(has_text=re.compile("^Key"))
        for name in LONG_NAMES:  # newest first: the order of the picker
            expect(key).to_contain_text(re.compile(f"[A-D] · {re.escape(name)}"))
        page.get_by_test_id("stExpander").filter(has_text="What problem does this solve?").first.click()
        expect(page.get_by_text("(draft, not reviewed)").first).to_be_visible()
        screenshot(page, f"compare_four_long_{width}")
    for label, suffix in (("Comparison (Markdown)", "md"), ("Comparison (Excel)", "xlsx"), ("Comparison (PDF)", "pdf"),
                          ("Comparison (Word)", "docx")):
        with page.expect_download() as info:
            page.get_by_role("button", name=label).click()
        path = tmp_path / info.value.suggested_filename
        info.value.save_as(path)
        assert path.suffix == f".{suffix}" and path.stat().st_size > 0
    assert all(name in path.with_suffix(".md").read_text(encoding="utf-8") for name in LONG_NAMES)
    assert openpyxl.load_workbook(path.with_suffix(".xlsx")).sheetnames[0] == "Ranking"
    assert path.with_suffix(".pdf").read_bytes().startswith(b"%PDF")


# --- questions ------------------------------------------------------------------------------------------

def test_the_questions_page_explains_sections_and_labels(page, server):
    open_at(page, server, "questions")
    expect(page.get_by_role("heading", name="Questions and labels")).to_be_visible()
    for tab in ("Sections and questions", "Labels", "Scope ladder", "Evidence levels"):
        expect(page.get_by_role("tab", name=tab)).to_be_visible()
    expect(page.get_by_text("Which of your plant's real problems does the proposal address?")).to_be_visible()
    expect(page.get_by_text("Which data does the system actually capture?")).not_to_be_visible()  # section 2 closed
    expect(page.get_by_text("Why we ask:").first).to_be_visible()
    screenshot(page, "questions")
    page.get_by_role("tab", name="Labels").click()
    expect(page.get_by_role("heading", name="Industry 4.0", exact=True)).to_be_visible()


# --- user text is shown, never run -----------------------------------------------------------------------

def test_a_proposal_named_like_html_shows_literally_and_runs_nothing(page, server, dialogs, page_errors):
    open_at(page, server)
    form = library_form(page, "New evaluation")
    form.get_by_label("Proposal name").fill(HOSTILE)
    form.get_by_role("button", name="Create and start evaluating").click()
    wait_idle(page)
    eid = opened_id(page)
    expect(page.get_by_role("heading", name=f"Evaluate: {HOSTILE}")).to_be_visible()
    expect(by_key(page, ev_key(eid, "header", "proposal")).locator("input")).to_have_value(HOSTILE)

    open_at(page, server, "scorecard", id=eid)
    expect(page.get_by_role("heading", name=f"Scorecard: {HOSTILE}")).to_be_visible()
    open_at(page, server)  # the library
    expect(cell(page, HOSTILE)).to_have_count(1)
    screenshot(page, "library-hostile-name")
    page.wait_for_timeout(500)  # a broken image's onerror would have fired by now
    assert page.locator("img[src='x']").count() == 0
    assert dialogs == [], dialogs
    assert page_errors == [], page_errors
