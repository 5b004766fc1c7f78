"""Several evaluators, one proposal: each one's points per question, where they disagree, and the
merged scorecard (the median of their points per question). Pure: no Streamlit, no storage.

    panel = [("Ann (maintenance)", ann_evaluation), ("Raj (IT/OT)", raj_evaluation)]
    result = consensus(panel)
    result.merged.overall, [q.prompt for q in result.disagreements]

The merged scorecard's scope, gaps and flags come from a merged evaluation that takes, per
question, the answer whose points sit at the median (the lower one when two are equally near),
so each gap or flag still rests on an answer someone actually gave.
"""
from __future__ import annotations

import statistics
from collections.abc import Sequence
from functools import lru_cache

import yaml

from questions.loader import HERE as QUESTIONS, load_bank
from questions.models import Answer, Evaluation, QuestionBank

from .engine import _verdict, _weighted, engine_for
from .scorecard import Out, Scorecard

_TOLERANCE = 1e-9  # points are rounded to 3 decimals; a spread exactly at the line counts


@lru_cache(maxsize=1)
def disagreement_share() -> float:
    """The share of a question's range at which evaluators disagree (questions/consensus.yaml)."""
    share = yaml.safe_load((QUESTIONS / "consensus.yaml").read_text(encoding="utf-8"))["disagreement"]
    if not 0 < float(share) <= 1:
        raise ValueError(f"questions/consensus.yaml: disagreement must be above 0 and at most 1, got {share!r}")
    return float(share)


class EvaluatorAnswer(Out):
    evaluator: str
    points: float
    evidence: str
    summary: str
    unreviewed: bool = False  # drafted from the proposal; this evaluator has not kept, edited or rejected it


class QuestionConsensus(Out):
    question: str
    section: str
    prompt: str
    max_points: float
    answers: list[EvaluatorAnswer]  # one per evaluator, in the panel's order
    median: float
    spread: float  # highest minus lowest points
    disagreement: bool  # spread >= the share x max_points, with two or more evaluators


class Consensus(Out):
    proposal: str
    evaluators: list[str]
    share: float  # the disagreement line, as a share of each question's range
    questions: list[QuestionConsensus]
    merged: Scorecard  # median points per question; sections and overall recomputed from them
    scorecards: list[Scorecard]  # each evaluator's own, in the panel's order

    @property
    def unreviewed(self) -> dict[str, int]:
        """Evaluator -> how many of their answers are drafts they have not reviewed yet."""
        return {name: sum(q.answers[i].unreviewed for q in self.questions) for i, name in enumerate(self.evaluators)}

    @property
    def disagreements(self) -> list[QuestionConsensus]:
        return [q for q in self.questions if q.disagreement]

    def scorecard(self, evaluator: str) -> Scorecard:
        return self.scorecards[self.evaluators.index(evaluator)]


def consensus(panel: Sequence[tuple[str, Evaluation]], bank: QuestionBank | None = None,
              share: float | None = None) -> Consensus:
    """`panel`: (evaluator's name, their evaluation of the proposal), one or more, names unique."""
    if not panel:
        raise ValueError("a consensus needs at least one evaluator's evaluation, got none")
    names = [name for name, _ in panel]
    if len(set(names)) != len(names):
        raise ValueError(f"each evaluator needs a distinct name, got {names}")
    engine = engine_for(bank or load_bank())
    share = disagreement_share() if share is None else share
    cards = [engine.score(evaluation) for _, evaluation in panel]
    evaluations = [evaluation for _, evaluation in panel]
    questions = [_question(i, names, evaluations, cards, share) for i in range(len(cards[0].answers))]
    merged = _merged(engine, names, [ev for _, ev in panel], cards, questions)
    return Consensus(proposal=panel[0][1].proposal, evaluators=names, share=share, questions=questions,
                     merged=merged, scorecards=cards)


def _question(i: int, names: list[str], evaluations: list[Evaluation], cards: list[Scorecard],
              share: float) -> QuestionConsensus:
    scored = [card.answers[i] for card in cards]
    points = [a.points for a in scored]
    first = scored[0]
    spread = round(max(points) - min(points), 3)
    return QuestionConsensus(
        question=first.question, section=first.section, prompt=first.prompt, max_points=first.max_points,
        answers=[EvaluatorAnswer(evaluator=n, points=a.points, evidence=a.evidence, summary=a.summary,
                                 unreviewed=_unreviewed(ev, a.question))
                 for n, ev, a in zip(names, evaluations, scored)],
        median=round(statistics.median(points), 3), spread=spread,
        disagreement=len(points) > 1 and first.max_points > 0 and spread >= share * first.max_points - _TOLERANCE)


def _unreviewed(evaluation: Evaluation, qid: str) -> bool:
    answer = evaluation.answer(qid)
    return answer is not None and answer.unreviewed


def _median_answer(evaluations: list[Evaluation], cards: list[Scorecard], i: int, median: float) -> Answer | None:
    """The answer whose points are nearest the median; of two equally near, the lower-scored one,
    then the one most evaluators gave word for word, then the first evaluator's."""
    qid = cards[0].answers[i].question
    given = [ev.answer(qid) for ev in evaluations]
    same = [sum(other == answer for other in given) for answer in given]
    nearest = min(range(len(cards)), key=lambda k: (abs(cards[k].answers[i].points - median),
                                                   cards[k].answers[i].points, -same[k], k))
    return given[nearest]


def _merged_evaluation(names: list[str], evaluations: list[Evaluation], cards: list[Scorecard],
                       questions: list[QuestionConsensus]) -> Evaluation:
    answers = [_median_answer(evaluations, cards, i, q.median) for i, q in enumerate(questions)]
    first = evaluations[0]
    labels = list(dict.fromkeys(label for ev in evaluations for label in ev.labels))  # any evaluator's reading
    claims = [ev.claimed_scope for ev in evaluations if ev.claimed_scope is not None]
    return first.model_copy(update={
        "evaluator": "Consensus of " + ", ".join(names),
        "labels": labels, "claimed_scope": max(claims) if claims else None,
        "answers": [a for a in answers if a is not None],
        "documents": next((ev.documents for ev in evaluations if ev.documents), [])})


def _merged(engine, names: list[str], evaluations: list[Evaluation], cards: list[Scorecard],
            questions: list[QuestionConsensus]) -> Scorecard:
    card = engine.score(_merged_evaluation(names, evaluations, cards, questions))
    answers = []
    for answer, q in zip(card.answers, questions):
        given = ", ".join(f"{a.points:g}" for a in q.answers)
        note = f"Consensus: the median of {len(q.answers)} evaluator(s)' points ({given})."
        answers.append(answer.model_copy(update={"points": q.median, "reasons": [note, *answer.reasons]}))
    card.answers = answers
    card.sections = engine._sections(answers)
    card.overall = _weighted(card.sections)
    card.verdict = _verdict(card, engine.labels)
    return card
