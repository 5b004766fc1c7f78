"""Plain words for what a project delivers: a count sensor counts parts, live OEE on a shop-floor
screen is a live dashboard, and data that flows to the ERP is a link to it."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def choices(text: str, qid: str) -> list[str]:
    answer = draft(text, BANK).answer(qid)
    return answer.choices if answer else []


def test_a_count_sensor_captures_the_production_count():
    assert "production_count" in choices("We fit a photo-eye count sensor at the end of each press line.", "data.captured")


def test_live_oee_on_a_shop_floor_screen_is_a_live_dashboard():
    assert "live_dashboard" in choices("Live OEE per shift is shown on a shop-floor screen at each line.",
                                       "workflow.outputs")


def test_data_that_flows_to_the_erp_is_an_integration():
    rows = draft("The counts of good parts flow toward the ERP at the end of each order.", BANK).answer("connect.integrations")
    assert rows and "inventory" in [r.system for r in rows.integrations]


def test_orders_downloaded_from_the_mes_and_counts_that_go_back_move_data_both_ways():
    rows = draft("Work orders are downloaded from the plant's MES at 6 am and the good counts go back after each "
                 "shift.", BANK).answer("connect.integrations")
    assert rows and ("production", "both") in [(r.system, r.direction) for r in rows.integrations]


def test_mean_time_between_failures_per_machine_finds_where_the_losses_are():
    text = "Each week we compute the mean time between failures of every filler and capper."
    assert "loss_patterns" in choices(text, "workflow.analytics")


def test_a_blocked_machine_is_a_line_state_but_a_lot_set_to_blocked_is_a_quality_hold():
    state = "The andon shows each filler's state (running, starved, blocked, fault) on the hall screen."
    assert "quality_holds" not in choices(state, "workflow.outputs")
    hold = "When a pallet fails the lab check, the QA lead sets its status to blocked in the MES."
    assert "quality_holds" in choices(hold, "workflow.outputs")


def test_stops_sorted_into_categories_are_downtime_reasons():
    text = "The line model breaks its downtime into categories: no material, changeover, fault and break."
    assert "downtime_reasons" in choices(text, "workflow.outputs")
    assert "downtime_reasons" in choices("Each panel shows the three biggest loss categories of the shift.",
                                         "workflow.outputs")


def test_a_line_status_shown_running_or_stopped_is_machine_status():
    assert "machine_status" in choices("Each hall screen shows the line status and the count of the shift.", "data.captured")
    assert "machine_status" in choices("The lamp at each press shows running/stopped to the setter.", "data.captured")


def test_a_finite_capacity_scheduling_system_changes_the_schedule():
    text = "The plant now runs a finite capacity scheduling system on the planner's desk."
    assert "schedule_changes" in choices(text, "workflow.outputs")


def test_at_any_time_says_when_not_that_the_data_can_be_taken_out():
    assert "open_export" not in choices("Your setter can stop the press at the panel at any time.",
                                        "connect.data_ownership")
    assert "open_export" not in choices("Forty orders are in the shop at any time, and the planner tracks each one.",
                                        "connect.data_ownership")
    assert "open_export" in choices("All counts can be exported any time to your own server.", "connect.data_ownership")
    assert "open_export" in choices("The portal offers an Excel export of every stop, at any time.",
                                    "connect.data_ownership")


def test_a_forecast_of_demand_is_an_input_to_the_plan_not_a_prediction():
    assert "prediction" not in choices("The planner loads the demand forecasts of the key accounts each Monday.",
                                       "workflow.analytics")
    assert "prediction" in choices("The model forecasts the wear of each bearing from its vibration.",
                                   "workflow.analytics")


def test_a_flow_of_energy_through_the_plant_is_no_measured_process_flow():
    assert "flow" not in choices("Sub-meters on every line make the energy flow of the hall clear.", "data.captured")
    assert "flow" in choices("A flow meter on the cooling circuit reads the flow in m3/h.", "data.captured")


def test_a_model_alone_is_no_data_analytics_but_an_analysis_is():
    assert "data_analytics" not in choices("We draw a 3D model of hall 5 from your CAD layout before the robots come.",
                                           "workflow.technologies")
    assert "data_analytics" in choices("A weekly Pareto analysis ranks the stop reasons of each press.",
                                       "workflow.technologies")


def test_the_cost_of_energy_named_the_other_way_round_is_the_energy_cost_problem():
    text = "The rising cost of electricity at the foundry is its biggest problem; we meter each furnace."
    answer = draft(text, BANK).answer("problem.plant_problems")
    assert answer and "energy_cost" in answer.choices + answer.suggested


def test_status_shown_on_monitors_in_the_hall_is_a_live_dashboard():
    text = "Each press's status and count are shown on large monitors mounted above the aisle."
    assert "live_dashboard" in choices(text, "workflow.outputs")


def test_smart_meters_are_meters_not_a_sales_word():
    text = "The mill is installing smart meters on each furnace feeder to measure the energy per steel grade."
    assert "meters" in choices(text, "data.sources")
    assert "energy_consumption" in choices(text, "data.captured")


def test_what_the_operator_chooses_types_or_ticks_is_an_operator_input():
    for text in ["At each job change the press operator chooses the reason on the panel PC.",
                 "The order quantity is typed in by the setter on the counter's keypad.",
                 "Operators tick each step of the changeover as done on the tablet."]:
        assert "operator_inputs" in choices(text, "data.captured"), text


def test_a_feed_rate_is_a_flow_and_a_lab_result_a_quality_measurement():
    got = choices("Our edge box reads the dryer burner's gas feed rate from the Siemens PLC, and moisture "
                  "of every batch comes in from your lab results.", "data.captured")
    assert {"flow", "quality_events"} <= set(got)


# --- words that name an option in another sense ------------------------------------------------------


def test_parts_replaced_before_failure_are_no_alert_but_a_warning_before_failure_is():
    assert "alerts" not in choices("Every worn bearing on the drying cylinders was replaced before failure.",
                                   "workflow.outputs")
    assert "alerts" in choices("Our gateway warns the shift lead before failure of a bearing, by SMS.", "workflow.outputs")


def test_a_recorded_curve_or_the_plants_own_statistics_are_no_trend_shown():
    assert "trends" not in choices("The shot's pressure curve is stored with the part's serial number.",
                                   "workflow.analytics")
    assert "trends" not in choices("On-time delivery last year was 81% by your ERP's delivery statistics.",
                                   "workflow.analytics")
    assert "trends" in choices("The screen shows a trend of each shot's pressure over the last 8 hours.",
                               "workflow.analytics")


def test_a_comparison_with_last_year_is_no_before_and_after_measurement():
    assert "before_after" not in choices("The dashboard puts each week's steam per tonne next to a comparison with "
                                         "last year.", "return.measurement")
    assert "before_after" in choices("We compare the stop hours of the 8 weeks before go-live with the 8 weeks after.",
                                     "return.measurement")


def test_a_spare_part_looked_for_or_counts_kept_per_production_order_link_no_stores_or_plan():
    from drafting_corpus import drafted_items
    linked = lambda text: {o for q, o in drafted_items(draft(text, BANK), BANK) if q == "connect.integrations"}  # noqa: E731
    assert "inventory" not in linked("From your breakdown log, a third of each repair is spent looking for the right "
                                     "spare part; the tablets read stop data from your MES.")
    assert "planning" not in linked("Scrap counts per production order are written to your MES through its import "
                                    "interface.")


def test_the_purchasing_review_which_machines_run_and_a_magnetic_mount_name_no_option():
    assert "stores" not in choices("Please send your questions before the purchasing review on Friday.", "users.roles")
    assert "loss_patterns" not in choices("The andon board shows which machines are running and which are waiting "
                                          "for material.", "workflow.analytics")
    assert "new_sensors" not in choices("Tablets are held on the press columns by magnetic mounts.", "data.sources")


def test_bucking_the_trend_is_no_trend_chart():
    assert "trends" not in choices("Our tool shop has been bucking the trend of offshoring for 30 years.",
                                   "workflow.analytics")
