"""A question handed whole to the vendor's unnamed partner ("handled by our partner") says who does it, not how: it
answers nothing. A partner that is named, with the link's way and owner, still answers. Every reply here is new."""
import pytest

from rounds_corpus import Mail, sent_out

PRESSES = ("DiePilot makes your forging presses smart.\n"
           "IoT sensors on every press measure hydraulic pressure, die and billet temperature, stroke force and cycle "
           "time, and our AI predicts die cracks and laps before the part leaves the press.\n"
           "Predictive maintenance for dies, pumps and press mechanics, MES and ERP integration and real-time OEE "
           "dashboards in the cloud.\n")
MAIL = Mail("Dear Ms Weber,", "Best regards,\nJan")


@pytest.fixture(scope="module")
def presses():
    return sent_out(PRESSES, "DiePilot", "K. Weber")


def _links(sent, sentence: str):
    done = MAIL.read(sent, sentence)
    return {q.topic: q for q in done.round.questions}["integrations"]


def test_links_handed_to_an_unnamed_partner_answer_nothing(presses):
    links = _links(presses, "Integration with your SAP and your Maximo is handled by our partner.")
    assert not links.closed and links.status == "not_answered" and "vague" in links.why, links.why


def test_a_named_partner_that_says_the_way_and_the_owner_still_answers(presses):
    links = _links(presses, "Our partner Actemium connects your SAP ERP by IDoc, one way into SAP, owner Mrs. Lee.")
    assert links.status != "not_answered", links.why
