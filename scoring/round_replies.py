"""A round that takes more than one reply: the vendor answers in several messages (an e-mail, then "as promised, the
KPI figures", a datasheet a day later, the security team's answer forwarded apart). A further message is read into the
same round against the questions still open: one an earlier reply settled stays settled, whatever the later one says;
an open one takes the later reading where it answers more or closes it. Each message is listed in the round
(Round.replies) with the questions it settled; the answers are drafted from every document as for the first reply,
and a change the later message proposes to an answer the buyer made is kept beside theirs, as before. Pure functions
over an Evaluation; the app and the CLI save or print what they return."""
from __future__ import annotations

from datetime import date

from questions.loader import load_bank
from questions.models import Document, Evaluation, QuestionBank, Round, RoundQuestion, RoundReply
from reading.documents import Citations
from reading.reply_drafting import draft_with_reply
from reading.reply_marks import put_off

from .engine import engine_for
from .round_asks import still_asked
from .round_declined import not_declined
from .rounds import ReplyOutcome, RoundError, _closed, _waiting, open_if_taken, open_sources, read_reply, reply_reader

RANK = {"open": 0, "not_answered": 1, "partly": 2, "answered": 3}  # how much of a question a reply answered


def replied_round(evaluation: Evaluation) -> Round | None:
    """The last round once a reply is read into it: the one a further message of the vendor's belongs to."""
    last = evaluation.rounds[-1] if evaluation.rounds else None
    return last if last is not None and last.replied else None


def read_reply_into_round(evaluation: Evaluation, reply: Document, bank: QuestionBank | None = None,
                          sent_by: str = "", today: date | None = None) -> ReplyOutcome:
    """The vendor's message read into the last round: its first reply, or (once it has one) a further reply."""
    if replied_round(evaluation) is None:
        return read_reply(evaluation, reply, bank, sent_by, today)
    return read_further_reply(evaluation, reply, bank, today)


def read_further_reply(evaluation: Evaluation, reply: Document, bank: QuestionBank | None = None,
                       today: date | None = None) -> ReplyOutcome:
    """A further message of the vendor's read into the last round, which has a reply already, against the questions
    no earlier reply settled; the round lists it with what it settled. Refused (RoundError) where no round has a reply
    yet, or where the same message was read before."""
    last = replied_round(evaluation)
    if last is None:
        raise RoundError("no round has a reply yet to add this one to")
    before = _read_before(evaluation, reply)
    if before is not None:
        raise RoundError(f"this reply is already read into round {before}")
    bank = bank or load_bank()
    engine, reader = engine_for(bank), reply_reader(bank)
    reply = reply.model_copy(update={"kind": "reply"})
    dated = reader.paragraphs.dated.stated(reply.text) or today or reply.added_at.date()
    listed = RoundReply(document=reply.name, sha256=reply.sha256, replied_on=dated)
    listing = last.model_copy(update={"replies": [*last.replies, listed]})  # its sentences drafted under this round
    known = {d.sha256 for d in evaluation.documents if d.sha256}
    documents = evaluation.documents if reply.sha256 in known else [*evaluation.documents, reply]
    evaluation = evaluation.model_copy(update={"documents": documents, "rounds": [*evaluation.rounds[:-1], listing]})
    read = reader.read([q for q in last.questions if not q.settled], reply.text)
    drafted, proposed, _ = draft_with_reply(evaluation, bank, reader)
    proposed = not_declined(evaluation, proposed)  # kept with "Keep my answer" (or take --keep): not proposed again
    card = engine.score(drafted)
    sources = open_sources(drafted, card, bank)
    after = [s.id for s in sources]
    as_taken, taken = open_if_taken(drafted, [p.proposed for p in proposed], engine, None, bank) if proposed \
        else (drafted, after)
    deferred = put_off(read.questions, reader.rules.topics, read.unsaid) | read.held
    now = {q.id: _waiting(_closed(q, taken, as_taken, bank.key_questions.integrations, q.topic in read.spoke,
                                  q.topic in read.later_only, read.unsaid.get(q.topic, ""), q.topic in deferred, bank),
                          after) for q in read.questions}
    questions = [q if q.settled else _later(q, now.get(q.id)) for q in last.questions]
    listed = listed.model_copy(update={"settled": [q.id for q, was in zip(questions, last.questions)
                                                   if q.settled and not was.settled]})
    cited = Citations([reply])
    pending = {a.question for a in last.proposed}  # undecided still; one the buyer decided comes back only if this adds
    proposed = [p for p in proposed if p.proposed.question in pending or any(cited.cite(q) for q in p.proposed.quotes)]
    asked = {q.topic for q in last.questions}
    done = listing.model_copy(update={
        "questions": questions, "replies": [*last.replies, listed], "score_after": card.overall, "open_after": after,
        "unasked": list(dict.fromkeys([*last.unasked, *(t for t in read.unasked if t not in asked)])),
        "proposed": [*(a for a in last.proposed if a.question not in {p.proposed.question for p in proposed}),
                     *(p.proposed for p in proposed)]})
    evaluation = drafted.model_copy(update={"rounds": [*evaluation.rounds[:-1], done]})  # open after: as the letter asks
    done = done.model_copy(update={"open_after": [s.id for s in still_asked(sources, evaluation)]})
    return ReplyOutcome(drafted.model_copy(update={"rounds": [*evaluation.rounds[:-1], done]}), done, proposed, card)


def _read_before(evaluation: Evaluation, reply: Document) -> int | None:
    """The round a message was read into already: the same file, or the same text pasted or saved apart."""
    text = reply.text.strip()
    same = ({d.sha256 for d in evaluation.documents if d.kind == "reply" and d.text.strip() == text} | {reply.sha256}) - {""}
    return next((r.number for r in evaluation.rounds for one in r.replies if one.sha256 in same), None)


def _later(was: RoundQuestion, now: RoundQuestion | None) -> RoundQuestion:
    """An open question as the later message leaves it: its reading where it answers more, or closes what was open
    (its status never lower than the earlier reply's, the sentences of both quoted); else as the earlier reply left it:
    a vague line said again reopens nothing and makes nothing specific."""
    if now is None or not (RANK[now.status] > RANK[was.status] or (now.closed and not was.closed) or now.waits):
        return was
    status = now.status if RANK[now.status] >= RANK[was.status] else was.status
    kept = was.quotes if was.status in ("answered", "partly") else []  # a dodge quoted under it answered nothing
    return now.model_copy(update={"status": status, "quotes": list(dict.fromkeys([*kept, *now.quotes]))})


def settled_by(round_: Round) -> dict[str, tuple[int, RoundReply]]:
    """Question id -> (the reply's place, 1 first, and the reply) that settled it, for a round with several replies."""
    return {qid: (n, one) for n, one in enumerate(round_.replies, 1) for qid in one.settled}


def read_replies(evaluation: Evaluation, replies: list[Document], bank: QuestionBank | None = None,
                 sent_by: str = "") -> ReplyOutcome | None:
    """A colleague's round read into this evaluation: every message the vendor sent to it, in the order the colleague
    read them. The first one not read here before answers this evaluation's open round (sent now where none is open),
    each later one is read into that round as a further reply; a message read here before is passed over (None: all
    were). A message still to read is drafted from only once read, each in turn: an evaluation joined after the
    colleague read them holds their documents already, and the first would otherwise be credited with the later ones'."""
    unread = {r.sha256 for r in replies if _read_before(evaluation, r) is None} - {""}
    evaluation = evaluation.model_copy(update={"documents": [d for d in evaluation.documents if d.sha256 not in unread]})
    outcome = None
    for reply in replies:
        if _read_before(evaluation, reply) is not None:
            continue
        begun = outcome is not None or any(_read_before(evaluation, r) is not None for r in replies)
        outcome = read_further_reply(evaluation, reply, bank) if begun else read_reply(evaluation, reply, bank, sent_by)
        evaluation = outcome.evaluation
    return outcome
