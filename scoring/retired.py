"""Answers to questions the current bank no longer asks.

A newer question bank may drop or rename a question. The store keeps such answers as they
were saved (nothing the buyer wrote is dropped) and scoring skips them; this says which they
are, so the scorecard can report them instead of hiding them.
"""
from __future__ import annotations

from questions.models import Answer, Evaluation, QuestionBank


def retired_answers(evaluation: Evaluation, bank: QuestionBank) -> list[Answer]:
    """The evaluation's answers whose question is not in this bank, in saved order."""
    asked = bank.questions()
    return [answer for answer in evaluation.answers if answer.question not in asked]


def retired_line(evaluation: Evaluation, bank: QuestionBank) -> str:
    """'2 answers to questions this bank (2026.11) no longer asks, kept but not scored: a.b, c.d' or ''."""
    retired = retired_answers(evaluation, bank)
    if not retired:
        return ""
    noun = "answer" if len(retired) == 1 else "answers"
    made = f" (made with bank {evaluation.bank_version})" if evaluation.bank_version != bank.version else ""
    return (f"{len(retired)} {noun} to questions this bank ({bank.version}) no longer asks{made}, kept but not "
            f"scored: " + ", ".join(a.question for a in retired))
