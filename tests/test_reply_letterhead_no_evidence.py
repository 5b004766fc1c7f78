"""A letterhead's contact line ("Ph: +91 20 2712 4455 | sales@... | CIN: ...", walk 71, on every scanned page) is the
sender's furniture: never a quote of an answer drafted from the reply (reading/reply_letterhead.py, rounds.yaml
paragraphs `contact`). A table row of the reply is no letterhead. Every line here is new."""
import pytest

from reading.reply_letterhead import Letterhead
from questions.loader import load_round_rules
from rounds_corpus import Mail, sent_out

HEAD = "Ph: +91 22 4011 7788 | info@vasudhatech.in | CIN: U72900MH2015PTC262211"
TOOLS = ("EnerSense AI watches energy and tool wear on your 10 CNC machines.\n"
         "IoT and AI cut energy cost per part.\n")
MAIL = Mail(f"VASUDHA TECHNOLOGIES PVT. LTD.\n{HEAD}\n\nDear Sir,", f"Regards,\nA. Joshi\n\n{HEAD}")


@pytest.fixture(scope="module")
def tools():
    return sent_out(TOOLS, "EnerSense", "R. Shah")


def test_a_letterhead_line_is_never_a_quote(tools):
    out = MAIL.read(tools, "The model learns from spindle load and part count read every second from the FANUC "
                           "controllers; the operator confirms each tool change on the HMI.")
    quotes = {q for a in [*out.round.proposed, *out.evaluation.answers] for q in a.quotes}
    assert quotes and not any("CIN:" in q or "Ph:" in q for q in quotes), quotes


@pytest.mark.parametrize("line, held", [
    (HEAD, True),
    ("Tel. 96 123 45 67 · comercial@termodigital.es", True),
    ("M: +44 7700 900456 | www.example-systems.co.uk", True),
    ("Qty: 4 | Rate: 5,000", False),
    ("Protocol: OPC UA | Owner: your IT head", False),
    ("Priya Raman | Senior Solutions Architect", False),
])
def test_only_contact_fields_make_a_letterhead(line, held):
    assert Letterhead(load_round_rules().paragraphs.contact).holds(line) is held
