"""A process value told as a recipe's step or a setpoint is no data captured, data said to come in real time is no
decision seen within minutes unless a person or an alert acts on it, and energy meters named in the text's own language
are energy data read (drafting.yaml told_as_level setpoint, labelled_with, data.captured cues; realA66)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def drafted(text: str) -> dict[str, list[str]]:
    return {a.question: a.choices for a in draft(text, BANK).answers if a.choices}


def test_a_temperature_told_as_a_recipe_step_or_setpoint_is_no_data_captured():
    for text in ("- The syrup is kept at 85 °C for twenty minutes before it is bottled.",
                 "- The glaze is then baked in a roller kiln at 1180 °C.",
                 "The molten glass reaches about 1500 degrees in the furnace.",
                 "- Der Teig wird bei 30 °C gehalten, bevor er geschnitten wird."):
        assert "temperature" not in drafted(text).get("data.captured", []), text


def test_a_temperature_measured_at_its_setpoint_is_still_captured():
    said = drafted("- Thermocouples measure the kiln temperature, kept at 1180 °C, every ten seconds.")
    assert "temperature" in said.get("data.captured", [])
    said = drafted("Wireless probes log the proofing room temperature so it is kept within its target band.")
    assert "temperature" in said.get("data.captured", [])


def test_data_said_to_come_in_real_time_is_no_decision_within_minutes():
    for text in ("Our gateways send the spindle load data to the cloud in real time over LTE.",
                 "The press force data is collected in real time and stored in the historian.",
                 "The optimiser applies its rules to real-time, plant-wide data in order to make decisions."):
        assert "minutes" not in drafted(text).get("decision.latency", []), text


def test_real_time_data_a_person_sees_or_an_alert_acts_on_is_still_minutes():
    for text in ("The shift supervisors see the real-time data of every press on the hall display.",
                 "Real-time data from the filler raises an alert on the operators' tablets when a valve sticks."):
        assert "minutes" in drafted(text).get("decision.latency", []), text


def test_energy_meters_named_in_french_italian_spanish_or_german_are_energy_data():
    for text in ("L'atelier fabrique des biscuits pour la grande distribution. Une vingtaine de compteurs d'énergie et "
                 "d'eau ont été posés sur les fours et les compresseurs. Le responsable suit les relevés chaque jour.",
                 "Nello stabilimento abbiamo installato contatori di energia su ogni pressa del reparto stampaggio.",
                 "En la planta se instalaron medidores de energía en cada compresor y en la línea de envasado.",
                 "Im Werk wurden Energiezähler an allen Spritzgießmaschinen nachgerüstet."):
        assert "energy_consumption" in drafted(text).get("data.captured", []), text


def test_energy_named_only_as_what_the_project_saved_is_no_energy_data():
    for text in ("The retrofit reduced energy consumption by 23% in its first year.",
                 "Nach der Umstellung wurde der Energieverbrauch um 15 Prozent reduziert."):
        assert "energy_consumption" not in drafted(text).get("data.captured", []), text
