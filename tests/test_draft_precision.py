"""What a careful reader would not tick: a system left as it was, a word read in another sense."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def choices(text: str, qid: str) -> list[str]:
    answer = draft(text, BANK).answer(qid)
    return answer.choices if answer else []


def test_a_control_left_untouched_is_no_plc_link():
    text = "A clamp-on sensor counts every stroke; the press controller was never touched."
    assert "plc_integration" not in choices(text, "data.sources")
    assert "plc_integration" in choices("Our gateway reads the press controller every second.", "data.sources")


def test_a_buffer_of_pallets_is_no_data_buffering():
    text = "We measured the buffering process between filler and packer: the pallet buffer filled within 4 minutes."
    assert "buffered" not in choices(text, "reliability.offline")
    assert "buffered" in choices("The gateway buffers the readings for 72 hours when the link is down.", "reliability.offline")


def test_integration_with_a_line_is_no_system_integration():
    text = "- Integration with the existing packaging line in 3 weeks"
    assert "system_integration" not in choices(text, "workflow.technologies")
    assert "system_integration" in choices("The box posts each good count to your SAP ERP every 15 minutes.", "workflow.technologies")


def test_a_makers_company_name_is_no_plc_link():
    text = "Schneider Electric's planning suite was shown to 40 visitors during the plant tour in March."
    assert "plc_integration" not in choices(text, "data.sources")
    assert "plc_integration" in choices("The gateway reads the Schneider Modicon of each line every second.", "data.sources")


def test_an_approved_budget_is_no_human_approval():
    text = "Budget: EUR 400,000 approved for 14 presses in 2025."
    assert "human_approves" not in choices(text, "upkeep.human_review")
    assert "human_approves" in choices("The planner approves each proposed order before it is released.", "upkeep.human_review")


def test_a_scada_the_vendor_delivers_is_no_existing_source():
    text = "We deliver a new SCADA and Ignition server for the 12 pump stations in 2025."
    assert "existing_systems" not in choices(text, "data.sources")
    assert "existing_systems" in choices("We read the tank levels from your SCADA every minute.", "data.sources")


def test_a_stop_or_shortfall_that_befell_the_plant_is_no_data_captured():
    assert "downtime" not in choices("Unplanned stoppages on the bottling hall fell by 27% in the first year.", "data.captured")
    shortfall = "Those jams meant the weekly output quantity stayed well below what sales had promised."
    assert "production_count" not in choices(shortfall, "data.captured")
    assert "downtime" in choices("The box records every stoppage of the bottling hall with its start and end.", "data.captured")
    assert "production_count" in choices("A light barrier counts the output quantity of each press.", "data.captured")


def test_downtime_the_project_averts_is_no_data_captured_beside_what_it_monitors():
    averted = "The vibration sensors detect early bearing damage and have prevented unplanned downtime on both kilns."
    assert "downtime" not in choices(averted, "data.captured")
    monitored = "The vibration sensors detect early bearing damage, and the box records the downtime of both kilns."
    assert "downtime" in choices(monitored, "data.captured")



def test_a_stop_averted_a_few_words_on_or_slashed_is_no_data_captured():
    for averted in ("Since the gateway went in, monitoring of the kiln fans has avoided any unplanned stoppages.",
                    "Monitoring the four extruders slashed unplanned downtime at the Leeds site."):
        assert "downtime" not in choices(averted, "data.captured"), averted
    assert "downtime" in choices("The gateway monitors the four extruders and logs every unplanned stoppage.",
                                 "data.captured")

def test_monitoring_the_health_of_the_machines_is_no_health_check_of_the_system():
    machines = "Our machine health monitoring watches the 40 kiln fans and warns the planner two weeks ahead."
    assert "health_monitoring" not in choices(machines, "reliability.measures")
    devices = "The health monitoring of every gateway raises an alert when one goes silent."
    assert "health_monitoring" in choices(devices, "reliability.measures")


def test_a_line_that_keeps_running_on_a_shortage_says_nothing_of_a_failed_link():
    shortage = "The planner resequences the queue, so the line keeps running on a part shortage."
    assert "gap_machines_run" not in choices(shortage, "reliability.offline")
    outage = "If the LTE connection is lost, the machines keep running and that hour is missing from the report."
    assert "gap_machines_run" in choices(outage, "reliability.offline")


def test_years_of_work_are_no_years_of_history_kept():
    work = "The study followed seven years of energy efficiency projects at the foundry."
    assert choices(work, "data.history") == []
    kept = "The logger in the compressor house stores five years of readings, exportable as CSV."
    assert choices(kept, "data.history") == ["years_exportable"]


def test_an_inspection_interval_of_the_machines_is_no_quality_result():
    interval = "When the wear readings rise, we propose a shorter inspection interval for the press in your CMMS."
    assert "quality_events" not in choices(interval, "data.captured")
    results = "The inspection results of every part are stored with its serial number."
    assert "quality_events" in choices(results, "data.captured")


def test_a_server_on_site_that_our_engineers_reach_remotely_is_remote_access():
    text = ("The software runs on a server in your data room. For support, our engineers connect through "
            "a TeamViewer session that your IT opens.")
    assert choices(text, "security.model") == ["vendor_remote_access"]
    assert choices("The software runs on a server in your data room.", "security.model") == ["on_premises"]


def test_the_vendor_connecting_for_support_through_the_plants_vpn_is_remote_access():
    text = "The server stands in your IT room. For support we connect through your VPN when you give us an account."
    assert choices(text, "security.model") == ["vendor_remote_access"]


def test_a_process_or_lab_technician_is_no_maintenance_technician():
    text = "Each drift is shown to the process technician on the line, who decides whether to correct it."
    assert "maintenance_techs" not in choices(text, "users.roles")
    text = "Each bearing alarm is shown to the technician on call, who decides whether to stop the fan."
    assert "maintenance_techs" in choices(text, "users.roles")


def test_counts_of_hours_run_or_stock_are_no_parts_produced():
    hours = "The run hour counters of the compressors are entered by hand each Monday."
    assert "production_count" not in choices(hours, "data.captured")
    stock = "The stock counts of every change part are corrected in the ERP before go-live."
    assert "production_count" not in choices(stock, "data.captured")
    parts = "The counters of good parts on each press are read every minute."
    assert "production_count" in choices(parts, "data.captured")


def test_labour_counted_as_an_effect_is_no_quality_problem_and_no_user():
    rework = "Sorting and rework at the end of the line took 9 percent of all labour hours in the plant."
    assert "quality_repeats" not in choices(rework, "problem.plant_problems")
    assert "operators" not in choices("The headcount per shift went from seven to five operators.", "users.roles")
    assert "operators" in choices("Operators see the stop reasons on a screen at each press.", "users.roles")


def test_root_causes_hunted_by_people_are_no_data_analytics_the_plant_gets():
    for text in ("An outside consultant spent four weeks on a root cause analysis of the wrapper stops.",
                 "Each morning the shift holds a ten-minute huddle to find the root causes of the worst stops of the night."):
        assert "data_analytics" not in choices(text, "workflow.technologies")
    text = "Our analytics service finds the root causes of the wrapper stops in the PLC signals."
    assert "data_analytics" in choices(text, "workflow.technologies")


def test_a_machines_cycle_time_is_no_other_process_value():
    text = "We read the cycle time and the cushion of every shot from the PLCs of your twelve moulding machines."
    assert "other" not in choices(text, "data.captured")
    assert "other" in choices("We read the melt viscosity of every batch from the PLC of your mixer.", "data.captured")


def test_a_misspelt_effect_option_is_refused_when_the_rules_load():
    import pytest
    from reading.draft_rules import compile_rules, draft_data
    data = {**draft_data(), "effects": {"drops": {"data.captured": ["dowtime"]}}}
    with pytest.raises(ValueError, match="effects: unknown dowtime"):
        compile_rules(data, BANK)
