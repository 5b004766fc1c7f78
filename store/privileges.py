"""Two PostgreSQL roles, so the app's own role cannot rewrite the audit trail by any SQL it may run.

The owner role owns the schema (tables, triggers, the trigger function) and runs the migrations;
the app logs in as another role that is not a member of it and gets only row rights: SELECT,
INSERT, UPDATE and DELETE on the ordinary tables, SELECT and INSERT on the audit trail. Only an
owner may ALTER, DROP, disable a trigger or replace a function, so the triggers and the missing
rights both hold against that role.

    migrate(owner_url, "winnow_app")   # python -m store migrate: migrate as owner, then grant

Migrating and granting share one transaction, so the app never sees a new table it may not use.
Grants are given after every migration rather than through default privileges: a table a later
migration adds gets only what this module says, never UPDATE on a trail by default.
"""
from __future__ import annotations

from sqlalchemy import Connection, text

from .engine import WRITE, make_engine
from .schema import head, migrate as migrate_schema
from .tables import AuditRow, Base

APPEND_ONLY = {AuditRow.__tablename__}
ROWS = "SELECT, INSERT, UPDATE, DELETE"
NEVER = ("UPDATE", "DELETE", "TRUNCATE")  # on an append-only table, checked after granting


class RoleProblem(RuntimeError):
    """The app's role is missing or could act as the owner (or there are no roles): nothing was migrated
    or granted."""


def migrate(owner_url: str, app_role: str | None = None) -> str:
    """Migrate the database at `owner_url` as its owner; with `app_role`, grant that role its rights.

    Returns one line saying what was done."""
    engine = make_engine(owner_url)
    if app_role and engine.dialect.name != "postgresql":
        raise RoleProblem("--app-role needs PostgreSQL: SQLite has no roles; the app migrates it on start.")
    try:
        with engine.execution_options(**{WRITE: True}).begin() as connection:
            if app_role:
                _refuse(problems(connection, app_role))
            migrate_schema(connection)
            if app_role:
                grant(connection, app_role)
                _refuse(leaks(connection, app_role))
            who = connection.execute(text("SELECT current_user")).scalar() if app_role else None
    finally:
        engine.dispose()
    if not app_role:
        return f"Migrated to revision {head()}."
    return (f"Migrated to revision {head()} as {who}; {app_role} may read and add to the audit trail, "
            f"never change it.")


def _refuse(found: list[str]) -> None:
    if found:
        raise RoleProblem(" ".join(found))


def _one(connection: Connection, sql: str, **values):
    return connection.execute(text(sql), values).scalar()


def problems(connection: Connection, app: str) -> list[str]:
    """What would let `app` act as an owner (each a sentence with its fix); empty when separated."""
    if not _one(connection, "SELECT count(*) FROM pg_roles WHERE rolname = :app", app=app):
        return [f"There is no role {app}: CREATE ROLE {app} LOGIN PASSWORD '...'; first."]
    owner = _one(connection, "SELECT current_user")
    if app == owner:
        return [f"{app} is the role migrating: the app must log in as another role."]
    checks = {
        "SELECT rolsuper FROM pg_roles WHERE rolname = :app": f"{app} is a superuser.",
        "SELECT rolcreaterole FROM pg_roles WHERE rolname = :app":
            f"{app} has CREATEROLE, so it could make itself a member of {owner}: ALTER ROLE {app} NOCREATEROLE;",
        "SELECT pg_has_role(:app, current_user, 'MEMBER')":
            f"{app} is a member of {owner}: REVOKE {owner} FROM {app};",
        "SELECT pg_has_role(:app, datdba, 'MEMBER') FROM pg_database WHERE datname = current_database()":
            f"{app} owns the database, so it may drop it: ALTER DATABASE ... OWNER TO {owner};",
        "SELECT pg_has_role(:app, nspowner, 'MEMBER') FROM pg_namespace WHERE nspname = current_schema()":
            f"{app} owns the schema, so it may drop any table in it: ALTER SCHEMA ... OWNER TO {owner};",
        "SELECT has_schema_privilege(:app, current_schema(), 'CREATE')":
            f"{app} may create in the schema: REVOKE CREATE ON SCHEMA ... FROM PUBLIC, {app};",
        "SELECT has_database_privilege(:app, current_database(), 'CREATE')":
            f"{app} may create schemas, e.g. one named as {owner}, first on its search path: "
            f"REVOKE CREATE ON DATABASE ... FROM PUBLIC, {app};",
    }
    found = [problem for sql, problem in checks.items() if _one(connection, sql, app=app)]
    return found + _owned_by_app(connection, app)


def _owned_by_app(connection: Connection, app: str) -> list[str]:
    """Winnow's tables that `app` owns (or whose owner it is a member of): it could ALTER them."""
    rows = connection.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename = ANY(:names) "
        "AND pg_has_role(:app, tableowner, 'MEMBER') ORDER BY tablename"),
        {"names": [*Base.metadata.tables, "alembic_version"], "app": app}).scalars().all()
    if not rows:
        return []
    return [f"{app} owns {', '.join(rows)}: as a superuser, REASSIGN OWNED BY {app} TO the owner role."]


def grant(connection: Connection, app: str) -> None:
    """Exactly the app's rights on every Winnow table, whatever was granted before."""
    role = connection.dialect.identifier_preparer.quote(app)
    schema = connection.dialect.identifier_preparer.quote(_one(connection, "SELECT current_schema()"))
    connection.execute(text(f"GRANT USAGE ON SCHEMA {schema} TO {role}"))
    rights = {name: "SELECT, INSERT" if name in APPEND_ONLY else ROWS for name in Base.metadata.tables}
    for table, allowed in {**rights, "alembic_version": "SELECT"}.items():
        connection.execute(text(f"REVOKE ALL ON {schema}.{table} FROM {role}"))
        connection.execute(text(f"GRANT {allowed} ON {schema}.{table} TO {role}"))
    for table in APPEND_ONLY:  # a right given to everyone would be the app's too
        connection.execute(text(f"REVOKE UPDATE, DELETE, TRUNCATE ON {schema}.{table} FROM PUBLIC"))
    connection.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {role}"))


def leaks(connection: Connection, app: str) -> list[str]:
    """Rights to change an append-only table that `app` still holds after grant() (e.g. through
    pg_write_all_data or another role it belongs to)."""
    return [f"{app} still has {right} on {table} through a role it belongs to; revoke that membership."
            for table in sorted(APPEND_ONLY) for right in NEVER
            if _one(connection, "SELECT has_table_privilege(:app, :table, :right)", app=app, table=table, right=right)]

