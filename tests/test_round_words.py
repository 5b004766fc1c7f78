"""A proposed change in the buyer's words on the Follow-up page: what the reply adds marked "+", and a change of the
evidence level said beside the reply's (the walk: "Demonstrated" became "Described specifically" with no word of it)."""
from questions import Answer, Integration, load_bank
from views.round_words import in_words

BANK = load_bank()
ROLES = BANK.questions()["users.roles"]


def test_what_the_reply_adds_is_marked_and_a_change_of_level_is_said():
    yours = Answer(question="users.roles", evidence="demonstrated", choices=["operators"])
    reply = Answer(question="users.roles", evidence="specific", choices=["operators", "maintenance_planner"])
    said = in_words(reply, ROLES, BANK, yours).splitlines()
    assert said == ["Operators", "+ Maintenance planner", "Evidence: Described specifically (yours: Demonstrated)"]


def test_the_same_level_is_said_once_and_a_connection_reads_with_its_way_and_owner():
    links = BANK.questions()["connect.integrations"]
    row = Integration(system="maintenance", direction="to_system", method="BAPI", owner="SAP team")
    said = in_words(Answer(question=links.id, evidence="specific", integrations=[row]), links, BANK)
    assert "owned by SAP team" in said and "BAPI" in said and said.endswith("Evidence: Described specifically")
