"""The reviews of drafted answers, read for reading.draft_report; read only, nothing is written.

    for trail in review_trails("sqlite:///data/winnow.db"): ...   # or a postgresql:// URL
    trails(store.engine)                                           # the app's own database

Only evaluations whose trail has a 'drafted' or 'reviewed' row are read: each one's first
version (its answers as saved then) and every later change to its answers, oldest first.
A database given by URL is opened read only (SQLite: mode=ro; PostgreSQL: a read-only
transaction) and never upgraded, so a database without Winnow's tables is refused, not created.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, URL, inspect, make_url, select
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session

from reading.draft_trail import Trail

from .audit import _entry
from .engine import make_engine
from .rows import parse_or_none
from .tables import AuditRow, RevisionRow

NEEDED = ("audit_trail", "evaluation_revisions")
REVIEW_FIELDS = ("drafted", "reviewed")


class UnreadableDatabase(Exception):
    """The URL is no database, or one without Winnow's tables: one line naming the URL and the problem."""


def trails(engine: Engine) -> Iterator[Trail]:
    """Every evaluation with a drafted answer, as first saved, with the changes to its answers."""
    missing = [name for name in NEEDED if not inspect(engine).has_table(name)]
    if missing:
        raise UnreadableDatabase(f"has no Winnow tables ({', '.join(missing)} missing): not Winnow's database")
    with Session(engine.execution_options(postgresql_readonly=True)) as session, session.begin():
        reviewed = select(AuditRow.evaluation_id).where(AuditRow.field.in_(REVIEW_FIELDS)).distinct()
        firsts = session.execute(select(RevisionRow.evaluation_id, RevisionRow.json)
                                 .where(RevisionRow.version == 1, RevisionRow.evaluation_id.in_(reviewed))
                                 .order_by(RevisionRow.evaluation_id)).all()
        for evaluation_id, text in firsts:
            first = parse_or_none(evaluation_id, text)
            if first is not None:
                rows = session.scalars(select(AuditRow).where(AuditRow.evaluation_id == evaluation_id,
                                                              AuditRow.question != "").order_by(AuditRow.id))
                yield Trail(evaluation_id, first, [_entry(row) for row in rows])


def review_trails(url: str) -> list[Trail]:
    """trails() of the database at `url`; UnreadableDatabase for a bad URL or a database that is not Winnow's."""
    shown = _shown(url)
    try:
        engine = make_engine(_read_only(make_url(url)))
    except (ArgumentError, SQLAlchemyError, ValueError) as error:
        raise UnreadableDatabase(f"{shown}: not a database URL Winnow can open ({_first_line(error)})") from None
    try:
        return list(trails(engine))
    except UnreadableDatabase as error:
        raise UnreadableDatabase(f"{shown}: {error}") from None
    except SQLAlchemyError as error:
        raise UnreadableDatabase(f"{shown}: cannot read the database ({_problem(error)})") from None
    finally:
        engine.dispose()


def _read_only(url: URL) -> URL:
    """A SQLite file opened read only; any other URL as given. A missing file is refused, never created."""
    database = url.database or ""
    if url.get_backend_name() != "sqlite" or database in ("", ":memory:") or database.startswith("file:"):
        return url
    path = Path(database).expanduser()
    if not path.is_file():
        raise ValueError(f"no database file at {path}")
    return url.set(database=path.resolve().as_uri(), query={"mode": "ro", "uri": "true"})


def _problem(error: SQLAlchemyError) -> str:
    text = _first_line(getattr(error, "orig", None) or error)
    if "readonly database" in text:  # SQLite not in WAL mode: Winnow has never opened it
        return "not Winnow's database"
    return text


def _first_line(error: object) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def _shown(url: str) -> str:
    """The URL as the message names it, without its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return url
