"""What case studies say in their own words about what was delivered: monitoring devices fitted on the
machines are new sensors, a plant that now plans its stops has a maintenance plan, production watched in real
time is a live view, scanning with barcode readers is operator input, and inventory that was never right is a
stock mismatch (drafting.yaml cues)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def ticked(text: str, qid: str) -> list[str]:
    answer = draft(text, BANK).answer(qid)
    return answer.choices + answer.suggested if answer else []


def test_monitoring_devices_fitted_on_the_machines_are_new_sensors():
    text = "We mounted online monitoring devices on both kiln fans and the two mill gearboxes."
    assert "new_sensors" in ticked(text, "data.sources")


def test_iot_sensors_fitted_are_new_sensors_and_the_internet_of_things():
    text = "Our engineers fitted IoT sensors to the twelve compressors in the utility hall."
    assert "new_sensors" in ticked(text, "data.sources")
    assert "iiot" in ticked(text, "workflow.technologies")


def test_planned_stops_for_the_repairs_are_a_maintenance_plan():
    text = "The warnings let the mill replace each worn roll during planned stops instead of after a breakdown."
    assert "maintenance_plan" in ticked(text, "workflow.outputs")


def test_production_monitored_in_real_time_is_a_live_view():
    text = "Supervisors now monitor every press line in real time from the office."
    assert "live_dashboard" in ticked(text, "workflow.outputs")


def test_scanning_with_barcode_scanners_is_operator_input():
    text = "At each work centre the crew books every finished bundle with handheld scanners."
    assert "operator_inputs" in ticked(text, "data.captured")


def test_counted_stock_that_was_inaccurate_is_an_inventory_mismatch():
    text = "Before the project the warehouse relied on physical counts twice a year and the records were often wrong."
    assert "inventory_mismatch" in ticked(text, "problem.plant_problems")


def test_a_maintenance_planner_named_as_a_person_is_no_planned_stop():
    text = "Anna Berg, the maintenance planner, joined the plant in 2019."
    assert "maintenance_plan" not in ticked(text, "workflow.outputs")


def test_rfid_readers_fitted_are_new_sensors_and_the_internet_of_things():
    text = "The integrator fitted RFID readers at the three dock doors and tagged every returnable crate."
    assert "new_sensors" in ticked(text, "data.sources")
    assert "iiot" in ticked(text, "workflow.technologies")


def test_a_recall_drill_run_in_minutes_is_a_quality_hold():
    text = "With the new system the plant ran its last mock recall in 20 minutes, down to each pallet shipped."
    assert "quality_holds" in ticked(text, "workflow.outputs")


def test_barcode_readers_at_the_stations_are_operator_entry():
    text = "Assemblers now book each part with barcode readers at the final stations."
    assert "operator_entry" in ticked(text, "data.sources")


def test_taking_a_machine_down_when_its_maintenance_comes_due_is_a_maintenance_plan():
    text = "The planners now decide when to take each press down for maintenance as soon as its warning comes in."
    assert "maintenance_plan" in ticked(text, "workflow.outputs")
