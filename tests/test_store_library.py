"""The library's storage: headline figures stored on every write, re-scored after a bank change,
and a page of the library read from columns alone (searched, sorted, counted)."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from questions import Evaluation, evaluation_from_bytes, load_bank
from scoring.engine import rules_id
from scoring.headline import headline
from store import Store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.json"))


def example(index: int = 0, **changes) -> Evaluation:
    return evaluation_from_bytes(EXAMPLE_FILES[index].read_bytes()).model_copy(update=changes)


@pytest.fixture
def store(store_url) -> Store:
    return Store(store_url)


def figures(summary) -> tuple:
    return summary.score, summary.claimed_scope, summary.delivered_scope, summary.gaps, summary.flags


def expected(evaluation: Evaluation, bank=None) -> tuple:
    h = headline(evaluation, bank or load_bank())
    return h.overall, h.claimed_scope, h.delivered_scope, h.gaps, h.flags


def headline_banks(store: Store) -> dict[str, str | None]:
    with store.engine.connect() as connection:
        return dict(connection.execute(text("SELECT id, headline_bank FROM evaluations")).all())


def by_id(store: Store) -> dict:
    return {row.id: row for row in store.page(limit=1000).rows}


# --- headline columns -----------------------------------------------------------------------

def test_every_way_of_writing_an_evaluation_stores_its_scorecard_headline(store):
    created = store.create(example(0))
    imported = store.import_file(EXAMPLE_FILES[2].read_bytes())
    duplicated = store.duplicate(created.id)
    (bulk,) = store.bulk_create([example(3)])
    rows = by_id(store)
    assert figures(rows[created.id]) == expected(example(0))
    assert figures(rows[imported.id]) == expected(example(2))
    assert figures(rows[duplicated.id]) == expected(duplicated.evaluation)
    assert figures(rows[bulk]) == expected(example(3))
    assert set(headline_banks(store).values()) == {rules_id(load_bank())}


def test_saving_new_answers_updates_the_stored_headline(store):
    weak = store.create(example(0))
    strong = example(1)
    saved = store.save(weak.id, weak.evaluation.model_copy(update={"answers": strong.answers}), weak.version)
    assert expected(saved.evaluation) != expected(weak.evaluation)  # the test would prove nothing otherwise
    assert figures(by_id(store)[weak.id]) == expected(saved.evaluation)
    renamed = store.rename(weak.id, "Renamed", saved.version)
    assert figures(by_id(store)[weak.id]) == expected(renamed.evaluation)


def test_seeded_examples_carry_their_headlines(store):
    store.seed_examples(EXAMPLES)
    assert sorted(figures(row) for row in store.page().rows) == sorted(expected(example(i)) for i in range(4))


def test_list_still_lists_every_evaluation_with_its_headline(store):
    first = store.create(example(0))
    second = store.create(example(1))
    assert [s.id for s in store.list()] == [second.id, first.id]
    assert figures(store.list()[1]) == expected(example(0))


# --- refresh after a bank change --------------------------------------------------------------

def test_a_new_bank_version_rescores_every_row_once_on_start(store_url):
    old = Store(store_url)
    ids = old.bulk_create([example(i % 4) for i in range(12)])
    newer = load_bank().model_copy(update={"version": "2099-01-test"})
    store = Store(store_url, bank=newer)
    store.list()  # the first use starts the store: it migrates and refreshes
    assert set(headline_banks(store).values()) == {rules_id(newer)}
    assert store.refresh_headlines() == 0  # nothing left to do
    back = Store(store_url, bank=load_bank())
    back.list()
    assert set(headline_banks(store).values()) == {rules_id(load_bank())}
    assert {id: figures(row) for id, row in by_id(back).items()} == {
        id: expected(example(i % 4)) for i, id in enumerate(ids)}


def test_a_weight_changed_in_the_bank_without_a_new_version_rescores_the_library(store_url):
    ids = Store(store_url).bulk_create([example(i) for i in range(4)])
    bank = load_bank()
    heavier = bank.model_copy(update={"sections": [s.model_copy(update={"weight": s.weight * 2}) if i == 0 else s
                                                   for i, s in enumerate(bank.sections)]})
    assert heavier.version == bank.version  # the expert edited bank.yaml and kept its version
    store = Store(store_url, bank=heavier)
    rows = by_id(store)
    assert {id: figures(rows[id]) for id in ids} == {id: expected(example(i), heavier) for i, id in enumerate(ids)}
    assert any(expected(example(i), heavier) != expected(example(i)) for i in range(4))  # else it proves nothing


def test_refresh_leaves_alone_a_row_saved_while_it_was_scoring(store_url, monkeypatch):
    ids = Store(store_url).bulk_create([example(0), example(0)])
    other = Store(store_url, bank=load_bank())  # a second process, still on the old bank
    other.list()
    import store.headlines as headlines_module
    real, calls = headlines_module.many_headline_columns, []

    def a_save_lands_meanwhile(evaluations, bank):
        if not calls:
            saved = other.get(ids[0])
            other.save(ids[0], saved.evaluation.model_copy(update={"answers": example(1).answers}), saved.version)
        calls.append(len(evaluations))
        return real(evaluations, bank)

    monkeypatch.setattr(headlines_module, "many_headline_columns", a_save_lands_meanwhile)
    refresher = Store(store_url, bank=load_bank().model_copy(update={"version": "2099-02-test"}))
    refresher.list()  # starts: refreshes both rows, but one was saved in between
    assert calls == [2]
    banks = headline_banks(refresher)
    assert (banks[ids[0]], banks[ids[1]]) == (rules_id(load_bank()), rules_id(refresher.bank))
    assert figures(by_id(refresher)[ids[0]]) == expected(other.get(ids[0]).evaluation)  # not the stale figures


def test_an_unreadable_row_does_not_stop_the_refresh(store_url):
    store = Store(store_url)
    bad, good = store.bulk_create([example(0), example(1)])
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE evaluations SET json = '{' WHERE id = :id"), {"id": bad})
    newer = Store(store_url, bank=load_bank().model_copy(update={"version": "2099-03-test"}))
    newer.list()
    assert headline_banks(newer) == {bad: rules_id(load_bank()), good: rules_id(newer.bank)}
    assert newer.refresh_headlines() == 0  # it tries the unreadable row again, and moves on


# --- page --------------------------------------------------------------------------------------

def test_page_never_reads_the_evaluation_json(store):
    ids = store.bulk_create([example(i) for i in range(4)])
    scores = {id: figures(row) for id, row in by_id(store).items()}
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE evaluations SET json = 'not json'"))
    page = store.page(sort="score")
    assert page.total == 4 and {row.id: figures(row) for row in page.rows} == scores
    assert [row.score for row in page.rows] == sorted((s[0] for s in scores.values()), reverse=True)
    assert set(ids) == {row.id for row in page.rows}


def test_page_is_newest_first_and_counts_every_match(store):
    ids = [store.create(example(i % 4, proposal=f"P{i}")).id for i in range(7)]
    first = store.page(limit=3)
    second = store.page(offset=3, limit=3)
    last = store.page(offset=6, limit=3)
    assert (first.total, second.total, last.total) == (7, 7, 7)
    assert [r.id for r in first.rows + second.rows + last.rows] == ids[::-1]
    assert store.page(offset=10).rows == []


def test_search_matches_proposal_vendor_or_evaluator_ignoring_case(store):
    a = store.create(example(0, proposal="Line Dashboard", vendor="Acme", evaluator="Kim"))
    b = store.create(example(1, proposal="Loop", vendor="Dashco GmbH", evaluator="Lee"))
    c = store.create(example(2, proposal="Predict", vendor="Other", evaluator="dash Ops"))
    store.create(example(3, proposal="Cloud", vendor="Nimbus", evaluator="Sam"))
    assert {r.id for r in store.page(search="DASH").rows} == {a.id, b.id, c.id}
    assert store.page(search="  kim ").total == 1
    assert store.page(search="nothing like it").total == 0


def test_search_takes_percent_underscore_and_backslash_literally(store):
    percent = store.create(example(0, proposal="Uptime +5% guaranteed"))
    under = store.create(example(1, proposal="line_3 retrofit"))
    slash = store.create(example(2, proposal="OT\\IT bridge"))
    store.create(example(3, proposal="Uptime 5 percent, line 3"))
    assert [r.id for r in store.page(search="5%").rows] == [percent.id]
    assert [r.id for r in store.page(search="e_3").rows] == [under.id]
    assert [r.id for r in store.page(search="T\\I").rows] == [slash.id]
    assert store.page(search="%").total == 1


@pytest.mark.parametrize("sort", ["proposal", "vendor", "evaluator", "score", "gaps", "delivered_scope"])
def test_page_sorts_by_a_column_both_ways_with_ties_broken_by_id(store, sort):
    store.bulk_create([example(i % 4, proposal=f"P{i % 3}", vendor=f"V{i % 5}", evaluator=f"E{i % 2}")
                       for i in range(12)])
    rows = store.page(sort=sort, descending=False).rows
    keys = [(getattr(r, sort), r.id) for r in rows]
    assert keys == sorted(keys)
    assert store.page(sort=sort, descending=True).rows == rows[::-1]


def test_sorting_by_an_unknown_column_names_the_allowed_ones(store):
    with pytest.raises(ValueError, match="'json'.*updated_at, proposal, vendor"):
        store.page(sort="json")
    with pytest.raises(ValueError, match="negative"):
        store.page(offset=-1)


def test_unscored_rows_sort_last_both_ways(store):
    scored = store.create(example(1))
    unscored = store.create(example(0))
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE evaluations SET score = NULL WHERE id = :id"), {"id": unscored.id})
    assert [r.id for r in store.page(sort="score").rows] == [scored.id, unscored.id]
    assert [r.id for r in store.page(sort="score", descending=False).rows] == [scored.id, unscored.id]


def test_page_can_be_limited_to_chosen_ids(store):
    ids = store.bulk_create([example(i % 4) for i in range(6)])
    chosen = store.page(ids=[ids[1], ids[4], "no-such-id"], sort="updated_at")
    assert chosen.total == 2 and {r.id for r in chosen.rows} == {ids[1], ids[4]}
    assert store.page(ids=[]).total == 0


def test_the_default_page_walks_an_index_instead_of_sorting_every_row(store, store_url):
    if not store_url.startswith("sqlite"):
        pytest.skip("reads SQLite's query plan")
    store.bulk_create([example(i % 4) for i in range(50)])
    with store.engine.connect() as connection:
        plan = " ".join(row[-1] for row in connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM evaluations ORDER BY updated_at DESC, id DESC LIMIT 50"))
    assert "ix_evaluations_updated_at_id" in plan and "TEMP B-TREE" not in plan


# --- bulk create ---------------------------------------------------------------------------------

def test_bulk_create_stores_each_evaluation_as_create_would(store):
    evaluations = [example(i % 4, proposal=f"Bulk {i}") for i in range(9)]
    ids = store.bulk_create(evaluations)
    assert len(set(ids)) == 9
    for id, evaluation in zip(ids, evaluations):
        assert store.get(id).evaluation == evaluation
        assert store.revisions(id) == [1]
    assert store.bulk_create([]) == []


def test_bulk_create_with_one_invalid_evaluation_writes_nothing(store):
    bad = example(0).model_copy(update={"proposal": " "})  # model_copy skips validation
    with pytest.raises(ValueError, match="proposal"):
        store.bulk_create([example(1), bad])
    assert store.page().total == 0
