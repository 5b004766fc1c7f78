"""The drafts a team reviewed, read back from the audit trail: what Winnow drafted, what the buyer made of it.

The audit trail holds one row per changed answer field (store/audit.py). Replayed over the
evaluation as first saved, it gives each answer at every version. A draft is one answer from the
version where it is drafted and not reviewed to the version where the buyer reviews it: keeps it
(only 'reviewed' changes), rejects it (emptied, reviewed) or edits it (any change by the buyer marks
it reviewed, see views/answer_inputs.py). The answer as Winnow drafted it is the one the buyer saw
just before the review: a re-draft from a newer proposal text replaces an unreviewed draft, so it
is the last drafted state. Later edits of a reviewed answer count as part of its review. No storage
here: store/draft_reviews.py reads the rows.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Any, Protocol

from questions.models import Answer, Evaluation


class Change(Protocol):
    """One audit row of an answer (store.AuditEntry has these fields)."""

    version: int
    question: str
    field: str
    after: Any


@dataclass(frozen=True)
class Trail:
    """One evaluation as first saved, and the changes to its answers after that, oldest first."""

    evaluation_id: str
    first: Evaluation
    changes: Sequence[Change]


@dataclass(frozen=True)
class Draft:
    """One drafted answer: as Winnow drafted it, and as the buyer left it (None: not reviewed)."""

    evaluation_id: str
    drafted: Answer
    reviewed: Answer | None
    accepted: frozenset[str] = frozenset()  # options the buyer took from "check this": not Winnow's drafts


@dataclass(frozen=True)
class Taken:
    """An option drafting only offered to check ("check this") that the buyer accepted, with the sentences behind it."""

    evaluation_id: str
    question: str
    option: str
    quotes: tuple[str, ...]


def drafts(trail: Trail) -> list[Draft]:
    """Every draft in one evaluation's history, reviewed or not."""
    return _replayed(trail).done()


def all_drafts(trails: Iterable[Trail]) -> list[Draft]:
    return [draft for trail in trails for draft in drafts(trail)]


def reviews(trails: Iterable[Trail]) -> tuple[list[Draft], list[Taken]]:
    """Every draft, and every option accepted from "check this", in the trails: each kind of review the trail holds."""
    found, taken = [], []
    for trail in trails:
        seen = _replayed(trail)
        found += seen.done()
        taken += seen.taken
    return found, taken


def _replayed(trail: Trail) -> _Drafts:
    state = {a.question: a.model_dump(mode="json") for a in trail.first.answers}
    seen = _Drafts(trail.evaluation_id)
    for question, answer in state.items():
        seen.see(question, answer)
    for _version, rows in groupby(trail.changes, key=lambda row: row.version):
        touched = []
        for row in rows:
            if row.question:
                answer = state.setdefault(row.question, Answer(question=row.question).model_dump(mode="json"))
                answer[row.field] = row.after
                touched.append(row.question)
        for question in dict.fromkeys(touched):
            seen.see(question, state[question])
    return seen


class _Drafts:
    """Follows each question's answer version by version: waiting for review, reviewed, finished. What a draft is
    comes from the answer itself (questions.models.Answer.unreviewed), as the pages count it: one holding only
    options to check is none, and an option the buyer accepts from it is counted apart (Taken)."""

    def __init__(self, evaluation_id: str) -> None:
        self.evaluation_id = evaluation_id
        self.waiting: dict[str, dict] = {}  # drafted, not yet reviewed: the answer as Winnow drafted it
        self.reviewed: dict[str, tuple[dict, dict]] = {}  # (as drafted, as the buyer has it now)
        self.finished: list[Draft] = []
        self.accepted: dict[str, set[str]] = {}  # suggestions the buyer accepted while the draft waits
        self.last: dict[str, dict] = {}  # each question's answer as last seen
        self.taken: list[Taken] = []

    def see(self, question: str, answer: dict) -> None:
        now = Answer.model_validate(answer)
        taken = self._note_taken(question, now)
        if now.unreviewed:
            if question in self.reviewed:  # drafted afresh after a review: re-drafting never does this
                self._finish(question)
            if not (taken and question in self.waiting):  # an accept is the buyer's: the draft stays as drafted
                self.waiting[question] = dict(answer)  # a re-draft replaces an unreviewed draft
        elif now.drafted and now.reviewed:
            if question in self.waiting:
                self.reviewed[question] = (self.waiting.pop(question), dict(answer))
            elif question in self.reviewed:
                self.reviewed[question] = (self.reviewed[question][0], dict(answer))
        else:  # options to check only, or no longer a draft: cleared, or replaced by the buyer's own answer
            self._finish(question)
        self.last[question] = dict(answer)

    def _note_taken(self, question: str, now: Answer) -> set[str]:
        """Options the buyer accepted from "check this" since the last version: those it records as accepted, or (a
        trail older than that field) those that left the offers for the choices."""
        before = Answer.model_validate(self.last[question]) if question in self.last else Answer(question=question)
        taken = (set(now.accepted) - set(before.accepted)) | ((set(before.suggested) - set(now.suggested))
                                                               & (set(now.choices) - set(before.choices)))
        self.accepted.setdefault(question, set()).update(taken)
        self.taken += [Taken(self.evaluation_id, question, option, tuple(now.quotes)) for option in sorted(taken)]
        return taken

    def _finish(self, question: str) -> None:
        accepted = frozenset(self.accepted.pop(question, ()))
        if question in self.waiting:
            self.finished.append(self._draft(accepted, self.waiting.pop(question), None))
        if question in self.reviewed:
            self.finished.append(self._draft(accepted, *self.reviewed.pop(question)))

    def _draft(self, accepted: frozenset[str], drafted: dict, reviewed: dict | None) -> Draft:
        return Draft(self.evaluation_id, Answer.model_validate(drafted),
                     None if reviewed is None else Answer.model_validate(reviewed), accepted)

    def done(self) -> list[Draft]:
        for question in [*self.waiting, *self.reviewed]:
            self._finish(question)
        return self.finished
