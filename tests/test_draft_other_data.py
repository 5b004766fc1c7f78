"""Data no named kind covers is "other" data captured, read by its structure (drafting.yaml word_classes captures and
measures, class_phrases): a verb of taking a reading, then a measure a few words on ("reads the supply voltage"), or
the measure named with its reading ("a roughness measurement", "force sensors"). A measure word with no reading told
("runs at high speed", "parts of any colour") and a named kind's value ("the oven temperature") are not."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def captured(text: str) -> list[str]:
    answer = draft(text, BANK).answer("data.captured")
    return answer.choices if answer else []


def test_a_measure_the_system_reads_is_other_data():
    text = ("Offer for your weld shop in Kassel. "
            "Each gateway reads the supply voltage of the four welding robots every second and stores it with the "
            "part number. The shift leader sees every weld on a screen at line 2.")
    assert "other" in captured(text)


def test_a_measure_named_with_its_reading_is_other_data():
    text = ("Offer for your shaft grinding line 3. "
            "A roughness measurement of every third shaft is stored with its batch in the line's database. "
            "Your quality engineer reviews the results each morning.")
    assert "other" in captured(text)


def test_a_measure_word_with_no_reading_told_is_no_other_data():
    text = ("Offer for your coating line 1. "
            "The line runs at high speed and coats parts of any colour. "
            "We log the oven temperature every minute and show it on a screen at the line.")
    found = captured(text)
    assert "temperature" in found and "other" not in found
