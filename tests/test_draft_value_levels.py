"""A process value told only as the plant's level or a change to it (a unit, "high", "reduce"), with no sensor,
measuring verb or data in its sentence, is the equipment, a setting or a saving, no data the project captures
(drafting.yaml told_as_level, reading/draft_levels.py); a value beside a reading of it, or listed as what is read,
is still data captured."""
from questions import load_bank
from reading.draft import draft
from reading.draft_levels import as_level
from reading.phrases import normalise, tokens

BANK = load_bank()
LINK = " The edge box reads the kiln PLC every 10 seconds and shows each stop and its reason on a dashboard."


def captured(text: str) -> list[str]:
    """Drafted or offered to check."""
    answer = draft(text, BANK).answer("data.captured")
    return answer.choices + answer.suggested if answer else []


def level(sentence: str) -> bool:
    return as_level(tokens(normalise(sentence)))


def test_a_furnace_run_at_a_stated_temperature_is_no_temperature_read():
    text = "Our tunnel kiln fires the tiles at temperatures above 1,150 °C for eleven hours." + LINK
    assert "temperature" not in captured(text)


def test_a_material_injected_under_high_pressure_is_no_pressure_read():
    text = "In our press hall the melt is injected under very high pressure into the closed die." + LINK
    assert "pressure" not in captured(text)


def test_a_saving_on_energy_use_is_no_energy_consumption_read():
    text = "Since 2019 our foundry has lowered its annual energy consumption by 4 million kWh." + LINK
    assert "energy_consumption" not in captured(text)


def test_a_temperature_measured_at_a_stated_level_is_read():
    text = "New probes on each kiln measure the burner temperature, which runs at 1,150 °C." + LINK
    assert "temperature" in captured(text)


def test_values_a_system_links_to_each_part_are_read_though_no_level_is_named():
    text = ("Our traceability system links every serial to its production parameters (temperature, pressure, "
            "cycle time) and its test results." + LINK)
    assert {"temperature", "pressure"} <= set(captured(text))


def test_a_level_beside_a_reading_is_no_bare_level():
    assert level("The pots run at high temperatures exceeding 950 °C.")
    assert level("Recommended solutions would reduce the plant's energy consumption.")
    assert not level("Sensors log the oil temperature above 60 °C and raise an alarm.")
    assert not level("- Burner temperature")  # an item of a list of what is read names no level


def test_a_unit_in_a_table_row_of_signals_is_what_is_read():
    assert level("Oil temperature runs at 60 °C.")  # a unit in running text is a level ...
    assert not as_level(tokens(normalise("| Oil temperature | °C | 10 s |")), item=True)  # ... a row's is read
    assert as_level(tokens(normalise("- Increasing the mould cooling temperature")), item=True)  # a change is no row


def test_a_yearly_rate_of_a_level_is_no_reading_of_it():
    # "per year" tells how often a result recurs, not a value read per part or per line
    assert level("The new lighting is expected to use 1.3 million kWh less per year.")
    text = "The estimated demand after the retrofit is 154 kilowatts lower per year than before." + LINK
    assert "energy_consumption" not in captured(text)


def test_a_polish_result_told_in_the_impersonal_past_is_no_energy_read():
    text = ("Dodatkowo zmniejszono zużycie energii o 23 proc. w zakładzie w Opolu. Operatorzy widzą każdy postój i "
            "jego przyczynę na panelu przy linii, a system zbiera dane z PLC co 10 sekund.")
    assert "energy_consumption" not in captured(text)
