"""Clarification rounds: the open questions to send, a round frozen, a reply read (what it changed:
scoring/round_changes.py).

One question per open topic (questions/rounds.yaml): a label gap, a risk flag and an unanswered
essential question on the same topic are one question, tied to each of them. What the answers
settle is never asked: a source is open only while the scorecard still shows it. Pure functions
over an Evaluation; the app and the CLI save or print what they return.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from plaintext.chars import sentence
from questions.loader import load_bank, load_round_rules
from questions.models import Answer, Document, Evaluation, QuestionBank, Round, RoundQuestion, RoundReply, RoundRules
from reading.documents import Citations
from reading.reply import ReplyReader
from reading.reply_combine import Proposed
from reading.reply_drafting import draft_with_reply
from reading.reply_scoped import scoped_out
from reading.reply_given import given_parts
from reading.reply_marks import put_off
from reading.reply_readers import reply_reader_for
from reading.text import Reading

from .engine import Engine, engine_for
from .round_declined import not_declined
from .round_asks import (MAX_PROPOSAL_QUOTES, proposal_quotes, question_text, quoted_once, read_by, read_options,
                         spoke_to, still_asked)
from .mail_said import mail_sources
from .contract_terms import term_sources
from .round_left import left_open
from .round_links import incomplete_connections, open_links_ask, scoped_mark
from .round_short import short_of
from .rules import is_answered, questions_in
from .scorecard import Scorecard

WAITS = "; your own answer still stands on the scorecard: take the answer the reply proposes to close it."

GAP_SAID = "Label gap: sold as {label}, but {missing}"  # a label gap as a round question's comes_from says it


class RoundError(ValueError):
    """A round that cannot be made now (the last one still waits for its reply)."""


@dataclass(frozen=True)
class Source:
    id: str  # 'gap:ai:upkeep.human_review', 'flag:no_human_review', 'question:upkeep.owner'
    topic: str
    said: str  # as the letter says where the question comes from
    count: int = 0  # how many a label gap's rule counts ("at least two business systems"); 0: one or none
    follow_up: str = ""  # a gap's or a flag's own question, on what it lacks ("Which condition data ...?")
    reads: tuple[str, ...] = ()  # the questions its rule or condition reads (its proposal quotes come from those)
    own: str = ""  # an added question the topic's question does not name, in its own words (Topic.own_words)


def _gap_count(engine: Engine, gap) -> int:
    """How many things a gap's rule counts at its top ("integrated: count 2", "min_chosen: count 3"), 0 for none."""
    for req, _ in engine.requirements.get(gap.label, []):
        if req.missing == gap.missing:
            return max((c.get("count", 0) for c in req.when.values() if isinstance(c, dict)), default=0)
    return 0


def _gap_question(engine: Engine, gap, topic_of: dict[str, str]) -> str:
    """The last question a gap's rule reads that a topic covers: in "data captured, and months of history" the last
    part names what is asked for."""
    return next((q for q in reversed(engine.gap_reads(gap)) if q in topic_of), "")


def open_sources(evaluation: Evaluation, card: Scorecard, bank: QuestionBank | None = None,
                 rules: RoundRules | None = None, also: frozenset[str] = frozenset()) -> list[Source]:
    """Every gap, flag, unanswered essential question and half-described link the scorecard shows open, with
    its topic; an unanswered question the buyer chose to ask too (`also`, or asked in a round) counts as essential."""
    bank, rules = bank or load_bank(), rules or load_round_rules()
    also = also | asked_too(evaluation)
    engine, topic_of = engine_for(bank), rules.topic_of
    flag_topic = {f: t.id for t in rules.topics for f in t.flags}
    flag_when = {f.id: f.when for f in bank.flags}
    found = []
    for gap in card.gaps:
        question = _gap_question(engine, gap, topic_of)
        found.append(Source(f"gap:{gap.label}:{question}", topic_of.get(question, ""),
                            GAP_SAID.format(label=gap.label_name, missing=gap.missing), _gap_count(engine, gap),
                            gap.follow_up, tuple(engine.gap_reads(gap))))
    for flag in card.flags:
        found.append(Source(f"flag:{flag.id}", flag_topic.get(flag.id, ""), f"Risk flag: {flag.title}",
                            follow_up=flag.follow_up, reads=tuple(questions_in(flag_when.get(flag.id, {"all": []})))))
    prompts = engine.questions
    for topic in rules.topics:
        for qid in [*topic.essential, *(q for q in topic.questions if q in also and q not in topic.essential)]:
            if qid in prompts and not is_answered(evaluation.answer(qid)):
                # one the buyer added asks its own prompt where the topic's question is answered (`question_text`)
                found.append(Source(f"question:{qid}", topic.id, f"Unanswered: {prompts[qid].prompt}", reads=(qid,),
                                    own=prompts[qid].prompt if qid in topic.own_words else "",
                                    follow_up="" if qid in topic.essential else prompts[qid].prompt))
    # a link named without its method or owner: the scope ladder's integrated level needs both, gap or not
    links = engine.integrations_question
    lacks = incomplete_connections(evaluation, links)
    if lacks:  # asked again, only what each link lacks (round_links.py)
        topic = next((t for t in rules.topics if t.id == topic_of.get(links)), None)
        found.append(Source(f"incomplete:{links}", topic_of.get(links, ""), "Partly answered: " + "; ".join(lacks),
                            reads=(links,), follow_up=open_links_ask(evaluation, links, topic and topic.open_links, bank)))
    found += [Source(*said) for said in mail_sources(evaluation, topic_of, prompts)]  # the e-mail's word, to confirm
    found += [Source(*said) for said in term_sources(evaluation, frozenset(t.id for t in rules.topics))]  # terms.yaml
    found += [Source(*left) for left in left_open(evaluation, card.labels, rules.topics, reply_reader_for(bank), found)]
    return [s for s in found if s.topic]  # a rule no topic covers is the bank's to fix (tests check none)


def asked_too(evaluation: Evaluation) -> frozenset[str]:
    """The questions a round asked as unanswered ('question:<id>' sources): asked again while still unanswered."""
    return frozenset(s.split(":", 1)[1] for r in evaluation.rounds for q in r.questions for s in q.sources
                     if s.startswith("question:"))


def may_also_ask(evaluation: Evaluation, card: Scorecard, bank: QuestionBank | None = None,
            rules: RoundRules | None = None) -> list[str]:
    """The unanswered questions a topic covers that the next letter does not ask: the buyer may add them (`also`)."""
    rules = rules or load_round_rules()
    asked = {s.id.split(":", 1)[1] for s in open_sources(evaluation, card, bank, rules) if s.id.startswith("question:")}
    prompts, settled = engine_for(bank).questions, settled_topics(evaluation)
    return [q for t in rules.topics for q in t.questions
            if q in prompts and q not in asked and not is_answered(evaluation.answer(q))
            and (t.id not in settled or q in t.own_words)]


def settled_topics(evaluation: Evaluation) -> frozenset[str]:
    """The topics a reply answered and closed: an added question of one is asked in the topic's own words, which the
    vendor has answered already ("buffers 14 days ..., 99.5 % availability"), unless it has words of its own."""
    return frozenset(q.topic for r in evaluation.rounds if r.replied for q in r.questions
                     if q.closed and q.status == "answered")


def open_questions(evaluation: Evaluation, card: Scorecard, bank: QuestionBank | None = None,
                   rules: RoundRules | None = None, also: frozenset[str] = frozenset()) -> list[RoundQuestion]:
    """The next round's questions: one per open topic, in the topics' order, each tied to its sources."""
    rules = rules or load_round_rules()
    sources = still_asked(open_sources(evaluation, card, bank, rules, also), evaluation)
    number = len(evaluation.rounds) + 1
    offer = [d.text for d in evaluation.documents if d.kind != "reply"]
    reader, parts = reply_reader_for(bank or load_bank()), []
    for topic in rules.topics:
        mine = [s for s in sources if s.topic == topic.id]
        if mine:
            # what the offer already states of the question ("annual licence and support EUR 14,000") is not asked
            given, said = given_parts(reader, topic, offer) if topic.given else ([], [])
            given += [kind for kind, part in topic.given.items()
                      if part.links and kind not in given and _links_stated(evaluation, topic, mine)]
            read = read_options(evaluation, topic, given)  # who keeps it, as drafting read it from the offer
            given, said = given + list(read), said + [q for q in read.values() if q not in said]
            quotes = proposal_quotes(evaluation, read_by(mine, topic),
                                      (bank or load_bank()).key_questions.integrations)
            parts.append((topic, mine, given, said, quotes))
    kept = quoted_once({topic.id: quotes for topic, _, _, _, quotes in parts}, evaluation, reader, rules.topics)
    spoke = spoke_to(evaluation)
    return [RoundQuestion(id=f"{number}.{n}", text=question_text(topic, mine, given, topic.id in spoke),
                          topic=topic.id,
                          sources=[s.id for s in mine], comes_from=[s.said for s in mine], given=given,
                          proposal_quotes=list(dict.fromkeys([*kept[topic.id][:MAX_PROPOSAL_QUOTES], *said])))
            for n, (topic, mine, given, said, _) in enumerate(parts, 1)]


def _links_stated(evaluation: Evaluation, topic, sources: list[Source]) -> bool:
    """Every source of the topic is a drafted link that lacks only its owner: each link names its system, its way and
    its direction ("orders from your SAP ERP via the standard IDoc interface"; rounds.yaml `given` with `links`)."""
    if not all(s.id.startswith("incomplete:") for s in sources):
        return False
    rows = [row for qid in topic.questions if (answer := evaluation.answer(qid)) for row in answer.integrations]
    return bool(rows) and all(row.direction != "none" and row.method.strip() for row in rows)


def open_round(evaluation: Evaluation) -> Round | None:
    """The last round while it waits for the vendor's reply."""
    last = evaluation.rounds[-1] if evaluation.rounds else None
    return last if last is not None and not last.replied else None


def freeze(evaluation: Evaluation, card: Scorecard, sent_by: str, today: date,
           bank: QuestionBank | None = None, also: frozenset[str] | None = None) -> Evaluation:
    """The evaluation with round N appended: today's open questions (and the unanswered ones `also` asked, by default
    those the buyer picked and saved, `also_ask`), as sent, by whom; the picks asked now, none is left pending."""
    waiting = open_round(evaluation)
    if waiting is not None:
        raise RoundError(f"round {waiting.number} still waits for the vendor's reply")
    also = frozenset(evaluation.also_ask) if also is None else also
    sources = open_sources(evaluation, card, bank, also=also)
    new = Round(number=len(evaluation.rounds) + 1, sent_at=today, sent_by=sent_by,
                questions=open_questions(evaluation, card, bank, also=also), score_before=card.overall,
                open_before=[s.id for s in sources])
    return evaluation.model_copy(update={"rounds": [*evaluation.rounds, new], "also_ask": []})


def _closed(question: RoundQuestion, open_after: list[str], evaluation: Evaluation | None = None,
            integrations: str = "", spoke: bool = False, later_only: bool = False, unsaid: str = "",
            deferred: bool = False, bank: QuestionBank | None = None) -> RoundQuestion:
    """Closed when none of its sources is open after the reply. A question whose sources the
    scorecard still holds open is answered at most partly, whatever its sentences name: the why
    says what is missing (a connection without its method or owner) and what stays open. One the
    reply speaks to, not vaguely, and whose every source the answers drafted from it settle is
    answered, though its sentences name the substance in words the reading does not list (one
    read as partly answered stays so: the reply left out a part the question asked; unless it named
    only a later part, `later_only`, and said what the question is about in such words)."""
    still = [source for source in question.sources if source in open_after]
    said = dict(zip(question.sources, question.comes_from))
    why, status = question.why, question.status
    if not still and spoke and (status == "not_answered" or later_only):
        status, why = "answered", "The answers drafted from the reply settle every gap, flag and question it came from."
        if unsaid and not later_only:  # "our desk in Gdynia maintains it": who, but not the fee asked
            status, why = "partly", sentence(why[:-1] + f", but it does not name {unsaid}")
    if still and status in ("answered", "partly"):
        if status == "answered":
            status = "partly"
            why = why.rstrip(".") + ", but not all the scorecard needs."
        gaps = incomplete_connections(evaluation, integrations) if _reads(still, integrations) else []
        if gaps:
            why += " " + sentence("; ".join(gaps))
        why += " " + sentence("Still open on the scorecard: " + "; ".join(said.get(s, s) for s in still))
        short = short_of(still, evaluation, bank or load_bank())  # "names quality events ..., none of them vibration ..."
        why += "".join(f" {sentence(s)}" for s in short)
    if not still and status == "not_answered" and not spoke:  # closed, though the reply never speaks to it: say why
        why = why.rstrip(".") + "; " + _closed_otherwise(question, evaluation)
    if deferred and not still:  # "our service team, price on request": the price asked is put off, not answered
        why = why.rstrip(".") + f"; it puts off {unsaid}, so the question stays open."
    return question.model_copy(update={"closed": not still and not deferred, "why": why, "status": status})


def _closed_otherwise(question: RoundQuestion, evaluation: Evaluation | None) -> str:
    """Why a question the reply does not address is closed all the same: an answer to one of its sources drafted from a
    reply sentence on no question of the letter ("Securite : ... (TLS 1.2)" read as the protocols), quoted so the buyer
    can check it; else the scorecard no longer holds what it came from (an answer the buyer changed, a label removed)."""
    reply = next((d for d in reversed(evaluation.documents) if d.kind == "reply"), None) if evaluation else None
    asked = {s.rsplit(":", 1)[1] for s in question.sources if not s.startswith("flag:")}
    quotes = [q for a in (evaluation.answers if reply else []) if a.question in asked for q in a.quotes
              if Citations([reply]).cite(q)]
    if quotes:
        return (f"it is closed only by the answer drafted from \u201c{quotes[0]}\u201d, which the reply does not give "
                "as an answer to it: check that answer on the scorecard.")
    said = "; ".join(question.comes_from or question.sources)
    return f"it is closed as the scorecard no longer holds what it came from ({said})."


def _reads(sources: list[str], question: str) -> bool:
    """Whether an open source comes from the question (its gap's rule reads it, or it is unanswered)."""
    return bool(question) and any(s.endswith(":" + question) for s in sources)


@dataclass(frozen=True)
class ReplyOutcome:
    evaluation: Evaluation  # with the reply among its documents, the answers drafted, the round filled in
    round: Round
    proposed: list[Proposed]  # changes to the buyer's own answers, for the buyer to accept or not
    card: Scorecard  # the scorecard after the reply


def reply_reader(bank: QuestionBank) -> ReplyReader:
    return reply_reader_for(bank)  # the one drafting reads a proposal's link owners with


def read_reply(evaluation: Evaluation, reply: Document, bank: QuestionBank | None = None, sent_by: str = "",
               today: date | None = None) -> ReplyOutcome:
    """Read the vendor's reply against the open round (frozen first, today, when none is open):
    each question marked, answers drafted from every document plus the reply (the buyer's own never
    changed: `proposed` instead), the score and the open sources after."""
    bank = bank or load_bank()
    engine = engine_for(bank)
    day = today or reply.added_at.date()  # the day it was read: the round's, and the reply's where it states none
    if open_round(evaluation) is None:
        evaluation = freeze(evaluation, engine.score(evaluation), sent_by or evaluation.evaluator, day, bank)
    current = evaluation.rounds[-1]
    reply = reply.model_copy(update={"kind": "reply"})
    known = {d.sha256 for d in evaluation.documents if d.sha256}
    documents = evaluation.documents if reply.sha256 and reply.sha256 in known else [*evaluation.documents, reply]
    reader = reply_reader(bank)
    read = reader.read(current.questions, reply.text)
    drafted, proposed, offer = draft_with_reply(evaluation.model_copy(update={"documents": documents}), bank, reader)
    proposed = not_declined(evaluation, proposed)  # a change the buyer declined is not proposed again
    whole = _read_whole(drafted.documents, reply, offer, reader)
    card = engine.score(drafted, whole)
    sources = open_sources(drafted, card, bank)
    after = [s.id for s in sources]  # marked on what the reply says: its links' owners too, as its proposal holds them
    as_taken, taken = open_if_taken(drafted, [p.proposed for p in proposed], engine, whole, bank) if proposed \
        else (drafted, after)
    deferred = put_off(read.questions, reader.rules.topics, read.unsaid) | read.held  # facts beside a deferral
    questions = [_waiting(_closed(q, taken, as_taken, bank.key_questions.integrations, q.topic in read.spoke,
                                  q.topic in read.later_only, read.unsaid.get(q.topic, ""), q.topic in deferred, bank),
                          after) for q in read.questions]
    links, scoped = bank.key_questions.integrations, scoped_out(reply, reader, bank)  # a link taken out: which systems
    questions = [scoped_mark(q, scoped, links, reader.rules.topic_of.get(links, ""), as_taken, bank) for q in questions]
    dated = reader.paragraphs.dated.stated(reply.text) or day
    listed = RoundReply(document=reply.name, sha256=reply.sha256, replied_on=dated,
                        settled=[q.id for q in questions if q.settled])
    done = current.model_copy(update={"questions": questions, "reply_document": reply.name, "replies": [listed],
                                      "reply_sha256": reply.sha256, "score_after": card.overall, "replied_on": dated,
                                      "open_after": after, "unasked": read.unasked,
                                      "proposed": [p.proposed for p in proposed]})
    evaluation = drafted.model_copy(update={"rounds": [*evaluation.rounds[:-1], done]})  # open after: as the letter asks
    done = done.model_copy(update={"open_after": [s.id for s in still_asked(sources, evaluation)]})
    evaluation = drafted.model_copy(update={"rounds": [*evaluation.rounds[:-1], done]})
    return ReplyOutcome(evaluation, done, proposed, card)


def open_if_taken(drafted: Evaluation, proposed: list[Answer], engine: Engine, whole: Reading | None,
                  bank: QuestionBank | None) -> tuple[Evaluation, list[str]]:
    """The evaluation and its open sources were the buyer to take every answer the reply proposes: a question is
    marked on what the reply says, not on the buyer's own answer it has not yet replaced."""
    answers = {a.question: a for a in drafted.answers} | {a.question: a for a in proposed}
    taken = drafted.model_copy(update={"answers": list(answers.values())})
    return taken, [s.id for s in open_sources(taken, engine.score(taken, whole), bank)]


def _waiting(question: RoundQuestion, after: list[str]) -> RoundQuestion:
    """A question the reply settles whose source the buyer's own answer still holds open: answered,
    not closed until the buyer takes the reply's answer (scoring/round_taking.py)."""
    if not question.closed or not any(s in after for s in question.sources):
        return question
    return question.model_copy(update={"closed": False, "waits": True, "why": question.why.rstrip(".") + WAITS})


def _read_whole(documents: list[Document], reply: Document, offer: Reading, reader: ReplyReader) -> Reading | None:
    """The reading of the documents' text (Evaluation.proposal_text) from the offer's as drafting read it and the
    reply's as its reader read it, where those two are all of it (no reply before this one, last); else None."""
    said = [d for d in documents if d.text.strip()]
    # (another customer's case study is drafted apart: the offer's reading holds none of it)
    if not said or said[-1] is not reply or any(d.kind in ("reply", "case_study") for d in said[:-1]):
        return None
    read = reader.reading_of(reply.text)
    text = "\n\n".join(d.text for d in said[:-1])
    return reader.reader.joined([*([(text, offer)] if text else []), (reply.text, read)]) if read else None


def letter_problems(evaluation: Evaluation, card: Scorecard, questions: list[RoundQuestion],
                    bank: QuestionBank | None = None) -> list[str]:
    """Why a letter would be wrong: a topic or question asked twice, or a source the answers settle."""
    open_now = {s.id for s in open_sources(evaluation, card, bank)}
    problems = []
    for kind, values in (("topic", [q.topic for q in questions]), ("question", [q.text for q in questions])):
        problems += [f"{kind} asked twice: {v}" for v in dict.fromkeys(values) if values.count(v) > 1]
    problems += [f"{q.id} asks what is settled: {s}" for q in questions for s in q.sources if s not in open_now]
    problems += [f"{q.id} comes from nothing" for q in questions if not q.sources]
    return problems
