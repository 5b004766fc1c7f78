"""The buyer's review of a drafted evaluation: keep, reject, clear, and re-drafting safely.

An answer is the buyer's own once they typed it (drafted=False) or reviewed a draft
(reviewed=True). Re-drafting from a new version of the proposal replaces only answers that are
still unreviewed drafts, so nothing the buyer did is ever overwritten. A rejected draft stays as
an empty reviewed answer: re-drafting must not bring it back.
"""
from __future__ import annotations

from dataclasses import dataclass

from questions.models import Answer, Evaluation, Question, QuestionBank


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


def _buyers(answer: Answer) -> bool:
    """Typed by the buyer (an untouched empty answer does not count), or a reviewed draft."""
    return answer.reviewed if answer.drafted else not answer.is_empty or answer.evidence != "not_answered"


def merge_draft(current: Evaluation, drafted: Evaluation, bank: QuestionBank) -> Evaluation:
    """`current` with the drafted answers added where the buyer has not answered or reviewed.

    Unreviewed drafts from an older reading are replaced (or dropped when the new text no longer
    supports them); labels found are added to the buyer's; the documents drafted from are kept."""
    mine = {a.question: a for a in current.answers if _buyers(a)}
    new = {a.question: a for a in drafted.answers if a.question not in mine}
    merged = {**mine, **new}
    order = list(bank.questions())
    answers = [merged[q] for q in order if q in merged]
    answers += [a for q, a in mine.items() if q not in order]  # answers to removed questions are kept
    labels = list(dict.fromkeys([*current.labels, *drafted.labels]))
    return current.model_copy(update={"answers": answers, "labels": labels,
                                      "documents": drafted.documents or current.documents})


def _replace(evaluation: Evaluation, changed: dict[str, Answer | None]) -> Evaluation:
    answers = []
    for answer in evaluation.answers:
        if answer.question not in changed:
            answers.append(answer)
        elif changed[answer.question] is not None:
            answers.append(changed[answer.question])
    return evaluation.model_copy(update={"answers": answers})


def keep(evaluation: Evaluation, questions: list[str]) -> Evaluation:
    """Mark these drafted answers as reviewed, unchanged."""
    return _replace(evaluation, {a.question: a.model_copy(update={"reviewed": True})
                                 for a in evaluation.answers if a.question in questions and a.drafted})


def reject(evaluation: Evaluation, questions: list[str]) -> Evaluation:
    """Empty these drafted answers and mark them reviewed, so a re-draft leaves them empty."""
    return _replace(evaluation, {a.question: Answer(question=a.question, evidence="not_answered",
                                                    drafted=True, reviewed=True)
                                 for a in evaluation.answers if a.question in questions and a.drafted})


def accept_suggestion(evaluation: Evaluation, question: Question, option: str) -> Evaluation:
    """The buyer accepts an option drafting only suggested ("check this"): it is chosen and counts
    from now on (for a one-answer question it replaces the choice); the other suggestions stay."""
    answer = evaluation.answer(question.id) or Answer(question=question.id, evidence="not_answered")
    choices = [option] if question.kind == "choice" else [*answer.choices, option]
    evidence = "vendor_claim" if answer.evidence == "not_answered" else answer.evidence
    accepted = answer.model_copy(update={"choices": list(dict.fromkeys(choices)), "evidence": evidence,
                                         "suggested": [o for o in answer.suggested if o != option]})
    return _replace(evaluation, {question.id: accepted})


def clear_unreviewed(evaluation: Evaluation) -> Evaluation:
    """Remove every drafted answer the buyer has not reviewed yet."""
    return _replace(evaluation, {a.question: None for a in evaluation.answers if a.unreviewed})


def section_questions(bank: QuestionBank, section_id: str) -> list[str]:
    section = next(s for s in bank.sections if s.id == section_id)
    return [q.id for q in section.questions]
