"""Which database, and an engine tuned so SQLite behaves under Streamlit's threads."""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, URL, create_engine, event, make_url
from sqlalchemy.pool import StaticPool

REPO = Path(__file__).resolve().parent.parent
ENV_VAR = "WINNOW_DATABASE_URL"
WRITE = "winnow_write"  # execution option marking a transaction that will write
BUSY_TIMEOUT_MS = 15_000


def default_url() -> str:
    """WINNOW_DATABASE_URL if set (and not blank), else <repo>/data/winnow.db."""
    return os.environ.get(ENV_VAR, "").strip() or f"sqlite:///{REPO / 'data' / 'winnow.db'}"


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        # Servers close idle connections; pre-ping avoids a failed first query after a pause.
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
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        # A write takes the write lock up front. A deferred transaction that reads and then
        # writes can fail with SQLITE_BUSY *without* waiting if another writer committed
        # in between, which busy_timeout cannot fix.
        immediate = connection.get_execution_options().get(WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
