"""The scorecard's follow-up letter: the Follow-up page's letter, as plain text to paste into an e-mail.

One letter, not two: the round waiting for the vendor's reply, else what the next round would ask today (one
question per open topic, reports/letter_round.py). The scorecard's gaps and flags were a second list of questions
that disagreed with the Follow-up page's ("we have no open questions" beside a round still open)."""
from __future__ import annotations

from datetime import date

from questions.models import Evaluation, Round
from scoring.rounds import open_questions, open_round
from scoring.scorecard import Scorecard

from .letter_round import as_docx, as_text


def _letter_round(evaluation: Evaluation, card: Scorecard, today: date | None) -> Round:
    waiting = open_round(evaluation)
    if waiting is None:
        waiting = Round(number=len(evaluation.rounds) + 1, sent_at=today or date.today(), sent_by=evaluation.evaluator,
                        questions=open_questions(evaluation, card))
    return waiting


def follow_up_letter(evaluation: Evaluation, card: Scorecard, today: date | None = None) -> bytes:
    return as_text(evaluation, _letter_round(evaluation, card, today))


def follow_up_letter_docx(evaluation: Evaluation, card: Scorecard, today: date | None = None) -> bytes:
    """The same letter as a Word file the buyer can edit before sending (the Follow-up page's DOCX)."""
    return as_docx(evaluation, _letter_round(evaluation, card, today))
