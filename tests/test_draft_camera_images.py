"""Images an inspection camera takes are the quality data they are (data.captured 'quality_events'), as buyers tick
them for vision systems; images taken for anything else are not."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def _captured(sentence: str) -> list[str]:
    answer = draft("Offer for line 2.\n\n" + sentence, BANK, proposal="images").answer("data.captured")
    return answer.choices if answer else []


@pytest.mark.parametrize("sentence", [
    "Camera inspection of every can at 800 cans per minute; cans with unreadable codes are rejected.",
    "Every rejected pocket is saved as image with lot number and timestamp.",
    "De inline vision controleert every bottle; the reject images are kept 30 days on the station PC.",
    "The inspection cameras look at each housing after press 3 at 40 strokes per minute.",
])
def test_inspection_camera_images_are_quality_events(sentence):
    assert "quality_events" in _captured(sentence)


@pytest.mark.parametrize("sentence", [
    "The robot takes thermal images of pumps and flanges on its round every 4 hours.",
    "The remote expert sees the technician's camera view and draws arrows into it.",
])
def test_images_taken_for_anything_else_are_no_quality_events(sentence):
    assert "quality_events" not in _captured(sentence)
