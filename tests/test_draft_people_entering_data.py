"""The people on the floor, then a verb of putting data in ("used by operators to record rejects", "workers
tap the stop reason in"), or a tick sheet read into the system: data the operators enter, at a screen or tablet.
A noun after them ("a full operator action log") enters nothing."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
READS = " The edge box reads the press PLCs every 10 seconds and shows the output on a dashboard."


def chosen(text: str, question: str) -> list[str]:
    answer = draft(text, BANK).answer(question)
    return answer.choices if answer else []


def test_operators_recording_rejects_on_a_screen_are_operator_inputs():
    text = "A small screen at each press is used by the operators to record rejects and check the schedule." + READS
    assert "operator_inputs" in chosen(text, "data.captured")
    assert "operator_entry" in chosen(text, "data.sources")


def test_downtime_tick_sheets_read_into_the_system_are_operator_inputs():
    text = "The dashboard also takes the downtime tick sheets of the filling line, so each stop has its cause." + READS
    assert "operator_inputs" in chosen(text, "data.captured")


def test_an_operator_action_log_is_no_data_the_operators_enter():
    text = "Role-based access with individual accounts and a full operator action log." + READS
    assert "operator_inputs" not in chosen(text, "data.captured")
    assert "operator_entry" not in chosen(text, "data.sources")
