"""Faults a new-buyer walk found in a round answered by several replies (issue 16; walk 75: a corrugated-board plant,
an integrator's offer, three replies over a week), each fixed as the kind it is, with other sentences than the walk's."""
from datetime import date

from questions import load_bank
from questions.models import Integration, Round, RoundReply
from reading.documents import pasted
from reading.draft import drafter_for
from reading.reply_combine import merged_rows
from scoring.round_history import dated_before_sent

BANK = load_bank()


def _rows(rows):
    return [(r.system, r.direction, r.method, r.owner) for r in rows]


def test_a_replys_link_fills_the_offers_row_that_named_only_the_system_and_takes_its_way():
    offer = [Integration(system="quality", direction="to_system"), Integration(system="inventory", direction="both",
                                                                                method="IDoc")]
    reply = [Integration(system="quality", direction="from_system", method="ODBC", owner="your QA lead")]
    assert _rows(merged_rows(offer, reply)) == [("quality", "from_system", "ODBC", "your QA lead"),
                                                ("inventory", "both", "IDoc", "")]


def test_a_replys_link_whose_method_is_part_of_the_rows_fills_its_owner_and_adds_no_second_row():
    offer = [Integration(system="maintenance", direction="both", method="creates a notification, OData")]
    reply = [Integration(system="maintenance", direction="both", method="OData", owner="your SAP PM team")]
    assert _rows(merged_rows(offer, reply)) == [("maintenance", "both", "creates a notification, OData",
                                                 "your SAP PM team")]


def test_a_replys_other_link_to_the_same_system_stays_a_link_of_its_own():
    # an ERP's orders read in and its consumption booked back by another way are two links (walk53)
    offer = [Integration(system="inventory", direction="from_system", method="IDoc")]
    reply = [Integration(system="inventory", direction="to_system", method="CSV file", owner="IT")]
    assert len(merged_rows(offer, reply)) == 2
    same_way = [Integration(system="inventory", direction="from_system", method="REST API", owner="IT")]
    assert len(merged_rows(offer, same_way)) == 2


def _drafted(text: str):
    return drafter_for(BANK).draft_documents([pasted(text, "proposal", "offer.txt")], "Monitoring", "Vendor")


def _choices(evaluation, question: str) -> list[str]:
    answer = evaluation.answer(question)
    return answer.choices if answer else []


def test_the_historians_connection_by_its_own_name_is_a_link_read_out_of_the_plants_system():
    drafted = _drafted("Dear Ms. Berg,\n\nThe OSIsoft PI connection reads the furnace tags every minute through "
                       "the PI Web API, read-only; it is owned by your IT department.")
    rows = drafted.answer("connect.integrations").integrations
    assert [(r.system, r.direction) for r in rows] == [("production", "from_system")], rows


def test_a_small_computer_called_pi_is_no_historian():
    drafted = _drafted("Dear Ms. Berg,\n\nA Raspberry Pi beside each press reads the vibration sensor.")
    answer = drafted.answer("connect.integrations")
    assert not (answer and any(r.system == "production" for r in answer.integrations))


def test_the_owner_of_a_connection_is_no_owner_or_manager_using_the_system():
    drafted = _drafted("Dear Mr. Smit,\n\nThe ERP interface sends the orders every night; the owner of the interface "
                       "is your IT team.")
    assert "owner" not in _choices(drafted, "users.roles")
    owners = _drafted("Dear Mr. Smit,\n\nThe plant owner sees the weekly energy report on Monday mornings.")
    assert "owner" in _choices(owners, "users.roles")


def test_a_maintenance_inspection_the_planner_plans_is_no_quality_event():
    planned = _drafted("Dear Mr. Smit,\n\nYour planners schedule the inspection of each gearbox from the alerts.")
    assert "quality_events" not in _choices(planned, "data.captured")
    quality = _drafted("Dear Mr. Smit,\n\nThe system records every inspection result and defect from the final "
                       "check station.")
    assert "quality_events" in _choices(quality, "data.captured")


def test_the_reason_a_reviewer_cancels_a_proposal_is_no_downtime_reason_nor_an_operators_input():
    cancelled = _drafted("Dear Mr. Smit,\n\nThe supervisor approves or declines every suggested work order; a "
                         "declined one is stored with its reason code for the next model training.")
    assert "downtime_reasons" not in _choices(cancelled, "workflow.outputs")
    assert "operator_inputs" not in _choices(cancelled, "data.captured")
    stops = _drafted("Dear Mr. Smit,\n\nAt every stop the operator picks a reason code on the line terminal.")
    assert "operator_inputs" in _choices(stops, "data.captured")


def _round(*dated: date) -> Round:
    return Round(number=1, sent_at=date(2026, 12, 6), reply_document="r1.txt", replied_on=dated[0],
                 replies=[RoundReply(document=f"r{n}.txt", replied_on=d) for n, d in enumerate(dated, 1)])


def test_a_reply_dated_before_the_rounds_questions_were_sent_is_said_to_be_so():
    said = dated_before_sent(_round(date(2026, 11, 10), date(2026, 12, 8)))
    assert said == ["r1.txt is dated 10 Nov 2026, before the questions of 6 Dec 2026 were sent: check that it "
                    "answers this round"]


def test_a_reply_dated_on_or_after_the_day_the_questions_were_sent_is_not_warned_of():
    assert dated_before_sent(_round(date(2026, 12, 6), date(2026, 12, 9))) == []
    assert dated_before_sent(Round(number=1, sent_at=date(2026, 12, 6))) == []
