"""A sensor that switches the lights records nothing, and a temperature or pressure named as a condition that spoils the
product is a risk the text explains, not data the system takes (drafting.yaml said_without; realA65)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def drafted(text: str) -> dict[str, list[str]]:
    return {a.question: a.choices for a in draft(text, BANK).answers if a.choices}


def test_motion_and_occupancy_detectors_beside_new_lamps_are_no_new_sensors():
    for text in ("The bakery swapped its warehouse lamps for LED panels and fitted occupancy sensors in every aisle.",
                 "In the packing hall the old tubes gave way to LED fittings switched by motion sensors.",
                 "Im Lager wurden LED-Leuchten mit Bewegungsmelder eingebaut."):
        assert "new_sensors" not in drafted(text).get("data.sources", []), text


def test_sensors_fitted_to_the_machines_are_still_new_sensors():
    said = drafted("We fit wireless vibration sensors on the six extruder gearboxes; they report every ten minutes.")
    assert "new_sensors" in said.get("data.sources", [])
    # a vision system's cameras come with their lighting: still new hardware on the line
    said = drafted("Two 5 MP cameras with ring lighting are mounted over the conveyor of line 2.")
    assert "new_sensors" in said.get("data.sources", [])


def test_a_temperature_named_as_what_spoils_the_product_is_no_data_captured():
    for text in ("Small fluctuations in room temperature can make the chocolate bloom before it is packed.",
                 "Environmental factors such as temperature and humidity change how the glue cures on the panels.",
                 "Schwankungen der Temperatur im Trockner führen zu Rissen im Furnier."):
        assert "temperature" not in drafted(text).get("data.captured", []), text


def test_a_temperature_measured_beside_its_fluctuations_is_still_captured():
    said = drafted("Wireless probes measure the cold room temperature every minute and flag any fluctuation above 2 °C.")
    assert "temperature" in said.get("data.captured", [])
    said = drafted("The gateway logs the oven temperature and the hydraulic pressure of press 3 every second.")
    assert "temperature" in said.get("data.captured", []) and "pressure" in said.get("data.captured", [])
