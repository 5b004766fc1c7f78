"""Who owns a link is no link, and a plant's own name owns as "your" does (found on a new buyer's walk): "Work
orders go to your SAP PM via BAPI, owned by your SAP team" drafted an inventory link from the team's name, and
"that connection is owned by Halden's production planning lead" was read as naming no owner. Sentences of my own."""
from questions import load_bank
from reading.draft import draft
from reading.reply_owners import owner_named

BANK = load_bank()
OFFER = "Our system predicts kiln failures at your Leeds plant. "


def _links(text: str) -> list[tuple[str, str]]:
    answer = draft(OFFER + text, BANK).answer("connect.integrations")
    return [(row.system, row.owner) for row in answer.integrations] if answer else []


def test_a_system_in_the_owning_teams_name_drafts_no_link():
    assert _links("Work orders go to your SAP PM via BAPI, owned by your SAP team.") == [("maintenance", "SAP team")]


def test_a_system_the_data_goes_to_is_still_a_link_whoever_owns_it():
    assert _links("Stock levels go to SAP via IDoc, owned by your SAP team.") == [("inventory", "SAP team")]


def test_a_plants_own_name_owns_a_link_as_your_does():
    said = "Orders come from SAP PP by RFC once per shift; that connection is owned by Halden's production planning lead."
    assert owner_named(said) == ["production planning lead"]
    assert owner_named("The interface belongs to Halden\u2019s IT.") == ["IT"]
