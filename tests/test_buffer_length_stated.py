"""The letter does not ask "for how long can data be buffered" where the offer's documents state it (walk 67: the
English datasheet beside an Italian offer said "Local buffer of 30 days ... if the connection is lost", and letters 1
and 2 both asked it): a buffer stated with its length leaves what happens to the machines and the availability
(rounds.yaml reliability `given`), in a datasheet as in the offer, in any of the languages offers come in; a buffer named
with no length is still asked for how long. Every sentence here is new."""
import pytest

from questions import load_bank
from reading.documents import pasted
from reading.draft import drafter_for
from rounds_corpus import SENT, Mail
from scoring import score
from scoring.rounds import freeze

FULL = ("What happens to the data and to our machines when the network or your service is down, for how long can data "
        "be buffered, and what availability do you commit to?")
REST = "What happens to our machines when the network or your service is down, and what availability do you commit to?"
OFFER = ("HeatSense for the Brandt bakery in Ulm: a gateway reads the 9 gas and power meters of ovens 1-3 every "
         "15 minutes over Modbus RTU and sends the readings to our cloud dashboard.\n"
         "The shift lead sees each oven's gas per tonne of bread on the dashboard every morning.\n")
MAIL = Mail("Dear Mr Brandt,", "Kind regards,\nLena Vogt")


def _sent(*documents):
    evaluation = drafter_for(load_bank()).draft_documents([pasted(OFFER), *documents], "HeatSense", "Vendor")
    # the buyer asks the availability too ("Also ask", as walk 67 did): the datasheet's buffer leaves nothing else open
    return freeze(evaluation, score(evaluation), "K. Brandt", SENT, also=frozenset({"reliability.commitment"}))


def _reliability(*documents):
    return {q.topic: q for q in _sent(*documents).rounds[-1].questions}.get("reliability")


ITALIAN = ("Scheda tecnica del gateway GW-50\n"
           "- In caso di interruzione della rete il gateway memorizza i dati fino a 15 giorni e li reinvia da solo\n"
           "- Temperatura di esercizio da -20 a +60 C, montaggio su guida DIN\n"
           "- Alimentazione a 24 V con protezione dalle sovratensioni e dai disturbi della rete\n")


@pytest.mark.parametrize("buffer", [
    "- Local buffer of 21 days (4 GB flash) if the uplink is lost; automatic back-fill",
    "- Data buffered on the gateway for up to 72 hours during a network outage",
    "- Bei Ausfall der Verbindung puffert das Gateway die Messwerte 10 Tage lang",
    "- In caso di interruzione della rete il gateway memorizza i dati fino a 15 giorni e li reinvia da solo",
])
def test_a_datasheet_stating_the_buffer_with_its_length_leaves_only_the_rest(buffer):
    text = ITALIAN if "giorni" in buffer else f"GW-50 gateway datasheet\n{buffer}\n- Operating temperature -20 to +60 C\n"
    asked = _reliability(pasted(text, "datasheet", "Datasheet"))
    assert asked is not None and asked.text == REST and asked.given == ["outcome"], asked
    assert buffer.lstrip("- ") in " ".join(asked.proposal_quotes)


def test_a_buffer_named_without_its_length_is_still_asked_for_how_long():
    datasheet = pasted("GW-50 gateway datasheet\n- Data is buffered locally if the uplink is lost\n", "datasheet",
                       "Datasheet")
    asked = _reliability(datasheet)
    assert asked is not None and asked.text == FULL and asked.given == [], asked


def test_a_reply_need_not_name_the_buffer_the_datasheet_states():
    datasheet = pasted("GW-50 gateway datasheet\n- Local buffer of 21 days if the uplink is lost; automatic back-fill\n",
                       "datasheet", "Datasheet")
    asked = MAIL.asked(_sent(datasheet), "We commit to 99.5 % monthly availability of the dashboard, measured by our "
                                         "monitoring and reported to you each month.")["reliability"]
    assert asked.status != "open" and "what happens while the link is down" not in asked.why, asked.why
