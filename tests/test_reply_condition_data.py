"""Condition data named only by its instrument ("two accelerometers per fan and a pressure transmitter per cylinder") is
data captured in a reply as drafting reads it in an offer (rounds.yaml drafted_cues: the data topic takes drafting's
phrases for the condition data the Predictive maintenance label counts, temperature aside). A sentence naming no kind of data and no source stays off the
question. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

FANS = ("FanCare is predictive maintenance for the exhaust fans of your spray dryers.\n"
        "IoT sensors and AI predict bearing failures before they stop the dryer.\n")
MAIL = Mail("Dear Ms Jansen,", "Kind regards,\nLuca Bianchi")


@pytest.fixture(scope="module")
def fans():
    return sent_out(FANS, "FanCare", "E. Jansen")


@pytest.mark.parametrize("sentence", [
    "We add two accelerometers per fan and a pressure transmitter on each oil line, over Modbus TCP.",
    "Per fan we mount two accelerometers on the bearing housings, read over IO-Link.",
])
def test_condition_data_named_by_its_instrument_answers_the_data_question(fans, sentence):
    question = MAIL.asked(fans, sentence)["data"]
    assert question.closed and question.status == "answered", question.why


def test_a_sentence_naming_no_data_leaves_the_data_question_open(fans):
    assert not MAIL.asked(fans, "Our engineers install everything in one week.")["data"].closed
