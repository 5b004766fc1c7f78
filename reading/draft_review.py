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
    drafted = [a for a in evaluation.answers if a.drafted]
    return DraftProgress(len(drafted), sum(a.reviewed for a in drafted))


def section_questions(bank: QuestionBank, section_id: str) -> list[str]:
    section = next(s for s in bank.sections if s.id == section_id)
    return [q.id for q in section.questions]
