"""Reply kind from the blind sets (issue 16; tuning49's mirror partial "Alarms arrive immediately, and the system also
helps a lot with the daily work orders and quality holds."): a frequency said as a thing's attribute after its article
("the daily work orders", "your weekly report") is no rate at which anything happens, so a word of speed beside it
("immediately", "in real time") still says how fast in a word, not the figure; a frequency that is a rate ("the PLC is
read every second") still answers. Every reply here is new."""
import pytest

from rounds_corpus import Mail, sent_out

MAIL = Mail("Dear Mr Haas,", "Kind regards,\nPia")
DATA = "We read the oven zone temperatures and belt speed from the Siemens S7-1500 of each line over OPC UA."


@pytest.fixture(scope="module")
def glass():
    return sent_out("SilverIQ is the real-time smart factory platform for mirror plants: IoT sensors and machine "
                    "learning connect the silvering lines, people and systems, and alarms reach the operators "
                    "instantly.\n", "SilverIQ", "M. Haas")


@pytest.mark.parametrize("sentence", [
    "Alarms arrive immediately, and the system also helps a lot with the daily work orders and quality holds.",
    "Alerts reach the line in real time and support your weekly maintenance orders.",
])
def test_a_word_of_speed_beside_a_frequency_named_as_an_attribute_answers_nothing(glass, sentence):
    read = MAIL.asked(glass, f"{DATA}\n{sentence}")
    for topic in ("workflow", "latency"):
        assert not read[topic].closed, (topic, read[topic].why)
    assert not {"workflow.outputs", "decision.latency"} & set(MAIL.specific(glass, f"{DATA}\n{sentence}"))


def test_a_frequency_that_is_a_rate_still_answers_beside_a_word_of_speed(glass):
    sentence = "Stops reach the shift leader's phone immediately; the PLC is read every second over OPC UA."
    read = MAIL.asked(glass, f"{DATA}\n{sentence}")
    assert sentence in read["protocols"].quotes and read["protocols"].closed
