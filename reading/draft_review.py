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
    offered = [a for a in evaluation.answers if a.drafted and _offered_only(a)]
    drafted = [a for a in evaluation.answers if a.drafted and not _offered_only(a)]
    return DraftProgress(len(drafted), sum(a.reviewed for a in drafted), len(offered))


def drafted_from(evaluation: Evaluation) -> str:
    """What the drafts were read from, as the scorecard page and every export say it: a reply read against a
    round drafts too, and an export saying "drafted from the proposal" of answers the reply gave misleads."""
    if any(d.kind == "reply" for d in evaluation.documents):
        return "the proposal and the vendor's reply"
    return "the proposal"


def _offered_only(answer) -> bool:
    """Nothing drafted in it but options to check: it earns nothing and awaits no Keep (the buyer accepts or not)."""
    return not answer.reviewed and answer.evidence == "not_answered" and bool(answer.suggested) and not answer.choices


def section_questions(bank: QuestionBank, section_id: str) -> list[str]:
    section = next(s for s in bank.sections if s.id == section_id)
    return [q.id for q in section.questions]
