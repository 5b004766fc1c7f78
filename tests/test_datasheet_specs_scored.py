"""A datasheet's specification lines, added beside a selling cover letter, are the vendor describing its product
specifically; a sampling interval's record says how often the data is taken; and a claim that names what a label's gap
asks for is never said to restate the label (walk53: "Radio: LoRaWAN, 915 MHz" scored 0 "restating" Real-time)."""
from questions import Answer, Evaluation
from reading.documents import pasted
from reading.draft import drafter_for
from scoring import score

LETTER = """Subject: FlowPulse 360 - real-time AI for your bottling hall

Dear Mr. Okafor,

Thanks again for visiting our stand at the packaging fair. FlowPulse 360 is an AI-powered, cloud-native platform with
real-time insight into every filler and capper you run.

- Smart IoT monitoring of every line
- AI-driven anomaly detection
- Industry 4.0 readiness from day one

Best regards,
Priya Natarajan
Key Account Manager"""

DATASHEET = """FlowPulse 360 - Datasheet

PV-20 vibration transmitter

Output: Modbus RTU over RS-485, 19.2 kbit/s

Sampling interval: 30 s to 60 min, set per asset

Battery life: up to 4 years

Enclosure: IP68, stainless steel"""


def _protocols(bank, datasheet_kind: str) -> Answer:
    docs = [pasted(LETTER, "proposal"), pasted(DATASHEET, datasheet_kind, name="pv20.pdf")]
    ev = drafter_for(bank).draft_documents(docs, proposal="FlowPulse")
    return next(a for a in ev.answers if a.question == "data.protocols")


def test_a_datasheet_record_beside_a_selling_letter_is_described_specifically(bank):
    assert _protocols(bank, "datasheet").evidence == "specific"
    assert _protocols(bank, "other").evidence == "vendor_claim"  # the same lines in a document not called a datasheet


def test_a_sampling_interval_record_answers_how_often_the_data_is_sampled(bank):
    answer = _protocols(bank, "datasheet")
    assert any(q.startswith("Sampling interval:") for q in answer.quotes)
    assert "Sampling interval" in answer.text


def _scored(bank, answer: Answer, labels: list[str]):
    card = score(Evaluation(bank_version=bank.version, proposal="p", labels=labels, answers=[answer]))
    return next(a for a in card.answers if a.question == answer.question)


def test_a_claim_naming_the_interface_a_label_s_gap_asks_for_is_not_said_to_restate_it(bank):
    named = Answer(question="data.protocols", evidence="vendor_claim", text="Radio: LoRaWAN, 915 MHz")
    sold = _scored(bank, named, ["real_time"])
    assert not any("restates the label" in r for r in sold.reasons)
    assert any("names what the gap asks for" in r for r in sold.reasons)  # withheld, as the gap is still open


def test_a_claim_naming_nothing_of_the_gap_still_restates_the_label(bank):
    bare = Answer(question="data.protocols", evidence="vendor_claim", text="Data flows in real time.")
    sold = _scored(bank, bare, ["real_time"])
    assert any("restates the label" in r for r in sold.reasons) and sold.points == 0
