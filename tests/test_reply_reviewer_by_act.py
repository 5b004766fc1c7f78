"""A reviewer named by a trade no list holds, known as a person by what only a person does to what the system
proposes ("the melter reviews every proposal"), as rounds17 found it: the review names a role. Every sentence here
is new."""
import pytest

from rounds_corpus import Mail, sent_out

LADLES = ("LadleMind brings AI and Industry 4.0 to the ladle furnace.\n"
          "Machine learning calculates the alloy additions and the heating time for every heat.\n"
          "Smart, automatic and fully connected.\n")


@pytest.fixture(scope="module")
def ladles():
    return sent_out(LADLES, "LadleMind", "J. Novak")


MAIL = Mail("Dear Mr Novak,", "Best regards,\nEva Dvorak")


@pytest.mark.parametrize("sentence", [
    "The alloyer reviews every addition LadleMind proposes on the pulpit screen and can change the amounts before they are weighed.",
    "Your ladle man approves each heating time before it starts and can change it on the HMI.",
])
def test_a_trade_that_reviews_or_approves_what_the_system_proposes_is_a_role(ladles, sentence):
    assert MAIL.asked(ladles, sentence)["human_review"].status == "answered"


def test_a_thing_that_approves_names_no_one(ladles):
    sentence = "The model approves each heating time before it starts."
    assert MAIL.asked(ladles, sentence)["human_review"].status != "answered"
