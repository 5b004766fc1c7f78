"""The Follow-up page with a vendor who answers a round in several messages (issue 16), driven headless with AppTest:
after the first reply the buyer adds another message to the same round or sends the next round; the round lists each
message with its date and the questions it settled."""
from __future__ import annotations

from kit import unescape
from test_round_replies import KPI_LATER, SPINDLE, VAGUE_AGAIN
from test_rounds_page import eid, open_page, reply, rkey, round_table, send  # noqa: F401 - eid is a fixture


def headings(at) -> list[str]:
    return [unescape(m.value) for m in at.markdown]


def test_a_second_message_is_read_into_the_same_round_and_the_round_says_which_reply_settled_what(store, eid):
    at = send(open_page(eid), eid)
    assert "## Add another reply to round 1" not in headings(at)  # waiting for its first reply: the one form
    reply(at, eid, SPINDLE["replies"]["partial"]["text"])
    at.run()
    assert "## Add another reply to round 1" in headings(at)
    assert at.button(key=rkey(eid, "send")) is not None  # or send the next round
    reply(at, eid, KPI_LATER["en"])
    [round_] = store.get(eid).evaluation.rounds
    assert [r.document for r in round_.replies] == ["Reply to round 1", "Reply 2 to round 1"]
    assert round_.replies[1].settled and "(2 replies, read together)" in unescape(at.success[0].value)
    at.run()
    listed = " ".join(unescape(c.value) for c in at.caption)
    assert "Reply 1: Reply to round 1, dated" in listed and "Reply 2: Reply 2 to round 1, dated" in listed
    statuses = list(round_table(at)["Status"])
    assert any(s.endswith("(reply 2)") for s in statuses) and any(s.endswith("(reply 1)") for s in statuses)


def test_a_vague_further_message_settles_nothing_and_the_next_round_still_goes_out(store, eid):
    at = send(open_page(eid), eid)
    reply(at, eid, SPINDLE["replies"]["partial"]["text"])
    before = store.get(eid).evaluation.rounds[0]
    at.run()
    reply(at, eid, VAGUE_AGAIN)
    [round_] = store.get(eid).evaluation.rounds
    assert round_.questions == before.questions and round_.replies[1].settled == []
    at.run()
    send(at, eid)
    assert [r.number for r in store.get(eid).evaluation.rounds] == [1, 2]
