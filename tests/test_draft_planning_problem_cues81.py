"""Planning on assumptions told as planning that is hard, or made from experience and rules of thumb (drafting.yaml
problem.plant_problems planning_assumptions; recall81)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def problems(text: str) -> set[str]:
    answer = draft(text, BANK).answer("problem.plant_problems")
    return set(answer.choices) if answer else set()


def test_planning_made_from_the_planners_experience_is_planning_on_assumptions():
    story = ("Before the project, the weekly plan of the Tilburg bakery was drawn up from the planners' experience "
             "and a few rules of thumb. In 2023 a finite-capacity scheduler was introduced. It now sequences the "
             "orders of all four ovens each night.")
    assert "planning_assumptions" in problems(story)


def test_planning_told_as_a_nightmare_is_planning_on_assumptions():
    story = ("With 300 recipes on three lines, production planning had become a nightmare at the Lyon plant. "
             "In 2022 the plant introduced a scheduling system that plans every line a week ahead. "
             "The planners now adjust the plan once a day.")
    assert "planning_assumptions" in problems(story)
