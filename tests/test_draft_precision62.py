"""Ticks on the plant's problems, data sources, technologies, decision speed and return measure (precision62): an
industrial robot the project put in, or one working on its own, is the autonomous robots technology, whatever the
story calls it ("installed two robots", "a robotic palletizing line"); robots named only in passing, as what the
industry had before or what the plant has long had, are none."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()

ROBOT_STORY = """Case study: Heller Backwaren automates its oven loading

The Challenge
Heller Backwaren loaded its tunnel ovens by hand, and two bakers were injured in 2023.

The Solution
In spring 2024 the bakery installed two industrial robots that load the trays onto the oven belt.
The robots take the trays from the proofer and place them at the oven entrance.

The Results
Injuries fell to zero and the line now bakes 12 % more trays per shift.
"""

PASSING_ROBOTS = """Case study: Heller Backwaren tracks its oven energy

The Challenge
Heller Backwaren did not know how much gas each tunnel oven used per tray.

The Solution
In spring 2024 the bakery fitted a gas meter to each of its four ovens and a gateway that sends the readings to
the energy dashboard every minute.
Robots and conveyors were the first wave of automation; data is the second.

The Results
Gas per tray fell by 9 % within six months.
"""


def _answer(text: str, question: str):
    return next((a for a in draft(text, BANK).answers if a.question == question), None)


def _choices(text: str, question: str) -> list[str]:
    answer = _answer(text, question)
    return answer.choices if answer else []


def test_robots_a_case_study_tells_the_project_installed_draft_autonomous_robots():
    assert "autonomous_robots" in _choices(ROBOT_STORY, "workflow.technologies")


def test_robots_named_only_in_passing_are_neither_drafted_nor_offered_as_autonomous_robots():
    answer = _answer(PASSING_ROBOTS, "workflow.technologies")
    assert answer is not None and "iiot" in answer.suggested  # the gateway the bakery fitted is still read
    assert "autonomous_robots" not in answer.choices + answer.suggested
