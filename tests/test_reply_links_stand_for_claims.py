"""An offer that claims "MES and ERP integration" and a reply that lists its own links, each with its way and owner:
the reply's links stand for the offer's claim, and no third link the offer only named is asked for again. A reply link
with no way leaves the offer's claimed links open. Every reply here is new."""
import pytest

from rounds_corpus import Mail, sent_out

PRESSES = ("DiePilot makes your forging presses smart.\n"
           "IoT sensors on every press measure hydraulic pressure, die and billet temperature, stroke force and cycle "
           "time, and our AI predicts die cracks and laps before the part leaves the press.\n"
           "Computer vision inspects the flash and the surface of every forged part.\n"
           "Predictive maintenance for dies, pumps and press mechanics, MES and ERP integration and real-time OEE "
           "dashboards in the cloud.\n")
MAIL = Mail("Dear Ms Weber,", "Best regards,\nJan")


@pytest.fixture(scope="module")
def presses():
    return sent_out(PRESSES, "PressMind", "K. Weber")


def _links(sent, sentence: str):
    done = MAIL.read(sent, sentence)
    return {q.topic: q for q in done.round.questions}["integrations"]


def test_two_links_each_with_way_and_owner_stand_for_the_offers_claimed_ones(presses):
    links = _links(presses, "Die crack risks per part go to your MES (Opcenter) by REST, one way into MES, owner Mr. Braun; "
                            "hydraulic warnings go to SAP PM as notifications via IDoc, one way, owner Mrs. Kaya (maintenance).")
    assert links.closed, links.why
    assert "inventory" not in links.why


def test_a_link_the_reply_names_again_without_its_way_stays_asked(presses):
    links = _links(presses, "Die crack risks per part go to your MES (Opcenter) by REST, one way into MES, owner Mr. Braun; "
                            "consumption goes to your ERP later, details in the project.")
    assert not links.closed, links.why
