"""The answers a vendor's reply drafts where the buyer had none are shown on the Follow-up page, where the reply was
read, to keep or reject there (walk82: buyers did not find them among the proposal's drafts on Evaluate)."""
from __future__ import annotations

from kit import unescape
from scoring.round_rejects import drafted_from_replies
from test_rounds_page import SPINDLE, eid, open_page, reply, send  # noqa: F401 (eid: the fixture)


def _replied(store, eid):
    at = send(open_page(eid), eid)
    return reply(at, eid, SPINDLE["replies"]["specific"]["text"])


def _headings(at) -> list[str]:
    return [unescape(m.value) for m in at.markdown]


def test_the_answers_a_reply_drafted_are_listed_under_their_own_heading_with_the_replys_words(store, eid):
    at = _replied(store, eid)
    drafted = drafted_from_replies(store.get(eid).evaluation)
    assert drafted, "the specific reply drafts answers where the proposal gave none"
    assert "## Answers the reply drafted, to review" in _headings(at)
    shown = "\n".join(t.value for t in at.text)
    reply = SPINDLE["replies"]["specific"]["text"]
    assert all(quotes and all(q[:40] in " ".join(reply.split()) for q in quotes) for _, quotes in drafted)
    assert all(quotes[0] in shown for _, quotes in drafted)


def test_keeping_one_marks_it_reviewed_and_rejecting_another_takes_it_off_the_list(store, eid):
    at = _replied(store, eid)
    first, second = [a.question for a, _ in drafted_from_replies(store.get(eid).evaluation)][:2]
    at.button(key=f"rounds:{eid}:keep-drafted:{first}").click().run()
    assert store.get(eid).evaluation.answer(first).reviewed
    at.button(key=f"rounds:{eid}:reject-drafted:{second}").click().run()
    assert not at.exception, at.exception
    left = [a.question for a, _ in drafted_from_replies(store.get(eid).evaluation)]
    assert first not in left and second not in left
    assert not any(b.key == f"rounds:{eid}:keep-drafted:{first}" for b in at.button)


def test_a_proposal_without_a_reply_lists_no_reply_drafts(store, eid):
    at = open_page(eid)
    assert "## Answers the reply drafted, to review" not in _headings(at)
    assert drafted_from_replies(store.get(eid).evaluation) == []


def test_keep_all_reviews_every_answer_the_reply_drafted_and_the_heading_goes(store, eid):
    at = _replied(store, eid)
    many = [a.question for a, _ in drafted_from_replies(store.get(eid).evaluation)]
    at.button(key=f"rounds:{eid}:keep-drafted-all").click().run()
    assert not at.exception, at.exception
    saved = store.get(eid).evaluation
    assert all(saved.answer(q).reviewed for q in many)
    assert "## Answers the reply drafted, to review" not in _headings(at)
