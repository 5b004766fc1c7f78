"""Bring any database to the newest schema on start, with Alembic, one process at a time.

No alembic.ini: the Config is built here, and the migrations run on the store's own engine
inside one write transaction, so two processes starting at once cannot both migrate.
Alembic is imported only to migrate (~0.3 s of a cold start): a database at HEAD is checked with
plain SQL, and a new SQLite database is made from the tables' metadata and stamped with HEAD
(tests/test_migrations.py proves it the same as migrating).
A PostgreSQL role that does not own the schema (store/privileges.py) never migrates: behind
the newest revision, the store refuses with SchemaBehind, naming the command that migrates.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from .engine import WRITE
from .errors import SchemaBehind
from .tables import Base

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
FIRST = "0001"  # the two tables that releases before Alembic made with create_all
HEAD = "0006"  # the newest migration's revision; a test checks it against store/migrations
PG_LOCK = 0x57696E6E  # any fixed key; serialises migrations across processes on PostgreSQL
VERSION_TABLE = ("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL,"  # as Alembic makes it
                 " CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))")
APPEND_ONLY = [  # SQLite's triggers of migration 0003: the trail refuses UPDATE and DELETE
    f"CREATE TRIGGER audit_trail_no_{event.lower()} BEFORE {event} ON audit_trail"
    " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END" for event in ("UPDATE", "DELETE")]


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection  # env.py migrates on this connection
    return config


@lru_cache(maxsize=1)
def head() -> str:
    """The newest revision as Alembic reads it from the scripts (HEAD must equal it)."""
    from alembic.script import ScriptDirectory
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current(connection: Connection) -> str | None:
    """The database's revision, read as Alembic stores it (one row in alembic_version), or None."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> None:
    """Apply every migration the database lacks; a database at head costs one small read."""
    with engine.connect() as connection:
        found = current(connection)
        if found == HEAD:
            return
        if not may_migrate(connection):
            raise SchemaBehind(found, HEAD, connection.execute(text("SELECT current_user")).scalar())
    with engine.execution_options(**{WRITE: True}).begin() as connection:
        migrate(connection)


def migrate(connection: Connection) -> None:
    """Bring the schema to head inside the caller's write transaction."""
    # SQLite: BEGIN IMMEDIATE already holds the write lock. PostgreSQL: an advisory lock
    # held to the end of this transaction makes the second process wait, then see head.
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK})
    found = current(connection)
    if found == HEAD:
        return
    old = found is None and inspect(connection).has_table("evaluations")
    if found is None and not old and connection.dialect.name == "sqlite":
        create(connection)
        return
    from alembic import command
    if old:  # made by Base.metadata.create_all before migrations existed: same tables as FIRST
        command.stamp(alembic_config(connection), FIRST)
    command.upgrade(alembic_config(connection), "head")


def create(connection: Connection) -> None:
    """A new SQLite database at HEAD: the tables and triggers the migrations would make, and Alembic's version row."""
    Base.metadata.create_all(connection)
    for trigger in APPEND_ONLY:
        connection.exec_driver_sql(trigger)
    connection.exec_driver_sql(VERSION_TABLE)
    connection.execute(text("INSERT INTO alembic_version (version_num) VALUES (:head)"), {"head": HEAD})


OWNER = text("""SELECT tableowner FROM pg_tables WHERE schemaname = current_schema()
                AND tablename IN ('alembic_version', 'evaluations') ORDER BY tablename LIMIT 1""")


def may_migrate(connection: Connection) -> bool:
    """SQLite: always. PostgreSQL: the connected role has the rights of the schema's owner (an
    empty schema: may create in it), as when one role owns everything and migrates on start."""
    if connection.dialect.name != "postgresql":
        return True
    owner = connection.execute(OWNER).scalar()
    if owner is None:
        return bool(connection.execute(text("SELECT has_schema_privilege(current_schema(), 'CREATE')")).scalar())
    return bool(connection.execute(text("SELECT pg_has_role(:owner, 'USAGE')"), {"owner": owner}).scalar())
