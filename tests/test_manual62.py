"""Drafting faults two new-buyer walks found in technical documents (issue 14, manual62): a device keeping an amount
of data while the link is down is a buffer (drafting.yaml class_phrases: keeps, kept_for, link_down)."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def ticked(text: str, qid: str) -> list[str]:
    answer = draft(text, BANK).answer(qid)
    return answer.choices + answer.suggested if answer else []


@pytest.mark.parametrize("text", [
    "The gateway keeps 30 days of data if the link goes down.",
    "The edge box stores 14 days of readings locally when the network is down.",
    "If the network goes down, the edge PC keeps 7 days of readings.",
])
def test_data_kept_on_the_device_while_the_link_is_down_is_buffered(text):
    assert "buffered" in ticked(text, "reliability.offline")


@pytest.mark.parametrize("text", [
    "The platform keeps 30 days of data.",
    "The machines keep running for 3 hours when the network is down.",
])
def test_data_kept_without_a_link_down_or_running_on_is_no_buffer(text):
    assert "buffered" not in ticked(text, "reliability.offline")


def problem_text(text: str) -> str:
    answer = draft(text, BANK).answer("problem.statement")
    return answer.text if answer else ""


def test_a_loss_only_supposed_by_if_is_no_problem_of_the_plant():
    text = ("If the connection between gateway and server is lost, the gateway buffers up to 30 days of data and "
            "sends it when the link returns.")
    assert "buffers" not in problem_text(text)


def test_a_loss_the_plant_suffers_still_states_the_problem():
    assert "loses" in problem_text("Today your line loses 14 hours a month to unplanned stops.")


def test_a_days_hours_from_clock_time_to_clock_time_promise_no_return():
    text = ("KilnSight support is available Monday to Friday from 7:00 to 19:00 CET, with a response time of 4 hours "
            "for priority 1 incidents.")
    answer = draft(text, BANK).answer("return.promise")
    assert not (answer and "support" in answer.text)


def test_a_connector_named_is_a_link_whose_owner_the_next_sentence_names():
    text = ("A standard connector for Microsoft Dynamics AX 2012 R3 posts the gas consumption per production order to "
            "AX every hour.\nThe connector reads released production orders from Dynamics AX every 15 minutes.\n"
            "The customer's IT department owns the AX side of the interface; KilnSight maintains the connector.")
    answer = draft(text, BANK).answer("connect.integrations")
    assert {row.system: row.owner for row in answer.integrations}.get("inventory") == "IT department"


def test_alarms_in_a_cell_of_what_is_monitored_are_data_read_no_alerts():
    text = ("Asset: Servo feeders; Qty: 12; Monitored components: Drive current, alarms; Sensor source: Existing PLC "
            "tags")
    assert "alerts" not in ticked(text, "workflow.outputs")


def test_alarms_the_offer_sends_are_still_alerts():
    text = "Output: alarms sent to the shift leader's phone; Interface: SMS"
    assert "alerts" in ticked(text, "workflow.outputs")


def test_an_alarm_raised_when_the_event_happens_is_seen_within_minutes():
    text = "An alarm is raised when a zone temperature leaves its tolerance band for more than 60 seconds."
    assert ticked(text, "decision.latency") == ["minutes"]


def test_a_length_data_is_kept_for_is_no_week_late_decision():
    text = "The historian keeps raw values for 24 months and hourly aggregates for 10 years."
    assert "week" not in ticked(text, "decision.latency")
