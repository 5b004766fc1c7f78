"""A table of what is read from where (a source matrix: Source, System, Connector, Frequency, Key Data) is a data
table and a table of links at once: each row drafts its data and the link its data is read over, from its system.
Rows as a PDF's or a Word file's table gives them; written for these tests."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
MATRIX = ("Data sources for the OEE platform\n\n"
          "Source: Production orders; System: SAP ERP; Connector: Airbyte CDC; Frequency: Every 15 min; "
          "Key Data: Planned vs actual quantities, cycle times\n\n"
          "Source: Quality results; System: QMS; Connector: Airbyte CDC; Frequency: Every 15 min; "
          "Key Data: Pass/fail counts, defect types\n")


def test_a_source_matrix_row_drafts_the_link_its_data_is_read_over():
    links = draft(MATRIX, BANK).answer("connect.integrations").integrations
    assert {(link.system, link.direction) for link in links} == {("inventory", "from_system"), ("quality", "from_system")}
    assert all("Airbyte CDC" in link.method for link in links)


def test_a_data_table_without_a_system_column_drafts_no_link():
    text = ("Signals read\n\nSignal: Spindle load; Unit: %; Sample interval: 1 s\n\n"
            "Signal: Coolant temperature; Unit: °C; Sample interval: 10 s\n")
    assert draft(text, BANK).answer("connect.integrations") is None
