"""Nobody makes the team see their answers as someone else's (issue 19): signed in as Ann, a duplicate
of Raj's evaluation, a file naming Raj as its evaluator, and a forced edit of the read-only Evaluator
field each leave Ann the evaluator, on Consensus and in the store. Joining is in test_signin.py.
"""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from browser_kit import TIMEOUT_MS, VIEWPORT, import_file, by_key, library_form, opened_id, wait_idle
from oidc_kit import sign_in
from questions import Answer, Evaluation, load_bank
from store import Store

ANN, RAJ = "Ann Maintenance (ann@plant.example)", "Raj Controls (raj@plant.example)"
ROW_PX = 35  # Streamlit's data grid: header and rows are this tall

expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture
def ann(browser, team):
    """Ann, signed in, in a browser of her own."""
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    sign_in(page, team, "ann")
    yield page
    context.close()


def store(server) -> Store:
    return Store(f"sqlite:///{server.database}")


def rajs(proposal: str) -> Evaluation:
    """An evaluation Raj answered, as he would export it."""
    return Evaluation(bank_version=load_bank().version, proposal=proposal, vendor="Belt & Co", evaluator=RAJ,
                      answers=[Answer(question="problem.statement", text="Raj: belt 3 slips twice a shift")])


def consensus_shows_only_ann(page, server, eid: str) -> None:
    page.goto(server.at("consensus", id=eid), wait_until="domcontentloaded")
    wait_idle(page)
    expect(page.get_by_text(re.compile(r"^1 evaluator: "))).to_have_text(f"1 evaluator: {ANN}")
    expect(page.get_by_text("Raj Controls")).to_have_count(0)
    assert store(server).get(eid).evaluation.evaluator == ANN


def test_a_duplicate_of_another_evaluator_s_evaluation_is_evaluated_by_whoever_made_it(team, ann):
    source = store(team).create(rajs("Conveyor belt sensors"), owner="raj@plant.example")
    ann.goto(team.at(), wait_until="domcontentloaded")
    wait_idle(ann)
    search = by_key(ann, "library:search").locator("input")
    search.fill("Conveyor belt sensors")
    search.press("Enter")
    wait_idle(ann)
    grid = ann.get_by_test_id("stDataFrame").bounding_box()
    ann.mouse.click(grid["x"] + 16, grid["y"] + ROW_PX + ROW_PX // 2)  # the one row's tick box
    wait_idle(ann)
    by_key(ann, "library:dup").get_by_role("button", name="Duplicate").click()
    wait_idle(ann)
    copies = [s for s in store(team).list() if s.proposal == "Conveyor belt sensors (copy)"]
    assert [s.owner for s in copies] == ["ann@plant.example"]
    assert store(team).get(copies[0].id).evaluation.answer("problem.statement").text.startswith("Raj:")  # copied
    consensus_shows_only_ann(ann, team, copies[0].id)
    assert store(team).get(source.id).evaluation.evaluator == RAJ  # his own stays his


def test_a_file_naming_another_evaluator_is_evaluated_by_whoever_imports_it(team, ann, tmp_path):
    file = tmp_path / "raj.json"
    file.write_text(rajs("Conveyor belt sensors, as a file").model_dump_json(), encoding="utf-8")
    ann.goto(team.at(), wait_until="domcontentloaded")
    wait_idle(ann)
    import_file(ann, file)
    expect(ann.get_by_text("Imported Conveyor belt sensors, as a file")).to_be_visible()
    imported = [s for s in store(team).list() if s.proposal == "Conveyor belt sensors, as a file"]
    assert [s.owner for s in imported] == ["ann@plant.example"]
    consensus_shows_only_ann(ann, team, imported[0].id)


def test_the_evaluator_field_cannot_be_made_someone_else_s_even_forced_open(team, ann):
    form = library_form(ann, "New evaluation")
    expect(form.get_by_label("Evaluator")).to_be_disabled()
    expect(form.get_by_label("Evaluator")).to_have_value(ANN)
    form.get_by_label("Proposal name").fill("Press 7 guarding")
    form.get_by_role("button", name="Create and start evaluating").click()
    wait_idle(ann)
    eid = opened_id(ann)
    header = by_key(ann, f"ev:{eid}:header:evaluator_account").locator("input")
    expect(header).to_be_disabled()
    header.evaluate("box => { box.disabled = false; box.readOnly = false; }")  # what a hostile page could do
    header.fill(RAJ)
    header.press("Tab")
    wait_idle(ann)
    vendor = by_key(ann, f"ev:{eid}:header:vendor").locator("input")
    vendor.fill("Guardline")  # a save of the header, with whatever the page now holds
    vendor.press("Tab")
    wait_idle(ann)
    assert store(team).get(eid).evaluation.vendor == "Guardline"
    consensus_shows_only_ann(ann, team, eid)
