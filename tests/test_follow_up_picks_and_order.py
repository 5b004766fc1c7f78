"""The Follow-up page keeps the buyer's "Also ask" picks with the evaluation (walk81 lost them on a reload) and, once a
reply is read, shows what it settled and changed before the next letter (walk81 scrolled past round 2's letter to
see what the reply changed)."""
from __future__ import annotations

from datetime import date

from questions.loader import load_bank as bank
from scoring import score
from scoring.rounds import freeze, may_also_ask
from kit import shown
from test_rounds_page import SPINDLE, eid, open_page, preview, reply, rkey, send  # noqa: F401 - eid is a fixture


def test_the_also_ask_picks_are_saved_come_back_after_a_reload_and_go_in_the_sent_round(store, eid):
    saved = store.get(eid).evaluation
    picks = may_also_ask(saved, score(saved))[:2]
    at = open_page(eid)
    for qid in picks:
        at.multiselect(key=rkey(eid, "also")).select(qid).run()
    assert not at.exception, at.exception
    assert store.get(eid).evaluation.also_ask == picks  # saved, not only in this browser tab
    again = open_page(eid)  # a reload: a new session reads what is saved
    assert again.multiselect(key=rkey(eid, "also")).value == picks
    asked = " ".join(preview(again)["Comes from"])
    prompts = {q.id: q.prompt for q in bank().questions().values()}
    assert all(f"Unanswered: {prompts[qid]}" in asked for qid in picks)  # the letter asks them
    send(again, eid)
    after = store.get(eid).evaluation
    sources = {s for q in after.rounds[0].questions for s in q.sources}
    assert {f"question:{qid}" for qid in picks} <= sources
    assert after.also_ask == []  # asked now: the next round asks them again while unanswered, unpicked


def test_a_pick_taken_back_is_saved_as_taken_back(store, eid):
    saved = store.get(eid).evaluation
    first, second = may_also_ask(saved, score(saved))[:2]
    at = open_page(eid)
    at.multiselect(key=rkey(eid, "also")).select(first).run()
    at.multiselect(key=rkey(eid, "also")).select(second).run()
    at.multiselect(key=rkey(eid, "also")).unselect(first).run()
    assert store.get(eid).evaluation.also_ask == [second]
    assert open_page(eid).multiselect(key=rkey(eid, "also")).value == [second]


def test_a_round_frozen_without_picks_given_asks_the_saved_ones(store, eid):
    """The command line and any caller that freezes a round send what the buyer picked and saved."""
    saved = store.get(eid).evaluation
    qid = may_also_ask(saved, score(saved))[0]
    picked = saved.model_copy(update={"also_ask": [qid]})
    frozen = freeze(picked, score(picked), "Buyer", date(2026, 12, 1))
    assert any(f"question:{qid}" in q.sources for q in frozen.rounds[-1].questions) and frozen.also_ask == []
    unpicked = freeze(saved, score(saved), "Buyer", date(2026, 12, 1))
    assert not any(f"question:{qid}" in q.sources for q in unpicked.rounds[-1].questions)


def test_after_a_reply_what_it_settled_and_changed_come_before_the_next_letter(store, eid):
    evaluation = store.get(eid).evaluation
    mine = [a.model_copy(update={"drafted": False, "reviewed": True}) for a in evaluation.answers]
    store.save(eid, evaluation.model_copy(update={"answers": mine}), 1)  # the buyer's own: the reply proposes changes
    at = send(open_page(eid), eid)
    reply(at, eid, SPINDLE["replies"]["specific"]["text"])
    at = open_page(eid)  # as it reads on coming back
    said = shown(at)
    settled = said.index("What the reply to round 1 settled")
    changed = said.index("The reply proposes changes to answers you made")
    letter = said.index("Round 2: what is still open")
    assert settled < changed < letter
    assert "questions closed" in said[settled:changed]  # the round as the reply left it, above its changes
