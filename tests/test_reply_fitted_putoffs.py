"""A solution said to be fitted to the buyer's needs, context or priorities, in English or French, answers nothing
(issue 16; the kind tuning33 and tuning34 showed): the question it names stays open. Replies written here."""
import pytest

from reading.documents import pasted
from rounds_corpus import sent_out
from scoring.rounds import read_reply

OVEN = ("OvenLink is an Industry 4.0 cloud platform for the tunnel ovens of your bakery.\n"
        "It connects the ovens to your business systems and our service team looks after it.\n")


@pytest.fixture(scope="module")
def oven():
    return sent_out(OVEN, "OvenLink", "H. Brandt")


def _asked(sent, body: str) -> dict:
    text = f"Dear Ms Brandt,\n\n{body}\n\nKind regards,\nOle Berg\n"
    return {q.topic: q for q in read_reply(sent, pasted(text, "reply", "Reply")).round.questions}


@pytest.mark.parametrize("fitted", [
    "For the link to your ERP and the service contract we build a solution sur mesure, according to your context.",
    "The integration with your ERP and the service contract are configured according to your needs.",
    "The ERP interface and the service contract will be set up as per requirement."])
def test_a_solution_fitted_to_the_buyers_needs_closes_nothing(oven, fitted):
    asked = _asked(oven, fitted)
    assert not any(asked[t].closed for t in ("integrations", "upkeep_owner") if t in asked)
    assert all(asked[t].status != "answered" for t in ("integrations", "upkeep_owner") if t in asked)


def test_the_same_topics_answered_plainly_still_close(oven):
    asked = _asked(oven, "Baked counts per oven go to your ERP (SAP S/4HANA) by REST every hour, one way; owner your "
                         "IT lead Mr Kern. After the pilot our service team in Ulm maintains the gateways for EUR 9,000 "
                         "per year.")
    assert asked["upkeep_owner"].closed
