"""A newer question bank that no longer asks a question: old evaluations stay readable and
re-scorable, and their answers to the removed question are kept and reported, not dropped."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from kit import shown
from questions import Answer, load_bank, load_evaluation
from scoring import score
from scoring.retired import retired_answers, retired_line

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "b_downtime_loop_industry_4_0.json"
OLD = Answer(question="data.sampling_rate", evidence="specific", text="Every second over OPC UA.")


def without(bank, qid: str):
    """The bank as a later version that dropped one question."""
    sections = [s.model_copy(update={"questions": [q for q in s.questions if q.id != qid]}) for s in bank.sections]
    return bank.model_copy(update={"sections": sections, "version": "2027.1"})


def test_a_removed_question_is_reported_and_the_rest_still_scores():
    bank = load_bank()
    evaluation = load_evaluation(EXAMPLE)
    newer = without(bank, "users.daily_use")
    assert [a.question for a in retired_answers(evaluation, newer)] == ["users.daily_use"]
    assert "users.daily_use" in retired_line(evaluation, newer) and "2027.1" in retired_line(evaluation, newer)
    card = score(evaluation, newer)
    assert 0 < card.overall <= 100 and "users.daily_use" not in {a.question for a in card.answers}


def test_an_evaluation_that_answers_no_removed_question_reports_nothing():
    assert retired_line(load_evaluation(EXAMPLE), load_bank()) == ""


def test_a_saved_answer_to_a_question_this_bank_no_longer_asks_is_kept_through_save_and_shown(store):
    evaluation = load_evaluation(EXAMPLE)
    saved = store.create(evaluation.model_copy(update={"answers": [*evaluation.answers, OLD]}))
    again = store.save(saved.id, store.get(saved.id).evaluation, saved.version)
    assert again.evaluation.answer(OLD.question) == OLD
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.query_params["id"] = saved.id
    at.run()
    at.switch_page("views/scorecard.py").run()
    assert not at.exception
    assert "no longer asks" in shown(at) and OLD.question in shown(at)
    assert store.get(saved.id).evaluation.answer(OLD.question) == OLD  # showing it changed nothing


def test_a_file_from_an_older_bank_imports_with_its_removed_question_kept(store):
    from questions import evaluation_from_bytes
    evaluation = load_evaluation(EXAMPLE)
    older = evaluation.model_copy(update={"bank_version": "2025.1", "answers": [*evaluation.answers, OLD]})
    imported = evaluation_from_bytes(older.model_dump_json().encode())
    assert imported.answer(OLD.question) == OLD
    assert OLD.question in retired_line(imported, load_bank())


def test_a_file_from_a_newer_bank_with_an_unknown_question_is_refused():
    from questions import EvaluationError, evaluation_from_bytes
    evaluation = load_evaluation(EXAMPLE)
    newer = evaluation.model_copy(update={"bank_version": "2099.1", "answers": [*evaluation.answers, OLD]})
    with pytest.raises(EvaluationError, match="made with question bank 2099.1"):
        evaluation_from_bytes(newer.model_dump_json().encode())
