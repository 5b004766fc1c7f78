"""A suite's module names its area (walk 55): "Dynamics 365 Field Service" is a maintenance system, "Dynamics 365
Finance" finance, "Dynamics 365 Supply Chain (production orders)" planning, as "SAP PM", "SAP PP" and "SAP FI" are,
whichever suite ("Oracle Financials", "Infor EAM"); the suite alone stays the ERP."""
import pytest

from questions import load_bank
from reading.documents import pasted
from reading.draft import draft
from rounds_corpus import sent_out
from scoring.rounds import read_reply

BANK = load_bank()

OFFER = ("Proposal: ThermaWatch Energy & Oven Health for Panaderias Norte S.L.\n"
         "We install vibration sensors on the exhaust fans of ovens 1 to 4.\n")


def _links(text: str) -> dict[str, str]:
    answer = draft(text, BANK).answer("connect.integrations")
    return {row.system: row.direction for row in answer.integrations} if answer else {}


@pytest.mark.parametrize("system, area", [
    ("Microsoft Dynamics 365 Field Service", "maintenance"),
    ("SAP Plant Maintenance", "maintenance"),
    ("Oracle Enterprise Asset Management", "maintenance"),
    ("Dynamics 365 Finance", "finance"),
    ("SAP FI", "finance"),
    ("Oracle Financials", "finance"),
    ("Dynamics 365 Supply Chain Management", "planning"),
    ("Infor CloudSuite Supply Chain", "planning"),
])
def test_a_suites_module_names_the_area_of_the_link(system, area):
    text = OFFER + f"When a fault is predicted, ThermaWatch writes the result into {system} through its Web API.\n"
    assert list(_links(text)) == [area]


def test_the_suite_alone_stays_the_erp():
    text = OFFER + "When a fault is predicted, ThermaWatch writes the result into Microsoft Dynamics 365 through its Web API.\n"
    assert list(_links(text)) == ["inventory"]


def test_consumption_written_nightly_into_the_finance_module_is_a_finance_link_into_it():
    text = OFFER + ("Every night the gas and electricity consumption per oven is written to Dynamics 365 Finance as a "
                    "cost allocation per production order.\n")
    assert _links(text).get("finance") == "to_system"


TABLE = ("| System | Direction | Method | Owner |\n|---|---|---|---|\n"
         "| Dynamics 365 Field Service | into Dynamics | Dataverse Web API, work order created on alert | ThermaWatch |\n"
         "| Dynamics 365 Supply Chain (production orders) | out of Dynamics | OData read every 15 minutes | Panaderias Norte IT |\n")


def test_a_link_tables_module_rows_name_their_areas_and_ways():
    assert _links(OFFER + "The table below lists every connection.\n\n" + TABLE) == {
        "maintenance": "to_system", "planning": "from_system"}


def test_a_replys_link_table_of_modules_names_their_areas():
    sent = sent_out(OFFER + "The system connects to your ERP.\n", "ThermaWatch", "C. Mendez")
    done = read_reply(sent, pasted("1. Systems and connections\nThe table below lists every connection.\n\n" + TABLE,
                                   "reply", "Reply"))
    rows = {row.system: row.direction for row in done.evaluation.answer("connect.integrations").integrations}
    assert rows.get("maintenance") == "to_system" and rows.get("planning") == "from_system", rows
