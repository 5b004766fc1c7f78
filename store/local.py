"""A local (SQLite) database with sqlite3 alone: made and seeded from store/seed.json, and the library read.

A cold start waits for the library's first page. Through the Store that page needs SQLAlchemy, the
bank's models and scoring (~0.5 s of imports, then seeding a new database), though it shows only a
page of stored columns. So for a local database the first page is drawn from here: a new database is
written from the committed seed (the schema at the migrations' head and the examples' rows as
`Store.seed_examples` writes them, headline columns included; tests/test_seed.py proves it equal,
`python -m store.seed_build` regenerates it), and a page is read with plain SQL that matches
`Store.page` (tests/test_local_library.py). A database this module cannot vouch for (behind the
head, or scored with another bank) is left to the Store, which migrates and re-scores it first.
"""
from __future__ import annotations

import json
import sqlite3
import time
import uuid
from contextlib import closing
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

from .records import EvaluationSummary, Page

REPO = Path(__file__).resolve().parent.parent
DEFAULT = REPO / "data" / "winnow.db"
SEED = Path(__file__).with_name("seed.json")
BUSY_TIMEOUT_S = 15  # as the Store's engine waits for another writer (store/engine.py)
SORTS = ("updated_at", "proposal", "vendor", "evaluator", "version",
         "score", "claimed_scope", "delivered_scope", "gaps", "flags")
NULLABLE = {"score", "claimed_scope", "delivered_scope", "gaps", "flags"}  # unscored rows sort last
SUMMARY = ("id", "proposal", "vendor", "evaluator", "version", "updated_at",
           "score", "claimed_scope", "delivered_scope", "gaps", "flags", "owner", "group_id")
SEARCHED = ("proposal", "vendor", "evaluator")
TIME = "%Y-%m-%d %H:%M:%S.%f"  # as SQLAlchemy stores a DateTime in SQLite


@lru_cache(maxsize=1)
def seed() -> dict:
    """The committed seed (store/seed.json): schema, rows, and what the first page needs of the bank."""
    return json.loads(SEED.read_text(encoding="utf-8"))


def scope_ladder() -> list[tuple[int, str]]:
    """The bank's scope levels, (level, name), as the seed took them from it."""
    return [(level, name) for level, name in seed()["bank"]["scope"]]


def path_of(url: str) -> Path | None:
    """The file of a local SQLite database named by `url` ('' = the default), else None (PostgreSQL, in
    memory, an sqlite URI with options): those go through the Store."""
    if not url:
        return DEFAULT
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    database = url[len(prefix):]
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def like_pattern(search: str) -> str:
    """'%search%' with LIKE's own wildcards taken literally (escape character: backslash)."""
    escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# --- a new database, and one this module can read ---------------------------------------------------

def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    to_wal(connection.cursor())
    return connection


def to_wal(cursor) -> None:
    """Switch to WAL, retried: on a new database several processes starting at once can find it
    locked by the first one's switch, and SQLite may answer "database is locked" at once instead of
    waiting the busy timeout (a deadlock it refuses to wait on). Once one switch lands it is a no-op."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def create(path: Path, examples: bool) -> bool:
    """Write the seed's schema (and, if `examples`, its rows) into a database without any table; False,
    writing nothing, if it has one. One write transaction: a Store starting on the same file at once
    either finds it whole or makes it itself."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with closing(_connect(path)) as connection:
        connection.execute("BEGIN IMMEDIATE")
        try:
            if connection.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone():
                connection.execute("ROLLBACK")
                return False
            _write(connection, examples)
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    return True


def _write(connection: sqlite3.Connection, examples: bool) -> None:
    for statement in seed()["schema"]:
        connection.execute(statement)
    ids = [uuid.uuid4().hex[:12] for _ in range(seed()["evaluations"])]  # as the Store's new_id()
    at = datetime.now(timezone.utc).strftime(TIME)
    for table, rows in seed()["rows"].items():
        if table != "alembic_version" and not examples:
            continue
        kinds = rows["kinds"]
        columns = ", ".join(f'"{name}"' for name in rows["columns"])
        marks = ", ".join("?" * len(rows["columns"]))
        values = [[_value(kind, value, ids, at) for kind, value in zip(kinds, row)] for row in rows["values"]]
        connection.executemany(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', values)


def _value(kind: str, value, ids: list[str], at: str):
    """A seed value as written: an example's index becomes its new id, a time the seeding's, a text bytes."""
    if kind == "id":
        return ids[value]
    if kind == "now":
        return at
    if kind == "utf8":
        return value.encode("utf-8")
    return value


def readable(path: Path, examples: bool) -> bool:
    """Whether this database's library pages can be read here as the Store would give them: at the
    seed's head, every row scored with the seed's bank, and (if it takes examples) seeded already."""
    try:
        with closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)) as connection:
            head = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            stale = connection.execute("SELECT EXISTS(SELECT 1 FROM evaluations WHERE headline_bank IS NULL"
                                       " OR headline_bank <> ?)", (seed()["bank"]["rules"],)).fetchone()[0]
            held = connection.execute("SELECT EXISTS(SELECT 1 FROM evaluation_revisions)").fetchone()[0]
    except sqlite3.Error:  # no such table: not made by a Winnow at this head
        return False
    return head == (seed()["head"],) and not stale and (held or not examples)


def prepare(path: Path, examples: bool) -> bool:
    """Make a new database from the seed; True if its pages can then be read here (see readable)."""
    if not path.exists() or path.stat().st_size == 0:
        create(path, examples)
    return readable(path, examples)


# --- reading a page -------------------------------------------------------------------------------

class Library:
    """The library's pages of a local database, read with sqlite3: what `Store.page` returns."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def page(self, search: str = "", sort: str = "updated_at", descending: bool = True, offset: int = 0,
             limit: int = 50) -> Page:
        """`limit` summaries from `offset`, matching `search` in proposal, vendor or evaluator
        (case-insensitive as SQLite's lower(), literal text), sorted by `sort`, ties by id."""
        if sort not in SORTS:
            raise ValueError(f"cannot sort the library by {sort!r}; sort by one of: {', '.join(SORTS)}")
        if offset < 0 or limit < 0:
            raise ValueError(f"offset and limit must not be negative (offset={offset}, limit={limit})")
        where, params = "", []
        if search.strip():
            where = " WHERE " + " OR ".join(f"lower({c}) LIKE lower(?) ESCAPE '\\'" for c in SEARCHED)
            params = [like_pattern(search.strip())] * len(SEARCHED)
        way = "DESC" if descending else "ASC"
        nulls = " NULLS LAST" if sort in NULLABLE else ""
        query = (f"SELECT {', '.join(SUMMARY)} FROM evaluations{where}"
                 f" ORDER BY {sort} {way}{nulls}, id {way} LIMIT ? OFFSET ?")
        with closing(sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)) as connection:
            connection.execute("BEGIN")  # the count and the rows from one snapshot
            total = connection.execute(f"SELECT count(*) FROM evaluations{where}", params).fetchone()[0]
            rows = connection.execute(query, [*params, limit, offset]).fetchall()
        return Page(total=total, rows=[_summary(row) for row in rows])


def _summary(row: tuple) -> EvaluationSummary:
    values = dict(zip(SUMMARY, row))
    values["updated_at"] = datetime.fromisoformat(values["updated_at"]).replace(tzinfo=timezone.utc)
    return EvaluationSummary(**values)
