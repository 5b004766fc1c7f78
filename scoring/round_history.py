"""A clarification round as a manager reads it afterwards: when and by whom it was sent, each question with what the
reply did to it and the reply's sentences that settled it, what the reply answered unasked, the gaps and flags it
closed and those it opened, named, and the score before -> after. The Follow-up page and every export lay it out."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from questions.loader import load_bank
from questions.models import Evaluation, QuestionBank

from .round_changes import RoundChange, closed_said
from .round_now import changes_now, open_now
from .round_unasked import Unasked, unasked
from .rounds import open_sources
from .scorecard import Scorecard

STATUS_SAID = {"open": "waiting for the reply", "answered": "answered", "partly": "partly answered",
               "not_answered": "not answered"}
ALSO_ANSWERED = "Also answered, not asked"
KIND_SAID = {"gap": "Label gap: {label}, on: {prompt}", "flag": "Risk flag: {title}", "question": "Unanswered: {prompt}",
             "incomplete": "Partly answered: {prompt}"}  # a source no question and no open gap says in words


@dataclass(frozen=True)
class AskedAgain:
    """One question of the round and what the reply did to it."""
    id: str
    text: str
    status: str  # in words: "answered", "partly answered", "not answered", "waiting for the reply"
    quotes: tuple[str, ...]  # the reply's sentences on it
    closed: str = ""  # closed today, in words (round_changes.closed_said): "yes", "open again: ..."
    why: str = ""  # why the reply answers it, partly or not
    settled_by: int = 0  # of a round with several replies, the one (1 the first) that settled it; 0: none, or one reply


@dataclass(frozen=True)
class ReplyHad:
    """One message that answered the round: its name, the day it states, the questions it settled."""
    document: str
    replied_on: date | None
    settled: tuple[str, ...]

    def said(self, number: int, today: date | None = None) -> str:
        """'Reply 2: KPI_figures.pdf, dated 2026-12-12; settled 1.4, 1.6' (a day after today said to be so)."""
        later = " (a date after today, as the reply states it)" if self.replied_on and self.replied_on > (
            today or date.today()) else ""
        dated = f", dated {self.replied_on.isoformat()}{later}" if self.replied_on else ""
        return f"Reply {number}: {self.document}{dated}; settled {', '.join(self.settled) or 'nothing still open'}"


@dataclass(frozen=True)
class RoundHistory:
    change: RoundChange
    sent_by: str
    reply: str  # the reply document's name, '' while it waits
    questions: tuple[AskedAgain, ...]
    unasked: tuple[Unasked, ...]
    closed: tuple[str, ...]  # the gaps, flags and questions the reply closed, by their titles
    new: tuple[str, ...]  # those open after the reply that were not before it
    replies: tuple[ReplyHad, ...] = ()  # every message that answered it, oldest first

    def replies_said(self) -> list[str]:
        """The round's replies as the exports list them: the one reply as the line has always said it; several, each
        with its date and the questions it settled."""
        if len(self.replies) <= 1:
            return [self.change.reply_said(self.reply) if self.reply else "awaiting the vendor's reply"]
        return [one.said(n) for n, one in enumerate(self.replies, 1)]

    def head(self) -> str:
        """'Round 2, sent 2026-12-06 by R. Hartley, plant manager'."""
        by = f" by {self.sent_by}" if self.sent_by else ""
        return f"Round {self.change.number}, sent {self.change.sent_at.isoformat()}{by}"

    def moved(self) -> list[tuple[str, tuple[str, ...]]]:
        """What the reply closed and opened, each by its title: ('New since the reply', ('Risk flag: ...',))."""
        return [(said, titles) for said, titles in (("Closed by the reply", self.closed), ("New since the reply", self.new))
                if titles]


def history(evaluation: Evaluation, card: Scorecard | None = None, bank: QuestionBank | None = None) -> list[RoundHistory]:
    """Each round, oldest first, as today's scorecard reads it (scoring/round_now.py)."""
    if not evaluation.rounds:
        return []
    bank = bank or load_bank()
    found = changes_now(evaluation, card, bank)
    titles, now = source_titles(evaluation, card, bank), open_now(evaluation, card, bank)
    return [RoundHistory(change, round_.sent_by, round_.reply_document,
                         tuple(AskedAgain(q.id, q.text, STATUS_SAID.get(q.status, q.status), tuple(q.quotes),
                                          closed_said(q, now), q.why, _settled_by(round_, q.id))
                               for q in round_.questions),
                         tuple(unasked(evaluation, round_, card)),
                         tuple(titles.get(s, s) for s in change.closed), tuple(titles.get(s, s) for s in change.new),
                         tuple(ReplyHad(r.document, r.replied_on, tuple(r.settled)) for r in round_.replies))
            for round_, change in zip(evaluation.rounds, found)]


def replies_said(round_) -> list[str]:
    """A round's several replies, each with its date and what it settled (Compare's line under a vendor); [] for one."""
    if len(round_.replies) < 2:
        return []
    return [ReplyHad(r.document, r.replied_on, tuple(r.settled)).said(n) for n, r in enumerate(round_.replies, 1)]


def dated_before_sent(round_) -> list[str]:
    """Each reply of the round that says it was written before the round's questions were sent (an answer to an
    earlier letter, a wrong message, or a date typed wrong): "Reply1.txt is dated 10 Nov 2026, before the questions
    of 6 Dec 2026": read, and said so, for the buyer to check (walk75)."""
    replies = round_.replies or ([] if not round_.replied_on else [None])
    dated = [(r.document, r.replied_on) if r else (round_.reply_document, round_.replied_on) for r in replies]
    return [f"{name or 'The reply'} is dated {_day(on)}, before the questions of {_day(round_.sent_at)} were sent: "
            "check that it answers this round" for name, on in dated if on and round_.sent_at and on < round_.sent_at]


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def _settled_by(round_, question: str) -> int:
    """Which of a round's several replies settled the question (1 the first); 0 where it has one reply or none did."""
    if len(round_.replies) < 2:
        return 0
    return next((n for n, one in enumerate(round_.replies, 1) if question in one.settled), 0)


def source_titles(evaluation: Evaluation, card: Scorecard | None, bank: QuestionBank) -> dict[str, str]:
    """Source id -> its title: as a round's letter said it, else as today's scorecard says it, else from the bank."""
    titles = {s.id: s.said for s in open_sources(evaluation, card, bank)} if card is not None else {}
    for round_ in evaluation.rounds:  # the words the buyer sent win: the title the vendor read
        for question in round_.questions:
            titles.update(zip(question.sources, question.comes_from))
    wanted = {s for r in evaluation.rounds for s in (*r.open_before, *r.open_after)} - set(titles)
    return titles | {s: _from_bank(s, bank) for s in wanted}


def _from_bank(source: str, bank: QuestionBank) -> str:
    """'flag:no_upkeep_owner' -> 'Risk flag: No named owner for upkeep': a source as its kind and the bank name it."""
    kind, _, rest = source.partition(":")
    label, _, question = rest.rpartition(":")
    prompts = {q.id: q.prompt for q in bank.questions().values()}
    names = {lab.id: lab.name for lab in bank.labels} | {f.id: f.title for f in bank.flags}
    said = KIND_SAID.get(kind)
    if said is None:
        return source
    return said.format(label=names.get(label, label), prompt=prompts.get(question, question), title=names.get(rest, rest))
