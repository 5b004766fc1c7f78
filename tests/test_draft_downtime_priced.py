"""Downtime named for what it costs ("an hour of downtime carries a price tag", "$20K a minute") is its price in
general, not the plant's stops whose causes are unclear, nor stops the project records (drafting.yaml said_without)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
LINK = " The edge box reads each press PLC every 10 seconds and shows each stop and its reason on a hall screen."


def options(text: str, question: str) -> list[str]:
    """Drafted or offered to check."""
    answer = draft(text, BANK).answer(question)
    return answer.choices + answer.suggested if answer else []


def test_the_price_of_an_hour_of_downtime_is_no_unclear_downtime():
    text = "In our trade every unplanned hour of downtime carries a price tag of lost output and idle crews." + LINK
    assert "downtime_unclear" not in options(text, "problem.plant_problems")


def test_downtime_priced_as_a_reason_not_to_act_is_no_downtime_data():
    text = ("We dropped the retrofit because the associated downtime and lost production would have cost about $4,000"
            " per kiln."
            " The edge box reads each press PLC every 10 seconds and counts the good parts per hour.")
    assert "downtime" not in options(text, "data.captured")


def test_stops_whose_causes_nobody_knows_are_unclear_downtime():
    text = "Our presses stop several times a shift and nobody can tell why the line stops." + LINK
    assert "downtime_unclear" in options(text, "problem.plant_problems")
