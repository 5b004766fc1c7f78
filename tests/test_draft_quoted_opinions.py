"""An informant's quoted opinion is no claim (issue 14 and 16, german16): words that open with a quotation mark and are
said by somebody ("..., said the maintenance lead", "..., sagt der Instandhaltungsleiter") with no figure draft
nothing of the offer, as a quoted hope does; quoted with a figure they still tell a result, and the same words
said by the vendor are its claim."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()
OFFER = "Our system monitors the presses around the clock.\n"


def drafted(text: str) -> dict:
    return {a.question: a for a in draft(OFFER + text, BANK).answers}


@pytest.mark.parametrize("quote", [
    "'The alarms reach us in time,' said the maintenance lead.",
    "“The alerts come early enough for us,” says the shift leader.",
    "„Die Warnmeldungen kommen rechtzeitig“, sagt der Instandhaltungsleiter.",
])
def test_a_quoted_opinion_drafts_no_alerts_and_no_latency(quote):
    answers = drafted(quote)
    outputs = answers.get("workflow.outputs")
    assert "decision.latency" not in answers and not (outputs and "alerts" in outputs.choices), answers


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
