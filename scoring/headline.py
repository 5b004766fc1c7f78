"""The headline of a scorecard: the few figures a library row and the store's derived columns
need. Same numbers as the full Scorecard, without building every reason."""
from __future__ import annotations

from dataclasses import dataclass

from questions.models import Evaluation, QuestionBank

from .engine import engine_for


@dataclass(frozen=True, slots=True)
class Headline:
    overall: float  # 0-100
    claimed_scope: int
    delivered_scope: int
    gaps: int
    flags: int
    bank_version: str


def headline(evaluation: Evaluation, bank: QuestionBank | None = None) -> Headline:
    """The headline figures of one evaluation, equal to its full scorecard's."""
    engine = engine_for(bank)
    return Headline(*engine.tally(evaluation), engine.bank.version)


def headlines(evaluations, bank: QuestionBank | None = None) -> list[Headline]:
    """Headlines for many evaluations against one bank (e.g. re-scoring a library after a bank change)."""
    engine = engine_for(bank)
    tally, version = engine.tally, engine.bank.version
    return [Headline(*tally(ev), version) for ev in evaluations]
