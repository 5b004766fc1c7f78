"""The PDF report's clarification rounds: per round its heading and line, its facts, a table of its questions with
each status and the reply's sentences, and a table of what the reply answered unasked (reports/round_parts.py)."""
from __future__ import annotations

from fpdf.fonts import FontFace

from plaintext.chars import clipped

from questions.models import Evaluation
from scoring.round_history import ALSO_ANSWERED
from scoring.scorecard import Scorecard

from . import round_parts as rounds
from . import style as theme

BLUE, PALE = theme.rgb(theme.BLUE), theme.rgb(theme.PALE)
HEAD = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=BLUE)
QUESTION_WIDTHS, UNASKED_WIDTHS = (10, 58, 20, 18, 72), (40, 88, 50)  # mm, of the page's 178
QUOTE_CHARS = 1_000  # per cell: a reply pasted whole in one sentence must not take minutes to lay out


def draw(pdf, evaluation: Evaluation, card: Scorecard) -> None:
    told = rounds.rounds(evaluation, card)
    if not told:
        return
    pdf.heading("Clarification rounds")
    for one in told:
        _round(pdf, one)


def _round(pdf, told) -> None:
    if pdf.get_y() > pdf.h - 60:
        pdf.add_page()
    pdf.para(told.head(), 11, "B", BLUE)
    pdf.para(told.change.line(), 9)
    pdf.ln(1)
    for key, values in rounds.facts(told):
        pdf.pair(key, "\n".join(values), 42)
    _table(pdf, rounds.QUESTION_HEAD, rounds.question_rows(told), QUESTION_WIDTHS)
    unasked = rounds.unasked_rows(told)
    if unasked:
        if pdf.get_y() > pdf.h - 45:  # the heading stays with its table
            pdf.add_page()
        pdf.para(ALSO_ANSWERED, 9.5, "B")
        _table(pdf, rounds.UNASKED_HEAD, unasked, UNASKED_WIDTHS)
    pdf.ln(3)


def _table(pdf, head: list[str], rows: list[list[str]], widths: tuple[int, ...]) -> None:
    pdf.font(8.5)
    pdf.set_draw_color(200, 205, 215)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(col_widths=widths, line_height=4.4, borders_layout="HORIZONTAL_LINES", text_align="LEFT",
                   headings_style=HEAD, padding=1.2, cell_fill_color=PALE, cell_fill_mode="ROWS") as table:
        table.row(head)
        for row in rows:
            table.row([clipped(cell, QUOTE_CHARS) for cell in row])
    pdf.ln(2)
