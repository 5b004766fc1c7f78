"""Documents stored once: a proposal's text is written by the save that brings it, never again;
every version refers to it by hash and every read gives the whole text back."""
from __future__ import annotations

import hashlib
import json
import threading
import time
from datetime import date, datetime, timezone

import pytest
from alembic import command
from sqlalchemy import event, text

from questions import Evaluation, evaluation_from_bytes, load_bank
from questions.models import Document, EvidenceRecord, Round, RoundQuestion
from store import Store
from store.engine import make_engine
from store.schema import alembic_config
from store.texts import Texts
from test_store import EXAMPLE_FILES, example

MB = 1_000_000


def big_text(size: int, seed: str = "") -> str:
    line = f"{seed}The edge gateway reads spindle state over OPC UA every 5 seconds and posts it to SAP PM.\n"
    return (line * (size // len(line) + 1))[:size]


def document(body: str, name: str = "offer.pdf", kind: str = "proposal") -> Document:
    return Document(name=name, kind=kind, format="pdf", pages=1, text=body,
                    sha256=hashlib.sha256(name.encode() + body[:100].encode()).hexdigest())


def with_documents(*documents: Document, index: int = 0) -> Evaluation:
    return example(index).model_copy(update={"documents": list(documents)})


def answered(evaluation: Evaluation, words: str) -> Evaluation:
    """The evaluation with one answer's text changed: what an answer edit on the form saves."""
    first, *rest = evaluation.answers
    return evaluation.model_copy(update={"answers": [first.model_copy(update={"text": words}), *rest]})


def sql(store: Store, query: str, **params) -> list[tuple]:
    with store.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(query), params)]


def stored_texts(store: Store) -> list[tuple[str, int]]:
    return sql(store, "SELECT sha256, size FROM document_texts ORDER BY sha256")


def key(body: str) -> str:
    return hashlib.sha256(body.encode()).hexdigest()


@pytest.fixture
def store(store_url) -> Store:
    return Store(store_url)


# --- stored once, read whole -----------------------------------------------------------------

def test_a_5_mb_document_edited_5_times_is_stored_once_and_every_version_reads_it_whole(store):
    body = big_text(5 * MB)
    saved = store.create(with_documents(document(body)))
    for n in range(5):
        saved = store.save(saved.id, answered(saved.evaluation, f"Downtime of line {n} is not recorded."), saved.version)

    assert stored_texts(store) == [(key(body), 5 * MB)]
    versions = sql(store, "SELECT version, json FROM evaluation_revisions WHERE evaluation_id = :id ORDER BY version",
                   id=saved.id)
    assert [version for version, _ in versions] == [1, 2, 3, 4, 5, 6]
    assert all(len(json_text) < 10_000 for _, json_text in versions)  # each version refers to the text
    (current,) = sql(store, "SELECT json FROM evaluations WHERE id = :id", id=saved.id)
    assert len(current[0]) < 10_000
    assert store.get(saved.id).evaluation.documents[0].text == body
    for version in range(1, 7):
        assert store.revision(saved.id, version).documents[0].text == body
    assert store.revision(saved.id, 6) == store.get(saved.id).evaluation == saved.evaluation


def test_what_the_store_hands_back_equals_what_it_was_given(store):
    evaluation = with_documents(document(big_text(3000)), document("Vibration sensor, 5 kHz.", "sensor.pdf", "datasheet"))
    saved = store.create(evaluation)
    assert saved.evaluation == evaluation == store.get(saved.id).evaluation
    assert all(d.text_sha256 == "" for d in store.get(saved.id).evaluation.documents)  # a storage detail only
    (stored,) = sql(store, "SELECT json FROM evaluations WHERE id = :id", id=saved.id)
    assert [(d["text"], d["text_sha256"]) for d in json.loads(stored[0])["documents"]] == [
        ("", key(d.text)) for d in evaluation.documents]


def test_a_version_read_later_keeps_the_timestamps_it_was_saved_with(store):
    """Stored JSON leaves out answer fields at their default, never a timestamp equal to 'now'."""
    stamp = datetime.now(timezone.utc).replace(microsecond=0)
    fresh = Evaluation(bank_version="2026.11", proposal="Fresh", created_at=stamp, updated_at=stamp,
                       documents=[Document(name="a.txt", text="x", added_at=stamp)])
    saved = store.create(fresh)
    edited = store.save(saved.id, answered(example(), "y").model_copy(update={"documents": fresh.documents}), 1)
    time.sleep(1.1)
    assert store.get(saved.id).evaluation == edited.evaluation
    assert store.revision(saved.id, 1) == fresh and store.revision(saved.id, 1).documents[0].added_at == stamp


def test_two_evaluations_with_the_same_document_share_one_stored_text(store):
    body = big_text(200_000)
    first = store.create(with_documents(document(body), index=0))
    second = store.create(with_documents(document(body, name="same offer.pdf"), index=1))
    copy = store.duplicate(first.id)
    assert stored_texts(store) == [(key(body), len(body))]
    assert [store.get(s.id).evaluation.documents[0].text for s in (first, second, copy)] == [body] * 3


def test_a_joined_evaluation_shares_the_proposals_text(store):
    body = big_text(100_000)
    first = store.create(with_documents(document(body)), owner="ann@plant.example")
    joined = store.join(first.id, evaluator="Kim", owner="kim@plant.example")
    assert joined.evaluation.documents[0].text == body
    assert [s.evaluation.documents[0].text for s in store.group(first.id)] == [body, body]
    assert len(stored_texts(store)) == 1


def test_removing_a_document_keeps_its_text_for_the_history(store):
    offer, sheet = document(big_text(50_000)), document("Vibration sensor, 5 kHz.", "sensor.pdf", "datasheet")
    saved = store.create(with_documents(offer, sheet))
    saved = store.save(saved.id, saved.evaluation.model_copy(update={"documents": [sheet]}), saved.version)
    assert [d.name for d in store.get(saved.id).evaluation.documents] == ["sensor.pdf"]
    assert store.revision(saved.id, 1).documents == [offer, sheet]
    assert len(stored_texts(store)) == 2


def test_a_renamed_evaluation_keeps_its_documents_text(store):
    body = big_text(20_000)
    saved = store.create(with_documents(document(body)))
    renamed = store.rename(saved.id, "Renamed offer", saved.version)
    assert renamed.evaluation.documents[0].text == body == store.get(saved.id).evaluation.documents[0].text


def test_bulk_created_evaluations_store_their_texts_apart(store):
    ids = store.bulk_create([with_documents(document(big_text(30_000)), index=i) for i in range(3)])
    assert len(stored_texts(store)) == 1
    assert all(store.get(i).evaluation.documents[0].text == big_text(30_000) for i in ids)


def test_seeded_examples_store_their_texts_apart_and_read_back_as_the_files(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'seeded.db'}")
    assert store.seed_examples(EXAMPLE_FILES[0].parent) == len(EXAMPLE_FILES)
    assert all(d["text"] == "" for (j,) in sql(store, "SELECT json FROM evaluations") for d in json.loads(j)["documents"])
    files = {e.proposal: e for e in (evaluation_from_bytes(p.read_bytes()) for p in EXAMPLE_FILES)}
    assert all(store.get(s.id).evaluation == files[s.proposal] for s in store.list())


def test_a_text_holding_nul_is_kept_exactly_on_every_database(store):
    body = "page one\x00page two\f\u202e reversed \U0001F600"
    saved = store.create(with_documents(document(body)))
    assert store.get(saved.id).evaluation.documents[0].text == body
    assert stored_texts(store) == [(key(body), len(body.encode()))]


def test_an_imported_file_cannot_reach_a_stored_text_by_its_hash(store):
    secret = "Our price to the other buyer is 41,000 EUR."
    store.create(with_documents(document(secret)), owner="ann@plant.example")
    forged = with_documents(document("x").model_copy(update={"text": "", "text_sha256": key(secret)}), index=1)
    imported = store.import_file(forged.model_dump_json().encode(), owner="eve@plant.example")
    assert store.get(imported.id).evaluation.documents[0].text == ""


# --- two writers, one text -------------------------------------------------------------------

def test_concurrent_saves_adding_the_same_text_both_succeed(tmp_path):
    url = f"sqlite:///{tmp_path / 'winnow.db'}"
    body = big_text(300_000, seed="shared ")
    ids = [Store(url).create(example(i)).id for i in range(4)]
    stores, barrier, failures = [Store(url) for _ in ids], threading.Barrier(len(ids)), []

    def add(store: Store, id: str) -> None:
        saved = store.get(id)
        barrier.wait()
        try:
            store.save(id, saved.evaluation.model_copy(update={"documents": [document(body)]}), saved.version)
        except Exception as error:  # noqa: BLE001 - reported below
            failures.append(repr(error))

    threads = [threading.Thread(target=add, args=pair) for pair in zip(stores, ids)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert [k for k, _ in stored_texts(stores[0])].count(key(body)) == 1
    assert all(Store(url).get(id).evaluation.documents[0].text == body for id in ids)


def test_a_text_another_writer_stored_after_the_check_is_no_conflict(store, monkeypatch):
    """The race itself: the text was absent when checked, then another writer inserted it first."""
    body = big_text(10_000)
    first = store.create(with_documents(document(body)))
    monkeypatch.setattr(Texts, "_stored", staticmethod(lambda session, keys: set()))
    second = store.create(with_documents(document(body), index=1))
    assert store.get(second.id).evaluation.documents[0].text == body == store.get(first.id).evaluation.documents[0].text
    assert len(stored_texts(store)) == 1


# --- the audit trail -------------------------------------------------------------------------

def test_adding_a_document_is_audited_by_name_kind_and_hash_never_its_text(store):
    body = big_text(2 * MB)
    saved = store.create(example())
    sheet = document(body, "datasheet.pdf", "datasheet")
    saved = store.save(saved.id, saved.evaluation.model_copy(update={"documents": [*saved.evaluation.documents, sheet]}),
                       saved.version)
    (entry,) = [e for e in store.history(saved.id) if e.field == "documents"]
    assert (entry.before, entry.after) == (None, f"added datasheet.pdf (datasheet, {sheet.sha256[:12]})")
    sizes = sql(store, "SELECT length(coalesce(before, '')) + length(coalesce(after, '')) FROM audit_trail")
    assert max(size for (size,) in sizes) < 500
    store.save(saved.id, saved.evaluation.model_copy(update={"documents": []}), saved.version)
    assert store.history(saved.id)[-1].after.startswith("removed Proposal text (proposal, ")


def test_evidence_records_and_rounds_are_audited_as_one_short_line(store):
    saved = store.create(example())
    record = EvidenceRecord(id="r1", kind="demo", on=date(2026, 11, 12), what="x" * 5000,
                            questions=[saved.evaluation.answers[0].question])
    round_ = Round(number=1, sent_at=date(2026, 11, 3),
                   questions=[RoundQuestion(id="1.1", text="y" * 5000, topic="integration")])
    records = [*saved.evaluation.evidence_records, record]
    saved = store.save(saved.id, saved.evaluation.model_copy(update={"evidence_records": records, "rounds": [round_]}),
                       saved.version)
    replied = round_.model_copy(update={"reply_document": "reply.pdf"})
    store.save(saved.id, saved.evaluation.model_copy(update={"rounds": [replied]}), saved.version)
    lines = [(e.field, e.after) for e in store.history(saved.id) if e.field in ("evidence_records", "rounds")]
    assert lines == [("evidence_records", "added record r1 (demo, 2026-11-12)"),
                     ("rounds", "added round 1 (1 questions)"),
                     ("rounds", "changed round 1 (1 questions, reply reply.pdf)")]


# --- what does not read the texts ------------------------------------------------------------

def test_rescoring_the_library_never_reads_a_document_text(store_url):
    Store(store_url).bulk_create([with_documents(document(big_text(40_000, seed=str(i))), index=i % 4)
                                  for i in range(6)])
    newer = Store(store_url, bank=load_bank().model_copy(update={"version": "next"}))
    statements = []
    event.listen(newer.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    assert all(row.score is not None for row in newer.page().rows)  # the first use re-scores every row
    assert [s for s in statements if s.startswith("UPDATE evaluations")]
    assert not [s for s in statements if "document_texts" in s]


# --- a database from before ------------------------------------------------------------------

def at_0004(url: str):
    """A database as the release before this change left it: migrated to 0004, texts in the JSON."""
    engine = make_engine(url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0004")
    return engine


def insert_old_row(engine, id: str, evaluation: Evaluation, versions: int = 2) -> None:
    body = evaluation.model_dump_json()
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO evaluations (id, version, proposal, vendor, evaluator, json, updated_at, "
                                "owner, group_id) VALUES (:id, :version, :proposal, '', '', :json, CURRENT_TIMESTAMP, "
                                "'', :id)"), dict(id=id, version=versions, proposal=evaluation.proposal, json=body))
        for version in range(1, versions + 1):
            connection.execute(text("INSERT INTO evaluation_revisions (evaluation_id, version, json, saved_at) "
                                    "VALUES (:id, :version, :json, CURRENT_TIMESTAMP)"),
                               dict(id=id, version=version, json=body))


def test_the_upgrade_moves_an_existing_databases_texts_into_the_table_once(store_url):
    engine = at_0004(store_url)
    body = big_text(1 * MB, seed="old ")
    old = {"old1": with_documents(document(body), index=0), "old2": with_documents(document(body), index=1),
           "old3": with_documents(document("A short datasheet.", "sheet.txt", "datasheet"), index=2)}
    for id, evaluation in old.items():
        insert_old_row(engine, id, evaluation)
    engine.dispose()

    store = Store(store_url)
    for id, evaluation in old.items():
        assert store.get(id).evaluation == evaluation
        assert store.revision(id, 1) == evaluation  # the history as saved, texts and all
    assert stored_texts(store) == sorted([(key(body), len(body)), (key("A short datasheet."), 18)])
    current = [j for (j,) in sql(store, "SELECT json FROM evaluations")]
    assert all(d["text"] == "" and d["text_sha256"] for j in current for d in json.loads(j)["documents"])
    revision = sql(store, "SELECT json FROM evaluation_revisions WHERE evaluation_id = 'old1' AND version = 1")
    assert json.loads(revision[0][0])["documents"][0]["text"] == body  # history is never rewritten
    again = store.save("old1", answered(store.get("old1").evaluation, "after the upgrade"), 2)
    assert store.revision("old1", 3).documents[0].text == body == again.evaluation.documents[0].text
    assert [e.field for e in store.history("old1")] == ["text"]  # the edit only: no document 'changed'
