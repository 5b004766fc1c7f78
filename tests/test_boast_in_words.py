"""A boast reads the same in words as in signs: "up to thirty percent" is "up to 30 %", so it drafts
nothing specific, while a plant's own measured figure in "percent" still reads as a KPI."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.phrases import normalise

BANK = load_bank()


def specific(text: str) -> list[str]:
    return [a.question for a in draft(text, BANK).answers if a.evidence == "specific"]


@pytest.mark.parametrize("boast", [
    "Energy savings of up to thirty percent are realistic for a mill like yours.",
    "Customers typically see as much as 25 per cent less unplanned downtime.",
    "Reductions of up to 40 percent in changeover time are achievable.",
])
def test_a_boast_with_percent_in_words_makes_nothing_specific(boast):
    assert specific(boast) == []


def test_percent_spelled_out_is_the_percent_sign_to_the_phrases():
    assert normalise("up to twelve percent") == normalise("up to twelve %") == "up to twelve %"
    assert normalise("5 per cent fewer stops") == "5 % fewer stops"
    assert normalise("the centre of the line") == "the centre of the line"  # a word holding "cent" stays


def test_a_measured_change_in_percent_still_drafts_its_kpi():
    evaluation = draft("Scrap on press line 2 fell from 6.5 percent to 3.0 percent after the new dies "
                       "and the camera check went live in May.", BANK)
    measure = evaluation.answer(BANK.key_questions.kpi).measure
    assert measure is not None and (measure.baseline, measure.target, measure.unit) == (6.5, 3.0, "%")


@pytest.mark.parametrize("benefit", [
    "Vibration and temperature monitoring cuts unplanned downtime 40-60% on kilns and mills.",
    "Plants typically report 25–35 % lower maintenance costs with the vibration sensors.",
])
def test_a_benefit_given_as_a_range_of_percent_makes_nothing_specific(benefit):
    assert specific(benefit) == []


def test_one_measured_percent_beside_a_system_still_makes_the_answer_specific():
    assert specific("Vibration sensors on the kiln fans cut unplanned downtime by 40% in 2024, "
                    "read every 10 seconds over OPC UA.") != []
