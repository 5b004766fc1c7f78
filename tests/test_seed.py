"""A new local database written from the committed seed (store/seed.json, store/local.py) is the one
Store.seed_examples writes on the current code: same schema, same rows, new ids, times of the seeding."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from paths import ROOT
from questions import load_bank, load_evaluation
from scoring.engine import engine_for
from store import Store, local
from store.schema import HEAD
from store.seed_build import COMMAND, build, contents

EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


def written(path: Path) -> dict:
    """What the seed holds of a database (evaluation ids as indexes, times left out)."""
    found = contents(path)
    found.pop("head")
    return found


def test_the_committed_seed_is_what_the_current_code_seeds_a_new_database_with():
    assert build() == local.seed(), \
        f"the examples, the bank or the schema changed: run `{COMMAND}` and commit store/seed.json"


def test_the_seed_carries_the_banks_rules_and_scope_ladder_and_the_migrations_head():
    bank = load_bank()
    assert local.seed()["bank"]["rules"] == engine_for(bank).rules_id
    assert local.scope_ladder() == [(level.level, level.name) for level in bank.scope]
    assert local.seed()["head"] == HEAD


def test_a_database_made_from_the_seed_holds_what_seed_examples_writes(tmp_path):
    by_store = tmp_path / "store.db"
    Store(f"sqlite:///{by_store}").ready().seed_examples(ROOT / "examples")
    assert local.create(tmp_path / "seed.db", examples=True)
    assert written(tmp_path / "seed.db") == written(by_store)


def test_each_seeding_gives_new_ids_and_its_own_time(tmp_path):
    before = datetime.now(timezone.utc) - timedelta(seconds=1)
    for name in ("a.db", "b.db"):
        local.create(tmp_path / name, examples=True)
    ids = [{row.id for row in local.Library(tmp_path / name).page().rows} for name in ("a.db", "b.db")]
    assert len(ids[0]) == len(ids[1]) == len(EXAMPLES) and not ids[0] & ids[1]
    rows = local.Library(tmp_path / "a.db").page().rows
    assert all(row.group_id == row.id and before <= row.updated_at <= datetime.now(timezone.utc) for row in rows)


def test_the_store_opens_a_seeded_database_as_its_own_and_never_seeds_it_again(tmp_path):
    local.create(tmp_path / "w.db", examples=True)
    store = Store(f"sqlite:///{tmp_path / 'w.db'}").ready()
    assert store.seed_examples(ROOT / "examples") == 0 and store.refresh_headlines() == 0
    opened = {store.get(row.id).evaluation.proposal: store.get(row.id) for row in store.page().rows}
    for path in EXAMPLES:  # every answer and document text back as the file has it
        example = load_evaluation(path)
        assert opened[example.proposal].evaluation == example
        assert opened[example.proposal].owner == "example"
    assert [entry.field for entry in store.history(next(iter(opened.values())).id)] == ["created"]


def test_without_examples_a_new_database_gets_the_schema_alone(tmp_path):
    local.create(tmp_path / "w.db", examples=False)
    Store(f"sqlite:///{tmp_path / 'store.db'}").ready()  # as a team's new database starts: clean
    assert written(tmp_path / "w.db") == written(tmp_path / "store.db")
    assert list(written(tmp_path / "w.db")["rows"]) == ["alembic_version"]
    assert local.readable(tmp_path / "w.db", examples=False) and not local.readable(tmp_path / "w.db", examples=True)
    assert Store(f"sqlite:///{tmp_path / 'w.db'}").page().total == 0


def test_a_database_with_tables_is_never_seeded_over(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'w.db'}").ready()  # made by the Store, no examples
    assert not local.create(tmp_path / "w.db", examples=True)
    assert store.page().total == 0


def test_a_database_behind_the_head_or_scored_with_another_bank_is_left_to_the_store(tmp_path):
    path = tmp_path / "w.db"
    local.create(path, examples=True)
    assert local.readable(path, examples=True)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE evaluations SET headline_bank = 'an older bank' WHERE rowid = 1")
    assert not local.readable(path, examples=True)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE evaluations SET headline_bank = ?", (local.seed()["bank"]["rules"],))
        connection.execute("UPDATE alembic_version SET version_num = '0005'")
    assert not local.readable(path, examples=True)
    assert not local.readable(tmp_path / "empty.db", examples=False)


SEED_OR_STORE = """
import sys
from pathlib import Path
from store import Store, local
path = Path(sys.argv[1])
if sys.argv[2] == "seed":
    local.prepare(path, examples=True)
else:
    Store(f"sqlite:///{path}").ready().seed_examples(Path("examples"))
"""


def test_processes_starting_at_once_on_a_new_database_seed_it_once_whichever_way_each_opens_it(tmp_path):
    path = tmp_path / "w.db"
    workers = [subprocess.Popen([sys.executable, "-c", SEED_OR_STORE, str(path), way], cwd=ROOT, stderr=subprocess.PIPE)
               for way in ("seed", "store", "seed", "store", "seed", "seed")]
    for worker in workers:
        assert worker.wait(120) == 0, worker.stderr.read().decode()
    assert local.Library(path).page().total == len(EXAMPLES)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM audit_trail").fetchone() == (len(EXAMPLES),)
