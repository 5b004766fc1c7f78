"""A statement of work or a responsibility (RACI) table, as vendors send them: pasted with bars or tabs, or read from a
Word file. Its rows are quoted as their cells read, its who cell (or a RACI's R/A column) names who keeps the system
where the row's task is its upkeep, and a sentence of upkeep is no workflow walk-through nor a protocol."""
from __future__ import annotations

import io

import docx
import pytest

from proposals import extract_text
from questions import load_bank
from reading.documents import Citations, from_file, pasted
from reading.draft import drafter_for

SOW = [("Stage", "Who", "What"),
       ("Pilot (10 weeks)", "Vendor", "Mounts 6 vibration sensors on the two kiln fans and trains the shift leads"),
       ("After the pilot", "Vendor", "Hosts the platform, retrains the models monthly, EUR 7,800 per year")]
INTRO = "For your Hallstadt plant we mount 6 vibration sensors on the two kiln fans of line 2."
RACI = [("Activity", "Supplier", "Customer IT"),
        ("Edge server patching", "I", "R"),
        ("Operator training", "R", "I")]


def _pasted(rows, mark: str) -> str:
    lines = [mark.join(r) for r in rows]
    if mark == " | ":
        lines = [f"| {line} |" for line in lines]
        lines.insert(1, "| " + " | ".join("---" for _ in rows[0]) + " |")
    return f"Statement of work for the Hallstadt kiln line\n\n{INTRO}\n\n" + "\n".join(lines) + "\n"


def _word(rows) -> bytes:
    document = docx.Document()
    document.add_paragraph("Statement of work for the Hallstadt kiln line")
    document.add_paragraph(INTRO)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _document(rows, way: str):
    if way == "docx":
        data = _word(rows)
        return from_file("sow.docx", "proposal", extract_text("sow.docx", data), data)
    return pasted(_pasted(rows, " | " if way == "pipes" else "\t"))


def _draft(document):
    evaluation = drafter_for(load_bank()).draft_documents([document])
    return {a.question: a for a in evaluation.answers}


@pytest.mark.parametrize("way", ["pipes", "tabs"])
def test_a_pasted_work_row_is_quoted_as_its_cells_and_cited_where_it_stands(way):
    document = _document(SOW, way)
    answers = _draft(document)
    quotes = [q for a in answers.values() for q in a.quotes]
    assert quotes and not any("|" in q for q in quotes)
    row = "After the pilot: Vendor; Hosts the platform, retrains the models monthly, EUR 7,800 per year"
    assert row in answers["upkeep.after_pilot"].quotes
    assert "|" not in answers["upkeep.after_pilot"].text
    assert Citations([document]).cite(row)  # found in the document, as the row it reads


@pytest.mark.parametrize("way", ["pipes", "tabs", "docx"])
def test_the_who_cell_of_an_upkeep_row_names_who_keeps_the_system(way):
    answers = _draft(_document(SOW, way))
    assert answers["upkeep.owner"].choices == ["vendor_service"]
    assert [q for q in answers["upkeep.owner"].quotes if "Hosts the platform" in q] == answers["upkeep.owner"].quotes
    assert any("7,800" in q for q in answers["upkeep.after_pilot"].quotes)
    # the training in the pilot row names who is trained, no one who keeps the system
    assert "shift_leads" in answers["users.roles"].choices


@pytest.mark.parametrize("way", ["pipes", "docx"])
def test_a_raci_column_marked_r_names_who_keeps_the_system(way):
    answers = _draft(_document(RACI, way))
    owner = answers["upkeep.owner"]  # offered at least: a short text of tables may give only the vendor's claim
    assert [*owner.choices, *owner.suggested] == ["it_ot_team"]
    quoted = {"pipes": "Edge server patching: Supplier: I; Customer IT: R",  # a mark read under its column's header
              "docx": "Activity: Edge server patching; Supplier: I; Customer IT: R"}[way]
    assert owner.quotes == [quoted]


def test_a_work_row_of_upkeep_is_no_workflow_walk_through_nor_protocol():
    answers = _draft(_document(SOW, "pipes"))
    quoted = [q for qid in ("workflow.before_after", "data.protocols") if qid in answers for q in answers[qid].quotes]
    assert not [q for q in quoted if "Hosts the platform" in q]


def test_a_sentence_telling_who_keeps_the_system_is_no_workflow_nor_protocol():
    text = ("Offer for the Hallstadt kiln line.\n\nWe mount 6 vibration sensors on the two kiln fans. After go-live, the "
            "supplier keeps the platform up to date, retrains the models weekly.\n")
    answers = _draft(pasted(text))
    assert answers["upkeep.owner"].choices == ["vendor_service"]
    assert "workflow.before_after" not in answers and "data.protocols" not in answers


def test_a_frequency_of_an_upkeep_act_is_no_sampling_rate():
    text = ("Offer for the Hallstadt kiln line.\n\nWe mount 6 vibration sensors on the two kiln fans. "
            "The anomaly models are recalibrated monthly.\n")
    answers = _draft(pasted(text))
    assert "data.protocols" not in answers and "workflow.before_after" not in answers
