"""Two tabs on one evaluation (two AppTest sessions): a save refused because the other tab saved first
keeps what was typed, shows it beside the saved answer field by field, and "Keep mine" / "Take the saved
one" each do what they say (views/conflicts.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from questions import Evaluation
from kit import key, open_app, shown, unescape

ROOT = Path(__file__).resolve().parent.parent
BANK_VERSION = json.loads(sorted((ROOT / "examples").glob("*.json"))[0].read_text())["bank_version"]


@pytest.fixture
def eid(store) -> str:
    return store.create(Evaluation(bank_version=BANK_VERSION, proposal="Two tabs", vendor="Acme")).id


def tab(eid: str, section: str = "problem") -> AppTest:
    at = open_app("evaluate", eid)
    at.selectbox(key=f"section:{eid}").set_value(section).run()
    assert not at.exception, at.exception
    return at


def errors(at: AppTest) -> str:
    return " ".join(unescape(e.value) for e in at.error)


def pending(at: AppTest, eid: str) -> list[str]:
    """The questions shown with a Keep mine button."""
    start = f"conflict:keep:{eid}:"
    return [b.key[len(start):] for b in at.button if b.key and b.key.startswith(start)]


def keep(at: AppTest, eid: str, qid: str) -> None:
    at.button(key=f"conflict:keep:{eid}:{qid}").click().run()
    assert not at.exception, at.exception


def take(at: AppTest, eid: str, qid: str) -> None:
    at.button(key=f"conflict:take:{eid}:{qid}").click().run()
    assert not at.exception, at.exception


# --- text ------------------------------------------------------------------------------------------

def test_refused_text_stays_in_its_box_beside_the_saved_one_and_keep_mine_saves_it(store, eid):
    mine, other = tab(eid), tab(eid)
    box = key(eid, "problem.statement", "text")
    other.text_area(key=box).input("Theirs: press 2 stops hourly").run()
    mine.text_area(key=box).input("Mine: press 4 stops 6 times a shift").run()
    assert not mine.exception, mine.exception

    saved = store.get(eid)
    assert saved.version == 2 and saved.evaluation.answer("problem.statement").text == "Theirs: press 2 stops hourly"
    assert mine.text_area(key=box).value == "Mine: press 4 stops 6 times a shift"  # nothing typed is lost
    assert not mine.text_area(key=box).disabled
    assert "changed elsewhere" in errors(mine) and pending(mine, eid) == ["problem.statement"]
    text = shown(mine)
    assert "Yours (not saved)" in text and "Saved in the other tab" in text
    assert conflict_rows_text(mine)["Answer"] == ("Mine: press 4 stops 6 times a shift", "Theirs: press 2 stops hourly")
    assert "Your answer above is not saved" in text  # the caption speaks of what the box shows

    keep(mine, eid, "problem.statement")
    saved = store.get(eid)
    assert saved.version == 3 and saved.evaluation.answer("problem.statement").text.startswith("Mine:")
    assert mine.text_area(key=box).value.startswith("Mine:") and not mine.error and not pending(mine, eid)
    mine.text_area(key=box).input("Mine, edited after").run()  # saves normally again, against version 3
    assert store.get(eid).evaluation.answer("problem.statement").text == "Mine, edited after"


# --- choice ---------------------------------------------------------------------------------------

def test_a_refused_choice_stays_chosen_and_take_the_saved_one_shows_the_saved_choice(store, eid):
    mine, other = tab(eid, "data"), tab(eid, "data")
    choice = key(eid, "data.history", "choice")
    other.selectbox(key=choice).set_value("weeks").run()
    mine.selectbox(key=choice).set_value("years_exportable").run()

    assert store.get(eid).evaluation.answer("data.history").choices == ["weeks"]
    assert mine.selectbox(key=choice).value == "years_exportable"
    rows = conflict_rows_text(mine)
    assert "years" in rows["Answer"][0].lower() and "weeks" in rows["Answer"][1].lower()

    take(mine, eid, "data.history")
    assert mine.selectbox(key=choice).value == "weeks" and not pending(mine, eid) and not mine.error
    assert store.get(eid).version == 2  # taking the saved one saves nothing
    assert "Your answer above is not saved" not in shown(mine)


# --- measure --------------------------------------------------------------------------------------

def test_a_refused_measure_keeps_every_typed_field_and_keep_mine_saves_them_all(store, eid):
    mine, other = tab(eid, "decision"), tab(eid, "decision")
    part = lambda p: key(eid, "decision.kpi", p)  # noqa: E731
    other.text_input(key=part("metric")).input("Downtime").run()
    mine.text_input(key=part("metric")).input("Scrap rate").run()  # refused
    mine.text_input(key=part("unit")).input("%").run()  # pending: kept, not saved yet
    mine.number_input(key=part("baseline")).set_value(4.0).run()

    kpi = store.get(eid).evaluation.answer("decision.kpi").measure
    assert (kpi.metric, kpi.unit, kpi.baseline) == ("Downtime", "", None)
    assert [mine.text_input(key=part(p)).value for p in ("metric", "unit")] == ["Scrap rate", "%"]
    assert mine.number_input(key=part("baseline")).value == 4.0
    rows = conflict_rows_text(mine)
    assert rows["Metric"] == ("Scrap rate", "Downtime") and rows["Unit"] == ("%", "—")
    assert rows["Baseline"] == ("4", "—") and "Target" not in rows  # only the fields that differ

    keep(mine, eid, "decision.kpi")
    kpi = store.get(eid).evaluation.answer("decision.kpi").measure
    assert (kpi.metric, kpi.unit, kpi.baseline, kpi.target) == ("Scrap rate", "%", 4.0, None)


# --- integrations ---------------------------------------------------------------------------------

def add_row(at: AppTest, eid: str, row: dict) -> None:
    at.session_state[key(eid, "connect.integrations", "rows")] = {"edited_rows": {}, "deleted_rows": [],
                                                                  "added_rows": [row]}
    at.run()
    assert not at.exception, at.exception


def test_refused_integration_rows_stay_in_the_table_and_each_choice_does_what_it_says(store, eid):
    mine, other = tab(eid, "connect"), tab(eid, "connect")
    add_row(other, eid, {"system": "production", "direction": "both", "method": "OPC UA", "owner": "OT"})
    add_row(mine, eid, {"system": "maintenance", "direction": "to_system", "method": "REST API", "owner": "IT"})

    saved = store.get(eid).evaluation.answer("connect.integrations").integrations
    assert [r.system for r in saved] == ["production"]
    table = integrations_table(mine)  # the table starts from the typed rows
    assert list(table["system"]) == ["maintenance"] and list(table["method"]) == ["REST API"]
    rows = conflict_rows_text(mine)
    assert "REST API" in rows["Connected systems"][0] and "OPC UA" in rows["Connected systems"][1]

    keep(mine, eid, "connect.integrations")
    saved = store.get(eid).evaluation.answer("connect.integrations").integrations
    assert [(r.system, r.direction, r.method, r.owner) for r in saved] == [
        ("maintenance", "to_system", "REST API", "IT")]
    assert list(integrations_table(mine)["system"]) == ["maintenance"]


# --- field by field, and the header --------------------------------------------------------------

def test_two_refused_answers_are_settled_one_by_one(store, eid):
    mine, other = tab(eid), tab(eid)
    statement, plant = key(eid, "problem.statement", "text"), key(eid, "problem.plant_problems", "choices")
    other.text_area(key=statement).input("Theirs").run()
    mine.text_area(key=statement).input("Mine").run()  # refused: mine now edits from version 2
    other.multiselect(key=plant).set_value(["energy_cost"]).run()
    mine.multiselect(key=plant).set_value(["downtime_unclear"]).run()  # refused again, after version 3
    assert sorted(pending(mine, eid)) == ["problem.plant_problems", "problem.statement"]
    assert store.get(eid).version == 3

    keep(mine, eid, "problem.statement")  # keep my text ...
    take(mine, eid, "problem.plant_problems")  # ... and their choice
    saved = store.get(eid).evaluation
    assert saved.answer("problem.statement").text == "Mine"
    assert saved.answer("problem.plant_problems").choices == ["energy_cost"]
    assert mine.text_area(key=statement).value == "Mine" and mine.multiselect(key=plant).value == ["energy_cost"]
    assert not pending(mine, eid) and not mine.error


def test_a_refused_header_field_is_kept_and_keep_mine_saves_it(store, eid):
    mine, other = tab(eid), tab(eid)
    vendor = key(eid, "header", "vendor")
    other.text_input(key=vendor).input("Theirs Inc").run()
    mine.text_input(key=vendor).input("Mine Ltd").run()
    assert store.get(eid).evaluation.vendor == "Theirs Inc"
    assert mine.text_input(key=vendor).value == "Mine Ltd" and not mine.text_input(key=vendor).disabled
    assert conflict_rows_text(mine)["Vendor"] == ("Mine Ltd", "Theirs Inc")
    keep(mine, eid, "header")
    assert store.get(eid).evaluation.vendor == "Mine Ltd" and not pending(mine, eid)


def test_a_page_locked_by_a_newer_version_shows_the_saved_values_its_scores_describe(store, eid):
    mine, other = tab(eid, "data"), tab(eid, "data")
    choice = key(eid, "data.history", "choice")
    other.selectbox(key=choice).set_value("years_exportable").run()
    mine.run()  # nothing typed in this tab: it reruns and finds a newer version
    assert "changed elsewhere" in errors(mine)
    assert mine.selectbox(key=choice).value == "years_exportable"  # as the scores beside it describe
    mine.button(key=f"reload:{eid}").click().run()
    assert not mine.error and mine.selectbox(key=choice).value == "years_exportable"


def integrations_table(at: AppTest):
    """The integrations table as the page sends it (its rows before any edit in the browser)."""
    return next(d.value for d in at.dataframe if "system" in d.value.columns)


def conflict_rows_text(at: AppTest) -> dict[str, tuple[str, str]]:
    """Every side-by-side row on the page: field -> (yours, saved in the other tab)."""
    rows: dict[str, tuple[str, str]] = {}
    for m in at.markdown:
        if m.value.startswith("| Field |"):
            for line in m.value.splitlines()[2:]:
                field, yours, theirs = (unescape(c.strip()) for c in line.strip().strip("|").split(" | "))
                rows[field] = (yours, theirs)
    return rows
