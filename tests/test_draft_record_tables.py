"""A PDF's table comes as record lines, each cell after its column's header ("System: ...; Direction: ...; Protocol:
...; Owner: ..."): a record is one row, so its cells belong together. A KPI record's name, today and target are one
measure (the first record is no header, and no row's figures join another row's name); a link record's area is what its
system cell names (beside a suite, what moves), a machine read by its own protocol is the shop floor, its direction,
method and owner are that link's, and a header's word ("Billing") names no system; the protocol cells of the machines'
link records answer which protocols carry the data, and a report's frequency ("a weekly report") is no rate the data is read at. Texts
written for these tests."""
from questions import load_bank
from reading import kpi_table
from reading.draft import draft

BANK = load_bank()

KPIS = ("Extrusion line monitoring - offer for Halden Plast, plant 2\n\n"
        "Results we commit to\n\n"
        "Measure: Scrap of extruded profiles; Today: 4.2 %; Target: below 1.5 %\n\n"
        "Measure: Time to find the cause of a rejected batch at the end of the shift; Today: 55 min; Target: under 5 min\n\n"
        "Measure: Unplanned stop time, extruder 4; Today: 12 h/month; Target: 7 h/month\n\n"
        "We compare these figures with your own records at the end of the pilot.\n")

LINKS = ("Extrusion line monitoring - offer for Halden Plast, plant 2\n\n"
         "LineView reads the extruders every 5 seconds and shows the line state to the shift leader.\n\n"
         "Users: the 4 shift leaders, the quality engineer and the plant manager, who gets a weekly report.\n\n"
         "Interfaces with your systems\n\n"
         "System: SAP S/4HANA - quality notifications; Direction: Outbound from LineView; Protocol: OData; "
         "Owner: Vendor project team\n\n"
         "System: Allen-Bradley ControlLogix PLCs, extruders 1-4; Direction: Inbound (read-only); Protocol: EtherNet/IP; "
         "Owner: Client maintenance\n\n"
         "System: Mettler checkweighers; Direction: Inbound; Protocol: Modbus TCP; Owner: Vendor project team\n\n"
         "System: WMS (shipping); Direction: Outbound, hourly; Protocol: CSV over SFTP; Owner: Client IT\n\n"
         "Prices\n\n"
         "Item: Integration (ERP, PLC, checkweighers); Qty: 1; Unit price (EUR): 40000; Billing: one-off\n")


def test_a_kpi_record_line_is_a_row_not_the_header_of_the_rows_below():
    line = "Measure: Scrap of extruded profiles; Today: 4.2 %; Target: below 1.5 %"
    assert not kpi_table.is_header(line)
    assert [(r.metric, r.baseline, r.target, r.unit) for r in kpi_table.record(line)] == \
        [("scrap of extruded profiles", 4.2, 1.5, "%")]


def test_a_kpi_record_keeps_its_long_name_with_its_own_figures():
    line = "Measure: Time to find the cause of a rejected batch at the end of the shift; Today: 55 min; Target: under 5 min"
    [row] = kpi_table.record(line)
    assert (row.metric, row.baseline, row.target, row.unit) == \
        ("time to find the cause of a rejected batch at the end of the shift", 55, 5, "min")


def test_the_first_kpi_record_is_the_drafted_measure_named_by_its_own_cell():
    measure = draft(KPIS, BANK).answer("decision.kpi").measure
    assert (measure.metric, measure.baseline, measure.target, measure.unit) == ("scrap of extruded profiles", 4.2, 1.5, "%")


def test_each_link_record_drafts_its_own_area_with_its_direction_and_owner():
    rows = {(r.system, r.direction, r.owner) for r in draft(LINKS, BANK).answer("connect.integrations").integrations}
    assert rows == {("quality", "to_system", "Vendor project team"), ("production", "from_system", "Client maintenance"),
                    ("production", "from_system", "Vendor project team"), ("inventory", "to_system", "Client IT")}


def test_a_price_records_header_names_no_system():
    text = ("Price sheet\n\nItem: Integration (ERP, PLC, checkweighers); Qty: 1; Unit price (EUR): 40000; "
            "Billing: one-off\n\nItem: Licence; Qty: 1; Unit price (EUR): 9000; Billing: per year\n")
    answer = draft(text, BANK).answer("connect.integrations")
    assert "finance" not in {r.system for r in (answer.integrations if answer else [])}


def test_the_machines_link_records_answer_which_protocols_carry_the_data():
    quotes = draft(LINKS, BANK).answer("data.protocols").quotes
    assert any("Protocol: EtherNet/IP" in q for q in quotes) and any("Protocol: Modbus TCP" in q for q in quotes)
    assert not any("Protocol: OData" in q for q in quotes)  # an office system's interface carries no machine's data


def test_a_frequency_said_as_a_things_attribute_quotes_no_sentence_on_how_often_data_is_read():
    quotes = draft(LINKS, BANK).answer("data.protocols").quotes
    assert not any(q.startswith("Users:") for q in quotes)  # "who gets a weekly report": the report's, no rate
