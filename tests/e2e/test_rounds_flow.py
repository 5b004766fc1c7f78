"""Clarification rounds in a real browser: a drafted proposal's open questions sent as round 1, the
letter downloaded as Word, the vendor's e-mail pasted, and what it settled shown.

Uses the shared server, browser and page fixtures of tests/e2e/conftest.py.
"""
from __future__ import annotations

import io
import time

import docx
from playwright.sync_api import expect

from browser_kit import TIMEOUT_MS, HeldUploads, by_key, screenshot, wait_idle
from rounds_corpus import cases, drafted
from reports.file_names import download_name
from test_draft_flow import store
from test_round_replies import KPI_LATER

expect.set_options(timeout=TIMEOUT_MS)
SPINDLE = dict(cases("tuning"))["spindle_ai"]


def wait_for(server, eid: str, done, what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while not done(store(server).get(eid).evaluation):
        assert time.monotonic() < deadline, f"{what} was never saved"
        time.sleep(0.5)


def send_round(page, server, eid: str) -> None:
    """Open Follow-up and send round 1, as the buyer clicks it."""
    page.goto(server.at("follow-up", id=eid), wait_until="domcontentloaded")
    wait_idle(page)
    by_key(page, f"rounds:{eid}:send").get_by_role("button").click()
    wait_for(server, eid, lambda ev: len(ev.rounds) == 1, "the round")
    wait_idle(page)


def paste_reply(page, server, eid: str, text: str) -> None:
    """Paste the vendor's e-mail into round 1's box and read it."""
    box = by_key(page, f"rounds:{eid}:paste").locator("textarea")
    box.fill(text)
    box.press("Tab")  # Streamlit takes the text when the box loses focus
    wait_idle(page)
    by_key(page, f"rounds:{eid}:read").get_by_role("button").click()
    wait_for(server, eid, lambda ev: ev.rounds[0].replied, "the reply")
    wait_idle(page)


def test_send_the_questions_paste_the_reply_and_see_what_it_settled(page, server, page_errors):
    eid = store(server).create(drafted(SPINDLE, "SpindleSense")).id
    page.goto(server.at("follow-up", id=eid), wait_until="domcontentloaded")
    wait_idle(page)
    expect(page.get_by_role("heading", name="Round 1: what is still open")).to_be_visible()
    by_key(page, f"rounds:{eid}:send").get_by_role("button").click()
    wait_for(server, eid, lambda ev: len(ev.rounds) == 1, "the round")
    wait_idle(page)
    expect(page.get_by_text("Round 1 is ready", exact=False)).to_be_visible()

    with page.expect_download() as info:
        page.get_by_role("button", name="Word (to edit)").click()
    proposal = store(server).get(eid).evaluation.proposal  # its words cut whole, then the round and the evaluation
    assert info.value.suggested_filename == download_name(proposal, "docx", "-round-1", eid, "proposal")
    letter = docx.Document(io.BytesIO(info.value.path().read_bytes()))
    asked = [q.text for q in store(server).get(eid).evaluation.rounds[0].questions]
    paragraphs = "\n".join(p.text for p in letter.paragraphs)
    assert all(paragraphs.count(question) == 1 for question in asked)  # each question once

    paste_reply(page, server, eid, SPINDLE["replies"]["specific"]["text"])
    expect(page.get_by_test_id("stAlert").filter(has_text="Round 1, sent").first).to_be_visible()
    round_ = store(server).get(eid).evaluation.rounds[0]
    assert round_.score_after > round_.score_before
    expect(page.get_by_test_id("stExpander").filter(has_text="Round 1, sent").first).to_contain_text("answered")
    screenshot(page, "follow-up-after-reply")
    assert not page_errors


def test_reading_a_reply_file_before_it_has_arrived_says_so_and_reads_it_once_it_has(page, server, page_errors):
    """Before, a click on Read while the chosen file was uploading said "Choose the reply's file first"."""
    eid = store(server).create(drafted(SPINDLE, "SpindleSense slow reply")).id
    page.goto(server.at("follow-up", id=eid), wait_until="domcontentloaded")
    wait_idle(page)
    by_key(page, f"rounds:{eid}:send").get_by_role("button").click()
    wait_for(server, eid, lambda ev: len(ev.rounds) == 1, "the round")
    wait_idle(page)
    page.get_by_text("Upload a file", exact=True).click()
    wait_idle(page)
    uploads = HeldUploads(page)
    box = by_key(page, f"rounds:{eid}:upload")
    box.locator("input[type='file']").set_input_files(
        files=[{"name": "reply.txt", "mimeType": "text/plain", "buffer": SPINDLE["replies"]["specific"]["text"].encode()}])
    uploads.wait_started()
    expect(box.get_by_role("button", name="Cancel upload of reply.txt")).to_be_visible()  # still uploading
    button = by_key(page, f"rounds:{eid}:read").get_by_role("button")
    button.click()
    wait_idle(page)
    expect(page.get_by_test_id("stAlert").filter(has_text="No file has arrived yet")).to_contain_text(
        "it is still uploading: click again when its upload has finished")
    assert not store(server).get(eid).evaluation.rounds[0].replied

    uploads.release()
    expect(box.get_by_role("button", name="Remove reply.txt")).to_be_visible()  # arrived
    wait_idle(page)
    button.click()
    wait_for(server, eid, lambda ev: ev.rounds[0].replied, "the reply")
    assert not page_errors


def test_a_reply_s_proposed_answers_wait_across_a_reload_and_taking_one_closes_its_question(page, server, page_errors):
    evaluation = drafted(SPINDLE, "SpindleSense, reviewed")
    mine = [a.model_copy(update={"drafted": False, "reviewed": True}) for a in evaluation.answers]
    eid = store(server).create(evaluation.model_copy(update={"answers": mine})).id  # every answer the buyer's own
    send_round(page, server, eid)
    paste_reply(page, server, eid, SPINDLE["replies"]["specific"]["text"])
    proposed = store(server).get(eid).evaluation.rounds[0].proposed
    assert proposed, "the reply answers questions whose answers the buyer made: it proposes changes"

    page.reload(wait_until="domcontentloaded")  # a new session: the proposals come from the saved round
    wait_idle(page)
    expect(page.get_by_role("heading", name="The reply proposes changes to answers you made")).to_be_visible()
    waiting = page.get_by_test_id("stExpander").filter(has_text="Round 1, sent").first
    screenshot(page, "follow-up-proposed-changes")
    qid = proposed[0].question
    by_key(page, f"rounds:{eid}:accept:{qid}").get_by_role("button").click()
    wait_for(server, eid, lambda ev: all(a.question != qid for a in ev.rounds[0].proposed), "the taken answer")
    wait_idle(page)
    taken = store(server).get(eid).evaluation
    assert taken.answer(qid).reviewed and taken.answer(qid).choices == proposed[0].choices
    expect(waiting).to_be_visible()
    assert not page_errors


def test_a_second_message_to_the_same_round_settles_what_the_first_left_open(page, server, page_errors):
    """Issue 16: the vendor answers round 1 in two e-mails; the second goes into the same round and the round lists
    both, each with its date and what it settled."""
    eid = store(server).create(drafted(SPINDLE, "SpindleSense, two messages")).id
    page.goto(server.at("follow-up", id=eid), wait_until="domcontentloaded")
    wait_idle(page)
    by_key(page, f"rounds:{eid}:send").get_by_role("button").click()
    wait_for(server, eid, lambda ev: len(ev.rounds) == 1, "the round")
    wait_idle(page)

    def paste_and_read(text: str) -> None:
        box = by_key(page, f"rounds:{eid}:paste").locator("textarea")
        box.fill(text)
        box.press("Tab")  # Streamlit takes the text when the box loses focus
        wait_idle(page)
        by_key(page, f"rounds:{eid}:read").get_by_role("button").click()

    paste_and_read(SPINDLE["replies"]["partial"]["text"])  # dodges the KPI
    wait_for(server, eid, lambda ev: ev.rounds[0].replied, "the first reply")
    wait_idle(page)
    first = store(server).get(eid).evaluation.rounds[0]
    left_open = {q.id for q in first.questions if q.topic == "kpi" and not q.settled}
    assert left_open, "the partial reply leaves the KPI open"
    expect(page.get_by_role("heading", name="Add another reply to round 1")).to_be_visible()

    paste_and_read(KPI_LATER["en"])
    wait_for(server, eid, lambda ev: len(ev.rounds[0].replies) == 2, "the second reply")
    wait_idle(page)
    [round_] = store(server).get(eid).evaluation.rounds  # the same round, no new one
    assert left_open <= set(round_.replies[1].settled)
    assert all(round_.settled_by(q).document == "Reply 2 to round 1" for q in left_open)
    listed = page.get_by_test_id("stExpander").filter(has_text="Round 1, sent").first
    for n, name in ((1, "Reply to round 1"), (2, "Reply 2 to round 1")):
        expect(listed).to_contain_text(f"Reply {n}: {name}, dated {round_.replies[n - 1].replied_on.isoformat()}")
    expect(listed).to_contain_text("(reply 2)")  # the question the second message settled
    screenshot(page, "follow-up-second-reply")
    assert not page_errors
