"""Two signed-in evaluators score the same proposal on their own, in two browsers, and the
Consensus page shows where they disagree. Neither can change the other's answers.
"""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from browser_kit import ROOT, TIMEOUT_MS, VIEWPORT, choose, by_key, opened_id, screenshot, wait_idle
from oidc_kit import provider, sign_in, signed_server
from questions import load_bank
from store import Store

PEOPLE = {"ann": {"email": "ann@plant.example", "name": "Ann Maintenance"},
          "raj": {"email": "raj@plant.example", "name": "Raj Controls"}}
LINEVIEW = "LineView Pro: downtime dashboard"
QID = "data.history"  # a one-option question: Ann says years of exportable history, Raj weeks
PROMPT = load_bank().questions()[QID].prompt
SECTION = "2. What data does it capture?"
HOSTILE = "Ask again <img src=x onerror=alert(1)> **really**"

expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture(scope="module")
def team(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("consensus")
    with provider(PEOPLE) as provider_url, signed_server(workdir, provider_url, ["@plant.example"]) as server:
        Store(f"sqlite:///{server.database}").seed_examples(ROOT / "examples")
        yield server


@pytest.fixture
def two_browsers(browser):
    contexts = [browser.new_context(viewport=VIEWPORT) for _ in range(2)]
    for context in contexts:
        context.set_default_timeout(TIMEOUT_MS)
    yield [context.new_page() for context in contexts]
    for context in contexts:
        context.close()


def store(server) -> Store:
    return Store(f"sqlite:///{server.database}")


def join_and_answer(page, server, lineview: str, option: str, evidence: str) -> str:
    """On the Consensus page: join, then answer the data-history question on one's own evaluation."""
    page.goto(server.at("consensus", id=lineview), wait_until="domcontentloaded")
    wait_idle(page)
    page.get_by_role("button", name="Join this proposal as an evaluator").click()
    wait_idle(page)
    eid = opened_id(page)
    assert eid != lineview
    choose(page, by_key(page, f"section:{eid}"), SECTION)
    choose(page, by_key(page, f"ev:{eid}:{QID}:choice"), option)
    choose(page, by_key(page, f"ev:{eid}:{QID}:evidence"), evidence)
    saved = store(server).get(eid).evaluation.answer(QID)
    assert saved is not None and saved.evidence != "not_answered"
    return eid


def test_two_evaluators_disagree_and_the_consensus_page_shows_where(team, two_browsers):
    ann, raj = two_browsers
    lineview = next(s.id for s in store(team).list() if s.proposal == LINEVIEW)
    sign_in(ann, team, "ann")
    sign_in(raj, team, "raj")
    ann_id = join_and_answer(ann, team, lineview, "Years, exportable in an open format", "Proven")
    raj_id = join_and_answer(raj, team, lineview, "Weeks", "Vendor's claim")

    group = store(team).group(lineview)
    owners = {s.owner: s for s in group}
    assert owners["ann@plant.example"].id == ann_id and owners["raj@plant.example"].id == raj_id
    assert owners["ann@plant.example"].evaluation.evaluator == "Ann Maintenance (ann@plant.example)"

    ann.goto(team.at("consensus", id=ann_id), wait_until="domcontentloaded")
    wait_idle(ann)
    screenshot(ann, "consensus-disagreement")
    expect(ann.get_by_text("Ann Maintenance (ann@plant.example)").first).to_be_visible()
    expect(ann.get_by_text("Raj Controls (raj@plant.example)").first).to_be_visible()
    flagged = ann.get_by_test_id("stExpander").filter(has_text=PROMPT)
    expect(flagged).to_contain_text("Disagreement")
    if not flagged.locator("textarea").is_visible():  # folded only when there are many disagreements
        flagged.locator("summary").click()
        wait_idle(ann)
    expect(flagged).to_contain_text("Weeks")
    expect(flagged).to_contain_text("Years, exportable")

    dialogs: list[str] = []
    ann.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    flagged.locator("textarea").fill(HOSTILE)
    flagged.get_by_role("button", name="Add comment").click()
    wait_idle(ann)
    flagged = ann.get_by_test_id("stExpander").filter(has_text=PROMPT)
    if not flagged.locator("textarea").is_visible():  # the rerun folded it again
        flagged.locator("summary").click()
        wait_idle(ann)
    expect(flagged).to_contain_text(HOSTILE)  # shown as the characters typed, not as markup
    assert ann.locator("img[src='x']").count() == 0 and dialogs == []
    screenshot(ann, "consensus-disagreement")


def test_an_evaluator_cannot_change_another_s_answers(team, two_browsers):
    ann, raj = two_browsers
    lineview = next(s.id for s in store(team).list() if s.proposal == LINEVIEW)
    sign_in(ann, team, "ann")
    ann_id = store(team).join(lineview, evaluator="Ann Maintenance (ann@plant.example)",
                              owner="ann@plant.example").id
    version = store(team).get(ann_id).version
    sign_in(raj, team, "raj")
    raj.goto(team.at("evaluate", id=ann_id), wait_until="domcontentloaded")
    wait_idle(raj)
    expect(raj.get_by_text("only they can change it").first).to_be_visible()
    expect(by_key(raj, f"ev:{ann_id}:header:vendor").locator("input")).to_be_disabled()
    expect(raj.get_by_role("button", name="Reload the latest version")).to_have_count(0)  # nothing to reload
    screenshot(raj, "consensus-not-yours")
    assert store(team).get(ann_id).version == version
