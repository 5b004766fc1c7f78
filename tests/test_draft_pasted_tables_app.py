"""A proposal pasted on the Evaluate page with a Markdown table of links: drafting reads the table's rows as
a PDF's table, so the links it names are drafted (each row's area, direction and interface) and shown with the
row quoted as pasted. Driven headless with AppTest; the proposal is written for this test."""
from __future__ import annotations

import pytest

import kit
from kit import shown
from paths import EXAMPLES_BANK_VERSION
from questions import Evaluation

pytestmark = pytest.mark.usefixtures("first_run")

PROPOSAL = """PressWatch for the Kessler press shop: offer 2026-031

We read stroke counts and die temperatures from the six Schuler press PLCs over OPC UA every 2 seconds.
The shift leader reviews the stop list at the start of every shift.

| Area | System | Interface | Direction |
|---|---|---|---|
| Maintenance | SAP PM | BAPI | into SAP |
| Quality | Babtec CAQ | REST API | both ways |
"""


def test_a_pasted_markdown_table_of_links_drafts_its_links_on_the_evaluate_page(store):
    eid = store.create(Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="PressWatch", vendor="PressWatch")).id
    at = kit.open_app("evaluate", eid, timeout=60)
    at.radio(key=f"proposal:{eid}:source").set_value("Paste the text").run()
    at.text_area(key=f"proposal:{eid}:paste").input(PROPOSAL)
    at.button(key=f"proposal:{eid}:read").click().run()
    at.button(key=f"drafts:{eid}:draft").click().run()
    assert not at.exception, at.exception
    links = store.get(eid).evaluation.answer("connect.integrations").integrations
    assert {(r.system, r.direction, r.method) for r in links} == {
        ("maintenance", "to_system", "BAPI"), ("quality", "both", "REST API")}
    at.selectbox(key=f"section:{eid}").set_value("connect").run()
    assert not at.exception, at.exception
    assert "Maintenance: SAP PM; BAPI; into SAP" in shown(at)  # the row quoted as its cells, no pipes
