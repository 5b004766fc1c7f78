"""Who owns a link, named as vendors write it: a team's name inside who owns names no link of its own ("Herr Vogel
from the SAP team takes care of it" adds no ERP row), a titled person may say where he or she sits ("Ms. Anna de
Vries of the plant IT department"), and "takes care of that" or "The responsibility is by ..." owns the link the
sentence before names (found by replywalk3's walk and left; questions/rounds.yaml `links`). Every sentence is new."""
import pytest

from rounds_corpus import Mail, sent_out

FORMING = ("FormWatch is the AI-driven Industry 4.0 platform for hot forming.\n"
           "A camera at the furnace exit checks every blank and predicts die wear.\n"
           "It integrates with your systems and will cut scrap.\n")
MAIL = Mail("Dear Ms Lindqvist,", "Kind regards,\nJonas Brandt")
LINK = "Blank rejects go to your SAP QM as quality notifications over an IDoc after every batch, one way"


@pytest.fixture(scope="module")
def forming():
    return sent_out(FORMING, "FormWatch", "A. Lindqvist")


def _rows(forming, body):
    done = MAIL.read(forming, body)
    answer = done.evaluation.answer("connect.integrations")
    return {q.topic: q for q in done.round.questions}, answer.integrations if answer is not None else []


@pytest.mark.parametrize("body, owner", [
    (f"{LINK}. Herr Vogel from the SAP team takes care of it.", "Herr Vogel from the SAP team"),
    (f"{LINK}. Ms. Anna de Vries of the plant IT department looks after that interface.",
     "Ms. Anna de Vries of the plant IT department"),
    (f"{LINK}. Mevrouw Jansen from the ERP group is responsible for it.", "Mevrouw Jansen from the ERP group"),
    (f"{LINK}, owned by your SAP basis team.", "SAP basis team"),
])
def test_a_system_in_the_owners_team_name_adds_no_link(forming, body, owner):
    questions, rows = _rows(forming, body)
    assert [(row.system, row.owner) for row in rows] == [("quality", owner)], rows
    assert "and a role" in questions["integrations"].why, questions["integrations"].why


@pytest.mark.parametrize("body, owner", [
    (f"{LINK}. Your quality engineer takes care of that.", "quality engineer"),
    (f"{LINK}. Herr Vogel from the MES team takes care of this.", "Herr Vogel from the MES team"),
    (f"{LINK}. The responsibility is by your quality engineer.", "quality engineer"),
    (f"{LINK}. The responsibility is with Frau Keller from the controls department.",
     "Frau Keller from the controls department"),
])
def test_an_owner_of_that_or_the_responsibility_owns_the_link_before(forming, body, owner):
    questions, rows = _rows(forming, body)
    assert rows and all(row.owner == owner for row in rows), rows
    upkeep = questions.get("upkeep_owner")
    assert upkeep is None or upkeep.status == "not_answered", upkeep


@pytest.mark.parametrize("body, systems", [
    ("Monthly energy per press goes one way to your finance team as a CSV file; your IT manager owns that export.",
     {"finance"}),
    (f"{LINK}. Your process engineer owns the data that the die-wear model is trained on.", {"quality"}),
])
def test_a_team_data_goes_to_stays_a_link_and_that_starting_a_clause_owns_nothing(forming, body, systems):
    questions, rows = _rows(forming, body)
    assert {row.system for row in rows} == systems, rows
    assert all(row.owner != "process engineer" for row in rows), rows
