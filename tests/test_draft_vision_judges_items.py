"""A vision system or a neural network named as such, then what it does to the product (inspects, checks, classifies,
finds defects), is detection by a trained model as careful buyers read it; a camera that only records, or a person's
inspection, is none (drafting.yaml cues: vision ... inspects)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
LINE = " The cartoner line runs two shifts and packs 120 cartons a minute."


def analytics(text: str) -> list[str]:
    """Drafted or offered to check."""
    answer = draft(text, BANK).answer("workflow.analytics")
    return answer.choices + answer.suggested if answer else []


def test_a_vision_system_that_inspects_each_carton_is_detection():
    text = "The new vision system inspects the print on every carton and rejects the misprinted ones." + LINE
    assert "detection" in analytics(text)


def test_a_neural_network_that_classifies_defects_is_detection():
    text = "A convolutional neural network classifies the surface defects on each sheet." + LINE
    assert "detection" in analytics(text)


def test_a_camera_that_records_the_line_is_no_detection():
    text = "A camera above the cartoner records the line for the shift lead to review." + LINE
    assert "detection" not in analytics(text)


def test_an_inspector_checking_cartons_is_no_detection():
    text = "An inspector checks twenty cartons an hour for misprints." + LINE
    assert "detection" not in analytics(text)
