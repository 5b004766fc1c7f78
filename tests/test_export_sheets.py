"""The spreadsheet exports carry what the Markdown, HTML and PDF reports carry: the XLSX a sheet for each part of the
report, the CSV one row per question that says which proposal and overall score it belongs to."""
from __future__ import annotations

import csv
import io
from datetime import date

from openpyxl import load_workbook

from questions import load_evaluation
from questions.models import EvidenceRecord
from reports import to_csv, to_markdown, to_xlsx
from reports.common import record_lines, round_lines
from scoring import score
from scoring.rounds import freeze
from scoring.scorecard import whole
from paths import EXAMPLES

VISIT = EvidenceRecord(id="v1", kind="site_visit", on=date(2026, 12, 3), where="Hjerting dairy", seen_by="A. Okafor",
                       what="the divert valve closing on a low-temperature alarm", questions=["data.captured"])


def seen_and_asked(stem: str = "c_"):
    """An example with a site visit on record and a clarification round sent."""
    path = next(p for name, p in EXAMPLES.items() if name.startswith(stem))
    evaluation = load_evaluation(path).model_copy(update={"evidence_records": [VISIT]})
    evaluation = freeze(evaluation, score(evaluation), "A. Okafor", date(2026, 12, 4))
    return evaluation, score(evaluation)


def sheet_rows(book, title: str) -> list[tuple]:
    return list(book[title].iter_rows(min_row=2, values_only=True))


def test_xlsx_has_a_sheet_for_the_technologies_the_questions_to_settle_the_rounds_and_the_evidence_seen():
    evaluation, card = seen_and_asked()
    book = load_workbook(io.BytesIO(to_xlsx(evaluation, card)))
    assert book.sheetnames == ["Summary", "Questions", "Gaps", "Scope", "Risk flags", "Technologies", "Settle before the pilot",
                               "Rounds", "Round questions", "Evidence seen"]
    assert [(r[0], r[1] == "yes", r[2] == "yes", r[3]) for r in sheet_rows(book, "Technologies")] == [
        (t.name, t.claimed, t.backed, t.backing) for t in card.technologies]
    assert [r[1] for r in sheet_rows(book, "Settle before the pilot")] == card.first_phase.questions
    assert [r[0] for r in sheet_rows(book, "Rounds")] == round_lines(evaluation)
    visit, = sheet_rows(book, "Evidence seen")
    assert visit[:5] == ("Site visit", "2026-12-03", "Hjerting dairy", "A. Okafor", VISIT.what)
    assert visit[5].startswith("Which data")


def test_xlsx_summary_says_the_problem_fit_as_the_reports_do():
    evaluation, card = seen_and_asked()
    summary = dict(r[:2] for r in sheet_rows(load_workbook(io.BytesIO(to_xlsx(evaluation, card))), "Summary"))
    assert summary["Problem fit: reason"] == card.problem_fit.reason
    assert summary["Problem fit: KPI"] == (card.problem_fit.kpi or "none")


def test_every_xlsx_keeps_its_sheets_when_there_is_nothing_to_list():
    path = next(p for name, p in EXAMPLES.items() if name.startswith("a_"))
    evaluation = load_evaluation(path).model_copy(update={"evidence_records": [], "rounds": []})
    book = load_workbook(io.BytesIO(to_xlsx(evaluation, score(evaluation))))
    assert book["Evidence seen"].max_row == 1 and book["Rounds"].max_row == 1


def test_each_csv_row_says_which_proposal_and_overall_score_it_belongs_to():
    evaluation, card = seen_and_asked()
    header, *rows = csv.reader(io.StringIO(to_csv(evaluation, card).decode("utf-8-sig"), newline=""))
    assert len(rows) == len(card.answers) and header[:2] == ["section", "question"]
    assert header[-5:] == ["proposal", "vendor", "date", "overall_score", "price_stated"]
    assert {tuple(r[-5:]) for r in rows} == {(card.proposal, card.vendor, evaluation.updated_at.strftime("%Y-%m-%d"),
                                              f"{whole(card.overall)}", "not stated")}


def test_the_csv_row_of_a_question_a_record_backs_names_that_record():
    evaluation, card = seen_and_asked()
    header, *rows = csv.reader(io.StringIO(to_csv(evaluation, card).decode("utf-8-sig"), newline=""))
    seen = {r[1]: r[header.index("evidence_seen")] for r in rows}
    said = "Site visit on 2026-12-03 at Hjerting dairy, seen by A. Okafor: " + VISIT.what
    assert seen["data.captured"] == said and said in record_lines(evaluation)[0]
    assert not any(text for question, text in seen.items() if question != "data.captured")
    assert said in to_markdown(evaluation, card).decode().replace("\\", "")
