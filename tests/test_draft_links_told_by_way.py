"""A link told by how the data moves ("a web service to SAP", "a daily CSV export to the MES") or by a verb of moving
data in another of its forms ("interfaced", "interchanged", "linking") drafts its area and its way; an exclusions
line that names the link after its own label ("Exclusions: interface to your SAP ERP, civil works.") drafts no link
and no system integration (recall85b, a buyer's walk)."""
from __future__ import annotations

from questions import load_bank
from reading.draft import draft

BANK = load_bank()
LINK = "connect.integrations"
TECH = "workflow.technologies"
SENSORS = "We install vibration sensors on the 12 pumps of line 3. "


def _answer(text: str, question: str):
    return next((a for a in draft(SENSORS + text, BANK).answers if a.question == question), None)


def _rows(text: str) -> dict[str, str]:
    answer = _answer(text, LINK)
    return {row.system: row.method for row in answer.integrations} if answer else {}


def test_a_web_service_to_sap_drafts_the_erp_link_with_its_way():
    assert _rows("We provide a web service to SAP for the spare parts.") == {"inventory": "web service"}


def test_a_daily_csv_export_to_the_mes_drafts_the_mes_link():
    assert "production" in _rows("We set up a daily CSV export of the stop reasons to your MES.")


def test_records_stored_as_csv_beside_the_historian_draft_no_link():
    text = "The historian keeps five years of data; the records are also stored as PDF and CSV on your file server."
    assert "production" not in _rows(text)


def test_a_link_told_with_a_participle_or_a_gerund_drafts_its_area():
    assert "inventory" in _rows("We have interfaced the scale with your SAP ERP system.")
    assert "inventory" in _rows("We are linking the weighing terminals and your SAP ERP in the first month.")


def test_data_interchanged_between_two_systems_links_them():
    assert {"inventory", "production"} <= set(_rows("Data is interchanged between your ERP and your MES."))


def test_a_way_named_without_a_plant_system_drafts_no_link():
    assert _rows("All sensor data is stored as CSV in the gateway.") == {}


def test_stock_postings_named_beside_a_link_not_made_draft_no_link():
    assert "inventory" not in _rows("• SAP S/4: not connected; available as an option on request (stock postings).")


def test_an_exclusions_line_with_its_items_after_the_label_drafts_no_link_nor_integration():
    text = "Exclusions: interface to your SAP ERP, civil works."
    assert _rows(text) == {}
    tech = _answer(text, TECH)
    assert tech is None or "system_integration" not in tech.choices


def test_a_not_included_line_leaves_out_only_its_own_link():
    rows = _rows("Our alerts go to your SAP PM as notifications. Not included: interface to SAP ERP for spare parts.")
    assert set(rows) == {"maintenance"}
    tech = _answer("Our alerts go to your SAP PM as notifications.", TECH)
    assert tech is not None and "system_integration" in tech.choices


def test_a_label_that_only_leads_a_list_still_leaves_out_its_items():
    rows = _rows("Our stop reasons go to your MES every minute.\n\nNot included:\n- Interface to SAP ECC\n")
    assert set(rows) == {"production"}
