"""The store: saved drafts come back equal, stale edits are refused, nothing saved is lost."""
from __future__ import annotations

import multiprocessing
import re
import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.exc import IntegrityError

from questions import Evaluation, EvaluationError, evaluation_from_bytes
from questions.models import Document
from store import EvaluationNotFound, Saved, StaleEvaluation, Store, default_url

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.json"))


def example(index: int = 0) -> Evaluation:
    return evaluation_from_bytes(EXAMPLE_FILES[index].read_bytes())


@pytest.fixture
def url(store_url) -> str:
    return store_url  # each test runs on a SQLite file (tmp_path/winnow.db) and on PostgreSQL


@pytest.fixture
def db_file(tmp_path, url) -> Path:
    if not url.startswith("sqlite"):
        pytest.skip("reaches into the SQLite file itself")
    return tmp_path / "winnow.db"


@pytest.fixture
def store(url) -> Store:
    return Store(url)


def raw_sql(db_file: Path, sql: str, *params) -> list[tuple]:
    """Reach past the store, as a second program or a damaged disk would."""
    with sqlite3.connect(db_file) as connection:
        return connection.execute(sql, params).fetchall()


def edited(evaluation: Evaluation, notes: str) -> Evaluation:
    return evaluation.model_copy(update={"notes": notes})


# --- round trip -------------------------------------------------------------------------

def test_saved_evaluation_comes_back_equal_after_reopening_the_database(url):
    ids = {path: Store(url).import_file(path.read_bytes()).id for path in EXAMPLE_FILES}
    reopened = Store(url)
    for path, id in ids.items():
        assert reopened.get(id).evaluation == evaluation_from_bytes(path.read_bytes())
    assert sorted(s.id for s in reopened.list()) == sorted(ids.values())


def test_created_evaluation_keeps_its_own_timestamps_and_starts_at_version_1(store):
    evaluation = example()
    saved = store.create(evaluation)
    assert isinstance(saved, Saved)
    assert saved.version == 1
    assert saved.evaluation == evaluation  # created_at/updated_at from the file are kept
    assert re.fullmatch(r"[0-9a-f]{12}", saved.id)  # safe in st.query_params
    assert store.create(evaluation).id != saved.id


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(proposal=st.text(min_size=1).filter(str.strip), vendor=st.text(), notes=st.text(),
       proposal_text=st.text(max_size=500))
def test_any_text_round_trips_through_create_and_save(proposal, vendor, notes, proposal_text):
    store = Store("sqlite://")
    evaluation = example(1).model_copy(update=dict(proposal=proposal, vendor=vendor, notes=notes))
    saved = store.create(evaluation)
    assert store.get(saved.id).evaluation == evaluation
    assert store.list()[0].proposal == proposal and store.list()[0].vendor == vendor
    saved = store.save(saved.id, evaluation.model_copy(update={"documents": [Document(name="Proposal text", text=proposal_text)]}), 1)
    assert store.get(saved.id).evaluation == saved.evaluation
    assert saved.evaluation.documents[0].text == proposal_text  # proposal_text skips a blank document


# --- save and optimistic locking ---------------------------------------------------------

def test_save_bumps_the_version_and_stamps_updated_at_without_touching_the_callers_copy(store):
    first = store.create(example())
    mine = edited(first.evaluation, "asked for the PLC tag list")
    before = datetime.now(timezone.utc) - timedelta(seconds=1)
    saved = store.save(first.id, mine, expected_version=1)
    assert saved.version == 2
    assert before <= saved.updated_at <= datetime.now(timezone.utc)
    assert saved.evaluation.updated_at == saved.updated_at.replace(microsecond=0)
    assert saved.evaluation == mine.model_copy(update={"updated_at": saved.evaluation.updated_at})
    assert mine.updated_at == first.evaluation.updated_at  # the caller's object is not mutated
    assert store.get(first.id) == saved
    assert store.list()[0].version == 2


def test_editing_a_returned_evaluation_does_not_change_the_store(store):
    saved = store.create(example())
    saved.evaluation.notes = "changed in memory only"
    assert store.get(saved.id).evaluation.notes == example().notes


def test_save_of_a_stale_copy_is_refused_and_changes_nothing(store):
    first = store.create(example())
    theirs = store.save(first.id, edited(first.evaluation, "theirs"), expected_version=1)
    listed = store.list()
    with pytest.raises(StaleEvaluation) as refused:
        store.save(first.id, edited(first.evaluation, "mine"), expected_version=1)
    assert refused.value.current_version == 2
    assert str(refused.value) == ("This evaluation was changed elsewhere (version 2 is saved, "
                                  "you edited version 1). Reload to see the latest.")
    assert store.get(first.id) == theirs
    assert store.revisions(first.id) == [1, 2]
    assert store.list() == listed


def test_save_with_a_version_from_the_future_is_refused_too(store):
    first = store.create(example())
    with pytest.raises(StaleEvaluation) as refused:
        store.save(first.id, first.evaluation, expected_version=5)
    assert refused.value.current_version == 1
    assert store.get(first.id).version == 1


def race_in_a_process(url: str, id: str, notes: str, barrier, results) -> None:
    store = Store(url)
    evaluation = store.get(id).evaluation.model_copy(update={"notes": notes})
    barrier.wait()
    try:
        store.save(id, evaluation, expected_version=1)
        results.put(("won", notes))
    except StaleEvaluation as error:
        results.put(("stale", error.current_version))
    except Exception as error:  # e.g. "database is locked": report it rather than hang
        results.put(("error", repr(error)))


def test_two_stores_racing_on_the_same_version_only_one_wins(url):
    id = Store(url).create(example()).id
    racers = [Store(url) for _ in range(8)]  # separate engines: separate SQLite connections
    copies = [racer.get(id) for racer in racers]
    barrier, results, lock = threading.Barrier(len(racers)), [], threading.Lock()

    def race(racer: Store, copy: Saved, notes: str) -> None:
        barrier.wait()
        try:
            outcome = ("won", racer.save(id, edited(copy.evaluation, notes), copy.version))
        except StaleEvaluation as error:
            outcome = ("stale", error.current_version)
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=race, args=(r, c, f"racer {i}")) for i, (r, c) in enumerate(zip(racers, copies))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    winners = [value for kind, value in results if kind == "won"]
    assert len(results) == len(racers) and len(winners) == 1
    assert sorted(value for kind, value in results if kind == "stale") == [2] * (len(racers) - 1)
    assert Store(url).get(id) == winners[0]
    assert Store(url).revisions(id) == [1, 2]


def test_two_processes_racing_on_the_same_version_only_one_wins(url):
    id = Store(url).create(example()).id
    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(4), context.Queue()
    processes = [context.Process(target=race_in_a_process, args=(url, id, f"process {i}", barrier, results))
                 for i in range(4)]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=60) for _ in processes]
    for process in processes:
        process.join(timeout=60)
    assert sorted(kind for kind, _ in outcomes) == ["stale", "stale", "stale", "won"]
    winner_notes = next(value for kind, value in outcomes if kind == "won")
    assert Store(url).get(id).evaluation.notes == winner_notes
    assert Store(url).revisions(id) == [1, 2]


def in_threads(work, n: int) -> list[BaseException]:
    """work(0) ... work(n - 1) at once, each in a thread of its own: what they raised."""
    errors: list[BaseException] = []

    def guarded(i: int) -> None:
        try:
            work(i)
        except BaseException as error:  # noqa: BLE001 - collected for the test to assert
            errors.append(error)

    threads = [threading.Thread(target=guarded, args=(i,)) for i in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return errors


def test_one_store_shared_by_many_threads_never_reports_database_locked(store):
    def work(n: int) -> None:
        for i in range(10):
            saved = store.create(example().model_copy(update={"proposal": f"thread {n} #{i}"}))
            store.save(saved.id, edited(saved.evaluation, "more"), saved.version)
            store.list()

    assert in_threads(work, 8) == []
    assert len(store.list()) == 80
    assert {s.version for s in store.list()} == {2}


def test_concurrent_renames_and_duplicates_never_report_database_locked(url):
    # rename and duplicate read, then write: with a deferred BEGIN, SQLite refuses such a
    # write at once ("database is locked", no waiting) when another writer committed between.
    id = Store(url).create(example()).id

    def work(n: int) -> None:
        store = Store(url)
        for i in range(15):
            try:
                store.rename(id, f"name {n}.{i}", store.get(id).version)
            except StaleEvaluation:
                pass  # lost the race fairly; the app would ask the user to reload
            store.duplicate(id)

    assert in_threads(work, 6) == []
    assert len(Store(url).list()) == 1 + 6 * 15
    assert Store(url).revisions(id) == list(range(1, Store(url).get(id).version + 1))


# --- listing ------------------------------------------------------------------------------

def test_list_is_newest_first(store):
    older = store.create(example(0))
    newer = store.create(example(1))
    assert [s.id for s in store.list()] == [newer.id, older.id]
    store.save(older.id, older.evaluation, older.version)
    summary = store.list()[0]
    assert (summary.id, summary.version, summary.proposal, summary.vendor, summary.evaluator) == (
        older.id, 2, older.evaluation.proposal, older.evaluation.vendor, older.evaluation.evaluator)
    assert summary.updated_at.tzinfo is not None


def test_an_unreadable_row_does_not_break_the_list(store, db_file):
    good = store.create(example(0))
    bad = store.create(example(1))
    raw_sql(db_file, "UPDATE evaluations SET json = ? WHERE id = ?", '{"schema_version": 1, "proposal": ', bad.id)
    assert {s.id for s in store.list()} == {good.id, bad.id}
    with pytest.raises(EvaluationError, match=bad.id):
        store.get(bad.id)
    assert store.get(good.id) == good


# --- not found ----------------------------------------------------------------------------

def test_unknown_ids_raise_not_found(store):
    evaluation = example()
    for call in (lambda: store.get("nope"), lambda: store.save("nope", evaluation, 1),
                 lambda: store.rename("nope", "x", 1), lambda: store.duplicate("nope"),
                 lambda: store.revisions("nope"), lambda: store.revision("nope", 1)):
        with pytest.raises(EvaluationNotFound) as missing:
            call()
        assert missing.value.id == "nope"
    assert store.list() == []


# --- import -------------------------------------------------------------------------------

BAD_FILES = {
    "empty": b"  \n",
    "not json": b"{ this is not json",
    "binary": b"\x89PNG\r\n\x1a\n\x00\x00",
    "wrong schema version": b'{"schema_version": 3, "bank_version": "x", "proposal": "P"}',
    "blank proposal": b'{"schema_version": 1, "bank_version": "x", "proposal": "  "}',
    "unknown question": b'{"schema_version": 1, "bank_version": "x", "proposal": "P", '
                        b'"answers": [{"question": "no.such"}]}',
}


@pytest.mark.parametrize("raw", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_import_of_invalid_json_raises_and_writes_nothing(store, db_file, raw):
    with pytest.raises(EvaluationError) as direct:
        evaluation_from_bytes(raw)
    with pytest.raises(EvaluationError) as imported:
        store.import_file(raw)
    assert str(imported.value) == str(direct.value)  # the loader's message, unchanged
    assert store.list() == []
    assert raw_sql(db_file, "SELECT count(*) FROM evaluation_revisions") == [(0,)]


def test_import_of_an_example_file_stores_it_unchanged(store):
    raw = EXAMPLE_FILES[2].read_bytes()
    saved = store.import_file(raw)
    assert saved.evaluation == evaluation_from_bytes(raw)
    assert store.get(saved.id) == saved


# --- seeding ------------------------------------------------------------------------------

def test_seed_examples_only_fills_an_empty_store(store, tmp_path):
    assert store.seed_examples(EXAMPLES) == len(EXAMPLE_FILES) == 4
    assert store.seed_examples(EXAMPLES) == 0
    assert sorted(s.proposal for s in store.list()) == sorted(example(i).proposal for i in range(4))

    used = Store(f"sqlite:///{tmp_path / 'used.db'}")
    mine = used.create(example(0).model_copy(update={"proposal": "my own"}))
    assert used.seed_examples(EXAMPLES) == 0
    assert [s.id for s in used.list()] == [mine.id]


def test_seeded_examples_are_not_brought_back_after_the_user_deleted_them(store):
    store.seed_examples(EXAMPLES)
    for summary in store.list():
        store.delete(summary.id)
    assert store.seed_examples(EXAMPLES) == 0
    assert store.list() == []


def test_seeded_examples_are_read_only_references_that_the_local_user_can_copy_and_remove(store):
    from store import NotYourEvaluation
    store.seed_examples(EXAMPLES)
    seeded = [store.get(s.id) for s in store.list()]
    assert {s.owner for s in seeded} == {"example"}
    first = seeded[0]
    for actor in ("", "ann@plant.example"):
        with pytest.raises(NotYourEvaluation, match="example evaluations, kept read-only.*Duplicate it"):
            store.save(first.id, first.evaluation.model_copy(update={"notes": "mine"}), first.version, actor=actor)
        with pytest.raises(NotYourEvaluation, match="read-only"):
            store.rename(first.id, "Mine", first.version, actor=actor)
    with pytest.raises(NotYourEvaluation):
        store.delete(first.id, actor="ann@plant.example")  # not a signed-in evaluator's to remove
    assert store.get(first.id) == first and len(store.history(first.id)) == 1
    copy = store.duplicate(first.id)
    assert copy.owner == ""
    assert store.save(copy.id, copy.evaluation.model_copy(update={"notes": "mine"}), copy.version).version == 2
    store.delete(first.id)  # the local user's own library: an example may go
    assert first.id not in {s.id for s in store.list()}


def test_seed_with_one_bad_file_adds_nothing(store, tmp_path):
    folder = tmp_path / "examples"
    folder.mkdir()
    (folder / "good.json").write_bytes(EXAMPLE_FILES[0].read_bytes())
    (folder / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(EvaluationError):
        store.seed_examples(folder)
    assert store.list() == []
    (folder / "bad.json").unlink()
    assert store.seed_examples(folder) == 1


# --- revisions ----------------------------------------------------------------------------

def test_every_saved_version_is_kept_as_a_revision(store):
    first = store.create(example())
    second = store.save(first.id, edited(first.evaluation, "two"), 1)
    third = store.save(first.id, edited(second.evaluation, "three"), 2)
    fourth = store.rename(first.id, "Renamed", 3)
    assert store.revisions(first.id) == [1, 2, 3, 4]
    for saved in (first, second, third, fourth):
        assert store.revision(first.id, saved.version) == saved.evaluation
    store.delete(first.id)
    assert store.revisions(first.id) == [1, 2, 3, 4]  # deleting keeps the history
    assert store.revision(first.id, 3).notes == "three"


# --- duplicate, rename, delete --------------------------------------------------------------

def test_duplicate_and_rename_and_delete(store):
    original = store.create(example())
    name = original.evaluation.proposal

    copy = store.duplicate(original.id)
    assert copy.id != original.id and copy.version == 1
    assert copy.evaluation.proposal == f"{name} (copy)"
    assert copy.evaluation.answers == original.evaluation.answers
    assert store.revisions(copy.id) == [1]

    renamed = store.rename(original.id, "Shortlist A", expected_version=1)
    assert renamed.version == 2 and renamed.evaluation.proposal == "Shortlist A"
    assert store.get(original.id).evaluation.answers == original.evaluation.answers
    assert {s.id: s.proposal for s in store.list()} == {original.id: "Shortlist A", copy.id: f"{name} (copy)"}
    with pytest.raises(StaleEvaluation):
        store.rename(original.id, "Too late", expected_version=1)

    store.delete(original.id)
    store.delete(original.id)  # idempotent: a double click must not crash the page
    with pytest.raises(EvaluationNotFound):
        store.get(original.id)
    assert [s.id for s in store.list()] == [copy.id]


def test_duplicate_is_stamped_now(store):
    original = store.create(example())  # the example file is dated in the past
    copy = store.duplicate(original.id)
    now = datetime.now(timezone.utc)
    assert now - timedelta(seconds=5) <= copy.evaluation.created_at <= now
    assert copy.evaluation.updated_at == copy.evaluation.created_at


def test_rename_to_a_blank_name_is_refused_and_changes_nothing(store):
    original = store.create(example())
    with pytest.raises(EvaluationError, match="proposal"):
        store.rename(original.id, "   ", expected_version=1)
    assert store.get(original.id) == original
    assert store.revisions(original.id) == [1]


# --- transactions ---------------------------------------------------------------------------

def test_a_failed_write_leaves_the_previous_state_intact(store, db_file):
    original = store.create(example())
    # A revision 2 already on disk makes the save's second statement fail after its UPDATE ran.
    raw_sql(db_file, "INSERT INTO evaluation_revisions (evaluation_id, version, json, saved_at) "
                     "VALUES (?, 2, '{}', '2026-01-01 00:00:00')", original.id)
    listed = store.list()
    with pytest.raises(IntegrityError):
        store.save(original.id, edited(original.evaluation, "lost?"), 1)
    assert store.get(original.id) == original
    assert store.list() == listed


# --- configuration ------------------------------------------------------------------------

def test_url_from_environment_variable(monkeypatch, tmp_path):
    from_env = tmp_path / "from_env.db"
    monkeypatch.setenv("WINNOW_DATABASE_URL", f"sqlite:///{from_env}")
    saved = Store().create(example())
    assert from_env.exists()
    assert Store(f"sqlite:///{from_env}").get(saved.id) == saved

    explicit = tmp_path / "explicit.db"
    Store(f"sqlite:///{explicit}").create(example())  # an explicit url wins over the variable
    assert raw_sql(explicit, "SELECT count(*) FROM evaluations") == [(1,)]
    assert raw_sql(from_env, "SELECT count(*) FROM evaluations") == [(1,)]


def test_default_url_is_the_data_folder_of_the_repo(monkeypatch):
    monkeypatch.delenv("WINNOW_DATABASE_URL", raising=False)
    assert default_url() == f"sqlite:///{ROOT / 'data' / 'winnow.db'}"
    monkeypatch.setenv("WINNOW_DATABASE_URL", "  ")
    assert default_url() == f"sqlite:///{ROOT / 'data' / 'winnow.db'}"


def test_missing_folders_for_the_database_file_are_created(tmp_path):
    path = tmp_path / "data" / "nested" / "winnow.db"
    Store(f"sqlite:///{path}").create(example())
    assert path.exists()


def test_sqlite_file_uses_wal_and_a_busy_timeout(store, db_file):
    store.list()
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_in_memory_store_is_one_database_across_threads():
    store = Store("sqlite://")
    created: list[Saved] = []
    thread = threading.Thread(target=lambda: created.append(store.create(example())))
    thread.start()
    thread.join()
    assert store.get(created[0].id) == created[0]
