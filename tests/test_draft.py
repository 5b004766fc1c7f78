"""Drafting an evaluation from a proposal: what a sentence drafts, at what evidence, and what
a marketing sentence must never become."""
import pytest

from questions import Evaluation, load_bank
from scoring import score
from reading.draft import draft

BANK = load_bank()

REALISTIC = (
    "We read spindle state, part counter and alarm codes from the Siemens 840D controllers over OPC UA "
    "every 2 seconds through one on-premises gateway. Operators select a downtime reason on a tablet at each "
    "cell. When a stop repeats, the system opens a work order in your SAP PM and the maintenance planner "
    "decides whether to act. The gateway opens no inbound port; it sends data outbound over MQTT with TLS. "
    "In the pilot on line 3, unplanned downtime fell from 9.1% to 6.4% of planned time."
)
MARKETING = (
    "Our AI-driven platform seamlessly integrates with your ERP and MES. Up to 30% less downtime for 500+ "
    "customers worldwide. Unlock actionable insights and start your Industry 4.0 journey today."
)


def choices(evaluation: Evaluation, qid: str) -> list[str]:
    answer = evaluation.answer(qid)
    return answer.choices if answer else []


def test_meaning_not_only_option_names_drafts_the_options():
    drafted = draft(REALISTIC, BANK)
    assert {"machine_status", "production_count", "operator_inputs"} <= set(choices(drafted, "data.captured"))
    assert {"plc_integration", "gateways", "operator_entry"} <= set(choices(drafted, "data.sources"))
    assert "work_orders" in choices(drafted, "workflow.outputs")
    assert choices(drafted, "upkeep.human_review") == ["human_approves"]
    assert choices(drafted, "security.model") == ["outbound_only"]
    assert "operators" in choices(drafted, "users.roles") and "maintenance_planner" in choices(drafted, "users.roles")


def test_a_work_order_opened_in_sap_pm_is_a_maintenance_integration_made_by_that_work_order():
    rows = draft(REALISTIC, BANK).answer("connect.integrations").integrations
    maintenance = [r for r in rows if r.system == "maintenance"]  # the method is how, never "SAP PM"
    assert maintenance and maintenance[0].method == "opens a work order" and maintenance[0].direction == "to_system"


def test_the_kpi_is_read_with_metric_unit_baseline_and_target():
    measure = draft(REALISTIC, BANK).answer("decision.kpi").measure
    assert (measure.metric, measure.unit, measure.baseline, measure.target) == (
        "unplanned downtime", "% of planned time", 9.1, 6.4)


def test_every_drafted_answer_is_marked_unreviewed_and_quotes_the_proposal():
    drafted = draft(REALISTIC, BANK)
    assert drafted.answers
    for answer in drafted.answers:
        assert answer.drafted and not answer.reviewed and answer.unreviewed
        assert answer.quotes and all(q in REALISTIC for q in answer.quotes)


def test_drafted_evidence_is_never_demonstrated_or_proven():
    for text in (REALISTIC, MARKETING):
        assert {a.evidence for a in draft(text, BANK).answers} <= {"vendor_claim", "specific"}


def test_a_marketing_sentence_drafts_no_integration_and_nothing_specific():
    drafted = draft(MARKETING, BANK)
    assert drafted.answer("connect.integrations") is None
    assert not [a for a in drafted.answers if a.evidence == "specific"]
    assert "ai" in drafted.labels and "industry_4_0" in drafted.labels


def test_a_hedged_number_is_no_baseline():
    assert draft("Customers see up to 30% less downtime within 12 months, from 20% to 14%.", BANK).answer("decision.kpi") is None


def test_a_negated_phrase_drafts_nothing():
    drafted = draft("The system does not capture vibration. Training on site is not part of this offer.", BANK)
    assert "vibration" not in choices(drafted, "data.captured")
    assert choices(drafted, "users.training") == []


def test_a_label_sentence_with_plain_facts_drafts_as_a_vendor_claim():
    drafted = draft("An edge box sits at each press.", BANK)
    assert drafted.answer("data.sources").evidence == "vendor_claim"


def test_the_drafted_evaluation_scores_and_round_trips_as_an_evaluation_file():
    drafted = draft(REALISTIC, BANK, proposal="Spindle monitoring")
    again = Evaluation.model_validate_json(drafted.model_dump_json())
    assert again == drafted
    assert score(again, BANK).overall > score(draft(MARKETING, BANK), BANK).overall


@pytest.mark.parametrize("text", ["", "   \n\n  ", "Kind regards,\nAnna"])
def test_an_empty_or_contentless_text_drafts_no_answers(text):
    assert draft(text, BANK).answers == []


def test_a_brochure_drafts_only_vendor_claims_even_where_it_lists_protocols():
    brochure = ("NEXGATE is the edge-to-cloud gateway that finally breaks down the data silos in your factory. "
                "Supports OPC UA, MQTT, Modbus TCP and Profinet. Trusted by 1,000+ plants worldwide. "
                "Unlock actionable insights with our AI-driven analytics. Connect your first machine in under 15 minutes. "
                "Seamless, scalable and future-proof.")
    drafted = draft(brochure, BANK)
    assert drafted.answers and {a.evidence for a in drafted.answers} == {"vendor_claim"}


def test_another_customers_result_is_not_this_plants_kpi():
    text = ("At our reference customer, unplanned downtime fell from 11.2% to 7.9% of planned time. "
            "We read the machine state from your PLCs over OPC UA every second.")
    assert draft(text, BANK).answer("decision.kpi") is None


def test_a_target_alone_is_paired_with_todays_baseline_from_another_sentence():
    text = ("Your own stop sheets for September show 12.4% of planned time lost to unplanned stops. "
            "We read the stroke counter from the Siemens S7 over OPC UA every second. "
            "Our target for you: unplanned downtime down to 8% of planned time.")
    measure = draft(text, BANK).answer("decision.kpi").measure
    assert (measure.baseline, measure.target, measure.unit) == (12.4, 8.0, "% of planned time")


def test_drafts_from_many_sessions_at_once_do_not_mix():
    """The app shares one compiled drafter between sessions: each draft keeps its own state."""
    from concurrent.futures import ThreadPoolExecutor
    texts = [REALISTIC, MARKETING] * 20
    alone = {text: draft(text, BANK).answers for text in (REALISTIC, MARKETING)}
    with ThreadPoolExecutor(8) as pool:
        together = list(pool.map(lambda text: draft(text, BANK).answers, texts))
    assert all(answers == alone[text] for text, answers in zip(texts, together))


def test_a_sampling_rate_is_not_how_soon_the_decision_maker_sees_the_event():
    assert draft("The edge gateway reads the PLCs every 5 seconds.", BANK).answer("decision.latency") is None
    seen = draft("The dashboard refreshes every 5 seconds, so the line lead sees a stop within 10 seconds.", BANK)
    assert choices(seen, "decision.latency") == ["minutes"]


def test_a_network_outage_buffered_at_the_gateway_is_not_network_segmentation():
    buffered = draft("If the network is down, the gateway buffers 48 hours of data and sends it when the link is back.",
                     BANK)
    assert buffered.answer("security.segmentation") is None
    assert choices(buffered, "reliability.offline") == ["buffered"]
    zoned = draft("The gateway sits in its own VLAN behind the plant firewall, separate from the office network.", BANK)
    assert zoned.answer("security.segmentation") is not None


def integrations(text: str) -> list[tuple[str, str]]:
    answer = draft(text, BANK).answer("connect.integrations")
    return [(r.system, r.direction) for r in answer.integrations] if answer else []


def test_what_moves_into_a_suite_names_the_area_and_direction():
    assert integrations("At every order end the terminal books the resin consumption in your ERP.") == [("inventory", "to_system")]
    assert integrations("Each night the edge box posts the actual hours per order to Business Central.") == [("finance", "to_system")]
    assert integrations("For every failed drive the system opens a notification in SAP.") == [("maintenance", "to_system")]
    assert integrations("The AOI cell posts the scrap quantities of each panel to SAP QM.") == [("quality", "to_system")]


def test_a_system_of_one_area_keeps_its_own_whatever_moves():
    assert integrations("The collector posts the scrap quantity of each shift to your MES.") == [("production", "to_system")]
    assert integrations("Energy consumption per grade is exported every night into the SAP CO module.") == [("finance", "to_system")]


def test_an_area_read_from_in_one_sentence_and_written_to_in_another_is_both_ways():
    text = ("Every night the gateway reads the spare part stock from Sage. "
            "When a technician takes a spare part, the gateway books the goods issue in Sage.")
    assert integrations(text) == [("inventory", "both")]
    assert integrations("Every night the gateway reads the spare part stock from Sage.") == [("inventory", "from_system")]


# A product page names real things (sensors, protocols, what it monitors) as capabilities of the
# product, for manufacturers in general; a project text ties them to one plant and one delivery.
PRODUCT_PAGE = (
    "Condition monitoring for rotating equipment\n\n"
    "Manufacturers lose hours every week to bearings that fail without warning. "
    "Our wireless vibration sensors clip onto motors, pumps and fans in minutes and stream vibration and "
    "temperature over a LoRaWAN gateway. "
    "The vibration spectrum of every motor is compared against its own normal running pattern. "
    "Maintenance teams see vibration trends for each asset on one dashboard, next to the temperature of the bearing. "
    "The app can also raise a work order in your maintenance system. "
    "Request a demo to see it on your own motors."
)
PROJECT_TEXT = (
    "Condition monitoring for the pump house\n\n"
    "Until now the plant had no warning before a pump bearing failed. "
    "In week 3 we installed wireless vibration sensors on the 14 cooling pumps, which stream vibration and "
    "temperature over a LoRaWAN gateway. "
    "The vibration spectrum of every pump is compared against its own normal running pattern. "
    "The maintenance team sees vibration trends for each pump on one dashboard, next to the bearing temperature. "
    "The project went live in March and the site manager said two failing bearings were caught in the first month."
)


def test_a_product_page_drafts_only_vendor_claims_it_repeats():
    drafted = draft(PRODUCT_PAGE, BANK)
    assert all(a.evidence != "specific" for a in drafted.answers)
    # vibration is said in several sentences: the page claims it
    assert "vibration" in choices(drafted, "data.captured")
    # the work order link is said once, as a possibility: no drafted integration
    integrations = drafted.answer("connect.integrations")
    assert not integrations or not integrations.integrations
    # a technology label on a product page is at most a suggestion
    technologies = drafted.answer("workflow.technologies")
    assert not technologies or not technologies.choices


def test_the_same_substance_in_a_project_text_is_described_specifically():
    drafted = draft(PROJECT_TEXT, BANK)
    assert any(a.evidence == "specific" for a in drafted.answers)
    assert "vibration" in choices(drafted, "data.captured")
    assert "new_sensors" in choices(drafted, "data.sources")


def test_a_product_page_said_once_is_a_suggestion_to_check():
    drafted = draft(PRODUCT_PAGE, BANK)
    sources = drafted.answer("data.sources")
    said_once = set(sources.choices + sources.suggested) if sources else set()
    assert "gateways" in said_once and "gateways" not in sources.choices


def test_nothing_rather_than_and_instead_of_negate_what_follows():
    for text in ("Nothing is hosted outside your factory.", "The models run on your own server rather than in the cloud.",
                 "A local server instead of a cloud subscription."):
        assert "cloud" not in choices(draft(text, BANK), "workflow.technologies"), text


def test_a_negation_does_not_reach_past_until():
    evaluation = draft("No order goes to the technicians until the maintenance planner approves it.", BANK)
    assert "human_approves" in choices(evaluation, "upkeep.human_review")


def test_existing_equipment_is_no_existing_control_system():
    assert "existing_systems" not in choices(draft("We read the existing water meters by pulse output.", BANK), "data.sources")
    assert "existing_systems" in choices(draft("We read the temperatures from the existing kiln controllers.", BANK),
                                         "data.sources")


def test_a_system_the_data_is_written_into_is_no_source_of_data():
    evaluation = draft("Every reading is written into your plant historian over its web API.", BANK)
    assert "existing_systems" not in choices(evaluation, "data.sources")
    evaluation = draft("We read the tank levels from your plant historian over its web API.", BANK)
    assert "existing_systems" in choices(evaluation, "data.sources")


def test_training_with_named_champions_wins_over_training_said_more_often():
    text = ("On-site training for every shift at your plant. On-site training for the planners too. "
            "We ask you to name one key user per line who supports the colleagues.")
    assert choices(draft(text, BANK), "users.training") == ["onsite_champions"]


@pytest.mark.parametrize("text, option", [
    ("We keep 30 months of production data on the server; you can export it as CSV.", "years_exportable"),
    ("Machine data is stored 4 years in the database and can be exported at any time.", "years_exportable"),
    # a retention with no export anywhere in the text: the longest retention the bank names without one
    ("Machine data is stored 4 years in the database.", "months"),
    ("Retention: 90 days on the portal.", "months"),
    ("Readings are kept for 13 months.", "months"),
])
def test_how_long_data_is_kept_is_read_from_the_length_stated(text, option):
    assert choices(draft(text, BANK), "data.history") == [option]


def test_a_buffer_while_the_link_is_down_is_no_history():
    text = "If the uplink fails, the gateway stores up to 10 days of readings and sends them when the link is back."
    assert choices(draft(text, BANK), "data.history") == []


def test_the_plants_own_past_records_are_no_history_the_system_keeps():
    text = "We train the model on your last three years of batch records from the existing historian."
    assert choices(draft(text, BANK), "data.history") == []


def test_an_acronym_phrase_does_not_match_a_longer_word_by_a_plural_ending():
    evaluation = draft("The camera checks label rules for skew and wrinkles and outputs OK or NG.", BANK)
    assert "prediction" not in choices(evaluation, "workflow.analytics")


def test_a_lab_technician_is_quality_not_maintenance():
    roles = choices(draft("The lab technician enters the viscosity of every batch on the terminal.", BANK), "users.roles")
    assert "quality" in roles and "maintenance_techs" not in roles


def test_a_prediction_horizon_drafts_the_warning_and_the_prediction():
    evaluation = draft("The model gives the maintenance team three days notice before a gearbox fails.", BANK)
    assert "alerts" in choices(evaluation, "workflow.outputs")
    assert "prediction" in choices(evaluation, "workflow.analytics")


@pytest.mark.parametrize("text", ["Each alert is checked by the shift supervisor before a work order is opened.",
                                  "The maintenance planner reviews every alarm before anything is ordered."])
def test_a_role_reviewing_each_output_drafts_human_review(text):
    assert "human_approves" in choices(draft(text, BANK), "upkeep.human_review")


def test_the_vendors_own_technicians_are_no_users_of_the_plant():
    roles = choices(draft("Our technicians calibrate every probe once a year on site.", BANK), "users.roles")
    assert "maintenance_techs" not in roles
    roles = choices(draft("Your technicians get the list of bearings to check on the tablet.", BANK), "users.roles")
    assert "maintenance_techs" in roles


def test_access_roles_listed_by_a_security_sentence_are_no_users():
    text = "Access rights follow roles (operator, planner, administrator) defined in your Active Directory."
    assert choices(draft(text, BANK), "users.roles") == []


def test_a_term_whose_value_is_a_negation_is_denied():
    assert "cloud" not in choices(draft("- Cloud: none, the server stands in your IT room.", BANK), "workflow.technologies")


def test_cameras_alone_are_no_industrial_internet_of_things():
    text = "Two line-scan cameras over the conveyor inspect every tray."
    assert "iiot" not in choices(draft(text, BANK), "workflow.technologies")


def test_a_contraction_reads_as_its_words():
    evaluation = draft("The monitor warns the shift lead. It doesn't stop the kiln or change any setpoint.", BANK)
    assert "no_automation" in choices(evaluation, "upkeep.human_review")


def test_a_comparison_week_on_week_is_a_trend():
    evaluation = draft("The report shows the steam use per batch week on week for the plant manager.", BANK)
    assert "trends" in choices(evaluation, "workflow.analytics")


def test_a_page_asking_why_choose_it_is_a_product_page():
    page = ("Why choose PumpSense for your pumps\nPumpSense clamps onto the motor and measures vibration and "
            "temperature every minute over LoRaWAN. Vibration trends show bearing wear early. "
            "Request a quote for your plant.")
    assert all(a.evidence != "specific" for a in draft(page, BANK).answers)


def test_a_phrase_inside_a_longer_noun_drafts_nothing():
    evaluation = draft("The server stands in your data centre; results also go to the data warehouse.", BANK)
    assert "open_export" not in choices(evaluation, "connect.data_ownership")
    assert "stores" not in choices(evaluation, "users.roles")
    evaluation = draft("The edge box keeps the last hour in a ring buffer for the vibration spectra.", BANK)
    assert "buffered" not in choices(evaluation, "reliability.offline")


def test_a_baseline_period_before_go_live_is_no_prediction_horizon():
    text = "We compare the scrap of the six weeks before go-live with the six weeks after."
    assert "prediction" not in choices(draft(text, BANK), "workflow.analytics")


def test_the_bare_planner_in_a_text_about_the_maintenance_planner_is_no_production_planner():
    text = ("Your maintenance planner gets every finding as a draft work order. "
            "The planner releases it or rejects it.")
    roles = choices(draft(text, BANK), "users.roles")
    assert "maintenance_planner" in roles and "production_planner" not in roles
    text = "Your maintenance planner sees the findings. The production planner moves the affected orders."
    assert "production_planner" in choices(draft(text, BANK), "users.roles")


def test_how_soon_is_read_from_the_length_stated():
    assert choices(draft("The summary page is refreshed every 60 minutes for the plant manager.", BANK),
                   "decision.latency") == ["hour"]
    assert choices(draft("The dashboard is refreshed every 2 minutes for the shift lead.", BANK),
                   "decision.latency") == ["minutes"]


def test_a_page_that_mostly_sells_is_a_product_page_despite_a_passing_project_word():
    # "the plant" once, in a text that sells in nearly every sentence, ties it to no project
    page = ("The smartest way to run a factory\n"
            "Unlock world-class OEE with our AI-powered, cloud-native platform. "
            "Seamless integration with every machine, out of the box. "
            "Real-time insights empower every team to make smarter decisions. "
            "Predictive analytics transform maintenance from reactive to proactive. "
            "Our intuitive dashboards give the plant full visibility of vibration and temperature. "
            "Scalable, secure and future-proof, it grows with your ambitions. "
            "Industry-leading AI turns data into actionable intelligence. "
            "Drive digital transformation across your entire operation. "
            "Best-in-class support keeps you running around the clock. "
            "Our award-winning experts make every rollout effortless. "
            "Join the leaders of smart manufacturing today.")
    drafted = draft(page, BANK)
    assert all(a.evidence != "specific" for a in drafted.answers)
    # a product page drafts only what it says more than once: the dashboard said once is a suggestion
    outputs = drafted.answer("workflow.outputs")
    assert outputs and "live_dashboard" in outputs.suggested and "live_dashboard" not in outputs.choices


def test_a_page_that_tells_the_reader_to_learn_more_is_a_product_page():
    page = ("Vibration monitoring for pumps\nThe sensor clamps onto the motor and measures vibration and "
            "temperature every minute over LoRaWAN. Vibration trends show bearing wear early. "
            "Watch the video and learn more about the sensor.")
    assert all(a.evidence != "specific" for a in draft(page, BANK).answers)


def test_a_line_speed_per_minute_is_no_decision_time():
    evaluation = draft("At 300 bottles per minute, the camera checks the fill level of every bottle.", BANK)
    assert "minutes" not in choices(evaluation, "decision.latency")


def test_a_chart_shown_on_the_hmi_is_no_operator_entry():
    evaluation = draft("The temperature trend of each zone is shown on the line HMI.", BANK)
    assert "operator_entry" not in choices(evaluation, "data.sources")
    evaluation = draft("Operators enter the stop reason on the HMI panel.", BANK)
    assert "operator_entry" in choices(evaluation, "data.sources")


def test_the_original_system_of_the_plant_is_its_before_state():
    evaluation = draft("The original system had proprietary PLCs from a different integrator at every pump station.", BANK)
    assert "plc_integration" not in choices(evaluation, "data.sources")
    assert "integrator" not in choices(evaluation, "upkeep.owner")


def test_a_proof_of_concept_is_no_measured_pilot():
    evaluation = draft("We built a proof of concept that sends the press data over MQTT to the cloud.", BANK)
    assert "pilot_baseline" not in choices(evaluation, "return.measurement")


def test_deliveries_twice_a_day_are_no_shift_report():
    evaluation = draft("Raw milk arrives by tanker twice a day and is pumped into the silo.", BANK)
    assert "shift" not in choices(evaluation, "decision.latency")


def test_a_project_word_in_a_sentence_that_sells_ties_the_page_to_no_project():
    page = ("Vibration monitoring for pumps\n"
            "The sensor clamps onto the motor and measures vibration and temperature every minute over LoRaWAN. "
            "Vibration trends show bearing wear weeks early. "
            "Your team will be empowered by seamless, AI-powered, best-in-class insights. "
            "The gateway forwards the readings to the dashboard over MQTT. "
            "Alarms go to the maintenance planner by e-mail. "
            "Each sensor runs for five years on one battery. "
            "Watch the video and learn more about the sensor.")
    assert all(a.evidence != "specific" for a in draft(page, BANK).answers)


def test_a_system_grown_over_the_years_is_the_before_state():
    evaluation = draft("The control system was built up over the years from the PLCs of three suppliers.", BANK)
    assert "plc_integration" not in choices(evaluation, "data.sources")


def test_the_customer_as_one_of_many_is_its_before_state():
    text = "Like most mid-sized bottlers, the company ran its fillers with PLCs from several suppliers and an old SCADA."
    evaluation = draft(text, BANK)
    assert "plc_integration" not in choices(evaluation, "data.sources")
    assert "existing_systems" not in choices(evaluation, "data.sources")


def test_a_warning_days_ahead_of_a_failure_is_no_decision_seen_within_minutes():
    ahead = draft("The edge box warns the shift lead 2 to 5 days before a gearbox fails.", BANK)
    assert "alerts" in choices(ahead, "workflow.outputs")
    assert "minutes" not in choices(ahead, "decision.latency")
    advance = draft("The model flags a worn roller bearing some 36 hours in advance by e-mail to the fitters.", BANK)
    assert "minutes" not in choices(advance, "decision.latency")
    now = draft("The box sends an SMS alert to the shift lead when a gearbox runs hot.", BANK)
    assert choices(now, "decision.latency") == ["minutes"]


def test_a_yearly_fee_for_maintenance_and_support_names_the_vendor_as_keeping_the_system_running():
    for text in ("Annual fee: GBP 4,100 for maintenance and support of the label printers' gateway.",
                 "Support and maintenance of the dashboards are included in the monthly subscription."):
        assert choices(draft(text, BANK), "upkeep.owner") == ["vendor_service"], text
