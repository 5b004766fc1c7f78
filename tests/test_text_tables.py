"""A plain text's columns apart by tabs or by aligned runs of spaces are written as Markdown rows before tidying
(which reads any run of spaces as one and would join the columns); prose with double spaces is left as it is."""
from proposals.text_tables import with_bars
from proposals.textfile import read_text


def test_tab_separated_lines_become_rows_between_bars():
    text = "Links:\nSystem\tProtocol\nSAP ERP\tRFC\nQMS\tREST\n"
    assert with_bars(text) == "Links:\n| System | Protocol |\n| SAP ERP | RFC |\n| QMS | REST |\n"


def test_columns_aligned_by_spaces_become_rows_between_bars():
    text = "Signal        Unit   Rate\nPressure      bar    1 s\nTemperature   °C     10 s\n"
    assert with_bars(text).splitlines() == ["| Signal | Unit | Rate |", "| Pressure | bar | 1 s |",
                                            "| Temperature | °C | 10 s |"]


def test_a_cell_with_single_spaces_stays_one_cell():
    text = "Source            System\nMachine status    SCADA historian\nQuality results   QMS database\n"
    assert with_bars(text).splitlines()[1] == "| Machine status | SCADA historian |"


def test_prose_with_double_spaces_is_no_table():
    text = "We install the sensors.  Then we train the crew.\nThe pilot runs  eight weeks on line 2.\nAll done.\n"
    assert with_bars(text) == text


def test_columns_that_do_not_line_up_are_no_table():
    text = "System    Protocol\nSAP ERP  RFC\nQMS            REST\n"
    assert with_bars(text) == text


def test_two_aligned_lines_are_too_few_for_a_table():
    text = "System    Protocol\nSAP ERP   RFC\n"
    assert with_bars(text) == text


def test_a_text_file_keeps_its_tabbed_table_as_rows():
    text, _ = read_text("Our links\n\nSystem\tDirection\nSAP PM\tinto SAP\nMES\tboth ways\n".encode())
    assert "| SAP PM | into SAP |" in text.splitlines()


def test_a_cell_wrapped_under_its_column_joins_its_row():
    text = ("------------   --------------------------\n"
            "Problem        Mis-weighed ingredients at\n"
            "               three hand-weighing stations.\n"
            "Data           Net weights from the scales.\n")
    assert with_bars(text).splitlines() == [
        "| --- | --- |", "| Problem | Mis-weighed ingredients at three hand-weighing stations. |",
        "| Data | Net weights from the scales. |"]


def test_quoted_or_bulleted_lines_with_an_indent_are_no_table():
    text = "> 1. Which KPI moves?\n>    (Comes from: a label gap)\n>    Your proposal says: none\n"
    assert with_bars(text) == text
    bullets = "-   SAP PM for work orders\n-   Babtec CAQ for inspections\n-   MES for the counts\n"
    assert with_bars(bullets) == bullets


def test_a_numbered_list_with_an_indent_is_no_table():
    text = "1.  We read the PLCs over OPC UA.\n2.  The shift leader reviews the stops.\n3.  SAP PM gets the orders.\n"
    assert with_bars(text) == text
    numbered = "1.3   OPC UA from the S7-1500.\n1.13  Our service team in Gdynia.\n1.14  The operator accepts it.\n"
    assert with_bars(numbered) == numbered


def test_a_name_that_holds_one_box_bar_stays_as_written():
    """Only a table drawn in box characters is written in ASCII; a product name with one bar is prose."""
    prose = "The Monitizer\u2502PRESCRIBE results showed an average scrap rate reduction of 57.2%."
    assert with_bars(prose) == prose
    drawn = "\u250c\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2510\n\u2502 a \u2502 b \u2502\n\u2514\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2518"
    assert "| a | b |" in with_bars(drawn)
