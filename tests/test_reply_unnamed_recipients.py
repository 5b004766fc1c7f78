"""A reply that sends its output to whoever it concerns, unnamed ("creates work orders in your CMMS and notifies the
right technician automatically", "alerts go to the right people"): it names no one who acts on it or reviews it, so it
closes neither the workflow nor the review (issue 16, a kind a probe of vague sentences of my own found). Every
sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

LINES = ("PackSense is a smart factory and predictive maintenance platform for bottling lines.\n"
         "IoT vibration sensors, AI and real-time OEE dashboards for operators, maintenance and managers.\n"
         "Cloud-based, integrates with your ERP, MES and CMMS.\n")


@pytest.fixture(scope="module")
def lines():
    return sent_out(LINES, "PackSense", "A. Novak")


MAIL = Mail("Dear Ms Novak,", "Kind regards,\nPieter Claes")


@pytest.mark.parametrize("sentence", [
    "The system creates work orders in your CMMS and notifies the right technician automatically.",
    "Each warning goes to the right people on their phones, who then take care of it.",
])
def test_output_sent_to_whoever_it_concerns_closes_neither_workflow_nor_review(lines, sentence):
    asked = MAIL.asked(lines, sentence)
    assert not asked["workflow"].closed and not asked["human_review"].closed
    assert MAIL.specific(lines, sentence) == []


def test_a_named_role_who_approves_each_work_order_still_closes_the_review(lines):
    assert MAIL.asked(lines, "The maintenance manager approves every work order proposed by the AI.")["human_review"].closed
