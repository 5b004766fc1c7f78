"""The CSV export: one row per question; no cell can run as a spreadsheet formula."""
from __future__ import annotations

import csv
import io

from questions.models import Evaluation
from scoring.scorecard import Scorecard

from . import common as c

COLUMNS = ["section", "question", "prompt", "answer", "evidence", "points", "max_points", "reasons", "quotes",
           "sources", "drafted", "reviewed"]


def question_rows(card: Scorecard, evaluation: Evaluation | None = None) -> list[list[object]]:
    """The per-question rows, cleaned and neutralised, shared with the XLSX export."""
    titles = c.section_titles(card)
    rows = []
    for answer in card.answers:
        row = {**c.question_row(answer, titles), **c.review_cells(evaluation, answer.question)}
        rows.append([c.neutralise_cell(c.one_line(v) if isinstance(v, str) else v) for v in (row[k] for k in COLUMNS)])
    return rows


def to_csv(evaluation: Evaluation, card: Scorecard) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows(question_rows(card, evaluation))
    return out.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8
