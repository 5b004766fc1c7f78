"""The plan made by hand, or lacked, is the planning problem (issue 14): scheduling carried out manually or with
spreadsheets, a plant that needed a system for its scheduling or had no handle on it; and a list after such a lack
names each of its items ("a handle on production scheduling, inventory and costs": the plan and the stock)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def problems(text: str) -> list[str]:
    answer = draft(text, BANK).answer("problem.plant_problems")
    return answer.choices if answer else []


OFFER = " We install a finite scheduling tool that reads the orders from your ERP every night."


def test_scheduling_carried_out_manually_is_the_planning_problem():
    text = "Before the project, the weekly schedule was drawn up manually by two planners at the extrusion plant." + OFFER
    assert "planning_assumptions" in problems(text)


def test_a_plant_that_needed_a_system_for_its_scheduling_has_the_planning_problem():
    text = "Previously, the joinery kept orders in its accounting package, but it needed a proper tool for scheduling." + OFFER
    assert "planning_assumptions" in problems(text)


def test_a_lack_told_of_a_list_names_the_plan_and_the_stock():
    text = ("Before the project we didn't have a good handle on production scheduling, inventory and true costs "
            "because the data was inaccurate." + OFFER)
    assert {"planning_assumptions", "inventory_mismatch"} <= set(problems(text))


def test_a_tool_that_plans_by_itself_states_no_planning_problem():
    text = "The tool plans every order automatically and shows the sequence on a screen at each line."
    assert "planning_assumptions" not in problems(text)
