"""A need or a requirement told of plants in general, or of the plant before it chose ("real-time monitoring has
become the expectation", "management needed to know what happened in real time"), is what is wanted, no deed of the
project: it drafts nothing (drafting.yaml roles unsure), while the same words told as what the system does still do."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
PLANT = (" The mill fitted edge boxes to its four winders. They read each winder's PLC and keep the count of reels"
         " for the monthly report.")


def latency(text: str) -> list[str]:
    """Drafted or offered to check."""
    answer = draft(text, BANK).answer("decision.latency")
    return answer.choices + answer.suggested if answer else []


def test_real_time_monitoring_as_an_industry_requirement_is_no_decision_in_minutes():
    text = "As a result, real-time monitoring of every winder has become an essential requirement for modern mills." + PLANT
    assert "minutes" not in latency(text)


def test_real_time_monitoring_as_what_plants_expect_is_no_decision_in_minutes():
    text = "Continuous, real-time monitoring of the winders has become the expectation, not the exception." + PLANT
    assert "minutes" not in latency(text)


def test_a_need_to_know_in_real_time_is_no_decision_in_minutes():
    text = "The plant manager needed to know in real time what happened on the winders." + PLANT
    assert "minutes" not in latency(text)


def test_a_system_that_shows_stops_in_real_time_is_a_decision_in_minutes():
    text = "The plant manager now sees every stop of the winders in real time." + PLANT
    assert "minutes" in latency(text)
