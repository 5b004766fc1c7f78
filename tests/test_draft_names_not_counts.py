"""A word that opens with a digit may name a thing ("5S", "3D", "4G"), not count one: only a count
ties a sentence to the plant's own state, so only a count lets what a screen shows state a problem."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def problems(text: str) -> list[str]:
    answer = draft(text, BANK).answer("problem.plant_problems")
    return sorted(answer.choices) if answer else []


def test_a_board_showing_a_5s_audit_and_rejects_states_no_quality_problem():
    text = ("Each assembly cell received a new status screen. The screen shows the 5S audit result, "
            "first-pass yield, rejects and a pareto of recurring defects for the shift.")
    assert "quality_repeats" not in problems(text)


def test_a_count_of_recurring_defects_still_states_the_problem():
    text = ("Each assembly cell received a new status screen. Last quarter 14 percent of boards came back "
            "with recurring defects.")
    assert "quality_repeats" in problems(text)
