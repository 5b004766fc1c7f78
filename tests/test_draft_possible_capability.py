"""A technology told only as what the product can do ("the platform can simulate line changes", "is able to") is no
technology delivered: it is only offered to check, unless the sentence offers it or another sentence drafts it
(drafting.yaml `possible`, confidence `possible`; reading/draft_possible.py)."""
import pytest

from reading.draft import draft

SENSORS = "We install 40 vibration sensors on the pumps of line 2 and read them every minute over OPC UA. "


def _technologies(text, bank):
    answer = next(a for a in draft(SENSORS + text, bank).answers if a.question == "workflow.technologies")
    return answer.choices, answer.suggested


@pytest.mark.parametrize("sentence", [
    "The platform can simulate line changes before they are made on the shop floor.",
    "The planning software is able to simulate line changes before they are made.",
    "The platform can simulate line changes. The platform can also simulate line changes for a second line.",
])
def test_a_simulation_the_product_only_can_do_is_offered_to_check(sentence, bank):
    choices, suggested = _technologies(sentence, bank)
    assert "simulation" not in choices and "simulation" in suggested


@pytest.mark.parametrize("sentence", [
    "The platform simulates line changes before they are made on the shop floor.",
    "We deliver the planning module, which can simulate line changes before they are made.",
    "The platform can simulate line changes. Its simulation of line changes runs on your plant data every night.",
])
def test_a_simulation_delivered_or_offered_is_still_drafted(sentence, bank):
    choices, _ = _technologies(sentence, bank)
    assert "simulation" in choices
