"""Fixing a draft never costs the buyer points (issue 14, walks 67 and 71). Correcting a drafted answer's options keeps
the evidence level its quotes gave it, the quotes still standing, even through an empty moment (every option taken
out, then the right ones ticked); a newly made answer (typed on a blank question, or on a rejected draft) asks for its
evidence level, the select showing none chosen with a hint on each, and scores nothing until one is chosen, where
it used to take the vendor's claim in silence."""
from __future__ import annotations

import pytest

from kit import key, shown
from questions import Evaluation
from scoring import score
from paths import EXAMPLES_BANK_VERSION
from test_draft_app import PROPOSAL, click, dkey, open_form, read

pytestmark = pytest.mark.usefixtures("first_run")  # the examples saved, as by the app's first run

ASKED = "Choose its evidence level to score it:"


@pytest.fixture
def eid(store) -> str:
    return store.create(Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="FillTrack quote",
                                   vendor="FillTrack")).id


def _drafted_data(eid: str):
    at = read(open_form(eid), eid, PROPOSAL)
    click(at, dkey(eid, "draft"))
    at.selectbox(key=f"section:{eid}").set_value("data").run()
    return at


def _points(store, eid: str, qid: str) -> float:
    return next(a.points for a in score(store.get(eid).evaluation).answers if a.question == qid)


def test_ticking_the_right_options_after_emptying_a_draft_keeps_its_quotes_and_level(store, eid):
    at = _drafted_data(eid)
    drafted = store.get(eid).evaluation.answer("data.captured")
    assert drafted.evidence == "specific" and drafted.quotes
    choices = at.multiselect(key=key(eid, "data.captured", "choices"))
    choices.set_value([]).run()  # every drafted option out first, as a buyer clears a wrong draft ...
    emptied = store.get(eid).evaluation.answer("data.captured")
    assert emptied.quotes == drafted.quotes and emptied.evidence == "specific"
    at.multiselect(key=key(eid, "data.captured", "choices")).set_value(["machine_status", "production_count"]).run()
    fixed = store.get(eid).evaluation.answer("data.captured")  # ... then the right ones in
    assert fixed.choices == ["machine_status", "production_count"] and fixed.reviewed
    assert fixed.evidence == "specific" and fixed.quotes == drafted.quotes  # not the vendor's claim (walk 71)
    assert at.selectbox(key=key(eid, "data.captured", "evidence")).value == "specific"
    assert _points(store, eid, "data.captured") > 0
    assert ASKED not in shown(at)


def test_the_buyers_own_level_stays_when_the_options_change(store, eid):
    at = _drafted_data(eid)
    at.selectbox(key=key(eid, "data.captured", "evidence")).set_value("vendor_claim").run()
    at.multiselect(key=key(eid, "data.captured", "choices")).set_value(["vibration"]).run()
    assert store.get(eid).evaluation.answer("data.captured").evidence == "vendor_claim"


def test_a_newly_typed_answer_asks_for_its_level_and_scores_once_one_is_chosen(store, eid):
    at = open_form(eid)
    at.text_area(key=key(eid, "problem.statement", "text")).input(
        "Press 4 stops 6 times a shift; we use Modbus / OPC UA / MQTT").run()
    answer = store.get(eid).evaluation.answer("problem.statement")
    assert answer.evidence == "not_answered"  # no level taken in silence (walk 67)
    assert at.selectbox(key=key(eid, "problem.statement", "evidence")).value is None
    page = shown(at)
    assert ASKED in page and "**Described specifically**, names the data, systems, protocols, roles or numbers" in page
    assert "Not scored yet: no evidence level chosen for this answer" in page
    assert "Not answered" not in at.selectbox(key=key(eid, "problem.statement", "evidence")).options
    at.selectbox(key=key(eid, "problem.statement", "evidence")).set_value("specific").run()
    assert store.get(eid).evaluation.answer("problem.statement").evidence == "specific"
    assert _points(store, eid, "problem.statement") > 0
    assert ASKED not in shown(at)


def test_ticking_options_on_a_rejected_draft_asks_for_the_level_its_gone_quotes_no_longer_give(store, eid):
    at = _drafted_data(eid)
    click(at, dkey(eid, "reject:data.captured"))
    at.multiselect(key=key(eid, "data.captured", "choices")).set_value(["machine_status"]).run()
    answer = store.get(eid).evaluation.answer("data.captured")
    assert answer.choices == ["machine_status"] and not answer.quotes and answer.evidence == "not_answered"
    assert at.selectbox(key=key(eid, "data.captured", "evidence")).value is None
    assert ASKED in shown(at)


def test_an_answer_without_a_level_counts_for_no_gap_until_one_is_chosen(store, eid):
    """The rules read the level as chosen: a gap needing 'described specifically' stays open while none is chosen,
    and closes once the buyer chooses it."""
    at = open_form(eid)
    at.multiselect(key=key(eid, "header", "labels")).set_value(["iiot"]).run()
    at.selectbox(key=f"section:{eid}").set_value("data").run()
    at.text_area(key=key(eid, "data.protocols", "text")).input("Modbus TCP / OPC UA / MQTT, every 10 seconds").run()
    gaps = lambda: {g.missing for g in score(store.get(eid).evaluation).gaps}  # noqa: E731
    before = gaps()
    at.selectbox(key=key(eid, "data.protocols", "evidence")).set_value("specific").run()
    assert gaps() < before


def test_a_risk_entered_before_its_level_is_chosen_is_flagged_at_once_and_earns_nothing():
    """Flags read every claim: a risk the buyer enters is flagged before its level is chosen, as it was when the level
    defaulted to the vendor's claim; it earns no points until then."""
    from questions import Answer
    answer = Answer(question="security.model", evidence="not_answered", choices=["cloud_ot_access"])
    card = score(Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="p", answers=[answer]))
    assert "ot_cloud_unsegmented" in {f.id for f in card.flags}
    scored = next(a for a in card.answers if a.question == "security.model")
    assert scored.points == 0 and scored.reasons[0].startswith("Not scored yet: no evidence level chosen")
