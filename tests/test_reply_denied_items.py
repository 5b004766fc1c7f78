"""What a reply denies is never proposed: "No vibration, temperature or hydraulic pressure sensors are included in this
offer" (walk 70) ticks no pressure and no new sensors, and the condition-data gap it confirms stays open
(reading/reply_denied.py, rounds.yaml denials items, left_out). Every sentence here is new, in four languages."""
import pytest

from rounds_corpus import Mail, sent_out

PRESSES = ("PressWatch is predictive maintenance for your 12 stamping presses.\n"
           "IoT and AI predict failures before they stop the line.\n")
MAIL = Mail("Dear Mr Hale,", "Best regards,\nNora Lind")
CONDITION = {"vibration", "temperature", "pressure", "new_sensors", "device_health"}


@pytest.fixture(scope="module")
def presses():
    return sent_out(PRESSES, "PressWatch", "T. Hale")


@pytest.mark.parametrize("body", [
    "The gateway reads the stroke counter and run state from each PLC over OPC UA every second. "
    "No vibration, temperature or oil pressure sensors are included in this offer.",
    "El gateway lee el contador de golpes y el estado de marcha de cada PLC por OPC UA cada segundo. "
    "Ningún sensor de vibración, temperatura o presión está incluido en esta oferta.",
    "Das Gateway liest den Hubzähler und den Laufzustand jeder SPS über OPC UA jede Sekunde. "
    "Keine Vibrations-, Temperatur- oder Drucksensoren sind im Lieferumfang enthalten.",
    "The gateway reads the stroke counter and run state from each PLC over OPC UA every second; "
    "vibration and pressure sensors are not included.",
])
def test_a_denied_sensor_is_never_proposed_and_the_gap_stays_open(presses, body):
    out = MAIL.read(presses, body)
    ticked = {c for a in [*out.round.proposed, *out.evaluation.answers]
              if a.question in ("data.captured", "data.sources") for c in a.choices}
    assert not ticked & CONDITION, ticked
    data = [q for q in out.round.questions if "gap:predictive_maintenance:data.captured" in q.sources]
    assert data and not data[0].closed, data


def test_a_sensor_named_as_fitted_is_still_read(presses):
    out = MAIL.read(presses, "We fit two vibration sensors on each press crank bearing, read over IO-Link every second.")
    ticked = {c for a in [*out.round.proposed, *out.evaluation.answers] if a.question == "data.captured" for c in a.choices}
    assert "vibration" in ticked, ticked
