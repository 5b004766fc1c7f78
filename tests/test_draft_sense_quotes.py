"""An option ruled out because its sentence lacks (or holds) a word of its sense (drafting.yaml said_with, said_without)
takes its quotes with it: the answer no longer quotes a sentence that backs nothing it drafts."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
CLOUD = "The edge box reads the oven PLCs every 10 seconds and sends them to the cloud dashboard."
HUDDLES = "The team held daily huddles and workshops to analyse the root causes of the stops."


def test_people_analysing_in_huddles_are_neither_drafted_nor_quoted_as_analytics():
    answer = draft(f"{CLOUD} {HUDDLES}", BANK).answer("workflow.technologies")
    assert "data_analytics" not in answer.choices
    assert HUDDLES not in answer.quotes
    assert CLOUD in answer.quotes


def test_analytics_on_the_data_stays_drafted_and_quoted():
    model = "Our data analytics software analyses the oven data every hour and predicts burner faults."
    answer = draft(f"{CLOUD} {model}", BANK).answer("workflow.technologies")
    assert "data_analytics" in answer.choices
    assert model in answer.quotes
