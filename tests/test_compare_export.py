"""The comparison's exports (reports.compare): Markdown and XLSX with the ranking, each proposal's section
scores, gaps, unreviewed-draft counts and the answers side by side; user text never markup nor a formula."""
from __future__ import annotations

import io
import re

from openpyxl import load_workbook

from questions.models import Document
from reports.compare import DRAFT_MARK, to_markdown, to_xlsx
from reports.compare_docs import to_docx, to_pdf
from scoring import compare


def _drafted(evaluation):
    answers = [a.model_copy(update={"drafted": True, "reviewed": False}) for a in evaluation.answers]
    return evaluation.model_copy(update={"answers": answers})


def test_the_markdown_comparison_holds_the_ranking_scores_gaps_drafts_and_answers(example):
    comp = compare([example("a_"), _drafted(example("b_"))])
    text = to_markdown(comp).decode("utf-8")
    for heading in ("## Ranking", "## Section scores", "## Gaps and flags of each proposal",
                    "## Where the substance differs"):
        assert heading in text
    assert f"| B | 1 | Downtime-to-Maintenance Loop | {example('b_').evaluator} | 75 |" in text  # key, rank, name
    # in full, whose evaluation, overall
    assert f"Downtime-to-Maintenance Loop: {len(example('b_').answers)} drafted answers" in text
    assert text.count("draft, not reviewed") >= len(comp.differences)  # every answer of B is a draft
    gap = comp.gaps["LineView Pro: downtime dashboard"][0]
    assert gap.follow_up in text.replace("\\", "")


def test_user_text_in_the_markdown_comparison_renders_as_itself(example):
    hostile = example("a_").model_copy(update={"proposal": "<img src=x onerror=alert(1)> **Best** | offer"})
    text = to_markdown(compare([hostile, example("b_")])).decode("utf-8")
    assert not re.search(r"(?<!\\)<img", text) and not re.search(r"(?<!\\)\*\*Best", text)  # escaped wherever it is
    assert "\\| offer" in text  # a name's bar does not break a table


def test_the_excel_comparison_has_a_sheet_each_and_no_formula_from_a_name(example):
    formula = example("a_").model_copy(update={"proposal": "=HYPERLINK(\"http://x\")"})
    comp = compare([formula, _drafted(example("b_"))])
    book = load_workbook(io.BytesIO(to_xlsx(comp)))
    assert book.sheetnames == ["Ranking", "Section scores", "Gaps and flags", "Answers side by side"]
    ranking = [[c.value for c in row] for row in book["Ranking"].iter_rows()]
    assert ranking[0] == ["Key", "Rank", "Proposal", "Evaluated by", "Overall /100", "Price stated", "Minimum term",
                          "Cost over the term", "Pilot offered", "Priced options", "Not included", "Label gaps", "Risk flags",
                          "Unreviewed drafts"]
    assert ranking[1][:3] == ["B", 1, "Downtime-to-Maintenance Loop"]
    named = book["Ranking"].cell(row=3, column=3)  # the name as written, a string cell kept text, no formula
    assert named.value.startswith("=") and named.data_type == "s" and named.quotePrefix
    assert ranking[1][13] == len(example("b_").answers)  # unreviewed drafts, the last column
    answers = [[c.value for c in row] for row in book["Answers side by side"].iter_rows()]
    assert answers[0][2:] == ["A. =HYPERLINK(\"http://x\")", "B. Downtime-to-Maintenance Loop"]
    assert len(answers) == 1 + len(comp.differences) and all(DRAFT_MARK in row[3] for row in answers[1:])
    sections = [[c.value for c in row] for row in book["Section scores"].iter_rows()]
    assert sections[1][0] == "Overall (weighted)" and len(sections) == 2 + len(comp.sections)


PRICES = ("Pos: 1; Description: OEE data collector box; Q.ty: 6; Unit price EUR: 1850; Total EUR: 11100\n\n"
          "Pos: 8; Description: Annual maintenance; Q.ty: 1; Unit price EUR: 2800; Total EUR: 2800; "
          "Remarks: Per year, software updates\n\nDescription: TOTAL; Total EUR: 52020; Remarks: Prices excl. VAT")


def _priced(evaluation):
    sheet = Document(name="offer.xlsx", kind="price_sheet", text=PRICES)
    return evaluation.model_copy(update={"documents": [*evaluation.documents, sheet]})


def test_the_price_an_offer_states_stands_beside_its_score_and_not_stated_where_none(example):
    """Walk 59 compared three offers, one with a price sheet, and nothing on the page or the exports said a price."""
    comp = compare([_priced(example("a_")), example("b_")])
    priced, bare = comp.proposals
    assert comp.prices[priced] == ["TOTAL: EUR 52,020 excl. VAT",  # the whole offer's first (walk73)
                                   "Annual maintenance: Unit price EUR 2,800; Total EUR 2,800 excl. VAT"]
    assert comp.price(bare) == "not stated"
    text = to_markdown(comp).decode("utf-8")
    assert "TOTAL: EUR 52,020 excl. VAT" in text and "| not stated |" in text
    ranking = [[c.value for c in row] for row in load_workbook(io.BytesIO(to_xlsx(comp)))["Ranking"].iter_rows()]
    assert {row[5] for row in ranking[1:]} == {comp.price(priced), "not stated"}


def test_the_comparison_exports_as_pdf_and_word_saying_what_the_markdown_says(example):
    from docx import Document as Docx
    from pypdf import PdfReader
    comp = compare([_priced(example("a_")), _drafted(example("b_"))])
    pdf = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(to_pdf(comp))).pages).split())
    doc = Docx(io.BytesIO(to_docx(comp)))
    word = " ".join([p.text for p in doc.paragraphs] + [cell.text for t in doc.tables for row in t.rows
                                                        for cell in row.cells])
    for text in (pdf, " ".join(word.split())):
        assert "Comparison of 2 proposals" in text and comp.lead() in text
        assert "TOTAL: EUR 52,020 excl. VAT" in text and "not stated" in text
        assert comp.stability.text.split(",")[0] in text and DRAFT_MARK in text
        assert comp.gaps["LineView Pro: downtime dashboard"][0].follow_up.split(",")[0] in text
