"""Drafting the answers from the proposal on the Evaluate page, driven headless with AppTest: read a
proposal, draft, see every drafted answer marked with its quotes and evidence, keep, reject, edit, clear,
re-draft a new version without losing the buyer's answers, and see the unreviewed count on the scorecard.

Every test gets its own SQLite file through WINNOW_DATABASE_URL, as in tests/test_proposal_app.py.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from questions import Answer, Evaluation
from reading.draft_review import progress
import kit
from kit import key, raw_text, shown
from paths import EXAMPLES_BANK_VERSION
from questions.wording import many

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.usefixtures("first_run")  # the examples saved, as by the app's first run

# A bottling line's proposal, written for these tests: substance with a little marketing on top.
PROPOSAL = """FillTrack for the Nordvik bottling hall: proposal 2026-114

FillTrack is a smart factory IoT platform that puts AI to work for your bottling hall.
We capture machine status, filler speed and reject counts from the Krones filler and labeller PLCs over OPC UA every 5 seconds.
Line operators enter the stop reason on a touch panel at the filler within 3 minutes of a stop.
A stop longer than 15 minutes opens a work order in your SAP PM, and the maintenance planner decides whether to send a technician.
The edge gateway opens no inbound port; it sends data outbound over MQTT with TLS to the plant server.
If the network is down, the gateway buffers 48 hours of data and sends it when the link is back.
The shift leader reviews the stop Pareto at the start of every shift.
Our service team updates the gateway software every quarter under the support contract.
We train operators in a one-hour session at the line."""
CAPTURE = ("We capture machine status, filler speed and reject counts from the Krones filler and labeller PLCs "
           "over OPC UA every 5 seconds.")
# Version 2 of the same proposal: the vendor now offers an in-house owner and a cloud link.
PROPOSAL_V2 = (PROPOSAL.replace("Our service team updates the gateway software every quarter under the support contract.",
                                "Your maintenance team will look after the gateway after a two-day handover.")
               .replace("We train operators in a one-hour session at the line.",
                        "We train operators and the shift leader in a half-day workshop on site."))
UNREVIEWED, REVIEWED = "Drafted from the proposal, not yet reviewed", "Drafted, reviewed"


@pytest.fixture
def eid(store) -> str:
    return store.create(Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="FillTrack quote",
                                   vendor="FillTrack")).id


def dkey(eid: str, part: str) -> str:
    return f"drafts:{eid}:{part}"


def open_form(eid: str) -> AppTest:
    return kit.open_app("evaluate", eid, timeout=60)


def read(at: AppTest, eid: str, text: str) -> AppTest:
    at.radio(key=f"proposal:{eid}:source").set_value("Paste the text").run()
    at.text_area(key=f"proposal:{eid}:paste").input(text)
    at.button(key=f"proposal:{eid}:read").click().run()
    assert not at.exception, at.exception
    return at


def click(at: AppTest, button_key: str) -> AppTest:
    at.button(key=button_key).click().run()
    assert not at.exception, at.exception
    return at


def drafted(eid: str, text: str = PROPOSAL) -> AppTest:
    """The form with `text` read and drafted."""
    return click(read(open_form(eid), eid, text), dkey(eid, "draft"))


def section(at: AppTest, eid: str, section_id: str) -> AppTest:
    at.selectbox(key=f"section:{eid}").set_value(section_id).run()
    assert not at.exception, at.exception
    return at


def bar_text(at: AppTest) -> str:
    """The progress line in the bar below the proposal panel."""
    return next(t for t in raw_text(at) if t.startswith("**") and "drafted" in t)


def summary_text(at: AppTest) -> str:
    """The progress line in the live summary."""
    return next(t for t in raw_text(at) if t.startswith(":material/auto_awesome:") and "drafted" in t)


# --- drafting ------------------------------------------------------------------------------------------

def test_drafting_fills_the_form_and_marks_every_drafted_answer_with_its_quotes_and_evidence(store, eid):
    at = drafted(eid)
    saved = store.get(eid).evaluation
    done = progress(saved)
    assert done.drafted >= 15 and done.reviewed == 0 and all(a.drafted and not a.reviewed for a in saved.answers)
    assert {"smart_factory", "iot", "ai"} <= set(saved.labels)
    assert at.multiselect(key=key(eid, "header", "labels")).value == saved.labels
    assert f"Drafted {many(done.drafted, 'answer')} from the proposal." in shown(at)
    assert bar_text(at) == f"**{done.drafted} answers drafted, 0 reviewed** · {done.drafted} still to review"
    assert summary_text(at).endswith(f"**{done.drafted} answers drafted, 0 reviewed** · {done.drafted} still to review")

    section(at, eid, "data")
    captured = saved.answer("data.captured")
    assert "machine_status" in captured.choices
    assert at.multiselect(key=key(eid, "data.captured", "choices")).value == captured.choices  # the form shows them
    assert at.selectbox(key=key(eid, "data.captured", "evidence")).value == "specific"
    page = shown(at)
    assert page.count(UNREVIEWED) == sum(a.unreviewed for a in saved.answers if a.question.startswith("data."))
    assert "Evidence: Described specifically" in page and f"“{CAPTURE}”" in page
    assert at.button(key=dkey(eid, "keep:data.captured")) and at.button(key=dkey(eid, "reject:data.captured"))


def test_a_drafted_sentence_with_markup_is_shown_as_text(store, eid):
    hostile = "We capture machine status from the <b>Krones</b> PLCs over OPC UA every **5 seconds** [link](http://x.io)."
    at = drafted(eid, PROPOSAL.replace(CAPTURE, hostile))
    assert store.get(eid).evaluation.answer("data.captured").quotes[0] == hostile
    section(at, eid, "data")
    sources = [t for t in raw_text(at) if "Krones" in t and t.startswith("“")]
    assert sources and all("<b>" not in t and "\\<b\\>" in t and "\\*\\*5" in t for t in sources)


def test_keeping_one_and_rejecting_another_is_saved_and_counted(store, eid):
    at = section(drafted(eid), eid, "data")
    total = progress(store.get(eid).evaluation).drafted
    before = store.get(eid).evaluation.answer("data.captured")
    click(at, dkey(eid, "keep:data.captured"))
    click(at, dkey(eid, "reject:data.sources"))
    saved = store.get(eid).evaluation
    assert saved.answer("data.captured") == before.model_copy(update={"reviewed": True})
    rejected = saved.answer("data.sources")
    assert rejected.reviewed and rejected.drafted and not rejected.choices and rejected.evidence == "not_answered"
    assert at.multiselect(key=key(eid, "data.sources", "choices")).value == []  # the form emptied too
    assert at.selectbox(key=key(eid, "data.sources", "evidence")).value is None  # no level
    page = shown(at)
    assert REVIEWED in page and "Drafted, rejected" in page
    line = f"**{total} answers drafted, 2 reviewed** · {total - 2} still to review"
    assert bar_text(at) == line and summary_text(at).endswith(line)  # the top of the page agrees with the summary


def test_rejecting_a_whole_section_empties_only_that_sections_drafts(store, eid):
    at = section(drafted(eid), eid, "security")
    ids = [a.question for a in store.get(eid).evaluation.answers]
    in_security = [q for q in ids if q.startswith("security.")]
    assert in_security and " to review here" in shown(at)
    click(at, dkey(eid, "reject-all:security"))
    saved = store.get(eid).evaluation
    for qid in in_security:
        answer = saved.answer(qid)
        assert answer.reviewed and not (answer.choices or answer.text or answer.quotes), qid
    assert all(a.unreviewed for a in saved.answers if not a.question.startswith("security."))
    assert " to review here" not in shown(at)
    section(at, eid, "data")
    click(at, dkey(eid, "keep-all:data"))
    assert all(a.reviewed for a in store.get(eid).evaluation.answers if a.question.startswith("data."))


def test_editing_a_drafted_answer_marks_it_reviewed(store, eid):
    at = section(drafted(eid), eid, "users")
    roles = at.multiselect(key=key(eid, "users.roles", "choices"))
    assert "operators" in roles.value
    roles.unselect("operators").run()
    assert not at.exception, at.exception
    answer = store.get(eid).evaluation.answer("users.roles")
    assert answer.drafted and answer.reviewed and "operators" not in answer.choices and answer.quotes
    assert REVIEWED in shown(at)
    assert ", 1 reviewed**" in bar_text(at)  # the top of the page follows an edit in the section


def test_an_ordinary_edit_drafts_nothing(store, eid, monkeypatch):
    from reading.draft import Drafter
    calls = []
    original = Drafter.draft_documents
    monkeypatch.setattr(Drafter, "draft_documents", lambda self, *a, **k: calls.append(1) or original(self, *a, **k))
    at = section(drafted(eid), eid, "users")
    assert calls == [1]  # the click
    at.multiselect(key=key(eid, "users.roles", "choices")).unselect("operators").run()
    at.text_input(key=key(eid, "users.roles", "note")).input("Four operators per shift").run()
    assert not at.exception and calls == [1]
    assert store.get(eid).evaluation.answer("users.roles").text == "Four operators per shift"


def test_emptying_a_drafted_answer_keeps_it_reviewed_and_drafting_again_leaves_it_so(store, eid):
    at = section(drafted(eid), eid, "users")
    assert at.selectbox(key=key(eid, "users.training", "choice")).value == "onsite"
    level = store.get(eid).evaluation.answer("users.training").evidence
    at.selectbox(key=key(eid, "users.training", "choice")).set_value("").run()
    answer = store.get(eid).evaluation.answer("users.training")
    assert answer is not None and answer.drafted and answer.reviewed and not answer.choices
    assert answer.quotes and answer.evidence == level  # the sentences and their level stay until the buyer removes them
    assert REVIEWED in shown(at)
    click(at, dkey(eid, "draft"))
    assert store.get(eid).evaluation.answer("users.training") == answer


def test_drafted_integration_rows_show_in_the_table_and_rejecting_empties_it(store, eid):
    at = section(drafted(eid), eid, "connect")
    rows = store.get(eid).evaluation.answer("connect.integrations").integrations
    assert ("maintenance", "opens a work order") in [(r.system, r.method) for r in rows]  # "opens a work order in your SAP PM"
    table = next(d for d in at.get("data_editor") if "system" in d.value.columns)
    assert list(table.value["system"]) == [r.system for r in rows] and list(table.value["method"]) == [r.method for r in rows]
    click(at, dkey(eid, "reject:connect.integrations"))
    answer = store.get(eid).evaluation.answer("connect.integrations")
    assert answer.reviewed and answer.integrations == []
    table = next(d for d in at.get("data_editor") if "system" in d.value.columns)
    assert table.value.empty


def test_removing_the_last_quote_of_a_drafted_answer_leaves_it_rejected(store, eid):
    at = section(drafted(eid), eid, "upkeep")
    answer = store.get(eid).evaluation.answer("upkeep.after_pilot")  # a text answer: its sentences are its quotes
    assert answer.unreviewed and answer.quotes
    at.text_area(key=key(eid, "upkeep.after_pilot", "text")).input("").run()  # the buyer deletes the text
    # ... which cuts the quotes the text held (answer_edits.typed); any other quote is removed one by one
    for _ in answer.quotes:
        unquote = next((b for b in at.button if b.key.startswith(key(eid, "upkeep.after_pilot", "unquote:"))), None)
        if unquote is None:
            break
        unquote.click().run()
        assert not at.exception, at.exception
    answer = store.get(eid).evaluation.answer("upkeep.after_pilot")
    assert answer is not None and answer.reviewed and not answer.quotes and not answer.text
    click(at, dkey(eid, "draft"))
    assert store.get(eid).evaluation.answer("upkeep.after_pilot") == answer  # drafting again does not bring it back


def test_clearing_unreviewed_drafts_asks_first_and_keeps_the_reviewed_ones(store, eid):
    at = section(drafted(eid), eid, "data")
    click(at, dkey(eid, "keep:data.captured"))
    assert "you have not reviewed yet" not in shown(at)  # nothing asked before the button
    click(at, dkey(eid, "clear_ask"))
    assert "Remove the" in shown(at) and "you have not reviewed yet" in shown(at)  # the confirmation
    version = store.get(eid).version
    click(at, dkey(eid, "clear_no"))  # Cancel: nothing cleared, the question gone
    assert store.get(eid).version == version and "you have not reviewed yet" not in shown(at)
    click(at, dkey(eid, "clear_ask"))
    click(at, dkey(eid, "clear"))
    saved = store.get(eid)
    assert saved.version == version + 1
    assert [a.question for a in saved.evaluation.answers] == ["data.captured"]
    assert saved.evaluation.answer("data.captured").reviewed
    assert at.multiselect(key=key(eid, "data.sources", "choices")).value == []
    assert bar_text(at) == "**1 answer drafted, 1 reviewed** · all reviewed"
    assert not [b for b in at.button if b.key == dkey(eid, "clear")]  # nothing left to clear


def test_redrafting_a_new_version_never_overwrites_what_the_buyer_reviewed_or_typed(store, eid):
    # the buyer typed an answer before drafting: the plant's own problem
    at = open_form(eid)
    at.multiselect(key=key(eid, "problem.plant_problems", "choices")).set_value(["quality_repeats"]).run()
    typed = store.get(eid).evaluation.answer("problem.plant_problems")
    assert typed is not None and not typed.drafted
    read(at, eid, PROPOSAL)
    click(at, dkey(eid, "draft"))
    assert store.get(eid).evaluation.answer("problem.plant_problems") == typed
    section(at, eid, "data")
    click(at, dkey(eid, "keep:data.captured"))
    click(at, dkey(eid, "reject:data.sources"))
    section(at, eid, "users")
    at.multiselect(key=key(eid, "users.roles", "choices")).set_value(["operators"]).run()
    mine = {q: store.get(eid).evaluation.answer(q)
            for q in ("problem.plant_problems", "data.captured", "data.sources", "users.roles")}
    owner_before = store.get(eid).evaluation.answer("upkeep.owner")
    assert owner_before.unreviewed and owner_before.choices == ["vendor_service"]

    first = store.get(eid).evaluation.documents[0]
    click(at, f"proposal:{eid}:remove:0:{first.sha256[:12]}")  # the vendor sent a new version: replace the old
    assert store.get(eid).evaluation.documents == []
    read(at, eid, PROPOSAL_V2)  # drafts again by itself, as answers were drafted before
    assert "were drafted again from all the documents; yours stay as they are" in shown(at)
    click(at, dkey(eid, "draft"))
    saved = store.get(eid).evaluation
    assert saved.proposal_text == PROPOSAL_V2
    assert {q: saved.answer(q) for q in mine} == mine  # typed, kept, rejected and edited: all as they were
    owner = saved.answer("upkeep.owner")  # an unreviewed draft follows the new text
    assert owner.unreviewed and owner.choices == ["maintenance_team"]
    assert " you typed or reviewed were left as they are" in shown(at)
    section(at, eid, "users")
    assert at.multiselect(key=key(eid, "users.roles", "choices")).value == ["operators"]


def test_a_draft_over_a_newer_version_is_refused_and_nothing_is_overwritten(store, eid):
    at = read(open_form(eid), eid, PROPOSAL)
    other = store.get(eid)
    store.save(eid, other.evaluation.model_copy(update={"vendor": "Changed in another tab"}), other.version)
    click(at, dkey(eid, "draft"))
    saved = store.get(eid)
    assert saved.version == other.version + 1 and saved.evaluation.answers == []
    assert "The draft was not saved" in shown(at) and "changed elsewhere" in shown(at)


def test_without_a_proposal_there_is_no_draft_bar(store, eid):
    at = open_form(eid)
    assert not [b for b in at.button if b.key == dkey(eid, "draft")]
    assert not any("drafted" in t for t in raw_text(at))


# --- the scorecard ----------------------------------------------------------------------------------------

def test_the_scorecard_says_how_many_answers_are_drafted_and_still_unreviewed(store, eid):
    at = section(drafted(eid), eid, "data")
    click(at, dkey(eid, "keep:data.captured"))
    done = progress(store.get(eid).evaluation)
    at.switch_page("views/scorecard.py").run()
    assert not at.exception, at.exception
    page = shown(at)
    assert f"{done.drafted} answers were drafted from the proposal; {done.unreviewed} are not yet reviewed" in page
    answers = "\n".join(h.value for h in at.html)  # the answers under each section's fold, in plain HTML
    assert answers.count("drafted, not yet reviewed") == done.unreviewed  # marked answer by answer


def test_the_scorecard_of_an_evaluation_without_drafts_says_nothing_about_drafts(store, eid):
    store.save(eid, store.get(eid).evaluation.model_copy(update={"answers": [
        Answer(question="data.captured", choices=["machine_status"], evidence="specific")]}), 1)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["id"] = eid
    at.run()
    at.switch_page("views/scorecard.py").run()
    assert not at.exception and "drafted" not in shown(at)


# --- the exports ---------------------------------------------------------------------------------------------

def test_every_export_says_how_many_answers_were_drafted_and_how_many_are_unreviewed():
    import csv
    import io

    from openpyxl import load_workbook
    from pypdf import PdfReader

    import scoring
    from reports import EXPORTS
    from reading.draft import draft
    from questions.answer_edits import keep

    evaluation = keep(draft(PROPOSAL, proposal="FillTrack quote", vendor="FillTrack"), ["data.captured", "data.sources"])
    done = progress(evaluation)
    assert done.reviewed == 2 and done.unreviewed == done.drafted - 2 > 0
    card = scoring.score(evaluation)
    said = f"{done.drafted} drafted from the proposal, {done.unreviewed} not yet reviewed by the buyer"
    out = {name: export.function(evaluation, card) for name, export in EXPORTS.items()}
    assert f"- **Drafted answers:** {said}" in out["markdown"].decode()
    assert f"<dt>Drafted answers</dt><dd>{said}</dd>" in out["html"].decode()
    pdf_text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(out["pdf"])).pages)
    assert f"Drafted answers: {said}" in pdf_text
    letter = " ".join(out["letter"].decode().split())
    assert "drafted by software" not in letter and "not reviewed" not in letter  # not how the buyer answered
    answers = json.loads(out["json"])["answers"]
    assert sum(a["drafted"] for a in answers) == done.drafted and sum(a["reviewed"] for a in answers) == 2

    rows = list(csv.DictReader(io.StringIO(out["csv"].decode("utf-8-sig"))))
    by_question = {r["question"]: r for r in rows}
    assert by_question["data.captured"]["drafted"] == "yes" and by_question["data.captured"]["reviewed"] == "yes"
    assert by_question["upkeep.owner"]["drafted"] == "yes" and by_question["upkeep.owner"]["reviewed"] == "no"
    assert sum(r["drafted"] == "yes" for r in rows) == done.drafted
    assert sum(r["reviewed"] == "no" for r in rows) == done.unreviewed
    untouched = next(r for r in rows if r["question"] not in {a.question for a in evaluation.answers})
    assert untouched["drafted"] == "no" and untouched["reviewed"] == ""

    wb = load_workbook(io.BytesIO(out["xlsx"]))
    summary = {row[0]: row[1] for row in wb["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Drafted answers"] == said
    head = [cell.value for cell in wb["Questions"][1]]
    sheet = {row[head.index("question")]: row for row in wb["Questions"].iter_rows(min_row=2, values_only=True)}
    assert sheet["data.captured"][head.index("reviewed")] == "yes"
    assert sheet["upkeep.owner"][head.index("reviewed")] == "no"


def test_exports_of_an_evaluation_nobody_drafted_say_nothing_about_drafts():
    import scoring
    from reports import EXPORTS

    evaluation = json.loads(next((ROOT / "examples").glob("b_*.json")).read_text())
    evaluation = Evaluation.model_validate(evaluation)
    card = scoring.score(evaluation)
    for name in ("markdown", "html", "letter"):
        assert "drafted" not in EXPORTS[name].function(evaluation, card).decode().lower(), name


def test_an_option_drafting_is_unsure_of_is_offered_to_check_and_counts_once_accepted(store, eid):
    text = PROPOSAL + "\nBefore the project, the fillers stopped several times a week and nobody knew why."
    at = section(drafted(eid, text), eid, "problem")
    saved = store.get(eid).evaluation.answer("problem.plant_problems")
    assert saved.suggested and not saved.choices  # offered, not ticked: no points yet
    option = saved.suggested[0]
    assert "Check this" in shown(at)
    click(at, dkey(eid, f"accept:problem.plant_problems:{option}"))
    accepted = store.get(eid).evaluation.answer("problem.plant_problems")
    assert option in accepted.choices and option not in accepted.suggested
    assert option in at.multiselect(key=key(eid, "problem.plant_problems", "choices")).value


def test_each_documents_remove_button_is_named_for_its_document(store, eid):
    """Walk 54 heard three buttons all called "Remove": a screen reader could not tell which file each removes."""
    at = read(open_form(eid), eid, PROPOSAL)
    first = store.get(eid).evaluation.documents[0]
    button = at.button(key=f"proposal:{eid}:remove:0:{first.sha256[:12]}")
    assert button.label == "Remove Proposal"


PRESS_OFFER = """PressGuard offer for the Kessler press shop
We fit vibration sensors on the 8 press motors of line 2 and read the PLCs over OPC UA every 10 seconds.
The system warns the maintenance planner 2 to 5 days before a bearing fails; the planner approves each work order in SAP PM.
Pilot: 8 weeks on line 2, measured against the downtime log of the last 12 months.
We commit to cut unplanned downtime on line 2 from 38 to 25 hours per month; if the cut is below 20 %, we refund 50 % of the subscription.
At a tier-1 supplier in Bavaria we reduced unplanned downtime by 37 %.
Annual subscription (software, remote support): 9.600,00 EUR."""


def test_the_draft_notice_counts_as_the_bar_does_offers_to_check_apart(store, eid):
    """A fresh-clone walk: "Drafted 17 answers from the proposal." above "15 answers drafted ... 2 answers with options
    to check"."""
    at = drafted(eid, PRESS_OFFER)
    done = progress(store.get(eid).evaluation)
    assert done.to_check  # the offer has answers only offered to check
    assert (f"Drafted {many(done.drafted, 'answer')} from the proposal, and {done.to_check} with options to check."
            in shown(at))
    assert f"{many(done.to_check, 'answer')} with options to check" in bar_text(at)
