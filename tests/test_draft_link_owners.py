"""A drafted link's owner is read from the proposal's offer by the reply reader's one rule (reading/draft_owners.py,
reading/reply_owners.py, questions/rounds.yaml `links`): someone a sentence says owns, maintains or is responsible for
the link, there or in the sentence right after ("that interface"). A role merely named beside a link, a thing that
"owns", what owns no link, and an owner in another customer's plant, before the project, optional or denied own none."""
import pytest

from questions import load_bank
from reading.draft import draft
from scoring import score

BANK = load_bank()


def _owners(text: str) -> dict[str, str]:
    answer = draft("Quotation for the energy monitoring of press line 3.\n\n" + text, BANK,
                   proposal="owners").answer("connect.integrations")
    return {row.system: row.owner for row in answer.integrations} if answer else {}


@pytest.mark.parametrize("text, system, owner", [
    ("Each day's energy per tonne is written to your SAP CO cost centres through a CSV import, owned by your "
     "controlling team.", "finance", "controlling team"),
    ("Work orders are sent to SAP PM through an IDoc. Your maintenance planner owns that interface.",
     "maintenance", "maintenance planner"),
    ("The gateway posts quality events to your MES over a REST API. The MES group is responsible for the interface.",
     "production", "MES group"),
    ("The link to Maximo uses its REST API and is set up and owned by our integration team.",
     "maintenance", "integration team"),
    ("Process orders come in from SAP ECC via IDoc and goods receipts are posted back every 15 minutes. "
     "Owner: your SAP team, interface specified by us.", "inventory", "SAP team"),
    ("Work orders go to your SAP PM through an IDoc owned by your IT team, and your operators see them on the "
     "tablets.", "maintenance", "IT team"),
    ("Your maintenance planner owns the IDoc that sends work orders to SAP PM, which your operators read on the "
     "tablets.", "maintenance", "maintenance planner"),
])
def test_an_owner_the_offer_names_owns_the_link(text, system, owner):
    assert _owners(text).get(system) == owner


@pytest.mark.parametrize("text, system", [
    ("Work orders are sent to SAP PM through an IDoc. Your maintenance planner receives the orders there.",
     "maintenance"),
    ("The recipes are read from your MES over OPC UA. Your process engineer owns the recipes.", "production"),
    ("The counts are posted to the plant's own ERP over a REST API, which owns the interface.", "inventory"),
    ("Work orders are sent to SAP PM through an IDoc. At another customer, their maintenance planner owns that "
     "interface.", "maintenance"),
    ("Work orders are sent to SAP PM through an IDoc. At our reference site in Poland the maintenance planner owns "
     "that interface.", "maintenance"),
    ("Work orders are sent to SAP PM through an IDoc. The interface is not owned by your maintenance planner.",
     "maintenance"),
    ("Work orders go to SAP PM through an IDoc, maintained by the Bidder; SAP-side customising by your SAP team.",
     "maintenance"),
])
def test_no_owner_where_no_one_of_this_plant_is_said_to_own_the_link(text, system):
    owners = _owners(text)
    assert system in owners and owners[system] == ""


def test_an_owner_in_a_later_paragraph_does_not_point_back_to_a_link_sentences_before():
    text = ("The CIP records are sent to your LIMS as CSV files each night.\n\nTraining on site: one session per "
            "shift.\n\nAt handover you receive all PLC code; your automation team maintains it from then on.")
    assert not any(_owners(text).values())


def test_a_link_with_its_method_and_owner_lifts_delivered_scope_to_integrated():
    text = ("We fit vibration sensors to the 12 cooling water pumps; an edge gateway reads them every second. "
            "Your operators see each pump's vibration on a live dashboard and get an alert when it rises. "
            "Each alert creates a work order in your SAP PM through an IDoc, which your maintenance planner "
            "schedules.{}")
    unowned, owned = (score(draft(text.format(more), BANK)).delivered_scope
                      for more in ("", " Your maintenance planner owns that interface."))
    assert owned >= 3 > unowned


@pytest.mark.parametrize("text, owners", [
    ("Daily material consumption is booked to your SAP ERP as a CSV file, owned by your IT manager; breakdown alarms "
     "go to your Maximo CMMS over its REST API, owned by your maintenance planner.",
     {"inventory": "IT manager", "maintenance": "maintenance planner"}),
    ("Scrap counts go to the QMS as a daily CSV export, owned by your quality engineer, and work orders go to SAP PM "
     "through an IDoc, owned by your maintenance planner.",
     {"quality": "quality engineer", "maintenance": "maintenance planner"}),
])
def test_each_link_a_sentence_says_owned_by_its_own_owner_gets_that_owner(text, owners):
    assert _owners(text) == owners
