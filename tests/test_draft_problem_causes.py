"""A problem told with its cause: downtime a text puts down to failing equipment is the failures a
project predicts ("other"), while downtime whose causes the plant cannot tell stays "downtime is unclear"."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def problems(text: str) -> list[str]:
    answer = draft(text, BANK).answer("problem.plant_problems")
    return sorted(answer.choices + answer.suggested) if answer else []


def test_downtime_from_a_failed_gearbox_is_a_failure_problem():
    text = ("Last winter the crusher gearbox failed and the quarry lost eleven days of unplanned downtime. "
            "We fit two accelerometers on the gearbox and alert your maintenance planner when the bearing spectrum rises.")
    assert problems(text) == ["other"]


def test_downtime_nobody_can_explain_stays_unclear_downtime():
    text = ("Your shift sheets explain only half of the unplanned downtime on the four presses. "
            "We read the run signal of each press and the operators pick a stop reason on a terminal.")
    assert problems(text) == ["downtime_unclear"]


def test_downtime_beside_failures_the_before_state_tells_is_a_failure_problem():
    text = ("Before the project, the kiln fans at the Ostrava works failed without warning twice a year. "
            "Any unexpected downtime of the kiln costs your plant about EUR 40,000 a day. "
            "We fit accelerometers on the six fan bearings and warn your maintenance planner a week ahead.")
    assert problems(text) == ["other"]
    unclear = ("Before the project, the kiln at the Ostrava works stood still for hours and nobody wrote down why. "
               "Any unexpected downtime of the kiln costs your plant about EUR 40,000 a day. "
               "We read the run signal of the kiln drive and the kiln operators pick a stop reason on a terminal.")
    assert problems(unclear) == ["downtime_unclear"]


def test_a_misspelt_cause_option_is_refused_when_the_rules_load():
    import pytest
    from reading.draft_rules import compile_rules, draft_data
    data = {**draft_data(), "caused": {"problem.plant_problems": {"downtime_unclear": {"as": "othr", "by": ["failure"]}}}}
    with pytest.raises(ValueError, match="unknown othr"):
        compile_rules(data, BANK)
