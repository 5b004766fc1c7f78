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


def test_the_size_of_a_saving_is_the_projects_result_not_energy_data_it_takes():
    said = drafted("The new chillers cut yearly energy consumption by 2.4 million kWh at the brewery.")
    assert "energy_consumption" not in said.get("data.captured", [])
    said = drafted("The retrofit brought savings of some 410,000 kWh per year in the paint shop.")
    assert "energy_reports" not in said.get("workflow.outputs", [])
    said = drafted("The gateway reads the energy consumption of each chiller from its meter every 15 minutes.")
    assert "energy_consumption" in said.get("data.captured", [])


def test_the_size_of_an_energy_saving_tells_the_plants_energy_cost_was_the_problem():
    said = drafted("The new chillers cut yearly energy consumption by 2.4 million kWh at the brewery.")
    assert "energy_cost" in said.get("problem.plant_problems", [])
    said = drafted("The new rinse nozzles cut yearly water use by 12,000 m³ in the bottle washer.")
    assert "energy_cost" not in said.get("problem.plant_problems", [])
