"""The plant's own control or supervisory system, named as the plant's ("the process control system") or as what the
data is read from ("read from every line's SCADA system"), is an existing source; a supplier's scope in brackets
("Valmet (process control system)") is what was bought, no source."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def sources(text: str) -> list[str]:
    answer = draft(text, BANK).answer("data.sources")
    return answer.choices if answer else []


def test_data_read_from_the_scada_is_an_existing_source():
    text = ("For your three plants we build a pipeline that reads from each plant's SCADA system every second and "
            "pushes scrap alerts to the line tablets.")
    assert "existing_systems" in sources(text)


def test_sensor_data_linked_with_the_process_control_system_is_an_existing_source():
    text = ("We fit wireless vibration sensors on the 40 pumps and link their data with the process control system, "
            "where your operators see it beside the process values.")
    assert "existing_systems" in sources(text)


def test_a_suppliers_scope_in_brackets_is_no_source():
    text = ("The main suppliers of the new boiler were Kessler (pressure parts) and Valmet (process control system). "
            "We fit wireless vibration sensors on the 40 pumps and show the readings on a dashboard.")
    assert "existing_systems" not in sources(text)
