"""The CSV export: one row per question, each saying which proposal and overall score it belongs to (so the rows of
several proposals' files can stand in one table); no cell can run as a spreadsheet formula. One table by design: its
"section" column is the question's section, and a gap, the scope or a round is no question, so mixed in as rows of
other columns they would break the sort, filter and pivot a buyer runs on it; the XLSX carries them, a sheet each."""
from __future__ import annotations

import csv
import io

from questions.models import Evaluation
from scoring.scorecard import Scorecard

from . import common as c

COLUMNS = ["section", "question", "prompt", "answer", "evidence", "points", "max_points", "reasons", "quotes",
           "sources", "drafted", "reviewed", "evidence_seen"]
# after the question's own columns, so a reader of the columns by position finds them where they were
PROPOSAL_COLUMNS = ["proposal", "vendor", "date", "overall_score", "price_stated"]


def question_rows(card: Scorecard, evaluation: Evaluation | None = None, cell=None) -> list[list[object]]:
    """The per-question rows, each value passed through `cell`: for a CSV, one line and neutralised; the XLSX export
    passes its own (string cells that stay text)."""
    cell = cell or _cell
    titles = c.section_titles(card)
    records, rows = c.record_rows(evaluation) if evaluation else [], []
    for answer in card.answers:
        row = {**c.question_row(answer, titles), **c.review_cells(evaluation, answer.question),
               "evidence_seen": c.records_backing(records, answer.question)}
        rows.append([cell(row[k]) for k in COLUMNS])
    return rows


def proposal_cells(evaluation: Evaluation, card: Scorecard) -> list[object]:
    """Which proposal a row is of, its overall score /100, whole as every page shows it, and the price it states."""
    return [_cell(c.name(card.proposal)), _cell(c.name(card.vendor)), c.date_of(evaluation), c.whole(card.overall),
            _cell(c.price_rows(evaluation)[0][1])]


def _cell(value):
    return c.neutralise_cell(c.one_line(value) if isinstance(value, str) else value)


def to_csv(evaluation: Evaluation, card: Scorecard) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(COLUMNS + PROPOSAL_COLUMNS)
    whose = proposal_cells(evaluation, card)
    writer.writerows(row + whose for row in question_rows(card, evaluation))
    return out.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8
