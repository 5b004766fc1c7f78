"""'Redundant' said of the business (spare plant capacity, work done twice, staff let go) is no redundant system;
redundant servers or gateways are (drafting.yaml compounds)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
OFFER = "We connect the 22 filler PLCs of your canning hall to an edge gateway that sends every stop to the dashboard. "


def measures(text: str) -> list[str]:
    answer = draft(text, BANK).answer("reliability.measures")
    return answer.choices if answer else []


def test_redundant_capacity_of_the_business_is_no_redundancy():
    text = OFFER + "With redundant capacity in its second hall, the group will close the older line next spring."
    assert "redundancy" not in measures(text)


def test_redundant_gateways_are_redundancy():
    text = OFFER + "Two redundant gateways run side by side, so one takes over when the other fails."
    assert "redundancy" in measures(text)
