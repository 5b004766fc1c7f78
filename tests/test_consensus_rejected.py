"""A colleague's rejection of a drafted answer is their judgement, not a question left for later: it counts
zero points, differs from a colleague who kept the draft, and the merged scorecard reads it.

Ann keeps every draft of example b; Raj rejects the drafts of one section and keeps the rest.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from kit import shown, unescape
from questions.answer_edits import reject
from scoring import score
from scoring.consensus import consensus
from store import Store

ROOT = Path(__file__).resolve().parent.parent
AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "q7Zr2LwXe9TbN4vKc1sHf8JmYd3GpUa6",
        "client_id": "winnow", "client_secret": "s3cret",
        "server_metadata_url": "http://localhost:9400/.well-known/openid-configuration"}
ANN = {"is_logged_in": True, "email": "ann@plant.example", "name": "Ann"}
RAJ = {"is_logged_in": True, "email": "raj@plant.example", "name": "Raj"}


def kept_drafts(evaluation):
    """Every answer drafted by Winnow and kept by its evaluator."""
    return evaluation.model_copy(update={"answers": [a.model_copy(update={"drafted": True, "reviewed": True})
                                                     for a in evaluation.answers]})


def section_questions(evaluation, section: str) -> list[str]:
    return [a.question for a in score(evaluation).answers if a.section == section]


@pytest.fixture
def pair(example):
    ann = kept_drafts(example("b_"))
    return ann, reject(ann, section_questions(ann, "data"))


def test_a_rejected_draft_counts_zero_points_and_is_no_question_waiting(pair):
    result = consensus([("Ann", pair[0]), ("Raj", pair[1])])
    data = [q for q in result.questions if q.section == "data"]
    assert data and all(not q.waiting for q in data)
    for q in data:
        raj = q.answers[1]
        assert raj.answered and raj.rejected and raj.points == 0
    assert result.progress["Raj"] == result.progress["Ann"]


def test_a_rejected_draft_disagrees_with_a_colleague_who_kept_it(pair):
    result = consensus([("Ann", pair[0]), ("Raj", pair[1])])
    kept = [q for q in result.questions if q.section == "data" and q.answers[0].points >= 0.3 * q.max_points]
    assert kept and all(q.disagreement for q in kept)


def test_the_merged_score_never_sits_above_every_evaluator_s(pair):
    result = consensus([("Ann", pair[0]), ("Raj", pair[1])])
    own = [card.overall for card in result.scorecards]
    assert min(own) <= result.merged.overall <= max(own)
    for section in result.merged.sections:
        theirs = [card.section(section.id).score for card in result.scorecards]
        assert min(theirs) <= section.score <= max(theirs), section.id
    for q in result.questions:
        assert min(a.points for a in q.given) <= q.median <= max(a.points for a in q.given)


def test_three_evaluators_medians_do_not_add_up_above_all_of_them(example):
    """Each rejects a different section: every question's median is the kept draft, yet no one kept them all."""
    ann = kept_drafts(example("b_"))
    panel = [(name, reject(ann, section_questions(ann, s))) for name, s in
             (("Ann", "data"), ("Raj", "workflow"), ("Mia", "connect"))]
    result = consensus(panel)
    assert result.merged.overall <= max(card.overall for card in result.scorecards)


def test_the_merged_verdict_reads_the_merged_answers_with_a_rejected_draft(pair):
    result = consensus([("Ann", pair[0]), ("Raj", pair[1])])
    raj = result.scorecard("Raj")
    assert raj.gaps and not result.scorecard("Ann").gaps  # the rejection opens a label gap
    assert result.merged.gaps
    assert "The labels are backed by the answers" not in result.merged.verdict


@pytest.fixture
def store(monkeypatch, app_url) -> Store:
    monkeypatch.delenv("WINNOW_ALLOWED_USERS", raising=False)
    return Store(app_url)


def test_the_consensus_page_shows_a_rejected_draft_as_a_disagreement_not_as_waiting(store, pair):
    first = store.create(pair[0], owner=ANN["email"], evaluator="Ann (ann@plant.example)")
    raj = store.join(first.id, evaluator="Raj (raj@plant.example)", owner=RAJ["email"])
    store.save(raj.id, raj.evaluation.model_copy(update={"answers": pair[1].answers}), raj.version,
               actor=RAJ["email"])
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.secrets["auth"] = AUTH
    at.secrets["winnow"] = {"allowed": ["@plant.example"]}
    at.user = ANN
    at.query_params["id"] = first.id
    at.run()
    at.switch_page("views/consensus.py").run()
    assert not at.exception, at.exception
    text = shown(at)
    assert "Question by question: 0 disagreements" not in text
    labels = [unescape(e.label) for e in at.expander]
    data = [label for label in labels if "(rejected)" in label]
    assert data and all("not answered yet" not in label for label in data)
    assert any("Disagreement" in label for label in data)
    metrics = {unescape(m.label): int(m.value.split("/")[0]) for m in at.metric}
    merged = metrics.pop("Consensus (mean of the two)")  # Ann and Raj: two values have no median
    assert merged <= max(metrics.values())
    assert "The labels are backed by the answers" not in text
