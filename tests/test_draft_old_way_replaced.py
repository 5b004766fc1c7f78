"""The old way named as what the project replaces ("replacing the pressure gauges with load cells") tells the plant
before the project: it drafts no data, source or user, only the problem it states; the new way after the turn still
drafts. A counterfactual ("should have triggered an alert") tells what did not happen: no deed of anybody."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
OFFER = ("For your two moulding halls we connect the 14 press PLCs to a dashboard that shows each stop and its "
         "duration. ")


def choices(text: str, question: str) -> list[str]:
    answer = draft(OFFER + text, BANK).answer(question)
    return answer.choices if answer else []


def test_gauges_the_project_replaces_are_no_data_it_reads():
    text = "The project replaces the pressure gauges on the mixing tanks with load cells."
    assert "pressure" not in choices(text, "data.captured")


def test_replacing_an_old_gauge_reads_nothing_of_it():
    text = "We are replacing the pressure gauges with load cells on the mixing tanks."
    assert "pressure" not in choices(text, "data.captured")


def test_a_part_replaced_during_planned_stops_is_still_a_maintenance_plan():
    text = "The warnings let the mill replace each worn roll during planned stops instead of after a breakdown."
    assert "maintenance_plan" in choices(text, "workflow.outputs")


def test_gauges_the_project_fits_are_read():
    text = "The project fits pressure gauges to the mixing tanks."
    assert "pressure" in choices(text, "data.captured")


def test_manual_work_automated_names_no_operator_entry_nor_users():
    text = "Our terminals automated manual entry of the scrap counts on paper sheets by the operators."
    assert "operators" not in choices(text, "users.roles")
    assert "quality_events" not in choices(text, "data.captured")


def test_the_replaced_paper_ticket_still_states_the_plants_problem():
    text = "A tablet app at each of your presses replaces the paper job ticket."
    assert "reports_delayed" in choices(text, "problem.plant_problems")


def test_a_passive_replacement_keeps_the_deed_told_after_it():
    text = "The worn bearings were replaced before failure, as the vibration trend predicted."
    assert "prediction" in choices(text, "workflow.analytics")


def test_an_alert_that_should_have_fired_is_no_alert():
    text = "Two vibration peaks should have triggered an alert to the maintenance team."
    assert "alerts" not in choices(text, "workflow.outputs")


def test_an_alert_that_fires_is_one():
    text = "Two vibration peaks trigger an alert to the maintenance team."
    assert "alerts" in choices(text, "workflow.outputs")
