"""Between evaluations and rows: ids, timestamps, JSON proven readable, records from rows."""
from __future__ import annotations

import uuid
from datetime import datetime, timezone

from pydantic import TypeAdapter, ValidationError

from questions import Evaluation, EvaluationError
from questions.models import Answer, Integration, Measure

from .records import Saved
from .tables import EvaluationRow


def now() -> datetime:
    return datetime.now(timezone.utc)


def new_id() -> str:
    # Short and URL-safe: the app keeps it in st.query_params.
    return uuid.uuid4().hex[:12]


def to_json(evaluation: Evaluation) -> str:
    """The JSON to store, proven readable first.

    model_copy(update=...) and attribute assignment skip validation; writing something
    that cannot be read back would lose the draft on the next load.
    """
    text = _dump(evaluation)
    try:
        Evaluation.model_validate_json(text)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the evaluation"
        raise EvaluationError(f"{where}: {first['msg']}") from None
    return text


# Answers are most of a stored evaluation, and most of their fields sit at their default: those are
# left out (an answer edit writes half the bytes). Only while no answer field computes its default:
# exclude_defaults compares with a default_factory's fresh value, and would drop a timestamp written
# in the same second as the default's.
_ANSWERS = TypeAdapter(list[Answer])
_COMPACT = not any(f.default_factory for model in (Answer, Measure, Integration) for f in model.model_fields.values())


def _dump(evaluation: Evaluation) -> str:
    if not (_COMPACT and evaluation.answers):
        return evaluation.model_dump_json()
    answers = _ANSWERS.dump_json(evaluation.answers, exclude_defaults=True).decode()
    return f'{{"answers":{answers},{evaluation.model_dump_json(exclude={"answers"})[1:]}'


def parse(id: str, text: str) -> Evaluation:
    try:
        return Evaluation.model_validate_json(text)
    except ValidationError as error:
        raise EvaluationError(f"saved evaluation {id!r} can no longer be read: {error.errors()[0]['msg']}") from None


def parse_or_none(id: str, text: str) -> Evaluation | None:
    try:
        return parse(id, text)
    except EvaluationError:
        return None


def saved(row: EvaluationRow, evaluation: Evaluation | None = None) -> Saved:
    return Saved(id=row.id, version=row.version, evaluation=evaluation or parse(row.id, row.json),
                 updated_at=row.updated_at, owner=row.owner, group_id=row.group_id)


def listing(evaluation: Evaluation, text: str, at: datetime) -> dict:
    """The columns copied from the evaluation for the library (its headline comes separately)."""
    return dict(proposal=evaluation.proposal, vendor=evaluation.vendor, evaluator=evaluation.evaluator,
                json=text, updated_at=at)
