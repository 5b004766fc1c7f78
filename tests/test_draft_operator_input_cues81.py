"""What the plant's people enter, told by its means: their entries, an input form filled on a screen, an electronic logbook
(drafting.yaml data.captured operator_inputs; recall81)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def captured(text: str) -> set[str]:
    answer = draft(text, BANK).answer("data.captured")
    return set(answer.choices) if answer else set()


def test_an_electronic_logbook_kept_by_the_crew_is_operator_inputs():
    offer = ("The line's counters are read from the PLCs every minute. The shift crew keeps an electronic logbook on the "
             "HMI for the rework done in each shift.")
    assert "operator_inputs" in captured(offer)


def test_input_forms_filled_at_each_batch_are_operator_inputs():
    offer = ("We replace the paper quality sheets of your two filling lines. The inspectors fill in web-based input "
             "forms at every batch change, and the results are stored with the batch record.")
    assert "operator_inputs" in captured(offer)
