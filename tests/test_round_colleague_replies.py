"""A colleague's round read into my evaluation (issue 16, the team): every message the vendor sent to that round is
read, in the order the colleague read them, not only the first; the round here lists each with what it settled, and a
message I read myself before is not read twice."""
from __future__ import annotations

from datetime import date

from reading.documents import pasted
from rounds_corpus import SENT, cases, drafted
from scoring import score
from scoring.round_replies import read_further_reply, read_replies
from scoring.rounds import freeze, read_reply

SPINDLE = dict(cases("tuning"))["spindle_ai"]
FIRST = pasted(SPINDLE["replies"]["partial"]["text"], "reply", "Reply to round 1")
# the KPI the first message left out, sent apart, in other words than the round tests' own
SECOND = pasted("As promised on Monday, the KPI: unplanned downtime of the spindles, today 41 hours per month in your "
                "Maximo records; our target is below 20 hours per month within twelve months of go-live.",
                "reply", "Reply 2 to round 1")


def _colleague_round():
    """Kim's round 1, answered in two messages."""
    evaluation = drafted(SPINDLE, "SpindleSense")
    evaluation = freeze(evaluation, score(evaluation), "Kim", SENT)
    first = read_reply(evaluation, FIRST, today=date(2026, 12, 10)).evaluation
    return read_further_reply(first, SECOND, today=date(2026, 12, 11)).evaluation


def _mine():
    return drafted(SPINDLE, "SpindleSense").model_copy(update={"evaluator": "Raj"})


def _messages(evaluation):
    return [d for d in evaluation.documents if d.kind == "reply"]


def test_every_message_of_a_colleagues_round_is_read_in_order():
    kims = _colleague_round()
    assert [one.document for one in kims.rounds[-1].replies] == ["Reply to round 1", "Reply 2 to round 1"]
    outcome = read_replies(_mine(), _messages(kims), sent_by="Raj")
    [round_] = outcome.evaluation.rounds
    assert [one.document for one in round_.replies] == ["Reply to round 1", "Reply 2 to round 1"]
    assert "kpi" in [q.topic for q in round_.questions if q.id in round_.replies[1].settled]
    assert {a.question for a in outcome.evaluation.answers} >= {"decision.kpi"}


def test_a_message_of_the_round_read_here_before_is_not_read_again():
    kims = _colleague_round()
    mine = _mine()
    mine = read_reply(freeze(mine, score(mine), "Raj", SENT), FIRST, today=date(2026, 12, 10)).evaluation
    outcome = read_replies(mine, _messages(kims))
    [round_] = outcome.evaluation.rounds
    assert [one.document for one in round_.replies] == ["Reply to round 1", "Reply 2 to round 1"]
    assert read_replies(outcome.evaluation, _messages(kims)) is None  # all read: nothing to do


def test_a_colleagues_round_with_one_reply_is_read_as_one_reply():
    evaluation = drafted(SPINDLE, "SpindleSense")
    kims = read_reply(freeze(evaluation, score(evaluation), "Kim", SENT), FIRST).evaluation
    [round_] = read_replies(_mine(), _messages(kims)).evaluation.rounds
    assert [one.document for one in round_.replies] == ["Reply to round 1"]
