"""Kinds of outage and network answers the blind reply sets tuning33 and tuning34 showed (issue 16), each in replies
written here for a plant of its own: an edge box that keeps days of data through an outage."""
import pytest

from reading.documents import pasted
from rounds_corpus import sent_out
from scoring.rounds import read_reply

KILN = ("KilnEdge is a cloud platform for your brick kilns.\n"
        "It collects burner and fan data and shows the firing curve on a dashboard.\n")
COMMITS = "We commit to 99.5% availability per month."


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "KilnEdge", "H. Brandt")


def _asked(sent, body: str) -> dict:
    text = f"Dear Ms Brandt,\n\n{body}\n\nKind regards,\nOle Berg\n"
    return {q.topic: q for q in read_reply(sent, pasted(text, "reply", "Reply")).round.questions}


@pytest.mark.parametrize("held", ["If the line to our cloud fails, the gateway beside kiln 2 keeps 21 days of data.",
                                  "Network down: the edge PC stores 10 days of readings and the burners fire on as set.",
                                  "The edge box in the control room holds up to 72 hours of measurements."])
def test_an_edge_box_that_keeps_days_of_data_says_what_happens_offline(kiln, held):
    found = _asked(kiln, f"{held} {COMMITS}")["reliability"]
    assert found.closed and held in found.quotes


@pytest.mark.parametrize("kept", ["Your historian keeps 3 years of data from every kiln.",
                                  "The edge PC keeps 18 months of data for the model."])
def test_months_or_years_of_data_kept_are_a_history_not_an_outage(kiln, kept):
    found = _asked(kiln, f"{kept} {COMMITS}")["reliability"]
    assert not found.closed and kept not in found.quotes
