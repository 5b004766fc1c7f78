"""Reply kind that recurred on two blind sets (tuning49's yoghurt "... connects outbound via HTTPS 443 to our cloud in
Frankfurt, nothing comes inbound.", tuning50's gum "only the edge gateway in the line cabinet connects, outbound with
HTTPS on port 443 to our servers in Zürich; nothing is inbound."): "nothing inbound" said with a verb between says the
system reaches the network outbound only, as "nothing inbound" does; an inbound connection allowed is still not outbound only.
Every reply here is new."""
import pytest

from rounds_corpus import Mail, sent_out

SLABS = ("SlabSense is the AI and IoT platform for engineered stone plants, in the cloud.\n"
         "IoT sensors and machine learning predict cracks and shade deviation in real time, and alarms go to the "
         "operators at once.\n")
MAIL = Mail("Dear Mr Castellanos,", "Kind regards,\nElif")
ZONE = " The PLCs stay in your OT VLAN behind the plant firewall, with no route to the office network or the internet."


@pytest.fixture(scope="module")
def slabs():
    return sent_out(SLABS, "SlabSense", "J. Castellanos")


@pytest.mark.parametrize("network", [
    "Network: only the edge gateway in the press hall connects, outbound with HTTPS on port 443 to our servers in "
    "Izmir; nothing is inbound.",
    "Network: the edge server connects to our cloud in Izmir via HTTPS 443, nothing comes inbound."])
def test_nothing_said_to_come_inbound_answers_how_it_reaches_the_network(slabs, network):
    read = MAIL.asked(slabs, network + ZONE)["security"]
    assert read.closed and read.status == "answered", read.why


def test_an_inbound_connection_allowed_is_not_drafted_outbound_only(slabs):
    done = MAIL.read(slabs, "Network: our support connects inbound over a VPN to the edge server in the press hall "
                            "whenever needed; nothing else comes in." + ZONE).evaluation
    model = next((a for a in done.answers if a.question == "security.model"), None)
    assert model is None or "outbound_only" not in model.choices, model
