"""A temperature or a pressure is data the project reads only beside a reading of it (a sensor, a measuring or
recording verb, the data it gives), or as an item of a list whose heading tells what is read; the plant's equipment,
process or background told with no reading ("16 pressure zones", "pots run above 950 °C", "more pressure to run
lean") is no data the project captures (said_with data.captured temperature and pressure, said_with_listed)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
LINK = " The edge box reads the kiln PLC every 10 seconds and shows each stop and its reason on a dashboard."


def captured(text: str) -> list[str]:
    """Drafted or offered to check (a short text's options are offered)."""
    answer = draft(text, BANK).answer("data.captured")
    return answer.choices + answer.suggested if answer else []


def test_a_process_temperature_told_as_background_is_no_temperature_read():
    text = "The tunnel kiln fires the tiles at temperatures above 1,150 °C for eleven hours." + LINK
    assert "temperature" not in captured(text)


def test_pressure_zones_of_a_network_are_no_pressure_read():
    text = "The utility keeps nine pressure zones across the valley, fed by two reservoirs." + LINK
    assert "pressure" not in captured(text)


def test_pressure_in_the_business_sense_is_no_pressure_read():
    text = "With margins falling, there is more pressure on the plant to cut waste." + LINK
    assert "pressure" not in captured(text)


def test_temperature_and_pressure_sensors_are_read():
    text = "New sensors on each press measure the oil temperature and the hydraulic pressure every second." + LINK
    assert {"temperature", "pressure"} <= set(captured(text))


def test_temperature_as_an_item_of_a_list_of_what_is_read_is_read():
    text = "We fit an edge box to each kiln. It takes these values every second:\n\n- Burner temperature\n- Belt speed\n"
    assert "temperature" in captured(text)


def test_a_benefit_listed_still_needs_its_own_words_for_a_lost_link():
    text = ("The planner reorders the queue when a reel runs short. What you get:\n\n"
            "- The line keeps running on a shortage\n- Fewer late orders\n")
    answer = draft(text, BANK).answer("reliability.offline")
    assert not answer or "gap_machines_run" not in answer.choices + answer.suggested
