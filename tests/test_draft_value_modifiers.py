"""A process value's word that only modifies another head noun ("temperature regulation", "a temperature-controlled
store", "pressure zones") names a control, a room or a zone, no data the project captures (drafting.yaml
told_as_modifier, reading/draft_heads.py); the same value beside a reading of it, or named as what is read, is still
data captured."""
from questions import load_bank
from reading.draft import draft
from reading.draft_heads import as_modifier
from reading.phrases import normalise, tokens

BANK = load_bank()
LINK = " The edge box reads the kiln PLC every 10 seconds and shows each stop and its reason on a dashboard."


def captured(text: str) -> list[str]:
    """Drafted or offered to check."""
    answer = draft(text, BANK).answer("data.captured")
    return answer.choices + answer.suggested if answer else []


def test_a_value_word_before_a_control_names_the_control_not_the_value_read():
    text = "The cellar gets a glycol loop for temperature regulation of its eight fermenters." + LINK
    assert "temperature" not in captured(text)


def test_a_hyphened_value_word_before_a_participle_names_the_room():
    text = "Finished cheese waits in a temperature-controlled ripening store next to the dispatch bay." + LINK
    assert "temperature" not in captured(text)


def test_a_value_word_before_zones_names_the_zones():
    text = "The town's network is split into nine pressure zones fed from two reservoirs." + LINK
    assert "pressure" not in captured(text)


def test_the_value_itself_read_beside_its_control_is_still_captured():
    text = "The controller logs the tank temperature every minute and drives the temperature control valve." + LINK
    assert "temperature" in captured(text)


def test_a_value_word_before_another_word_is_still_read():
    text = "New probes on each press send the hydraulic pressure every second to the historian." + LINK
    assert "pressure" in captured(text)


def test_every_cue_must_modify_a_head_and_no_reading_be_named():
    words = tokens(normalise("pressure zones and a temperature-controlled room"))
    assert as_modifier(words, [1, 5])
    assert not as_modifier(words, [1, 4])  # "temperature" before "controlled" only from 5 on: one cue ends elsewhere
    assert not as_modifier(tokens(normalise("pressure zones are monitored")), [1])
    assert not as_modifier(words, [])


def energy(text: str) -> list[str]:
    return [o for o in captured(text) if o == "energy_consumption"]


def test_an_energy_management_system_named_as_a_certificate_captures_no_energy_data():
    text = "The site holds an energy management system certified to ISO 50001 since 2019." + LINK
    assert not energy(text)


def test_an_energy_programme_or_team_named_captures_no_energy_data():
    text = "The cost cutting began when the plant formed an energy management team of five engineers." + LINK
    assert not energy(text)


def test_an_energy_management_system_that_meters_the_lines_still_captures_energy():
    text = "The energy management system meters the energy consumption of each line every 15 minutes." + LINK
    assert energy(text)


def test_a_state_that_names_a_region_or_a_method_is_no_machine_status():
    for text in ("The mill sells mainly within the state of Ohio and ships to the neighbouring states.",
                 "The consultants began with a current state assessment of the packing hall.",
                 "La empresa vende sobre todo en el estado de Jalisco y exporta a Texas."):
        assert "machine_status" not in captured(text + LINK), text


def test_the_state_of_each_machine_in_a_list_of_what_is_read_is_still_machine_status():
    text = ("We read these signals:\n- Section states of each forming machine from the timing system over OPC UA\n"
            "- Bottle counts from the cold-end inspection")
    assert "machine_status" in captured(text)
