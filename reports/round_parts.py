"""A clarification round as every export lays it out (scoring/round_history.py): its facts (sent by, the reply, the
score before -> after, what it closed and opened, by name), a row per question with its status and the reply's
sentences on it, and a row per topic the reply answered unasked. Text only: each format escapes it its own way."""
from __future__ import annotations

from questions.models import Evaluation
from scoring.round_history import ALSO_ANSWERED, RoundHistory, history
from scoring.scorecard import Scorecard

QUESTION_HEAD = ["#", "Question", "Status", "Closed", "The reply said"]  # as the Follow-up page's table
UNASKED_HEAD = ["Topic", "The reply said", "What it drafts"]


def rounds(evaluation: Evaluation, card: Scorecard | None = None) -> list[RoundHistory]:
    """Each round, oldest first, as today's scorecard reads it."""
    return history(evaluation, card)


def facts(told: RoundHistory) -> list[tuple[str, list[str]]]:
    """The round's facts under its heading and line: the reply, the score it moved, the gaps and flags it closed and
    opened, each named (the line only counts them); a list each, as a gap's title may hold a semicolon itself."""
    rows = [("Replies" if len(told.replies) > 1 else "Reply", told.replies_said()), ("Score", [told.change.score_said()])]
    rows += [("Closed by the reply", list(told.closed))] if told.closed else []
    return rows + ([("New since the reply", list(told.new))] if told.new else [])


def quoted(quotes) -> str:
    """The reply's sentences, each in quotation marks, ' / ' between."""
    return " / ".join(f"\u201c{q}\u201d" for q in quotes)


def question_rows(told: RoundHistory) -> list[list[str]]:
    return [[q.id, q.text, status_said(q), q.closed or "-", quoted(q.quotes) or "-"] for q in told.questions]


def status_said(question) -> str:
    """'answered (reply 2)': of a round with several replies, which one settled the question."""
    return f"{question.status} (reply {question.settled_by})" if question.settled_by else question.status


def unasked_rows(told: RoundHistory) -> list[list[str]]:
    return [[u.topic[:1].upper() + u.topic[1:], quoted(u.quotes) or "-", u.drafts_said()] for u in told.unasked]
