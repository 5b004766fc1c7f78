"""Wrong drafts a new buyer's walk found in a bakery's offers for energy monitoring and oven maintenance (walk 55),
fixed as the kind of sentence each is: a meeting's length told as a compound ("a weekly 30-minute call"), and a
target told as its figure before and after ("from 1.9 MWh/t today to 1.6 MWh/t after 12 months")."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()

OFFER = ("Proposal: ThermaWatch Energy & Oven Health for Panaderias Norte S.L.\n"
         "Your plant runs four production lines with three tunnel ovens and one deck oven.\n"
         "A model trained on the exhaust fan vibration of ovens 1 to 4 predicts bearing failures 5 to 10 days in "
         "advance.\n")


def _choices(text: str, question: str) -> list[str]:
    answer = draft(text, BANK).answer(question)
    return answer.choices if answer else []


@pytest.mark.parametrize("call", [
    "The Supplier reviews every alert with the maintenance supervisor in a weekly 30-minute call.",
    "Our engineer goes through each alert with your planner in a monthly 45-minute review.",
])
def test_an_alert_gone_through_in_a_call_of_some_minutes_each_week_is_no_decision_within_minutes(call):
    assert "minutes" not in _choices(OFFER + call + "\n", "decision.latency")


def test_an_alert_a_person_gets_within_seconds_though_tested_monthly_still_tells_minutes():
    told = "The supervisor gets a push message in max. 15 sec, and we check this every month with a test alarm.\n"
    assert _choices(OFFER + told, "decision.latency") == ["minutes"]


def test_a_screen_a_person_decides_on_once_at_the_start_of_each_shift_is_no_decision_within_minutes():
    seen = ("The shift leader sees the energy per tonne of every line on a screen at the packaging area and decides "
            "at the start of each shift whether to reduce the oven set point during low-load hours.\n")
    assert "minutes" not in _choices(OFFER + seen, "decision.latency")


def test_a_screen_a_person_watches_with_no_pace_told_still_tells_minutes():
    seen = "The shift leader sees the energy per tonne of every line on a screen at the packaging area.\n"
    assert _choices(OFFER + seen, "decision.latency") == ["minutes"]


def _promise(text: str) -> list[str]:
    answer = draft(text, BANK).answer("return.promise")
    return answer.quotes if answer else []


@pytest.mark.parametrize("target", [
    "Gas consumption per tonne: from 1.9 MWh/t today to 1.6 MWh/t after 12 months.",
    "Unplanned oven downtime: from 14 h/month to below 8 h/month.",
])
def test_a_figure_told_before_and_after_with_no_verb_is_the_return_promised(target):
    assert _promise(OFFER + target + "\n") == [target]


def test_a_range_from_one_figure_to_another_is_no_return_promised():
    assert _promise(OFFER + "The gateway keeps from 2 to 5 days of readings when the link is down.\n") == []
