"""The tables: the current state of each evaluation, and every version ever saved.

The schema itself is made by the migrations in store/migrations; these classes must match
them (tests/test_migrations.py compares the two).
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import DateTime, Float, Index, Integer, LargeBinary, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC, returned as aware UTC.

    SQLite keeps no time zone, so an aware value would come back naive and then compare
    unequal to (or fail against) the aware datetimes the evaluation model uses.
    """

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=timezone.utc)


class Base(DeclarativeBase):
    pass


class EvaluationRow(Base):
    """The latest version of one evaluation.

    Everything but `json` is derived from it when it is written, so the library can list,
    search and sort without parsing or scoring: proposal/vendor/evaluator are copies, the
    headline figures (score .. flags) come from scoring.headline with bank `headline_bank`.
    """

    __tablename__ = "evaluations"
    __table_args__ = (
        # ORDER BY updated_at DESC, id DESC LIMIT n walks this index: a page costs the same at any size.
        Index("ix_evaluations_updated_at_id", "updated_at", "id"),
        Index("ix_evaluations_score_id", "score", "id"),
        Index("ix_evaluations_group_id", "group_id"),
        # One evaluation per signed-in evaluator and proposal; the local user ('') may have many.
        # Partial on PostgreSQL too, by on_postgresql(): a postgresql_ keyword here would load that dialect.
        Index("ux_evaluations_group_owner", "group_id", "owner", unique=True, sqlite_where=text("owner <> ''")),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    proposal: Mapped[str] = mapped_column(Text)
    vendor: Mapped[str] = mapped_column(Text)
    evaluator: Mapped[str] = mapped_column(Text)
    json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    score: Mapped[float | None] = mapped_column(Float)  # overall, 0-100
    claimed_scope: Mapped[int | None] = mapped_column(Integer)
    delivered_scope: Mapped[int | None] = mapped_column(Integer)
    gaps: Mapped[int | None] = mapped_column(Integer)
    flags: Mapped[int | None] = mapped_column(Integer)
    headline_bank: Mapped[str | None] = mapped_column(String(64))  # NULL or old: refresh_headlines redoes it
    owner: Mapped[str] = mapped_column(Text, server_default="")  # signed-in e-mail; '' = the local user
    group_id: Mapped[str] = mapped_column(String(32))  # the proposal several evaluators score; own id at first


class RevisionRow(Base):
    """Every version ever written, append-only.

    No foreign key to `evaluations` on purpose: deleting an evaluation keeps its history,
    so nothing saved is ever lost.
    """

    __tablename__ = "evaluation_revisions"

    evaluation_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    json: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DocumentTextRow(Base):
    """A document's text, once, by content: saved evaluations hold '' and its text_sha256.

    Written once and never changed or deleted: any version, current or past, may refer to it.
    UTF-8 bytes rather than text, because PostgreSQL text cannot hold the NUL a PDF may contain.
    """

    __tablename__ = "document_texts"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)  # of the text's UTF-8 bytes
    utf8: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)  # bytes
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CommentRow(Base):
    """A comment in a proposal's thread, on one question ('' = the proposal as a whole)."""

    __tablename__ = "comments"
    __table_args__ = (Index("ix_comments_group_id_id", "group_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    group_id: Mapped[str] = mapped_column(String(32))
    question: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class AuditRow(Base):
    """Who changed what, from what to what, when; append-only (triggers refuse UPDATE and DELETE).

    One row per changed field: question '' for the evaluation itself (created, deleted, a
    name or the labels), else the answer's question id. before/after are JSON; NULL = none.
    """

    __tablename__ = "audit_trail"
    __table_args__ = (Index("ix_audit_trail_evaluation_id_id", "evaluation_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    evaluation_id: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    question: Mapped[str] = mapped_column(Text)
    field: Mapped[str] = mapped_column(Text)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)


class SignInRow(Base):
    """When Winnow first saw each sign-in (a sign-in cookie, by a hash of its claims); written once.

    Its own clock, not the provider's issue time, decides whether a sign-in came before a sign-out."""

    __tablename__ = "sign_ins"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the cookie's claims
    account: Mapped[str] = mapped_column(Text)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime)


class SignOutRow(Base):
    """Each account's last sign-out: every sign-in first seen before it is over, in every browser."""

    __tablename__ = "sign_outs"

    account: Mapped[str] = mapped_column(Text, primary_key=True)
    signed_out_at: Mapped[datetime] = mapped_column(UTCDateTime)


def on_postgresql() -> None:
    """Each partial index gets, for PostgreSQL, the condition it has for SQLite (as the migrations give both).

    Called when a PostgreSQL engine is made (store/engine.py), not written in the Index: a dialect's
    keyword argument imports that dialect as the class is defined, 0.06-0.13 s of a SQLite start."""
    for table in Base.metadata.tables.values():
        for index in table.indexes:
            where = index.dialect_options["sqlite"]["where"]
            if where is not None:
                index.dialect_kwargs["postgresql_where"] = where
