"""Several evaluators, one proposal: each one's points per question, where they disagree, and the
merged scorecard (the median of their points per question). Pure: no Streamlit, no storage.

    panel = [("Ann (maintenance)", ann_evaluation), ("Raj (IT/OT)", raj_evaluation)]
    result = consensus(panel)
    result.merged.overall, [q.prompt for q in result.disagreements]

Evaluators answer at their own pace, so a question counts only the evaluators who have answered it
(an evidence level and some content, or a draft they rejected: their judgement that it earns nothing):
one not reached yet is listed apart (`waiting`), is never a disagreement and never pulls the median
down. A question nobody answered merges as unanswered.

The merged scorecard's scope, gaps and flags come from a merged evaluation that takes, per
question, the answer whose points sit at the median (the lower one when two are equally near),
so each gap or flag still rests on an answer someone actually gave. Once everyone has answered, a merged
section or overall score sits within the evaluators' own (medians of three can otherwise add up above all).
"""
from __future__ import annotations

import statistics
from collections.abc import Sequence

from plaintext.chars import sentence
from questions.loader import load_bank, load_disagreement_share as disagreement_share
from questions.models import Answer, Evaluation, QuestionBank

from .engine import _verdict, _weighted, engine_for
from .scorecard import Out, Scorecard
from questions.wording import many

_TOLERANCE = 1e-9  # points are rounded to 3 decimals; a spread exactly at the line counts


def answered(answer: Answer | None) -> bool:
    """An evaluator has answered a question once it has an evidence level and some content, or once they
    rejected its draft; an empty row (a level picked, nothing said yet) is still a question not reached."""
    return answer is not None and (rejected(answer) or answer.evidence != "not_answered" and answer.has_content)


def rejected(answer: Answer | None) -> bool:
    """A draft the evaluator reviewed and emptied: a judgement (zero points), not a question left for later."""
    return answer is not None and answer.drafted and answer.reviewed and not answer.has_content


class EvaluatorAnswer(Out):
    evaluator: str
    points: float
    evidence: str
    summary: str
    unreviewed: bool = False  # drafted from the proposal; this evaluator has not kept, edited or rejected it
    answered: bool = True  # False: not reached yet; its 0 points count nowhere
    rejected: bool = False  # the evaluator rejected the draft: its 0 points count like any answer's


class QuestionConsensus(Out):
    question: str
    section: str
    prompt: str
    max_points: float
    answers: list[EvaluatorAnswer]  # one per evaluator, in the panel's order, answered or not
    median: float  # of the evaluators who answered it; 0 when nobody has
    spread: float  # highest minus lowest points among those who answered it
    disagreement: bool  # spread >= the share x max_points, with two or more evaluators who answered it

    @property
    def given(self) -> list[EvaluatorAnswer]:
        """The answers the median and the flag rest on."""
        return [a for a in self.answers if a.answered]

    @property
    def middle(self) -> str:
        """How the merged points are taken, said as they are: the median of three or more; of two answers, which
        have no middle one, their mean ("mean of the two 0.9" beside "1.8 / 0"), never a median made up."""
        return f"{'mean of the two' if len(self.given) == 2 else 'median'} {self.median:g}"

    @property
    def waiting(self) -> list[str]:
        """The evaluators who have not answered this question yet."""
        return [a.evaluator for a in self.answers if not a.answered]


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

    @property
    def progress(self) -> dict[str, tuple[int, int]]:
        """Evaluator -> (questions they have answered, questions in all)."""
        total = len(self.questions)
        return {name: (sum(q.answers[i].answered for q in self.questions), total)
                for i, name in enumerate(self.evaluators)}

    @property
    def waiting(self) -> list[QuestionConsensus]:
        """The questions some evaluator has not answered yet."""
        return [q for q in self.questions if q.waiting]

    def answered_in(self, section: str) -> dict[str, int]:
        """Evaluator -> how many of the section's questions they have answered."""
        mine = [q for q in self.questions if q.section == section]
        return {name: sum(q.answers[i].answered for q in mine) for i, name in enumerate(self.evaluators)}

    def rests_on(self, section: str | None = None) -> int:
        """How many evaluators the merged section score (without a section: the overall) rests on:
        those who answered any of its questions."""
        counts = self.answered_in(section).values() if section else (done for done, _ in self.progress.values())
        return sum(n > 0 for n in counts)

    @property
    def title(self) -> str:
        """The merged scorecard's name: of two evaluators the mean of their points, of more the median."""
        return "Consensus (mean of the two)" if len(self.evaluators) == 2 else "Consensus (median)"

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
    merged = _merged(engine, names, evaluations, cards, questions)
    return Consensus(proposal=panel[0][1].proposal, evaluators=names, share=share, questions=questions,
                     merged=merged, scorecards=cards)


def _question(i: int, names: list[str], evaluations: list[Evaluation], cards: list[Scorecard],
              share: float) -> QuestionConsensus:
    scored = [card.answers[i] for card in cards]
    first = scored[0]
    answers = [EvaluatorAnswer(evaluator=n, points=a.points, evidence=a.evidence, summary=a.summary,
                               unreviewed=_unreviewed(ev, a.question), answered=answered(ev.answer(a.question)),
                               rejected=rejected(ev.answer(a.question)))
               for n, ev, a in zip(names, evaluations, scored)]
    points = [a.points for a in answers if a.answered] or [0.0]  # nobody yet: nothing to merge or to differ
    spread = round(max(points) - min(points), 3)
    return QuestionConsensus(
        question=first.question, section=first.section, prompt=first.prompt, max_points=first.max_points,
        answers=answers, median=round(statistics.median(points), 3), spread=spread,
        disagreement=len(points) > 1 and first.max_points > 0 and spread >= share * first.max_points - _TOLERANCE)


def _unreviewed(evaluation: Evaluation, qid: str) -> bool:
    answer = evaluation.answer(qid)
    return answer is not None and answer.unreviewed


def _median_answer(evaluations: list[Evaluation], cards: list[Scorecard], q: QuestionConsensus,
                   i: int) -> Answer | None:
    """Of the evaluators who answered, the answer whose points are nearest the median; of two equally
    near, the lower-scored one, then the one most of them gave word for word, then the first's."""
    given = [ev.answer(q.question) for ev in evaluations]
    counted = [k for k, a in enumerate(q.answers) if a.answered]
    if not counted:
        return None
    same = [sum(given[j] == given[k] for j in counted) for k in range(len(given))]
    nearest = min(counted, key=lambda k: (abs(cards[k].answers[i].points - q.median),
                                          cards[k].answers[i].points, -same[k], k))
    return given[nearest]


def _merged_evaluation(names: list[str], evaluations: list[Evaluation], cards: list[Scorecard],
                       questions: list[QuestionConsensus]) -> Evaluation:
    answers = [_median_answer(evaluations, cards, q, i) for i, q in enumerate(questions)]
    first = evaluations[0]
    labels = list(dict.fromkeys(label for ev in evaluations for label in ev.labels))  # any evaluator's reading
    claims = [ev.claimed_scope for ev in evaluations if ev.claimed_scope is not None]
    return first.model_copy(update={
        "evaluator": "Consensus of " + ", ".join(names),
        "labels": labels, "claimed_scope": max(claims) if claims else None,
        "answers": [a for a in answers if a is not None],
        "documents": next((ev.documents for ev in evaluations if ev.documents), [])})


def _note(q: QuestionConsensus) -> str:
    """The merged answer's first reason: whose points it is the median of, and who has not answered."""
    given = q.given
    if not given:
        return "Consensus: no evaluator has answered it yet."
    points = ", ".join(f"{a.points:g}" for a in given)
    whose = many(len(given), "evaluator's", "evaluators'")
    taken = "mean" if len(given) == 2 else "median"  # two values have no middle one
    note = f"Consensus: the {taken} of {whose} points ({points})."
    return note + (" " + sentence(f"Not answered yet by {', '.join(q.waiting)}") if q.waiting else "")


def _bounded(merged: float, own: list[float], questions: list[QuestionConsensus]) -> float:
    """Per-question medians of three or more evaluators can add up above (or below) every evaluator's own score;
    a merged score sits within theirs once each has answered all it rests on (mid-way, one not reached yet
    must not pull it down, so it is left as summed)."""
    if any(q.waiting for q in questions):
        return merged
    return min(max(merged, min(own)), max(own))


def _within(section, own: list[float], questions: list[QuestionConsensus]):
    return section.model_copy(update={"score": _bounded(section.score, own, questions)})


def _merged(engine, names: list[str], evaluations: list[Evaluation], cards: list[Scorecard],
            questions: list[QuestionConsensus]) -> Scorecard:
    card = engine.score(_merged_evaluation(names, evaluations, cards, questions))
    card.answers = [answer.model_copy(update={"points": q.median, "reasons": [_note(q), *answer.reasons]})
                    for answer, q in zip(card.answers, questions)]
    card.sections = [_within(section, [c.section(section.id).score for c in cards],
                             [q for q in questions if q.section == section.id])
                     for section in engine._sections(card.answers)]
    card.overall = _bounded(_weighted(card.sections), [c.overall for c in cards], questions)
    card.verdict = _verdict(card, engine.labels)
    return card
