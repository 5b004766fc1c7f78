"""The answers a vendor's reply proposes to answers the buyer made (scoring/rounds.py `read_reply` keeps them in
the round): the buyer takes one, and a question that waited only for it closes; or keeps their own answer, and the
question says the scorecard holds it open. Pure functions over an Evaluation; the app saves what they return."""
from __future__ import annotations

from questions.answer_edits import take_proposed
from questions.models import Answer, Evaluation, QuestionBank, Round

from .engine import engine_for
from .rounds import WAITS, RoundError, open_if_taken, open_sources

TAKEN = "; you took the reply's answer."
KEPT = "; you kept your own answer, so the scorecard holds it open."


def pending(evaluation: Evaluation) -> list[Answer]:
    """What the last reply read proposes and the buyer has not yet decided on."""
    last = evaluation.rounds[-1] if evaluation.rounds else None
    return list(last.proposed) if last is not None and last.replied else []


def take_reply_answer(evaluation: Evaluation, question: str, bank: QuestionBank | None = None) -> Evaluation:
    """The reply's answer to `question` in place of the buyer's, as reviewed; the last round's questions that
    waited only for answers the buyer has now taken are closed, and its open sources and score are today's."""
    answer = _proposal(evaluation, question)
    taken = _decided(take_proposed(evaluation, answer), question)
    card = engine_for(bank).score(taken)
    now = {s.id for s in open_sources(taken, card, bank)}
    last = taken.rounds[-1]
    questions = [q.model_copy(update={"closed": True, "waits": False, "why": q.why.replace(WAITS, TAKEN)})
                 if q.waits and not any(s in now for s in q.sources) else q for q in last.questions]
    done = last.model_copy(update={"questions": _kept_if_done(questions, done_deciding=not last.proposed),
                                   "open_after": [s for s in last.open_after if s in now],
                                   "score_after": card.overall})
    return _with_last(taken, done)


def keep_own_answer(evaluation: Evaluation, question: str, bank: QuestionBank | None = None) -> Evaluation:
    """The buyer's answer to `question` stays; a question that waited on it, and that the answers still proposed
    would not close, says the scorecard holds it open because the buyer kept their own answer (the walk's round view
    said "closed: when you take its answer" beside a next letter asking it again)."""
    declined = _proposal(evaluation, question)  # remembered: never proposed again for the same sentences
    kept = _decided(evaluation, question)
    last = kept.rounds[-1].model_copy(update={"declined": [*evaluation.rounds[-1].declined, declined]})
    still = set(open_if_taken(kept, last.proposed, engine_for(bank), None, bank)[1])
    questions = [q.model_copy(update={"waits": False, "why": q.why.replace(WAITS, KEPT)})
                 if q.waits and any(s in still for s in q.sources) else q for q in last.questions]
    return _with_last(kept, last.model_copy(update={
        "questions": _kept_if_done(questions, done_deciding=not last.proposed)}))


def _proposal(evaluation: Evaluation, question: str) -> Answer:
    answer = next((a for a in pending(evaluation) if a.question == question), None)
    if answer is None:
        raise RoundError(f"the last reply proposes no change to {question}")
    return answer


def _decided(evaluation: Evaluation, question: str) -> Evaluation:
    last = evaluation.rounds[-1]
    return _with_last(evaluation, last.model_copy(update={
        "proposed": [a for a in last.proposed if a.question != question]}))


def _kept_if_done(questions: list, done_deciding: bool) -> list:
    if not done_deciding:
        return questions
    return [q.model_copy(update={"waits": False, "why": q.why.replace(WAITS, KEPT)}) if q.waits else q
            for q in questions]


def _with_last(evaluation: Evaluation, last: Round) -> Evaluation:
    return evaluation.model_copy(update={"rounds": [*evaluation.rounds[:-1], last]})
