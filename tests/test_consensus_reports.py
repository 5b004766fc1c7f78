"""Consensus exports: Markdown, CSV and JSON carry the merged scores and each evaluator's."""
from __future__ import annotations

import csv
import io
import json

import pytest

from reports import consensus as report
from scoring.consensus import consensus
from scoring.scorecard import whole

HOSTILE = "=HYPERLINK(\"http://x\",\"y\")"
SCRIPT = "<script>alert(1)</script> [link](javascript:alert(1))"


@pytest.fixture
def result(example):
    return consensus([("Ann", example("a_")), (HOSTILE, example("b_"))])


def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_the_csv_has_each_evaluator_s_points_the_median_and_the_flag_per_question(result):
    head, *body = read_csv(report.to_csv(result))
    assert head[4:6] == ["points: Ann", "points: " + HOSTILE]  # not at a cell's start: inert
    by_question = {row[1]: row for row in body if row[1]}
    assert len(by_question) == len(result.questions)
    for q in result.questions:
        row = by_question[q.question]
        assert row[4:6] == [f"{a.points}" if a.answered else "" for a in q.answers]
        assert float(row[6]) == q.median
        assert row[8] == str(q.disagreement)
    overall = next(row for row in body if row[2] == "Overall score")
    assert [int(v) for v in overall[4:7]] == [*(whole(card.overall) for card in result.scorecards),
                                              whole(result.merged.overall)]


def test_no_csv_cell_starts_a_formula(result):
    for row in read_csv(report.to_csv(result)):
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)


def test_the_markdown_names_every_disagreement_and_keeps_comments_as_text(result):
    text = report.to_markdown(result, {"data.captured": [("Raj", SCRIPT)]}).decode()
    assert f"## Disagreements ({len(result.disagreements)})" in text
    for q in result.disagreements:
        assert report.esc(q.prompt) in text
    assert "<script>" not in text and "[link](" not in text
    assert "\\<script\\>alert(1)\\</script\\> \\[link\\](javascript:alert(1))" in text
    assert f"| Overall | {result.merged.overall:.0f} | {result.scorecards[0].overall:.0f} |" in text


def test_the_json_carries_consensus_and_each_evaluator_s_scores_and_comments(result):
    data = json.loads(report.to_json(result, {"data.captured": [("Raj", "Ask for the tag list.")]}))
    assert data["consensus"]["overall"] == result.merged.overall
    assert data["by_evaluator"]["Ann"]["overall"] == result.scorecards[0].overall
    assert data["by_evaluator"][HOSTILE]["sections"] == {s.id: s.score for s in result.scorecards[1].sections}
    captured = next(q for q in data["questions"] if q["question"] == "data.captured")
    assert captured["comments"] == [{"author": "Raj", "text": "Ask for the tag list."}]
    assert sum(q["disagreement"] for q in data["questions"]) == len(result.disagreements)


def test_every_export_says_which_answers_are_drafts_their_evaluator_has_not_reviewed(example):
    ann = example("a_")
    drafted = ann.answers[0].question
    ann = ann.model_copy(update={"answers": [a.model_copy(update={"drafted": a.question == drafted})
                                             for a in ann.answers]})
    result = consensus([("Ann", ann), ("Raj", example("b_"))])
    assert result.unreviewed == {"Ann": 1, "Raj": 0}
    prompt = next(q.prompt for q in result.questions if q.question == drafted)
    text = report.to_markdown(result).decode()
    assert "- **Drafted answers not yet reviewed** (marked \"draft\" below): Ann 1" in text
    row = next(line for line in text.splitlines() if line.startswith(f"| {report.esc(prompt)} |"))
    assert row.split(" | ")[1].endswith("(draft)") and "(draft)" not in row.split(" | ")[2]
    head, *body = read_csv(report.to_csv(result))
    column = head.index("unreviewed drafts")
    assert len({len(r) for r in [head, *body]}) == 1
    assert {r[1]: r[column] for r in body if r[1]}[drafted] == "Ann"
    data = json.loads(report.to_json(result))
    assert data["unreviewed_drafts"] == {"Ann": 1, "Raj": 0}
    answers = next(q for q in data["questions"] if q["question"] == drafted)["answers"]
    assert [a["unreviewed"] for a in answers] == [True, False]
    reviewed = consensus([("Ann", example("a_")), ("Raj", example("b_"))])
    assert "not yet reviewed" not in report.to_markdown(reviewed).decode()


@pytest.fixture
def midway(example):
    """Ann has answered everything; Raj has reached every other question of the same answers."""
    a = example("a_")
    return consensus([("Ann", a), ("Raj", a.model_copy(update={"answers": a.answers[::2]}))])


def test_the_csv_carries_each_question_s_comments(result):
    head, *body = read_csv(report.to_csv(result, {"data.captured": [("Raj", "Ask for the tag list."),
                                                                    ("Ann", "=1+1 they said")]}))
    column = head.index("comments")
    by_question = {row[1]: row[column] for row in body if row[1]}
    assert by_question["data.captured"] == "Raj: Ask for the tag list. | Ann: =1+1 they said"
    assert sum(bool(cell) for cell in by_question.values()) == 1


def test_the_csv_leaves_a_question_not_answered_yet_empty_and_names_who_has_not_reached_it(midway):
    head, *body = read_csv(report.to_csv(midway))
    waiting, count = head.index("not answered yet"), head.index("evaluators answered")
    rows = {row[1]: row for row in body if row[1]}
    for q in midway.questions:
        raj = rows[q.question][5]
        assert (raj == "") is (not q.answers[1].answered)
        assert rows[q.question][waiting] == "; ".join(q.waiting)
        assert rows[q.question][count] == str(len(q.given))
        assert rows[q.question][8] == "False"
    progress = next(row for row in body if row[2] == "Questions answered")
    assert [int(v) for v in progress[3:6]] == [len(midway.questions), *(n for n, _ in midway.progress.values())]
    sections = [row for row in body if row[2].startswith("Section score")]
    assert [int(row[count]) for row in sections] == [midway.rests_on(s.id) for s in midway.merged.sections]


def test_the_markdown_lists_what_is_not_answered_yet_apart_and_whose_answers_each_section_rests_on(midway):
    text = report.to_markdown(midway).decode()
    (ann, total), (raj, _) = midway.progress["Ann"], midway.progress["Raj"]
    assert f"- **Answered so far:** Ann {ann} of {total}, Raj {raj} of {total}" in text
    assert f"## Not answered yet ({len(midway.waiting)})" in text and "## Disagreements (0)" in text
    for q in midway.waiting:
        assert f"| {report.esc(q.prompt)} | {', '.join(q.waiting)} |" in text
    assert f"| Overall | {midway.merged.overall:.0f} |" in text and "| 2 of 2 evaluators |" in text
    assert "| Rests on |" in text
    every = text.split("## Every question")[1]
    assert every.count("not answered yet") == sum(len(q.waiting) for q in midway.questions)


def test_the_json_carries_progress_who_has_not_answered_and_what_each_section_rests_on(midway):
    data = json.loads(report.to_json(midway))
    done, total = midway.progress["Raj"]
    assert data["progress"]["Raj"] == {"answered": done, "questions": total}
    assert data["consensus"]["rests_on"] == {s.id: midway.rests_on(s.id) for s in midway.merged.sections}
    assert [q["waiting"] for q in data["questions"]] == [q.waiting for q in midway.questions]
    assert not any(q["disagreement"] for q in data["questions"])
