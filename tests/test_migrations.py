"""Migrations: a database from any earlier release upgrades in place and loses nothing."""
from __future__ import annotations

import multiprocessing
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from questions import Evaluation
from store import Store
from store.schema import HEAD, alembic_config, head
from store.tables import Base

RELEASE_2026_11 = Path(__file__).parent / "data" / "db" / "winnow_2026_11.sqlite"


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchall()


@pytest.fixture
def old_db(tmp_path) -> Path:
    """A copy of the database the 2026-11 release made (create_all, no alembic_version)."""
    copy = tmp_path / "winnow.db"
    shutil.copyfile(RELEASE_2026_11, copy)
    return copy


def test_the_fixture_is_a_database_from_before_migrations():
    tables = {name for (name,) in rows(RELEASE_2026_11, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"evaluations", "evaluation_revisions"}
    assert rows(RELEASE_2026_11, "SELECT count(*) FROM evaluations") == [(4,)]


def test_a_database_from_the_2026_11_release_upgrades_in_place_keeping_every_evaluation_and_revision(old_db):
    evaluations = rows(old_db, "SELECT id, version, json FROM evaluations ORDER BY id")
    revisions = rows(old_db, "SELECT evaluation_id, version, json FROM evaluation_revisions")
    assert len(evaluations) == 4 and len(revisions) == 6

    store = Store(f"sqlite:///{old_db}")
    assert sorted((s.id, s.version) for s in store.list()) == [(id, v) for id, v, _ in evaluations]
    for id, version, text in evaluations:
        saved = store.get(id)
        assert saved.version == version
        assert saved.evaluation == Evaluation.model_validate_json(text)
    for id, version, text in revisions:
        assert store.revision(id, version) == Evaluation.model_validate_json(text)
        assert version in store.revisions(id)
    assert rows(old_db, "SELECT version_num FROM alembic_version") == [(head(),)]


def test_an_upgraded_database_takes_new_saves_on_top_of_its_old_versions(old_db):
    store = Store(f"sqlite:///{old_db}")
    summary = next(s for s in store.list() if s.version == 2)
    saved = store.get(summary.id)
    again = store.save(saved.id, saved.evaluation.model_copy(update={"notes": "after the upgrade"}), saved.version)
    assert again.version == 3
    assert Store(f"sqlite:///{old_db}").revisions(saved.id) == [1, 2, 3]


def test_migrating_a_new_database_gives_exactly_the_tables_the_code_declares(store_url):
    store = Store(store_url)
    store.list()
    with store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_an_upgraded_old_database_has_exactly_the_tables_the_code_declares(old_db):
    Store(f"sqlite:///{old_db}").list()
    with create_engine(f"sqlite:///{old_db}").connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_the_models_make_on_postgresql_the_same_indexes_partial_ones_included_as_the_migrations(postgres_url):
    # Alembic's comparison above does not look at an index's WHERE; PostgreSQL's own definitions do.
    store = Store(postgres_url)
    store.list()  # the migrations make schema public
    indexes = text("SELECT indexname, replace(indexdef, schemaname || '.', '') FROM pg_indexes"
                   " WHERE schemaname = :schema AND tablename = ANY(:tables)")
    with store.engine.begin() as connection:
        connection.execute(text("CREATE SCHEMA models"))
        Base.metadata.create_all(connection.execution_options(schema_translate_map={None: "models"}))
        made = {schema: set(connection.execute(indexes, {"schema": schema, "tables": list(Base.metadata.tables)}))
                for schema in ("public", "models")}
    assert made["models"] == made["public"]
    assert any("WHERE (owner <> ''::text)" in definition for _name, definition in made["public"])


def test_a_sqlite_store_that_writes_never_loads_the_postgresql_dialect(tmp_path):
    script = ("import sys; from pathlib import Path; from store import Store;"
              " store = Store(sys.argv[1]); store.seed_examples(Path('examples')); store.list();"
              " print('sqlalchemy.dialects.postgresql' in sys.modules)")
    url = f"sqlite:///{tmp_path / 'new.db'}"
    out = subprocess.run([sys.executable, "-c", script, url], cwd=Path(__file__).parent.parent,
                         capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["False"], out.stderr


def test_head_names_the_newest_migration_script():
    assert HEAD == head()


def shape(db: Path) -> dict:
    """Every table's columns, indexes (with their columns) and foreign keys, as SQLite reports them."""
    with sqlite3.connect(db) as connection:
        def pragma(what: str, name: str) -> list:
            return connection.execute(f"PRAGMA {what}('{name}')").fetchall()
        tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        others = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')")
        return {**{table: (pragma("table_info", table), pragma("foreign_key_list", table),
                           sorted((index[1:], pragma("index_xinfo", index[1])) for index in pragma("index_list", table)))
                   for table in tables},
                **{(kind, name): (table, " ".join(sql.split())) for kind, name, table, sql in others}}


def test_a_new_database_made_from_the_tables_is_the_same_as_one_migrated_from_the_first_revision(tmp_path):
    from alembic import command
    migrated = tmp_path / "migrated.db"
    with create_engine(f"sqlite:///{migrated}").begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    Store(f"sqlite:///{tmp_path / 'new.db'}").list()
    assert shape(tmp_path / "new.db") == shape(migrated)
    assert set(shape(migrated)) > {"alembic_version", "evaluations", ("trigger", "audit_trail_no_update")}
    assert rows(tmp_path / "new.db", "SELECT version_num FROM alembic_version") == rows(migrated, "SELECT version_num FROM alembic_version")


def test_opening_a_new_or_current_database_never_imports_alembic(tmp_path):
    script = ("import sys; from store import Store; Store(sys.argv[1]).list(); Store(sys.argv[1]).list();"
              " print('alembic' in sys.modules)")
    url = f"sqlite:///{tmp_path / 'new.db'}"
    out = subprocess.run([sys.executable, "-c", script, url], cwd=Path(__file__).parent.parent,
                         capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["False"], out.stderr


def test_a_database_at_the_newest_revision_runs_no_migration(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'new.db'}"
    saved = Store(url).create(Evaluation(bank_version="x", proposal="P"))

    def refuse(*args, **kwargs):
        raise AssertionError("migrated a database that was already at head")

    monkeypatch.setattr("alembic.command.upgrade", refuse)
    monkeypatch.setattr("alembic.command.stamp", refuse)
    assert Store(url).get(saved.id) == saved
    assert rows(tmp_path / "new.db", "SELECT version_num FROM alembic_version") == [(head(),)]


def start_in_a_process(url: str, barrier, results) -> None:
    barrier.wait()
    try:
        results.put(("ok", len(Store(url).list())))
    except Exception as error:  # reported, not raised: a crash here would hang the parent
        results.put(("error", repr(error)))


def start_at_once(url: str, processes: int = 4) -> list[tuple]:
    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(processes), context.Queue()
    started = [context.Process(target=start_in_a_process, args=(url, barrier, results)) for _ in range(processes)]
    for process in started:
        process.start()
    outcomes = [results.get(timeout=60) for _ in started]
    for process in started:
        process.join(timeout=60)
    return outcomes


def test_processes_starting_at_once_on_a_new_database_migrate_it_once(store_url):
    assert start_at_once(store_url) == [("ok", 0)] * 4
    with Store(store_url).engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").all() == [(head(),)]


def test_processes_starting_at_once_on_a_2026_11_database_upgrade_it_once(old_db):
    assert start_at_once(f"sqlite:///{old_db}") == [("ok", 4)] * 4
    assert rows(old_db, "SELECT version_num FROM alembic_version") == [(head(),)]
    assert rows(old_db, "SELECT count(*) FROM evaluation_revisions") == [(6,)]


def test_upgraded_evaluations_are_the_local_users_each_its_own_proposal_with_an_empty_trail(old_db):
    store = Store(f"sqlite:///{old_db}")
    for summary in store.list():
        saved = store.get(summary.id)
        assert (saved.owner, saved.group_id) == ("", saved.id)
        assert store.group(saved.id) == [saved]
        assert store.history(saved.id) == []
    some = store.list()[0]
    assert store.comment(some.group_id, "", "", "still works").text == "still works"
    assert all(row.score is not None for row in store.page().rows)  # headlines filled on start
