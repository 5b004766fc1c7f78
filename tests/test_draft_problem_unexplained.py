"""Stops nobody can account for are downtime whose causes are unclear (issue 14): a machine's lost time that no one
explains, records or finds, and failures whose root causes the plant could not determine, are not the failures a
project predicts ("other")."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def problems(text: str) -> list[str]:
    answer = draft(text, BANK).answer("problem.plant_problems")
    return sorted(answer.choices + answer.suggested) if answer else []


def test_short_stops_nobody_can_explain_are_unclear_downtime():
    text = ("Before the project, the bakery lost close to an hour a shift to short stops nobody can explain. "
            "We read the run signal of each wrapper and the operators pick a stop reason on a terminal.")
    assert "downtime_unclear" in problems(text)


def test_stops_that_are_not_recorded_are_unclear_downtime():
    text = ("At the moulding shop, stoppages on the night shift were not recorded at all. "
            "We read the run signal of each press and show every stop on a screen above the line.")
    assert "downtime_unclear" in problems(text)


def test_failures_whose_root_causes_could_not_be_determined_stay_unclear_downtime():
    text = ("After the speed increase the kiln began suffering from bearing failures, but the engineers had no data "
            "to determine the root causes of the breakdowns. "
            "We fit accelerometers on the six fan bearings and warn your maintenance planner a week ahead.")
    assert problems(text) == ["downtime_unclear"]


def test_failures_with_a_cause_the_text_names_are_still_a_failure_problem():
    text = ("Before the project, the kiln fans failed twice a year when a worn bearing seized. "
            "Any unexpected downtime of the kiln costs your plant about EUR 40,000 a day. "
            "We fit accelerometers on the six fan bearings and warn your maintenance planner a week ahead.")
    assert problems(text) == ["other"]


def test_a_result_of_fewer_stops_states_no_unexplained_downtime():
    text = ("The dashboard identifies the causes of every stop within a minute. "
            "We read the run signal of each wrapper and the operators pick a stop reason on a terminal.")
    assert "downtime_unclear" not in problems(text)
