"""Removing one wrong option of a drafted answer on the Evaluate page, keeping the rest in one step (walk 63: the
buyer rejected the plant-problem draft to lose a wrong "Inventory" and lost the right "Downtime is unclear" with
it). The removal is the buyer's edit of the draft: recorded in the answer's history and counted as edited by the
draft report, the removed option rejected for its cue. Driven headless with AppTest."""
from __future__ import annotations

import pytest

import kit
from paths import EXAMPLES_BANK_VERSION
from questions import Answer, Evaluation, load_bank
from reading.draft import drafter_for
from reading.draft_report import report
from store.draft_reviews import trails

pytestmark = pytest.mark.usefixtures("first_run")

QID = "problem.plant_problems"
DOWNTIME = "Today the filler loses about 6 hours a week to unplanned stops whose causes nobody records."
STOCK = "Our app settles the stock mismatch between the ERP and the shop floor."


def remove_key(eid: str, option: str) -> str:
    return f"drafts:{eid}:remove:{QID}:{option}"


@pytest.fixture
def eid(store) -> str:
    drafted = Answer(question=QID, evidence="specific", choices=["downtime_unclear", "inventory_mismatch"],
                     quotes=[DOWNTIME, STOCK], drafted=True)
    evaluation = Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="FillTrack quote", vendor="FillTrack",
                            answers=[drafted])
    return store.create(evaluation).id


def test_removing_one_drafted_option_keeps_the_others_as_an_edit_not_a_reject(store, eid):
    at = kit.open_app("evaluate", eid, timeout=60)
    assert at.button(key=remove_key(eid, "downtime_unclear"))  # each option of the draft has its Remove
    at.button(key=remove_key(eid, "inventory_mismatch")).click().run()
    assert not at.exception, at.exception

    answer = store.get(eid).evaluation.answer(QID)
    assert answer.choices == ["downtime_unclear"] and answer.drafted and answer.reviewed
    assert answer.evidence == "specific"  # the kept option keeps its sentences and evidence
    assert at.multiselect(key=kit.key(eid, QID, "choices")).value == ["downtime_unclear"]
    assert "Drafted, reviewed" in kit.shown(at)
    assert not [b for b in at.button if b.key and b.key.startswith(f"drafts:{eid}:remove:")]  # reviewed: no more

    changed = {e.field: e.after for e in store.history(eid, QID)}
    assert changed["choices"] == ["downtime_unclear"] and changed["reviewed"] is True


def test_the_draft_report_counts_a_removed_option_as_edited_and_names_it_rejected(store, eid):
    at = kit.open_app("evaluate", eid, timeout=60)
    at.button(key=remove_key(eid, "inventory_mismatch")).click().run()
    assert not at.exception, at.exception

    found = report(trails(store.engine), drafter_for(load_bank()))
    mine = [r for r in found.rows if r.question == QID]
    assert found.kinds["edited"] >= 1 and found.kinds["rejected"] == 0
    stock = [r for r in mine if r.option == "inventory_mismatch"]
    assert [r.phrase for r in stock] == ["stock mismatch"]  # named for the cue that drafted it
    assert all(r.rejected == 1 and r.edited == 1 and r.kept == 0 and r.examples == [STOCK] for r in stock)
    assert all(r.kept == 1 and r.rejected == 0 for r in mine if r.option == "downtime_unclear")


def test_the_questions_page_lists_the_removed_option_as_rejected_on_an_edited_draft(store, eid):
    at = kit.open_app("evaluate", eid, timeout=60)
    at.button(key=remove_key(eid, "inventory_mismatch")).click().run()
    at.switch_page("views/questions.py").run()
    at.session_state["questions:rejected"] = True  # the fold "Drafts buyers reject most", opened
    at.run()
    assert not at.exception, at.exception
    assert "1 edited, 0 rejected" in kit.shown(at)
    table = at.dataframe[-1].value
    stock = table[table["Option"] == "Inventory and production do not match"]
    assert list(stock["Rejected"]) == [1] and list(stock["Edited"]) == [1] and list(stock["Kept"]) == [0]
    assert list(stock["Phrase"]) == ["stock mismatch"] and list(stock["Rejected on"]) == [STOCK]  # its cue, its sentence


ENERGY = "Der Gasverbrauch der Trockner steigt seit zwei Jahren."


@pytest.fixture
def three(store) -> str:
    drafted = Answer(question=QID, evidence="specific", quotes=[DOWNTIME, STOCK, ENERGY], drafted=True,
                     choices=["downtime_unclear", "inventory_mismatch", "energy_cost"])
    evaluation = Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="Forno quote", vendor="Forno",
                            answers=[drafted])
    return store.create(evaluation).id


def removes(at, eid: str) -> list[str]:
    return sorted(b.key.rsplit(":", 1)[-1] for b in at.button if b.key and b.key.startswith(f"drafts:{eid}:remove:"))


def test_after_one_remove_each_option_left_keeps_its_remove_until_one_is_left(store, three):
    """Walk 74: a second wrong tick is removed with the same one click, not by going back to the multiselect."""
    at = kit.open_app("evaluate", three, timeout=60)
    at.button(key=remove_key(three, "inventory_mismatch")).click().run()
    assert not at.exception, at.exception
    assert store.get(three).evaluation.answer(QID).reviewed  # the edit is made, the draft reviewed
    assert removes(at, three) == ["downtime_unclear", "energy_cost"]

    at.button(key=remove_key(three, "energy_cost")).click().run()
    assert not at.exception, at.exception
    assert store.get(three).evaluation.answer(QID).choices == ["downtime_unclear"]
    assert removes(at, three) == []  # one option left: Reject or the multiselect, not a Remove


def test_a_draft_kept_whole_offers_no_remove(store, three):
    at = kit.open_app("evaluate", three, timeout=60)
    at.button(key=f"drafts:{three}:keep:{QID}").click().run()
    assert not at.exception, at.exception
    assert store.get(three).evaluation.answer(QID).reviewed
    assert removes(at, three) == []  # Keep says the draft is right: no Remove offered on it
