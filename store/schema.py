"""Bring any database to the newest schema on start, with Alembic, one process at a time.

No alembic.ini: the Config is built here, and the migrations run on the store's own engine
inside one write transaction, so two processes starting at once cannot both migrate.
A PostgreSQL role that does not own the schema (store/privileges.py) never migrates: behind
the newest revision, the store refuses with SchemaBehind, naming the command that migrates.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from .engine import WRITE
from .errors import SchemaBehind

MIGRATIONS = Path(__file__).parent / "migrations"
FIRST = "0001"  # the two tables that releases before Alembic made with create_all
PG_LOCK = 0x57696E6E  # any fixed key; serialises migrations across processes on PostgreSQL


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection  # env.py migrates on this connection
    return config


@lru_cache(maxsize=1)
def head() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Apply every migration the database lacks; a database at head costs one small read."""
    with engine.connect() as connection:
        found = current(connection)
        if found == head():
            return
        if not may_migrate(connection):
            raise SchemaBehind(found, head(), connection.execute(text("SELECT current_user")).scalar())
    with engine.execution_options(**{WRITE: True}).begin() as connection:
        migrate(connection)


def migrate(connection: Connection) -> None:
    """Bring the schema to head inside the caller's write transaction."""
    # SQLite: BEGIN IMMEDIATE already holds the write lock. PostgreSQL: an advisory lock
    # held to the end of this transaction makes the second process wait, then see head.
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK})
    found = current(connection)
    if found == head():
        return
    if found is None and inspect(connection).has_table("evaluations"):
        # Made by Base.metadata.create_all before migrations existed: same tables as FIRST.
        command.stamp(alembic_config(connection), FIRST)
    command.upgrade(alembic_config(connection), "head")


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
