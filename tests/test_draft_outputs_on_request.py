"""An output offered only on request or at extra cost is none the offer makes (issue 14 and 16, german16): as a link
so offered drafts no area, the work orders or reports it would make draft no output; said plainly, they do."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def outputs(text: str) -> list[str]:
    answer = {a.question: a for a in draft(text, BANK).answers}.get("workflow.outputs")
    return list(answer.choices) if answer else []


@pytest.mark.parametrize("text", [
    "On request we also write the work orders into your SAP PM.",
    "Auf Wunsch schreiben wir die Aufträge auch als Instandhaltungsaufträge in Ihr SAP PM.",
    "For an extra charge we also create the work orders in your Maximo.",
    "Op verzoek maken we ook de werkorders aan in uw SAP PM.",
])
def test_work_orders_offered_only_on_request_draft_no_output(text):
    assert "work_orders" not in outputs(text)


@pytest.mark.parametrize("text, output", [
    ("We write the work orders into your SAP PM.", "work_orders"),
    ("Wir schreiben die Instandhaltungsaufträge per RFC in Ihr SAP PM.", "work_orders"),
    ("Am Ende jeder Schicht geht ein Schichtbericht per E-Mail an Ihren Produktionsleiter.", "shift_reports"),
])
def test_outputs_the_offer_makes_draft_in_english_and_german(text, output):
    assert output in outputs(text)


def test_a_report_offered_at_extra_cost_in_german_drafts_no_output():
    assert "shift_reports" not in outputs("Gegen Aufpreis senden wir einen Schichtbericht an Ihren Produktionsleiter.")


def test_a_part_offered_on_request_leaves_the_outputs_of_the_other_parts():
    text = "The system writes a work order for each bearing alarm into your SAP PM; a PDF report on request."
    assert "work_orders" in outputs(text)
