"""The Streamlit app, driven headless with AppTest: the pages a buyer uses, end to end.

Every test gets its own SQLite file through WINNOW_DATABASE_URL, so nothing touches data/.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from questions import Evaluation, load_evaluation
from reports import EXPORTS
from scoring import compare, score
from store import Store
from kit import IMPORT, NEW, key, open_app, opened, raw_text, shown, unescape

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))
HOSTILE_NAME = "<b>x</b> [click](javascript:alert(1))"


@pytest.fixture
def examples(store) -> dict[str, str]:
    """The four examples saved, as proposal name -> id (what a first run of the app does)."""
    store.seed_examples(ROOT / "examples")
    return {s.proposal: s.id for s in store.list()}


@pytest.fixture
def own_copy(store, examples) -> str:
    """The local user's own copy of the LineView example (the examples themselves are read-only)."""
    return store.duplicate(examples["LineView Pro: downtime dashboard"]).id











def library_table(at: AppTest):
    """The library page's table of evaluations, as shown (one page of it)."""
    return at.dataframe[0].value


def go_to_section(at: AppTest, eid: str, section: str) -> None:
    at.run()  # a full run, so the section picker outside the fragments is on the page
    at.selectbox(key=f"section:{eid}").set_value(section).run()
    assert not at.exception, at.exception


# --- first run and the library ----------------------------------------------------------------

@pytest.mark.parametrize("page", ["evaluate", "rounds"])
def test_an_example_says_it_is_read_only_once_per_page(examples, page):
    at = open_app(page, examples["PredictAI Maintenance Suite"])
    assert not at.exception, at.exception
    assert shown(at).count("kept read-only as a reference") == 1


def test_an_example_opens_read_only_with_the_way_to_a_copy_and_its_copy_is_editable(store, examples):
    eid = examples["LineView Pro: downtime dashboard"]
    at = open_app("evaluate", eid)
    assert not at.exception, at.exception
    assert "example evaluations, kept read-only" in shown(at)
    assert at.text_area(key=key(eid, "problem.statement", "text")).disabled
    library = open_app()  # the library's Duplicate, on the ticked example
    names = list(library_table(library)["Proposal"])
    library.session_state[library.dataframe[0].key] = {"selection": {"rows": [names.index(store.get(eid).evaluation.proposal)]}}
    library.run()
    library.button(key="library:dup").click().run()
    assert not library.exception, library.exception
    copy = next(store.get(s.id) for s in store.list() if s.proposal == "LineView Pro: downtime dashboard (copy)")
    assert copy.owner == ""
    at = open_app("evaluate", copy.id)
    assert "read-only" not in shown(at)
    at.text_area(key=key(copy.id, "problem.statement", "text")).input("Our own words").run()
    assert store.get(copy.id).evaluation.answer("problem.statement").text == "Our own words"
    assert store.get(eid).version == 1

def test_a_first_run_fills_an_empty_library_with_the_examples(store):
    at = open_app()
    names = {s.proposal for s in store.list()}
    assert len(names) == len(EXAMPLES) == 4
    assert set(library_table(at)["Proposal"]) == names
    assert at.title[0].value == "Evaluations"


def test_the_library_shows_each_proposals_score_scope_and_gaps(store, examples):
    table = library_table(open_app()).set_index("Proposal")
    loop = score(store.get(examples["Downtime-to-Maintenance Loop"]).evaluation)
    row = table.loc["Downtime-to-Maintenance Loop"]
    assert (round(row["Score"]), row["Claims"], row["Delivers"], row["Gaps"]) == (round(loop.overall), 3, 4, 0)
    ai = table.loc["PredictAI Maintenance Suite"]
    assert (ai["Claims"], ai["Delivers"], ai["Gaps"]) == (4, 0, 9)


def test_a_new_evaluation_opens_in_the_form_with_its_id_in_the_url(store, examples):
    at = opened(open_app(), NEW)
    at.text_input[0].input("Press line retrofit")
    at.text_input[1].input("Acme")
    at.button[0].click().run()  # "Create and start evaluating"
    new = next(s for s in store.list() if s.proposal == "Press line retrofit")
    assert at.query_params["id"] == new.id
    assert at.title[0].value.startswith("Evaluate")
    assert at.text_input(key=key(new.id, "header", "vendor")).value == "Acme"


def test_a_bad_import_is_refused_with_the_loaders_message_and_nothing_saved_changes(store, examples):
    before = [(s.id, s.version) for s in store.list()]
    at = opened(open_app(), IMPORT)
    at.file_uploader[0].set_value(("proposal.json", b'{"schema_version": 1, "proposal": ', "application/json"))
    at.button(key="FormSubmitter:import-Import").click().run()
    assert "not valid JSON" in at.error[0].value and "Nothing saved was changed" in at.error[0].value
    assert [(s.id, s.version) for s in store.list()] == before


def test_a_good_import_is_added_to_the_library(store, examples):
    raw = json.loads(EXAMPLES[0].read_text())
    raw["proposal"] = "Imported quote"
    at = opened(open_app(), IMPORT)
    at.file_uploader[0].set_value(("quote.json", json.dumps(raw).encode(), "application/json"))
    at.button(key="FormSubmitter:import-Import").click().run()
    assert "Imported quote" in at.success[0].value
    assert "Imported quote" in {s.proposal for s in store.list()}


# --- the guided form ----------------------------------------------------------------------------

@pytest.fixture
def blank(store) -> str:
    bank_version = json.loads(EXAMPLES[0].read_text())["bank_version"]
    return store.create(Evaluation(bank_version=bank_version, proposal="Walkthrough", vendor="Acme")).id


def test_a_kpi_s_unit_and_figures_each_get_a_third_of_the_line_and_its_metric_a_whole_line(store, blank):
    at = open_app("evaluate", blank)
    go_to_section(at, blank, "decision")
    share = {}
    for column in at.columns:  # st.columns' weights are shares of their line
        for widget in [*column.text_input, *column.number_input]:
            if widget.key and widget.key.startswith(key(blank, "decision.kpi", "")):
                share[widget.key.rsplit(":", 1)[1]] = min(share.get(widget.key.rsplit(":", 1)[1], 1), column.weight)
    assert share["metric"] == share["note"]  # a whole line of the form, as the note has
    assert {part: round(share[part], 2) for part in ("unit", "baseline", "target")} == dict.fromkeys(
        ("unit", "baseline", "target"), 0.33)  # a sixth of the line cut "hours/year" to "hours/ye"


def test_walking_through_the_form_saves_every_kind_of_answer(store, blank):
    eid = blank
    at = open_app("evaluate", eid)
    at.multiselect(key=key(eid, "header", "labels")).set_value(["industry_4_0"]).run()
    at.multiselect(key=key(eid, "problem.plant_problems", "choices")).set_value(["downtime_unclear"]).run()
    at.text_area(key=key(eid, "problem.statement", "text")).input("Press 4 stops 6 times a shift").run()
    at.selectbox(key=key(eid, "problem.statement", "evidence")).set_value("demonstrated").run()
    go_to_section(at, eid, "data")
    at.selectbox(key=key(eid, "data.history", "choice")).set_value("years_exportable").run()
    at.text_input(key=key(eid, "data.history", "note")).input("CSV export shown in the demo").run()
    go_to_section(at, eid, "decision")
    at.text_input(key=key(eid, "decision.kpi", "metric")).input("Unplanned downtime").run()
    at.text_input(key=key(eid, "decision.kpi", "unit")).input("hours/month").run()
    at.number_input(key=key(eid, "decision.kpi", "baseline")).set_value(40.0).run()
    at.number_input(key=key(eid, "decision.kpi", "target")).set_value(25.0).run()
    go_to_section(at, eid, "connect")
    at.session_state[key(eid, "connect.integrations", "rows")] = {
        "edited_rows": {}, "deleted_rows": [],
        "added_rows": [{"system": "maintenance", "direction": "to_system", "method": "REST API", "owner": "IT"}]}
    at.run()
    assert not at.exception and not at.error

    saved = Store().get(eid).evaluation  # a fresh Store: what is really in the database
    assert saved.labels == ["industry_4_0"]
    plant = saved.answer("problem.plant_problems")
    assert plant.choices == ["downtime_unclear"] and plant.evidence == "not_answered"  # typed: its level is asked
    statement = saved.answer("problem.statement")
    assert statement.text == "Press 4 stops 6 times a shift" and statement.evidence == "demonstrated"
    history = saved.answer("data.history")
    assert history.choices == ["years_exportable"] and history.text == "CSV export shown in the demo"
    kpi = saved.answer("decision.kpi").measure
    assert (kpi.metric, kpi.unit, kpi.baseline, kpi.target) == ("Unplanned downtime", "hours/month", 40.0, 25.0)
    rows = saved.answer("connect.integrations").integrations
    assert [(r.system, r.direction, r.method, r.owner) for r in rows] == [
        ("maintenance", "to_system", "REST API", "IT")]
    assert saved.answer("security.model") is None  # untouched questions stay unanswered
    assert Store().get(eid).version == 1 + 11  # one save per change (11 changes), none on page loads


def test_clearing_an_answer_sets_it_back_to_not_answered(store, blank):
    eid = blank
    at = open_app("evaluate", eid)
    choices = key(eid, "problem.plant_problems", "choices")
    at.multiselect(key=choices).set_value(["energy_cost"]).run()
    assert at.selectbox(key=key(eid, "problem.plant_problems", "evidence")).value is None  # no level chosen yet
    at.multiselect(key=choices).set_value([]).run()
    assert at.selectbox(key=key(eid, "problem.plant_problems", "evidence")).value is None
    assert Store().get(eid).evaluation.answer("problem.plant_problems") is None


def test_the_live_summary_follows_the_answers(store, blank):
    eid = blank
    at = open_app("evaluate", eid)
    before = at.metric[0].value
    at.multiselect(key=key(eid, "problem.plant_problems", "choices")).set_value(["downtime_unclear"]).run()
    at.selectbox(key=key(eid, "problem.plant_problems", "evidence")).set_value("proven").run()
    expected = score(Store().get(eid).evaluation).overall
    assert at.metric[0].value == f"{expected:.0f}/100" != before


def test_reopening_the_same_id_shows_the_saved_answers(store, examples):
    eid = examples["LineView Pro: downtime dashboard"]
    saved = store.get(eid).evaluation
    at = open_app("evaluate", eid)
    assert at.text_input(key=key(eid, "header", "proposal")).value == "LineView Pro: downtime dashboard"
    assert at.multiselect(key=key(eid, "header", "labels")).value == saved.labels
    plant = saved.answer("problem.plant_problems")
    assert at.multiselect(key=key(eid, "problem.plant_problems", "choices")).value == plant.choices
    assert at.selectbox(key=key(eid, "problem.plant_problems", "evidence")).value == plant.evidence
    assert at.text_area(key=key(eid, "problem.statement", "text")).value == saved.answer("problem.statement").text
    assert store.get(eid).version == 1  # looking is not saving


def test_a_refresh_after_editing_brings_back_the_edit(store, own_copy):
    eid = own_copy
    at = open_app("evaluate", eid)
    at.text_area(key=key(eid, "problem.statement", "text")).input("Line 2 stops twice an hour").run()
    again = open_app("evaluate", eid)  # a new browser session with the same link
    assert again.text_area(key=key(eid, "problem.statement", "text")).value == "Line 2 stops twice an hour"


def test_a_stale_save_is_refused_and_the_latest_version_can_be_reloaded(store, own_copy):
    eid = own_copy
    at = open_app("evaluate", eid)
    other_tab = store.get(eid)
    edited = other_tab.evaluation.model_copy(update={"vendor": "Changed in another tab"})
    store.save(eid, edited, expected_version=other_tab.version)

    at.text_area(key=key(eid, "problem.statement", "text")).input("This must not overwrite").run()
    assert "changed elsewhere" in " ".join(unescape(e.value) for e in at.error)
    latest = store.get(eid)
    assert latest.version == 2 and latest.evaluation.vendor == "Changed in another tab"
    assert latest.evaluation.answer("problem.statement").text != "This must not overwrite"

    at.button(key=f"reload:{eid}").click().run()
    assert not at.error
    assert at.text_input(key=key(eid, "header", "vendor")).value == "Changed in another tab"
    at.text_area(key=key(eid, "problem.statement", "text")).input("Saved after the reload").run()
    assert store.get(eid).evaluation.answer("problem.statement").text == "Saved after the reload"


def test_coming_back_to_the_form_after_a_colleague_saved_shows_their_version(store, own_copy):
    eid = own_copy
    at = open_app("evaluate", eid)
    at.switch_page("views/library.py").run()
    colleague = store.get(eid)
    store.save(eid, colleague.evaluation.model_copy(update={"vendor": "Colleague's edit"}), colleague.version)
    at.switch_page("views/evaluate.py").run()
    assert not at.error  # nothing of ours was on screen, so nothing is stale
    assert at.text_input(key=key(eid, "header", "vendor")).value == "Colleague's edit"


def test_a_blank_proposal_name_is_not_saved(store, blank):
    at = open_app("evaluate", blank)
    at.text_input(key=key(blank, "header", "proposal")).input("   ").run()
    assert "needs a name" in at.warning[0].value
    assert store.get(blank).evaluation.proposal == "Walkthrough"


def test_without_an_open_evaluation_the_form_points_to_the_library(store, examples):
    at = open_app("evaluate")
    assert "Open or create an evaluation" in at.info[0].value
    at = open_app("evaluate", "no-such-id")
    assert "no longer exists" in at.warning[0].value


# --- scorecard -----------------------------------------------------------------------------------

def test_the_scorecard_shows_score_verdict_gaps_with_follow_ups_and_downloads(store, examples):
    eid = examples["LineView Pro: downtime dashboard"]
    card = score(store.get(eid).evaluation)
    at = open_app("scorecard", eid)
    text = shown(at)
    assert at.metric[0].value == f"{card.overall:.0f}/100"
    assert card.verdict in text
    assert card.gaps and all(g.follow_up in text and g.why in text for g in card.gaps)
    assert all(f.title in text for f in card.flags)
    assert all(f"Level {lvl}" in text for lvl in range(5))
    assert len(at.expander) == len(card.sections)
    downloads = at.get("download_button")
    assert len(downloads) == len(EXPORTS)


# --- compare ----------------------------------------------------------------------------------------

def test_comparing_two_examples_names_both_and_the_winner(store, examples):
    ids = [examples["LineView Pro: downtime dashboard"], examples["Downtime-to-Maintenance Loop"]]
    at = open_app("compare")
    at.multiselect(key="compare:ids").set_value(ids).run()
    assert not at.exception
    text = shown(at)
    assert "Downtime-to-Maintenance Loop ranks first" in unescape(at.success[0].value)
    assert "LineView Pro: downtime dashboard" in text
    table = at.dataframe[1].value
    assert list(table.columns) == ["LineView Pro: downtime dashboard", "Downtime-to-Maintenance Loop"]
    overall = table.loc["Overall (weighted)"]
    assert overall["Downtime-to-Maintenance Loop"] > overall["LineView Pro: downtime dashboard"]


def test_changing_a_section_weight_re_ranks_live(store, examples):
    evaluations = [load_evaluation(EXAMPLES[0]), load_evaluation(EXAMPLES[3])]
    first = compare(evaluations)
    flip = first.stability
    ids = [examples[e.proposal] for e in evaluations]
    at = open_app("compare")
    at.multiselect(key="compare:ids").set_value(ids).run()
    assert f"{first.winner} ranks first" in unescape(at.success[0].value)
    row = [s.id for s in first.sections].index(flip.section)
    at.session_state["compare:weights"] = {"edited_rows": {row: {"Weight": flip.to_weight}}, "added_rows": [],
                                           "deleted_rows": []}
    at.run()
    assert f"{flip.new_winner} ranks first" in unescape(at.success[0].value)


def test_one_proposal_is_not_enough_to_compare(store, examples):
    at = open_app("compare")
    at.multiselect(key="compare:ids").set_value([examples["LineView Pro: downtime dashboard"]]).run()
    assert "two or more" in at.info[0].value


# --- questions -----------------------------------------------------------------------------------------

def test_the_questions_page_explains_sections_labels_and_the_ladder(store, bank):
    at = open_app("questions")
    text = shown(at)
    assert all(s.why in text for s in bank.sections)
    assert all(q.help in text for s in bank.sections for q in s.questions if q.help)
    assert all(lab.name in text and lab.means.strip() in text for lab in bank.labels)
    assert all(lvl.name in text for lvl in bank.scope)


# --- user text is shown, never run --------------------------------------------------------------------

def test_user_text_with_html_or_markdown_shows_literally(store):
    bank_version = json.loads(EXAMPLES[0].read_text())["bank_version"]
    eid = store.create(Evaluation(bank_version=bank_version, proposal=HOSTILE_NAME, vendor="**bold** <i>v</i>",
                                  evaluator="[x](http://e.vil)")).id
    other = store.create(Evaluation(bank_version=bank_version, proposal="Plain quote")).id
    for page in ("library", "evaluate", "scorecard", "compare"):
        at = open_app(page, eid)
        if page == "compare":
            at.multiselect(key="compare:ids").set_value([eid, other]).run()
        sources = raw_text(at)
        seen = shown(at) + ("\n".join(library_table(at)["Proposal"]) if page == "library" else "")
        assert HOSTILE_NAME in seen, page  # the buyer reads the name as typed (the library: in its table)
        for source in sources:
            assert "<b>" not in source and "](javascript" not in source and "**bold**" not in source, (page, source)
            assert "](http://e.vil)" not in source, (page, source)
        assert not any(m.allow_html for m in at.markdown), page


def test_switching_pages_keeps_the_open_evaluation_when_the_link_loses_its_id(store, examples):
    eid = examples["Downtime-to-Maintenance Loop"]
    at = open_app("evaluate", eid)
    del at.query_params["id"]  # what the navigation menu does to the URL
    at.switch_page("views/scorecard.py").run()
    assert at.title[0].value.startswith("Scorecard: Downtime") and at.query_params["id"] == eid


def test_every_section_of_the_form_loads_without_warnings_or_saving(store, examples, bank):
    eid = examples["CloudLink IIoT Energy Platform"]
    at = open_app("evaluate", eid)
    for section in (s.id for s in bank.sections):
        go_to_section(at, eid, section)
        assert not at.warning and not at.error and not at.exception, section
    assert store.get(eid).version == 1
