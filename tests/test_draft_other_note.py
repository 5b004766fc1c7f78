"""A drafted "Other (describe in the note)" says what the other thing is: the note names what its quotes name from
drafting.yaml's phrases for that option. Walk 53 saw "Other" data ticked with an empty note."""
from questions import Answer, load_bank
from reading.draft import draft
from reading.other_note import noted

BANK = load_bank()


def _captured(text: str) -> Answer:
    return draft(text, BANK, proposal="Bagging line").answer("data.captured")


def test_other_data_drafted_names_what_the_proposal_captures_in_its_note():
    answer = _captured("The new sensors measure the humidity of the hall and the weight of each bag every 10 seconds.")
    assert "other" in answer.choices
    assert answer.text == "Read from the proposal: humidity, weight."


def test_the_note_keeps_the_proposals_spelling_and_names_each_thing_once():
    answer = _captured("Inline probes read the pH and the conductivity of the rinse bath; the pH is logged each minute.")
    assert answer.text == "Read from the proposal: pH, conductivity."


def test_a_note_already_given_is_never_replaced():
    typed = Answer(question="data.captured", choices=["other"], text="Bag seal strength", quotes=["Weight of each bag."])
    assert noted([typed])[0].text == "Bag seal strength"


def test_other_without_a_phrase_in_its_quotes_keeps_an_empty_note():
    bare = Answer(question="data.captured", choices=["other"], quotes=["The line reports its state."])
    assert noted([bare])[0].text == ""


def test_an_answer_without_other_gets_no_note():
    answer = _captured("Vibration sensors on each pump send readings to the server.")
    assert "other" not in answer.choices and answer.text == ""
