"""A text that only describes a product (Pass.quiet: no story, no offer's term, hardly a word to the reader or in the
past) labels itself with technologies ("IIoT", "cloud") as a product page does, though it says "the plant" in passing
twice and so is tied by the count of project cues: its technology labels are suggestions to check, never drafted
(drafting.yaml product_page.labels_only; issue 14: a platform or a protocol named is no IIoT or integration built)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
TECH = "workflow.technologies"

DESCRIPTION = """MeterHub sub-metering platform

MeterHub is a cloud platform for industrial IIoT sub-metering and energy cost allocation.
Field meters and sensors report electricity, gas and water readings through LoRaWAN gateways every 15 minutes.
The gateways forward every reading over MQTT to the MeterHub cloud, where it is checked and stored.
Consumption is allocated to cost centres, lines and products according to configurable keys.
The rules engine compares every reading with the expected load profile of the plant for that hour.
Deviations above the configured threshold create a ticket with the meter, the hour and the deviation.
Monthly reports show the energy cost per cost centre and per product for the whole plant.
Tariffs with peak and off-peak rates are applied automatically to every interval reading.
Reports are exported as PDF and CSV files and can be scheduled by e-mail.
The platform supports meters from more than forty manufacturers through Modbus and M-Bus.
"""


def _technologies(text: str) -> tuple[list[str], list[str]]:
    answer = next((a for a in draft(text, BANK).answers if a.question == TECH), None)
    return (answer.choices, answer.suggested) if answer else ([], [])


def test_a_product_description_that_names_the_plant_in_passing_drafts_no_technology_label():
    drafted, suggested = _technologies(DESCRIPTION)
    assert drafted == []
    assert suggested  # ... it still suggests them, to check


def test_the_same_lines_told_as_one_plants_project_draft_their_technologies():
    told = DESCRIPTION + ("The plant installed MeterHub in March 2024 and connected 120 meters in two weeks.\n"
                          "The energy team used the IIoT gateways and the cloud reports from the first month.\n")
    drafted, _ = _technologies(told)
    assert drafted
