"""Real case studies tell the energy-cost problem with a verb or by the money spent ("were wasting energy", "spending
a lot of money on the electricity side"), and a length after "within" is when a thing is done, not how long data is
kept (issue 14, cases17: drafting.yaml energy_cost cues and lengths.deadlines)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def ticked(text: str, qid: str) -> list[str]:
    answer = draft(text, BANK).answer(qid)
    return answer.choices + answer.suggested if answer else []


def test_energy_wasted_told_with_a_verb_tells_the_energy_cost_problem():
    text = "Leaking valves on the dryer line were wasting energy every shift, the maintenance lead found."
    assert "energy_cost" in ticked(text, "problem.plant_problems")


def test_money_spent_on_electricity_tells_the_energy_cost_problem():
    text = "The foundry was spending a lot of money on its electricity before the project began."
    assert "energy_cost" in ticked(text, "problem.plant_problems")


def test_a_history_searchable_within_days_of_go_live_keeps_no_length():
    text = "Every stop record is stored and searchable within 30 days of go-live."
    assert ticked(text, "data.history") == []


def test_history_kept_for_months_still_drafts_months():
    text = "The machine history is kept for 18 months on the plant server and exported to CSV."
    assert "months" in ticked(text, "data.history")


def test_an_alert_within_minutes_is_still_read_as_minutes():
    text = "The shift lead receives an alert on the line display within 5 minutes of every stop."
    assert "minutes" in ticked(text, "decision.latency")
