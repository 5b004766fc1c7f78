"""Reply kind from tuning50's salt vague reply ("All the details of the project, such as targets, data, service and
responsibilities, will be tailored to your needs. We are happy to organise a workshop in Northwich in January."): a
vague sentence names the topics it leaves open, and the cue-less sentence after it (a place, a month) is read on those
topics. The vague sentence's topics hand nothing on: the sentence after answers no question, so no answer is made
specific and every question stays open. A sentence that answers still hands its topic on. Every reply here is new."""
import pytest

from rounds_corpus import Mail, sent_out

PRESS = ("MouldSense is the AI and IoT platform for injection moulding.\n"
         "Machine learning predicts short shots and flash and the AI adjusts the barrel temperatures automatically.\n")
MAIL = Mail("Dear Ms Lindqvist,", "Kind regards,\nTomas")


@pytest.fixture(scope="module")
def press():
    return sent_out(PRESS, "MouldSense", "A. Lindqvist")


@pytest.mark.parametrize("after", [
    "We would be glad to arrange a meeting at your plant in Sundsvall in February.",
    "We would be glad to arrange a workshop in Sundsvall in February."])
def test_a_sentence_after_a_vague_list_of_topics_answers_nothing(press, after):
    body = ("All parts of the project, such as the data, the targets and the service, will be tailored to your needs. "
            f"{after}")
    assert MAIL.specific(press, body) == []
    read = MAIL.asked(press, body)
    assert not any(q.closed for q in read.values()), {t: q.status for t, q in read.items() if q.closed}


def test_the_same_sentence_alone_answers_nothing_either(press):
    assert MAIL.specific(press, "We would be glad to arrange a meeting at your plant in Sundsvall in February.") == []


def test_a_specific_answer_and_its_price_still_close_the_upkeep(press):
    body = ("After the pilot our service team in Gothenburg monitors the edge gateways and retrains the model every "
            "quarter. It costs SEK 90 000 a year.")
    assert "upkeep.owner" in MAIL.specific(press, body)
    assert MAIL.asked(press, body)["upkeep_owner"].closed
