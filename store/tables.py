"""The two tables: the current state of each evaluation, and every version ever saved."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import DateTime, Integer, String, Text
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
    """The latest version of one evaluation. proposal/vendor/evaluator are copies for listing."""

    __tablename__ = "evaluations"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    proposal: Mapped[str] = mapped_column(Text)
    vendor: Mapped[str] = mapped_column(Text)
    evaluator: Mapped[str] = mapped_column(Text)
    json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


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
