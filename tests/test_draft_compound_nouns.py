"""A word inside a longer noun or verb phrase means that phrase, not the word alone."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def choices(text: str, qid: str) -> list[str]:
    answer = draft(text, BANK).answer(qid)
    return answer.choices if answer else []


def test_a_material_flow_is_no_measured_flow():
    assert "flow" not in choices("We model the material flow between the presses and the paint shop.", "data.captured")
    assert "flow" in choices("We read the coolant flow of each press from the existing flow meter.", "data.captured")


def test_orders_that_flow_through_the_system_are_no_measured_flow():
    text = "With the new planning screen, recipe changes flow straight into the batch controller of each mixer."
    assert "flow" not in choices(text, "data.captured")
    assert "flow" in choices("We log the water flow into each mixer every second.", "data.captured")


def test_pressure_in_the_sense_of_stress_is_no_pressure_measured():
    text = "We read the press counters every second, so the shift lead keeps a clear head under pressure."
    assert "pressure" not in choices(text, "data.captured")
    assert "pressure" in choices("We read the hydraulic pressure of each press every second.", "data.captured")


def test_accounting_for_a_share_is_no_finance_user():
    text = "With compressed air accounting for a third of the power bill, we measure each compressor every minute."
    assert "finance" not in choices(text, "users.roles")


def test_an_overview_heading_is_no_dashboard():
    text = "Project Overview\nWe read the spindle load of the 12 lathes from their controllers every second."
    assert "live_dashboard" not in choices(text, "workflow.outputs")
    assert "live_dashboard" in choices("A plant overview on the hall screen shows every lathe's state.", "workflow.outputs")
