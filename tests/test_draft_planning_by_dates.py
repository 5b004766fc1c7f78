"""A plan told by the dates it misses or the capacity it runs short of is the planning problem (drafting.yaml
class_phrases): "issues in meeting deadlines", "capacity constraints". A deadline the offer itself meets is no
problem of the plant."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def problems(text: str) -> list[str]:
    answer = draft(text, BANK).answer("problem.plant_problems")
    return answer.choices if answer else []


def test_missed_deadlines_before_the_project_are_the_planning_problem():
    assert "planning_assumptions" in problems(
        "Before the project, the press shop often missed deadlines for its two largest customers. "
        "We installed a finite scheduling board that reads the orders from the ERP.")


def test_capacity_constraints_before_the_project_are_the_planning_problem():
    assert "planning_assumptions" in problems(
        "As it grew, the moulding plant was running into capacity constraints on its six presses every month. "
        "The plant chose a scheduling system that reads the order book every night.")


def test_an_offer_that_meets_its_own_deadline_states_no_problem():
    assert "planning_assumptions" not in problems(
        "We will meet the deadline of week 12 for the go-live of the scheduling board at your plant.")
