"""Several evaluators on one proposal: points side by side, disagreement flags, merged scorecard."""
from __future__ import annotations

import statistics
from datetime import date

import pytest

from questions.models import EvidenceRecord
from scoring import compare, score
from scoring.consensus import answered, consensus, disagreement_share

QID = "data.captured"  # example a answers it with full content, so points = weight x evidence factor
PILOT = EvidenceRecord(id="pilot-1", kind="pilot", on=date(2026, 3, 2), what="Four weeks on line 2",
                       questions=[QID])  # backs 'demonstrated' and 'proven', so each counts at its own factor


def with_evidence(evaluation, qid: str, evidence: str):
    answers = [a.model_copy(update={"evidence": evidence}) if a.question == qid else a for a in evaluation.answers]
    return evaluation.model_copy(update={"answers": answers,
                                         "evidence_records": [*evaluation.evidence_records, PILOT]})


def halfway(evaluation):
    """The same evaluator's answers, as they stand halfway through: every other question not reached yet."""
    return evaluation.model_copy(update={"answers": evaluation.answers[::2]})




def row(result, qid: str):
    return next(q for q in result.questions if q.question == qid)


def test_one_evaluator_s_consensus_is_their_own_scorecard(example):
    a = example("a_")
    result = consensus([("Ann", a)])
    own = score(a)
    assert result.merged.overall == own.overall
    assert [s.score for s in result.merged.sections] == [s.score for s in own.sections]
    assert [g.missing for g in result.merged.gaps] == [g.missing for g in own.gaps]
    assert result.disagreements == []


def test_the_disagreement_line_is_thirty_percent_of_the_question_s_range_as_data():
    assert disagreement_share() == pytest.approx(0.30)


def test_points_apart_by_thirty_percent_or_more_of_the_range_are_a_disagreement(example, bank):
    a = example("a_")
    weight = bank.questions()[QID].weight
    factor = {e.id: e.factor for e in bank.evidence_levels}
    for high, low in (("proven", "demonstrated"), ("specific", "vendor_claim"), ("proven", "specific"),
                      ("demonstrated", "specific")):
        gap = factor[high] - factor[low]  # example a's answer has full content: points = weight x factor
        result = consensus([("Ann", with_evidence(a, QID, high)), ("Raj", with_evidence(a, QID, low))])
        q = row(result, QID)
        assert q.spread == pytest.approx(gap * weight)
        assert q.disagreement is (gap >= 0.30), (high, low)
        assert [x.question for x in result.disagreements] == ([QID] if gap >= 0.30 else [])


def test_evaluators_who_agree_raise_no_flag(example):
    a = example("a_")
    result = consensus([("Ann", a), ("Raj", a), ("Mia", a)])
    assert result.disagreements == []
    assert all(q.spread == 0 for q in result.questions)


def test_each_evaluator_s_points_and_answer_are_kept_side_by_side(example):
    a, b = example("a_"), example("b_")
    result = consensus([("Ann", a), ("Raj", b)])
    for i, q in enumerate(result.questions):
        assert [x.evaluator for x in q.answers] == ["Ann", "Raj"]
        assert [x.points for x in q.answers] == [score(a).answers[i].points, score(b).answers[i].points]
    assert result.scorecard("Raj").overall == score(b).overall


def test_the_merged_scorecard_takes_the_median_points_and_recomputes_sections_and_overall(example, bank):
    a, b, c = example("a_"), example("b_"), example("c_")
    cards = [score(a), score(b), score(c)]
    result = consensus([("Ann", a), ("Raj", b), ("Mia", c)])
    for i, answer in enumerate(result.merged.answers):
        given = [card.answers[i].points for ev, card in zip((a, b, c), cards) if answered(ev.answer(answer.question))]
        assert answer.points == pytest.approx(statistics.median(given or [0.0]), abs=5e-4)  # points: 3 decimals
        taken = "mean" if len(given) == 2 else "median"  # two answers have no middle one
        assert answer.reasons[0].startswith(f"Consensus: the {taken} of {len(given)}" if given else "Consensus: no ")
    for section in result.merged.sections:
        mine = [x for x in result.merged.answers if x.section == section.id]
        expected = 100 * sum(x.points for x in mine) / sum(x.max_points for x in mine)
        assert section.score == pytest.approx(expected, abs=0.05)
    weights = {s.id: s.weight for s in bank.sections}
    expected = sum(s.score * weights[s.id] for s in result.merged.sections) / sum(weights.values())
    assert result.merged.overall == pytest.approx(expected, abs=0.05)
    assert min(x.overall for x in cards) <= result.merged.overall <= max(x.overall for x in cards)


def test_two_evaluators_meet_halfway_and_the_merged_answer_is_the_more_cautious_one(example, bank):
    a = example("a_")
    weight = bank.questions()[QID].weight
    result = consensus([("Ann", with_evidence(a, QID, "proven")), ("Raj", with_evidence(a, QID, "vendor_claim"))])
    merged = next(x for x in result.merged.answers if x.question == QID)
    factor = {e.id: e.factor for e in bank.evidence_levels}
    assert merged.points == pytest.approx(weight * (factor["proven"] + factor["vendor_claim"]) / 2, abs=5e-4)
    assert merged.evidence == "vendor_claim"


def test_the_merged_gaps_rest_on_the_majority_s_answers(example):
    a = example("a_")
    b = example("b_").model_copy(update={"labels": a.labels})  # the same labels, read differently
    gaps_a, gaps_b = [g.missing for g in score(a).gaps], [g.missing for g in score(b).gaps]
    assert gaps_a != gaps_b
    two_b = consensus([("Ann", a), ("Raj", b), ("Mia", b)]).merged
    two_a = consensus([("Ann", a), ("Raj", a), ("Mia", b)]).merged
    assert [g.missing for g in two_b.gaps] == gaps_b
    assert [g.missing for g in two_a.gaps] == gaps_a
    assert two_b.evaluator == "Consensus of Ann, Raj, Mia"


def test_a_question_nobody_answered_stays_unanswered_in_the_merge(example):
    a = example("a_")
    blank = a.model_copy(update={"answers": [x for x in a.answers if x.question != QID]})
    merged = consensus([("Ann", blank), ("Raj", blank)]).merged
    assert next(x for x in merged.answers if x.question == QID).evidence == "not_answered"


def test_an_empty_panel_or_two_evaluators_with_one_name_are_refused(example):
    a = example("a_")
    with pytest.raises(ValueError, match="at least one"):
        consensus([])
    with pytest.raises(ValueError, match="distinct name"):
        consensus([("Ann", a), ("Ann", a)])


def test_a_question_answered_by_only_one_of_two_is_not_a_disagreement_and_takes_that_answer(example):
    a = example("a_")
    blank = a.model_copy(update={"answers": [x for x in a.answers if x.question != QID]})
    q = row(consensus([("Ann", a), ("Raj", blank)]), QID)
    assert not q.disagreement and q.spread == 0
    assert q.median == next(x.points for x in score(a).answers if x.question == QID) and q.waiting == ["Raj"]
    assert [x.answered for x in q.answers] == [True, False] and q.answers[1].evidence == "not_answered"


def test_an_evaluator_halfway_through_raises_no_disagreement_and_does_not_pull_the_merged_score_down(example):
    a = example("a_")
    result = consensus([("Ann", a), ("Raj", halfway(a))])
    assert result.disagreements == []
    assert result.merged.overall == score(a).overall  # what the answered questions give, not half of it
    assert [s.score for s in result.merged.sections] == [s.score for s in score(a).sections]
    assert score(halfway(a)).overall < score(a).overall  # Raj's own scorecard still counts what he has not reached


def test_the_questions_not_answered_yet_are_listed_apart_with_each_evaluator_s_progress(example):
    a = example("a_")
    result = consensus([("Ann", a), ("Raj", halfway(a))])
    total = len(result.questions)
    ann_done = sum(answered(a.answer(q.question)) for q in result.questions)
    raj_done = sum(answered(halfway(a).answer(q.question)) for q in result.questions)
    assert result.progress == {"Ann": (ann_done, total), "Raj": (raj_done, total)}
    assert 0 < raj_done < ann_done
    skipped = {x.question for x in a.answers[1::2]}
    assert {q.question for q in result.waiting if q.waiting == ["Raj"]} == skipped
    note = row(result, a.answers[1].question)
    assert note.waiting == ["Raj"] and "Not answered yet by Raj." in next(
        x for x in result.merged.answers if x.question == note.question).reasons[0]


def test_the_merged_score_says_how_many_evaluators_each_section_rests_on(example):
    a = example("a_")
    section = score(a).answers[0].section
    in_section = [x.question for x in score(a).answers if x.section == section]
    early = a.model_copy(update={"answers": [x for x in a.answers if x.question not in in_section]})
    result = consensus([("Ann", a), ("Raj", early), ("Mia", a)])
    assert result.rests_on(section) == 2
    assert result.answered_in(section)["Raj"] == 0
    assert all(result.rests_on(s.id) == 3 for s in result.merged.sections
               if s.id != section and result.answered_in(s.id)["Ann"])


def test_an_answer_with_a_level_but_nothing_said_yet_is_not_answered(example):
    a = example("a_")
    empty = [x.model_copy(update={"choices": [], "text": " ", "measure": None, "integrations": []})
             if x.question == QID else x for x in a.answers]
    q = row(consensus([("Ann", a), ("Raj", a.model_copy(update={"answers": empty}))]), QID)
    assert q.waiting == ["Raj"] and not q.disagreement


def test_compare_can_rank_on_each_proposal_s_consensus_instead_of_its_first_evaluation(example):
    a, b = example("a_"), example("b_")
    doubtful = b.model_copy(update={"answers": [x.model_copy(update={"evidence": "vendor_claim"}) for x in b.answers]})
    loop = consensus([("Ann", b), ("Raj", doubtful), ("Mia", doubtful)]).merged  # two of three score the loop low
    dashboard = consensus([("Ann", a), ("Raj", a)]).merged
    assert compare([b, a]).winner == b.proposal
    ranked = compare([b, a], scorecards=[loop, dashboard])
    assert ranked.overall == {b.proposal: loop.overall, a.proposal: dashboard.overall}
    assert ranked.winner == a.proposal and ranked.scorecards == [loop, dashboard]
    with pytest.raises(ValueError, match="one scorecard per evaluation"):
        compare([b, a], scorecards=[loop])
