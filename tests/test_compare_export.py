"""The comparison's exports (reports.compare): Markdown and XLSX with the ranking, each proposal's section
scores, gaps, unreviewed-draft counts and the answers side by side; user text never markup nor a formula."""
from __future__ import annotations

import io
import re

from openpyxl import load_workbook

from reports.compare import DRAFT_MARK, to_markdown, to_xlsx
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
    assert "| B | 1 | Downtime-to-Maintenance Loop | 75 |" in text  # key, rank, name in full, overall
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
    assert ranking[0] == ["Key", "Rank", "Proposal", "Overall /100", "Label gaps", "Risk flags", "Unreviewed drafts"]
    assert ranking[1][:3] == ["B", 1, "Downtime-to-Maintenance Loop"]
    named = book["Ranking"].cell(row=3, column=3)  # the name as written, a string cell kept text, no formula
    assert named.value.startswith("=") and named.data_type == "s" and named.quotePrefix
    assert ranking[1][6] == len(example("b_").answers)
    answers = [[c.value for c in row] for row in book["Answers side by side"].iter_rows()]
    assert answers[0][2:] == ["A. =HYPERLINK(\"http://x\")", "B. Downtime-to-Maintenance Loop"]
    assert len(answers) == 1 + len(comp.differences) and all(DRAFT_MARK in row[3] for row in answers[1:])
    sections = [[c.value for c in row] for row in book["Section scores"].iter_rows()]
    assert sections[1][0] == "Overall (weighted)" and len(sections) == 2 + len(comp.sections)
