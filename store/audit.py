"""The audit trail: one row per changed field, written in the save's own transaction.

The diff is generic over the models' fields, so a new answer field (drafted, reviewed, ...)
is audited without a change here.
"""
from __future__ import annotations

import hashlib
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
PROPOSED_SAID = ("choices", "text", "integrations")  # a reply's proposed answer as its answer's history says it
TAKEN, KEPT = "took the reply's answer", "kept your own answer"


def _json(value) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def changes(before: Evaluation | None, after: Evaluation) -> list[tuple[str, str, str | None, str | None]]:
    """(question, field, before JSON, after JSON) for every field that differs.

    A question answered on one side only is compared with an empty answer, so the trail
    shows "text: '' -> 'SAP PM'" rather than a whole answer appearing from nowhere.
    """
    old = before.model_dump(mode="json") if before is not None else {}
    new = after.model_dump(mode="json")
    found = [row for name in EVALUATION_FIELDS if before is not None and old.get(name) != new[name]
             for row in [_field(name, old.get(name), new[name])] if row is not None]
    old_answers = {a["question"]: a for a in old.get("answers", [])}
    new_answers = {a["question"]: a for a in new["answers"]}
    for question in [*new_answers, *(q for q in old_answers if q not in new_answers)]:
        empty = Answer(question=question, evidence="not_answered").model_dump(mode="json")  # not "vendor's claim"
        was, now = old_answers.get(question, empty), new_answers.get(question, empty)
        found += [(question, name, _json(was[name]), _json(now[name]))
                  for name in ANSWER_FIELDS if was[name] != now[name]]
    return found + _decided(old, new, old_answers, new_answers)


def _decided(old: dict, new: dict, old_answers: dict, new_answers: dict) -> list[tuple[str, str, str | None, str | None]]:
    """A change a reply proposed that the buyer decided on, on that answer's own line of the trail (the round's line
    says only that the round changed): what the reply proposed, and whether the buyer took it (their answer replaced)
    or kept their own."""
    rounds = {r["number"]: r for r in new.get("rounds", [])}
    found = []
    for was in old.get("rounds", []):
        left = {a["question"] for a in rounds.get(was["number"], {}).get("proposed", [])}
        for answer in (a for a in was.get("proposed", []) if a["question"] not in left and was["number"] in rounds):
            question = answer["question"]
            said = {k: answer[k] for k in PROPOSED_SAID if answer.get(k)}
            taken = old_answers.get(question) != new_answers.get(question)
            found.append((question, "reply_proposal", _json(said), _json(TAKEN if taken else KEPT)))
    return found


def _field(name: str, was, now) -> tuple[str, str, str | None, str | None] | None:
    """A list of documents, records or rounds is one line of what changed, never their content
    (a document's text may be megabytes; it stays in document_texts and the revisions)."""
    if name not in COMPACT:
        return "", name, _json(was), _json(now)
    line = COMPACT[name](was or [], now)
    return ("", name, None, _json(line)) if line else None


def _without_text(d: dict) -> dict:
    """A document as the trail compares it: its text replaced by the text's hash. Only a row
    saved before texts were stored apart still holds its text; it is hashed then (rare)."""
    text = d.get("text") or ""
    key = d.get("text_sha256") or (hashlib.sha256(text.encode()).hexdigest() if text else "")
    return {**{k: v for k, v in d.items() if k != "text"}, "text_sha256": key}


def _document(d: dict) -> str:
    return f"{d['name']} ({d['kind']}, {(d.get('sha256') or d['text_sha256'])[:12] or 'empty'})"


def _record(r: dict) -> str:
    return f"record {r['id']} ({r['kind']}, {r['on']})"


def _round(r: dict) -> str:
    several = [one.get("document", "") for one in r.get("replies") or []]  # a round answered in several messages
    reply = f", replies {', '.join(several)}" if len(several) > 1 else \
        f", reply {r['reply_document']}" if r.get("reply_document") else ""
    return f"round {r['number']} ({len(r.get('questions', []))} questions{reply})"


def _lines(was: list[dict], now: list[dict], key, say) -> str:
    """'added X; removed Y; changed Z' between two lists whose items `key` identifies."""
    old, new = {key(item): item for item in was}, {key(item): item for item in now}
    lines = [f"added {say(item)}" for k, item in new.items() if k not in old]
    lines += [f"removed {say(item)}" for k, item in old.items() if k not in new]
    lines += [f"changed {say(item)}" for k, item in new.items() if k in old and old[k] != item]
    return "; ".join(lines) or ("reordered" if list(old) != list(new) else "")


def _documents(was: list[dict], now: list[dict]) -> str:
    return _lines([_without_text(d) for d in was], [_without_text(d) for d in now],
                  lambda d: (d["name"], d["kind"], d.get("sha256", ""), d["text_sha256"]), _document)


COMPACT = {  # lists that may be long: one line naming what was added, removed or changed
    "documents": _documents,
    "evidence_records": lambda was, now: _lines(was, now, lambda r: r["id"], _record),
    "rounds": lambda was, now: _lines(was, now, lambda r: r["number"], _round),
}


def event(field: str, before=None, after=None) -> tuple[str, str, str | None, str | None]:
    """A whole-evaluation event such as ('', 'created', None, '"Proposal name"')."""
    return "", field, _json(before), _json(after)


def brought(evaluation: Evaluation, field: str, source: str) -> list[tuple[str, str, None, str | None]]:
    """One row per answer a new evaluation brings with it: field 'copied' (source: the evaluation id
    it was copied from) or 'imported' (source: the file's proposal name)."""
    return [(answer.question, field, None, _json(source)) for answer in evaluation.answers]


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
