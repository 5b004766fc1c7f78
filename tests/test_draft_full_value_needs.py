"""A full-value option needs what makes it full (a buyer's walk of four proposals and a datasheet): a latency said as
"monthly" is no decision within minutes, an availability target no agreement with penalties, a pilot no baseline, a
link on the roadmap no link, an export of alerts no open export of the data, a box's operating temperature no data it
captures, a vendor's name no analytics; a list of the protocols a product speaks is its protocols; and a link named
with its way but no owner lacks its owner, not "a method or an owner"."""
from questions import load_bank
from reading.company_names import names
from reading.draft import draft
from reading.draft_filters import in_parts, optional_parts
from scoring import score

BANK = load_bank()
# an offer written to one plant, so that options are drafted as an offer's, not a product page's suggestions
SITE = (" We will fit a vibration sensor on each of the twelve pumps in your bottling hall."
        " A gateway in your hall reads the sensors every 10 seconds over your plant network.")


def picked(text: str, qid: str) -> list[str]:
    answer = draft(text, BANK).answer(qid)
    return answer.choices if answer else []


def areas(text: str) -> list[str]:
    answer = draft(text, BANK).answer("connect.integrations")
    return [row.system for row in answer.integrations] if answer else []


def test_alerts_gone_through_monthly_imply_no_decision_within_minutes():
    text = "Our reliability engineers go through the pump alerts monthly with your fitters." + SITE
    assert "minutes" not in picked(text, "decision.latency")


def test_alerts_sent_to_the_fitters_still_imply_minutes():
    text = "The gateway sends an alert to the fitters' phones when a pump runs rough." + SITE
    assert "minutes" in picked(text, "decision.latency")


def test_alerts_timed_in_seconds_and_tested_monthly_still_imply_minutes():
    text = ("When a filler stops, the shift supervisor gets a push alert on the tablet in max. 20 sec, and we test"
            " this alert every month." + SITE)
    assert "minutes" in picked(text, "decision.latency")


def test_an_availability_target_is_no_service_level_agreement():
    text = "We target 99.7 % availability for the dashboard server." + SITE
    assert "sla" not in picked(text, "reliability.measures")


def test_an_availability_with_a_credit_for_a_miss_is_a_service_level_agreement():
    text = ("We commit to 99.7 % availability for the dashboard server; below that you receive a credit of 5 % of the"
            " monthly fee." + SITE)
    assert "sla" in picked(text, "reliability.measures")


def test_a_pilot_told_by_where_and_when_measures_against_no_baseline():
    text = "A pilot runs on two fillers in hall B for ten weeks, then the rollout follows." + SITE
    assert "pilot_baseline" not in picked(text, "return.measurement")


def test_a_pilot_measured_against_the_weeks_before_it_is_a_pilot_baseline():
    text = "A pilot runs on two fillers in hall B, measured against the ten weeks before it." + SITE
    assert "pilot_baseline" in picked(text, "return.measurement")


def test_a_link_on_the_roadmap_is_no_link_the_offer_makes():
    text = "A connector to your quality system (QMS) is on our roadmap for next year." + SITE
    assert "quality" not in areas(text)


def test_an_interface_on_the_roadmap_brings_no_system_integration():
    text = "An interface to your quality system (QMS) is on our roadmap for 2028." + SITE
    assert "system_integration" not in picked(text, "workflow.technologies")


def test_a_link_tables_row_of_lab_results_exported_nightly_is_no_open_export():
    text = ("| System | Interface | Direction | Owner |\n|---|---|---|---|\n"
            "| LIMS (LabVantage) | CSV export, nightly | LIMS -> gateway (lab results) | Customer quality |\n" + SITE)
    assert "open_export" not in picked(text, "connect.data_ownership")


def test_a_bracketed_aside_is_in_the_part_around_it_and_its_own_cue_stays_in_it():
    words = "a link to your mes ( sap pm link on request )".split()
    optional = optional_parts(words, [words.index("request") - 1])
    assert in_parts(words, words.index("sap"), optional) and not in_parts(words, words.index("mes"), optional)
    words = "an interface to your cmms ( maximo ) is on our roadmap".split()
    optional = optional_parts(words, [words.index("roadmap")])
    assert in_parts(words, words.index("maximo"), optional)


def test_an_export_of_alerts_is_no_open_export_of_the_data():
    text = "Warnings can be exported as CSV." + SITE
    assert "open_export" not in picked(text, "connect.data_ownership")


def test_an_export_of_all_readings_is_an_open_export():
    text = "All readings can be exported as CSV at any time." + SITE
    assert "open_export" in picked(text, "connect.data_ownership")


def test_a_devices_operating_temperature_is_no_temperature_captured():
    text = "- Gateway housing: IP65, operating temperature -25 to 55 °C" + SITE
    assert "temperature" not in picked(text, "data.captured")


def test_a_german_datasheets_betriebstemperatur_is_no_temperature_captured():
    text = ("Technische Daten des Gateways\n- Gehäuse: IP65, Betriebstemperatur -10 bis 45 °C\n"
            "Wir montieren Schwingungssensoren an den zwölf Pumpen Ihrer Abfüllhalle.")
    assert "temperature" not in picked(text, "data.captured")


def test_a_pumps_bearing_temperature_read_by_a_sensor_is_still_captured():
    text = "A probe on each pump reads the bearing temperature every 10 seconds." + SITE
    assert "temperature" in picked(text, "data.captured")


def test_a_vendors_name_on_its_party_line_drafts_no_analytics():
    text = "Supplier: Nordlicht Predictive Analytics GmbH, Hamburg." + SITE
    assert "prediction" not in picked(text, "workflow.analytics")
    assert "data_analytics" not in picked(text, "workflow.technologies")


def test_a_company_name_runs_back_over_capitalised_words_to_its_legal_form():
    assert names("Supplier: Nordlicht Predictive Analytics GmbH, Hamburg.") == [
        ["nordlicht", "predictive", "analytics", "gmbh"]]
    assert names("the Siemens PLC of each former") == []  # "PLC" as written is a controller, no legal form


def test_a_list_of_protocols_on_a_product_page_answers_the_protocols():
    text = ("Skyline IoT Hub is the leading cloud platform for smart manufacturing.\n"
            "- Connect everything: 200+ drivers including OPC UA, MQTT, Modbus TCP and EtherNet/IP\n"
            "- Dashboards and AI apps in hours, not months\n"
            "Skyline is hosted on AWS and certified to ISO 27001.")
    answer = draft(text, BANK).answer("data.protocols")
    assert answer is not None and any("OPC UA" in quote for quote in answer.quotes)


def test_a_link_named_with_its_method_lacks_only_its_owner():
    text = ("Batch orders are imported from your ERP (SAP S/4HANA) through a standard IDoc interface every 30 minutes."
            + SITE)
    card = score(draft(text, BANK), BANK)
    reasons = next(a.reasons for a in card.answers if a.question == "connect.integrations")
    assert any(r.startswith("Half credit, no owner named:") for r in reasons), reasons
