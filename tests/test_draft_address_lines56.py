"""A letter's own lines name who reads or writes it, never who uses the system (prefill.yaml letter_lines): its address
("To: quality manager", "attn. Head of Production"), salutation ("Dear plant manager,"), signature ("Petra Lang,
Production Manager") and headings ("What your shift leads get") suggest no role. And a tablet or terminal named only as
where people see the output is no operator entry (drafting.yaml said_without, data.sources operator_entry): entry
needs a verb of entering, booking, scanning, typing or confirming."""
import pytest

from questions import load_bank
from reading import analyze
from reading.draft import draft
from reading.prefill import Prefiller

BANK = load_bank()


@pytest.fixture(scope="module")
def prefiller():
    return Prefiller(BANK)


def role_quotes(prefiller: Prefiller, text: str) -> list[str]:
    return [s.quote for s in prefiller.suggest(analyze(text), limit=10).get("users.roles", [])]


def ticked(text: str, qid: str) -> list[str]:
    answer = draft(text, BANK).answer(qid)
    return answer.choices + answer.suggested if answer else []


LETTER = ("To: quality manager\n\n"
          "Dear plant manager,\n\n"
          "What your shift leads get\n\n"
          "Your maintenance planner receives an alert on the line screen when a seal temperature drifts.\n\n"
          "Best regards, Plant Manager\n\n"
          "Petra Lang, Production Manager")


def test_an_address_line_suggests_no_role(prefiller):
    assert "To: quality manager" not in role_quotes(prefiller, LETTER)


def test_a_salutation_suggests_no_role(prefiller):
    assert not any(q.startswith("Dear") for q in role_quotes(prefiller, LETTER))


def test_a_heading_suggests_no_role(prefiller):
    assert "What your shift leads get" not in role_quotes(prefiller, LETTER)


def test_a_signature_suggests_no_role(prefiller):
    quotes = role_quotes(prefiller, LETTER)
    assert not any("Plant Manager" in q or "Production Manager" in q for q in quotes)


def test_a_sentence_of_the_letter_still_suggests_its_role(prefiller):
    assert any(q.startswith("Your maintenance planner receives") for q in role_quotes(prefiller, LETTER))


def test_a_labelled_line_of_users_still_suggests_its_roles(prefiller):
    assert role_quotes(prefiller, "Users: shift leads and maintenance planners") != []


def test_people_seeing_the_status_on_tablets_is_no_operator_entry():
    text = "Line leads see the state of every filler on a large screen in the hall and on tablets."
    assert "operator_entry" not in ticked(text, "data.sources")


def test_people_booking_a_reason_on_tablets_is_operator_entry():
    text = "Line leads see each stop on the tablet and book its reason there within two minutes."
    assert "operator_entry" in ticked(text, "data.sources")


def test_an_attention_line_after_a_department_suggests_no_role(prefiller):
    text = "To: Works Engineering, attn. Quality Manager\n\nThe quality manager reviews each flagged batch on the screen."
    quotes = role_quotes(prefiller, text)
    assert quotes and not any("attn" in q or q == "Quality Manager" for q in quotes)
