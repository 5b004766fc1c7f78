"""A table's rows are quoted only where they back an answer: a KPI table's header row ("KPI; Baseline (2025); Target
(after 12 months)") labels the columns below it and is no sentence of any text answer; the KPI's quotes are its own
table's rows, never another table's further on (a price sheet's "| Software licence, yearly | 86,400.00 EUR |"); and a
text answer made of its quotes says no more than the quotes kept when a heading among them is left out. The KPI table as
a Word table (python-docx), pasted with bars, tabs and as a Word table's rows reach the drafter; texts written here."""
from __future__ import annotations

import io

import docx
import pytest

from proposals import extract_text
from questions import load_bank
from questions.models import Answer
from reading.draft import draft
from reading.draft_furniture import without_furniture

BANK = load_bank()
OPENING = ("Offer for Kunststoffwerk Albtal GmbH\n\n"
           "LineWatch reads your 30 injection moulding machines and predicts hydraulic pump failures 5 to 10 days "
           "ahead.\n\n")
PLANNER = ("Your maintenance planner decides in the daily 7:30 meeting which warnings turn into a planned stop, so "
           "repairs move from the night shift into planned weekend windows.")
HEADER = ("KPI", "Baseline (2025)", "Target (after 12 months)")
KPIS = [("Unplanned downtime per machine per month", "11.5 h", "8.0 h"), ("OEE", "71 %", "76 %"),
        ("Scrap rate", "2.8 %", "2.3 %")]
PRICES = ["| Software licence (30 machines), yearly | 54,000.00 EUR |",
          "| Support and maintenance, yearly | 8,100.00 EUR |",
          "| Edge gateway hardware (one-off, 5 units) | 12,000.00 EUR |"]


def _word() -> str:
    document = docx.Document()
    for line in OPENING.split("\n\n")[:2]:
        document.add_paragraph(line)
    document.add_heading("4. KPIs and expected benefit", level=1)
    table = document.add_table(rows=1 + len(KPIS), cols=3)
    for row, cells in zip(table.rows, [HEADER, *KPIS]):
        for cell, said in zip(row.cells, cells):
            cell.text = said
    document.add_paragraph(PLANNER)
    out = io.BytesIO()
    document.save(out)
    return extract_text("offer.docx", out.getvalue()).text


def _laid(mark: str, apart: str = "\n") -> str:
    return OPENING + apart.join(mark.join(cells) for cells in [HEADER, *KPIS]) + "\n\n" + PLANNER + "\n"


LAYOUTS = {"Word table": _word, "pipes": lambda: _laid(" | "), "tabs": lambda: _laid("\t"),
           "semicolons as a Word table's rows": lambda: _laid("; ", "\n\n")}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_kpi_tables_header_row_is_no_sentence_of_any_text_answer(layout):
    evaluation = draft(LAYOUTS[layout](), BANK)
    texts = {a.question: a.text for a in evaluation.answers if a.text}
    assert texts and not [q for q, text in texts.items() if "Baseline (2025)" in text], texts


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_price_sheets_rows_are_no_quotes_of_the_kpi(layout):
    evaluation = draft(LAYOUTS[layout]() + "\nPrice sheet\n\n" + "\n".join(PRICES) + "\n", BANK)
    kpi = evaluation.answer("decision.kpi")
    assert kpi.measure.baseline == 11.5 and kpi.measure.target == 8.0
    assert kpi.quotes and not [q for q in kpi.quotes if "EUR" in q], kpi.quotes
    # what upkeep costs is the price sheet's to answer ("at what cost?"); no measure's or other answer's
    assert not [a.question for a in evaluation.answers if any("54,000.00" in q for q in a.quotes)
                and not a.question.startswith("upkeep.")]


def test_a_kpi_line_that_names_its_cells_quotes_itself_not_a_price_sheet():
    text = (OPENING + "KPI: unplanned downtime per machine | Today: 11.5 h/month | Target: 8 h/month\n\n" + PLANNER
            + "\n\nPrice sheet\n\n" + "\n".join(PRICES) + "\n")
    kpi = draft(text, BANK).answer("decision.kpi")
    assert kpi.measure.target == 8 and kpi.quotes == [
        "KPI: unplanned downtime per machine | Today: 11.5 h/month | Target: 8 h/month"]


def test_a_text_answer_says_no_heading_its_quotes_left_out():
    heading = "Faster repair decisions"
    answer = Answer(question="decision.improved", evidence="specific", text=f"{heading} {PLANNER}",
                    quotes=[heading, PLANNER], drafted=True)
    kept = without_furniture([answer], [heading], [])[0]
    assert kept.quotes == [PLANNER] and kept.text == PLANNER
