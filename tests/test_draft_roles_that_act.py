"""Who uses the output, read where the sentence also says "roles": a role that does something in its clause, a verb of
use or an act on the output ("the machine operator sees the live curve, the Meister approves corrections"), is a user,
though access rights are listed by the same word ("permissions follow roles: operator, planner, admin" lists none). And
the foreman as plants of Central European tradition title him ("the Meister", "the shift master") is a shift lead;
who runs the quality lab is quality (tuning40's and tuning41's kinds). Every sentence here is new."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def roles(sentence: str) -> list[str]:
    answer = draft("Quotation for your plant\n\n" + sentence, BANK).answer("users.roles")
    return sorted(answer.choices) if answer else []


def test_roles_that_use_it_each_doing_something_are_users():
    said = ("Three roles use it every day: the kiln operator sees the firing curve, the Meister approves each "
            "correction, the lab manager reviews the weekly list of fired densities.")
    assert roles(said) == ["operators", "quality", "shift_leads"]


@pytest.mark.parametrize("sentence", [
    "Permissions follow roles: operator, planner, admin.",
    "Access rights are set per role (operator, supervisor, quality engineer) in the user management.",
])
def test_roles_listed_as_access_rights_are_no_users(sentence):
    assert roles(sentence) == []


@pytest.mark.parametrize("title", ["shift master", "Meister", "Schichtmeister"])
def test_the_foreman_by_his_central_european_title_is_a_shift_lead(title):
    assert "shift_leads" in roles(f"The {title} sees all four kilns on the hall display and decides about stops.")
