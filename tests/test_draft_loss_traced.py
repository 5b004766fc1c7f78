"""A loss traced to where or why it comes is a loss pattern the system finds, whatever the loss is called: a verb of
finding, then the source, cause or driver it finds ("pinpoint the exact source of these failures", "identified the
process variables affecting energy consumption"; drafting.yaml class_phrases). Finding something that is no source or
cause ("analysed the needs of the plant") is none."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def analytics(text: str) -> list[str]:
    answer = draft(text, BANK).answer("workflow.analytics")
    return answer.choices if answer else []


def test_pinpointing_the_source_of_trips_is_a_loss_pattern():
    assert "loss_patterns" in analytics(
        "The historian lets the reliability team pinpoint the source of every trip on the kiln fans.")


def test_identifying_the_drivers_of_energy_use_from_the_meter_data_is_a_loss_pattern():
    assert "loss_patterns" in analytics(
        "Each month the system identifies the drivers of gas use on the dryer from the meter data.")


def test_analysing_what_is_no_source_or_cause_is_no_loss_pattern():
    assert "loss_patterns" not in analytics("We analysed the needs of the plant in two workshops.")
    assert "loss_patterns" not in analytics(
        "The consultant's report explained the company's strategy to its shareholders.")
