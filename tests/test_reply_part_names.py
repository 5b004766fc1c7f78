"""A question's why names what it asks in the buyer's words: the network question asks which way it connects and how
the networks are kept apart, not "a named system or a protocol or interface" twice (the walk's reply read "names which
way it connects or a named system or a protocol or interface and a named system or a protocol or interface").
rounds.yaml part_names gives a topic's parts their names; one of the wrong length is refused with where it is."""
import pytest
from pydantic import ValidationError

from questions.bank_models import Topic
from rounds_corpus import Mail, sent_out

KILN = ("KilnSense is the smart IIoT cloud platform for tunnel kilns.\n"
        "All kiln data streams to our cloud, where AI finds firing faults, and your data is always safe with us.\n")
MAIL = Mail("Dear Mr Okafor,", "Best regards,\nIrene")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "KilnSense", "B. Okafor")


def test_the_network_question_says_what_the_reply_named_in_the_buyers_words(kiln):
    body = ("The gateway opens only outbound HTTPS on port 443 to our cloud, nothing connects inbound, "
            "and it sits in its own VLAN behind your firewall.")
    read = MAIL.asked(kiln, body)["security"]
    assert read.status == "answered", read.why
    assert "which way it connects and how the networks are kept apart" in read.why
    assert read.why.count("a protocol or interface") == 0


def test_a_half_answer_names_the_part_it_leaves_out(kiln):
    read = MAIL.asked(kiln, "The data is yours.")["data_ownership"]
    assert read.status == "partly" and "names whose the data is but not how it is exported." in read.why, read.why


def test_part_names_of_the_wrong_length_are_refused_with_the_topic():
    with pytest.raises(ValidationError, match="topic security: part_names names 1 parts, needs has 2"):
        Topic(id="security", name="network", questions=["security.model"], ask="Which way?", cues=["network"],
              needs=[["direction"], ["system"]], part_names=["which way it connects"])
