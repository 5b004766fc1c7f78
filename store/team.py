"""Several evaluators per proposal: each their own evaluation in a group, and comment threads.

A group is the proposal several evaluators score: its id is the first evaluation's id, and
every evaluation that joins it copies the proposal (name, vendor, labels, claimed scope and
text) but none of the answers: each evaluator answers on their own.
"""
from __future__ import annotations

from sqlalchemy import exists, select

from questions import Evaluation

from . import audit
from .errors import EvaluationNotFound
from .records import Comment, Saved
from .rows import now, parse, saved, to_json
from .tables import CommentRow, EvaluationRow

SHARED = ("proposal", "vendor", "labels", "claimed_scope", "documents")  # what joining copies
MAX_COMMENT_CHARS = 20_000


def is_account(owner: str) -> bool:
    """A signed-in person's owner (a verified address), not the local user's "" nor the examples'."""
    return "@" in (owner or "")


def names_account(owner: str, evaluator: str) -> bool:
    """The Evaluator text names this account: its address, or "Name (address)" as sign-in writes it."""
    return bool(evaluator) and (evaluator == owner or evaluator.endswith(f" ({owner})"))


def evaluator_of(owner: str, *wanted: str) -> str:
    """Who evaluates an evaluation `owner` owns. A signed-in owner's is their account, never free text:
    the first of `wanted` that names the account (e.g. the account's own "Name (address)"), else the bare
    address. The local user's and the examples' keep the first of `wanted` as written."""
    if not is_account(owner):
        return next(iter(wanted), "")
    return next((name for name in wanted if names_account(owner, name)), owner)


def as_owners(evaluation: Evaluation, owner: str, *wanted: str) -> Evaluation:
    """`evaluation` evaluated by `owner`'s account (unchanged for the local user and the examples)."""
    evaluator = evaluator_of(owner, *wanted, evaluation.evaluator) if is_account(owner) else evaluation.evaluator
    return evaluation if evaluator == evaluation.evaluator else evaluation.model_copy(update={"evaluator": evaluator})


class Team:
    """Mixed into Store: needs self._read, self._write, self._row, self._insert, self._saved, self._texts
    and self.bank."""

    def join(self, id: str, evaluator: str, owner: str) -> Saved:
        """`owner`'s own evaluation of the proposal `id` belongs to: theirs if they have one, else new.

        A signed-in owner's evaluator is their account (`evaluator` if it names it, else the address)."""
        with self._write() as session:
            row = self._row(session, id)
            group_id = row.group_id
            mine = session.scalars(select(EvaluationRow).where(EvaluationRow.group_id == group_id,
                                                               EvaluationRow.owner == owner)
                                   .order_by(EvaluationRow.id).limit(1)).first()
            if mine is not None:
                return self._saved(session, mine)
            source = parse(id, row.json)
            stamp = now().replace(microsecond=0)
            fresh = Evaluation(bank_version=self.bank.version, evaluator=evaluator, created_at=stamp, updated_at=stamp,
                               **{name: getattr(source, name) for name in SHARED})
            fresh, texts = self._texts.split(fresh, own=True)  # the documents' texts are shared, not copied
            self._texts.keep(session, texts)
            row = self._insert(session, fresh, to_json(fresh), now(), owner,
                               [audit.event("joined", None, group_id)], group_id=group_id)
            return self._saved(session, row)

    def group(self, id: str) -> list[Saved]:
        """Every evaluator's evaluation of the proposal `id` belongs to: the first one, then by evaluator."""
        with self._read() as session:
            group_id = self._row(session, id).group_id
            rows = session.scalars(select(EvaluationRow).where(EvaluationRow.group_id == group_id)).all()
            ordered = sorted(rows, key=lambda row: (row.id != group_id, evaluator_of(row.owner, row.evaluator).casefold(),
                                                    row.owner, row.id))
            evaluations = self._texts.hydrate(session, [parse(row.id, row.json) for row in ordered])  # one query
            return [saved(row, as_owners(evaluation, row.owner)) for row, evaluation in zip(ordered, evaluations)]

    def comment(self, group_id: str, question: str, author: str, text: str) -> Comment:
        """Add to the thread on `question` ('' = the proposal as a whole); the text is kept as given."""
        if not text.strip():
            raise ValueError("A comment needs some text; this one is empty.")
        if len(text) > MAX_COMMENT_CHARS:
            raise ValueError(f"A comment holds at most {MAX_COMMENT_CHARS:,} characters; this one has {len(text):,}.")
        if question and question not in self._question_ids():
            raise ValueError(f"There is no question {question!r} in the question bank {self.bank.version}.")
        with self._write() as session:
            if not session.scalar(select(exists().where(EvaluationRow.group_id == group_id))):
                raise EvaluationNotFound(group_id)
            row = CommentRow(group_id=group_id, question=question, author=author, text=text, at=now())
            session.add(row)
            session.flush()
            return _comment(row)

    def comments(self, group_id: str, question: str | None = None) -> list[Comment]:
        """The thread, oldest first: every question's, or only `question`'s ('' = the proposal's own)."""
        query = select(CommentRow).where(CommentRow.group_id == group_id).order_by(CommentRow.id)
        if question is not None:
            query = query.where(CommentRow.question == question)
        with self._read() as session:
            return [_comment(row) for row in session.scalars(query)]

    def _question_ids(self) -> set[str]:
        return {question.id for section in self.bank.sections for question in section.questions}


def _comment(row: CommentRow) -> Comment:
    return Comment(id=row.id, group_id=row.group_id, question=row.question, author=row.author, text=row.text,
                   at=row.at)
