"""Who keeps the system running (walk 55): a contract names the vendor by its role, after an article, as the subject of
the verbs of upkeep ("After acceptance, the Supplier maintains the gateways ..."), which is the vendor's service as its
name there would be; and a team of the plant that owns one link or one side of the system ("Your IT team owns the
Dynamics side") owns that part, not the system. Every sentence here is new."""
import pytest

from questions import load_bank
from reading.draft import draft

OWNER = "upkeep.owner"
TEXT = ("Statement of work for the kiln line of Ziegelwerk Haas.\n"
        "KilnLog GmbH (the Contractor) fits thermocouples on kilns 1 and 2 and reads the burner PLC over OPC UA.\n"
        "{upkeep}\n"
        "A firing curve that drifts is flagged to the kiln operator within 5 minutes.")


@pytest.fixture(scope="module")
def bank():
    return load_bank()


def _owner(text: str, bank) -> list[str]:
    answer = draft(text, bank).answer(OWNER)
    return answer.choices if answer is not None else []


@pytest.mark.parametrize("upkeep", [
    "After handover, the Contractor maintains the edge boxes, the firmware and the cloud service.",
    "From go-live, the Contractor will monitor the gateways and update the models twice a year."])
def test_the_vendor_named_by_its_role_after_an_article_keeps_the_system(bank, upkeep):
    assert _owner(TEXT.format(upkeep=upkeep), bank) == ["vendor_service"]


@pytest.mark.parametrize("upkeep", [
    "Your IT team owns the SAP side (user and roles); we own the interface and its logs.",
    "Your IT team owns the firewall rule for the outbound port."])
def test_a_plant_team_owning_one_side_or_one_link_is_no_owner_of_the_system(bank, upkeep):
    assert "it_ot_team" not in _owner(TEXT.format(upkeep=upkeep), bank)


def test_a_plant_team_owning_the_system_stays_its_owner(bank):
    upkeep = "After handover your IT team owns the edge server and backs it up every night."
    assert "it_ot_team" in _owner(TEXT.format(upkeep=upkeep), bank)


def test_the_vendor_whose_name_its_reply_writes_in_small_letters_in_an_address_still_keeps_the_system(bank):
    reply = ("3. Operation after the pilot\n"
             "After acceptance, KilnLog monitors the gateways and the cloud service around the clock and retrains the "
             "models every half year. Your maintenance team swaps the thermocouples when one fails. Your contact is "
             "Eva Brandt (eva.brandt@kilnlog.example, www.kilnlog.example).")
    answer = draft(reply, bank).answer(OWNER)
    assert answer.choices == ["vendor_service"] and "KilnLog monitors" in answer.quotes[0]
