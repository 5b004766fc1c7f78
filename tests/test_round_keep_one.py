"""Keeping my own answer to one of several changes a reply proposes stops the questions that waited on it from
waiting at once: they say the scorecard holds them open, as the next letter asks them again (the walk's round view
said "closed: when you take its answer" beside a letter re-asking the question, while other proposals were pending)."""
import pytest

from reading.documents import pasted
from rounds_corpus import SENT, cases, drafted
from scoring import score
from scoring.round_taking import KEPT, keep_own_answer, pending
from scoring.rounds import freeze, open_questions, read_reply

SPINDLE = dict(cases("tuning"))["spindle_ai"]


@pytest.fixture(scope="module")
def replied():
    evaluation = drafted(SPINDLE, "SpindleSense")
    mine = [a.model_copy(update={"drafted": False, "reviewed": True}) for a in evaluation.answers]
    evaluation = evaluation.model_copy(update={"answers": mine})  # every answer the buyer's own
    sent = freeze(evaluation, score(evaluation), "K. Novak", SENT)
    done = read_reply(sent, pasted(SPINDLE["replies"]["specific"]["text"], "reply", "Reply (specific)")).evaluation
    assert len(pending(done)) >= 2, "the case needs several proposals"
    return done


def test_keeping_one_proposal_releases_the_questions_waiting_on_it_while_others_are_pending(replied):
    waiting = {q.id for q in replied.rounds[-1].questions if q.waits}
    released = None
    for proposal in pending(replied):
        kept = keep_own_answer(replied, proposal.question)
        now = {q.id: q for q in kept.rounds[-1].questions}
        released = [now[i] for i in waiting if not now[i].waits]
        if released and pending(kept):
            break
    assert released and pending(kept), "keeping one answer released no question while others were pending"
    assert all(KEPT.strip("; .") in q.why and not q.closed for q in released)
    asked = {q.topic for q in open_questions(kept, score(kept))}
    assert {q.topic for q in released} <= asked  # the round view and the next letter agree


def test_a_question_waiting_only_on_proposals_still_pending_keeps_waiting(replied):
    for proposal in pending(replied):
        kept = keep_own_answer(replied, proposal.question)
        for q in kept.rounds[-1].questions:
            if q.waits:
                assert "take the answer the reply proposes" in q.why
