"""An offer's promised return is drafted however it boasts, as the vendor's claim (reading/draft_promised.py,
drafting.yaml promised_boasts), and the plant's high energy consumption told of it is the energy problem (walk71:
"Expected ROI: payback in less than 12 months through 25-30% saving in tooling cost and 10-15% saving in energy cost"
was not drafted, nor "high specific energy consumption in the forge shop")."""
import pytest

from reading.draft import draft

OFFER = ("Quotation SAS/Q/0412 for Deccan Forge, Chakan plant\n\nDear Madam, we are pleased to submit our offer for "
         "your forging shop and CNC lines.\n\nBackground\n\nDeccan Forge operates 9 forging presses and 40 CNC machining centres. Tool breakage on the CNC "
         "lines and high specific energy consumption in the forge shop were discussed during our visit on 07/11/2026.\n\n"
         "Scope\n\nWe fit vibration sensors on the 9 presses and energy meters on 12 feeders; the edge gateways send the "
         "readings every second to our cloud, where your maintenance supervisor sees press health trends and your "
         "energy manager sees a daily energy report. We will install the 9 presses in week 11 and your 40 CNC "
         "machines in week 12 at your Chakan plant.\n\n")


def _answer(evaluation, question):
    return next((a for a in evaluation.answers if a.question == question), None)


@pytest.mark.parametrize("promise", [
    "Expected ROI: payback in less than 12 months through 25-30% saving in tooling cost and 10-15% saving in energy cost.",
    "Payback in less than 12 months, with 25-30% saving in tooling cost.",
])
def test_a_boasting_promise_of_the_offer_is_its_return(promise, bank):
    answer = _answer(draft(OFFER + promise, bank), "return.promise")
    assert answer is not None and "12 months" in answer.text and answer.evidence == "vendor_claim"


def test_a_plain_promise_is_quoted_before_a_boast(bank):
    text = OFFER + "We commit to a payback within 14 months. Payback in less than 12 months is typical."
    answer = _answer(draft(text, bank), "return.promise")
    assert answer is not None and "14 months" in answer.text and "typical" not in answer.text


def test_high_energy_consumption_told_of_the_plant_is_its_energy_problem(bank):
    problems = _answer(draft(OFFER, bank), "problem.plant_problems")
    assert problems is not None and "energy_cost" in problems.choices
