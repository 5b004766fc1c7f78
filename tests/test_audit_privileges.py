"""The audit trail holds against the app's own database role: an owner role migrates, the app's role
adds rows and cannot change or remove one by any SQL it may run (a real PostgreSQL)."""
from __future__ import annotations

import itertools
import os
import re
import secrets
from dataclasses import dataclass

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError
from streamlit.testing.v1 import AppTest

from paths import EXAMPLES, ROOT
from questions import load_evaluation
from store import Store
from store.__main__ import main
from store.errors import SchemaBehind
from store.privileges import RoleProblem, migrate
from store.schema import alembic_config, head

ANN = "ann@plant.example"
README = (ROOT / "README.md").read_text()
_numbers = itertools.count(1)


@dataclass
class Roles:
    server: object
    owner: str
    app: str
    database: str
    password: str

    def url(self, role: str) -> str:
        return f"postgresql+psycopg://{role}:{self.password}@127.0.0.1:{self.server.port}/{self.database}"

    def superuser(self, sql: str) -> None:
        """Run `sql` as the server's superuser, connected to this database."""
        engine = create_engine(self.server.url(self.database), isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text(sql))
        engine.dispose()

    @property
    def owner_url(self) -> str:
        return self.url(self.owner)

    @property
    def app_url(self) -> str:
        return self.url(self.app)


def readme_sql(made: Roles) -> list[str]:
    """The README's statements that make the two roles and the database, for these names."""
    lines = re.findall(r"^    (CREATE (?:ROLE|DATABASE) .+);$", README, flags=re.M)
    names = {"winnow_owner": made.owner, "winnow_app": made.app, "OWNER_PASSWORD": made.password,
             "APP_PASSWORD": made.password, "DATABASE winnow ": f"DATABASE {made.database} "}
    for name, value in names.items():
        lines = [line.replace(name, value) for line in lines]
    return lines


@pytest.fixture
def roles(postgres_server):
    """The README's owner role owning a new database, and its app login role."""
    n = f"{os.getpid()}_{next(_numbers)}"
    made = Roles(postgres_server, f"owner_{n}", f"app_{n}", f"audit_{n}", secrets.token_hex(12))
    statements = readme_sql(made)
    assert len(statements) == 3
    for statement in statements:
        postgres_server.admin(statement)
    yield made
    postgres_server.admin(f"DROP DATABASE {made.database} WITH (FORCE)")
    for role in (made.app, made.owner):
        postgres_server.admin(f"DROP ROLE {role}")


def example():
    return load_evaluation(next(iter(EXAMPLES.values())))


def trail(url: str) -> list[tuple]:
    engine = create_engine(url)
    with engine.connect() as connection:
        found = connection.execute(text("SELECT * FROM audit_trail ORDER BY id")).all()
    engine.dispose()
    return found


def filled(roles: Roles) -> tuple[Store, str]:
    """Migrated as the owner, then used as the app: created, edited, joined."""
    migrate(roles.owner_url, roles.app)
    store = Store(roles.app_url)
    first = store.create(example(), owner=ANN)
    store.save(first.id, first.evaluation.model_copy(update={"notes": "edited"}), first.version, actor=ANN)
    store.join(first.id, evaluator="Bob", owner="bob@plant.example")
    return store, first.id


def test_the_app_role_saves_and_edits_and_every_change_is_appended_to_the_trail(roles):
    store, id = filled(roles)
    assert [(e.version, e.actor, e.field) for e in store.history(id)] == [(1, ANN, "created"), (2, ANN, "notes")]
    assert store.comment(id, "", ANN, "a comment").text == "a comment"
    assert [row.field for row in trail(roles.owner_url)] == ["created", "notes", "created", "joined"]


def attacks(roles: Roles) -> dict[str, list[str]]:
    """Each way to change or remove an audit row; a list runs in one transaction, in order."""
    owner, app = roles.owner, roles.app
    update = "UPDATE audit_trail SET actor = 'mallory'"
    return {
        "update": [update],
        "delete": ["DELETE FROM audit_trail"],
        "truncate": ["TRUNCATE audit_trail"],
        "disable trigger": ["ALTER TABLE audit_trail DISABLE TRIGGER audit_trail_append_only", update],
        "disable all triggers": ["ALTER TABLE audit_trail DISABLE TRIGGER ALL", update],
        "drop trigger": ["DROP TRIGGER audit_trail_append_only ON audit_trail", update],
        "drop table": ["DROP TABLE audit_trail"],
        "rename table": ["ALTER TABLE audit_trail RENAME TO old_trail"],
        "take ownership": [f"ALTER TABLE audit_trail OWNER TO {app}"],
        "replace the trigger function": [
            "CREATE OR REPLACE FUNCTION audit_trail_append_only() RETURNS trigger LANGUAGE plpgsql "
            "AS $$ BEGIN RETURN NEW; END $$", update],
        "drop the trigger function": ["DROP FUNCTION audit_trail_append_only() CASCADE", update],
        "own the trigger function": [f"ALTER FUNCTION audit_trail_append_only() OWNER TO {app}"],
        "grant itself update": [f"GRANT UPDATE, DELETE, TRUNCATE ON audit_trail TO {app}", update],
        "grant itself everything": [f"GRANT ALL ON audit_trail TO PUBLIC", "DELETE FROM audit_trail"],
        "grant itself the owner role": [f"GRANT {owner} TO {app}"],
        "set role to the owner": [f"SET ROLE {owner}"],
        "session authorization": [f"SET SESSION AUTHORIZATION {owner}"],
        "replica mode skips triggers": ["SET session_replication_role = replica", update],
        "reassign the owner's objects": [f"REASSIGN OWNED BY {owner} TO {app}"],
        "become createrole": [f"ALTER ROLE {app} CREATEROLE"],
        "become superuser": [f"ALTER ROLE {app} SUPERUSER"],
        "a schema named as the owner, first on its search path": [f"CREATE SCHEMA {owner}"],
        "a table in the schema": ["CREATE TABLE audit_trail_shadow (id int)"],
    }


def test_no_sql_the_app_role_may_run_changes_or_removes_an_audit_row(roles):
    filled(roles)
    before = trail(roles.owner_url)
    engine = create_engine(roles.app_url)
    not_refused = []
    for name, statements in attacks(roles).items():
        try:
            with engine.begin() as connection:
                for statement in statements:
                    connection.execute(text(statement))
            not_refused.append(name)
        except DBAPIError:
            pass
    engine.dispose()
    assert not_refused == []
    elsewhere = create_engine(roles.app_url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")
    with pytest.raises(DBAPIError, match="must be owner"), elsewhere.connect() as connection:
        connection.execute(text(f"DROP DATABASE {roles.database}"))
    elsewhere.dispose()
    assert trail(roles.owner_url) == before


def test_the_app_role_on_a_schema_behind_refuses_naming_the_migrate_command(roles):
    migrate(roles.owner_url, roles.app)
    with create_engine(roles.owner_url).begin() as connection:  # back to 0004; the grants stay
        command.downgrade(alembic_config(connection), "0004")
    with pytest.raises(SchemaBehind) as refused:
        Store(roles.app_url).list()
    message = str(refused.value)
    assert "\n" not in message and f"revision 0004, this Winnow needs {head()}" in message
    assert f"python -m store migrate --app-role {roles.app}" in message
    migrate(roles.owner_url, roles.app)
    assert Store(roles.app_url).list() == []


def test_the_app_on_a_schema_behind_shows_only_the_migrate_message(roles, monkeypatch):
    migrate(roles.owner_url, roles.app)
    with create_engine(roles.owner_url).begin() as connection:
        command.downgrade(alembic_config(connection), "0004")
    monkeypatch.setenv("WINNOW_DATABASE_URL", roles.app_url)
    page = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    page.run()
    assert not page.exception, page.exception
    assert [e.value for e in page.error] == [str(SchemaBehind("0004", head(), roles.app))]


def test_the_server_warm_up_logs_the_migrate_message(roles, monkeypatch, caplog):
    import server
    monkeypatch.setenv("WINNOW_DATABASE_URL", roles.app_url)
    server.warm_up()
    assert str(SchemaBehind(None, head(), roles.app)) in caplog.messages


def test_an_app_role_on_an_empty_schema_it_may_not_create_in_refuses_too(roles):
    with pytest.raises(SchemaBehind, match="revision none"):
        Store(roles.app_url).list()


@pytest.mark.parametrize("weakness", [
    "GRANT {owner} TO {app}",
    "ALTER ROLE {app} SUPERUSER",
    "ALTER ROLE {app} CREATEROLE",
    "GRANT pg_write_all_data TO {app}",
    "ALTER DATABASE {database} OWNER TO {app}",
    "ALTER SCHEMA public OWNER TO {app}",
    "GRANT CREATE ON DATABASE {database} TO {app}",
])
def test_migrate_refuses_an_app_role_that_could_act_as_the_owner_and_changes_nothing(roles, weakness):
    roles.superuser(weakness.format(owner=roles.owner, app=roles.app, database=roles.database))
    with pytest.raises(RoleProblem, match=roles.app):
        migrate(roles.owner_url, roles.app)
    with create_engine(roles.owner_url).connect() as connection:
        assert connection.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None


def test_the_command_migrates_as_the_owner_url_from_the_environment_for_the_app_urls_role(roles, monkeypatch,
                                                                                            capsys):
    monkeypatch.setenv("WINNOW_OWNER_DATABASE_URL", roles.owner_url)
    monkeypatch.setenv("WINNOW_DATABASE_URL", roles.app_url)
    assert main(["migrate"]) == 0
    assert f"{roles.app} may read and add to the audit trail" in capsys.readouterr().out
    assert Store(roles.app_url).create(example()).version == 1


def test_the_command_names_what_is_wrong_in_one_line(roles, capsys):
    assert main(["migrate", roles.owner_url, "--app-role", "nobody_at_all"]) == 1
    assert capsys.readouterr().err.startswith("Not migrated: There is no role nobody_at_all")


def test_on_sqlite_the_command_migrates_and_refuses_an_app_role(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("WINNOW_DATABASE_URL", raising=False)
    url = f"sqlite:///{tmp_path / 'winnow.db'}"
    assert main(["migrate", url, "--app-role", "winnow_app"]) == 1
    assert "SQLite has no roles" in capsys.readouterr().err
    assert main(["migrate", url]) == 0
    assert Store(url).list() == []


def test_a_database_one_role_owned_moves_to_two_roles_as_the_readme_says(roles):
    roles.server.admin(f"ALTER DATABASE {roles.database} OWNER TO {roles.app}")
    saved = Store(roles.app_url).create(example())  # one role: it migrates on start, as before
    with pytest.raises(RoleProblem, match=f"REASSIGN OWNED BY {roles.app}"):
        migrate(roles.owner_url, roles.app)
    roles.superuser(f"REASSIGN OWNED BY {roles.app} TO {roles.owner}")
    migrate(roles.owner_url, roles.app)
    assert Store(roles.app_url).get(saved.id) == saved
    with pytest.raises(DBAPIError, match="must be owner"):
        with create_engine(roles.app_url).begin() as connection:
            connection.execute(text("ALTER TABLE audit_trail DISABLE TRIGGER ALL"))
