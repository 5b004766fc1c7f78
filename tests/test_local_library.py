"""The library's pages of a local database read with sqlite3 (store/local.py) are the Store's pages:
the same rows, order, counts and search, on the same database."""
from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from sqlalchemy import text

from questions import Evaluation, evaluation_from_bytes
from store import Store, local

EXAMPLE_FILES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.json"))
NAMES = ["Press line 7: 100% OEE", "press_line retrofit", "Boiler\\feed pump", "ANDON boards", "Andon boards, phase 2",
         "Café scheduling", "Dock doors", "dock Doors (copy)", "Uptime 5 percent", "Kiln sensors"]
VENDORS = ["Acme Sensorics", "optiline", "NORDWERK", "Ölwerk GmbH"]
SEARCHES = ["", "press", "PRESS", "100%", "%", "_", "s_r", "\\", "r\\f", "andon", "café", "CAFÉ", "ölwerk",
            "nordwerk", "Kim", "nothing like this", "  dock  "]


def example(index: int, **changes) -> Evaluation:
    return evaluation_from_bytes(EXAMPLE_FILES[index % 4].read_bytes()).model_copy(update=changes)


@pytest.fixture
def both(tmp_path) -> tuple[Store, local.Library]:
    """One SQLite database: 40 evaluations with repeated names and scores, two unscored, one saved later."""
    store = Store(f"sqlite:///{tmp_path / 'w.db'}")
    ids = store.bulk_create([example(i, proposal=NAMES[i % len(NAMES)], vendor=VENDORS[i % len(VENDORS)],
                                     evaluator="Kim Lee" if i % 7 == 0 else f"Evaluator {i % 3}")
                             for i in range(40)])
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE evaluations SET score = NULL, gaps = NULL WHERE id IN (:a, :b)"),
                           {"a": ids[3], "b": ids[17]})
    store.rename(ids[5], "Renamed later", expected_version=1)  # a newer updated_at than the rest
    return store, local.Library(tmp_path / "w.db")


@pytest.mark.parametrize("sort", local.SORTS)
def test_every_sort_both_ways_gives_the_stores_rows_in_the_stores_order(both, sort):
    store, library = both
    for descending in (True, False):
        assert library.page(sort=sort, descending=descending, limit=100) == \
            store.page(sort=sort, descending=descending, limit=100)


def test_searches_give_the_stores_rows_and_counts_wildcards_and_case_included(both):
    store, library = both
    for search, sort in itertools.product(SEARCHES, ("updated_at", "score", "proposal")):
        assert library.page(search=search, sort=sort) == store.page(search=search, sort=sort), search


def test_pages_of_every_size_cover_the_same_rows_as_the_stores(both):
    store, library = both
    for limit, descending in itertools.product((1, 7, 25, 50), (True, False)):
        for offset in range(0, 45, limit):
            query = dict(sort="score", descending=descending, offset=offset, limit=limit)
            assert library.page(**query) == store.page(**query)
    assert library.page(offset=100).rows == [] and library.page(offset=100).total == 40


def test_unscored_rows_come_last_both_ways(both):
    _, library = both
    for descending in (True, False):
        assert [r.score is None for r in library.page(sort="score", descending=descending, limit=100).rows][-2:] == \
            [True, True]


def test_a_wrong_sort_or_a_negative_offset_is_refused_as_the_store_refuses_it(both):
    _, library = both
    with pytest.raises(ValueError, match="'json'.*updated_at, proposal, vendor"):
        library.page(sort="json")
    with pytest.raises(ValueError, match="negative"):
        library.page(offset=-1)


@pytest.mark.parametrize("url, path", [
    ("", local.DEFAULT), ("sqlite:///data/team.db", Path("data/team.db")), ("sqlite:////srv/w.db", Path("/srv/w.db")),
    ("sqlite://", None), ("sqlite:///:memory:", None), ("sqlite:///file:w.db?mode=memory&uri=true", None),
    ("postgresql://winnow@db/winnow", None)])
def test_only_a_local_database_file_is_read_with_sqlite3(url, path):
    assert local.path_of(url) == path
