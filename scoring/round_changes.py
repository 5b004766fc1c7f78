"""What a clarification round changed: asked, answered, the score before and after, the gaps closed,
still open and new, and the vendor's responsiveness, for the scorecard, the exports, Compare and the CLI."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from questions.models import Round


@dataclass(frozen=True)
class RoundChange:
    """One round's outcome, for the scorecard, the exports and the CLI."""
    number: int
    sent_at: date
    replied: bool
    score_before: float | None
    score_after: float | None
    asked: int
    answered: int
    partly: int
    not_answered: int
    closed: list[str]  # sources open before the reply and not after
    still_open: list[str]
    new: list[str]  # open after the reply, not before

    @property
    def responsiveness(self) -> float | None:
        """Answered of asked, a partial answer counting half (None before a reply)."""
        if not self.replied or not self.asked:
            return None
        return round((self.answered + 0.5 * self.partly) / self.asked, 3)

    def line(self) -> str:
        """'Round 1, sent 2026-12-01: 5 asked, 3 answered, 1 partly; score 42 -> 55, 4 closed, 2 still open'."""
        head = f"Round {self.number}, sent {self.sent_at.isoformat()}: {self.asked} asked"
        if not self.replied:
            return f"{head}; awaiting the reply (score {_score(self.score_before)})"
        return (f"{head}, {self.answered} answered, {self.partly} partly, {self.not_answered} not; "
                f"score {_score(self.score_before)} -> {_score(self.score_after)}; {len(self.closed)} closed, "
                f"{len(self.still_open)} still open, {len(self.new)} new")

    def as_json(self) -> dict:
        return {"number": self.number, "sent_at": self.sent_at.isoformat(), "replied": self.replied,
                "score_before": self.score_before, "score_after": self.score_after, "asked": self.asked,
                "answered": self.answered, "partly": self.partly, "not_answered": self.not_answered,
                "responsiveness": self.responsiveness, "closed": self.closed, "still_open": self.still_open,
                "new": self.new}


def _score(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def changes(round_: Round) -> RoundChange:
    statuses = [q.status for q in round_.questions]
    before, after = round_.open_before, round_.open_after if round_.replied else round_.open_before
    return RoundChange(number=round_.number, sent_at=round_.sent_at, replied=round_.replied,
                       score_before=round_.score_before, score_after=round_.score_after,
                       asked=len(statuses), answered=statuses.count("answered"), partly=statuses.count("partly"),
                       not_answered=statuses.count("not_answered"),
                       closed=[s for s in before if s not in after] if round_.replied else [],
                       still_open=[s for s in before if s in after],
                       new=[s for s in after if s not in before] if round_.replied else [])
