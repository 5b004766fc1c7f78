"""A KPI table whose header qualifies its columns ("Baseline (press 2)", "Target after 9 months", "Ziel nach 6
Monaten"): the qualifier names the column, its numbers are no values, and the table drafts its first row's measure
however its cells are set apart (bars, semicolons as a Word table reaches the drafter, tabs, a real Word table). A
payback period is no measure of the plant; a measure's name never ends in a preposition, "your" or a verb of change.
Texts written for these tests."""
import io

import docx

from kpi_corpus import whole_kpi as measure
from proposals import extract_text
from reading import kpi_table

HEADER = ["Measure", "Unit", "Baseline (press 2)", "Target after 9 months"]
ROWS = [["Unplanned stops", "stops per week", "14", "5"],
        ["Scrap rate, deep-drawn cups", "% of cups", "3.8", "1.2"],
        ["OEE", "%", "58", "66"]]
PAYBACK = "The investment pays back: payback expected in 30 months."


def _text(mark: str, apart: str = "\n") -> str:
    """The table with its cells apart by `mark`, its rows by `apart` (a Word table's rows come a blank line apart)."""
    lines = [mark.join(cells) for cells in [HEADER, *ROWS]]
    return "Press line 2 - figures from your MES, weeks 3-14\n\n" + apart.join(lines) + "\n\n" + PAYBACK + "\n"


def _read(got) -> tuple:
    return got and (got.metric, got.unit, got.baseline, got.target)


def test_a_pipe_table_under_a_qualified_header_drafts_its_first_rows_measure():
    assert _read(measure(_text(" | "))) == ("unplanned stops", "stops per week", 14, 5)


def test_a_semicolon_table_under_a_qualified_header_drafts_its_first_rows_measure():
    assert _read(measure(_text("; ", "\n\n"))) == ("unplanned stops", "stops per week", 14, 5)


def test_a_tab_table_under_a_qualified_header_drafts_its_first_rows_measure():
    assert _read(measure(_text("\t"))) == ("unplanned stops", "stops per week", 14, 5)


def test_a_word_table_under_a_qualified_header_drafts_its_first_rows_measure():
    document = docx.Document()
    document.add_paragraph("2. Current situation and targets")
    table = document.add_table(rows=0, cols=4)
    for cells in [HEADER, *ROWS]:
        for cell, said in zip(table.add_row().cells, cells):
            cell.text = said
    document.add_paragraph(PAYBACK)
    data = io.BytesIO()
    document.save(data)
    text = extract_text("offer.docx", data.getvalue()).text
    assert _read(measure(text)) == ("unplanned stops", "stops per week", 14, 5)


def test_a_header_qualifiers_numbers_are_no_values():
    # no rows to read: the header's "press 2" and "after 9 months" with a payback's months draft nothing
    text = ("Figures below are measured on your press 2 during weeks 3-14 of 2026 (your MES reports).\n\n"
            "KPI; Unit; Baseline (press 2); Target after 9 months\n\nPayback expected in 30 months.\n")
    assert measure(text) is None


def test_a_german_header_with_its_time_after_a_word_labels_its_columns():
    assert kpi_table.is_header("Kennzahl; Einheit; Ausgangswert (Linie 4); Ziel nach 6 Monaten")
    text = ("Kennzahl; Einheit; Ausgangswert (Linie 4); Ziel nach 6 Monaten\n\n"
            "Rüstzeit; Minuten; 48; 30\n\n")
    assert _read(measure(text))[2:] == (48, 30)


def test_prose_with_semicolons_is_no_table_row():
    text = ("Price: EUR 90,000 (hardware EUR 50,000; software EUR 25,000; training EUR 15,000).\n"
            "Scrap on press 2 falls from 3.8 % to 1.2 %, which we guarantee.\n")
    assert _read(measure(text)) == ("scrap on press 2", "%", 3.8, 1.2)


def test_a_payback_period_gives_no_baseline():
    text = ("Payback expected in 26 months.\n"
            "We guarantee a changeover time of 18 months after acceptance.\n")
    got = measure(text)
    assert got is None or got.baseline != 26


def test_a_share_of_the_things_counted_is_a_unit_cell():
    assert kpi_table.is_unit("% of cartons") and kpi_table.is_unit("% of cups")
    assert not kpi_table.is_unit("SAP") and not kpi_table.is_unit("yes")


def test_a_measures_name_never_ends_in_a_preposition_your_or_a_verb_of_change():
    text = ("Quotation for your plant\n\n"
            "False reject rate on press 2 falls from your measured 3.8 % of cups to 1.2 % within 9 months of go-live, "
            "and changeover time falls from 40 minutes to 25 minutes per die.\n")
    got = measure(text)
    assert _read(got)[1:] == ("%", 3.8, 1.2)
    assert got.metric == "false reject rate on press 2"  # cut to its last words only once "falls from your" is off


def test_prose_cut_at_its_semicolons_is_no_header():
    line = ("KPI: cracked castings (41 of 900 in 2025, X-ray log) down to fewer than 15 in 2027; second, re-melts per "
            "good casting (0.2 in 2025) down to 0.05 by end of 2027; both read monthly by your foundry manager.")
    assert not kpi_table.is_header(line)
