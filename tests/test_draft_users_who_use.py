"""A role that names no user by itself (a production manager is quoted, trained or told of in many texts) is a user
where it is the subject of a verb of use or owns the output; an informant who speaks uses nothing."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def roles(sentence: str) -> list[str]:
    answer = draft("Quotation for your plant\n\n" + sentence, BANK).answer("users.roles")
    return sorted(answer.choices) if answer else []


@pytest.mark.parametrize("sentence", [
    "The production manager checks the OEE board every morning.",
    "OEE per line is shown live on the production manager's dashboard.",
    "Your production manager reviews gas per tonne and off-colour batches in the weekly report.",
])
def test_a_production_manager_who_uses_the_output_is_a_user(sentence):
    assert "plant_manager" in roles(sentence)


@pytest.mark.parametrize("sentence", [
    '"The alarms reach us in time," said the production manager.',
    "We understand from your production manager that about 7.5% of lots are re-dyed.",
])
def test_a_production_manager_who_speaks_uses_nothing(sentence):
    assert "plant_manager" not in roles(sentence)


def test_a_chief_operating_officer_who_gets_the_view_is_a_user_from_management():
    assert "owner" in roles("And the COO gets a single view of all four plants without asking for a spreadsheet.")
