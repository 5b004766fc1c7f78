"""An example of what the system does ("For example, ...", "such as a ...", "e.g.") tells an instance of what is
done, not a possibility: it drafts. Only an example that supposes a case ("For example, if ...") drafts nothing."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def drafted(text: str, question: str) -> list[str]:
    answer = draft(text, BANK).answer(question)
    return answer.choices if answer else []


def test_an_example_of_what_the_system_delivers_drafts_it():
    text = ("The packaging plant in Leeds put the new line monitoring system on its four cartoners. "
            "For example, the system prints a report of every stop by shift for the line supervisors.")
    assert "shift_reports" in drafted(text, "workflow.outputs")


def test_kit_listed_with_such_as_a_is_what_was_fitted():
    text = ("The dryer at the Linz plant has been fitted with new sensors such as a gas flow meter and a "
            "gas pressure sensor, read every minute by the monitoring gateway.")
    assert "flow" in drafted(text, "data.captured")


def test_an_example_that_supposes_a_case_drafts_nothing():
    text = ("The packaging plant in Leeds put the new line monitoring system on its four cartoners. "
            "For example, if a cartoner jams, a text message could go to the shift supervisor.")
    assert "alerts" not in drafted(text, "workflow.outputs")
