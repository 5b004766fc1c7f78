"""A utility is data read only beside its amount, its flow or what measures it ("water and caustic used per
circuit", "steam flow meter"); a utility named as kit, a system or a cost ("steam units", "steam trap monitors",
"replacing the steam dryer") is no consumption the system reads (said_with data.captured utility_usage)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def captured(text: str) -> list[str]:
    answer = draft(text, BANK).answer("data.captured")
    return answer.choices if answer else []


def test_steam_named_as_kit_is_no_utility_read():
    text = ("The mill replaced its old steam dryer with a gas-fired one. The edge box reads the dryer PLC every "
            "10 seconds and shows the outlet temperature on a dashboard.")
    assert "utility_usage" not in captured(text)
    assert "temperature" in captured(text)


def test_steam_used_per_batch_is_a_utility_read():
    text = ("The edge box reads the dryer PLC every 10 seconds and shows the steam used per batch and the outlet "
            "temperature on a dashboard.")
    assert "utility_usage" in captured(text)


def test_compressed_air_from_its_meters_is_a_utility_read():
    text = "Thermal mass flow meters on the three compressed-air headers send their readings to the dashboard every minute."
    assert "utility_usage" in captured(text)
