"""A technology a case study both names and shows (drafting.yaml shown, reading/draft_shown.py): the label said in
one of the text's own sentences ("IoT", "AI") and the substance behind it drafted as another answer (sensors the
project fits, a detection the system makes) is what the buyer gets, drafted; the label alone, or the substance alone,
stays at most a suggestion to check, and so does a label named only as an aim."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()

STORY = """Case study: Ostheim Castings stops losing moulds

Ostheim Castings, a foundry in Hesse, lost three moulds a year to cooling water that ran too warm, and found out each \
time only when the casting came out cracked.

The plant manager wanted to know about a warm circuit while the mould could still be saved.

{told}

Within a year the foundry lost no mould to a warm circuit.

"We now change a circuit's filter before it chokes," said Jonas Berger, plant manager at Ostheim Castings.
"""

SENSORS = "Temperature sensors on every cooling circuit read the water's temperature at each mould."


def technologies(told: str) -> tuple[list[str], list[str]]:
    answer = draft(STORY.format(told=told), BANK, proposal="moulds").answer("workflow.technologies")
    return (answer.choices, answer.suggested) if answer else ([], [])


def test_sensors_on_the_circuits_in_a_story_that_names_iot_are_iiot():
    drafted, _ = technologies(SENSORS + " Ostheim calls it the foundry's IoT project.")
    assert "iiot" in drafted


def test_the_same_sensors_with_no_label_are_no_iiot_ticked():
    drafted, _ = technologies(SENSORS + " Ostheim calls it the foundry's cooling project.")
    assert "iiot" not in drafted


def test_the_label_with_no_sensors_drafted_is_no_iiot_ticked():
    drafted, _ = technologies("Ostheim calls it the foundry's IoT project, and the plant manager is proud of it.")
    assert "iiot" not in drafted


def test_a_label_named_only_as_an_aim_names_nothing_the_text_has():
    drafted, _ = technologies(SENSORS + " Next year Ostheim could add IoT to its furnaces as well.")
    assert "iiot" not in drafted


def test_an_ai_system_that_detects_cracks_is_data_analytics():
    drafted, _ = technologies("The AI vision system detects cracks in every casting.")
    assert "data_analytics" in drafted


def test_a_vision_system_that_detects_cracks_with_no_label_is_analytics_to_check():
    drafted, suggested = technologies("The vision system detects cracks in every casting.")
    assert "data_analytics" not in drafted and "data_analytics" in suggested
