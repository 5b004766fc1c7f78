"""An energy project drafts its meters and its reports from the words energy people use for them:
"metering" is meters, an energy management information system (EMIS) is energy reporting."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def drafted(text: str) -> dict[str, list[str]]:
    return {a.question: a.choices for a in draft(text, BANK).answers if a.choices}


def test_metering_installed_is_meters_as_the_data_source():
    said = drafted("The brewery had sub-metering fitted on its compressors and chillers, read every 15 minutes.")
    assert "meters" in said.get("data.sources", [])


def test_an_energy_management_information_system_is_energy_reporting():
    said = drafted("An energy management information system collects and reports the kWh of each compressor "
                   "to the utilities engineer.")
    assert "energy_reports" in said.get("workflow.outputs", [])
