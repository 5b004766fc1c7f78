"""The store and the app on PostgreSQL behave as on SQLite: URLs, text PostgreSQL cannot hold, writers in turn."""
from __future__ import annotations

import threading
import time

from sqlalchemy import text
from streamlit.testing.v1 import AppTest

from kit import shown
from paths import EXAMPLES, ROOT
from questions import load_evaluation
from store import Store
from store.engine import WRITE


def example():
    return load_evaluation(next(iter(EXAMPLES.values())))


def test_a_plain_postgresql_url_is_served_by_psycopg_3(postgres_url):
    for scheme in ("postgresql://", "postgres://"):
        store = Store(postgres_url.replace("postgresql+psycopg://", scheme))
        assert store.engine.dialect.driver == "psycopg"
        saved = store.create(example())
        assert store.get(saved.id) == saved


def test_the_test_server_listens_on_localhost_only(postgres_url):
    with Store(postgres_url).engine.connect() as connection:
        assert connection.execute(text("SHOW listen_addresses")).scalar() == "127.0.0.1"


def test_a_nul_character_in_a_name_saves_and_the_json_keeps_it(store_url):
    store = Store(store_url)
    named = example().model_copy(update={"proposal": "Line\x00Monitor", "vendor": "Acme\x00", "notes": "a\x00b"})
    saved = store.create(named)
    assert store.get(saved.id).evaluation == named  # the JSON is exact on both backends
    again = store.save(saved.id, named.model_copy(update={"vendor": "\x00Acme"}), saved.version)
    assert store.get(saved.id) == again
    [listed] = store.list()
    assert listed.proposal in ("Line\x00Monitor", "Line\ufffdMonitor")  # PostgreSQL text holds no NUL


def test_a_write_waits_for_another_open_write_transaction(store_url):
    store = Store(store_url)
    saved = store.create(example())
    holding, finished = threading.Event(), []

    def hold_the_write_lock() -> None:
        with store.engine.execution_options(**{WRITE: True}).begin():
            holding.set()
            time.sleep(0.6)
            finished.append(time.perf_counter())  # just before this transaction commits

    thread = threading.Thread(target=hold_the_write_lock)
    thread.start()
    holding.wait(10)
    Store(store_url).rename(saved.id, "renamed while another writer held the lock", saved.version)
    renamed_at = time.perf_counter()
    thread.join()
    assert finished and renamed_at > finished[0]  # the rename finished only after the other commit
    assert store.get(saved.id).version == 2


def test_the_app_fills_a_new_postgresql_database_and_shows_a_scorecard(postgres_url, monkeypatch):
    monkeypatch.setenv("WINNOW_DATABASE_URL", postgres_url.replace("postgresql+psycopg://", "postgresql://"))
    library = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    library.run()
    assert not library.exception, library.exception
    seeded = {summary.proposal: summary.id for summary in Store(postgres_url).list()}
    assert len(seeded) == len(EXAMPLES)

    name, id = sorted(seeded.items())[0]
    scorecard = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    scorecard.query_params["id"] = id
    scorecard.run()
    scorecard.switch_page("views/scorecard.py").run()
    assert not scorecard.exception, scorecard.exception
    assert name in shown(scorecard)
