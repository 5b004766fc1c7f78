"""One answer's history on the Scorecard page, read from the store's append-only audit trail."""
from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from kit import shown
from questions import load_evaluation
from views.history import shown as value_text

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = sorted((ROOT / "examples").glob("*.json"))[0]
AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "q7Zr2LwXe9TbN4vKc1sHf8JmYd3GpUa6", "client_id": "winnow",
        "client_secret": "s3cret", "server_metadata_url": "http://localhost:9400/.well-known/openid-configuration"}


def with_answer(evaluation, qid: str, **change):
    answers = [a.model_copy(update=change) if a.question == qid else a for a in evaluation.answers]
    return evaluation.model_copy(update={"answers": answers})


def scorecard(eid: str, user: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    if user:
        at.secrets["auth"] = AUTH
        at.secrets["winnow"] = {"allowed": ["@plant.example"]}
        at.user = user
    at.query_params["id"] = eid
    at.run()
    at.switch_page("views/scorecard.py").run()
    assert not at.exception, at.exception
    return at


def test_each_change_to_an_answer_is_listed_with_who_from_what_to_what(store):
    first = store.create(load_evaluation(EXAMPLE))
    mine = store.join(first.id, evaluator="Ann", owner="ann@plant.example")
    one = store.save(mine.id, with_answer(load_evaluation(EXAMPLE), "data.history"), mine.version,
                     actor="ann@plant.example")
    store.save(mine.id, with_answer(one.evaluation, "data.history", evidence="proven"), one.version,
               actor="ann@plant.example")
    at = scorecard(mine.id, {"is_logged_in": True, "email": "ann@plant.example", "name": "Ann"})
    at.selectbox(key="history:question").set_value("data.history").run()
    table = at.dataframe[-1].value
    assert list(table["Who"]) == ["ann@plant.example"] * len(table)
    assert table[["Version", "Changed", "From", "To"]].values.tolist() == [
        [2, "Evidence", "Not answered", "Vendor's claim"], [2, "Options", "—", "Months"],
        [3, "Evidence", "Vendor's claim", "Proven"]]  # a new answer was not answered before, not a vendor's claim
    assert list(table["Version"]) == sorted(table["Version"])


def test_a_change_made_without_sign_in_names_the_evaluator_on_the_form(store):
    evaluation = load_evaluation(EXAMPLE).model_copy(update={"evaluator": "  Marta   Ruiz "})
    saved = store.create(evaluation)
    store.save(saved.id, with_answer(evaluation, "data.history", evidence="proven"), saved.version)
    at = scorecard(saved.id)
    at.selectbox(key="history:question").set_value("data.history").run()
    assert set(at.dataframe[-1].value["Who"]) == {"Marta Ruiz (not signed in)"}


def test_an_evaluation_never_changed_says_so(store):
    saved = store.create(load_evaluation(EXAMPLE))
    at = scorecard(saved.id)
    assert "No answer has been changed since the audit trail began." in shown(at)


def test_long_and_structured_values_become_one_line_of_readable_text_not_python_lists():
    assert value_text(None) == value_text("") == value_text([]) == "—"
    assert value_text(["vibration", "temperature"]) == "vibration; temperature"
    assert value_text({"metric": "Unplanned downtime", "unit": "h/month", "baseline": 38.0, "target": None}) == (
        "metric: Unplanned downtime, unit: h/month, baseline: 38")
    assert value_text([{"system": "SAP PM", "direction": "into", "method": "", "owner": "IT"},
                       {"system": "MES", "direction": "both", "method": "OPC UA", "owner": ""}]) == (
        "system: SAP PM, direction: into, owner: IT; system: MES, direction: both, method: OPC UA")
    assert value_text(True) == "yes" and value_text(["Quote one", "Quote two"]) == "Quote one; Quote two"
    assert value_text("a\nb  c") == "a b c"
    assert len(value_text("x" * 1000)) == 300


def test_what_drafting_changed_names_where_it_was_drafted_from_not_the_person(store):
    """Walk 61: "Drafted no -> yes" and "Options — -> Live machine-status dashboard" showed "Who: J. Brandt,
    Fertigungsleitung (not signed in)", and a raw "suggested" stood as the field's name."""
    from questions import Answer
    from questions.answer_edits import accept_suggestion
    from questions.loader import load_bank
    evaluation = load_evaluation(EXAMPLE).model_copy(update={"evaluator": "J. Brandt"})
    evaluation = evaluation.model_copy(update={"answers": [a for a in evaluation.answers
                                                           if a.question != "workflow.outputs"]})
    saved = store.create(evaluation)
    drafted = Answer(question="workflow.outputs", evidence="specific", choices=["live_dashboard"],
                     suggested=["alerts"], quotes=["A live dashboard shows each press."], drafted=True)
    saved = store.save(saved.id, evaluation.model_copy(update={"answers": [*evaluation.answers, drafted]}),
                       saved.version)
    question = load_bank().questions()["workflow.outputs"]
    store.save(saved.id, accept_suggestion(saved.evaluation, question, "alerts"), saved.version)
    at = scorecard(saved.id)
    at.selectbox(key="history:question").set_value("workflow.outputs").run()
    table = at.dataframe[-1].value
    who = dict(zip(zip(table["Version"], table["Changed"]), table["Who"]))
    assert who[(2, "Drafted")] == who[(2, "Options")] == who[(2, "Options to check")] == "Drafted from the proposal"
    assert who[(3, "Options")] == who[(3, "Options accepted from check this")] == "J. Brandt (not signed in)"
    assert "suggested" not in set(table["Changed"])


def test_a_change_drafted_from_a_reply_names_its_round():
    from datetime import datetime
    from store.records import AuditEntry
    from views.history import rows
    at = datetime(2026, 12, 6)
    entries = [AuditEntry("e", 4, "", at, "", "rounds", None, "changed round 2 (3 questions, reply Reply to round 2)"),
               AuditEntry("e", 4, "", at, "data.history", "choices", [], ["months"]),
               AuditEntry("e", 4, "", at, "data.history", "drafted", False, True),
               AuditEntry("e", 5, "", at, "data.history", "reviewed", False, True)]
    assert [r["Who"] for r in rows(entries, evaluator="Kim")] == [
        "Kim (not signed in)", "Drafted from the reply to round 2", "Drafted from the reply to round 2",
        "Kim (not signed in)"]


def test_every_answer_field_has_a_plain_label_in_the_history():
    from questions import Answer
    from views.history import FIELDS
    assert set(Answer.model_fields) - {"question"} <= set(FIELDS)
