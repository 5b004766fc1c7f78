"""What happens offline, told by how long the devices keep their readings or by a loss denied ("Probes keep 72 hours of
readings if the gateway is offline ... so no reading is lost"): data buffered at the edge (a new-buyer walk found the
offer's stated buffering drafted as nothing, and the letter asked it). Days or months a platform keeps are its history,
no buffer. Every sentence here is new."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()
OFFER = ("DockWatch monitors the loading docks of your plant with 14 wireless temperature loggers.\n"
         "The loggers send a reading every 30 seconds to the edge gateway in the maintenance office.\n")


def offline(sentence: str) -> list[str]:
    answer = draft(OFFER + sentence + "\n", BANK).answer("reliability.offline")
    return answer.choices if answer else []


@pytest.mark.parametrize("sentence", [
    "The loggers keep 48 hours of readings when the Wi-Fi drops.",
    "If the gateway loses its uplink, no reading is lost: the gateway holds them and sends them on.",
    "No readings are lost during an internet outage.",
])
def test_readings_kept_through_an_outage_are_buffered(sentence):
    assert offline(sentence) == ["buffered"]


def test_months_of_data_a_platform_keeps_are_its_history_not_a_buffer():
    assert "buffered" not in offline("The platform keeps 24 months of readings for your audits.")
