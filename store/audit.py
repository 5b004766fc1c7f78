"""The audit trail: one row per changed field, written in the save's own transaction.

The diff is generic over the models' fields, so a new answer field (drafted, reviewed, ...)
is audited without a change here.
"""
from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from questions import Answer, Evaluation

from .records import AuditEntry
from .tables import AuditRow

# Timestamps change on every save and say nothing a row's `at` does not; answers are diffed per field.
NOT_AUDITED = {"answers", "created_at", "updated_at", "schema_version"}
EVALUATION_FIELDS = [name for name in Evaluation.model_fields if name not in NOT_AUDITED]
ANSWER_FIELDS = [name for name in Answer.model_fields if name != "question"]


def _json(value) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def changes(before: Evaluation | None, after: Evaluation) -> list[tuple[str, str, str | None, str | None]]:
    """(question, field, before JSON, after JSON) for every field that differs.

    A question answered on one side only is compared with an empty answer, so the trail
    shows "text: '' -> 'SAP PM'" rather than a whole answer appearing from nowhere.
    """
    old = before.model_dump(mode="json") if before is not None else {}
    new = after.model_dump(mode="json")
    found = [("", name, _json(old.get(name)), _json(new[name]))
             for name in EVALUATION_FIELDS if before is not None and old.get(name) != new[name]]
    old_answers = {a["question"]: a for a in old.get("answers", [])}
    new_answers = {a["question"]: a for a in new["answers"]}
    for question in [*new_answers, *(q for q in old_answers if q not in new_answers)]:
        empty = Answer(question=question).model_dump(mode="json")
        was, now = old_answers.get(question, empty), new_answers.get(question, empty)
        found += [(question, name, _json(was[name]), _json(now[name]))
                  for name in ANSWER_FIELDS if was[name] != now[name]]
    return found


def event(field: str, before=None, after=None) -> tuple[str, str, str | None, str | None]:
    """A whole-evaluation event such as ('', 'created', None, '"Proposal name"')."""
    return "", field, _json(before), _json(after)


def append(session: Session, evaluation_id: str, version: int, actor: str, at: datetime, rows) -> None:
    """Append rows to the trail inside the caller's transaction (one executemany)."""
    values = [dict(evaluation_id=evaluation_id, version=version, actor=actor, at=at, question=q, field=f,
                   before=b, after=a) for q, f, b, a in rows]
    if values:
        session.execute(insert(AuditRow), values)


def _entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(evaluation_id=row.evaluation_id, version=row.version, actor=row.actor, at=row.at,
                      question=row.question, field=row.field,
                      before=None if row.before is None else json.loads(row.before),
                      after=None if row.after is None else json.loads(row.after))


class History:
    """Mixed into Store: reading the trail. Nothing in the store updates or deletes it."""

    def history(self, evaluation_id: str, question: str | None = None) -> list[AuditEntry]:
        """Every change to this evaluation (kept after delete), oldest first; one question's if given.

        Empty for an evaluation last written before the trail existed: its revisions remain.
        """
        query = select(AuditRow).where(AuditRow.evaluation_id == evaluation_id).order_by(AuditRow.id)
        if question is not None:
            query = query.where(AuditRow.question == question)
        with self._read() as session:
            return [_entry(row) for row in session.scalars(query)]
