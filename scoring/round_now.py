"""The clarification rounds as today's scorecard reads them: a question a reply closed is open again once the
buyer rejects or changes the answer that closed it (scoring/round_changes.py `open_again`). The rounds are kept
as each reply left them; every view of them (the Follow-up page, the scorecard, exports, Compare, the CLI) asks
here what is open today."""
from __future__ import annotations

from dataclasses import replace

from questions.models import Evaluation, QuestionBank

from .engine import engine_for
from .round_changes import RoundChange, changes
from .round_asks import still_asked
from .rounds import open_sources
from .scorecard import Scorecard


def open_now(evaluation: Evaluation, card: Scorecard | None = None, bank: QuestionBank | None = None) -> frozenset[str]:
    """Today's open gaps, flags and questions (as a round's sources name them); none to find before a reply."""
    if not any(r.replied for r in evaluation.rounds):
        return frozenset()
    card = card if card is not None else engine_for(bank).score(evaluation)
    return frozenset(s.id for s in still_asked(open_sources(evaluation, card, bank), evaluation))  # as the letter asks


def changes_now(evaluation: Evaluation, card: Scorecard | None = None,
                bank: QuestionBank | None = None) -> list[RoundChange]:
    """Each round's outcome, oldest first, as today's scorecard holds it; the latest says today's score too."""
    if not evaluation.rounds:
        return []
    card = card if card is not None else engine_for(bank).score(evaluation)
    now = open_now(evaluation, card, bank)
    found = [changes(r, now) for r in evaluation.rounds]
    return [*found[:-1], replace(found[-1], score_now=card.overall)]
