"""A case study tells what went on before the project in the past progressive ("they were running",
"the mill was using a spreadsheet") and its outcome in the simple past: the former drafts only the problem."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def drafted(text: str, question: str) -> list[str]:
    answer = draft(text, BANK).answer(question)
    return answer.choices if answer else []


def test_what_the_plant_was_doing_before_is_no_analytics_it_gets():
    text = ("The bakery was planning its ovens by forecasting demand in a spreadsheet each Friday. "
            "We installed a scheduling system that sequences the oven batches every shift.")
    assert "prediction" not in drafted(text, "workflow.analytics")


def test_a_system_the_plant_was_using_is_no_source_the_offer_reads():
    text = ("The foundry was using a historian to collect furnace data at two of its five sites. "
            "The new system reads the furnace PLCs directly over OPC UA.")
    assert "existing_systems" not in drafted(text, "data.sources")


def test_what_the_system_predicts_in_the_simple_past_still_drafts():
    text = ("The bakery installed a scheduling system that predicted the demand for each oven from the orders "
            "and sequenced the batches every shift.")
    assert "prediction" in drafted(text, "workflow.analytics")
