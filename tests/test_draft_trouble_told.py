"""The problem "other" is drafted from one site's story only where its before-state names a trouble of the plant (a
loss, a failure, a lack, a cost, a complaint); a before-state that tells only the company's history, size or the tools
it used is background, and "other" is only offered to check (drafting.yaml roles: troubles)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def _problems(text: str):
    return draft(text, BANK).answer("problem.plant_problems")


def test_a_before_state_of_history_and_old_tools_only_offers_another_problem():
    text = ("Brackwell Pumps was founded in 1952 as a two-man workshop and today builds 4,000 pumps a year in Leeds. "
            "Previously, Brackwell used a spreadsheet for orders and a whiteboard for the week's jobs on the shop floor. "
            "In 2023 Brackwell installed a scheduling system that plans every machine of the plant each night.")
    problems = _problems(text)
    assert not problems or "other" not in problems.choices
    assert problems and "other" in problems.suggested


def test_a_before_state_that_names_a_struggle_drafts_another_problem():
    text = ("Brackwell Pumps was founded in 1952 as a two-man workshop and today builds 4,000 pumps a year in Leeds. "
            "Previously, Brackwell struggled to plan the week's jobs, as orders were kept on a spreadsheet and a whiteboard. "
            "In 2023 Brackwell installed a scheduling system that plans every machine of the plant each night.")
    problems = _problems(text)
    assert problems and "other" in problems.choices


def test_a_before_state_that_names_a_cost_drafts_another_problem():
    text = ("Brackwell Pumps was founded in 1952 as a two-man workshop and today builds 4,000 pumps a year in Leeds. "
            "Previously, Brackwell paid a costly night shift of clerks to copy every order from a spreadsheet to the whiteboard. "
            "In 2023 Brackwell installed a scheduling system that plans every machine of the plant each night.")
    problems = _problems(text)
    assert problems and "other" in problems.choices
