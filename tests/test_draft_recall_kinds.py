"""Drafting reads a thing by the kind of word that names it (drafting.yaml word_classes and class_phrases, issue 14): a new
instrument by a fitting verb or how it is built, an edge box by "edge" and a device noun, the plant's problem by a kind
of energy and its cost or by its plan and its trouble, each with its German word beside the English one."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.draft_word_classes import check_classes, class_phrases

BANK = load_bank()


def drafted(text: str) -> dict[str, list[str]]:
    return {a.question: a.choices for a in draft(text, BANK).answers if a.choices}


def test_an_instrument_the_project_fits_is_a_new_sensor_whatever_it_reads():
    said = drafted("We add 40 battery-free steam trap monitors on the header lines of your boiler house; each reports "
                   "the trap's temperature every 10 minutes.")
    assert "new_sensors" in said.get("data.sources", [])
    said = drafted("A near-infrared sensor over the discharge belt measures the moisture of the product every 2 seconds.")
    assert "new_sensors" in said.get("data.sources", [])


def test_a_barcode_reader_a_person_works_is_no_new_sensor():
    said = drafted("We installed barcode readers at the two packing stations, where the packers scan every carton.")
    assert "new_sensors" not in said.get("data.sources", [])


def test_an_edge_box_or_a_receiver_is_a_gateway():
    said = drafted("An edge appliance per line reads the counters from the line controllers over OPC UA every second.")
    assert "gateways" in said.get("data.sources", [])
    said = drafted("The probes talk to one receiver per hall, which forwards the readings to our service.")
    assert "gateways" in said.get("data.sources", [])


def test_a_wireless_instrument_is_the_industrial_internet_of_things():
    said = drafted("We clip wireless gauge readers onto the 60 pressure gauges of your gas cabinets; they send each "
                   "reading every 5 minutes to the receiver in the control room.")
    assert "iiot" in said.get("workflow.technologies", [])


def test_a_kind_of_energy_and_its_cost_is_the_energy_cost_problem():
    said = drafted("Your steam costs rose by 41% since 2022 and are now the second largest item after raw materials.")
    assert "energy_cost" in said.get("problem.plant_problems", [])
    said = drafted("Your steam traps are checked twice a year by the maintenance team.")
    assert "energy_cost" not in said.get("problem.plant_problems", [])


def test_a_loss_ranked_by_how_often_it_comes_is_a_loss_pattern():
    said = drafted("Every month the system lists the changeover steps that overrun most often, per line and per team.")
    assert "loss_patterns" in said.get("workflow.analytics", [])
    said = drafted("A monthly report shows which recipes and which furnaces go with the hardness failures.")
    assert "loss_patterns" in said.get("workflow.analytics", [])


def test_screens_named_in_german_are_a_live_dashboard():
    said = drafted("Die Bildschirme an jeder Linie zeigen den Status der Maschinen und die Stillstände der Schicht.")
    assert "live_dashboard" in said.get("workflow.outputs", [])


def test_a_setpoint_the_system_writes_or_a_stop_it_makes_itself_is_a_closed_loop():
    said = drafted("Every 5 minutes the controller calculates a new air temperature setpoint and writes it to the "
                   "dryer PLC, within the limits your process engineer sets.")
    assert "closed_loop" in said.get("workflow.analytics", [])
    said = drafted("When the blade gets too loud, the system automatically stops the feed of the saw.")
    assert "closed_loop" in said.get("workflow.analytics", [])


def test_energy_against_what_was_made_or_its_period_is_an_energy_report():
    said = drafted("The server calculates steam and electricity per hectolitre for every brew and sends the table "
                   "to the brewmaster each Monday.")
    assert "energy_reports" in said.get("workflow.outputs", [])


def test_a_plan_named_with_its_trouble_is_planning_on_assumptions():
    said = drafted("Today your planners build the weekly schedule in Excel spreadsheets from standard times.")
    assert "planning_assumptions" in said.get("problem.plant_problems", [])
    said = drafted("Your plant has special planning problems: one reactor feeds three packing lines.")
    assert "planning_assumptions" in said.get("problem.plant_problems", [])


def test_a_kind_is_every_word_of_one_class_before_every_word_of_the_other():
    phrases = class_phrases({"class_phrases": [{"drafts": {"data.sources": ["gateways"]}, "first": ["edge", ["iot edge"]],
                                       "then": ["box", "unit"], "alone": ["receiver"]}]})
    assert set(phrases) == {"edge box", "edge unit", "iot edge box", "iot edge unit", "receiver"}
    gapped = class_phrases({"class_phrases": [{"drafts": {"data.sources": ["new_sensors"]}, "first": ["fitted"], "gap": True,
                                      "then": ["probe"]}]})
    assert list(gapped) == ["fitted ... probe"]


def test_a_kind_naming_an_unknown_option_is_refused():
    with pytest.raises(ValueError, match="class_phrases: unknown gateway "):
        check_classes({"class_phrases": [{"drafts": {"data.sources": ["gateway"]}, "alone": ["edge box"]}]}, BANK.questions())


def test_a_money_system_named_by_what_it_pays_or_charges_is_the_finance_link():
    answer = draft("The terminal exports the hours of every operator each night to the payroll system.", BANK)
    assert "finance" in [row.system for row in answer.answer("connect.integrations").integrations]


def test_maintenance_planned_ahead_named_by_its_task_is_a_maintenance_plan():
    said = drafted("Preventive orders are created by calendar in the new system and released by the planner each Monday.")
    assert "maintenance_plan" in said.get("workflow.outputs", [])
    said = drafted("From the counted strokes the system calculates the lubrication plan of every press.")
    assert "maintenance_plan" in said.get("workflow.outputs", [])


def test_a_person_of_the_plant_entering_data_is_operator_entry():
    said = drafted("At the end of each test the tester scans the serial number and the result is stored with it.")
    assert "operator_entry" in said.get("data.sources", [])
    assert "operator_inputs" in said.get("data.captured", [])
    said = drafted("Every lab sample is entered on the HMI of the dryer, so the controller can be checked each shift.")
    assert "operator_entry" in said.get("data.sources", [])


def test_a_decision_taken_at_once_is_taken_within_minutes():
    said = drafted("When a press stops, the technician on call sees the stop on his phone at once and books the cause.")
    assert "minutes" in said.get("decision.latency", [])


def test_a_horn_or_a_signal_a_person_hears_is_an_alert():
    said = drafted("A horn sounds at the board when a machine has been in fault for more than 5 minutes.")
    assert "alerts" in said.get("workflow.outputs", [])


def test_a_record_kept_to_prove_or_trace_each_item_is_a_quality_hold():
    said = drafted("Every bake is stored with its batch number and the probe readings as your HACCP record.")
    assert "quality_holds" in said.get("workflow.outputs", [])
    said = drafted("The torque values of every screw are kept with the pack's serial number in the line database.")
    assert "quality_holds" in said.get("workflow.outputs", [])


def test_a_plan_redone_or_a_job_moved_is_a_schedule_change():
    said = drafted("The planner re-sequences the orders on the board and the new sequence is sent to the filler.")
    assert "schedule_changes" in said.get("workflow.outputs", [])
    said = drafted("From the expected lifting times the planner can move the next pours forward or back each morning.")
    assert "schedule_changes" in said.get("workflow.outputs", [])


def test_a_project_started_at_once_or_a_common_protocol_is_no_kind():
    said = drafted("We can start the project right away, as soon as possible after your order.")
    assert "minutes" not in said.get("decision.latency", [])
    said = drafted("The gateway speaks OPC UA, the most common protocol of the presses in your hall.")
    assert "loss_patterns" not in said.get("workflow.analytics", [])


def test_the_vendors_people_choosing_or_a_screen_mounted_draft_no_kind():
    said = drafted("Our technicians select the mounting points for the gateway during the site visit.")
    assert "operator_entry" not in said.get("data.sources", [])
    said = drafted("Two large monitors are mounted above the assembly line in hall 2.")
    assert "new_sensors" not in said.get("data.sources", [])


def test_a_report_names_the_words_the_text_says_before_a_kind_around_them():
    from reading.draft import drafter_for
    cues = {(o, p) for q, o, p in drafter_for(BANK).cues("We fit new wireless vibration sensors on each press.")
            if q == "data.sources"}
    assert ("new_sensors", "wireless vibration sensors") in cues and ("new_sensors", "fit ... sensor") not in cues
    cues = {(o, p) for q, o, p in drafter_for(BANK).cues("We add 40 steam trap monitors on the header lines.")
            if q == "data.sources"}
    assert ("new_sensors", "steam trap monitor") in cues


def test_the_state_of_each_machine_named_by_the_machine_is_machine_status():
    said = drafted("The press status and the sheet counter are read from each press console every 30 seconds.")
    assert "machine_status" in said.get("data.captured", [])


def test_the_vendor_updating_and_running_the_service_is_the_vendors_upkeep():
    said = drafted("After go-live RoastLog updates and runs the service; your roast master gets a half-day training.")
    assert said.get("upkeep.owner") == ["vendor_service"]


def test_the_plants_own_it_keeping_the_system_running_is_its_upkeep():
    said = drafted("The server runs on a virtual machine in your data centre, operated by your IT after handover.")
    assert said.get("upkeep.owner") == ["it_ot_team"]


def test_training_given_where_the_people_work_is_on_site_training():
    said = drafted("Training: 1 day in your mill for the maintenance team and the shift millers.")
    assert said.get("users.training") == ["onsite"]


def test_a_repair_asked_for_as_a_job_of_its_own_is_a_work_order():
    said = drafted("When a tool reaches 80 % of its life, a maintenance job is opened in your CMMS for the toolroom.")
    assert "work_orders" in said.get("workflow.outputs", [])


def test_a_screen_where_people_work_that_shows_the_plant_is_a_live_dashboard():
    said = drafted("A 55-inch screen over the setter bench shows all 28 machines as tiles, green, grey or red.")
    assert "live_dashboard" in said.get("workflow.outputs", [])


def test_the_output_counted_by_what_it_weighs_is_a_production_count():
    said = drafted("The melt weight per charge is read from the furnace PLC every charge and stored per alloy.")
    assert "production_count" in said.get("data.captured", [])
