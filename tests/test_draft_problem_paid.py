"""What the plant pays, spends or loses today, in money or time, states its problem (issue 14, walk 2): a loss
counted in a before-state (or right after one) is the problem statement, a labelled goal leaves it, a part of the
plant that loses time with how often is the plant's state; the offer's price, its SLA's penalties, a plan to
measure and a result at another plant state no problem."""
import pytest

from questions import load_bank
from reading.draft import draft, drafter_for
from reading.text import reader_for

BANK = load_bank()
OFFER = ("\n\nWhat we deliver: twelve power meters on the furnaces, read every second over Modbus TCP, and a dashboard "
         "for the melt shop foreman with an alarm before the peak window is exceeded.\n\n")


def statement(text: str) -> str:
    answer = draft(text, BANK).answer("problem.statement")
    return answer.text if answer else ""


def told(text: str) -> list[str]:
    return [t.role for t in drafter_for(BANK).told(reader_for(BANK).read(text))]


@pytest.mark.parametrize("loss", [
    "Nobody can say which furnace drives the peak charges, and last year the plant paid EUR 212,000 in "
    "peak-demand penalties.",
    "Today the compressors run all weekend, and the site spends about EUR 40,000 a year on idle air.",
    "Until now the compressors run all weekend, and the site spends about EUR 40,000 a year on idle air.",
    "Today the kilns are fired by the clock. The plant pays 1.2 million euros a year in gas it need not burn.",
    "Currently the planners spend 25 hours a week rebuilding the schedule by hand.",
])
def test_money_or_time_the_plant_pays_before_the_project_is_the_problem_statement(loss):
    text = "EnerLoop - Offer 311 for Brandt Foundry\n\n" + loss + OFFER + "Price: EUR 58,000 once."
    said = statement(text)
    assert loss.split(". ")[-1].rstrip(".") in said
    assert "EUR 58,000" not in said and "Modbus" not in said


@pytest.mark.parametrize("label", ["Goal", "Aim", "Objective", "Target", "Ziel"])
def test_a_labelled_goal_leaves_the_statement_where_the_plant_counts_its_loss(label):
    text = ("EnerLoop - Offer 311 for Brandt Foundry\n\nNobody can say which furnace drives the peak charges, and last "
            "year the plant paid EUR 212,000 in peak-demand penalties." + OFFER + label + ": energy per tonne of good "
            "castings from 820 kWh/t to 740 kWh/t, and no peak-demand penalty in the 12 months after go-live.")
    said = statement(text)
    assert "EUR 212,000" in said and "820 kWh/t" not in said


@pytest.mark.parametrize("sentence", [
    "Every week line 2 loses 9 hours to unplanned stops.",
    "The fitters spend about 30 hours a month chasing the cause of each stop.",
    "On each shift the filler loses 40 minutes to changeovers.",
])
def test_a_part_of_the_plant_losing_time_with_how_often_is_the_plants_state(sentence):
    text = sentence + " We fit vibration sensors on the six extruder gearboxes and show each machine's health."
    assert told(text)[0] == "before"
    assert sentence.rstrip(".") in statement(text)


@pytest.mark.parametrize("sentence", [
    "Our SLA guarantees 99.9% availability, with penalties as per the maintenance contract.",
    "Our SLA guarantees 99.9% availability, with penalties of EUR 500 per hour of downtime.",
    "Price: EUR 48,000 once, and the licence costs EUR 6,000 per year.",
    "How we'll know it worked: we'll compare the unplanned stop hours of the 3 months after go-live with the 3 "
    "months before.",
    "Every week our system saves the line 9 hours of unplanned stops.",
])
def test_the_offers_price_contract_or_plan_states_no_problem(sentence):
    text = "We fit vibration sensors on the six extruder gearboxes and show each machine's health.\n\n" + sentence
    assert statement(text) == ""


def test_a_result_at_another_plant_after_the_before_state_is_no_loss_of_this_one():
    text = ("Today the melt shop's two induction furnaces are billed as one meter. At a foundry in Bavaria our system "
            "cut the penalties paid by EUR 90,000 a year." + OFFER)
    assert told(text)[1] != "before"
    assert "90,000" not in statement(text)


@pytest.mark.parametrize("sentence", [
    "Now the operators note the stops by hand on a paper list.",
    "At the moment the planners keep the die strokes in Excel.",
    "Today the inspectors write each reject on paper.",
])
def test_the_plants_people_working_by_hand_in_the_present_is_the_plants_state(sentence):
    text = sentence + " We fit a terminal at each press that records every stop with its reason."
    assert told(text)[0] == "before"


@pytest.mark.parametrize("sentence", [
    "The operator confirms each stop reason manually on the terminal.",
    "No more paper lists: the operators scan each stop at the press.",
    "Our engineers commission the gateway by hand.",
])
def test_handwork_with_the_offers_kit_or_turned_from_is_no_plant_state(sentence):
    assert told(sentence + " We fit a terminal at each press.")[0] != "before"


def test_handwork_the_plant_retired_is_a_result_not_its_state():
    text = ("In May the plant officially retired its handwritten data collection sheets. "
            "We fit a terminal at each press.")
    assert told(text)[0] != "before"


@pytest.mark.parametrize("sentence", [
    "Worried about leaks, the fitters started walking the air lines each week to note pressures by hand.",
    "Since the scale only has a display, the workers write every weight on paper.",
])
def test_the_plants_people_working_by_hand_after_an_opening_phrase_is_the_plants_state(sentence):
    text = sentence + " We fit a terminal at each press that records every stop with its reason."
    assert told(text)[0] == "before"


def test_handwork_after_an_opening_phrase_with_the_offers_kit_is_no_plant_state():
    text = "Since the terminal went live, the operators confirm each stop manually on the terminal. We fit a gateway."
    assert told(text)[0] != "before"
