"""How far the buyer's review of a drafted evaluation has come: drafted, reviewed, still to review.

Keeping, rejecting, clearing and re-drafting safely are answer-editing rules: questions/answer_edits.py.
"""
from __future__ import annotations

from dataclasses import dataclass

from questions.models import Evaluation, QuestionBank


@dataclass(frozen=True)
class DraftProgress:
    drafted: int  # answers Winnow drafted (reviewed or not)
    reviewed: int  # of those, kept, edited or rejected by the buyer
    to_check: int = 0  # answers of options only offered ("check this"): no drafted answer until the buyer accepts one

    @property
    def unreviewed(self) -> int:
        return self.drafted - self.reviewed

    def line(self) -> str:
        """'21 answers drafted, 4 reviewed' (or '' when nothing was drafted)."""
        if not self.drafted:
            return ""
        noun = "answer" if self.drafted == 1 else "answers"
        return f"{self.drafted} {noun} drafted, {self.reviewed} reviewed"


def progress(evaluation: Evaluation) -> DraftProgress:
    """Counted by the answers' own `unreviewed` and `offered_only` (questions.models.Answer), as every page and
    export counts: a drafted answer holding nothing but options to check is no draft to review."""
    answers = evaluation.answers
    drafted = sum(a.drafted and not a.offered_only for a in answers)
    waiting = sum(a.unreviewed for a in answers)
    return DraftProgress(drafted, drafted - waiting, sum(a.offered_only and bool(a.suggested) for a in answers))


def drafted_from(evaluation: Evaluation) -> str:
    """What the drafts were read from, as the scorecard page and every export say it: a reply read against a
    round drafts too, and an export saying "drafted from the proposal" of answers the reply gave misleads."""
    if any(d.kind == "reply" for d in evaluation.documents):
        return "the proposal and the vendor's reply"
    return "the proposal"


def section_questions(bank: QuestionBank, section_id: str) -> list[str]:
    section = next(s for s in bank.sections if s.id == section_id)
    return [q.id for q in section.questions]
