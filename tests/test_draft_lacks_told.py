"""The plant before the project told by what it lacked states its problem, a negation notwithstanding: "we didn't have
a handle on inventory" is the inventory problem (drafting.yaml roles: lacks_told). What the offer says it never does
is still denied."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def problems(text: str) -> list[str]:
    answer = draft(text, BANK).answer("problem.plant_problems")
    return answer.choices if answer else []


def test_a_before_state_told_by_what_the_plant_lacked_states_that_problem():
    text = ("Before the project, the sawmill had no control of inventory between the kilns and the planer. "
            "We fitted RFID readers at both ends and post every pack to the ERP.")
    assert "inventory_mismatch" in problems(text)


def test_an_offer_that_denies_a_loss_states_no_problem():
    text = ("Our RFID readers never lose track of inventory between the kilns and the planer. "
            "We post every pack to the ERP.")
    assert "inventory_mismatch" not in problems(text)
