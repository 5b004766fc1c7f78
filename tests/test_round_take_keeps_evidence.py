"""Taking a reply's proposed answer on the Follow-up page never lowers the evidence the buyer kept (walk81: the
reply's "Recurring loss patterns" proposed at a vendor's claim turned the buyer's "described specifically" into a
claim when taken). Driven headless with AppTest."""
from __future__ import annotations

from questions import Answer
from reading.reply_combine import added
from rounds_corpus import cases, drafted
from test_rounds_page import open_page, reply, rkey, send

SPINDLE = dict(cases("tuning"))["spindle_ai"]


def test_taking_a_proposed_answer_keeps_the_buyers_better_evidence(store):
    eid = store.create(drafted(SPINDLE, "SpindleSense")).id
    evaluation = store.get(eid).evaluation
    mine = Answer(question="users.roles", evidence="specific", choices=["operators"], reviewed=True)
    store.save(eid, evaluation.model_copy(update={"answers": [a for a in evaluation.answers
                                                               if a.question != "users.roles"] + [mine]}), 1)
    at = send(open_page(eid), eid)
    reply(at, eid, SPINDLE["replies"]["specific"]["text"])
    saved = store.get(eid)
    last = saved.evaluation.rounds[-1]
    proposal = next(p for p in last.proposed if p.question == "users.roles")
    # the reply's version at a claim, as a reply adding options said only as a claim proposes it
    lowered = [p.model_copy(update={"evidence": "vendor_claim"}) if p is proposal else p for p in last.proposed]
    rounds = [*saved.evaluation.rounds[:-1], last.model_copy(update={"proposed": lowered})]
    store.save(eid, saved.evaluation.model_copy(update={"rounds": rounds}), saved.version)
    at = open_page(eid)
    at.button(key=rkey(eid, "accept:users.roles")).click().run()
    assert not at.exception, at.exception
    taken = store.get(eid).evaluation.answer("users.roles")
    assert taken.reviewed and "operators" in taken.choices and taken.evidence == "specific", taken


def test_options_a_claim_adds_to_a_specific_answer_are_proposed_at_the_buyers_evidence():
    yours = Answer(question="analytics.kinds", evidence="specific", choices=["prediction", "trends"], reviewed=True)
    reply_ = Answer(question="analytics.kinds", evidence="vendor_claim", choices=["patterns"], drafted=True)
    laid = added(yours, reply_, "choices")
    assert laid.choices == ["prediction", "trends", "patterns"] and laid.evidence == "specific"
