"""Quotes and the vendor's own words (german16): a quote with a figure tells a result, a quoted account of the plant
before tells its problem, and the vendor's alert in English or German drafts alerts. (A quoted opinion with no figure
read as no claim was tried and taken back: a customer's quoted deed, "“We see every stop ... on a live dashboard,” says
the plant manager", drafts what it tells: tests/test_roles.py.)"""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()
OFFER = "Our system monitors the presses around the clock.\n"


def drafted(text: str) -> dict:
    return {a.question: a for a in draft(OFFER + text, BANK).answers}


@pytest.mark.parametrize("claim", [
    "The system alerts the maintenance lead within minutes of a fault.",
    "Das System sendet bei jeder Abweichung eine Warnmeldung an den Schichtleiter.",
])
def test_the_same_said_by_the_vendor_drafts_alerts(claim):
    outputs = drafted(claim).get("workflow.outputs")
    assert outputs is not None and "alerts" in outputs.choices


def test_a_quote_with_a_figure_still_tells_a_result():
    answers = drafted("“Unplanned stops fell from 40 to 12 hours a month,” says the plant manager.")
    assert "return.measurement" in answers or "problem.plant_problems" in answers, answers


def test_a_quoted_account_of_the_plant_before_still_tells_its_problem():
    text = "\"They were spending far too much money on energy for the steam system,\" said the plant's engineer.\n"
    answer = drafted(text).get("problem.plant_problems")
    assert answer is not None and "energy_cost" in answer.choices, answer
