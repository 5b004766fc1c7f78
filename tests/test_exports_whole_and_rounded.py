"""What a buyer's export says agrees with the screens: an answer whole, a score rounded by the one rule the pages use
(whole points), a round's line in the same whole points, and where the drafts came from as the scorecard page says
it (a new buyer's walk found a CSV answer cut at 200 characters, "46.6" beside a page's 47, "0.0 -> 0.1" beside a
scorecard's 0, and "13 drafted from the proposal" where 9 came from the vendor's reply)."""
from __future__ import annotations

import csv
import io
from datetime import date

from openpyxl import load_workbook

from questions import load_evaluation
from questions.models import Answer, Document, Round
from reading.draft_review import drafted_from
from reports import to_csv, to_html, to_markdown, to_pdf, to_xlsx
from reports.common import round_lines
from scoring import score
from scoring.round_changes import changes
from scoring.scorecard import whole
from paths import EXAMPLES

LONG = ("The line supervisor opens the stop Pareto at the 08:30 tier meeting and picks the changeover or jam to attack "
        "that day, using the previous 24 hours of OPC UA stop reasons from the Uhlmann and Romaco PLCs instead of the "
        "paper sheets typed into Excel the next morning; the maintenance planner sees the same list in SAP PM.")


def example(stem: str):
    return load_evaluation(next(p for name, p in EXAMPLES.items() if name.startswith(stem)))


def with_long_answer():
    evaluation = example("b_")
    answers = [a for a in evaluation.answers if a.question != "problem.statement"]
    evaluation = evaluation.model_copy(update={"answers": [*answers, Answer(question="problem.statement", text=LONG,
                                                                            evidence="specific")]})
    return evaluation, score(evaluation)


def csv_rows(evaluation, card) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(to_csv(evaluation, card).decode("utf-8-sig"), newline="")))


def test_a_long_answer_stands_whole_in_every_export_and_clipped_only_on_the_screens_summary():
    evaluation, card = with_long_answer()
    assert len(LONG) > 200
    scored = next(a for a in card.answers if a.question == "problem.statement")
    assert scored.said == LONG and scored.summary.endswith("\u2026") and len(scored.summary) <= 200
    row = next(r for r in csv_rows(evaluation, card) if r["question"] == "problem.statement")
    assert row["answer"] == LONG
    sheet = load_workbook(io.BytesIO(to_xlsx(evaluation, card)))["Questions"]
    assert LONG in [r[3] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert LONG in to_markdown(evaluation, card).decode().replace("\\", "")
    assert LONG in to_html(evaluation, card).decode()
    assert to_pdf(evaluation, card)  # the whole answer lays out on the page


def test_the_csv_and_xlsx_overall_score_is_the_whole_number_every_page_shows():
    evaluation = example("b_")
    card = score(evaluation)
    assert card.overall != whole(card.overall)  # a score with a decimal: 74.6, shown as 75
    assert {r["overall_score"] for r in csv_rows(evaluation, card)} == {str(whole(card.overall))}
    summary = {r[0]: r[1] for r in load_workbook(io.BytesIO(to_xlsx(evaluation, card)))["Summary"].iter_rows(
        min_row=2, values_only=True)}
    assert summary["Overall score /100"] == whole(card.overall)
    assert f"**Overall: {whole(card.overall)}/100**" in to_markdown(evaluation, card).decode()


def replied(before: float, after: float) -> Round:
    return Round(number=1, sent_at=date(2026, 12, 5), sent_by="A. Buyer", score_before=before,
                 reply_document="Reply to round 1", score_after=after)


def test_a_round_line_says_its_scores_whole_as_the_scorecard_shows_them():
    assert "score 0 -> 0, up less than a point;" in changes(replied(0.0, 0.1)).line()
    assert "score 50 -> 50, down less than a point;" in changes(replied(50.2, 49.7)).line()
    assert "score 42 -> 55;" in changes(replied(42.4, 55.1)).line()
    assert "score 50 -> 50;" in changes(replied(50.0, 50.0)).line()


def test_a_round_line_in_an_export_holds_no_score_with_a_decimal():
    evaluation = example("c_")
    card = score(evaluation)
    before = round(card.overall - 0.2, 1)  # 0.6 -> 0.8: both 1 on the scorecard
    assert whole(before) == whole(card.overall)
    evaluation = evaluation.model_copy(update={"rounds": [replied(before, card.overall)]})
    line, = round_lines(evaluation)
    assert f"score {whole(before)} -> {whole(card.overall)}, up less than a point" in line
    assert f"{card.overall}" not in line and f"{before}" not in line


def with_reply_drafts():
    """Example b with its answers drafted, from the proposal and a reply read against a round."""
    evaluation = example("b_")
    reply = Document(name="Reply to round 1", kind="reply", format="pasted", text="Reply to round 1.", sha256="r1")
    answers = [a.model_copy(update={"drafted": True}) for a in evaluation.answers]
    return evaluation.model_copy(update={"answers": answers, "documents": [*evaluation.documents, reply]})


def test_the_exports_say_the_drafts_came_from_the_proposal_and_the_reply_as_the_scorecard_page_does():
    evaluation = with_reply_drafts()
    card = score(evaluation)
    said = "drafted from the proposal and the vendor's reply"
    assert drafted_from(evaluation) == "the proposal and the vendor's reply"
    assert said in to_html(evaluation, card).decode().replace("&#x27;", "'")
    assert said in to_markdown(evaluation, card).decode().replace("\\", "")
    summary = {r[0]: r[1] for r in load_workbook(io.BytesIO(to_xlsx(evaluation, card)))["Summary"].iter_rows(
        min_row=2, values_only=True)}
    assert said in summary["Drafted answers"]


def test_drafts_of_an_offer_with_no_reply_say_they_came_from_the_proposal():
    evaluation = example("b_")
    drafted = evaluation.model_copy(update={"answers": [a.model_copy(update={"drafted": True}) for a in evaluation.answers]})
    assert "drafted from the proposal, " in to_markdown(drafted, score(drafted)).decode()
