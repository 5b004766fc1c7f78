"""A role that judges each thing the system puts out, one by one, reviews what it decides: "the reliability engineer
confirms or dismisses each warning before a planner schedules the job" drafts a named person approving every action
(upkeep.human_review: human_approves), as "the shift lead confirms each alarm" did. A system that itself acts on
nothing still reads as deciding nothing when a person also confirms its messages (tuning3's robot rounds)."""
import pytest

from questions import load_bank
from reading.draft import draft

REVIEW = "upkeep.human_review"


@pytest.fixture(scope="module")
def bank():
    return load_bank()


def _review(text: str, bank) -> list[str]:
    answer = draft(text, bank).answer(REVIEW)
    return answer.choices if answer is not None else []


@pytest.mark.parametrize("sentence", [
    "We fit accelerometers on the six dryer fans and score each fan every ten minutes. When a warning fires, the system "
    "opens a notification in SAP PM; the reliability engineer confirms or dismisses each warning before a planner "
    "schedules the job.",
    "The camera inspects every carton on the line. The quality engineer validates every deviation the model flags "
    "before the lot is held.",
    "The model ranks the pumps by risk each night. Each morning the maintenance supervisor confirms every "
    "recommendation on the list; the rest are closed.",
])
def test_a_role_that_confirms_or_dismisses_each_output_approves_it(sentence, bank):
    assert _review(sentence, bank) == ["human_approves"]


def test_a_system_that_operates_nothing_still_decides_nothing_when_a_person_confirms_its_messages(bank):
    text = ("The robot reads the gauges on its round and reports each reading. The control-room operator confirms "
            "or dismisses each message. The robot never operates a valve.")
    assert _review(text, bank) == ["no_automation"]


def test_confirming_an_order_quantity_is_not_a_review_of_what_the_system_decides(bank):
    text = "At the edge banders the operator scans the order barcode and confirms the quantity on the terminal."
    assert "human_approves" not in _review(text, bank)
