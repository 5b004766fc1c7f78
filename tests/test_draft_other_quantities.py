"""A process value named by its quantity that none of the listed kinds names is "other" data: moisture, a motor's
current, turbidity, density, a tank's level (drafting.yaml questions data.captured other). A quantity of the listed
kinds stays its own kind."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def captured(text: str) -> list[str]:
    answer = draft(text, BANK).answer("data.captured")
    return answer.choices if answer else []


def test_moisture_read_over_the_dryer_belt_is_other_data():
    assert "other" in captured("A near-infrared sensor over the dryer belt measures the moisture of the grain every 5 seconds.")


def test_motor_current_and_tank_levels_are_other_data():
    assert "other" in captured("The gateway reads the motor current of each pump and the tank level of all 12 tanks every minute.")


def test_a_temperature_alone_is_no_other_data():
    found = captured("A probe in each cold room sends the temperature every minute to the dashboard.")
    assert "temperature" in found and "other" not in found
