"""The Follow-up page in a real browser (walk81): an "Also ask" pick is saved and still picked after a reload, and goes
in the round sent; once a reply is read, what it settled and the changes it proposes come before the next letter.

Uses the shared server, browser and page fixtures of tests/e2e/conftest.py.
"""
from __future__ import annotations

from playwright.sync_api import expect

from browser_kit import TIMEOUT_MS, by_key, choose, screenshot, wait_idle
from questions.loader import load_bank
from rounds_corpus import cases, drafted
from scoring import score
from scoring.rounds import may_also_ask
from test_draft_flow import store
from test_rounds_flow import paste_reply, send_round, wait_for

expect.set_options(timeout=TIMEOUT_MS)
SPINDLE = dict(cases("tuning"))["spindle_ai"]


def test_an_also_ask_pick_stays_picked_after_a_reload_and_is_asked_in_the_round_sent(page, server, page_errors):
    evaluation = drafted(SPINDLE, "SpindleSense, picks")
    eid = store(server).create(evaluation).id
    qid = may_also_ask(evaluation, score(evaluation))[0]
    prompt = load_bank().questions()[qid].prompt
    page.goto(server.at("follow-up", id=eid), wait_until="domcontentloaded")
    wait_idle(page)
    picker = by_key(page, f"rounds:{eid}:also")
    choose(page, picker, prompt)
    page.keyboard.press("Escape")
    wait_for(server, eid, lambda ev: ev.also_ask == [qid], "the pick")

    page.reload(wait_until="domcontentloaded")  # a new session: the pick comes from the saved evaluation
    wait_idle(page)
    expect(by_key(page, f"rounds:{eid}:also").get_by_test_id("stMultiSelectTagsContainer")).to_contain_text(prompt)
    screenshot(page, "follow-up-pick-after-reload")
    by_key(page, f"rounds:{eid}:send").get_by_role("button").click()
    wait_for(server, eid, lambda ev: len(ev.rounds) == 1, "the round")
    sent = store(server).get(eid).evaluation
    assert any(f"question:{qid}" in q.sources for q in sent.rounds[0].questions) and sent.also_ask == []
    assert not page_errors


def test_what_the_reply_settled_and_changed_comes_before_the_next_letter(page, server, page_errors):
    evaluation = drafted(SPINDLE, "SpindleSense, order")
    mine = [a.model_copy(update={"drafted": False, "reviewed": True}) for a in evaluation.answers]
    eid = store(server).create(evaluation.model_copy(update={"answers": mine})).id  # the reply proposes changes
    send_round(page, server, eid)
    paste_reply(page, server, eid, SPINDLE["replies"]["specific"]["text"])

    def top(name: str) -> float:
        heading = page.get_by_role("heading", name=name)
        expect(heading).to_be_visible()
        return heading.bounding_box()["y"]

    settled, changed = top("What the reply to round 1 settled"), top("The reply proposes changes to answers you made")
    assert settled < changed < top("Round 2: what is still open")
    expect(page.get_by_test_id("stExpander").filter(has_text="Round 1, sent").first).to_be_visible()
    screenshot(page, "follow-up-settled-before-next-letter")
    assert not page_errors
