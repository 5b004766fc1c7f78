"""Store: saved evaluations with optimistic locking and a full revision history."""
from __future__ import annotations

import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy import delete, exists, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from questions import Evaluation, EvaluationError, QuestionBank, evaluation_from_bytes, load_bank, load_evaluation

from .engine import WRITE, default_url, make_engine
from .errors import EvaluationNotFound, StaleEvaluation
from .headlines import SUMMARY, Headlines, headline_columns, many_headline_columns
from .records import EvaluationSummary, Saved
from .schema import upgrade
from .tables import EvaluationRow, RevisionRow


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _new_id() -> str:
    # Short and URL-safe: the app keeps it in st.query_params.
    return uuid.uuid4().hex[:12]


def _to_json(evaluation: Evaluation) -> str:
    """The JSON to store, proven readable first.

    model_copy(update=...) and attribute assignment skip validation; writing something
    that cannot be read back would lose the draft on the next load.
    """
    text = evaluation.model_dump_json()
    try:
        Evaluation.model_validate_json(text)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the evaluation"
        raise EvaluationError(f"{where}: {first['msg']}") from None
    return text


def _parse(id: str, text: str) -> Evaluation:
    try:
        return Evaluation.model_validate_json(text)
    except ValidationError as error:
        raise EvaluationError(f"saved evaluation {id!r} can no longer be read: {error.errors()[0]['msg']}") from None


def _saved(row: EvaluationRow) -> Saved:
    return Saved(id=row.id, version=row.version, evaluation=_parse(row.id, row.json), updated_at=row.updated_at)


def _listing(evaluation: Evaluation, text: str, now: datetime) -> dict:
    return dict(proposal=evaluation.proposal, vendor=evaluation.vendor, evaluator=evaluation.evaluator,
                json=text, updated_at=now)


class Store(Headlines):
    """Saved evaluations in any SQLAlchemy database (SQLite by default).

    Thread-safe: share one Store across the Streamlit server's sessions. `bank` scores the
    headline columns the library lists (default: questions.load_bank()).
    """

    def __init__(self, url: str | None = None, bank: QuestionBank | None = None) -> None:
        self.bank = bank or load_bank()
        self.engine = make_engine(url or default_url())
        self._reads = sessionmaker(self.engine, expire_on_commit=False)
        self._writes = sessionmaker(self.engine.execution_options(**{WRITE: True}), expire_on_commit=False)
        self._schema_lock = threading.Lock()
        self._schema_ready = False

    # --- transactions ------------------------------------------------------------------

    def _ensure_schema(self) -> None:
        if self._schema_ready:  # the common case, without taking the lock
            return
        with self._schema_lock:
            if not self._schema_ready:
                upgrade(self.engine)  # Alembic, one process at a time
                self._schema_ready = True
                self.refresh_headlines()  # a new bank re-scores the library once, here

    @contextmanager
    def _read(self) -> Iterator[Session]:
        self._ensure_schema()
        with self._reads.begin() as session:
            yield session

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls everything back on any exception."""
        self._ensure_schema()
        with self._writes.begin() as session:
            yield session

    # --- reading -----------------------------------------------------------------------

    def list(self) -> list[EvaluationSummary]:
        """Newest first. Uses the listing columns only, so an unreadable JSON cannot break it."""
        query = select(*SUMMARY).order_by(EvaluationRow.updated_at.desc(), EvaluationRow.proposal, EvaluationRow.id)
        with self._read() as session:
            return [EvaluationSummary(**row._mapping) for row in session.execute(query)]

    def get(self, id: str) -> Saved:
        with self._read() as session:
            return _saved(self._row(session, id))

    def revisions(self, id: str) -> list[int]:
        """Version numbers kept for this id, oldest first (kept even after delete)."""
        query = select(RevisionRow.version).where(RevisionRow.evaluation_id == id).order_by(RevisionRow.version)
        with self._read() as session:
            versions = list(session.scalars(query))
        if not versions:
            raise EvaluationNotFound(id)
        return versions

    def revision(self, id: str, version: int) -> Evaluation:
        """The evaluation exactly as saved at that version."""
        with self._read() as session:
            row = session.get(RevisionRow, (id, version))
            if row is None:
                raise EvaluationNotFound(id)
            return _parse(id, row.json)

    @staticmethod
    def _parse_or_none(id: str, text: str) -> Evaluation | None:
        try:
            return _parse(id, text)
        except EvaluationError:
            return None

    @staticmethod
    def _row(session: Session, id: str) -> EvaluationRow:
        row = session.get(EvaluationRow, id)
        if row is None:
            raise EvaluationNotFound(id)
        return row

    # --- writing -----------------------------------------------------------------------

    def create(self, evaluation: Evaluation) -> Saved:
        """Store as given, timestamps included, so an imported file exports unchanged."""
        text = _to_json(evaluation)
        with self._write() as session:
            row = self._insert(session, evaluation, text, _now())
        return _saved(row)

    def save(self, id: str, evaluation: Evaluation, expected_version: int) -> Saved:
        """Write a new version if nobody saved since `expected_version`; else StaleEvaluation."""
        with self._write() as session:
            return self._update(session, id, evaluation, expected_version)

    def rename(self, id: str, proposal: str, expected_version: int) -> Saved:
        with self._write() as session:
            current = _parse(id, self._row(session, id).json)
            return self._update(session, id, current.model_copy(update={"proposal": proposal}), expected_version)

    def duplicate(self, id: str) -> Saved:
        """A new evaluation, version 1, named "<name> (copy)", created now."""
        now = _now()
        with self._write() as session:
            source = _parse(id, self._row(session, id).json)
            stamp = now.replace(microsecond=0)
            copy = source.model_copy(update={"proposal": f"{source.proposal} (copy)",
                                             "created_at": stamp, "updated_at": stamp})
            row = self._insert(session, copy, _to_json(copy), now)
        return _saved(row)

    def delete(self, id: str) -> None:
        """Remove from the list; idempotent. The revisions stay, so it can be recovered."""
        with self._write() as session:
            session.execute(delete(EvaluationRow).where(EvaluationRow.id == id))

    def import_file(self, raw: bytes) -> Saved:
        """EvaluationError from parsing propagates unchanged, before anything is written."""
        return self.create(evaluation_from_bytes(raw))

    def seed_examples(self, folder: Path) -> int:
        """Add every *.json in folder, but only to a store that has never held an evaluation.

        "Never held" rather than "is empty now": a user who deleted the examples (and
        everything else) must not see them come back on the next start.
        """
        evaluations = [load_evaluation(path) for path in sorted(Path(folder).glob("*.json"))]
        with self._write() as session:
            if session.scalar(select(exists(select(RevisionRow.version)))):
                return 0
            now = _now()
            for evaluation in evaluations:
                self._insert(session, evaluation, _to_json(evaluation), now)
        return len(evaluations)

    def bulk_create(self, evaluations: Iterable[Evaluation]) -> list[str]:
        """Many new evaluations in one transaction and two executemany INSERTs; their ids, in order.

        For benches and whole-library imports: the same rows create() would write, scored in one batch.
        """
        evaluations = list(evaluations)
        texts = [_to_json(evaluation) for evaluation in evaluations]
        derived = many_headline_columns(evaluations, self.bank)
        now, ids = _now(), [_new_id() for _ in evaluations]
        rows = [dict(id=id, version=1, **_listing(evaluation, text, now), **columns)
                for id, evaluation, text, columns in zip(ids, evaluations, texts, derived)]
        revisions = [dict(evaluation_id=id, version=1, json=text, saved_at=now) for id, text in zip(ids, texts)]
        if rows:
            with self._write() as session:
                session.connection().execute(insert(EvaluationRow.__table__), rows)
                session.connection().execute(insert(RevisionRow.__table__), revisions)
        return ids

    def _insert(self, session: Session, evaluation: Evaluation, text: str, now: datetime) -> EvaluationRow:
        row = EvaluationRow(id=_new_id(), version=1, **_listing(evaluation, text, now),
                            **headline_columns(evaluation, self.bank))
        session.add_all([row, RevisionRow(evaluation_id=row.id, version=1, json=text, saved_at=now)])
        session.flush()  # surface a constraint error here, inside the transaction
        return row

    def _update(self, session: Session, id: str, evaluation: Evaluation, expected_version: int) -> Saved:
        now = _now()
        evaluation = evaluation.model_copy(update={"updated_at": now.replace(microsecond=0)})
        text = _to_json(evaluation)
        # The version check and the write are one statement, so two writers cannot both match.
        statement = (update(EvaluationRow)
                     .where(EvaluationRow.id == id, EvaluationRow.version == expected_version)
                     .values(version=EvaluationRow.version + 1, **_listing(evaluation, text, now),
                             **headline_columns(evaluation, self.bank))
                     .execution_options(synchronize_session=False))
        if session.execute(statement).rowcount != 1:
            self._refuse(session, id, expected_version)
        version = expected_version + 1
        session.add(RevisionRow(evaluation_id=id, version=version, json=text, saved_at=now))
        session.flush()
        return Saved(id=id, version=version, evaluation=Evaluation.model_validate_json(text), updated_at=now)

    @staticmethod
    def _refuse(session: Session, id: str, expected_version: int) -> None:
        current = session.scalar(select(EvaluationRow.version).where(EvaluationRow.id == id))
        if current is None:
            raise EvaluationNotFound(id)
        raise StaleEvaluation(id, current, expected_version)
