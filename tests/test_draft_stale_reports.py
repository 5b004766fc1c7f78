"""Figures that are days old by the time people see them, or put together by hand from separate spreadsheets, are
reports that come late: the plant's problem of delayed reports, however the text words it."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()


@pytest.mark.parametrize("sentence", [
    "The data is 3-5 days stale by the time it reaches the weekly operations review.",
    "The scrap figures are two weeks old by the time they reach the plant manager.",
    "Plant managers assemble the OEE numbers manually from spreadsheets every Monday morning.",
    "Each site collects its downtime from separate spreadsheets, so nobody sees a plant-wide figure.",
])
def test_figures_that_arrive_stale_or_are_pieced_together_by_hand_are_delayed_reports(sentence):
    answer = draft("Your plant today\n\n" + sentence, BANK).answer("problem.plant_problems")
    assert answer and "reports_delayed" in answer.choices + answer.suggested
