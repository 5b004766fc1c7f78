"""Re-scoring the library after a bank change: the fast read of the stored JSON (store/mirror.py)
gives every row exactly the headline that the pydantic model and scoring.headline give it."""
from __future__ import annotations

import gc
import json
import random
import typing

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError
from sqlalchemy import text

from paths import EXAMPLES
from questions import Answer, Evaluation, Integration, Measure, load_bank
from questions.models import Document
from scoring.engine import rules_id
from scoring.headline import headline
from scoring.rules import EVIDENCE_ORDER
from store import Store
from store import headlines as headlines_module
import store.mirror as store_mirror
from store.mirror import read_stored

BANK = load_bank()
QUESTIONS = list(BANK.questions().values())
LABELS = [lab.id for lab in BANK.labels]
WORDS = ["OPC UA", "every shift", "vibration", "SAP", "operator", "38 hours", "Industry 4.0", "seamless",
         "AI-powered", "maintenance planner", "12 %", "reduced by 5 %", "the", "line 2", "İ", "€3,000",
         "spindle load", "MQTT", "weekly", "CMMS", "quality engineer", "from 41 to 27 hours per month"]
SYSTEM_NAMES = ["Carl Source", "SAP", "vibration", "Sylob 9"]  # as the offer names its systems (Document.system_names)
FIGURES = ("score", "claimed_scope", "delivered_scope", "gaps", "flags")


def newer_bank():
    """Another version whose rules give other figures: vendor claims count more, sections weigh otherwise."""
    bank = BANK.model_copy(deep=True, update={"version": "2099-05-fast"})
    for level in bank.evidence_levels:
        level.factor = {"vendor_claim": 0.5, "specific": 0.7}.get(level.id, level.factor)
    for i, section in enumerate(bank.sections):
        section.weight = section.weight + i
    return bank


NEWER = newer_bank()


# --- a varied library ------------------------------------------------------------------------

def phrase(rnd: random.Random, most: int = 6) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(0, most)))


def random_answer(rnd: random.Random, question) -> Answer:
    ids = question.choice_ids()
    kw = dict(question=question.id, evidence=rnd.choice(EVIDENCE_ORDER), text=phrase(rnd),
              quotes=[phrase(rnd, 12) for _ in range(rnd.choice([0, 0, 1, 3]))],
              drafted=rnd.random() < 0.3, reviewed=rnd.random() < 0.3)
    if question.kind == "choice":
        kw["choices"] = rnd.sample(ids, rnd.randint(0, 1))
    elif question.kind == "choices":
        kw["choices"] = rnd.sample(ids, rnd.randint(0, len(ids))) + rnd.sample(ids, rnd.choice([0, 0, 1]))
    elif question.kind == "measure" and rnd.random() < 0.8:
        number = lambda: rnd.choice([None, 38, 41.5, -0.0, 1e6, 0])  # noqa: E731
        kw["measure"] = Measure(metric=rnd.choice(["", "Downtime", " "]), unit=rnd.choice(["", "h"]),
                                baseline=number(), target=number())
    elif question.kind == "integrations":
        kw["integrations"] = [Integration(system=rnd.choice(ids), direction=rnd.choice(["none", "to_system", "from_system", "both"]),
                                          method=rnd.choice(["", "REST API", " "]), owner=rnd.choice(["", "IT"]))
                              for _ in range(rnd.randint(0, 5))]
    if ids and rnd.random() < 0.02:
        kw["choices"] = ["an_option_the_bank_lost"]  # scoring raises: the row is saved without a headline
    return Answer(**kw)


def random_evaluation(rnd: random.Random, n: int) -> Evaluation:
    answers = [random_answer(rnd, q) for q in rnd.sample(QUESTIONS, rnd.randint(0, len(QUESTIONS)))]
    if rnd.random() < 0.1:
        answers.append(Answer(question="retired.question", evidence="proven", text="OPC UA every shift"))
    labels = rnd.sample(LABELS, rnd.randint(0, 4)) + (["blockchain"] if rnd.random() < 0.03 else [])
    return Evaluation(bank_version=BANK.version, proposal=f"Proposal {n} {rnd.choice(['', 'İ', '€', 'x' * 150])}",
                      vendor=phrase(rnd, 2), evaluator=phrase(rnd, 2), labels=labels + labels[:rnd.choice([0, 1])],
                      claimed_scope=rnd.choice([None, None, 0, 2, 4]), answers=answers,
                      documents=[Document(name=phrase(rnd, 2) or "x", text=phrase(rnd, 40),
                                          system_names=rnd.sample(SYSTEM_NAMES, rnd.randint(0, 2)))],
                      notes=phrase(rnd, 5))


def library(count: int, seed: int = 10) -> list[Evaluation]:
    rnd = random.Random(seed)
    examples = [Evaluation.model_validate_json(path.read_bytes()) for path in EXAMPLES.values()]
    return examples + [random_evaluation(rnd, n) for n in range(count)]


def stored_text(evaluation: Evaluation, n: int) -> str:
    """As the store writes it; some rows as an older writer may have (defaults left out, indented)."""
    if n % 7 == 3:
        return evaluation.model_dump_json(exclude_defaults=True)
    return evaluation.model_dump_json(indent=2) if n % 11 == 5 else evaluation.model_dump_json()


def odd(text_of_b: str) -> list[str]:
    """Rows the mirror must leave to the model: some the model still reads, some it refuses."""
    b = json.loads(text_of_b)
    kpi = next(i for i, a in enumerate(b["answers"]) if a["measure"])
    variants = {
        "not json": "{", "an array": "[]", "blank name": {"proposal": "  "}, "unknown key": {"colour": "red"},
        "scope out of range": {"claimed_scope": 7}, "scope as text": {"claimed_scope": "3"},
        "schema 3": {"schema_version": 3}, "schema 1, upgraded": {"schema_version": 1}, "date only": {"created_at": "2026-11-02"},
        "bad evidence": {"answers": [dict(b["answers"][0], evidence="maybe")]},
        "drafted as 1": {"answers": [dict(a, drafted=1) for a in b["answers"]]},
        "baseline as text": {"answers": [dict(b["answers"][kpi], measure=dict(b["answers"][kpi]["measure"], baseline="38"))]},
        "answer key unknown": {"answers": [dict(b["answers"][0], colour="red")]},
    }
    not_a_number = text_of_b.replace('"target":25.0', '"target":NaN')
    assert not_a_number != text_of_b
    return [v if isinstance(v, str) else json.dumps({**b, **v}) for v in variants.values()] + [not_a_number]


# --- what the model and scoring.headline say -------------------------------------------------

def by_the_model(text_: str, bank) -> tuple | None:
    """(figures, headline bank) through Evaluation.model_validate_json; None if the model refuses it."""
    try:
        evaluation = Evaluation.model_validate_json(text_)
    except ValidationError:
        return None
    try:
        h = headline(evaluation, bank)
    except Exception:  # noqa: BLE001 - the store saves such a row without a headline
        return (None,) * 5, None
    return (h.overall, h.claimed_scope, h.delivered_scope, h.gaps, h.flags), rules_id(bank)


def stored_columns(store: Store) -> dict[str, tuple]:
    with store.engine.connect() as connection:
        rows = connection.execute(text(f"SELECT id, json, {', '.join(FIGURES)}, headline_bank FROM evaluations"))
        return {row[0]: (row[1], tuple(row[2:7]), row[7]) for row in rows}


def overwrite_json(store: Store, texts: dict[str, str]) -> None:
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE evaluations SET json = :json WHERE id = :id"),
                           [{"id": id, "json": value} for id, value in texts.items()])


def test_refresh_gives_every_row_of_a_varied_library_the_headline_the_model_gives(store_url, monkeypatch):
    evaluations = library(300)
    old = Store(store_url)
    ids = old.bulk_create(evaluations)
    odd_texts = odd(evaluations[1].model_dump_json())
    odd_ids = old.bulk_create([evaluations[0]] * len(odd_texts))
    overwrite_json(old, {id: stored_text(e, n) for n, (id, e) in enumerate(zip(ids, evaluations))} | dict(zip(odd_ids, odd_texts)))
    before = stored_columns(old)

    store, asked_the_model = Store(store_url, bank=NEWER), []
    store._parse_or_none = lambda id, text_: asked_the_model.append(id) or Store._parse_or_none(id, text_)
    rescored_by_the_model = []  # after scoring failed on the fast read
    as_evaluation = headlines_module.as_evaluation
    monkeypatch.setattr(headlines_module, "as_evaluation", lambda s: rescored_by_the_model.append(s) or as_evaluation(s))
    store.list()  # the first use starts the store: the refresh runs here
    after = stored_columns(store)

    for id, (json_text, figures, bank_version) in after.items():
        model = by_the_model(json_text, NEWER)
        assert (figures, bank_version) == (model or before[id][1:]), json_text[:300]
    assert sorted(asked_the_model) == sorted(odd_ids)  # every well-formed row took the fast way,
    assert len(rescored_by_the_model) == sum(after[id][2] is None for id in ids)  # and scoring took it as it is
    refused = [id for id in odd_ids if by_the_model(after[id][0], NEWER) is None]
    assert 0 < len(refused) < len(odd_ids)  # both kinds of odd row were there
    assert sum(after[id][2] is None for id in ids) >= 3  # rows scoring fails on were there too
    changed = sum(after[id][1] != before[id][1] for id in ids)
    assert changed > len(ids) / 2  # the new bank's figures, not the old ones kept
    store.refresh_headlines()  # rows without a headline are tried again, to the same end
    assert stored_columns(store) == after


def test_a_scoring_fault_on_the_fast_read_is_settled_by_the_model(tmp_path, monkeypatch):
    """If scoring ever needs more than attributes, the refresh asks the model and the figures stay right."""
    evaluations = library(20, seed=3)
    ids = Store(f"sqlite:///{tmp_path}/lib.db").bulk_create(evaluations)

    def headline_of_models_only(evaluation, bank):
        if not isinstance(evaluation, Evaluation):
            raise AttributeError("'StoredEvaluation' object has no attribute 'answer'")
        return headline(evaluation, bank)
    monkeypatch.setattr(headlines_module, "headline", headline_of_models_only)
    monkeypatch.setattr(headlines_module, "headlines", lambda evs, bank: [headline_of_models_only(e, bank) for e in evs])
    store = Store(f"sqlite:///{tmp_path}/lib.db", bank=NEWER)
    store.list()
    after = stored_columns(store)
    assert [after[id][1:] for id in ids] == [by_the_model(e.model_dump_json(), NEWER) for e in evaluations]


@pytest.mark.parametrize("enabled", [True, False])
def test_the_refresh_leaves_the_cyclic_collector_as_it_found_it(tmp_path, enabled):
    Store(f"sqlite:///{tmp_path}/lib.db").bulk_create(library(3))
    store = Store(f"sqlite:///{tmp_path}/lib.db", bank=NEWER)
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        store.list()  # starts the store: the refresh runs
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
    banks = {bank for _, _, bank in stored_columns(store).values()}
    assert rules_id(NEWER) in banks and rules_id(BANK) not in banks


# --- the mirror against the model --------------------------------------------------------------

def _models_in(model: type[BaseModel], seen: dict | None = None) -> dict[str, type[BaseModel]]:
    """Every pydantic model the evaluation file nests, found by walking the field types."""
    seen = {} if seen is None else seen
    seen[model.__name__] = model
    for field in model.model_fields.values():
        for inner in _types_in(field.annotation):
            if isinstance(inner, type) and issubclass(inner, BaseModel) and inner.__name__ not in seen:
                _models_in(inner, seen)
    return seen


def _types_in(annotation) -> list:
    args = typing.get_args(annotation)
    return [annotation] if not args else [t for a in args for t in _types_in(a)]


NESTED = _models_in(Evaluation)


def test_every_model_the_evaluation_nests_has_a_mirror_in_the_store():
    mirrors = {name.removeprefix("Stored") for name in dir(store_mirror) if name.startswith("Stored")}
    assert set(NESTED) <= mirrors, f"store/mirror.py lacks {sorted(set(NESTED) - mirrors)}"


@pytest.mark.parametrize("name", sorted(NESTED))
def test_the_mirror_has_every_field_of_the_model_with_its_default(name):
    mirror, model = getattr(store_mirror, f"Stored{name}"), NESTED[name]
    fields = {f.name: f for f in msgspec.structs.fields(mirror)}
    assert list(fields) == list(model.model_fields)
    for name, field in model.model_fields.items():
        mirrored = fields[name]
        assert mirrored.required == field.is_required(), name
        if field.default_factory is not None:
            assert mirrored.default_factory is field.default_factory, name
        elif not field.is_required():  # msgspec keeps an empty list as a factory
            made = mirrored.default if mirrored.default_factory is msgspec.NODEFAULT else mirrored.default_factory()
            assert made == field.default, name


def test_the_mirror_reads_every_evaluation_of_the_library_as_the_model_does():
    for n, evaluation in enumerate(library(300, seed=11)):
        stored = read_stored(stored_text(evaluation, n))
        assert stored is not None
        mirrored, modelled = msgspec.to_builtins(stored), json.loads(evaluation.model_dump_json())
        if n % 7 == 3:  # written without defaults: both read the missing times as "now", a moment apart
            for document in (mirrored, modelled):
                del document["created_at"], document["updated_at"]
                for attached in document["documents"]:
                    attached.pop("added_at", None)  # left out when it was "now" to the second it was written
        assert mirrored == modelled


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10) | st.floats(allow_nan=False) | st.sampled_from(
        ["", " ", "x", "vendor_claim", "both", "2026-11-02T09:00:00Z", "2026-11-02", "38", "NaN"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["question", "system", "metric", "x"]),
                                                                inner, max_size=3),
    max_leaves=6)


def places(value, path=()):
    """Every (path, value) in a JSON value, the root included."""
    yield path, value
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, inner in items:
        yield from places(inner, (*path, key))


def changed(document, path, how: str, new):
    if not path:
        return new
    head, rest = path[0], path[1:]
    copy = dict(document) if isinstance(document, dict) else list(document)
    if rest:
        copy[head] = changed(copy[head], rest, how, new)
    elif how == "drop" and isinstance(copy, dict):
        del copy[head]
    elif how == "add" and isinstance(copy[head], dict):
        copy[head] = {**copy[head], "unexpected": new}
    else:
        copy[head] = new
    return copy


EXAMPLE_DOCUMENTS = [json.loads(path.read_bytes()) for path in EXAMPLES.values()]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(EXAMPLE_DOCUMENTS), st.integers(0, 10_000), st.sampled_from(["set", "drop", "add"]), JSON_VALUES)
def test_the_mirror_never_reads_what_the_model_refuses_and_then_scores_the_same(document, pick, how, value):
    spots = list(places(document))
    path = spots[pick % len(spots)][0]
    text_ = json.dumps(changed(document, path, how, value))
    stored = read_stored(text_)
    if stored is None:
        return  # the model decides, as before
    model = by_the_model(text_, BANK)
    assert model is not None, text_
    try:
        h = headline(stored, BANK)
    except Exception:  # noqa: BLE001
        assert model[1] is None  # scoring fails on both
        return
    assert ((h.overall, h.claimed_scope, h.delivered_scope, h.gaps, h.flags), rules_id(BANK)) == model
