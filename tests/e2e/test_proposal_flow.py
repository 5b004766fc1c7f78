"""The vendor's proposal in a real browser: upload a PDF, see its sentences highlighted, accept a suggested
quote, find it on the scorecard and in the Markdown export; a hostile file is refused and the page stays
usable; markup in a proposal stays text.

Uses the shared server, browser and page fixtures of tests/e2e/conftest.py.
"""
from __future__ import annotations

import io
import json
import re
import time

import numpy as np
from PIL import Image
from playwright.sync_api import expect

from browser_kit import ROOT, SCREENSHOTS, TIMEOUT_MS, HeldUploads, by_key, key_class, screenshot, wait_idle
from questions import Evaluation
from reports import EXPORTS
from store import Store
from kit import pdf_of

expect.set_options(timeout=TIMEOUT_MS)

PROPOSAL = [
    "LineSight 4.0: Industry 4.0 for your press shop",
    "LineSight is an Industry 4.0 platform that brings AI-powered insights and true digital transformation "
    "to your smart factory.",
    "Our IoT solution unlocks the full potential of your data and empowers your people.",
    "With real-time visibility you will be ready for the fourth industrial revolution.",
    "We capture machine status and downtime reasons from the press PLCs over OPC UA every 5 seconds.",
    "The maintenance planner receives a work order in SAP PM within 2 minutes of an unplanned stop.",
    "Predictive maintenance powered by machine learning will transform your operations.",
    "Contact us today to start your journey.",
]
OPC_UA = PROPOSAL[4]
LABEL_SENTENCE = PROPOSAL[2]
# The grid's cell backgrounds, as views/proposal.py colours them.
AMBER, GREEN = (0xFF, 0xE3, 0xA3), (0xC9, 0xEC, 0xD2)


# --- helpers ---------------------------------------------------------------------------------------------

def store(server) -> Store:
    return Store(f"sqlite:///{server.database}")


def new_evaluation(server, name: str) -> str:
    bank_version = json.loads(next((ROOT / "examples").glob("*.json")).read_text())["bank_version"]
    return store(server).create(Evaluation(bank_version=bank_version, proposal=name, vendor="LineSight")).id


def open_form(page, server, eid: str) -> None:
    page.goto(server.at("evaluate", id=eid), wait_until="domcontentloaded")
    wait_idle(page)
    expect(page.get_by_text("The vendor's documents", exact=True)).to_be_visible()


def upload(page, eid: str, name: str, data: bytes, mime: str) -> None:
    box = by_key(page, f"proposal:{eid}:upload")
    box.locator("input[type='file']").set_input_files(files=[{"name": name, "mimeType": mime, "buffer": data}])
    expect(box.get_by_text(name, exact=True)).to_be_visible()
    wait_idle(page)


def read(page, eid: str) -> None:
    by_key(page, f"proposal:{eid}:read").get_by_role("button").click()
    wait_idle(page)


def panel(page):
    return page.get_by_test_id("stExpander").filter(has_text="The vendor's documents").first


def sentence_cells(page, showing: str) -> list[str]:
    """The sentence grid's cells as its accessible table holds them (the grid itself is a canvas), once
    the grid shows `showing`."""
    grid = panel(page).get_by_test_id("stDataFrame").filter(has_text="Marked as")
    expect(grid.locator("td[role='gridcell']").filter(has_text=showing).first).to_be_attached()
    return grid.locator("td[role='gridcell']").all_text_contents()


def next_section(page, eid: str, title: str) -> None:
    by_key(page, f"next:{eid}").get_by_role("button", name="Next").click()
    wait_idle(page)
    expect(page.get_by_role("heading", name=title, exact=True)).to_be_visible()


def accept_first(page, server, eid: str, qid: str, suggested) -> None:
    """Click the first Accept and wait until the quote is saved. On a loaded machine a click that
    lands while the section is still re-running is dropped by the browser, so click again then."""
    button = suggested.get_by_role("button", name="Accept").first
    button.click()
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    def saved() -> bool:
        answer = store(server).get(eid).evaluation.answer(qid)
        return answer is not None and bool(answer.quotes)
    while time.monotonic() < deadline:
        wait_idle(page)
        if saved():
            return
        time.sleep(2)
        if not saved() and button.is_visible():
            button.click()
    raise AssertionError(f"accepting a suggested quote for {qid} was never saved")


def pixels_near(image: Image.Image, colour: tuple[int, int, int], tolerance: int = 6) -> int:
    pixels = np.asarray(image.convert("RGB"), dtype=np.int16)
    return int((np.abs(pixels - np.array(colour)) <= tolerance).all(axis=-1).sum())


def shot_of(page, locator, name: str):
    """An element's screenshot, with the viewport stretched first so a tall element is not cut off."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    size = page.viewport_size
    box = locator.bounding_box()
    page.set_viewport_size({"width": size["width"], "height": min(int(box["y"] + box["height"]) + 200, 8000)})
    try:
        page.wait_for_timeout(500)  # the grid redraws at the new size
        locator.screenshot(path=str(path))
    finally:
        page.set_viewport_size(size)
    return path


# --- the flow ---------------------------------------------------------------------------------------------

def test_an_uploaded_pdf_is_highlighted_quoted_on_the_scorecard_and_exported(page, server, tmp_path, dialogs,
                                                                           page_errors):
    eid = new_evaluation(server, "LineSight press shop")
    open_form(page, server, eid)
    upload(page, eid, "linesight.pdf", pdf_of(PROPOSAL), "application/pdf")
    read(page, eid)

    notice = page.get_by_test_id("stAlert").filter(has_text="linesight.pdf (1 page)")
    expect(notice).to_contain_text("Labels found in the proposal were added: Industry 4.0")
    expect(notice).to_contain_text("Remove any that do not apply.")
    tags = by_key(page, f"ev:{eid}:header:labels").get_by_test_id("stMultiSelectTagsContainer")
    for label in ("Industry 4.0", "IoT", "AI / machine learning"):
        expect(tags).to_contain_text(label)
    ratio = panel(page).get_by_test_id("stMetric").filter(has_text="Substance ratio")
    expect(ratio.get_by_test_id("stMetricValue")).to_have_text("29%")
    saved = store(server).get(eid).evaluation
    assert OPC_UA in saved.proposal_text and "industry_4_0" in saved.labels

    cells = sentence_cells(page, OPC_UA)
    assert OPC_UA in cells and LABEL_SENTENCE in cells
    assert cells[cells.index(OPC_UA) + 1] == "Proposal p. 1"  # where it is, then how it is marked
    assert cells[cells.index(OPC_UA) + 2] == "Substance" and cells[cells.index(LABEL_SENTENCE) + 2] == "Label"
    grid = panel(page).get_by_test_id("stDataFrame").filter(has_text="Marked as")
    grid.scroll_into_view_if_needed()
    painted = Image.open(io.BytesIO(grid.screenshot()))
    assert pixels_near(painted, AMBER) > 2000, "no amber (label) rows painted"
    assert pixels_near(painted, GREEN) > 1000, "no green (substance) rows painted"
    screenshot(page, "proposal-page")
    shot_of(page, panel(page), "proposal")

    # a suggested quote, accepted under its question
    next_section(page, eid, "What data does it capture?")
    suggested = by_key(page, f"ev:{eid}:data.captured:suggested")
    expect(suggested).to_contain_text("Suggested from the proposal (2)")
    suggested.locator("summary").click()
    first = suggested.get_by_role("textbox").first
    expect(first).to_have_value(OPC_UA)
    expect(suggested).to_contain_text("Described specifically")
    shot_of(page, by_key(page, f"ev:{eid}:data.captured:suggested"), "proposal-suggestion")
    accept_first(page, server, eid, "data.captured", suggested)
    question = page.get_by_test_id("stVerticalBlock").filter(has=by_key(page, f"ev:{eid}:data.captured:choices")).last
    expect(question).to_contain_text(f"“{OPC_UA}”")
    chosen = by_key(page, f"ev:{eid}:data.captured:choices").get_by_test_id("stMultiSelectTagsContainer")
    expect(chosen).to_contain_text("Machine status")
    expect(chosen).to_contain_text("Downtime")
    expect(by_key(page, f"ev:{eid}:data.captured:evidence").get_by_role("combobox")) \
        .to_have_value("Described specifically")
    expect(by_key(page, f"ev:{eid}:data.captured:suggested")).to_contain_text("Suggested from the proposal (1)")
    live = page.get_by_test_id("stMetric").filter(has_text="Overall score").get_by_test_id("stMetricValue")
    expect(live).not_to_have_text("0/100")  # the live scorecard counted the answer
    answer = store(server).get(eid).evaluation.answer("data.captured")
    assert answer.quotes == [OPC_UA] and answer.evidence == "specific"
    assert sorted(answer.choices) == ["downtime", "machine_status"]

    # the scorecard lists the quote under the answer
    page.get_by_role("link", name="Open the full scorecard").click()
    wait_idle(page)
    expect(page.get_by_role("heading", name="Scorecard: LineSight press shop")).to_be_visible()
    section = page.get_by_test_id("stExpander").filter(has_text="What data does it capture?")
    section.locator("summary").click()
    expect(section.get_by_text(f"Quoted: “{OPC_UA}” · Proposal p. 1", exact=True)).to_be_visible()

    # and the Markdown export holds the quote and the substance ratio
    button = by_key(page, "export:markdown").get_by_role("button", name=EXPORTS["markdown"].label)
    with page.expect_download() as info:
        button.click()
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    markdown = re.sub(r"\\(.)", r"\1", path.read_text(encoding="utf-8"))
    assert OPC_UA in markdown
    assert re.search(r"Substance ratio:\*\* Of \d+ sentences that use a label .*concrete \(29%;", markdown), markdown
    assert not dialogs and not page_errors


def test_read_before_the_chosen_file_has_arrived_says_so_and_reads_it_once_it_has(page, server, dialogs, page_errors):
    """A click on Read while the chosen file was still uploading said "Choose one or more files first"
    (the server learns of a file only once it has arrived): it says the file has not arrived yet."""
    eid = new_evaluation(server, "Slow upload")
    open_form(page, server, eid)
    uploads = HeldUploads(page)
    box = by_key(page, f"proposal:{eid}:upload")
    box.locator("input[type='file']").set_input_files(
        files=[{"name": "slow.pdf", "mimeType": "application/pdf", "buffer": pdf_of(PROPOSAL)}])
    uploads.wait_started()
    expect(box.get_by_role("button", name="Cancel upload of slow.pdf")).to_be_visible()  # still uploading
    read(page, eid)
    said = panel(page).get_by_test_id("stAlert")
    expect(said).to_contain_text("No file has arrived yet. If you have chosen one, it is still uploading: click "
                                 "again when its upload has finished.")
    assert store(server).get(eid).version == 1

    uploads.release()
    expect(box.get_by_role("button", name="Remove slow.pdf")).to_be_visible()  # arrived
    wait_idle(page)
    read(page, eid)
    expect(page.get_by_test_id("stAlert").filter(has_text="slow.pdf (1 page)")).to_contain_text("Labels found")
    assert OPC_UA in store(server).get(eid).evaluation.proposal_text
    assert not dialogs and not page_errors


def test_a_hostile_file_is_refused_with_its_reason_and_the_page_stays_usable(page, server, dialogs, page_errors):
    eid = new_evaluation(server, "Hostile upload")
    open_form(page, server, eid)
    version = store(server).get(eid).version
    upload(page, eid, "x.pdf", b"not a pdf", "application/pdf")
    read(page, eid)
    error = page.get_by_test_id("stAlert").filter(has_text="x.pdf:")
    expect(error).to_contain_text("content is not a PDF")
    expect(error).to_contain_text("Nothing saved was changed.")
    assert store(server).get(eid).version == version and store(server).get(eid).evaluation.proposal_text == ""
    screenshot(page, "proposal-hostile")

    # still usable: paste the text instead and read it
    panel(page).get_by_text("Paste the text", exact=True).click()
    wait_idle(page)
    area = by_key(page, f"proposal:{eid}:paste").locator("textarea")
    area.fill("\n".join(PROPOSAL))
    area.press("Tab")
    wait_idle(page)
    read(page, eid)
    expect(page.get_by_test_id("stAlert").filter(has_text="Pasted text")).to_contain_text("Labels found")
    assert OPC_UA in sentence_cells(page, OPC_UA)
    assert store(server).get(eid).evaluation.proposal_text == "\n".join(PROPOSAL)

    # a quote accepted, then removed: the question is unanswered again
    suggested = by_key(page, f"ev:{eid}:problem.statement:suggested")
    suggested.locator("summary").click()
    accept_first(page, server, eid, "problem.statement", suggested)
    evidence = by_key(page, f"ev:{eid}:problem.statement:evidence").get_by_role("combobox")
    expect(evidence).to_have_value("Described specifically")
    assert store(server).get(eid).evaluation.answer("problem.statement").quotes == [OPC_UA]
    page.locator(f"[class*='{key_class(f'ev:{eid}:problem.statement:unquote:')}']").get_by_role("button").click()
    wait_idle(page)
    expect(evidence).to_have_value("")  # no level: the select shows its placeholder
    expect(page.get_by_text(f"“{OPC_UA}”")).to_have_count(0)
    assert store(server).get(eid).evaluation.answer("problem.statement") is None
    assert not dialogs and not page_errors


def test_markup_in_a_proposal_stays_text(page, server, dialogs, page_errors):
    hostile = ("Our IoT alerts reach you <img src=x onerror=alert(1)> and <script>alert(2)</script> "
               "[click here](javascript:alert(3)) **now**.")
    eid = new_evaluation(server, "Markup in the proposal")
    open_form(page, server, eid)
    panel(page).get_by_text("Paste the text", exact=True).click()
    wait_idle(page)
    area = by_key(page, f"proposal:{eid}:paste").locator("textarea")
    area.fill(f"{hostile}\n{OPC_UA}")
    area.press("Tab")
    wait_idle(page)
    read(page, eid)
    assert hostile in sentence_cells(page, "Our IoT alerts")
    next_section(page, eid, "What data does it capture?")
    next_section(page, eid, "What workflow does it improve?")
    suggested = by_key(page, f"ev:{eid}:workflow.outputs:suggested")
    suggested.locator("summary").click()
    expect(suggested.get_by_role("textbox").first).to_have_value(hostile)
    accept_first(page, server, eid, "workflow.outputs", suggested)
    expect(page.get_by_text(f"“{hostile}” (Proposal)", exact=True)).to_be_visible()  # shown as written
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert store(server).get(eid).evaluation.answer("workflow.outputs").quotes == [hostile]
    assert not dialogs and not page_errors
