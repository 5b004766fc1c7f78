"""What a clarification round changed: asked, answered, the score before and after, the gaps closed,
still open and new, and the vendor's responsiveness, for the scorecard, the exports, Compare and the CLI."""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from questions.models import Round, RoundQuestion

from .scorecard import whole


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
    closed: list[str]  # sources (gaps, flags, questions) open before the reply and not after
    still_open: list[str]
    new: list[str]  # open after the reply, not before
    questions_closed: int = 0  # asked questions every source of which the reply settled
    waiting: int = 0  # answered, closing when the buyer takes the reply's answer
    open_again: int = 0  # closed by the reply, held open by today's scorecard (the answer that closed it changed)
    score_now: float | None = None  # today's overall, where the answers moved since (a redraft, an edit): said beside
    replied_on: date | None = None  # the day the reply says it was written, else the day it was read
    replies: int = 0  # the messages that answered the round, counted together (responsiveness is of them all)

    def reply_said(self, name: str, today: date | None = None) -> str:
        """'Risposta_EDA_round1.txt, dated 2026-12-11': the reply's name and the day it states; a day after `today` (the
        vendor's clock or a slip) kept as stated and said to be so, not refused nor put back to the day it was read."""
        if not (self.replied_on and self.replied):
            return name
        later = " (a date after today, as the reply states it)" if self.replied_on > (today or date.today()) else ""
        return f"{name}, dated {self.replied_on.isoformat()}{later}"

    @property
    def responsiveness(self) -> float | None:
        """Answered of asked, a partial answer counting half (None before a reply)."""
        if not self.replied or not self.asked:
            return None
        return round((self.answered + 0.5 * self.partly) / self.asked, 3)

    def line(self) -> str:
        """'Round 1, sent 2026-12-01: 5 asked, 3 answered, 1 partly, 1 not; score 42 -> 55; 3 of 5 questions
        closed, 2 still open; 1 new gap or flag': questions counted as asked, so closed and still open add up to
        asked (a question stands for a gap, a flag and an unanswered question on one topic)."""
        head = f"Round {self.number}, sent {self.sent_at.isoformat()}: {self.asked} asked"
        head += f" ({self.replies} replies, read together)" if self.replies > 1 else ""
        if not self.replied:
            return f"{head}; awaiting the reply (score {_score(self.score_before)} when sent{self._today(self.score_before)})"
        waits = f" ({self.waiting} when you take the reply's answer)" if self.waiting else ""
        new = f"; {len(self.new)} new gap{'s' if len(self.new) != 1 else ''} or flag{'s' if len(self.new) != 1 else ''}" \
            if self.new else ""
        again = f"; {self.open_again} of those closed open again since (an answer that closed it changed)" \
            if self.open_again else ""
        return (f"{head}, {self.answered} answered, {self.partly} partly, {self.not_answered} not; "
                f"score {_moved(self.score_before, self.score_after)}{self._today(self.score_after)}; {self.questions_closed} of "
                f"{self.asked} questions closed, {self.asked - self.questions_closed} still open{waits}{new}{again}")

    def score_said(self) -> str:
        """The score the round moved, as its line says it: '32 -> 38', '38 -> 38, 39 today', '32 when sent'."""
        if not self.replied:
            return f"{_score(self.score_before)} when sent{self._today(self.score_before)}"
        return f"{_moved(self.score_before, self.score_after)}{self._today(self.score_after)}"

    def _today(self, last: float | None) -> str:
        """', 0 today' where today's overall is not the round's last score (the answers changed since), so a line
        never stands beside a scorecard that says another score unexplained."""
        if self.score_now is None or last is None or whole(self.score_now) == whole(last):
            return ""
        return f", {whole(self.score_now)} today"

    def as_json(self) -> dict:
        return {"number": self.number, "sent_at": self.sent_at.isoformat(), "replied": self.replied,
                "replied_on": self.replied_on.isoformat() if self.replied_on else None,
                "score_before": self.score_before, "score_after": self.score_after, "score_now": self.score_now,
                "asked": self.asked,
                "answered": self.answered, "partly": self.partly, "not_answered": self.not_answered,
                "responsiveness": self.responsiveness, "closed": self.closed, "still_open": self.still_open,
                "new": self.new, "questions_closed": self.questions_closed, "replies": self.replies,
                "questions_still_open": self.asked - self.questions_closed if self.replied else self.asked,
                "questions_waiting": self.waiting, "questions_open_again": self.open_again}


def _score(value: float | None) -> str:
    return "-" if value is None else str(whole(value))


def _moved(before: float | None, after: float | None) -> str:
    """'42 -> 55', whole as the scorecard shows each score; a move whole points hide said in words ('50 -> 50, up
    less than a point'), not by a decimal the scorecard never shows ('49.7 -> 50.2' beside a scorecard's 50)."""
    said = f"{_score(before)} -> {_score(after)}"
    if None in (before, after) or before == after or whole(before) != whole(after):
        return said
    return f"{said}, {'up' if after > before else 'down'} less than a point"


def open_again(question: RoundQuestion, open_now: Collection[str] | None) -> list[str]:
    """What a question the reply closed comes from that today's scorecard holds open again: the buyer rejected or
    changed the answer that closed it. The round stays as the reply left it; this is how it reads today."""
    if not question.closed or open_now is None:
        return []
    return [said for source, said in zip(question.sources, question.comes_from or question.sources) if source in open_now]


def closed_said(question: RoundQuestion, open_now: Collection[str] | None) -> str:
    """Whether the question is closed today, as the Follow-up page and every export say it: "yes", "no", "when you
    take its answer", "open again: ..." (the buyer has since rejected or changed the answer that closed it); "" before
    a reply."""
    if question.closed is None:
        return ""
    again = open_again(question, open_now)
    if again:
        return "open again: " + "; ".join(again)
    return "yes" if question.closed else ("when you take its answer" if question.waits else "no")


def changes(round_: Round, open_now: Collection[str] | None = None) -> RoundChange:
    """The round's outcome; with `open_now` (today's open sources: scoring/round_now.py), a question the reply
    closed and the scorecard holds open again counts as open again, not closed."""
    again = sum(bool(open_again(q, open_now)) for q in round_.questions)
    statuses = [q.status for q in round_.questions]
    before, after = round_.open_before, round_.open_after if round_.replied else round_.open_before
    return RoundChange(number=round_.number, sent_at=round_.sent_at, replied=round_.replied,
                       score_before=round_.score_before, score_after=round_.score_after,
                       asked=len(statuses), answered=statuses.count("answered"), partly=statuses.count("partly"),
                       not_answered=statuses.count("not_answered"),
                       closed=[s for s in before if s not in after] if round_.replied else [],
                       still_open=[s for s in before if s in after],
                       new=[s for s in after if s not in before] if round_.replied else [],
                       questions_closed=sum(bool(q.closed) for q in round_.questions) - again,
                       waiting=sum(q.waits for q in round_.questions), open_again=again, replied_on=round_.replied_on,
                       replies=len(round_.replies) or int(round_.replied))
