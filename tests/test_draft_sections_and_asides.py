"""What a blind synthetic set (tuning4, issue 14, synth4) showed drafting removing or adding by a sentence's place
rather than its words: a heading after the plant's before-state opens a section of its own; under a Reference
heading the vendor's "we installed" is that customer's project, and its past does not make an offer one site's story;
a company's legal form (a.s., s.r.o.) ends no sentence; a habit said in a bracketed aside leaves the offer's own line
its own; "on request" tells who owns the data only beside the data; a short label opening a line ("Optional:",
"Not included, available on request:") speaks of all it heads; how often data is taken, in any form of the verb
("the sensors measure every 1 second"), is a data rate, no decision latency."""
import pytest

from questions import load_bank
from reading.draft import draft, drafter_for
from reading.draft_pass import Pass
from reading.phrases import normalise, tokens
from reading.splitting import splitter

BANK = load_bank()
DRAFTER = drafter_for(BANK)


def choices(text: str, qid: str) -> list[str]:
    answer = {a.question: a for a in draft(text, BANK).answers}.get(qid)
    return list(answer.choices) if answer else []


def links(text: str) -> set[str]:
    answer = {a.question: a for a in draft(text, BANK).answers}.get("connect.integrations")
    return {row.system for row in answer.integrations} if answer else set()


def reading_of(text: str):
    evaluation = DRAFTER.draft(text)
    reading = DRAFTER.reader.read(evaluation.proposal_text)
    seen = Pass(DRAFTER, reading)
    DRAFTER.read(reading, seen)
    return reading, seen


PILOT = """Pilot report: fan monitoring on spiral freezer SF-2

Why the pilot
In the twelve months before the pilot, the freezer stopped 7 times because a fan bearing seized.
Each stop cost about 5 hours of production and 2 tonnes of product that had to be thrown away.

What was done
Arctica fitted 12 wireless vibration and temperature sensors to the fan motors in week 10.

What happened
On 14 April the model flagged rising bearing noise on fan 7, and your planner changed the bearing in the next stop.
"""


def test_a_heading_after_the_before_state_opens_a_section_of_its_own():
    assert {"vibration", "temperature"} <= set(choices(PILOT, "data.captured"))


def test_a_heading_in_the_past_after_the_before_state_tells_none_of_it():
    reading, seen = reading_of(PILOT)
    assert [seen.roles[i].kind for i, s in enumerate(reading.sentences) if s.text == "What was done"] == ["claim"]


OFFER = """Statement of work for Rieger s.r.o., Trnava

1. Background
Since January, 11 complaints from your customers concerned pulled-out terminals.
Your quality team found that the crimp readings of the 14 machines are not stored.

2. Reference
At Kabelwerk Ostrau a.s. we installed the same solution on 22 machines in 2025.
There the crimp curves went to their CAQ system, and complaints fell from 9 to 1 per quarter.

3. Scope for Trnava
The crimp force curve of every crimp is read from the machine controllers over their network interface.
Each curve is compared with a learnt reference curve, and a deviation stops the machine within the cycle.
The curves and every deviation go to your quality system (CAQ.Net) over its REST interface.
Your IT team hosts the server on a virtual machine in your plant network.
Each setter and line leader gets a two-hour session at the machine.
We will train two quality engineers as key users.
"""


@pytest.mark.parametrize("offer", [OFFER, OFFER.replace(" a.s.", "")])
def test_under_a_reference_heading_the_vendors_deed_is_that_customers_project(offer):
    reading, seen = reading_of(offer)
    told = [seen.roles[i].kind for i, s in enumerate(reading.sentences) if s.text.startswith("At Kabelwerk")]
    assert told == ["reference"]


def test_a_reference_told_in_the_past_leaves_an_offer_an_offer():
    assert not reading_of(OFFER)[1].story


def test_the_offers_own_link_beside_a_reference_is_still_drafted():
    assert "quality" in links(OFFER)


@pytest.mark.parametrize("form", ["a.s.", "s.r.o.", "spol.", "d.o.o.", "Kft.", "Sp. z o.o."])
def test_a_companys_legal_form_ends_no_sentence(form):
    text = f"At Kabelwerk Ostrau {form} we installed the same solution on 22 machines."
    assert len(list(splitter().sentences(text))) == 1


@pytest.mark.parametrize("said, general", [
    ("Alert to the laundry manager's phone when fresh water per kg exceeds 9 l for 2 hours (typically a stuck valve)",
     None),
    ("Teams often struggle with mis-picks in the warehouse", "habitual"),
])
def test_a_habit_in_a_bracketed_aside_leaves_the_line_its_own(said, general):
    words = tokens(normalise(said))
    assert DRAFTER.agent.general(words, DRAFTER.rules.scan.find(words)) == general


@pytest.mark.parametrize("said", [
    "An SAP link for the shipping papers only on request; we would quote it separately.",
    "Our support connects only on request through your VPN, with a one-time code.",
])
def test_on_request_without_the_data_tells_nobody_owns_it(said):
    assert "on_request" not in choices(said, "connect.data_ownership")


def test_an_export_of_the_data_on_request_is_ours_on_request():
    said = "Your data stays on our servers; we provide an export of all records on request."
    assert "on_request" in choices(said, "connect.data_ownership")


BASE = "We fit 9 power meters on the rectifier feeds, read over Modbus TCP every second.\n"


@pytest.mark.parametrize("label", ["Optional:", "Not included:", "Available on request:",
                                   "Not included, available on request:"])
def test_a_short_label_opening_a_line_speaks_of_the_link_it_heads(label):
    said = f"{label} a link to your CMMS that opens maintenance work orders in it."
    assert "maintenance" not in links(BASE + said)


def test_a_link_beside_an_optional_extra_is_still_drafted():
    said = "The diagnosis goes to your SAP PM as a notification; a PDF report on request."
    assert "maintenance" in links(BASE + said)


@pytest.mark.parametrize("rate", [
    "One vibration sensor a motor; the sensors measure every 1 second, the edge unit calculates values every minute.",
    "The edge box logs every minute the current of each rectifier and the bath temperature.",
])
def test_how_often_data_is_measured_in_any_form_of_the_verb_is_no_decision_latency(rate):
    assert "minutes" not in choices(rate, "decision.latency")


def test_an_alarm_seen_within_a_minute_beside_a_data_rate_is_still_a_latency():
    said = ("The meters are read every second, and when a bath passes 20.5 °C the shift leader gets an alarm on the "
            "line terminal within one minute.")
    assert "minutes" in choices(said, "decision.latency")


def test_under_a_reference_heading_a_line_to_the_reader_is_the_offers_own():
    offer = OFFER.replace("\n3. Scope for Trnava\n", "\n")
    reading, seen = reading_of(offer)
    told = [seen.roles[i].kind for i, s in enumerate(reading.sentences) if s.text.startswith("The curves and every")]
    assert told == ["claim"]
