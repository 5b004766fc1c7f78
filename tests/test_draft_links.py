"""Links as a proposal describes them: a plant system named by its kind (a historian, a batch or
recipe system) is an area, data that comes back the same way goes both ways, and a network nothing
reaches from the internet is reached outbound only."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def rows(text: str) -> dict[str, str]:
    answer = draft(text, BANK).answer("connect.integrations")
    return {r.system: r.direction for r in answer.integrations} if answer else {}


def test_results_written_into_the_plant_historian_are_a_production_link():
    assert rows("The hourly kiln efficiency figures are written into your Aspen historian as tags.") == {"production": "to_system"}


def test_a_batch_system_named_by_its_kind_is_a_production_link():
    assert "production" in rows("Each evening we import the next day's mixing plan from the batch management system.")


def test_a_bare_scada_is_no_link_to_the_plant_systems():
    assert "production" not in rows("The alarms are sent to the SCADA screens in the control room.")


def test_data_that_comes_back_the_same_way_is_a_link_both_ways():
    text = "Lot numbers go to the MES through its web service, and the recipes come back the same way."
    assert rows(text) == {"production": "both"}


def test_data_that_goes_to_a_system_is_a_link_to_it():
    assert rows("The weighed quantities go to the ERP every hour as a CSV file.") == {"inventory": "to_system"}


def test_nothing_said_to_reach_the_network_from_the_internet_is_outbound_only():
    text = "The gateway only reads the PLC over Modbus TCP, and nothing from the internet reaches your network."
    answer = draft(text, BANK).answer("security.model")
    assert answer and answer.choices == ["outbound_only"]


def test_a_historian_the_machine_data_passes_through_is_no_link():
    assert "production" not in rows("The model reads the pump accelerometers through the existing DCS historian.")


def test_a_notification_told_in_the_passive_is_a_link_to_the_maintenance_system():
    text = "The planner checks each warning before a maintenance notification is raised in Maximo."
    assert rows(text) == {"maintenance": "to_system"}
