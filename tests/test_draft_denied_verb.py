"""A verb denied right after what it is said of denies it: "alerts are not sent to the team" drafts no alerts
(langs54 found the English sentence, and every language glossed into it, drafting alerts within minutes). Not "not
only", which adds; not a denial its clause takes back ("not by e-mail but by SMS"); not a relative clause."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def _outputs(text: str) -> list[str]:
    answer = draft(text, BANK, proposal="Press line").answer("workflow.outputs")
    return answer.choices if answer else []


@pytest.mark.parametrize("text", [
    "Alerts are not sent to the maintenance team.",
    "Alerts aren't sent to the maintenance team during the pilot.",
    "Work orders will never be created in the CMMS by the system.",
])
def test_a_verb_denied_after_its_subject_drafts_nothing_of_it(text):
    assert _outputs(text) == []


@pytest.mark.parametrize("text", [
    "Alerts are not only sent to the maintenance team but also to the planners.",
    "Alerts are not sent by e-mail but by SMS to the shift lead.",
    "Alerts that are not acknowledged within ten minutes escalate to the shift lead.",
])
def test_a_denial_that_adds_or_is_taken_back_still_drafts_it(text):
    assert "alerts" in _outputs(text)
