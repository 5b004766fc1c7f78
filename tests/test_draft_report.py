"""Learning from reviews: the drafted options and phrases buyers reject most, read from a real store.

Each review is saved through the store as the app saves it: drafting merges into the saved answers
(views/drafts.py), Keep and Reject are questions.answer_edits', and an edit of a drafted answer marks
it reviewed (views/answer_inputs.py).
"""
import json
import sqlite3
import subprocess
import sys

import pytest

from kit import open_app
from paths import ROOT
from questions import Answer, Evaluation
from questions.models import Document
from reading.draft import draft, drafter_for
from reading.draft_report import report
from questions.answer_edits import accept_suggestion, clear_unreviewed, keep, merge_draft, reject
from store import Store
from store.draft_reviews import review_trails, trails

TEXT = ("We read spindle state and part counts from the Siemens S7 PLCs over OPC UA every second. "
        "Operators pick a downtime reason on a tablet at each press. "
        "Training on site for operators and shift leads. "
        "We fit new wireless vibration sensors on each press.")
SENSORS = "We fit new wireless vibration sensors on each press."


def drafted(store: Store, bank, text: str = TEXT):
    saved = store.create(Evaluation(bank_version=bank.version, proposal="Press line", documents=[Document(name="Proposal text", text=text)]))
    return store.save(saved.id, merge_draft(saved.evaluation, draft(text, bank), bank), saved.version)


def edit(saved, question: str, remove: str):
    """The buyer unticks one option of a drafted answer on the form: the answer is then reviewed."""
    answer = saved.evaluation.answer(question)
    assert remove in answer.choices, answer.choices  # the drafting rules still draft it
    changed = answer.model_copy(update={"choices": [c for c in answer.choices if c != remove], "reviewed": True})
    return replaced(saved.evaluation, changed)


def replaced(evaluation, answer):
    return evaluation.model_copy(update={"answers": [answer if a.question == answer.question else a
                                                     for a in evaluation.answers]})


@pytest.fixture
def reviewed(store, bank):
    """One drafted evaluation: data.captured kept, users.roles rejected, new_sensors removed from data.sources."""
    saved = drafted(store, bank)
    saved = store.save(saved.id, keep(saved.evaluation, ["data.captured"]), saved.version)
    saved = store.save(saved.id, reject(saved.evaluation, ["users.roles"]), saved.version)
    return store.save(saved.id, edit(saved, "data.sources", "new_sensors"), saved.version)


def rows(store, bank, question: str, option: str | None = None):
    found = report(trails(store.engine), drafter_for(bank))
    return [r for r in found.rows if r.question == question and option in (None, r.option)]


def test_an_option_the_buyer_removes_is_rejected_with_its_phrase_and_sentence(store, bank, reviewed):
    found = report(trails(store.engine), drafter_for(bank))
    [row] = [r for r in found.rows if (r.question, r.option) == ("data.sources", "new_sensors")]
    assert (row.drafted, row.kept, row.rejected, row.edited, row.rejection_rate) == (1, 0, 1, 1, 1.0)
    assert row.phrase and row.phrase in SENSORS.lower()
    assert row.examples == [SENSORS]
    assert found.rows[0].rejected == 1 and found.rows[-1].rejected == 0  # most rejected first


def test_the_options_an_edit_leaves_count_as_kept_and_edited(store, bank, reviewed):
    left = [r for r in rows(store, bank, "data.sources") if r.option != "new_sensors"]
    assert left and all((r.kept, r.rejected, r.edited) == (1, 0, 1) for r in left)


def test_a_kept_draft_counts_each_of_its_options_as_kept(store, bank, reviewed):
    kept = rows(store, bank, "data.captured")
    assert {r.option for r in kept} == set(reviewed.evaluation.answer("data.captured").choices)
    assert all((r.drafted, r.kept, r.rejected, r.edited, r.rejection_rate) == (1, 1, 0, 0, 0.0) for r in kept)


def test_a_rejected_draft_counts_every_option_rejected_with_the_sentences(store, bank, reviewed):
    rejected = rows(store, bank, "users.roles")
    assert {r.option for r in rejected} >= {"operators", "shift_leads"}
    assert all((r.rejected, r.kept, r.edited) == (1, 0, 0) for r in rejected)
    [leads] = [r for r in rejected if r.option == "shift_leads"]
    assert leads.phrase == "shift leads" and leads.examples == ["Training on site for operators and shift leads."]


def test_unreviewed_and_cleared_drafts_count_as_drafted_only(store, bank, reviewed):
    found = report(trails(store.engine), drafter_for(bank))
    assert found.reviewed == 3 and found.drafts == len(reviewed.evaluation.answers)
    cleared = store.save(reviewed.id, clear_unreviewed(reviewed.evaluation), reviewed.version)
    assert len(cleared.evaluation.answers) == 3
    training = rows(store, bank, "users.training")
    assert training and all((r.drafted, r.kept, r.rejected, r.rejection_rate) == (1, 0, 0, None) for r in training)


def test_a_redraft_before_the_review_counts_the_draft_the_buyer_saw(store, bank):
    first = drafted(store, bank, "We fit new wireless vibration sensors on each press.")
    text = "We read spindle state from the Siemens S7 PLCs over OPC UA every second."
    again = store.save(first.id, merge_draft(first.evaluation, draft(text, bank), bank), first.version)
    store.save(again.id, keep(again.evaluation, ["data.sources"]), again.version)
    sources = rows(store, bank, "data.sources")
    assert {r.option for r in sources} == {"plc_integration"} and all(r.kept == 1 for r in sources)


def test_an_accepted_suggestion_is_not_counted_as_drafted(store, bank):
    saved = drafted(store, bank)
    answer, question = saved.evaluation.answer("data.sources"), bank.questions()["data.sources"]
    offered = next(c.id for c in question.choices if c.id not in answer.choices)
    suggesting = replaced(saved.evaluation, answer.model_copy(update={"suggested": [offered]}))
    saved = store.save(saved.id, suggesting, saved.version)  # as if drafting had offered it to check
    saved = store.save(saved.id, accept_suggestion(saved.evaluation, question, offered), saved.version)
    store.save(saved.id, keep(saved.evaluation, ["data.sources"]), saved.version)
    sources = rows(store, bank, "data.sources")
    assert all((r.drafted, r.kept, r.accepted) == (0, 0, 1) for r in sources if r.option == offered)
    assert all((r.kept, r.edited) == (1, 0) for r in sources if r.option != offered)


def test_the_store_reads_the_reviews_on_sqlite_and_postgresql(store_url, bank):
    store = Store(store_url)
    saved = drafted(store, bank)
    store.save(saved.id, reject(saved.evaluation, ["users.roles"]), saved.version)
    [trail] = review_trails(store_url)
    assert trail.evaluation_id == saved.id and trail.first.answers == []
    assert ("users.roles", "reviewed", True) in [(c.question, c.field, c.after) for c in trail.changes]
    roles = [r for r in report([trail], drafter_for(bank)).rows if r.question == "users.roles"]
    assert roles and all(r.rejected == 1 for r in roles)


def test_the_report_itself_needs_no_storage_scoring_or_streamlit():
    code = ("import sys, reading.draft_report; print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('store', 'scoring', 'reports', 'views', 'streamlit', 'sqlalchemy')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.stdout.strip() == "[]", out.stderr


# --- the command line ---------------------------------------------------------------------------------

def run(*args):
    return subprocess.run([sys.executable, "-m", "store", "draft-report", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True)


def test_the_cli_prints_the_report_for_a_database_url_and_writes_nothing(store, app_url, reviewed):
    before = (store.history(reviewed.id), store.revisions(reviewed.id))
    out = run(app_url)
    assert out.returncode == 0, out.stderr
    assert "data.sources / new_sensors" in out.stdout and SENSORS in out.stdout
    data = json.loads(run(app_url, "--format", "json").stdout)
    assert data["reviewed"] == 3 and data["rows"][0]["rejected"] == 1
    assert (store.history(reviewed.id), store.revisions(reviewed.id)) == before


def test_a_bad_url_or_a_database_that_is_not_winnows_exits_2_with_one_line(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE parts (id INTEGER)")
    (tmp_path / "notes.db").write_text("not a database")
    content = other.read_bytes()
    for url in ("not a url", f"sqlite:///{tmp_path / 'missing.db'}", f"sqlite:///{other}",
                f"sqlite:///{tmp_path / 'notes.db'}", "nosuchdb://x/y"):
        out = run(url)
        assert out.returncode == 2 and not out.stdout, (url, out.stdout)
        assert out.stderr.startswith(f"winnow: {url}: ") and out.stderr.count("\n") == 1, (url, out.stderr)
    assert not (tmp_path / "missing.db").exists() and other.read_bytes() == content


def test_a_url_names_no_password_in_its_message():
    out = run("postgresql+psycopg://kim:secret@127.0.0.1:1/winnow")
    assert out.returncode == 2 and "secret" not in out.stderr and "kim:***@" in out.stderr


# --- the Questions page -------------------------------------------------------------------------------

def test_the_questions_page_shows_the_rejected_drafts_only_when_opened(store, reviewed):
    at = open_app("questions")
    assert len(at.dataframe) == 1  # the evidence levels: the reviews are not read until asked for
    at.session_state["questions:rejected"] = True
    at.run()
    assert not at.exception, at.exception
    table = at.dataframe[1].value
    top = table.iloc[0]
    sources = __import__("questions").load_bank().questions()["data.sources"]  # in the buyer's words, the key last
    assert (top["Question"], top["Option"], top["Rejected"]) == (sources.prompt, sources.choice_names()["new_sensors"], 1)
    assert top["Rule key"] == "data.sources: new_sensors"
    assert SENSORS in top["Rejected on"]
    assert not any(m.allow_html for m in at.markdown)


def test_a_rejected_draft_no_phrase_drafted_names_the_kind_of_rule_that_did(store, bank):
    """A walk rejected "Months" drafted from "kept 30 days" and a KPI: the Phrase column was empty."""
    text = "Every carton image is kept for 30 days on the line server. Operators see each reject on the HMI."
    saved = drafted(store, bank, text)
    assert saved.evaluation.answer("data.history").choices
    store.save(saved.id, reject(saved.evaluation, ["data.history"]), saved.version)
    [row] = rows(store, bank, "data.history")
    assert row.rejected == 1 and row.phrase == "" and "length of time" in row.rule
    assert "length of time" in report(trails(store.engine), drafter_for(bank)).text()


# --- every kind of review the trail holds (walk 61: an edit, accepted offers and a replaced option went missing) ---

def test_text_the_buyer_appends_to_a_drafted_answer_counts_it_edited(store, bank):
    from questions.answer_edits import typed
    saved = drafted(store, bank)
    before = saved.evaluation.answer("users.daily_use")
    after = typed("users.daily_use", {"text": before.text + " The planner checks it daily."}, before.evidence, before)
    store.save(saved.id, replaced(saved.evaluation, after), saved.version)
    found = report(trails(store.engine), drafter_for(bank))
    assert found.kinds["edited"] == 1 and "1 edited" in found.summary()
    [row] = [r for r in found.rows if r.question == "users.daily_use"]
    assert (row.kept, row.edited, row.rejected) == (1, 1, 0)


def test_an_option_accepted_from_check_this_is_counted_accepted_never_kept_nor_a_draft(store, bank):
    saved = drafted(store, bank)
    offered = Answer(question="workflow.analytics", evidence="vendor_claim", suggested=["prediction"], drafted=True,
                     quotes=["We fit new wireless vibration sensors on each press."])
    saved = store.save(saved.id, saved.evaluation.model_copy(update={"answers": [*saved.evaluation.answers, offered]}),
                       saved.version)
    count = report(trails(store.engine), drafter_for(bank)).drafts
    store.save(saved.id, accept_suggestion(saved.evaluation, bank.questions()["workflow.analytics"], "prediction"),
               saved.version)
    found = report(trails(store.engine), drafter_for(bank))
    assert found.drafts == count and found.kinds["accepted"] == 1  # an answer of options to check is no draft
    [row] = [r for r in found.rows if r.question == "workflow.analytics"]
    assert (row.drafted, row.kept, row.accepted) == (0, 0, 1)
    assert 'Across 1 evaluation: ' in found.summary() and '1 option accepted from "check this"' in found.summary()


def test_a_drafted_choice_the_buyer_replaced_by_an_accepted_offer_is_rejected_not_lost(store, bank):
    text = "Every carton image is kept for 30 days on the line server."
    saved = drafted(store, bank, text)
    answer, question = saved.evaluation.answer("data.history"), bank.questions()["data.history"]
    [was] = answer.choices
    other = next(c.id for c in question.choices if c.id != was)
    saved = store.save(saved.id, replaced(saved.evaluation, answer.model_copy(update={"suggested": [other]})),
                       saved.version)
    saved = store.save(saved.id, accept_suggestion(saved.evaluation, question, other), saved.version)
    store.save(saved.id, keep(saved.evaluation, ["data.history"]), saved.version)
    found = {r.option: r for r in rows(store, bank, "data.history")}
    assert found[was].rejected == 1 and found[other].accepted == 1 and found[other].drafted == 0


def test_rejecting_a_draft_beside_an_accepted_offer_is_a_rejection_not_an_edit(store, bank):
    saved = drafted(store, bank)
    answer, question = saved.evaluation.answer("workflow.outputs"), bank.questions()["workflow.outputs"]
    other = next(c.id for c in question.choices if c.id not in answer.choices)
    saved = store.save(saved.id, replaced(saved.evaluation, answer.model_copy(update={"suggested": [other]})),
                       saved.version)
    saved = store.save(saved.id, accept_suggestion(saved.evaluation, question, other), saved.version)
    store.save(saved.id, reject(saved.evaluation, ["workflow.outputs"]), saved.version)
    found = report(trails(store.engine), drafter_for(bank))
    assert found.kinds["rejected"] == 1 and found.kinds["edited"] == 0
    outputs = [r for r in found.rows if r.question == "workflow.outputs"]
    assert all(r.rejected == 1 and r.edited == 0 for r in outputs if r.option in answer.choices)


def test_the_questions_page_says_its_counts_are_across_the_teams_evaluations(store, reviewed):
    at = open_app("questions")
    at.session_state["questions:rejected"] = True
    at.run()
    assert not at.exception, at.exception
    assert any(c.value.startswith("Across 1 evaluation: ") and "(1 kept as drafted, 1 edited, 1 rejected)" in c.value
               for c in at.caption)
    assert "Accepted from check this" in at.dataframe[1].value.columns
