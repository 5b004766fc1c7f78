"""The edge named alone, as a writer in a second language puts it ("edge keeps 30 days of data"), is a box that holds
data through an outage as "the edge PC keeps 30 days of data" is: it answers what happens offline wherever the reply's
layout places it. Days kept by something else ("your historian keeps 30 days") still do not. Every reply here is new."""
import pytest

from reading.documents import pasted
from rounds_corpus import sent_out
from scoring.rounds import read_reply

KILNS = ("KilnMind is the AI platform for tunnel kilns of brick plants, with cloud dashboards and predictive "
         "maintenance.\nIt learns from your firing data and cuts energy and cracked bricks.\n")


@pytest.fixture(scope="module")
def kilns():
    return sent_out(KILNS, "KilnMind", "J. Novak")


def _offline(sent, sentence: str):
    text = ("Dear Mr Novak,\n\nNetwork: one edge computer in your OT network behind your firewall, only outbound HTTPS "
            f"443 to our cloud, no inbound. {sentence}\n\nBest regards,\nPetr\n")
    done = read_reply(sent, pasted(text, "reply", "Reply"))
    return [a for a in done.evaluation.answers if a.question == "reliability.offline"]


def test_the_edge_named_alone_keeping_days_of_data_tells_what_happens_offline(kilns):
    told = _offline(kilns, "If internet is down, edge keeps 14 days of data; the kilns fire on their own PLC.")
    assert told and told[0].has_content, told


def test_days_kept_by_the_plants_own_historian_tell_nothing_of_an_outage(kilns):
    told = _offline(kilns, "Your historian keeps 14 days of data; the kilns fire on their own PLC.")
    assert not told or not told[0].has_content, told
