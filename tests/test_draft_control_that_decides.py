"""A control the delivered system runs itself, named by how it decides (a predictive or adaptive control, controls that
adapt to the conditions they measure, decisions the system carries out itself), is closed loop; a plain automatic
control left in the plant's PLC is none."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()

STORY = """Drying room for battery cells: a case study

A cell maker needed a dry room that held its dew point below -40 °C all year, and its old system drifted in summer.

{control}

The room has held its dew point in every season since it started.
"""


def analytics(control: str) -> list[str]:
    answer = draft(STORY.format(control=control), BANK, proposal="loop").answer("workflow.analytics")
    return answer.choices if answer else []


def test_controls_that_adapt_to_the_ambient_conditions_are_closed_loop():
    assert "closed_loop" in analytics("We delivered the dryer, the ducts and controls for monitoring and adapting to "
                                      "ambient conditions, so the dryer speed follows the outside air.")


def test_decisions_the_system_implements_itself_are_closed_loop():
    assert "closed_loop" in analytics("The energy system reads the plant data every minute; some of its decisions are "
                                      "implemented automatically by the system, others go to the shift engineer.")


def test_an_adaptive_process_control_is_closed_loop():
    assert "closed_loop" in analytics("Our adaptive process control reads the dew point sensors and sets the dryer "
                                      "valves for each room.")


def test_automatic_control_left_in_the_plc_is_no_closed_loop():
    assert "closed_loop" not in analytics("The new screen shows the dew point of each room; automatic control stays in "
                                          "the local PLC as it was.")
