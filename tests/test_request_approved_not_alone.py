"""A request the system opens by itself (a work order, a maintenance notification) that a person approves later in the
sentence is every action approved, not the system acting alone with a person reviewing its exceptions ("creates a work
order automatically ...; the maintenance planner approves it in Fiix as today", walk73). The system acting on the
product itself, a person confirming after, still reviews exceptions. Sentences written for these tests."""
from __future__ import annotations

import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def _review(sentence: str) -> list[str]:
    answer = draft("Offer for Harbour Bakery Ltd\n\n" + sentence + "\n", BANK).answer("upkeep.human_review")
    return answer.choices if answer else []


@pytest.mark.parametrize("sentence", [
    "A maintenance notification is opened automatically in Maximo and the planner approves it before any work starts.",
    "OvenWatch raises a work order automatically when a burner drifts; the shift supervisor approves it in SAP PM.",
])
def test_a_request_the_system_opens_and_a_person_approves_is_every_action_approved(sentence):
    assert _review(sentence) == ["human_approves"]


def test_the_system_acting_on_the_product_with_a_person_after_still_reviews_exceptions():
    sentence = "Burnt loaves are pushed to the reject chute; the line lead confirms or releases each one on the HMI."
    assert _review(sentence) == ["human_exceptions"]
