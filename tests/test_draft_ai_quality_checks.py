"""A learnt model named by its kind (AI, machine learning, computer vision), then what it checks the product for
("AI-based visual inspection", "machine learning defect detection"), is detection by a trained model; a person's
visual inspection is none."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def analytics(text: str) -> list[str]:
    answer = draft(text, BANK).answer("workflow.analytics")
    return answer.choices if answer else []


def test_ai_based_visual_inspection_is_detection_by_a_trained_model():
    text = ("We install two cameras at the end of line 2. Our AI-based visual inspection checks every housing for "
            "cracks and burrs and sends each reject image to the quality engineer.")
    assert "detection" in analytics(text)


def test_machine_learning_defect_detection_is_detection_by_a_trained_model():
    text = ("For your strip line 4 we fit a line scan camera above the coil. Its machine learning defect detection "
            "marks each scratch on the strip and stores its image for your quality engineer.")
    assert "detection" in analytics(text)


def test_a_persons_visual_inspection_is_no_trained_model():
    text = ("Today two inspectors do the visual inspection of every housing. We install a counter on the press and "
            "show the output on a dashboard.")
    assert "detection" not in analytics(text)
