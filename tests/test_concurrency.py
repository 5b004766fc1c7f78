"""No lost work: bench/bench_concurrency.py, small, on a SQLite file and on a real PostgreSQL."""
from __future__ import annotations

import sqlite3
import sys
from datetime import datetime, timezone

import pytest
from sqlalchemy import insert, update

from paths import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import bench_concurrency as bench  # noqa: E402
from store import Store  # noqa: E402
from store.engine import WRITE  # noqa: E402
from store.tables import EvaluationRow, RevisionRow  # noqa: E402

WRITERS, SAVES, EVALUATIONS = 4, 40, 3


def test_concurrent_writers_lose_no_save_and_a_killed_writer_leaves_nothing_half_written(store_url, tmp_path):
    figures = bench.measure(store_url, WRITERS, SAVES, EVALUATIONS, tmp_path)

    contention, killing = figures["contention"], figures["killing"]
    assert (contention.attempts, killing.attempts) == (WRITERS * SAVES, WRITERS * max(10, SAVES // 5))
    for run in (figures["baseline"], contention, killing):
        assert run.adds_up, run  # every attempt is a success, a refused stale save or an error
        assert run.errors == 0, run.error_samples
    assert contention.saved > 0 and killing.saved > 0
    assert killing.killed_version > 1  # it was killed after its writes, inside the transaction
    for check in (figures["contention_check"], figures["final_check"]):
        assert (check.lost, check.half_written, check.unclaimed, check.unaudited) == (0, 0, 0, 0), check.problems
    saved = sum(run.saved for run in (figures["baseline"], contention, killing))
    assert figures["final_check"].revisions == EVALUATIONS + saved  # each success is one revision, nothing else


def test_the_check_counts_a_lost_save_a_half_written_revision_and_an_unclaimed_one(tmp_path):
    url = f"sqlite:///{tmp_path / 'winnow.db'}"
    [id] = bench.seed(url, 1)
    bench.run_writers(url, [id], 1, 5, tmp_path, "one")
    successes = bench.successes(tmp_path)
    assert bench.check(url, [id], successes).problems == []  # the real history is clean

    forged = dict(successes[-1], text="a change nobody saved")
    found = bench.check(url, [id], successes + [forged])
    assert (found.lost, found.unaudited) == (1, 1)  # told "saved", but neither stored nor audited

    store = Store(url)
    last = store.get(id)
    with store.engine.execution_options(**{WRITE: True}).begin() as connection:
        # A revision without its row update, as a torn write would leave it.
        connection.execute(insert(RevisionRow), dict(evaluation_id=id, version=last.version + 1,
                                                     json=last.evaluation.model_dump_json(),
                                                     saved_at=datetime.now(timezone.utc)))
    torn = bench.check(url, [id], successes)
    assert (torn.half_written, torn.unclaimed, torn.lost) == (1, 1, 0)

    with store.engine.execution_options(**{WRITE: True}).begin() as connection:
        connection.execute(update(EvaluationRow).where(EvaluationRow.id == id).values(version=last.version + 1))
        connection.execute(update(RevisionRow).where(RevisionRow.evaluation_id == id, RevisionRow.version == 2)
                           .values(json="{"))
    broken = bench.check(url, [id], successes)
    # Version 2 unreadable: half-written twice (the JSON, and its audit row now has no revision); its save lost.
    assert (broken.half_written, broken.unclaimed, broken.lost) == (2, 1, 1)


class _Busy:
    """A cursor whose WAL switch finds the database locked `times` times, as a process starting beside
    another on a new SQLite file can."""

    def __init__(self, times: int, message: str = "database is locked") -> None:
        self.left, self.message, self.calls = times, message, 0

    def execute(self, sql: str) -> None:
        self.calls += 1
        if self.left:
            self.left -= 1
            raise sqlite3.OperationalError(self.message)


def test_the_switch_to_wal_waits_out_a_database_locked_by_another_starting_process():
    from store.local import to_wal
    busy = _Busy(times=3)
    to_wal(busy)
    assert busy.calls == 4


def test_the_switch_to_wal_raises_any_other_error_at_once():
    from store.local import to_wal
    broken = _Busy(times=1, message="disk I/O error")
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        to_wal(broken)
    assert broken.calls == 1
