"""Team storage: each evaluator's own evaluation of a proposal, only the owner changes it,
comment threads per question, and an append-only audit trail of every change."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError

from questions import Answer, Evaluation, evaluation_from_bytes
from questions.models import Integration, Measure
from store import EvaluationNotFound, NotYourEvaluation, StaleEvaluation, Store

EXAMPLE_FILES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.json"))
ANN, BOB = "ann@plant.example", "bob@plant.example"


def example(index: int = 1, **changes) -> Evaluation:
    return evaluation_from_bytes(EXAMPLE_FILES[index].read_bytes()).model_copy(update=changes)


@pytest.fixture
def store(store_url) -> Store:
    return Store(store_url)


def with_answer(evaluation: Evaluation, answer: Answer) -> Evaluation:
    others = [a for a in evaluation.answers if a.question != answer.question]
    return evaluation.model_copy(update={"answers": [*others, answer]})


def trail(store: Store, id: str, question: str | None = None) -> list[tuple]:
    return [(e.version, e.actor, e.question, e.field, e.before, e.after) for e in store.history(id, question)]


# --- owner and group ------------------------------------------------------------------------------

def test_a_new_evaluation_is_its_own_group_and_belongs_to_whoever_created_it(store):
    mine = store.create(example(), owner=ANN)
    local = store.create(example())
    assert (mine.owner, mine.group_id) == (ANN, mine.id)
    assert (local.owner, local.group_id) == ("", local.id)
    assert store.get(mine.id) == mine
    rows = {row.id: (row.owner, row.group_id) for row in store.page().rows}
    assert rows == {mine.id: (ANN, mine.id), local.id: ("", local.id)}


def test_joining_gives_an_evaluator_their_own_unanswered_evaluation_of_the_same_proposal(store):
    first = store.create(example(1, claimed_scope=3), owner=ANN)
    joined = store.join(first.id, evaluator=f"Bob Berg ({BOB})", owner=BOB)
    assert joined.id != first.id and joined.group_id == first.id and joined.owner == BOB
    assert joined.version == 1 and joined.evaluation.answers == []
    assert joined.evaluation.evaluator == f"Bob Berg ({BOB})"
    for field in ("proposal", "vendor", "labels", "claimed_scope", "proposal_text"):
        assert getattr(joined.evaluation, field) == getattr(first.evaluation, field), field
    assert first.evaluation.answers and first.evaluation.proposal_text  # copying them would show


def test_joining_again_returns_the_evaluation_the_owner_already_has(store):
    first = store.create(example(), owner=ANN)
    joined = store.join(first.id, evaluator="Bob", owner=BOB)
    assert store.join(first.id, evaluator="Bob again", owner=BOB) == joined
    assert store.join(joined.id, evaluator="Bob", owner=BOB) == joined  # through any member of the group
    assert store.join(first.id, evaluator="Ann", owner=ANN) == first
    assert len(store.group(first.id)) == 2


def test_many_tabs_joining_at_once_make_one_evaluation(store):
    first = store.create(example(), owner=ANN)
    results, errors = [], []

    def join() -> None:
        try:
            results.append(store.join(first.id, evaluator="Bob", owner=BOB).id)
        except Exception as error:  # noqa: BLE001 - asserted below
            errors.append(error)

    threads = [threading.Thread(target=join) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == [] and len(set(results)) == 1
    assert [s.owner for s in store.group(first.id)] == [ANN, BOB]


def test_group_lists_every_evaluators_evaluation_the_first_one_first(store):
    first = store.create(example(), owner=ANN)
    zed = store.join(first.id, evaluator="Zed", owner="zed@plant.example")
    bob = store.join(first.id, evaluator="bob", owner=BOB)
    store.create(example(2), owner=BOB)  # another proposal: not in the group
    assert [s.id for s in store.group(zed.id)] == [first.id, bob.id, zed.id]
    store.delete(first.id, actor=ANN)
    assert [s.id for s in store.group(bob.id)] == [bob.id, zed.id]
    with pytest.raises(EvaluationNotFound):
        store.group("no-such-id")


def test_only_the_owner_can_save_rename_or_delete_and_a_refusal_writes_nothing(store):
    mine = store.create(example(), owner=ANN)
    history = store.history(mine.id)
    changed = mine.evaluation.model_copy(update={"notes": "Bob was here"})
    for actor in (BOB, ""):
        for attempt in (lambda: store.save(mine.id, changed, mine.version, actor=actor),
                        lambda: store.rename(mine.id, "Bob's name", mine.version, actor=actor),
                        lambda: store.delete(mine.id, actor=actor)):
            with pytest.raises(NotYourEvaluation) as refused:
                attempt()
            assert ANN in str(refused.value) and refused.value.owner == ANN and refused.value.actor == actor
    assert store.get(mine.id) == mine
    assert store.revisions(mine.id) == [1] and store.history(mine.id) == history
    assert store.save(mine.id, changed, mine.version, actor=ANN).version == 2


def test_the_local_users_evaluations_can_be_changed_without_signing_in(store):
    local = store.create(example())
    saved = store.save(local.id, local.evaluation.model_copy(update={"notes": "n"}), local.version)
    assert store.rename(local.id, "Renamed", saved.version, actor=BOB).version == 3
    store.delete(local.id)
    with pytest.raises(EvaluationNotFound):
        store.get(local.id)


def test_a_copy_belongs_to_whoever_made_it(store):
    anns = store.create(example(), owner=ANN)
    copy = store.duplicate(anns.id, owner=BOB)
    assert (copy.owner, copy.group_id) == (BOB, copy.id)


# --- comments ---------------------------------------------------------------------------------------

def test_comments_come_back_oldest_first_with_their_text_exactly_as_written(store):
    first = store.create(example(), owner=ANN)
    joined = store.join(first.id, evaluator="Bob", owner=BOB)
    hostile = "<script>alert('x')</script> & **bold**\nsecond line \u202e"
    a = store.comment(first.group_id, "data.captured", ANN, "Which PLC tags exactly?")
    b = store.comment(joined.group_id, "data.captured", BOB, hostile)
    c = store.comment(first.group_id, "", BOB, "Overall: ask for a reference visit.")
    assert store.comments(first.group_id) == [a, b, c]
    assert store.comments(first.group_id, "data.captured") == [a, b]
    assert store.comments(first.group_id, "") == [c]
    assert b.text == hostile and b.author == BOB and b.question == "data.captured"
    assert a.at <= b.at <= c.at and a.at.tzinfo is not None
    assert Store(store.engine.url.render_as_string(hide_password=False)).comments(first.group_id) == [a, b, c]


def test_a_comment_without_text_or_on_an_unknown_question_or_proposal_is_refused(store):
    first = store.create(example())
    for question, body, message in (("data.captured", "  \n", "empty"), ("no.such", "text", "no.such"),
                                    ("data.captured", "x" * 20_001, "at most")):
        with pytest.raises(ValueError, match=message):
            store.comment(first.group_id, question, ANN, body)
    with pytest.raises(EvaluationNotFound):
        store.comment("no-such-group", "", ANN, "hello")
    assert store.comments(first.group_id) == [] and store.comments("no-such-group") == []


# --- audit trail ------------------------------------------------------------------------------------

def test_creating_records_who_created_it(store):
    mine = store.create(example(), owner=ANN)
    (entry,) = store.history(mine.id)
    assert (entry.version, entry.actor, entry.question, entry.field, entry.before, entry.after) == (
        1, ANN, "", "created", None, mine.evaluation.proposal)
    assert entry.at.tzinfo is not None


def test_saving_records_one_row_per_changed_answer_field_from_what_to_what(store):
    first = store.create(example(1))
    old = first.evaluation.answer("problem.statement")
    edited = with_answer(first.evaluation, old.model_copy(update={"text": "38 h/month on lines 1-3", "evidence": "proven"}))
    edited = with_answer(edited, Answer(question="data.history", choices=["years_exportable", "months"]))
    store.save(first.id, edited, first.version)
    assert trail(store, first.id)[1:] == [
        (2, "", "problem.statement", "evidence", old.evidence, "proven"),
        (2, "", "problem.statement", "text", old.text, "38 h/month on lines 1-3"),
        (2, "", "data.history", "evidence", "specific", "vendor_claim"),
        (2, "", "data.history", "choices", ["years_exportable"], ["years_exportable", "months"]),
    ]


def test_every_answer_field_is_audited_including_new_ones_like_drafted_and_reviewed(store):
    first = store.create(Evaluation(bank_version="2026.11", proposal="P"))
    full = Answer(question="decision.kpi", evidence="demonstrated", choices=["minutes"], text="t",
                  measure=Measure(metric="Downtime", unit="h", baseline=38, target=25),
                  integrations=[Integration(system="maintenance", direction="both")], quotes=["q"],
                  drafted=True, reviewed=True, suggested=["hours"], accepted=["minutes"])
    store.save(first.id, with_answer(first.evaluation, full), first.version)
    audited = {e.field for e in store.history(first.id, "decision.kpi")}
    assert audited == set(Answer.model_fields) - {"question"}
    kpi = {e.field: e.after for e in store.history(first.id, "decision.kpi")}
    assert kpi["measure"]["baseline"] == 38 and kpi["integrations"][0]["system"] == "maintenance"


def test_removing_an_answer_records_each_field_going_back_to_empty(store):
    first = store.create(example(1))
    old = first.evaluation.answer("upkeep.owner")
    store.save(first.id, first.evaluation.model_copy(update={
        "answers": [a for a in first.evaluation.answers if a.question != "upkeep.owner"]}), first.version)
    assert trail(store, first.id, "upkeep.owner") == [
        (2, "", "upkeep.owner", "evidence", old.evidence, "not_answered"),  # removed: back to not answered
        (2, "", "upkeep.owner", "choices", old.choices, []),
        (2, "", "upkeep.owner", "text", old.text, ""),
    ]


def test_rename_labels_and_delete_are_whole_evaluation_rows_and_the_trail_outlives_delete(store):
    mine = store.create(example(1), owner=ANN)
    renamed = store.rename(mine.id, "Shortlist A", mine.version, actor=ANN)
    relabelled = store.save(mine.id, renamed.evaluation.model_copy(update={"labels": ["iiot"]}), 2, actor=ANN)
    store.delete(mine.id, actor=ANN)
    assert trail(store, mine.id)[1:] == [
        (2, ANN, "", "proposal", mine.evaluation.proposal, "Shortlist A"),
        (3, ANN, "", "labels", ["industry_4_0", "iiot"], ["iiot"]),
        (3, ANN, "", "deleted", "Shortlist A", None),
    ]
    assert relabelled.version == 3


def test_copies_and_joins_say_where_they_came_from(store):
    first = store.create(example(), owner=ANN)
    copy = store.duplicate(first.id, owner=BOB)
    joined = store.join(first.id, evaluator="Bob", owner=BOB)
    assert [(e.field, e.after) for e in store.history(copy.id) if not e.question] == [
        ("created", copy.evaluation.proposal), ("copied_from", first.id)]
    assert [(e.actor, e.field, e.after) for e in store.history(joined.id)] == [
        (BOB, "created", first.evaluation.proposal), (BOB, "joined", first.id)]


def test_a_refused_or_failed_save_adds_nothing_to_the_trail(store):
    first = store.create(example())
    changed = first.evaluation.model_copy(update={"notes": "changed"})
    store.save(first.id, changed, first.version)
    before = store.history(first.id)
    with pytest.raises(StaleEvaluation):
        store.save(first.id, changed.model_copy(update={"notes": "stale"}), first.version)
    with store.engine.begin() as connection:  # a revision 3 already there: the save fails after its UPDATE
        connection.execute(text("INSERT INTO evaluation_revisions (evaluation_id, version, json, saved_at) "
                                "VALUES (:id, 3, '{}', '2026-01-01 00:00:00')"), {"id": first.id})
    with pytest.raises(IntegrityError):
        store.save(first.id, changed.model_copy(update={"notes": "lost?"}), 2)
    assert store.history(first.id) == before


def test_the_database_itself_refuses_to_change_or_delete_the_trail(store):
    first = store.create(example())
    for statement in ("UPDATE audit_trail SET actor = 'someone else'", "DELETE FROM audit_trail"):
        with pytest.raises(DBAPIError, match="append-only"):
            with store.engine.begin() as connection:
                connection.execute(text(statement))
    assert [e.actor for e in store.history(first.id)] == [""]


def test_bulk_created_evaluations_are_in_the_trail_too(store):
    ids = store.bulk_create([example(0), example(1)], owner=ANN)
    assert [[(e.actor, e.field) for e in store.history(id)] for id in ids] == [[(ANN, "created")]] * 2
    assert {s.owner for s in store.group(ids[0])} == {ANN}


# --- every answer's origin -------------------------------------------------------------------------

def test_a_duplicate_writes_one_copied_row_per_answer_naming_the_source_evaluation(store):
    first = store.create(example(), owner=ANN)
    copy = store.duplicate(first.id, owner=BOB)
    answers = [a.question for a in copy.evaluation.answers]
    assert len(answers) > 3
    rows = [(e.version, e.actor, e.question, e.field, e.before, e.after) for e in store.history(copy.id) if e.question]
    assert rows == [(1, BOB, q, "copied", None, first.id) for q in answers]
    assert [e.field for e in store.history(copy.id, answers[0])] == ["copied"]  # one answer's history starts there


def test_an_import_writes_one_imported_row_per_answer_naming_the_files_proposal(store):
    raw = EXAMPLE_FILES[2].read_bytes()
    imported = store.import_file(raw, owner=ANN)
    answers = [a.question for a in evaluation_from_bytes(raw).answers]
    assert answers
    rows = [(e.version, e.actor, e.question, e.field, e.before, e.after) for e in store.history(imported.id) if e.question]
    assert rows == [(1, ANN, q, "imported", None, imported.evaluation.proposal) for q in answers]
    assert [e.field for e in store.history(imported.id) if not e.question] == ["created"]


def test_a_new_or_joined_evaluation_brings_no_answers_and_no_answer_rows(store):
    first = store.create(example(), owner=ANN)  # created from the form or a bench: no origin to record
    joined = store.join(first.id, evaluator="Bob", owner=BOB)
    assert [e for e in store.history(first.id) + store.history(joined.id) if e.question] == []


# --- who evaluates: a signed-in owner's account -------------------------------------------------------

def test_a_signed_in_owner_evaluates_what_they_create_copy_or_import_whatever_it_names(store):
    me = f"Bob Berg ({BOB})"
    anns = store.create(example(evaluator=f"Ann Alm ({ANN})"), owner=ANN)
    assert anns.evaluation.evaluator == f"Ann Alm ({ANN})"
    assert store.create(example(evaluator="Ann Alm"), owner=BOB, evaluator=me).evaluation.evaluator == me
    assert store.duplicate(anns.id, owner=BOB, evaluator=me).evaluation.evaluator == me
    assert store.duplicate(anns.id, owner=BOB).evaluation.evaluator == BOB  # no name given: the address
    raw = example(evaluator=f"Ann Alm ({ANN})").model_dump_json().encode()
    imported = store.import_file(raw, owner=BOB, evaluator=me)
    assert (imported.owner, imported.evaluation.evaluator) == (BOB, me)
    assert store.get(imported.id).evaluation.evaluator == me
    assert {s.evaluator for s in store.list() if s.owner == BOB} == {me, BOB}  # the library's column too
    assert store.join(anns.id, evaluator="Ann Alm", owner=BOB).evaluation.evaluator == BOB


def test_the_owner_cannot_save_or_rename_their_evaluation_as_someone_else(store):
    mine = store.create(example(), owner=BOB, evaluator=f"Bob Berg ({BOB})")
    saved = store.save(mine.id, mine.evaluation.model_copy(update={"evaluator": f"Ann Alm ({ANN})"}), mine.version,
                       actor=BOB)
    assert saved.evaluation.evaluator == store.get(mine.id).evaluation.evaluator == f"Bob Berg ({BOB})"
    assert [e for e in store.history(mine.id) if e.field == "evaluator"] == []


def test_without_sign_in_the_evaluator_is_whatever_the_local_user_or_the_file_says(store):
    local = store.create(example(evaluator="Ann Alm"))
    assert local.evaluation.evaluator == "Ann Alm"
    assert store.save(local.id, local.evaluation.model_copy(update={"evaluator": "Kim"}),
                      local.version).evaluation.evaluator == "Kim"
    assert store.duplicate(local.id).evaluation.evaluator == "Kim"
    assert store.import_file(example(evaluator="Raj").model_dump_json().encode()).evaluation.evaluator == "Raj"
