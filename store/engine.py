"""Which database, and an engine tuned so concurrent writers never lose each other's work.

SQLite (the default) and PostgreSQL give the store the same guarantee: a transaction marked
with the WRITE execution option runs alone among writers (SQLite: BEGIN IMMEDIATE; PostgreSQL:
a transaction-scoped advisory lock), while readers never wait. Inside it every statement sees
the latest committed data (PostgreSQL's READ COMMITTED), so read-then-write code such as
rename, duplicate or seeding cannot act on a stale read.
"""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, URL, create_engine, event, make_url
from sqlalchemy.pool import StaticPool

from .local import DEFAULT, to_wal
from .tables import on_postgresql

ENV_VAR = "WINNOW_DATABASE_URL"
WRITE = "winnow_write"  # execution option marking a transaction that will write
BUSY_TIMEOUT_MS = 15_000  # how long a writer waits for another before it fails
WRITE_LOCK_KEY = 0x57494E4E4F57  # "WINNOW": the PostgreSQL advisory lock all writers share
STUCK_WRITER_MS = 60_000  # PostgreSQL ends a session left idle inside a transaction this long


def default_url() -> str:
    """WINNOW_DATABASE_URL if set (and not blank), else <repo>/data/winnow.db."""
    return os.environ.get(ENV_VAR, "").strip() or f"sqlite:///{DEFAULT}"


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend in ("postgresql", "postgres"):
        return _postgresql_engine(parsed)
    if backend != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    if _is_memory(parsed):
        # One shared connection: the default pool gives each thread its own, empty, database.
        engine = create_engine(parsed, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        if not parsed.database.startswith("file:"):  # a plain path, not an sqlite URI
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"check_same_thread": False})
    _tune_sqlite(engine)
    return engine


def _is_memory(url: URL) -> bool:
    database = url.database or ""
    return database in ("", ":memory:") or url.query.get("mode") == "memory"


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Take BEGIN away from the sqlite3 driver so _on_begin decides how transactions start.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # Wait for a competing writer instead of failing at once with "database is locked".
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # WAL: readers never block the writer nor wait for it.
        to_wal(cursor)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        # A write takes the write lock up front. A deferred transaction that reads and then
        # writes can fail with SQLITE_BUSY *without* waiting if another writer committed
        # in between, which busy_timeout cannot fix.
        immediate = connection.get_execution_options().get(WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _postgresql_engine(url: URL) -> Engine:
    on_postgresql()  # the models' partial indexes, as PostgreSQL is to make and compare them
    # postgresql:// and postgres:// would ask for psycopg2; Winnow ships psycopg 3.
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    options = f"-c lock_timeout={BUSY_TIMEOUT_MS} -c idle_in_transaction_session_timeout={STUCK_WRITER_MS}"
    engine = create_engine(
        url,
        isolation_level="READ COMMITTED",  # each statement sees the latest commit (see above)
        pool_size=5, max_overflow=10,  # Streamlit threads hold a connection only per transaction
        pool_pre_ping=True,  # servers close idle connections; avoid a failed first query
        connect_args={"connect_timeout": 10, "options": options},
    )

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        # Writers queue on one lock, released by COMMIT, ROLLBACK or a dropped connection
        # (a killed process). The version check in UPDATE ... WHERE version = expected
        # would already refuse a lost update; the lock also keeps check-then-insert code
        # (seeding, schema creation) from running twice at once.
        if connection.get_execution_options().get(WRITE, False):
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _no_nul(_connection, _cursor, statement, parameters, _context, executemany):
        # PostgreSQL text cannot hold NUL, which SQLite stores: a name pasted from a PDF
        # must not make a save fail on one backend only. JSON text escapes it (\u0000), so
        # only plain-text columns (listing copies of names, comments) get U+FFFD in its place.
        rows = parameters if executemany else [parameters]
        if any(NUL in value for row in rows for value in _values(row) if isinstance(value, str)):
            rows = [_without_nul(row) for row in rows]
            parameters = rows if executemany else rows[0]
        return statement, parameters

    return engine


NUL = "\x00"


def _values(row):
    return row.values() if isinstance(row, dict) else (row or ())


def _clean(value):
    return value.replace(NUL, "\ufffd") if isinstance(value, str) else value


def _without_nul(row):
    return {k: _clean(v) for k, v in row.items()} if isinstance(row, dict) else type(row)(map(_clean, row))
