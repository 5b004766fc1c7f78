"""Store: saved evaluations with optimistic locking, a full revision history and an audit trail."""
from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, exists, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from questions import Evaluation, QuestionBank, evaluation_from_bytes, load_bank, load_evaluation

from . import audit
from .engine import WRITE, default_url, make_engine
from .errors import EXAMPLE_OWNER, ExampleIsReadOnly, refusal  # noqa: F401 - ExampleIsReadOnly handed on
from .errors import EvaluationNotFound, NotYourEvaluation, StaleEvaluation
from .headlines import SUMMARY, Headlines, headline_columns, many_headline_columns
from .records import COPY, EvaluationSummary, Saved
from .rows import listing, new_id, now, parse, parse_or_none, saved, to_json
from .schema import upgrade
from .sign_outs import SignOuts
from .tables import AuditRow, EvaluationRow, RevisionRow
from .team import Team, as_owners, evaluator_of, is_account
from .texts import Texts

class Store(Headlines, Team, SignOuts, audit.History):
    """Saved evaluations in any SQLAlchemy database (SQLite by default).

    Thread-safe: share one Store across the Streamlit server's sessions. `bank` scores the
    headline columns the library lists (default: questions.load_bank()). Writes take `actor`
    (the signed-in e-mail, '' locally): it is recorded in the audit trail, and a row with an
    owner refuses any other actor (NotYourEvaluation) before anything is written. Documents'
    texts are stored once, apart from the versions that hold them (store/texts.py). Sign-ins
    and sign-outs are kept so a sign-out ends a sign-in everywhere (store/sign_outs.py).
    """

    def __init__(self, url: str | None = None, bank: QuestionBank | None = None) -> None:
        self.bank = bank or load_bank()
        self.engine = make_engine(url or default_url())
        self._reads = sessionmaker(self.engine, expire_on_commit=False)
        self._writes = sessionmaker(self.engine.execution_options(**{WRITE: True}), expire_on_commit=False)
        self._schema_lock = threading.Lock()
        self._schema_ready = False
        self._texts = Texts()

    # --- transactions ------------------------------------------------------------------

    def _ensure_schema(self) -> None:
        if self._schema_ready:  # the common case, without taking the lock
            return
        with self._schema_lock:
            if not self._schema_ready:
                upgrade(self.engine)  # Alembic, one process at a time
                self._schema_ready = True
                self.refresh_headlines()  # a new bank re-scores the library once, here

    def ready(self) -> Store:
        """The schema brought to head now, not on the first read; SchemaBehind if this role may not."""
        self._ensure_schema()
        return self

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

    _parse_or_none = staticmethod(parse_or_none)

    # --- reading -----------------------------------------------------------------------

    def list(self) -> list[EvaluationSummary]:
        """Newest first, every row (the library pages with page()). Columns only, never the JSON."""
        query = select(*SUMMARY).order_by(EvaluationRow.updated_at.desc(), EvaluationRow.proposal, EvaluationRow.id)
        with self._read() as session:
            rows = [dict(row._mapping) for row in session.execute(query)]
        return [EvaluationSummary(**{**row, "evaluator": evaluator_of(row["owner"], row["evaluator"])}) for row in rows]

    def get(self, id: str) -> Saved:
        with self._read() as session:
            return self._saved(session, self._row(session, id))

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
            return self._texts.hydrate(session, [parse(id, row.json)])[0]

    def _saved(self, session: Session, row: EvaluationRow, known: dict[str, str] | None = None) -> Saved:
        """The row as handed out: its documents' texts back in place (`known`: texts at hand)."""
        return saved(row, as_owners(self._texts.hydrate(session, [parse(row.id, row.json)], known)[0], row.owner))

    @staticmethod
    def _row(session: Session, id: str) -> EvaluationRow:
        row = session.get(EvaluationRow, id)
        if row is None:
            raise EvaluationNotFound(id)
        return row

    # --- writing -----------------------------------------------------------------------

    def create(self, evaluation: Evaluation, owner: str = "", evaluator: str = "") -> Saved:
        """Store as given, timestamps included, so an imported file exports unchanged.

        A signed-in `owner` (an address) evaluates it: its Evaluator becomes their account, `evaluator`
        ("Name (address)", as views.auth.User.evaluator gives it) or the evaluation's own if either names
        the account, else the bare address; never someone else's name. The local user's ("") stays as given.
        """
        return self._create(evaluation, owner, [], evaluator)

    def _create(self, evaluation: Evaluation, owner: str, events: list, evaluator: str = "") -> Saved:
        stored, texts = self._texts.split(as_owners(evaluation, owner, evaluator))
        text = to_json(stored)
        with self._write() as session:
            self._texts.keep(session, texts)
            return self._saved(session, self._insert(session, stored, text, now(), owner, events), texts)

    def save(self, id: str, evaluation: Evaluation, expected_version: int, actor: str = "") -> Saved:
        """Write a new version if nobody saved since `expected_version`; else StaleEvaluation."""
        stored, texts = self._texts.split(evaluation)  # before the write lock: a new text is hashed once here
        with self._write() as session:
            return self._update(session, self._row(session, id), stored, texts, expected_version, actor)

    def rename(self, id: str, proposal: str, expected_version: int, actor: str = "") -> Saved:
        with self._write() as session:
            row = self._row(session, id)
            renamed = parse(id, row.json).model_copy(update={"proposal": proposal})
            stored, texts = self._texts.split(renamed, own=True)
            return self._update(session, row, stored, texts, expected_version, actor)

    def duplicate(self, id: str, owner: str = "", evaluator: str = "") -> Saved:
        """A new evaluation of `owner`'s, version 1, named "<name> (copy)", created now.

        A signed-in `owner` evaluates the copy (see create: `evaluator` if it names their account, else
        their address), whoever evaluated the source; the source is in the trail as "copied from"."""
        at = now()
        with self._write() as session:
            source = parse(id, self._row(session, id).json)
            stamp = at.replace(microsecond=0)
            copy = source.model_copy(update={"proposal": f"{source.proposal}{COPY}",
                                             "created_at": stamp, "updated_at": stamp})
            copy = as_owners(copy, owner, evaluator)
            copy, texts = self._texts.split(copy, own=True)  # the same texts, referred to again
            self._texts.keep(session, texts)
            row = self._insert(session, copy, to_json(copy), at, owner,
                               [audit.event("copied_from", None, id), *audit.brought(copy, "copied", id)])
            return self._saved(session, row)

    def delete(self, id: str, actor: str = "") -> None:
        """Remove from the list; idempotent. The revisions and the trail stay, so it can be recovered.

        An example is removed only by the local user (actor ''), whose library it is; never by a
        signed-in evaluator from a team's shared one.
        """
        with self._write() as session:
            row = session.get(EvaluationRow, id)
            if row is None:
                return
            if not (row.owner == EXAMPLE_OWNER and actor == ""):
                self._check_owner(row, actor)
            audit.append(session, id, row.version, actor, now(), [audit.event("deleted", row.proposal)])
            session.execute(delete(EvaluationRow).where(EvaluationRow.id == id))

    def import_file(self, raw: bytes, owner: str = "", evaluator: str = "") -> Saved:
        """EvaluationError from parsing propagates unchanged, before anything is written.

        The trail gets a row per answer the file brings, marked imported with the file's proposal name.
        A signed-in `owner` evaluates what they import (see create): the file's Evaluator, whoever it
        names, never makes someone else the author. The local user's import keeps the file's.
        """
        evaluation = evaluation_from_bytes(raw)
        return self._create(evaluation, owner, audit.brought(evaluation, "imported", evaluation.proposal), evaluator)

    def seed_examples(self, folder: Path) -> int:
        """Add every *.json in folder, but only to a store that has never held an evaluation.

        "Never held" rather than "is empty now": a user who deleted the examples (and
        everything else) must not see them come back on the next start. They are owned by
        EXAMPLE_OWNER, which no account is, so they are read-only references: a save or rename
        is refused (ExampleIsReadOnly) and a duplicate is the way to work on one.
        """
        with self._read() as session:  # the common case, a database seeded before (store/local.py): no file parsed
            if session.scalar(select(exists(select(RevisionRow.version)))):
                return 0
        evaluations = [self._texts.split(load_evaluation(path)) for path in sorted(Path(folder).glob("*.json"))]
        with self._write() as session:
            if session.scalar(select(exists(select(RevisionRow.version)))):
                return 0
            at = now()
            for stored, texts in evaluations:
                self._texts.keep(session, texts)
                self._insert(session, stored, to_json(stored), at, EXAMPLE_OWNER)
        return len(evaluations)

    def bulk_create(self, evaluations: Iterable[Evaluation], owner: str = "") -> list[str]:
        """Many new evaluations in one transaction, one executemany INSERT per table; ids in order.

        For benches and whole-library imports: the rows create() would write, scored in one batch.
        """
        split = [self._texts.split(as_owners(evaluation, owner)) for evaluation in evaluations]
        evaluations = [stored for stored, _ in split]
        documents = {key: text for _, found in split for key, text in found.items()}
        texts = [to_json(evaluation) for evaluation in evaluations]
        derived = many_headline_columns(evaluations, self.bank)
        at, ids = now(), [new_id() for _ in evaluations]
        rows = [dict(id=id, group_id=id, owner=owner, version=1, **listing(evaluation, text, at), **columns)
                for id, evaluation, text, columns in zip(ids, evaluations, texts, derived)]
        revisions = [dict(evaluation_id=id, version=1, json=text, saved_at=at) for id, text in zip(ids, texts)]
        created = [dict(evaluation_id=id, version=1, actor=owner, at=at, question="", field="created",
                        before=None, after=audit.event("created", None, e.proposal)[3])
                   for id, e in zip(ids, evaluations)]
        if rows:
            with self._write() as session:
                self._texts.keep(session, documents)
                for table, values in ((EvaluationRow, rows), (RevisionRow, revisions), (AuditRow, created)):
                    session.connection().execute(insert(table.__table__), values)
        return ids

    def _insert(self, session: Session, evaluation: Evaluation, text: str, at: datetime, owner: str,
                events: list | None = None, group_id: str | None = None) -> EvaluationRow:
        if is_account(owner) and evaluator_of(owner, evaluation.evaluator) != evaluation.evaluator:
            evaluation = as_owners(evaluation, owner)  # a last guard: callers above have set it already
            text = to_json(evaluation)
        id = new_id()
        row = EvaluationRow(id=id, group_id=group_id or id, owner=owner, version=1, **listing(evaluation, text, at),
                            **headline_columns(evaluation, self.bank))
        session.add_all([row, RevisionRow(evaluation_id=id, version=1, json=text, saved_at=at)])
        session.flush()  # surface a constraint error here, inside the transaction
        audit.append(session, id, 1, owner, at, [audit.event("created", None, evaluation.proposal), *(events or [])])
        return row

    def _update(self, session: Session, row: EvaluationRow, evaluation: Evaluation, texts: dict[str, str],
                expected_version: int, actor: str) -> Saved:
        """`evaluation` as split by self._texts, `texts` its documents' texts (stored here if new)."""
        self._check_owner(row, actor)
        if row.version != expected_version:
            raise StaleEvaluation(row.id, row.version, expected_version)
        at = now()
        update_ = {"updated_at": at.replace(microsecond=0)}
        if is_account(row.owner):  # a signed-in owner's evaluator is their account: no save changes it
            update_["evaluator"] = evaluator_of(row.owner, row.evaluator)
        elif is_account(actor):  # nor does a signed-in person rename the evaluator of an unowned one
            update_["evaluator"] = row.evaluator
        evaluation = evaluation.model_copy(update=update_)
        text = to_json(evaluation)
        previous = parse_or_none(row.id, row.json)
        # The version check and the write are one statement, so two writers cannot both match.
        statement = (update(EvaluationRow)
                     .where(EvaluationRow.id == row.id, EvaluationRow.version == expected_version)
                     .values(version=EvaluationRow.version + 1, **listing(evaluation, text, at),
                             **headline_columns(evaluation, self.bank))
                     .execution_options(synchronize_session=False))
        if session.execute(statement).rowcount != 1:
            self._refuse(session, row.id, expected_version)
        version = expected_version + 1
        self._texts.keep(session, texts)
        session.add(RevisionRow(evaluation_id=row.id, version=version, json=text, saved_at=at))
        session.flush()
        audit.append(session, row.id, version, actor, at, audit.changes(previous, evaluation))
        written = self._texts.hydrate(session, [Evaluation.model_validate_json(text)], texts)[0]
        return Saved(id=row.id, version=version, evaluation=written, updated_at=at,
                     owner=row.owner, group_id=row.group_id)

    @staticmethod
    def _check_owner(row: EvaluationRow, actor: str) -> None:
        if row.owner and actor != row.owner:
            raise refusal(row.id, row.owner, actor)

    @staticmethod
    def _refuse(session: Session, id: str, expected_version: int) -> None:
        current = session.scalar(select(EvaluationRow.version).where(EvaluationRow.id == id))
        if current is None:
            raise EvaluationNotFound(id)
        raise StaleEvaluation(id, current, expected_version)
