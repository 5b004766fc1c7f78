"""Any measuring instrument named by its kind and fitted to the plant is a new sensor: a light barrier, a photo eye, an
analyser, a gauge, a counter (drafting.yaml word_classes: instruments), as a sensor or a probe is; setting one up is
fitting it (word_classes: fits). An instrument the plant already had is none."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def sources(text: str) -> list[str]:
    answer = draft(text, BANK).answer("data.sources")
    return answer.choices if answer else []


def test_light_barriers_set_up_on_the_line_are_new_sensors():
    assert "new_sensors" in sources("The Linden bakery set up light barriers on each cooling conveyor.")
    assert "new_sensors" in sources("The Linden bakery set up photo eyes on each cooling conveyor.")


def test_an_analyser_or_an_optical_counter_fitted_to_a_machine_is_a_new_sensor():
    assert "new_sensors" in sources("The maintenance team mounted a portable vibration analyzer on the kiln drive.")
    assert "new_sensors" in sources("The packer installed optical counters on both tray conveyors.")


def test_setting_up_something_that_reads_nothing_is_no_sensor():
    assert "new_sensors" not in sources("The plant set up a new shift pattern and a weekly review meeting.")


def test_a_counter_the_plant_already_had_is_no_new_sensor():
    assert "new_sensors" not in sources("Each press already had a stroke counter that the setters read by hand.")
