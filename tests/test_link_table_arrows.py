"""A link table whose Direction column points the data with arrows ("SAP → MachineSense", "MachineSense → CMMS",
"SAP <- X", "MES <-> X", "⇄", "↔"), or says "bidirectional" / "beidseitig": an arrow from a plant system to the offered
one is data read from that system, one to it data written into it, a two-headed one both ways. The row's own system
cell names its area, in its aside too ("Quality lab (CAQ)": quality), and the method is the interface cell, never the
system's name. The same table as a Word table (python-docx), pasted with bars, with tabs and with semicolons (a
spreadsheet saved as text). Tables written for these tests."""
from __future__ import annotations

import io

import docx
import pytest

from proposals import extract_text
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
OFFER = ("Offer for Kunststoffwerk Albtal GmbH\n\n"
         "LineWatch reads your 30 injection moulding machines and warns your maintenance planner of pump failures.\n\n")
HEADER = ("System", "Direction", "Data", "Frequency")
ROWS = [("SAP ERP (PP/PM)", "SAP → LineWatch", "Production orders, planned quantities", "every 15 min"),
        ("CMMS (Maintenance)", "LineWatch → CMMS", "Maintenance notifications with spare part", "on event"),
        ("Quality lab (CAQ)", "CAQ → LineWatch", "Scrap quantities and defect codes per order", "once per shift")]
READ_WRITTEN = {("inventory", "from_system"), ("maintenance", "to_system"), ("quality", "from_system")}


def _word(rows: list[tuple[str, ...]]) -> str:
    document = docx.Document()
    document.add_paragraph("Offer for Kunststoffwerk Albtal GmbH")
    document.add_paragraph("LineWatch reads your 30 injection moulding machines and warns your maintenance planner of "
                           "pump failures.")
    document.add_heading("3. Interfaces", level=1)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows):
        for cell, said in zip(row.cells, cells):
            cell.text = said
    out = io.BytesIO()
    document.save(out)
    return extract_text("offer.docx", out.getvalue()).text


LAYOUTS = {
    "Word table": _word,
    "pipes": lambda rows: OFFER + "\n".join("| " + " | ".join(r) + " |" for r in rows) + "\n",
    "tabs": lambda rows: OFFER + "\n".join("\t".join(r) for r in rows) + "\n",
    "semicolons": lambda rows: OFFER + "\n".join(";".join(r) for r in rows) + "\n",
}


def _links(text: str) -> dict[str, tuple[str, str]]:
    answer = draft(text, BANK).answer("connect.integrations")
    return {link.system: (link.direction, link.method) for link in answer.integrations} if answer else {}


def _pointed(sign: str) -> list[tuple[str, ...]]:
    return [HEADER, *[(s, d.replace("→", sign), data, f) for s, d, data, f in ROWS]]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_arrow_from_a_plant_system_reads_from_it_and_one_to_it_writes_into_it(layout):
    links = _links(LAYOUTS[layout]([HEADER, *ROWS]))
    assert {(area, direction) for area, (direction, _method) in links.items()} == READ_WRITTEN, links


@pytest.mark.parametrize("sign", ["->", "=>", "⇒", "➔"])
def test_every_onward_arrow_points_as_the_plain_one(sign):
    links = _links(LAYOUTS["pipes"](_pointed(sign)))
    assert {(area, direction) for area, (direction, _method) in links.items()} == READ_WRITTEN, links


@pytest.mark.parametrize("sign", ["<-", "←", "⇐"])
def test_a_backward_arrow_turns_each_rows_direction(sign):
    links = _links(LAYOUTS["tabs"](_pointed(sign)))
    assert {area: direction for area, (direction, _method) in links.items()} == {
        "inventory": "to_system", "maintenance": "from_system", "quality": "to_system"}, links


@pytest.mark.parametrize("sign", ["<->", "⇄", "↔", "⇔"])
def test_a_two_headed_arrow_is_both_ways(sign):
    links = _links(LAYOUTS["Word table"](_pointed(sign)))
    assert {direction for direction, _method in links.values()} == {"both"}, links


@pytest.mark.parametrize("said", ["bidirectional", "beidseitig"])
def test_both_ways_said_in_a_word_is_both(said):
    rows = [("System", "Richtung", "Schnittstelle"), ("Babtec CAQ", said, "REST"), ("SAP PM", "LineWatch → SAP", "BAPI")]
    assert _links(LAYOUTS["semicolons"](rows)) == {"quality": ("both", "REST"), "maintenance": ("to_system", "BAPI")}


def test_a_system_cells_aside_names_its_area():
    rows = [("System", "Direction", "Interface"), ("Quality lab (CAQ)", "CAQ → LineWatch", "REST API"),
            ("Labor (LIMS)", "LineWatch <- LIMS", "CSV file"), ("Instandhaltung (Maximo)", "LineWatch → Maximo", "REST")]
    answer = draft(LAYOUTS["Word table"](rows), BANK).answer("connect.integrations")
    assert [(link.system, link.direction, link.method) for link in answer.integrations] == [
        ("quality", "from_system", "REST API"), ("quality", "from_system", "CSV file"),
        ("maintenance", "to_system", "REST")]


def test_the_method_is_the_interface_cell_never_the_systems_name():
    rows = [("System", "Direction", "Interface"), ("SAP ERP (PP/PM)", "SAP → LineWatch", "IDoc"),
            ("CMMS (Maintenance)", "LineWatch → CMMS", "REST API")]
    assert _links(LAYOUTS["Word table"](rows)) == {"inventory": ("from_system", "IDoc"),
                                                   "maintenance": ("to_system", "REST API")}
    # with no interface column, a row's system is still no method
    assert {method for _direction, method in _links(LAYOUTS["Word table"]([HEADER, *ROWS])).values()} == {""}


def test_machines_read_by_the_protocol_their_system_cell_names_link_the_shop_floor():
    rows = [HEADER, *ROWS, ("Machines (OPC UA / EUROMAP 77)", "Machine → Edge", "Process values, cycle time", "1 s")]
    evaluation = draft(LAYOUTS["Word table"](rows), BANK)
    links = {link.system: (link.direction, link.method) for link in evaluation.answer("connect.integrations").integrations}
    # both ways the cell names are the link's method (a slash parts two methods: links78)
    assert links["production"] == ("from_system", "OPC UA, EUROMAP 77"), links
    assert any("OPC UA" in quote for quote in evaluation.answer("data.protocols").quotes)  # which protocols


def test_three_lines_of_prose_cut_at_semicolons_are_no_table():
    text = (OFFER + "We fit the sensors; we train your team; we tune the model.\n"
            "Week 1 covers the pilot; week 2 the review; week 3 the roll-out.\n"
            "Your planner decides; your technicians repair; we monitor.\n")
    assert "|" not in draft(text, BANK).documents[0].text
