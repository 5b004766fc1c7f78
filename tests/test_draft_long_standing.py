"""Kit or a method a sentence says the plant has used for decades is its long-standing way, no part of the project
("bakers have used sensors and controls for decades, but ..."); the same kit the project fits is new
(drafting.yaml roles before: for decades, for generations)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
STORY = ("Kestrel Bakery, a bread maker in Leeds, replaced its paper HACCP logs in 2023. "
         "Kestrel connected its four ovens to a tablet app that records each bake's core temperature. ")


def options(text: str, question: str) -> list[str]:
    answer = draft(text, BANK).answer(question)
    return answer.choices if answer else []


def test_sensors_used_for_decades_are_no_new_sensors():
    text = STORY + "While bakers have used wireless sensors and controls for decades, the logs stayed on paper."
    assert "new_sensors" not in options(text, "data.sources")


def test_the_same_sensors_fitted_by_the_project_are_new():
    text = STORY + "The project fitted new wireless temperature sensors to each oven."
    assert "new_sensors" in options(text, "data.sources")
